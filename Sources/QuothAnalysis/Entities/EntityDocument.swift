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
    tokens.reserveCapacity(scalars.count / 5)
    for range in ranges {
      let first = tokens.count
      EntityTokenizer.tokenize(scalars, range: range.start..<range.end, into: &tokens)
      let tokenRange = first..<tokens.count
      guard !tokenRange.isEmpty else { continue }
      gazetteer.annotate(&tokens, range: tokenRange)
      recase(scalars, tokenRange)
      paragraphs.append(tokenRange)
    }
  }

  /// In a title-case or all-capitals paragraph, capitals say little: a capitalised
  /// common word that no gazetteer lists as a name counts as lower case.
  private mutating func recase(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>)
  {
    var words = 0
    var allCaps = 0
    var longWords = 0
    var longCapitalised = 0
    for i in range where tokens[i].isWord && tokens[i].written != .none {
      words += 1
      if tokens[i].written == .allCaps || tokens[i].written == .single { allCaps += 1 }
      if tokens[i].length >= 4 && !tokens[i].sentenceStart {
        longWords += 1
        if tokens[i].written.isCapital { longCapitalised += 1 }
      }
    }
    let isAllCaps = words >= 3 && allCaps * 5 >= words * 4
    let isTitleCase = longWords >= 3 && longCapitalised * 5 >= longWords * 4
    guard isAllCaps || isTitleCase else { return }
    for i in range where tokens[i].isWord {
      tokens[i].headline = true
      let token = tokens[i]
      guard token.written.isCapital else { continue }
      let nameLike = token.gazetteer & GazetteerEntry.nameLike != 0
      if token.gazetteer & GazetteerEntry.common != 0 && !nameLike {
        tokens[i].caps = .lower
        tokens[i].shape = EntityTokenizer.shapeHash(
          scalars, Int(token.start), Int(token.end), forced: .lower)
      } else if isAllCaps && token.written == .allCaps && token.length > 4 {
        tokens[i].caps = .capitalised
        tokens[i].shape = EntityTokenizer.shapeHash(
          scalars, Int(token.start), Int(token.end), forced: .capitalised)
      }
    }
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
