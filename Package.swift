// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "quoth",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "quoth", targets: ["quoth"]),
    .library(name: "QuothAnalysis", targets: ["QuothAnalysis"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "QuothAnalysis",
      dependencies: ["CLibXML2", .product(name: "Ink", package: "Ink")],
      resources: [.copy("Entities/Resources/entity-model.bin")]
    ),
    .executableTarget(
      name: "quoth",
      dependencies: [
        "QuothAnalysis",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "quoth-bench",
      dependencies: ["QuothAnalysis"]
    ),
    .executableTarget(
      name: "quoth-train-ner",
      dependencies: ["QuothAnalysis"]
    ),
    .testTarget(
      name: "QuothAnalysisTests",
      dependencies: ["QuothAnalysis"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
