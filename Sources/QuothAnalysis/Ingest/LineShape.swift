/// What a paragraph looks like from the outside: length, ending, capitalisation.
/// Ingest uses it to tell headlines, headings and site furniture from body text.
struct LineShape {
  var wordCount = 0
  var capitalisedLongWords = 0
  var longWords = 0
  var lastScalar: Unicode.Scalar = " "
  var hasQuoteMark = false
  var lowercased = ""
  var endsWithThreeDots = false

  /// The shape of a paragraph of `count` scalars (counted when not given). Unless
  /// `fully`, a paragraph longer than a heading or a teaser is only looked at at its ends.
  init<C: BidirectionalCollection>(_ scalars: C, count: Int? = nil, fully: Bool = true)
  where C.Element == Unicode.Scalar {
    let count = count ?? scalars.count
    // A long paragraph is body text: only its ends matter (teasers end in "…").
    if count > Self.longestRead(fully: fully) {
      wordCount = count / 5
      longWords = wordCount
      if let last = scalars.reversed().first(where: { !ScalarText.isWhitespace($0) }) {
        lastScalar = last
      }
      return
    }
    var inWord = false
    var wordLength = 0
    var wordCapitalised = false
    func endWord(_ shape: inout LineShape) {
      if wordLength >= 4 {
        shape.longWords += 1
        if wordCapitalised { shape.capitalisedLongWords += 1 }
      }
    }
    for scalar in scalars {
      let isLetter = ScalarText.isLetterOrDigit(scalar)
      if isLetter {
        if !inWord {
          inWord = true
          wordCount += 1
          wordLength = 0
          wordCapitalised = ScalarText.isUppercase(scalar) || ("0"..."9").contains(scalar)
        }
        wordLength += 1
      } else if inWord && scalar != "'" && scalar != "\u{2019}" && scalar != "-" {
        inWord = false
        endWord(&self)
      }
      if QuoteMarks.isQuoteLike(scalar) { hasQuoteMark = true }
    }
    if inWord { endWord(&self) }
    if let last = scalars.reversed().first(where: { !ScalarText.isWhitespace($0) }) {
      lastScalar = last
    }
    endsWithThreeDots = scalars.reversed().prefix(3).allSatisfy { $0 == "." } && count >= 3
    if wordCount <= 12 {
      lowercased = Self.lowercase(scalars)
    }
  }

  /// The longest paragraph read scalar by scalar; a longer one is only looked at at its ends.
  static func longestRead(fully: Bool) -> Int { fully ? 200 : 120 }

  /// The lower-case form of the scalars: ASCII lowered byte by byte, anything else by
  /// `String.lowercased()`.
  private static func lowercase<C: Collection>(_ scalars: C) -> String
  where C.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars {
      guard scalar.isASCII else {
        return ScalarText.lowercasedBeyondASCII(scalars)
      }
      let byte = UInt8(truncatingIfNeeded: scalar.value)
      bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  var endsLikeSentence: Bool {
    ".!?:;\"\u{201D}\u{2019}\u{2026})»".unicodeScalars.contains(lastScalar)
  }

  /// A short line between paragraphs that does not end like a sentence.
  var readsAsHeading: Bool {
    wordCount > 0 && wordCount <= 10 && !endsLikeSentence && !hasQuoteMark
      && !isFurniture && lastScalar != ","
  }

  /// A first line that reads as a headline: short, and either in title case or not
  /// ending like a sentence.
  var readsAsHeadline: Bool {
    guard wordCount > 0 && wordCount <= 25 else { return false }
    let titleCase = longWords > 0 && capitalisedLongWords * 5 >= longWords * 4
    return titleCase || (!endsLikeSentence && wordCount <= 15)
  }

  /// A teaser for another story: cut off with an ellipsis.
  var isTeaser: Bool { lastScalar == "\u{2026}" || endsWithThreeDots }

  /// Credits, share prompts and other site furniture.
  var isFurniture: Bool {
    guard !lowercased.isEmpty else { return false }
    return Self.furniturePrefixes.contains { lowercased.hasPrefix($0) }
  }

  private static let furniturePrefixes = [
    "read more", "related:", "related articles", "more from", "advertisement", "share this",
    "share on", "follow us", "sign up", "subscribe", "photo:", "photo credit", "image:",
    "credit:", "©", "copyright", "all rights reserved", "click here", "getty images",
    "recommended", "you may also like", "comments", "tags:", "filed under",
  ]
}
