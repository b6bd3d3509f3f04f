import Foundation

/// The lines on which a TOML file sets its keys, for messages; built in one pass, so a
/// file with thousands of keys (each reported as unknown) is not scanned once per key.
struct SourceLines {
  /// The 1-based line of each `key = …` by its full name (`keys.next-quote`), and of
  /// each table header by its name (`keys.pane`); the first one wins.
  private var lines: [String: Int] = [:]

  init(_ text: String) {
    var section: String? = nil
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("[") {
        let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
        section = name
        if lines[name] == nil { lines[name] = index + 1 }
        continue
      }
      guard let equals = line.firstIndex(of: "=") else { continue }
      var key = line[..<equals].trimmingCharacters(in: .whitespaces)
      if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
        key = String(key.dropFirst().dropLast())
      }
      let fullKey = section.map { "\($0).\(key)" } ?? key
      if lines[fullKey] == nil { lines[fullKey] = index + 1 }
    }
  }

  /// The line of `key = …` inside `[section]` (top level when `section` is nil), or of
  /// the header `[section.key]`.
  func line(ofKey key: String, section: String?) -> Int? {
    lines[section.map { "\($0).\(key)" } ?? key]
  }
}
