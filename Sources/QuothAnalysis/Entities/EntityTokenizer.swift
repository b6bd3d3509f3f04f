/// Splits paragraphs into the tokens the entity recogniser tags.
///
/// Keeps together what news writes as one name part: hyphens and apostrophes inside
/// words (al-Assad, O’Malley), initials (U.S., G.K.), abbreviations with their period
/// (Mr., Sen., Wis.). Splits off possessives (Okonkwo’s → Okonkwo + ’s).
package enum EntityTokenizer {
  /// The abbreviations that keep their period (`Abbreviations`), as hashes of their
  /// lower-case forms: those that do in any case, and those that do only capitalised.
  static let abbreviations = WordSet(Array(Abbreviations.anyCase))
  static let capitalisedAbbreviations = WordSet(Array(Abbreviations.capitalisedOnly))

  /// Appends the tokens of `range` of `scalars` to `tokens`.
  package static func tokenize(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>,
    into tokens: inout [EntityToken]
  ) {
    ScalarClass.asciiInfo.withUnsafeBufferPointer { info in
      tokenize(scalars, range: range, info: info, into: &tokens)
    }
  }

  /// `tokenize` with `ScalarClass.asciiInfo` at hand.
  private static func tokenize(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>,
    info: UnsafeBufferPointer<UInt64>, into tokens: inout [EntityToken]
  ) {
    let end = range.upperBound
    var i = range.lowerBound
    var atSentenceStart = true
    while i < end {
      let value = scalars[i].value
      let cls = ScalarClass.of(value)
      if cls == ScalarClass.space {
        i += 1
        continue
      }
      if ScalarClass.isWordScalar(cls) {
        var j = wordEnd(scalars, from: i, end: end, info: info)
        if j < end && scalars[j].value == 0x2e && keepsPeriod(scalars, i, j) { j += 1 }
        tokens.append(word(scalars, i, j, sentenceStart: atSentenceStart, info: info))
        atSentenceStart = false
        i = j
        continue
      }
      if cls == ScalarClass.apostrophe && i + 1 < end && isPossessiveS(scalars, i + 1, end) {
        tokens.append(word(scalars, i, i + 2, sentenceStart: false, info: info))
        i += 2
        continue
      }
      tokens.append(punctuation(scalars, i))
      if value == 0x2e || value == 0x21 || value == 0x3f || value == 0x2026 {
        atSentenceStart = true
      }
      i += 1
    }
  }

  /// The end of the word starting at `start`.
  @inline(__always)
  private static func wordEnd(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int,
    info: UnsafeBufferPointer<UInt64>
  ) -> Int {
    // The class of an ASCII scalar from the table (the same as `ScalarClass.of`).
    @inline(__always) func classOf(_ value: UInt32) -> UInt8 {
      value < 128 ? ScalarClass.infoClass(info[Int(value)]) : ScalarClass.of(value)
    }
    var j = start + 1
    var segmentStart = start
    while j < end {
      let cls = classOf(s[j].value)
      if ScalarClass.isWordScalar(cls) {
        j += 1
        continue
      }
      guard j + 1 < end else { break }
      let next = classOf(s[j + 1].value)
      guard ScalarClass.isWordScalar(next) else { break }
      let previous = classOf(s[j - 1].value)
      switch cls {
      case ScalarClass.hyphen:
        // A party and a state in parentheses are two words: "(D-N.C.)" → "D", "-", "N.C.".
        if isPartyLetter(s, start, j) { return j }
      case ScalarClass.apostrophe:
        if isPossessiveS(s, j + 1, end) { return j }
      case ScalarClass.period:
        // Initials (U.S, G.K) and decimals (3.5): a one-letter segment or digits either side.
        let oneLetter = j - segmentStart == 1 && ScalarClass.isLetter(previous)
        let decimal = previous == ScalarClass.digit && next == ScalarClass.digit
        if !(oneLetter || decimal) { return j }
      default:
        let value = s[j].value
        let inNumber = previous == ScalarClass.digit && next == ScalarClass.digit
        if !(inNumber && (value == 0x2c || value == 0x3a)) && value != 0x26 { return j }
        if value == 0x26 && !(previous == ScalarClass.upper && next == ScalarClass.upper) {
          return j
        }
      }
      j += 1
      segmentStart = j
    }
    return j
  }

  /// Whether `start..<end` is the D, R or I right after a parenthesis: "(D-".
  @inline(__always)
  private static func isPartyLetter(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int
  )
    -> Bool
  {
    guard end - start == 1, start > 0, s[start - 1] == "(" else { return false }
    return s[start] == "D" || s[start] == "R" || s[start] == "I"
  }

  /// `’s`/`'s` followed by a non-word scalar: a possessive or a contraction of "is".
  @inline(__always)
  private static func isPossessiveS(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ at: Int, _ end: Int)
    -> Bool
  {
    let v = s[at].value
    guard v == 0x73 || v == 0x53 else { return false }
    return at + 1 >= end || !ScalarClass.isWordScalar(ScalarClass.of(s[at + 1].value))
  }

  /// Whether the word `start..<periodAt` keeps the period after it: initials, one capital, abbreviations.
  private static func keepsPeriod(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ periodAt: Int
  ) -> Bool {
    let length = periodAt - start
    if length == 1 { return ScalarClass.of(s[start].value) == ScalarClass.upper }
    if length >= 3 && s[periodAt - 2].value == 0x2e { return true }  // U.S  p.m
    // The last part of a hyphenated word counts: "D-Wis."
    var from = start
    for k in start..<periodAt where ScalarClass.of(s[k].value) == ScalarClass.hyphen {
      from = k + 1
    }
    guard periodAt - from <= 5 else { return false }
    var h = EntityHash.start()
    for k in from..<periodAt { h = EntityHash.add(h, ScalarClass.lowered(s[k].value)) }
    let hash = EntityHash.finish(h)
    return abbreviations.contains(hash)
      || (ScalarClass.of(s[from].value) == ScalarClass.upper
        && capitalisedAbbreviations.contains(hash))
  }

  private static func punctuation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> EntityToken
  {
    let v = ScalarClass.normalised(s[i].value)
    let h = EntityHash.finish(EntityHash.add(EntityHash.start(), v))
    return EntityToken(
      start: Int32(i), end: Int32(i + 1), lower: h, shape: h, prefix: UInt64(v), suffix: UInt64(v),
      written: .none, caps: .none, sentenceStart: false, isWord: false)
  }

  @inline(__always)
  private static func word(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, sentenceStart: Bool,
    info: UnsafeBufferPointer<UInt64>
  ) -> EntityToken {
    var lower = EntityHash.start()
    var suffix: UInt64 = 0
    var prefix: UInt64 = 0
    var uppers = 0
    var firstLetter: UInt8 = 0
    // The classes of the scalars after the first, one bit each.
    var restClasses: UInt32 = 0
    for k in start..<end {
      let scalar = ScalarClass.info(s[k].value, ascii: info)
      let cls = ScalarClass.infoClass(scalar)
      let low = ScalarClass.infoLowered(scalar)
      uppers &+= cls == ScalarClass.upper ? 1 : 0
      restClasses |= k == start ? 0 : 1 &<< UInt32(cls)
      if firstLetter == 0 && ScalarClass.isLetter(cls) { firstLetter = cls }
      lower = EntityHash.add(lower, low)
      suffix = (suffix << 16) | UInt64(low & 0xffff)
      if k &- start < 4 { prefix |= UInt64(low & 0xffff) << (16 &* UInt64(k &- start)) }
    }
    let firstClass = ScalarClass.infoClass(ScalarClass.info(s[start].value, ascii: info))
    let classes = restClasses | 1 &<< UInt32(firstClass)
    let small: UInt32 = 1 << ScalarClass.lower | 1 << ScalarClass.otherLetter
    // Most words are small letters, a capital and small letters, capitals or digits: their
    // shape is two or three marks (runs are cut at two), known without a second loop.
    var shape = ShapeHasher()
    var first: UInt32 = 0
    var rest: UInt32 = 0
    if classes & ~small == 0 {
      (first, rest) = (0x78, 0x78)
    } else if classes == 1 << ScalarClass.upper {
      (first, rest) = (0x58, 0x58)
    } else if classes == 1 << ScalarClass.digit {
      (first, rest) = (0x64, 0x64)
    } else if firstClass == ScalarClass.upper && restClasses & ~small == 0 {
      (first, rest) = (0x58, 0x78)
    }
    let length = end - start
    if first != 0 {
      shape.add(mark: first)
      if length >= 2 { shape.add(mark: rest) }
      if length >= 3 { shape.add(mark: rest) }
    } else {
      for k in start..<end {
        shape.add(mark: ScalarClass.infoMark(ScalarClass.info(s[k].value, ascii: info)))
      }
    }
    let caps: Capitalization
    if firstLetter == 0 {
      caps = .none
    } else if firstLetter != ScalarClass.upper {
      caps = .lower
    } else if classes & 1 << ScalarClass.lower != 0 {
      caps = .capitalised
    } else {
      caps = uppers == 1 ? .single : .allCaps
    }
    return EntityToken(
      start: Int32(start), end: Int32(end), lower: EntityHash.finish(lower),
      shape: shape.hash, prefix: prefix, suffix: suffix, written: caps,
      caps: caps, sentenceStart: sentenceStart,
      isWord: true)
  }

  /// The hash of a word's shape: X for capitals, x for small letters, d for digits, other
  /// scalars as they are; runs longer than two are cut to two. `forced` re-cases the
  /// letters first (`.lower`: all small; `.capitalised`: first capital, rest small).
  package static func shapeHash(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, forced: Capitalization
  ) -> UInt64 {
    var shape = ShapeHasher()
    for k in start..<end {
      let raw = ScalarClass.normalised(s[k].value)
      shape.add(raw, ScalarClass.of(raw), forced: forced)
    }
    return shape.hash
  }
}

