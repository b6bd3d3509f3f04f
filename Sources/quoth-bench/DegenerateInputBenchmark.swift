import Foundation

/// Peak memory and time of `quoth analyze --format json` on degenerate inputs (issue 19):
/// a million one-character lines, 50 MB of quote marks and 10 MB of `&amp;` (as text and
/// as an HTML page), as a multiple of the file and, since a process costs some memory on
/// any input, as the growth over a one-line file (target: under 4x the file).
func runDegenerateInputBenchmark() {
  print("== degenerate inputs")
  guard let quoth = siblingExecutable("quoth") else {
    print("degenerate inputs: skipped (build quoth first: swift build -c release --product quoth)")
    return
  }
  let amps = String(repeating: "&amp;", count: 2_000_000)
  let inputs: [(name: String, text: String)] = [
    ("one-line.txt", "Hello.\n"),
    ("short-lines.txt", String(repeating: "a\n", count: 1_000_000)),
    ("quote-marks.txt", String(repeating: "\"", count: 50_000_000)),
    ("amp.txt", amps),
    ("amp.html", "<html><body><p>\(amps)</p></body></html>"),
  ]
  var baseline = 0
  for input in inputs {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "quoth-bench-\(getpid())-\(input.name)")
    defer { unlink(path) }
    guard FileManager.default.createFile(atPath: path, contents: Data(input.text.utf8)) else {
      print("degenerate inputs: cannot write \(path)")
      return
    }
    let size = input.text.utf8.count
    let start = DispatchTime.now()
    guard let run = runMeasured(quoth, ["analyze", "--format", "json", path]) else {
      print("degenerate inputs: cannot run \(quoth)")
      return
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let peak = run.peakKilobytes << 10
    if baseline == 0 {
      baseline = peak
      print("\(input.name): peak memory \(peak >> 20) MB (the baseline)")
      continue
    }
    print(
      String(
        format:
          "%@ (%.1f MB): exit %d, %.1f s, %.1f s CPU, peak %d MB = %.1fx the file, %.1fx over the baseline (target < 4x)",
        input.name, Double(size) / 1_048_576, run.status, seconds, run.cpuSeconds, peak >> 20,
        Double(peak) / Double(size), Double(peak - baseline) / Double(size)))
  }
}
