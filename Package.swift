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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(
      name: "QuothAnalysis",
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
