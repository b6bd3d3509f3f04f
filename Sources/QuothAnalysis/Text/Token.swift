/// A word, number, quote mark or punctuation sign of an article, by scalar offsets.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    /// Letters and digits, with inner apostrophes, hyphens and abbreviation periods.
    case word
    /// A quotation mark or an apostrophe that may be one (two scalars for `` and '').
    case quoteMark
    /// Any other sign.
    case punctuation
  }

  var start: Int
  var end: Int
  var kind: Kind
  /// Whitespace (or the paragraph start) comes right before the token.
  var spaceBefore: Bool
  /// Whitespace (or the paragraph end) comes right after the token.
  var spaceAfter: Bool
  /// The first scalar is an upper-case letter.
  var isCapitalized: Bool
  /// The first scalar, for quick tests on punctuation and quote marks.
  var first: Unicode.Scalar

  var length: Int { end - start }
}