/// Builds a shape hash scalar by scalar (see `EntityTokenizer.shapeHash`).
struct ShapeHasher {
  private var h = EntityHash.start()
  private var previous: UInt32 = 0
  private var run = 0
  private var seenLetter = false

  /// The mark of a scalar as written: X for a capital, x for another letter, d for a digit,
  /// else the scalar itself.
  @inline(__always) static func mark(_ raw: UInt32, _ cls: UInt8) -> UInt32 {
    switch cls {
    case ScalarClass.upper: 0x58
    case ScalarClass.lower, ScalarClass.otherLetter: 0x78
    case ScalarClass.digit: 0x64
    default: raw
    }
  }

  @inline(__always) mutating func add(_ raw: UInt32, _ cls: UInt8, forced: Capitalization) {
    var mark = ShapeHasher.mark(raw, cls)
    if ScalarClass.isLetter(cls) {
      if forced == .lower || (forced == .capitalised && seenLetter) { mark = 0x78 }
      if forced == .capitalised && !seenLetter { mark = 0x58 }
      seenLetter = true
    }
    add(mark: mark)
  }

  /// Adds a scalar's mark as written (`forced: .none`).
  @inline(__always) mutating func add(mark: UInt32) {
    if mark == previous {
      run += 1
      if run > 2 { return }
    } else {
      run = 1
      previous = mark
    }
    h = EntityHash.add(h, mark)
  }

  var hash: UInt64 { EntityHash.finish(h) }

}
