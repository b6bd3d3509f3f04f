/// The quotation marks of English news and how each may be used: the one table that the
/// tokenizer (what is a quote mark), line shapes and the quote finder read.
enum QuoteMarks {
  /// What a mark can do.
  enum Kind {
    /// “ „ « ‟: opens a double quote (closes one only where it cannot open).
    case doubleOpening
    /// ” »: closes a double quote (opens one only where it cannot close).
    case doubleClosing
    /// " ＂: opens or closes a double quote, by the text around it.
    case doubleStraight
    /// ‘ ‹: opens a single quote (closes one only where it cannot open).
    case singleOpening
    /// ’ ›: closes a single quote, or is an apostrophe.
    case singleClosing
    /// ': a single quote, an apostrophe, or with a second one ('') a double quote.
    case singleStraight
    /// `: opens a single quote, or with a second one (``) a double quote.
    case backtick
    /// ‚: looks like a quote mark, never pairs.
    case unpaired
  }

  /// The kind of a scalar that can open or close a quotation; nil for any other.
  static func kind(of scalar: Unicode.Scalar) -> Kind? {
    switch scalar {
    case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{201F}": .doubleOpening
    case "\u{201D}", "\u{00BB}": .doubleClosing
    case "\"", "\u{FF02}": .doubleStraight
    case "\u{2018}", "\u{2039}": .singleOpening
    case "\u{2019}", "\u{203A}": .singleClosing
    case "'": .singleStraight
    case "`": .backtick
    case "\u{201A}": .unpaired
    default: nil
    }
  }

  /// Any scalar that can open or close a quotation (apostrophes included).
  static func isQuoteLike(_ scalar: Unicode.Scalar) -> Bool { kind(of: scalar) != nil }
}
