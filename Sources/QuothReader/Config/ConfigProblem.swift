import Foundation

/// Something wrong in a theme or config file, with where it is.
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var key: String?
  public var message: String

  public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  /// `config.toml:7: keys.next-quote: unknown key name "<Dwn>"`
  public var description: String {
    var out = file
    if let line { out += ":\(line)" }
    out += ": "
    if let key { out += "\(key): " }
    return out + message
  }
}

/// Finds the line on which a TOML file sets a key, for messages.
enum SourceLines {
  /// The 1-based line of `key = …` (bare or quoted) inside `[section]` (anywhere when
  /// `section` is nil), or of the header `[section.key]`.
  static func line(ofKey key: String, section: String?, in text: String) -> Int? {
    var currentSection: String? = nil
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("[") {
        currentSection = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
        // A table of its own: [section.key].
        if currentSection == (section.map { "\($0).\(key)" } ?? key) { return index + 1 }
        continue
      }
      if let section, currentSection != section { continue }
      for form in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(form) {
        let rest = line.dropFirst(form.count).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("=") { return index + 1 }
      }
    }
    return nil
  }
}
