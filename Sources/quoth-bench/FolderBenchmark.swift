import Foundation
import QuothAnalysis
import QuothReader

/// Opening a folder of 10,000 small articles (target: the list in under a second).
/// Measures the list's first frame (listing + state + render) in process and through the
/// real `quoth` binary on a pseudo-terminal, the time until every article is analysed
/// behind the list (results folded through reduce and drawn, as the terminal loop does),
/// and, for comparison, analysing everything before the first frame (what quoth did before).
func runFolderBenchmark(count: Int = 10_000) {
  print("== folder of \(count) articles")
  let folder = NSTemporaryDirectory() + "quoth-bench-folder-\(getpid())"
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let bytes: Int
  do { bytes = try writeFolder(folder, count: count) } catch {
    print("folder: skipped, cannot write \(folder): \(error)")
    return
  }
  print("folder: \(count) files, \(bytes / 1024) KB")
  let size = Size(width: 120, height: 40)

  var firstFrames: [Double] = []
  for _ in 0..<5 {
    let start = DispatchTime.now()
    guard let paths = try? ArticleLoader.expand([folder]) else { return }
    let state = ReaderState(sources: paths, size: size)
    _ = render(state)
    firstFrames.append(milliseconds(since: start))
  }
  firstFrames.sort()
  print(
    String(
      format: "list, first frame in process (list the folder, state, render): median %.1f ms",
      firstFrames[2]))

  listEndToEnd(folder: folder, size: size)

  let workers = min(4, ProcessInfo.processInfo.activeProcessorCount)
  let memoryBefore = processMemoryMegabytes("VmRSS")
  let start = DispatchTime.now()
  let paths = (try? ArticleLoader.expand([folder])) ?? []
  var state = ReaderState(sources: paths, size: size)
  let background = BackgroundAnalysis(paths: paths, workers: workers)
  background.start()
  var frames = 0
  var screenful: Double?
  while !state.progress.isComplete {
    // As the terminal loop does with no key pressed: wake every 50 ms, fold, draw.
    usleep(50_000)
    for result in background.takeResults() { _ = reduce(&state, result) }
    _ = render(state)
    frames += 1
    if screenful == nil
      && state.articles.prefix(state.geometry.bodyHeight - 1).allSatisfy({
        !$0.isPending
      })
    {
      screenful = milliseconds(since: start)
    }
  }
  let all = milliseconds(since: start)
  print(
    String(
      format:
        "background analysis (%d worker threads): first screenful of rows %.0f ms, all %d in %.2f s (%.0f articles/s), %d frames drawn; %d unreadable",
      workers, screenful ?? all, count, all / 1000, Double(count) / (all / 1000), frames,
      state.progress.failed))
  print(
    "memory: \(processMemoryMegabytes("VmRSS") - memoryBefore) MB more resident with all \(count) analysed in the list; peak \(peakMemoryMegabytes()) MB"
  )

  state = ReaderState(sources: [], size: size)
  let memoryBeforeAll = processMemoryMegabytes("VmRSS")
  let syncStart = DispatchTime.now()
  let analyzer = Analyzer()
  var documents: [ReaderDocument] = []
  for path in paths {
    if let loaded = try? ArticleLoader.load(path) {
      documents.append(ReaderDocument(analyzer.analyze(loaded.article)))
    }
  }
  _ = render(ReaderState(documents: documents, size: size))
  print(
    String(
      format:
        "for comparison, analysing all before the first frame (one thread, as before): %.2f s, %d MB more resident",
      milliseconds(since: syncStart) / 1000, processMemoryMegabytes("VmRSS") - memoryBeforeAll))
}

/// Writes `count` short articles into `folder`; returns the bytes written.
private func writeFolder(_ folder: String, count: Int) throws -> Int {
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let speakers = GeneratedArticle.speakers
  var bytes = 0
  for index in 0..<count {
    let text = """
      Harbour Report \(index)

      The council met on Monday in Harbour Town to discuss the night ferry. \
      “We will keep the service running through the winter,” said \(speakers[index % speakers.count]), \
      who chairs the transport board. Residents welcomed the vote, and the Estuary Lines \
      company said it would add a second boat in the spring.

      """
    let data = Data(text.utf8)
    let path = (folder as NSString).appendingPathComponent(String(format: "report-%05d.txt", index))
    guard FileManager.default.createFile(atPath: path, contents: data) else {
      throw CocoaError(.fileWriteUnknown)
    }
    bytes += data.count
  }
  return bytes
}

