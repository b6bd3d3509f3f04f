/// The tokens of the paragraphs an article's entities are looked for in, with
/// gazetteer bits and capitalisation worked out.
package struct EntityDocument {
  package var tokens: [EntityToken] = []
  /// Token ranges, one per paragraph.
  package var paragraphs: [Range<Int>] = []

  package init(
    scalars: UnsafeBufferPointer<Unicode.Scalar>, paragraphs ranges: [TextRange],
    gazetteer: Gazetteer
  ) {
    // Reserved once at a bound that is never short (issue 19): grown by doubling, the old
    // and new arrays of a page of one-character tokens were both alive at the peak.
    tokens.reserveCapacity(
      ranges.reduce(0) { $0 + ScalarText.tokenBound(scalars, in: $1.start..<$1.end) })
    var headlines: [Range<Int>] = []
    for range in ranges {
      let first = tokens.count
      EntityTokenizer.tokenize(scalars, range: range.start..<range.end, into: &tokens)
      let tokenRange = first..<tokens.count
      guard !tokenRange.isEmpty else { continue }
      gazetteer.annotate(&tokens, range: tokenRange)
      if isHeadline(tokenRange) {
        for i in tokenRange { tokens[i].headline = true }
        headlines.append(tokenRange)
      } else if isUncased(tokenRange) {
        for i in tokenRange { tokens[i].uncased = true }
      }
      paragraphs.append(tokenRange)
    }
    if !headlines.isEmpty { recase(headlines, scalars) }
  }

  /// Whether the capitals of a paragraph say little: it is in capitals, or in title
  /// case (its common words of four letters or more capitalised, hardly any in lower
  /// case: a sentence with a long name in it has its verbs and nouns in lower case).
  private func isHeadline(_ range: Range<Int>) -> Bool {
    var words = 0
    var allCaps = 0
    var commonCapitalised = 0
    var lowerLong = 0
    let nameOrDate =
      GazetteerEntry.nameLike | GazetteerEntry.title | GazetteerEntry.month
      | GazetteerEntry.weekday
    for token in tokens[range] where token.written != .none {
      words += 1
      if token.written == .allCaps || token.written == .single { allCaps += 1 }
      guard token.length >= 4 && !token.sentenceStart else { continue }
      if token.written == .lower {
        lowerLong += 1
      } else if token.gazetteer & GazetteerEntry.common != 0 && token.gazetteer & nameOrDate == 0 {
        commonCapitalised += 1
      }
    }
    let isAllCaps = words >= 3 && allCaps * 5 >= words * 4
    let isTitleCase = commonCapitalised >= 2 && lowerLong * 8 <= commonCapitalised
    return isAllCaps || isTitleCase
  }

  /// Whether a paragraph is written without capitals: its first word starts in lower
  /// case, or none of its four or more words but the first of a sentence is capitalised
  /// (the pronoun "I" aside).
  private func isUncased(_ range: Range<Int>) -> Bool {
    var words = 0
    for token in tokens[range] where token.written != .none {
      if words == 0 && token.written == .lower { return true }
      words += 1
      if token.written.isCapital && !token.sentenceStart
        && !(token.written == .single && token.length == 1)
      {
        return false
      }
    }
    return words >= 4
  }

  /// In headlines, a capitalised word counts as written in lower case when the rest of
  /// the article writes it so, or, failing that, when it is a common word no gazetteer
  /// lists as a place, group or organisation (first names and surnames such as Bill or
  /// Begin are common words too); a word in capitals counts as capitalised when the rest of the
  /// article capitalises it, or when it is long and no common word.
  private mutating func recase(
    _ headlines: [Range<Int>], _ scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) {
    // How the rest of the article writes the headlines' words: (lower case, capitalised).
    var evidence = HashKeyedTable<(lower: Int, capital: Int)>()
    var filter: UInt64 = 0
    for range in headlines {
      for token in tokens[range] where token.written.isCapital {
        evidence[token.lower] = (0, 0)
        filter |= 1 << (token.lower & 63)
      }
    }
    for range in paragraphs where !tokens[range.lowerBound].headline {
      for token in tokens[range] where filter & (1 << (token.lower & 63)) != 0 {
        guard var seen = evidence[token.lower] else { continue }
        if token.written == .lower {
          seen.lower += 1
        } else if token.written.isCapital && !token.sentenceStart {
          seen.capital += 1
        }
        evidence[token.lower] = seen
      }
    }
    for range in headlines {
      for i in range where tokens[i].written.isCapital {
        let token = tokens[i]
        let seen = evidence[token.lower] ?? (0, 0)
        let bits = token.gazetteer
        let isLower: Bool
        if seen.lower != seen.capital {
          isLower = seen.lower > seen.capital
        } else {
          let veryCommon = bits & GazetteerEntry.veryCommon != 0 && bits & GazetteerEntry.place == 0
          let places =
            GazetteerEntry.place | GazetteerEntry.placePhrase | GazetteerEntry.demonym
            | GazetteerEntry.group | GazetteerEntry.orgHead
          let common = bits & GazetteerEntry.common != 0 && bits & places == 0
          isLower = veryCommon || common
        }
        if isLower {
          tokens[i].caps = .lower
          tokens[i].shape = EntityTokenizer.shapeHash(
            scalars, Int(token.start), Int(token.end), forced: .lower)
        } else if token.written == .allCaps && (token.length > 4 || seen.capital > 0) {
          tokens[i].caps = .capitalised
          tokens[i].shape = EntityTokenizer.shapeHash(
            scalars, Int(token.start), Int(token.end), forced: .capitalised)
        }
      }
    }
  }

  /// The token range of the paragraph that holds token `index`.
  func paragraph(containing index: Int) -> Range<Int>? {
    let low = paragraphs.partitionPoint { $0.upperBound > index }
    return low < paragraphs.count && paragraphs[low].contains(index) ? paragraphs[low] : nil
  }

  /// The entity spans of tagger labels: (first token, end token, type index).
  package static func spans(_ labels: [UInt8], in range: Range<Int>) -> [(Int, Int, Int)] {
    var spans: [(Int, Int, Int)] = []
    var open = -1
    for i in range {
      let label = Int(labels[i])
      guard label != EntityLabel.outside else {
        open = -1
        continue
      }
      switch EntityLabel.position(label) {
      case .unit: spans.append((i, i + 1, EntityLabel.typeIndex(label)))
      case .begin: open = i
      case .inside: break
      case .last:
        if open >= 0 { spans.append((open, i + 1, EntityLabel.typeIndex(label))) }
        open = -1
      }
    }
    return spans
  }
}
