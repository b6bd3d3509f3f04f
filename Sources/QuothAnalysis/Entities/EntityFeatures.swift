/// The tagger's features for one token: hashes of (template, value) pairs, looked up as
/// rows of the weight table. The same code serves training and tagging.
package enum EntityFeatures {
  /// Features per token.
  package static let count = 29

  /// Features that read only the tokens, written first by `hashes`.
  package static let tokenCount = 22
  /// Features that read the two previous labels too, written after the token features.
  package static let labelCount = count - tokenCount

  static let paragraphStart: UInt64 = 0x1234_5678_9abc_def1
  static let paragraphEnd: UInt64 = 0x0fed_cba9_8765_4321

  /// Whether a token is outside any entity without asking the weights, after a label that
  /// closed its entity: punctuation, a very common lower-case word, or, where the
  /// paragraph uses capitals, a common lower-case word no gazetteer lists as a name.
  /// Training skips the same ones.
  @inline(__always)
  package static func isPlainlyOutside(_ token: EntityToken, after previous: Int) -> Bool {
    closes(previous) && isOutsideAfterClosing(token)
  }

  /// Whether a label leaves no entity open (O, L or U).
  @inline(__always) static func closes(_ label: Int) -> Bool {
    label == EntityLabel.outside || (label - 1) & 3 >= 2
  }

  /// `isPlainlyOutside` after a label that closed its entity.
  @inline(__always) static func isOutsideAfterClosing(_ token: EntityToken) -> Bool {
    guard token.isWord else { return true }
    guard token.caps == .lower else { return false }
    let bits = token.gazetteer
    return bits & GazetteerEntry.veryCommon != 0
      || (!token.uncased && bits & GazetteerEntry.common != 0 && bits & nameBits == 0)
  }

  /// Gazetteer bits that make a common word worth tagging even in lower case.
  static let nameBits = GazetteerEntry.nameLike

  /// The gazetteer bits the features see: the 20,000 commonest words include many names
  /// (Bush, Musk), so only the very common words' bit is one.
  static let visible = ~GazetteerEntry.common

  /// The template constant a feature's value is mixed with.
  @inline(__always) static func f(_ template: UInt64, _ value: UInt64) -> UInt64 {
    EntityHash.combine(template &* 0x9e37_79b9_7f4a_7c15, value)
  }

  /// Case and shape say something else in a paragraph written without capitals: the
  /// templates that read them are learnt apart there (`EntityToken.uncased`).
  @inline(__always) static func caseSalt(_ token: EntityToken) -> UInt64 {
    token.uncased ? 0x100 : 0
  }

  /// The context bits of a token: sentence start, capitalisation, commonness.
  @inline(__always) static func context(_ w: EntityToken) -> UInt64 {
    let commonness = UInt64((w.gazetteer >> 9) & 1)
    return (w.sentenceStart ? 1 : 0) | (UInt64(w.caps.rawValue) << 2) | (commonness << 5)
  }

  /// Writes all the feature hashes of token `i` of `tokens[range]` to `out` (the token
  /// features, then the label features), given the two previous labels.
  @inline(__always)
  package static func hashes(
    _ t: UnsafeBufferPointer<EntityToken>, _ i: Int, _ range: Range<Int>, previous p1: Int,
    beforeThat p2: Int, into out: UnsafeMutablePointer<UInt64>
  ) {
    tokenHashes(t, i, range, into: out)
    labelHashes(t, i, range, previous: p1, beforeThat: p2, into: out + tokenCount)
  }

  /// Writes the `tokenCount` features of token `i` that read only the tokens.
  @inline(__always)
  package static func tokenHashes(
    _ t: UnsafeBufferPointer<EntityToken>, _ i: Int, _ range: Range<Int>,
    into out: UnsafeMutablePointer<UInt64>
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
    let gaz0 = UInt64(w.gazetteer & visible)
    let gazL1 = hasL1 ? UInt64(t[i - 1].gazetteer & visible) : 0xffff
    let gazR1 = hasR1 ? UInt64(t[i + 1].gazetteer & visible) : 0xffff
    let gazL2 = hasL2 ? UInt64(t[i - 2].gazetteer & visible) : 0xffff
    let gazR2 = hasR2 ? UInt64(t[i + 2].gazetteer & visible) : 0xffff
    let salt = caseSalt(w)
    out[0] = f(1 | salt, 0)
    out[1] = f(2, w.lower)
    out[2] = f(3, lowerL1)
    out[3] = f(4, lowerR1)
    out[4] = f(5, lowerL2)
    out[5] = f(6, lowerR2)
    out[6] = f(7 | salt, w.shape)
    out[7] = f(8 | salt, shapeL1)
    out[8] = f(9 | salt, shapeR1)
    out[9] = f(10, w.prefix & 0xffff_ffff_ffff)
    out[10] = f(11, w.suffix & 0xffff_ffff_ffff)
    out[11] = f(12, EntityHash.combine(lowerL1, w.lower))
    out[12] = f(13, EntityHash.combine(w.lower, lowerR1))
    out[13] = f(18, gaz0)
    out[14] = f(19, gazL1)
    out[15] = f(20, gazR1)
    out[16] = f(21 | salt, context(w))
    out[17] = f(22 | salt, EntityHash.combine(EntityHash.combine(shapeL1, w.shape), shapeR1))
    out[18] = f(23 | salt, EntityHash.combine(lowerL1, w.shape))
    out[19] = f(24 | salt, EntityHash.combine(w.shape, lowerR1))
    out[20] = f(28, gazL2)
    out[21] = f(29, gazR2)
  }

  /// Writes the `labelCount` features of token `i` that read the two previous labels.
  @inline(__always)
  package static func labelHashes(
    _ t: UnsafeBufferPointer<EntityToken>, _ i: Int, _ range: Range<Int>, previous p1: Int,
    beforeThat p2: Int, into out: UnsafeMutablePointer<UInt64>
  ) {
    let w = t[i]
    let lowerL1 = i - 1 >= range.lowerBound ? t[i - 1].lower : paragraphStart
    let lowerL2 = i - 2 >= range.lowerBound ? t[i - 2].lower : paragraphStart
    let tag1 = UInt64(p1)
    let tag2 = UInt64(p2)
    let salt = caseSalt(w)
    out[0] = f(14, tag1)
    out[1] = f(15, tag1 | (tag2 << 8))
    out[2] = f(16, EntityHash.combine(tag1, w.lower))
    out[3] = f(17 | salt, EntityHash.combine(tag1, w.shape))
    out[4] = f(25, UInt64(w.gazetteer & visible) | (tag1 << 16))
    out[5] = f(26 | salt, context(w) | (tag1 << 8) | (UInt64(w.gazetteer & 0xff) << 16))
    out[6] = f(27, EntityHash.combine(lowerL2, lowerL1) ^ (tag2 << 1))
  }
}