/// Times `quoth FOLDER` on a pseudo-terminal from start to its first frame (the list
/// header on the terminal), then quits it with Q.
private func listEndToEnd(folder: String, size: Size) {
  guard let quoth = siblingExecutable("quoth") else {
    print("list, first frame end to end: skipped (build quoth first: swift build -c release)")
    return
  }
  var times: [Double] = []
  for _ in 0..<5 {
    guard let time = firstFrameOnTerminal(quoth: quoth, folder: folder, size: size) else {
      print("list, first frame end to end: no frame (cannot run \(quoth) on a pseudo-terminal)")
      return
    }
    times.append(time)
  }
  times.sort()
  print(
    String(
      format:
        "list, first frame end to end (quoth FOLDER on a pseudo-terminal, 5 runs): median %.0f ms, max %.0f ms (target < 1000 ms)",
      times[2], times[4]))
}

/// Milliseconds from starting `quoth FOLDER` to the list header on its terminal; nil
/// when it could not run or drew nothing within 30 seconds.
private func firstFrameOnTerminal(quoth: String, folder: String, size: Size) -> Double? {
  #if os(Linux)
    // posix_openpt and friends are not imported: /dev/ptmx, unlocked and numbered with
    // the Linux ioctls TIOCSPTLCK and TIOCGPTN.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return nil }
    defer { close(master) }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, UInt(0x4004_5431), &unlock) == 0,
      ioctl(master, UInt(0x8004_5430), &number) == 0
    else { return nil }
    return firstFrame(
      quoth: quoth, folder: folder, size: size, master: master,
      terminal: "/dev/pts/\(number)")
  #else
    return nil
  #endif
}

private func firstFrame(
  quoth: String, folder: String, size: Size, master: Int32, terminal: String
) -> Double? {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  for fd in Int32(0)...2 {
    posix_spawn_file_actions_addopen(&actions, fd, terminal, fd == 0 ? O_RDONLY : O_WRONLY, 0)
  }
  posix_spawn_file_actions_addclose(&actions, master)
  let arguments = [quoth, folder]
  // ncurses takes the size from LINES and COLUMNS when they are set.
  let environment = [
    "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "LINES=\(size.height)",
    "COLUMNS=\(size.width)", "HOME=\(NSTemporaryDirectory())",
    "XDG_CONFIG_HOME=\(NSTemporaryDirectory())quoth-bench-no-config",
  ]
  let argv = arguments.map { strdup($0) } + [nil]
  let envp = environment.map { strdup($0) } + [nil]
  defer { for pointer in argv + envp { free(pointer) } }
  var pid: pid_t = 0
  let start = DispatchTime.now()
  guard posix_spawn(&pid, quoth, &actions, nil, argv, envp) == 0 else { return nil }
  var output: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  let header = Array("Most quoted".utf8)
  var elapsed: Double?
  while milliseconds(since: start) < 30_000 {
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, 100) > 0 else { continue }
    let read = readBytes(master, &buffer, buffer.count)
    if read <= 0 { break }
    output += buffer[0..<read]
    if output.count >= header.count
      && output.indices.dropLast(header.count - 1).contains(where: {
        output[$0..<($0 + header.count)].elementsEqual(header)
      })
    {
      elapsed = milliseconds(since: start)
      break
    }
  }
  _ = "Q".utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, 1) }
  // Drain what it draws while quitting, so it never blocks on a full terminal.
  var status: Int32 = 0
  while waitpid(pid, &status, WNOHANG) == 0 {
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    if poll(&poller, 1, 50) > 0 { _ = readBytes(master, &buffer, buffer.count) }
  }
  return elapsed
}

private func readBytes(_ fd: Int32, _ buffer: inout [UInt8], _ count: Int) -> Int {
  buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, count) }
}

private func milliseconds(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}
