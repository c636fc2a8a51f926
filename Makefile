# dossier's everyday commands. `make run` and `make test` install missing system packages first.
BIN := .build/debug/dossier

.PHONY: run test build deps docs bench clean

run: build
	@$(BIN) -c corpus

# luacheck over dossier's own Lua (.luacheckrc), the Swift tests, then the tests of the saved
# analyses (the last line: "N passed, N failed"). Their time limit is for hangs, not speed: in
# this debug build the entity tagger alone takes about 5 s to load, in the first test that
# asks for a name, so the default 10 s would time the machine.
test: build
	luacheck --quiet --formatter plain Sources scripts
	swift test --disable-swift-testing
	$(BIN) test --timeout 60 scripts/tests

build: deps
	swift build

deps:
	@scripts/install-deps.sh

# Regenerates the Lua API reference from the docs registered in the code.
docs: build
	$(BIN) -e 'io.write(dossier.reference())' > docs/lua-api.md

# Speed and memory figures (release build): loading; the search index, searches against
# ripgrep, KWIC and word counts on 50,000 articles; segmentation against Python jieba; word
# counts and bigrams against jieba + collections.Counter.
bench: deps
	scripts/bench-load.sh
	scripts/bench-queries.sh
	scripts/bench-extract.sh
	scripts/bench-segment.sh
	scripts/bench-counting.sh
	scripts/bench-duplicates.sh
	scripts/bench-store.sh

clean:
	rm -rf .build
