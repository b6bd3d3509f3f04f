/// Splits a paragraph of text into tokens in one pass over its scalars.
enum Tokenizer {
  static func tokens(_ scalars: [Unicode.Scalar], in range: TextRange) -> [Token] {
    scalars.withUnsafeBufferPointer { tokens($0, in: range) }
  }

  private static func tokens(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: TextRange)
    -> [Token]
  {
    var tokens: [Token] = []
    tokens.reserveCapacity(ScalarText.tokenBound(scalars, in: range.start..<range.end))
    var index = range.start
    let end = range.end
    var spaceBefore = true
    while index < end {
      let scalar = scalars[index]
      if isSpace(scalar) {
        if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = true }
        spaceBefore = true
        index += 1
        continue
      }
      let start = index
      let kind: Token.Kind
      if isWordScalar(scalar) {
        index = wordEnd(scalars, from: index, limit: end)
        kind = .word
      } else if (scalar == "`" || scalar == "'") && index + 1 < end && scalars[index + 1] == scalar
      {
        index += 2
        kind = .quoteMark
      } else if isApostropheInWord(scalars, at: index, range: range) {
        // A leading elision such as '90s or 'n': part of the word that follows.
        index = wordEnd(scalars, from: index + 1, limit: end)
        kind = .word
      } else {
        index += 1
        kind = QuoteMarks.isQuoteLike(scalar) ? .quoteMark : .punctuation
      }
      tokens.append(
        Token(
          start: start, end: index, kind: kind, spaceBefore: spaceBefore,
          spaceAfter: index >= end, isCapitalized: ScalarText.isUppercase(scalars[start]),
          first: scalars[start]))
      spaceBefore = false
    }
    return tokens
  }

  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isWhitespace(scalar) }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isLetterOrDigit(scalar) }

  @inline(__always)
  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// '90s, 'em, 'n' (as in rock 'n' roll): an apostrophe that starts a word.
  private static func isApostropheInWord(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, range: TextRange
  ) -> Bool {
    guard isApostrophe(scalars[index]) || scalars[index] == "\u{2018}", index + 1 < range.end else {
      return false
    }
    let next = scalars[index + 1]
    let previousIsSpace = index == range.start || isSpace(scalars[index - 1])
    guard previousIsSpace else { return false }
    if ("0"..."9").contains(next) {
      // '90s but not '90 percent' quoted: a year form is two digits then s or a space.
      return index + 3 < range.end && ("0"..."9").contains(scalars[index + 2])
        && (scalars[index + 3] == "s" || isSpace(scalars[index + 3]))
    }
    // 'n' and 'em as whole words.
    if next == "n" || next == "N" {
      return index + 2 < range.end && isApostrophe(scalars[index + 2])
        && (index + 3 >= range.end || isSpace(scalars[index + 3]))
    }
    if next == "e" && index + 3 < range.end && scalars[index + 2] == "m" {
      return index + 3 >= range.end || !isWordScalar(scalars[index + 3])
    }
    return false
  }

  /// Abbreviations that are written with a period and rarely end a sentence, each
  /// packed into a number (`packed`), so that a word is looked up without a string.
  private static let titleAbbreviations: Set<UInt64> = Set(
    [
      "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
      "Maj", "Adm", "Rev", "Hon", "St", "Jr", "Sr", "Mt", "Ft", "Gens", "Sens", "Reps", "Messrs",
      "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "vs", "Vs", "No", "Nos", "Supt", "Cmdr",
    ].compactMap { packed($0.unicodeScalars) })

  /// Up to eight ASCII scalars, eight bits each, in one number; nil for a longer run or
  /// one beyond ASCII.
  private static func packed<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> UInt64? {
    guard scalars.count <= 8 else { return nil }
    var key: UInt64 = 0
    for scalar in scalars {
      guard scalar.isASCII else { return nil }
      key = key << 8 | UInt64(scalar.value)
    }
    return key
  }

  private static func isTitleAbbreviation(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>)
    -> Bool
  {
    guard scalars.count <= 5, let first = scalars.first,
      ScalarText.isUppercase(first) || first == "v"
    else { return false }
    return packed(scalars).map(titleAbbreviations.contains) ?? false
  }

  /// The end of the word starting at `index`: letters and digits joined by single
  /// apostrophes, hyphens, periods of abbreviations (U.S., p.m.) and number separators.
  private static func wordEnd(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, limit: Int
  ) -> Int {
    var index = start
    while index < limit {
      let scalar = scalars[index]
      if isWordScalar(scalar) || ScalarText.isNonspacingMark(scalar) {
        index += 1
        continue
      }
      guard index + 1 < limit else { break }
      let next = scalars[index + 1]
      let joins: Bool
      switch scalar {
      case "'", "\u{2019}":
        // don't, O'Brien; not a closing mark after a word (Jones' or ...rigged').
        joins = isWordScalar(next) && !("0"..."9").contains(next) && index > start
      case "-", "\u{2011}":
        joins = isWordScalar(next)
      case ".":
        // U.S., p.m., e.g.: single letters separated by periods.
        joins =
          isWordScalar(next) && !("0"..."9").contains(next) && index - start == 1
          || (index >= 2 && scalars[index - 2] == "." && index - start >= 3 && isWordScalar(next))
      case ",", ":":
        joins = ("0"..."9").contains(next) && ("0"..."9").contains(scalars[index - 1])
      default:
        joins = false
      }
      if !joins { break }
      index += 1
    }
    // A trailing period of a dotted abbreviation (U.S.), an initial (John F. Kennedy)
    // or a title (Mr., Sen.) belongs to it.
    if index < limit && scalars[index] == "." {
      let dotted = index - start >= 3 && scalars[index - 2] == "."
      let initial = index - start == 1 && ScalarText.isUppercase(scalars[start])
      if dotted || initial || isTitleAbbreviation(scalars[start..<index]) { index += 1 }
    }
    return index
  }
}
