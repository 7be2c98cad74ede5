// swift-tools-version:6.0
// BriefPress: one briefing model, three backends (print PDF, WeChat article, EPUB).
// Architecture: BriefReader → BriefModel → {PDFBackend, WeChatBackend, EPUBBackend}.
// The typesetting engine (Typesetting) knows nothing of PDF; the PDF writer (PDFWriter)
// knows nothing of briefings; PDFBackend is the only place that joins them.
import PackageDescription

func system(_ name: String, _ pkgConfig: String, _ apt: String) -> Target {
    .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([apt])])
}

let package = Package(
    name: "BriefPress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefpress", targets: ["briefpress"]),
        .executable(name: "briefpress-preview", targets: ["briefpress-preview"]),
        .library(name: "BriefPress", targets: ["BriefPress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries, found through pkg-config (Debian -dev packages named in `providers`).
        system("CLibXML2", "libxml-2.0", "libxml2-dev"),
        system("CHarfBuzz", "harfbuzz-subset", "libharfbuzz-dev"),
        system("CFreeType", "freetype2", "libfreetype-dev"),
        system("CCmarkGFM", "libcmark-gfm", "libcmark-gfm-extensions-dev"),
        system("CQRencode", "libqrencode", "libqrencode-dev"),
        system("CUnibreak", "libunibreak", "libunibreak-dev"),
        system("CZlib", "zlib", "zlib1g-dev"),
        system("CFontconfig", "fontconfig", "libfontconfig-dev"),
        system("CNettle", "nettle", "nettle-dev"),

        // The document model every backend reads.
        .target(name: "BriefModel"),
        // publication.yaml + editions/DATE.md → BriefModel.
        .target(name: "BriefReader", dependencies: ["BriefModel", "CCmarkGFM", "Graphics", "ImageFacts", "XMLKit", "Yams"]),
        // The copy-editing lint: rules over the edition's text at the places the model
        // records, and the fixer that edits the source at those places.
        .target(name: "BriefLint", dependencies: ["BriefModel"]),
        // Small shared tools: XML through libxml2, zlib (the only wrapper of it), QR codes
        // through libqrencode and PNG.
        .target(name: "XMLKit", dependencies: ["CLibXML2"]),
        .target(name: "Compression", dependencies: ["CZlib"]),
        .target(name: "Graphics", dependencies: ["CQRencode", "Compression"]),
        // A pixel canvas and FreeType's glyph masks laid on it in linear light (the covers).
        .target(name: "Raster", dependencies: ["CFreeType", "Graphics"]),
        // What an image file is (format, size, colour, resolution) and whether it is whole:
        // the one reader of PNG and JPEG headers, for `check` and the PDF writer alike.
        .target(name: "ImageFacts", dependencies: ["Compression"]),
        // MD5 and SHA-1 through nettle, for content-derived names (PDF /ID, EPUB UUIDs).
        .target(name: "Digests", dependencies: ["CNettle"]),
        // hb-subset for any output: a face cut down to given glyphs or characters (PDF, EPUB).
        .target(name: "FontSubsetting", dependencies: ["CHarfBuzz"]),
        // The typesetting engine: fonts, shaping, line and page breaking. No PDF here.
        .target(name: "Typesetting", dependencies: ["CHarfBuzz", "CFreeType", "CUnibreak", "CFontconfig"]),
        // Our PDF writer. No briefings here.
        .target(name: "PDFWriter", dependencies: ["CHarfBuzz", "FontSubsetting", "Compression", "ImageFacts", "Digests", "XMLKit"]),
        // The one checker of layout files: each backend declares its file's keys (kind,
        // range, meaning) and relations; the checker reports every problem at LINE:COL.
        .target(name: "LayoutSchema", dependencies: ["Yams"]),
        // Backends: each reads the model and its own part of the layout, never another backend.
        .target(name: "PDFBackend", dependencies: ["BriefModel", "Typesetting", "PDFWriter", "Graphics", "LayoutSchema"]),
        .target(name: "WeChatBackend", dependencies: ["BriefModel", "XMLKit", "Graphics", "LayoutSchema"]),
        .target(name: "EPUBBackend", dependencies: ["BriefModel", "XMLKit", "Graphics", "Compression", "Digests", "FontSubsetting"]),
        // The covers (PNG): the masthead set by the engine, drawn by Raster. The pipeline
        // hands the pictures to the other backends as bytes.
        .target(name: "CoverBackend", dependencies: ["BriefModel", "Typesetting", "Raster", "LayoutSchema"]),
        // The library behind the CLI: layouts, the build pipeline, atomic output.
        .target(
            name: "BriefPress",
            dependencies: ["BriefModel", "BriefReader", "BriefLint", "PDFBackend", "WeChatBackend", "EPUBBackend", "CoverBackend"],
            plugins: ["EmbedLayouts"]
        ),
        // `briefpress preview`: a loopback HTTP server (FlyingFox) over an in-memory
        // rebuild session, with an inotify watcher. The pipeline knows nothing of it.
        .target(name: "PreviewServer", dependencies: ["BriefModel", "BriefPress", "XMLKit", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "briefpress",
            dependencies: ["BriefModel", "BriefPress", "PreviewOptions", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The edition, port and host both `briefpress preview` and its server parse.
        .target(name: "PreviewOptions", dependencies: ["BriefModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The server behind `briefpress preview`, which execs it: a binary of its own, so the
        // HTTP stack (and libcurl, which Foundation's networking loads) never slows `build`.
        .executableTarget(
            name: "briefpress-preview",
            dependencies: ["BriefModel", "BriefPress", "PreviewServer", "PreviewOptions", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Build-time tool that embeds layouts/default into the binary, so an installed
        // briefpress works from any folder while layouts/ stays the editable source.
        .executableTarget(name: "layout-embedder", path: "Plugins/LayoutEmbedderTool"),
        .plugin(name: "EmbedLayouts", capability: .buildTool(), dependencies: ["layout-embedder"]),

        // What the test targets share: the sample publications (the in-repo fixture, and the
        // shared sample when it is beside the checkout), the default layout read from
        // layouts/, and failing (not skipping) on CI when something outside the repository is
        // missing. Each test target declares exactly the modules its files import; backend
        // tests read a fixture into the model and never go through the pipeline (BriefPress).
        .target(name: "TestSupport", dependencies: ["BriefModel"], path: "Tests/TestSupport"),
        .testTarget(name: "BriefModelTests", dependencies: ["BriefModel"]),
        .testTarget(name: "BriefReaderTests", dependencies: ["BriefReader", "BriefModel", "ImageFacts", "Compression", "TestSupport"]),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics", "Compression", "TestSupport"]),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "CHarfBuzz", "TestSupport"]),
        .testTarget(name: "PDFWriterTests", dependencies: ["PDFWriter", "CHarfBuzz", "Digests", "TestSupport"]),
        .testTarget(name: "PDFBackendTests", dependencies: ["PDFBackend", "BriefModel", "BriefReader", "Graphics", "Typesetting", "TestSupport"]),
        .testTarget(name: "WeChatBackendTests", dependencies: ["WeChatBackend", "BriefModel", "BriefReader", "Graphics", "CLibXML2", "TestSupport"]),
        .testTarget(name: "EPUBBackendTests", dependencies: ["EPUBBackend", "BriefModel", "BriefReader", "Graphics", "CLibXML2", "Digests", "CHarfBuzz", "TestSupport"]),
        .testTarget(name: "BriefLintTests", dependencies: ["BriefLint", "BriefModel", "BriefReader", "TestSupport"]),
        .testTarget(name: "LayoutSchemaTests", dependencies: ["LayoutSchema"]),
        .testTarget(name: "CoverBackendTests", dependencies: ["CoverBackend", "Raster", "BriefModel", "BriefReader", "Compression", "ImageFacts", "TestSupport"]),
        .testTarget(name: "BriefPressTests", dependencies: ["BriefPress", "BriefModel", "EPUBBackend", "PDFBackend", "PDFWriter", "WeChatBackend", "TestSupport"]),
        .testTarget(name: "PreviewTests", dependencies: ["TestSupport"]),
    ],
    // Swift 5 mode: the C libraries' globals (xmlFree, FreeType handles) are not Sendable,
    // and the tool is single-threaded per document.
    swiftLanguageModes: [.v5]
)
