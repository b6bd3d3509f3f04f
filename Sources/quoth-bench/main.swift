print("benchmark: pending")
runEntityBenchmark()
