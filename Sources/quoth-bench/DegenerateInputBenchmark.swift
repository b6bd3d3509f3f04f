import Foundation

/// Peak memory and time of `quoth analyze --format json` on degenerate inputs (issue 19):
/// a million one-character lines, 50 MB of quote marks and 10 MB of `&amp;` (as text and
/// as an HTML page).
///
/// Issue 19's "memory stays within 4x the input" is read as the memory an input costs:
/// the peak resident size less the peak on a one-line file (the program, its libraries'
/// pages and models, which any input costs: 30 MB of the process is shared libraries
/// mapped at start), over the file's size. The peak itself over the file is printed too.
func runDegenerateInputBenchmark() {
  print("== degenerate inputs")
  guard let quoth = siblingExecutable("quoth") else {
    print("degenerate inputs: skipped (build quoth first: swift build -c release --product quoth)")
    return
  }
  // Written in chunks: a child's peak (wait4) is never below the peak of the parent that
  // started it, so the parent never holds a whole input.
  let inputs: [(name: String, head: String, unit: String, count: Int, tail: String)] = [
    ("one-line.txt", "", "Hello.\n", 1, ""),
    ("short-lines.txt", "", "a\n", 1_000_000, ""),
    ("quote-marks.txt", "", "\"", 50_000_000, ""),
    ("amp.txt", "", "&amp;", 2_000_000, ""),
    ("amp.html", "<html><body><p>", "&amp;", 2_000_000, "</p></body></html>"),
  ]
  var baseline = 0
  for input in inputs {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "quoth-bench-\(getpid())-\(input.name)")
    defer { unlink(path) }
    guard
      let size = writeRepeated(
        input.unit, count: input.count, between: input.head, and: input.tail, to: path)
    else {
      print("degenerate inputs: cannot write \(path)")
      return
    }
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
          "%@ (%.1f MB): exit %d, %.1f s, %.1f s CPU; memory for the input %.1fx the file (target < 4x: peak %d MB less the one-line peak); peak %.1fx the file",
        input.name, Double(size) / 1_048_576, run.status, seconds, run.cpuSeconds,
        Double(peak - baseline) / Double(size), peak >> 20, Double(peak) / Double(size)))
  }
}

/// Writes `head`, `unit` `count` times and `tail` to `path`, a megabyte at a time;
/// returns the size written, nil on failure.
private func writeRepeated(
  _ unit: String, count: Int, between head: String, and tail: String, to path: String
) -> Int? {
  guard FileManager.default.createFile(atPath: path, contents: nil),
    let file = FileHandle(forWritingAtPath: path)
  else { return nil }
  defer { try? file.close() }
  let perChunk = max(1, (1 << 20) / unit.utf8.count)
  var written = 0
  func write(_ text: String) -> Bool {
    written += text.utf8.count
    return (try? file.write(contentsOf: Data(text.utf8))) != nil
  }
  guard write(head) else { return nil }
  var left = count
  while left > 0 {
    guard write(String(repeating: unit, count: min(left, perChunk))) else { return nil }
    left -= min(left, perChunk)
  }
  return write(tail) ? written : nil
}
