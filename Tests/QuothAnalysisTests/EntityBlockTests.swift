import Testing

@testable import QuothAnalysis

/// The tagger and the gazetteer work through a paragraph in blocks of 64 tokens: their
/// results across block ends, and against the plain one-token-at-a-time definition.
@Suite struct EntityBlockTests {
  /// A token of the given word hash (what the gazetteer reads).
  func token(_ lower: UInt64) -> EntityToken {
    EntityToken(
      start: 0, end: 1, lower: lower, shape: 0, prefix: 0, suffix: 0, written: .capitalised,
      caps: .capitalised, sentenceStart: false, isWord: true)
  }

  @Test func wordsPastTheirHomeSlotAndPhrasesAreFoundInEveryBlock() {
    var gazetteer = Gazetteer(capacity: 8)
    // Three hashes with one home slot: the second and third entries sit further on.
    let home: UInt64 = 0x0000_0000_0000_0005
    let city = 0x1111_2222_0000_0000 | home
    let surname = 0x3333_4444_0000_0000 | home
    let unknown = 0x5555_6666_0000_0000 | home
    gazetteer.insert(city, bits: GazetteerEntry.place)
    gazetteer.insert(surname, bits: GazetteerEntry.lastName)
    // A phrase of two words, inserted after the table was made.
    let north: UInt64 = 0x7777_1234_0000_0042
    let harbour: UInt64 = 0x7777_5678_0000_0043
    gazetteer.insert(north, bits: GazetteerEntry.phrase)
    gazetteer.insert(
      Gazetteer.phraseHash(north, adding: harbour),
      bits: GazetteerEntry.place | GazetteerEntry.phrase)

    var tokens = (0..<150).map { _ in token(unknown) }
    for i in [0, 63, 64, 149] { tokens[i] = token(surname) }
    for i in [1, 65, 100] { tokens[i] = token(city) }
    for i in [62, 127] {
      tokens[i] = token(north)
      tokens[i + 1] = token(harbour)
    }
    gazetteer.annotate(&tokens, range: 0..<tokens.count)

    for i in [0, 64, 149] { #expect(tokens[i].gazetteer == GazetteerEntry.lastName) }
    for i in [1, 65, 100] { #expect(tokens[i].gazetteer == GazetteerEntry.place) }
    // A phrase across a block's end, and one inside a block.
    for i in [62, 63, 127, 128] { #expect(tokens[i].gazetteer == GazetteerEntry.placePhrase) }
    for i in [2, 66, 101] { #expect(tokens[i].gazetteer == 0) }
  }

  /// Labels of the plain definition: every feature's row summed for one token at a time.
  func plainLabels(_ model: EntityModel, _ document: EntityDocument) -> [UInt8] {
    var labels = [UInt8](repeating: 0, count: document.tokens.count)
    let mask = (1 << model.rowsLog2) - 1
    var features = [UInt64](repeating: 0, count: EntityFeatures.count)
    document.tokens.withUnsafeBufferPointer { tokens in
      for range in document.paragraphs {
        var (p1, p2) = (EntityLabel.outside, EntityLabel.outside)
        for i in range {
          var best = EntityLabel.outside
          if !EntityFeatures.isPlainlyOutside(tokens[i], after: p1) {
            features.withUnsafeMutableBufferPointer {
              EntityFeatures.hashes(
                tokens, i, range, previous: p1, beforeThat: p2, into: $0.baseAddress!)
            }
            var scores = [Int](repeating: 0, count: EntityLabel.count)
            for feature in features {
              let row = (Int(feature & UInt64(mask))) * EntityLabel.stride
              for label in scores.indices { scores[label] += Int(model.weights[row + label]) }
            }
            var allowed = EntityLabel.allowedAfter[p1]
            if i + 1 == range.upperBound { allowed &= EntityLabel.closing }
            var bestScore = Int.min
            for label in scores.indices
            where allowed & (1 << UInt32(label)) != 0 && scores[label] > bestScore {
              bestScore = scores[label]
              best = label
            }
          }
          labels[i] = UInt8(best)
          (p2, p1) = (p1, best)
        }
      }
    }
    return labels
  }

  @Test func theTaggerAgreesWithThePlainDefinitionOverLongParagraphs() {
    // Weights from a fixed pseudo-random sequence: labels of every kind, entities open
    // across the blocks' ends and over words that are skipped after a closed entity.
    var state: UInt64 = 0x2545_f491_4f6c_dd1d
    let weights = (0..<((1 << 10) * EntityLabel.stride)).map { _ -> Int8 in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int8(truncatingIfNeeded: Int(state >> 33) % 255 - 127)
    }
    // Very common words, passed over after a closed entity but tagged inside an open one.
    var gazetteer = Gazetteer(capacity: 16)
    for word in ["the", "of", "to", "a", "and", "in", "by", "was", "would", "after", "from"] {
      gazetteer.insert(
        EntityHash.lowerForm(word), bits: GazetteerEntry.veryCommon | GazetteerEntry.common)
    }
    let model = EntityModel(rowsLog2: 10, weights: weights, gazetteer: gazetteer)
    let sentence =
      "The ferry from Port Ellery to Caldwick was late again, and Ms. Okafor of the Harbour "
      + "Board said the new timetable would start in March, after a vote by the council. "
    let text =
      String(repeating: sentence, count: 6) + "\nShort line by Anna Ruiz.\n"
      + String(repeating: sentence, count: 2)
    let scalars = Array(text.unicodeScalars)
    var ranges: [TextRange] = []
    var start = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let length = line.unicodeScalars.count
      if length > 0 { ranges.append(TextRange(start, start + length)) }
      start += length + 1
    }
    let document = scalars.withUnsafeBufferPointer {
      EntityDocument(scalars: $0, paragraphs: ranges, gazetteer: model.gazetteer)
    }
    #expect(document.paragraphs.contains { $0.count > 128 })
    var labels = [UInt8](repeating: 0, count: document.tokens.count)
    document.tokens.withUnsafeBufferPointer { tokens in
      for range in document.paragraphs { model.tag(tokens, range: range, labels: &labels) }
    }
    let expected = plainLabels(model, document)
    #expect(labels == expected)
    // Entities are open at some token a closed label would let pass as plainly outside.
    let reopened = document.tokens.indices.dropFirst().filter { i in
      !EntityFeatures.closes(Int(expected[i - 1]))
        && EntityFeatures.isOutsideAfterClosing(document.tokens[i])
    }
    #expect(reopened.count >= 10)
  }
}
