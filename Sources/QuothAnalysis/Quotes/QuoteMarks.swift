/// The quotation marks of English news and how each may be used.
enum QuoteMarks {
  /// Any scalar that can open or close a quotation (apostrophes included).
  static func isQuoteLike(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "`", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2018}", "\u{2019}",
      "\u{201A}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}", "\u{FF02}":
      true
    default: false
    }
  }
}
