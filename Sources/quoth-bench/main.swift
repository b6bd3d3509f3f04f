/// Release-build benchmarks. Run: `swift run -c release quoth-bench`.
runReaderBenchmark()
