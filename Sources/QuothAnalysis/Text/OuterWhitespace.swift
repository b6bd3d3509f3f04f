import Foundation

extension String {
  /// The string without white space and line breaks at either end, as Foundation's
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it; a string that starts and
  /// ends with ASCII other than white space (most) is handed back without calling
  /// Foundation, whose trimming copies the string through `NSString`.
  var trimmedOfWhitespace: String {
    guard let first = utf8.first, let last = utf8.last,
      first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
    else { return trimmingCharacters(in: .whitespacesAndNewlines) }
    return self
  }
}
