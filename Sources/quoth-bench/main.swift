print("benchmark: pending")
runExtractionBenchmark()
