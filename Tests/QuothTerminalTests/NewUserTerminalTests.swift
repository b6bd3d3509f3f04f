import Foundation
import Testing

/// What a new user met (issue #16), with the real binary under tmux: flow-control keys
/// as keys (raw mode), a folder with files quoth cannot read and a subfolder, a large
/// article's progress screen, an invalid-UTF-8 warning on the status line.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"))
struct NewUserTerminalTests {
  /// A temporary folder for one test.
  static func makeFolder() throws -> String {
    let folder =
      NSTemporaryDirectory() + "quoth-new-user-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func controlSSearchesAndControlQQuitsInsteadOfFreezingTheTerminal() throws {
    let tmux = try Tmux("", width: 100, height: 30)
    try tmux.waitFor("line 1/")
    try tmux.send("C-s")
    try tmux.type("ferry")
    try tmux.send("Enter")
    try tmux.waitFor("match 1/")
    // The screen still answers after ^S: no XOFF froze the output.
    try tmux.send("n")
    try tmux.waitFor("match 2/")
    try tmux.send("C-q")
    try tmux.waitFor("quoth-exit:0")
    #expect(try tmux.pane("#{alternate_on}") == "0")
  }

  @Test func countsAndHWorkInTheTerminal() throws {
    let tmux = try Tmux("", width: 100, height: 30)
    try tmux.waitFor("line 1/")
    try tmux.send("1", "0", "G")
    try tmux.waitFor("line 10/")
    try tmux.send("h")
    try tmux.waitFor("Keys in the article")
  }

  @Test func aFolderListsFilesQuothCannotReadAndSubfoldersWithR() throws {
    let folder = try NewUserTerminalTests.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/later", withIntermediateDirectories: true)
    try "Ferry Vote Passes\n\n“We kept it,” said Mayor Ana Ruiz.\n".write(
      toFile: folder + "/ferry.txt", atomically: true, encoding: .utf8)
    try "Tram Line Opens\n\n“It runs at last,” said Leo Park.\n".write(
      toFile: folder + "/later/tram.txt", atomically: true, encoding: .utf8)
    try Data(Array("%PDF-1.7\n".utf8) + [0, 1, 2, 0xFF, 0, 0] + Array(repeating: 0, count: 64))
      .write(to: URL(fileURLWithPath: folder + "/scan.pdf"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64))
      .write(to: URL(fileURLWithPath: folder + "/photo.png"))

    let flat = try Tmux("'\(folder)'", width: 110, height: 20)
    let list = try flat.waitFor { $0.contains("analysed 3/3") }
    #expect(list.contains("3 articles"))
    #expect(list.contains("Ferry Vote Passes"))
    #expect(list.contains("✗ scan.pdf") && list.contains("✗ photo.png"))
    #expect(!list.contains("Tram Line Opens"))

    let deep = try Tmux("-r '\(folder)'", width: 110, height: 20)
    let all = try deep.waitFor { $0.contains("analysed 4/4") }
    #expect(all.contains("4 articles") && all.contains("2 unreadable"))
    #expect(all.contains("Tram Line Opens") && all.contains("✗ scan.pdf"))
  }

  @Test func aLargeArticleOpensOnAProgressScreenAtOnce() throws {
    let folder = try NewUserTerminalTests.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var text = "The Long Record of the Harbour Board\n\n"
    var index = 0
    while text.utf8.count < 3_000_000 {
      text += """
        The harbour board met for the \(index)th time on Thursday. “We counted every boat \
        twice,” said Clerk Ivo Marsh, who keeps the ledger. Members argued about moorings, \
        tides and the price of rope until late in the evening.\n\n
        """
      index += 1
    }
    try text.write(toFile: folder + "/big.txt", atomically: true, encoding: .utf8)
    let tmux = try Tmux("'\(folder)/big.txt'", width: 100, height: 20)
    let first = try tmux.waitFor(timeout: 5) { $0.contains("Analysing big.txt…") }
    #expect(first.contains("analysing"))
    // The file is a dozen sections: the progress line counts them before the article shows.
    let partway = try tmux.waitFor(timeout: 240) { $0.contains("%") || $0.contains("│ Quotes ") }
    let percent = partway.firstMatch(of: /Analysing big\.txt… (\d+)%/).flatMap { Int($0.1) }
    #expect(percent.map { (1..<100).contains($0) } == true, "\(partway)")
    let read = try tmux.waitFor(timeout: 240) { $0.contains("│ Quotes ") }
    #expect(read.contains("The Long Record of the Harbour Board"))
  }

  @Test func anInvalidUTF8WarningShowsOnTheStatusLineWhenTheArticleOpens() throws {
    let folder = try NewUserTerminalTests.makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(Array("Pier Repairs Begin\n\nThe pier caf".utf8) + [0xE9] + Array(" reopens.\n".utf8))
      .write(to: URL(fileURLWithPath: folder + "/pier.txt"))
    let tmux = try Tmux("'\(folder)/pier.txt'", width: 100, height: 20)
    let screen = try tmux.waitFor("Pier Repairs Begin")
    // However long the path (the title line names the file), the warning has the room.
    #expect(screen.contains("UTF-8"))
    #expect(!screen.split(separator: "\n").contains { $0.contains("UTF-8") && $0.contains(folder) })
  }
}
