/// The tagger's features for one token: hashes of (template, value) pairs, looked up as
/// rows of the weight table. The same code serves training and tagging.
package enum EntityFeatures {
  /// Features per token.
  package static let count = 29

  static let paragraphStart: UInt64 = 0x1234_5678_9abc_def1
  static let paragraphEnd: UInt64 = 0x0fed_cba9_8765_4321

  /// Whether a token is outside any entity without asking the weights, after a label that
  /// closed its entity: punctuation, a very common lower-case word, or, where the
  /// paragraph uses capitals, a common lower-case word no gazetteer lists as a name.
  /// Training skips the same ones.
  @inline(__always)
  package static func isPlainlyOutside(_ token: EntityToken, after previous: Int) -> Bool {
    guard previous == EntityLabel.outside || (previous - 1) & 3 >= 2 else { return false }
    guard token.isWord else { return true }
    guard token.caps == .lower else { return false }
    let bits = token.gazetteer
    return bits & GazetteerEntry.veryCommon != 0
      || (!token.uncased && bits & GazetteerEntry.common != 0 && bits & nameBits == 0)
  }

  /// Gazetteer bits that make a common word worth tagging even in lower case.
  static let nameBits = GazetteerEntry.nameLike

  /// Writes the feature hashes of token `i` of `tokens[range]` to `out`, given the two
  /// previous labels.
  @inline(__always)
  package static func hashes(
    _ t: UnsafeBufferPointer<EntityToken>, _ i: Int, _ range: Range<Int>, previous p1: Int,
    beforeThat p2: Int, into out: UnsafeMutablePointer<UInt64>
  ) {
    let w = t[i]
    let hasL1 = i - 1 >= range.lowerBound
    let hasL2 = i - 2 >= range.lowerBound
    let hasR1 = i + 1 < range.upperBound
    let hasR2 = i + 2 < range.upperBound
    let lowerL1 = hasL1 ? t[i - 1].lower : paragraphStart
    let lowerL2 = hasL2 ? t[i - 2].lower : paragraphStart
    let lowerR1 = hasR1 ? t[i + 1].lower : paragraphEnd
    let lowerR2 = hasR2 ? t[i + 2].lower : paragraphEnd
    let shapeL1 = hasL1 ? t[i - 1].shape : paragraphStart
    let shapeR1 = hasR1 ? t[i + 1].shape : paragraphEnd
    // The 20,000 commonest words include many names (Bush, Musk): only the very common
    // words' bit is a feature.
    let visible = ~GazetteerEntry.common
    let gaz0 = UInt64(w.gazetteer & visible)
    let gazL1 = hasL1 ? UInt64(t[i - 1].gazetteer & visible) : 0xffff
    let gazR1 = hasR1 ? UInt64(t[i + 1].gazetteer & visible) : 0xffff
    let gazL2 = hasL2 ? UInt64(t[i - 2].gazetteer & visible) : 0xffff
    let gazR2 = hasR2 ? UInt64(t[i + 2].gazetteer & visible) : 0xffff
    let tag1 = UInt64(p1)
    let tag2 = UInt64(p2)
    let caps = UInt64(w.caps.rawValue)
    let commonness = UInt64((w.gazetteer >> 9) & 1)
    let context = (w.sentenceStart ? 1 : 0) | (caps << 2) | (commonness << 5)

    @inline(__always) func f(_ template: UInt64, _ value: UInt64) -> UInt64 {
      EntityHash.combine(template &* 0x9e37_79b9_7f4a_7c15, value)
    }
    // Case and shape say something else in a paragraph written without capitals: the
    // templates that read them are learnt apart there (`EntityToken.uncased`).
    let caseSalt: UInt64 = w.uncased ? 0x100 : 0
    out[0] = f(1 | caseSalt, 0)
    out[1] = f(2, w.lower)
    out[2] = f(3, lowerL1)
    out[3] = f(4, lowerR1)
    out[4] = f(5, lowerL2)
    out[5] = f(6, lowerR2)
    out[6] = f(7 | caseSalt, w.shape)
    out[7] = f(8 | caseSalt, shapeL1)
    out[8] = f(9 | caseSalt, shapeR1)
    out[9] = f(10, w.prefix & 0xffff_ffff_ffff)
    out[10] = f(11, w.suffix & 0xffff_ffff_ffff)
    out[11] = f(12, EntityHash.combine(lowerL1, w.lower))
    out[12] = f(13, EntityHash.combine(w.lower, lowerR1))
    out[13] = f(14, tag1)
    out[14] = f(15, tag1 | (tag2 << 8))
    out[15] = f(16, EntityHash.combine(tag1, w.lower))
    out[16] = f(17 | caseSalt, EntityHash.combine(tag1, w.shape))
    out[17] = f(18, gaz0)
    out[18] = f(19, gazL1)
    out[19] = f(20, gazR1)
    out[20] = f(21 | caseSalt, context)
    out[21] = f(22 | caseSalt, EntityHash.combine(EntityHash.combine(shapeL1, w.shape), shapeR1))
    out[22] = f(23 | caseSalt, EntityHash.combine(lowerL1, w.shape))
    out[23] = f(24 | caseSalt, EntityHash.combine(w.shape, lowerR1))
    out[24] = f(25, gaz0 | (tag1 << 16))
    out[25] = f(26 | caseSalt, context | (tag1 << 8) | (UInt64(w.gazetteer & 0xff) << 16))
    out[26] = f(27, EntityHash.combine(lowerL2, lowerL1) ^ (tag2 << 1))
    out[27] = f(28, gazL2)
    out[28] = f(29, gazR2)
  }
}
