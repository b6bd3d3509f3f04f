import Foundation
import Testing

@testable import QuothReader

/// The README's key table is the command table: one row per command, in the help's order.
@Suite struct KeyTableTests {
  static let begin = "<!-- keys: generated from Sources/QuothReader/Input/Command.swift -->"
  static let end = "<!-- keys: end -->"

  /// The table as the README should have it.
  static var expectedTable: String {
    var lines = ["| keys | command | config name |", "|---|---|---|"]
    for group in Command.Group.allCases {
      for command in Command.allCases where command.group == group {
        let keys = command.defaultKeys.map(\.label).joined(separator: " ")
        lines.append("| \(keys) | \(command.help) | `\(command.name)` |")
      }
    }
    return lines.joined(separator: "\n")
  }

  @Test func theReadmeKeyTableIsTheCommandTable() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../README.md").standardized
    let text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: Self.begin), "README.md lacks \(Self.begin)")
    let stop = try #require(text.range(of: Self.end), "README.md lacks \(Self.end)")
    let table = text[start.upperBound..<stop.lowerBound].trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(
      table == Self.expectedTable,
      "README.md's key table differs from the command table; replace it with:\n\(Self.expectedTable)"
    )
  }

  @Test func everyCommandHasKeysAHelpLineAndAUniqueName() {
    #expect(Set(Command.allCases.map(\.name)).count == Command.allCases.count)
    for command in Command.allCases {
      #expect(!command.defaultKeys.isEmpty, "\(command.name) has no default key")
      #expect(!command.help.isEmpty && !command.help.contains("|"), "\(command.name)'s help")
    }
    // Within a context: `u` is half a page up, but in the list it marks unread.
    let keys = Command.allCases.flatMap { command in
      command.defaultKeys.map { "\(command.defaultContext) \($0.label)" }
    }
    #expect(Set(keys).count == keys.count, "a key is bound to two commands by default")
  }
}
