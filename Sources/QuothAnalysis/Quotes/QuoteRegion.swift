/// A stretch of text between an opening and a closing quotation mark (or the end of
/// its paragraph, when the quote runs on or is left unclosed).
struct QuoteRegion {
  /// Index into `TextDocument.blocks`.
  var block: Int
  /// Token index of the opening mark.
  var openToken: Int
  /// Token index of the closing mark, or nil when the quote runs to the paragraph end.
  var closeToken: Int?
  /// Marks included.
  var range: TextRange
  /// The quote began in an earlier paragraph (the opening mark is repeated here).
  var continuesEarlierParagraph = false
  /// Token indices of the words inside.
  var innerTokens: Range<Int>
  /// Delimited by single marks (‘ ’ ' ` ‹ ›), not double ones.
  var hasSingleMarks = false

  /// Token index just after the region.
  var afterToken: Int { (closeToken ?? (innerTokens.upperBound - 1)) + 1 }
}
