// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "quoth",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quoth", targets: ["quoth"]),
    // For the fuzz package beside it (Fuzz/, a local dependency), which also fuzzes the
    // config and theme readers. SwiftPM allows the analysis's debug `-O` (an unsafe flag)
    // in local dependencies only, so there is no library product for versioned use:
    // other programs read the analysis as JSON from `quoth analyze`.
    .library(name: "QuothReader", targets: ["QuothReader"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "QuothAnalysis",
      dependencies: ["CZlib", .product(name: "Ink", package: "Ink")],
      resources: [
        .copy("Entities/Resources/entity-model.bin"),
        .copy("Speakers/Resources/speaker-model.bin"),
      ],
      // Optimised in debug builds too: the tests analyse whole corpora and a 50 MB article.
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
    ),
    .target(
      name: "QuothThemes",
      path: "Themes",
      resources: [
        .embedInCode("default.toml"), .embedInCode("gruvbox.toml"), .embedInCode("light.toml"),
        .embedInCode("monochrome.toml"), .embedInCode("solarized-dark.toml"),
        .embedInCode("solarized-light.toml"),
      ]
    ),
    .target(
      name: "QuothReader",
      dependencies: [
        "QuothAnalysis", "QuothThemes", .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    // libcurl's easy interface, opened with dlopen on the first fetch (see README
    // "Reading the web"): nothing of it is loaded when quoth reads local files.
    .target(
      name: "CCurl",
      linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
    ),
    .target(
      name: "QuothWeb",
      dependencies: ["QuothAnalysis", "CLibXML2", "CCurl"]
    ),
    // The library of articles read: SQLite through GRDB (see README "The library").
    .target(
      name: "QuothLibrary",
      dependencies: ["QuothAnalysis", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(
      name: "CNcurseswShim",
      dependencies: ["CNcursesw"],
      cSettings: [.define("_XOPEN_SOURCE_EXTENDED"), .define("NCURSES_WIDECHAR", to: "1")]
    ),
    .target(
      name: "QuothTerminal",
      dependencies: ["QuothReader", "CNcursesw", "CNcurseswShim"]
    ),
    .executableTarget(
      name: "quoth",
      dependencies: [
        "QuothAnalysis",
        "QuothLibrary",
        "QuothReader",
        "QuothTerminal",
        "QuothWeb",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "quoth-bench",
      dependencies: ["QuothAnalysis", "QuothLibrary", "QuothReader", "QuothWeb"]
    ),
    .executableTarget(
      name: "quoth-train-ner",
      dependencies: ["QuothAnalysis"],
      path: "Tools/quoth-train-ner"
    ),
    .executableTarget(
      name: "quoth-train-speakers",
      dependencies: ["QuothAnalysis"],
      path: "Tools/quoth-train-speakers"
    ),
    .target(
      name: "QuothTestSupport",
      dependencies: ["CZlib"],
      path: "Tests/QuothTestSupport"
    ),
    .testTarget(
      name: "QuothAnalysisTests",
      dependencies: ["QuothAnalysis", "QuothTestSupport"]
    ),
    .testTarget(
      name: "QuothLibraryTests",
      dependencies: [
        "QuothLibrary", "QuothAnalysis", "quoth", "QuothTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "QuothCLITests",
      dependencies: ["quoth", "QuothTestSupport"]
    ),
    .testTarget(
      name: "QuothReaderTests",
      dependencies: ["QuothReader", "QuothAnalysis", "QuothThemes"]
    ),
    .testTarget(
      name: "QuothWebTests",
      dependencies: ["QuothWeb", "QuothAnalysis", "QuothTestSupport"]
    ),
    .testTarget(
      name: "QuothTerminalUnitTests",
      dependencies: ["QuothTerminal", "QuothReader"]
    ),
    .testTarget(
      name: "QuothTerminalTests",
      dependencies: ["QuothReader", "QuothTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
