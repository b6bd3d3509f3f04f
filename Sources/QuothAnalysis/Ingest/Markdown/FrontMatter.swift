import Foundation

/// The front matter at the top of a Markdown file: `key: value` lines between two `---`
/// lines. Read here rather than by Ink, whose reader indexes past the end of the text on
/// front matter that is never closed (a crash on an 8-byte file).
struct FrontMatter: Equatable {
  /// The values by key; a line without a colon continues the value before it.
  var values: [String: String] = [:]
  /// The Markdown after the closing `---` (all of it when there is no front matter).
  var body: Substring

  /// Splits `markdown` into its front matter and the rest. Front matter opens with a
  /// `---` line (after blank lines) and closes with the next line of three or more
  /// `-`; without a closing line there is none, and the whole text is the body.
  init(_ markdown: String) {
    body = markdown[...]
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    guard let opening = lines.popFirst(), Self.trimmed(opening) == "---" else { return }
    var values: [String: String] = [:]
    var lastKey: String?
    for line in lines {
      let text = Self.trimmed(line)
      if text.count >= 3 && text.allSatisfy({ $0 == "-" }) {
        self.values = values
        body = markdown[line.endIndex...].dropFirst()
        return
      }
      if let colon = text.firstIndex(of: ":") {
        let key = Self.trimmed(text[..<colon])
        let value = Self.trimmed(text[text.index(after: colon)...])
        if !key.isEmpty && !value.isEmpty {
          values[key] = value
          lastKey = key
        }
      } else if let lastKey, !text.isEmpty {
        values[lastKey]? += " " + text
      }
    }
  }

  private static func trimmed(_ text: Substring) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
