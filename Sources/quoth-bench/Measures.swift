import Foundation

/// CPU time this thread has used: the measure that holds when other work shares the machine.
func threadCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// A memory figure of this process from /proc/self/status ("VmRSS", "VmHWM"), in
/// megabytes; -1 where there is none.
func processMemoryMegabytes(_ field: String) -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
    let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
  else { return -1 }
  return kilobytes / 1024
}

/// The process's peak resident memory (VmHWM on Linux), in megabytes.
func peakMemoryMegabytes() -> Int { processMemoryMegabytes("VmHWM") }
