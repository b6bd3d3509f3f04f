// swift-tools-version: 6.1
// The libFuzzer target for quoth's analysis and ingest, kept out of the main package so
// that `swift test` and CI never build it. Build and run it with Fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "quoth-fuzz",
  dependencies: [.package(name: "quoth", path: "..")],
  targets: [
    .executableTarget(
      name: "quoth-fuzz",
      dependencies: [.product(name: "QuothAnalysis", package: "quoth")]
    )
  ],
  swiftLanguageModes: [.v6]
)
