// swift-tools-version: 6.1
// The libFuzzer target for every reader of untrusted input (ingest, analysis, config, themes), kept out of the main package so
// that `swift test` and CI never build it. Build and run it with Fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "quoth-fuzz",
  dependencies: [.package(name: "quoth", path: "..")],
  targets: [
    .executableTarget(
      name: "quoth-fuzz",
      // QuothReader's product brings the analysis with it (quoth exports no analysis library).
      dependencies: [.product(name: "QuothReader", package: "quoth")]
    )
  ],
  swiftLanguageModes: [.v6]
)
