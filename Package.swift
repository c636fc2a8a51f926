// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries from Debian packages (liblua5.4-dev, libreadline-dev, libopencc-dev, libsqlite3-dev, zlib1g-dev).
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4",
                       providers: [.apt(["liblua5.4-dev"])]),
        .systemLibrary(name: "CReadline", pkgConfig: "readline",
                       providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc",
                       providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),

        // The few C functions that may longjmp (lua_error) or run in a signal handler.
        .target(name: "LuaShim", dependencies: ["CLua"]),
        // RE2 (Debian libre2-dev) behind a C interface: regular expressions that cannot hang.
        .target(name: "RegexShim", linkerSettings: [.linkedLibrary("re2")]),
        // GNU readline driven through its callback interface, so Ctrl-C can abandon a line.
        .target(name: "LineEditor", dependencies: ["CReadline"]),

        // Swift <-> Lua values, functions, userdata objects, documentation.
        .target(name: "LuaBridge", dependencies: ["CLua", "LuaShim"]),
        // The processor's prefetch hint, which Swift does not offer.
        .target(name: "Prefetch"),
        // People, places and organisations by a trained character tagger; no Lua, no articles.
        .target(name: "EntityTagger", dependencies: ["Segmentation", "Prefetch"], resources: [.copy("Resources/entities.model")]),
        // Trains the tagger's model (scripts/train-entities.sh runs it on MSRA's training split).
        .executableTarget(name: "train-entities", dependencies: ["EntityTagger", "Articles"]),
        // Articles: loading corpora, cleaning, structure, extraction; no Lua.
        .target(name: "Articles", dependencies: ["Text", "Segmentation", "EntityTagger"],
                resources: [.copy("Resources/gazetteer.tsv")]),
        // Chinese text whatever the corpus: scripts (OpenCC), folding, pinyin, display width; no Lua.
        .target(name: "Text", dependencies: ["COpenCC"], resources: [.copy("Resources/pinyin-readings.tsv")]),
        // Interactive loop: history, continuation lines, printing, completion, help().
        .target(name: "REPL", dependencies: ["LuaBridge", "LineEditor", "CLua", "Text"], resources: [.copy("Lua")]),
        // Chinese word segmentation compatible with jieba, over Debian's python3-jieba data.
        .target(name: "Segmentation"),
        // Finding text: the index of folded character pairs, searches, regular expressions, KWIC; no Lua.
        .target(name: "Search", dependencies: ["Articles", "Text", "RegexShim"]),
        // Corpus stores: a corpus and its records in one SQLite file, built once, opened fast; no Lua.
        .target(name: "Store", dependencies: ["Articles", "Search", "Text", "CSQLite", "CZlib"]),
        // Counting over a corpus's words on every core: frequencies, n-grams, collocates; no Lua.
        .target(name: "Analysis", dependencies: ["Articles", "Text"]),
        // The engine as Lua sees it: one file per namespace or class, and the Lua half in Lua/.
        .target(name: "LuaSurface", dependencies: ["LuaBridge", "LuaShim", "REPL", "Articles", "Search", "Analysis",
                                                  "EntityTagger", "Text", "Store"], resources: [.copy("Lua")]),
        // `dossier test`: busted-style tests of .lua analysis scripts, with TAP and JUnit output.
        .target(name: "TestRunner", dependencies: [
            "LuaBridge", "LuaSurface", "LuaShim", "CLua",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], resources: [.copy("Lua")]),
        // The `dossier` command: lua5.4-compatible options, scripts, REPL.
        .executableTarget(name: "dossier", dependencies: [
            "LuaBridge", "LuaShim", "REPL", "Articles", "LuaSurface", "TestRunner", "CLua", "Store",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "PTYSupport", path: "Tests/PTYSupport"),
        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge", "CLua"]),
        .testTarget(name: "REPLTests", dependencies: ["REPL", "LuaBridge", "Text"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles", "EntityTagger", "Segmentation", "Text"]),
        .testTarget(name: "TextTests", dependencies: ["Text"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Articles", "Text"]),
        .testTarget(name: "EntityTaggerTests", dependencies: ["EntityTagger", "Segmentation"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation"]),
        .testTarget(name: "LuaSurfaceTests", dependencies: ["LuaSurface", "LuaBridge", "LuaShim", "REPL", "Search", "Articles", "EntityTagger", "Text"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Articles", "EntityTagger", "Search", "Text"]),
        .testTarget(name: "DossierTests", dependencies: ["PTYSupport", "Articles", "Analysis"]),
    ]
)
