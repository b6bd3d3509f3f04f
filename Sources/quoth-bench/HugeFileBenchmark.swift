import Foundation

/// Peak memory of `quoth analyze` (JSON and text output) and of the reader
/// (`quoth --screen`) on a generated 200 MB plain-text file, as a multiple of the file's
/// size (target: under 4x).
func runHugeFileBenchmark(megabytes: Int = 200) {
  print("== huge file")
  guard let quoth = siblingExecutable("quoth") else {
    print("huge file: skipped (build quoth first: swift build -c release --product quoth)")
    return
  }
  let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
    "quoth-bench-\(getpid())-huge.txt")
  defer { unlink(path) }
  guard let size = HugeArticle.write(to: path, bytes: megabytes << 20) else {
    print("huge file: cannot write \(path)")
    return
  }
  let commands = [
    ["analyze", "--format", "json"], ["analyze", "--format", "text"],
    // The reader: the article analysed into its compact document, laid out, one frame.
    ["--screen", "100x30"],
  ]
  for arguments in commands {
    let start = DispatchTime.now()
    guard let run = runMeasured(quoth, arguments + [path]) else {
      print("huge file: cannot run \(quoth)")
      return
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print(
      String(
        format:
          "quoth %@ on %d MB: exit %d, %.1f s, %.1f s CPU, peak memory %d MB = %.2fx the file (target < 4x)",
        arguments.joined(separator: " "), size >> 20, run.status, seconds, run.cpuSeconds,
        run.peakKilobytes >> 10, Double(run.peakKilobytes << 10) / Double(size)))
  }
}

/// A long run of invented news paragraphs (quotes, names, places, dates), every one a
/// little different, so that nothing collapses into one repeated string.
enum HugeArticle {
  static let people = ["Lena Marsh", "Omar Haddad", "Priya Raman", "Tomas Varga", "Ines Vale"]
  static let places = ["Brookfield", "the harbour district", "Ostend", "Lake Arden", "Valmont"]

  /// Writes about `bytes` bytes to `path`; returns the size written, nil on failure.
  static func write(to path: String, bytes: Int) -> Int? {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let file = FileHandle(forWritingAtPath: path)
    else { return nil }
    defer { try? file.close() }
    var written = 0
    var index = 0
    var chunk = ""
    while written < bytes {
      chunk += paragraph(index)
      index += 1
      if chunk.utf8.count >= 1 << 20 || written + chunk.utf8.count >= bytes {
        guard (try? file.write(contentsOf: Data(chunk.utf8))) != nil else { return nil }
        written += chunk.utf8.count
        chunk = ""
      }
    }
    return written
  }

  static func paragraph(_ index: Int) -> String {
    let person = people[index % people.count]
    let other = people[(index / 5 + 1) % people.count]
    let place = places[(index / 3) % places.count]
    switch index % 4 {
    case 0:
      return "“We have found the money for item \(index) this year,” \(person) said on Tuesday.\n\n"
    case 1:
      return
        "The council met again in \(place), where \(other) told reporters that the ferry would keep running. “It is a lifeline for the island,” she said.\n\n"
    case 2:
      return
        "The Ministry of Transport said in a statement that it had not been consulted about plan \(index), which Democrats in the assembly called reckless.\n\n"
    default:
      return
        "\(person), a researcher at the University of Leeds, said the figures were “deeply worrying” and called for an inquiry by January 17.\n\n"
    }
  }
}

/// The executable named `name` next to this one (the same build configuration).
func siblingExecutable(_ name: String) -> String? {
  let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent()
  let path = folder.appendingPathComponent(name).path
  return FileManager.default.isExecutableFile(atPath: path) ? path : nil
}

/// Runs a program with its output to /dev/null (and `input`, when given, as its standard
/// input; its messages too when `quiet`) and returns its exit status, CPU time and peak
/// resident memory.
///
/// The peak is the child's own. wait4's figure alone is never below this process's own
/// peak: the kernel carries the spawning process's high-water mark into the child at
/// exec, so after the other benchmarks had grown this process to 84 MB, a one-line file
/// "peaked" at 84 MB. When wait4's figure is not above this process's peak, the child's
/// high-water mark read from /proc while it ran is taken instead.
func runMeasured(
  _ program: String, _ arguments: [String], input: String? = nil, quiet: Bool = false
) -> (
  status: Int32, cpuSeconds: Double, peakKilobytes: Int
)? {
  let argv = ([program] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  if let input { posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0) }
  if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
  var pid: pid_t = 0
  guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return nil }
  var status: Int32 = 0
  var usage = rusage()
  var sampledPeak = 0
  while true {
    let waited = wait4(pid, &status, WNOHANG, &usage)
    if waited == pid { break }
    if waited < 0 && errno != EINTR { return nil }
    sampledPeak = max(sampledPeak, highWaterKilobytes(of: pid))
    usleep(5_000)
  }
  let isOwn = usage.ru_maxrss > highWaterKilobytes(of: getpid()) || sampledPeak == 0
  let peak = isOwn ? usage.ru_maxrss : sampledPeak
  let cpu =
    Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  return ((status >> 8) & 0xFF, cpu, peak)
}

/// A process's peak resident memory so far (VmHWM in /proc), in kilobytes; 0 when unknown.
private func highWaterKilobytes(of pid: pid_t) -> Int {
  guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return 0 }
  return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    ?? 0
}
