/// newsboat's `urls` file: one feed per line, its address first, then tags; `#` starts
/// a comment; a tag `~Name` renames the feed. Query feeds (`query:`) and feeds made by a
/// command (`exec:`, `filter:`) are skipped and reported: quoth runs no commands.
public enum NewsboatURLs {
  public static func parse(_ text: String) -> (subscriptions: [Subscription], skipped: [String]) {
    var subscriptions: [Subscription] = []
    var skipped: [String] = []
    for line in text.split(whereSeparator: \.isNewline) {
      let words = words(of: String(line))
      guard let address = words.first else { continue }
      guard Fetcher.isWebAddress(address) else {
        skipped.append(address)
        continue
      }
      let rename = words.dropFirst().first { $0.hasPrefix("~") }.map { String($0.dropFirst()) }
      subscriptions.append(Subscription(url: address, title: rename))
    }
    return (subscriptions, skipped)
  }

  /// The line's words, a word in double quotes kept whole; a `#` word ends the line.
  private static func words(of line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var hasWord = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        hasWord = true
      } else if character.isWhitespace && !quoted {
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      } else if character == "#" && !quoted && !hasWord {
        break
      } else {
        current.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(current) }
    return words
  }
}
