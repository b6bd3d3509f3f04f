import Foundation
import Testing

/// A folder of 10,000 articles under tmux with the real binary: the list is there before
/// the articles are analysed, the status line counts them as they arrive, an article
/// opened early shows, an unreadable file is a row of its own, and q leaves a clean terminal.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"))
struct FolderTests {
  static let count = 10_000

  /// A temporary folder of `count` short articles and one binary file named like an article.
  static func makeFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "quoth-folder-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let speakers = ["Mara Quinn", "Oskar Berg", "Lena Holt", "Tariq Noor", "Ines Vale"]
    for index in 0..<count {
      let text = """
        Tram Report \(index)

        The tram depot on Mill Road reopened on Monday. “We ran every line on time,” said \
        \(speakers[index % speakers.count]), who runs the depot. Riders were pleased.

        """
      let name = String(format: "report-%05d.txt", index)
      guard FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data(text.utf8))
      else { throw SpawnError(arguments: ["write", name]) }
    }
    try Data([0, 1, 2, 0xFF, 0, 7] + Array(repeating: 0, count: 64)).write(
      to: URL(fileURLWithPath: "\(folder)/zz-broken.txt"))
    return folder
  }

  @Test(.timeLimit(.minutes(5))) func tenThousandFilesListAtOnceAndAreAnalysedBehindTheList()
    throws
  {
    let folder = try FolderTests.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let total = "10,001"
    let tmux = try Tmux("'\(folder)'", width: 110, height: 20)
    // The list, one row per file, and the progress of an analysis still running.
    let first = try tmux.waitFor { $0.contains("\(total) articles") && $0.contains("analysed ") }
    #expect(first.contains("Article") && first.contains("Most quoted"))
    #expect(first.contains("article 1/\(total)"))
    let progress = try #require(
      first.split(separator: "\n").first { $0.contains("analysed ") }?
        .split(separator: " ").last)
    #expect(progress.hasSuffix("/\(total)"))
    #expect(progress != "\(total)/\(total)", "the list came after the analysis: \(progress)")
    // The last article, opened at once, shows as soon as its analysis arrives.
    try tmux.send("G")
    try tmux.waitFor("article \(total)/\(total)")
    try tmux.send("k", "Enter")
    // (The list row shows the title too once it is analysed: wait for the article's header.)
    try tmux.waitFor(timeout: 60) { $0.contains("report-09999.txt  10,000/\(total)") }
    try tmux.waitFor(timeout: 60) {
      $0.contains("│ Quotes 1") && $0.contains("Riders were pleased")
    }
    try tmux.send("q", "G")
    // Every file analysed, the binary one as an unreadable row with the reason.
    let done = try tmux.waitFor(timeout: 180) { $0.contains("analysed \(total)/\(total)") }
    #expect(done.contains("1 unreadable"))
    #expect(done.contains("✗ zz-broken.txt") && done.contains("looks like a binary file"))
    #expect(done.contains("Tram Report 9999"))
    #expect(!done.contains("⋯ report-"))
    try tmux.send("g")
    let top = try tmux.waitFor("article 1/\(total)")
    #expect(top.contains("Tram Report 0 ") && top.contains("Mara Quinn (1)"))
    // q leaves the terminal as it was; the unreadable file is reported on stderr.
    try tmux.send("q")
    let after = try tmux.waitFor("quoth-exit:1")
    // (The message may wrap, with a long temporary folder's name before it.)
    #expect(
      after.replacingOccurrences(of: "\n", with: "").contains(
        "zz-broken.txt: looks like a binary file, not an article"))
    #expect(!after.contains("Most quoted"))
    #expect(try tmux.pane("#{alternate_on}") == "0")
    #expect(try tmux.pane("#{cursor_flag}") == "1")
  }

  @Test(.timeLimit(.minutes(3))) func nonInteractiveOutputOfAFolderIsStillComplete() throws {
    let folder = NSTemporaryDirectory() + "quoth-small-folder-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for index in 0..<3 {
      try "Bridge Note \(index)\n\n“It opens in May,” said Lena Holt.\n".write(
        toFile: "\(folder)/note-\(index).txt", atomically: true, encoding: .utf8)
    }
    let screen = try Tmux.spawn(
      ["/bin/sh", "-c", "'\(Tmux.quoth!)' --screen 100x12 --color never '\(folder)'"],
      captureOutput: true)
    // --screen analyses everything before it prints: no pending rows, no progress.
    #expect(screen.contains("Bridge Note 2"))
    #expect(!screen.contains("⋯") && !screen.contains("analysed"))
    let piped = try Tmux.spawn(
      ["/bin/sh", "-c", "'\(Tmux.quoth!)' '\(folder)' | cat"], captureOutput: true)
    #expect(piped.components(separatedBy: "Lena Holt").count - 1 >= 3)
  }
}
