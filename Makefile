# dossier's everyday commands. `make run` and `make test` install missing system packages first.
BIN := .build/debug/dossier

.PHONY: run test build deps docs clean

run: build
	@$(BIN) -c corpus

test: build
	swift test --disable-swift-testing

build: deps
	swift build

deps:
	@scripts/install-deps.sh

# Regenerates the Lua API reference from the docs registered in the code.
docs: build
	$(BIN) -e 'io.write(dossier.reference())' > docs/lua-api.md

clean:
	rm -rf .build
