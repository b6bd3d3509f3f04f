/// What a paragraph looks like from the outside: length, ending, capitalisation.
/// Ingest uses it to tell headlines, headings and site furniture from body text.
struct LineShape {
  var wordCount = 0
  var capitalisedLongWords = 0
  var longWords = 0
  var lastScalar: Unicode.Scalar = " "
  var hasQuoteMark = false
  var endsWithThreeDots = false
  /// Credits, share prompts and other site furniture: a line of at most twelve words
  /// that opens with one of `furniturePrefixes` (in lower case).
  private(set) var isFurniture = false

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
      isFurniture = Self.opensWithFurniturePrefix(scalars)
    }
  }

  /// The longest paragraph read scalar by scalar; a longer one is only looked at at its ends.
  static func longestRead(fully: Bool) -> Int { fully ? 200 : 120 }

  /// Whether the scalars in lower case open with one of `furniturePrefixes`. ASCII is
  /// lowered byte by byte and compared only with the prefixes of its first letter;
  /// anything else is lowered by `String.lowercased()` and compared as strings.
  private static func opensWithFurniturePrefix<C: Collection>(_ scalars: C) -> Bool
  where C.Element == Unicode.Scalar {
    guard let first = scalars.first, first.isASCII else {
      return !scalars.isEmpty && hasFurniturePrefix(ScalarText.lowercasedBeyondASCII(scalars))
    }
    let firstByte = lowered(UInt8(truncatingIfNeeded: first.value))
    // The lower case of a line opening with an ASCII scalar opens with that scalar lowered.
    guard furniturePrefixBytes.contains(where: { $0.first == firstByte }) else { return false }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars {
      guard scalar.isASCII else {
        return hasFurniturePrefix(ScalarText.lowercasedBeyondASCII(scalars))
      }
      bytes.append(lowered(UInt8(truncatingIfNeeded: scalar.value)))
    }
    return furniturePrefixBytes.contains { $0.first == firstByte && bytes.starts(with: $0) }
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }

  private static func hasFurniturePrefix(_ lowercased: String) -> Bool {
    !lowercased.isEmpty && furniturePrefixes.contains { lowercased.hasPrefix($0) }
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

  private static let furniturePrefixes = [
    "read more", "related:", "related articles", "more from", "advertisement", "share this",
    "share on", "follow us", "sign up", "subscribe", "photo:", "photo credit", "image:",
    "credit:", "©", "copyright", "all rights reserved", "click here", "getty images",
    "recommended", "you may also like", "comments", "tags:", "filed under",
  ]

  /// The prefixes' UTF-8.
  private static let furniturePrefixBytes = furniturePrefixes.map { Array($0.utf8) }
}
