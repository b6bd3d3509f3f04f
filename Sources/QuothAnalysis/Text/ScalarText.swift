/// Fast character tests and conversions on Unicode scalars, with an ASCII fast path
/// (the Unicode property tables are slow for the common case).
enum ScalarText {
  /// The scalars of a string, decoded straight from its UTF-8.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { scalars(utf8: $0) }
  }

  /// The scalars of part of a string, decoded straight from its UTF-8.
  static func scalars(of text: Substring) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { scalars(utf8: $0) }
  }

  /// The scalars of valid UTF-8 (a Swift string's bytes).
  private static func scalars(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
    [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      var index = 0
      var written = 0
      while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
          buffer[written] = Unicode.Scalar(lead)
          index += 1
        } else {
          let (value, width) = decode(bytes, at: index)
          buffer[written] = Unicode.Scalar(value).unsafelyUnwrapped
          index += width
        }
        written += 1
      }
      count = written
    }
  }

  /// The scalar value that starts at `index` of valid UTF-8, and how many bytes it takes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, width: Int
  ) {
    let lead = bytes[index]
    guard lead >= 0x80 else { return (UInt32(lead), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead & (0xFF >> (width + 1)))
    for next in 1..<width { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
    return (value, width)
  }

  /// `isWhitespace` of a scalar value (a valid one, as `decode` gives).
  @inline(__always)
  static func isWhitespace(value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return isWhitespaceBeyondASCII(Unicode.Scalar(value).unsafelyUnwrapped)
  }

  /// The most tokens `range` of `scalars` can split into, for reserving token arrays
  /// once: every token starts at a scalar that is not a space, so the scalars that are
  /// not ASCII spaces bound it. Text of one-character tokens (a page of `&`) then grows
  /// no array by doubling, whose old and new buffers together held twice the tokens.
  static func tokenBound<Scalars: RandomAccessCollection<Unicode.Scalar>>(
    _ scalars: Scalars, in range: Range<Int>
  ) -> Int where Scalars.Index == Int {
    let counted = scalars.withContiguousStorageIfAvailable { buffer in
      countASCIISpaces(
        buffer, in: range.lowerBound - scalars.startIndex..<range.upperBound - scalars.startIndex)
    }
    if let counted { return range.count - counted }
    var spaces = 0
    for scalar in scalars[range] {
      let value = scalar.value
      if value == 0x20 || (0x09...0x0D).contains(value) { spaces += 1 }
    }
    return range.count - spaces
  }

  /// The ASCII spaces (U+0020, U+0009…U+000D) in `range` of `scalars`, counted without a
  /// branch so that the loop runs several scalars at a time.
  private static func countASCIISpaces(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>
  ) -> Int {
    var spaces = 0
    for index in range {
      let value = scalars[index].value
      spaces &+= (value == 0x20 ? 1 : 0) &+ (value &- 0x09 < 5 ? 1 : 0)
    }
    return spaces
  }

  @inline(__always)
  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        || (0x30...0x39).contains(value)
    }
    return isLetterOrDigitBeyondASCII(scalar)
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x41...0x5A).contains(value) }
    return isUppercaseBeyondASCII(scalar)
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x61...0x7A).contains(value) }
    return isLowercaseBeyondASCII(scalar)
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return isWhitespaceBeyondASCII(scalar)
  }

  // The Unicode property look-ups, kept out of line: inlined, they weigh down every
  // loop that calls the tests above with metadata and optionals it needs only for
  // letters beyond ASCII.

  @inline(never)
  private static func isLetterOrDigitBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
    if isGeneralPunctuation(scalar) { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  @inline(never)
  private static func isUppercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
    !isGeneralPunctuation(scalar) && scalar.properties.isUppercase
  }

  @inline(never)
  private static func isLowercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
    !isGeneralPunctuation(scalar) && scalar.properties.isLowercase
  }

  @inline(never)
  private static func isWhitespaceBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
    // Unicode's White_Space property beyond ASCII: a fixed list, read without the tables.
    switch scalar.value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// The General Punctuation block (dashes, curly quotes, ellipsis, spaces): no letter,
  /// digit or cased scalar in it, and the commonest scalars beyond ASCII in news text.
  @inline(__always)
  private static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    (0x2000...0x206F).contains(scalar.value)
  }

  /// Whether a scalar is a combining mark (general category Mn), as an accent written
  /// after its letter.
  @inline(__always)
  static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x300 && isNonspacingMarkBeyondASCII(scalar)
  }

  @inline(never)
  private static func isNonspacingMarkBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .nonspacingMark
  }

  /// The words of a name or phrase between spaces (U+0020), empty ones left out: what
  /// `split(separator: " ")` gives, read from the UTF-8 without grapheme breaking (so a
  /// space that a combining mark follows separates too).
  static func spaceSeparated(_ text: String) -> [Substring] {
    var words: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      if bytes[index] == 0x20 {
        if start != index { words.append(text[start..<index]) }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if start != bytes.endIndex { words.append(text[start..<bytes.endIndex]) }
    return words
  }

  /// A string of scalars, encoded straight to UTF-8.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var length = 0
    for scalar in scalars { length += UTF8.width(scalar) }
    // Written in place: no buffer of bytes to copy (and none at all for a short string).
    return String(unsafeUninitializedCapacity: length) { buffer in
      var count = 0
      for scalar in scalars {
        if scalar.value < 0x80 {
          buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
          count += 1
        } else {
          for byte in UTF8.encode(scalar).unsafelyUnwrapped {
            buffer[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }

  /// The lower-case form of a run of scalars, with ’ written as '.
  static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var ascii = true
    for scalar in scalars where scalar.value >= 0x80 && scalar != "\u{2019}" {
      ascii = false
      break
    }
    if ascii {
      return String(unsafeUninitializedCapacity: scalars.count) { buffer in
        var count = 0
        for scalar in scalars {
          var value = UInt8(truncatingIfNeeded: scalar == "\u{2019}" ? 0x27 : scalar.value)
          if (0x41...0x5A).contains(value) { value += 32 }
          buffer[count] = value
          count += 1
        }
        return count
      }
    }
    return lowercasedBeyondASCII(scalars.lazy.map { $0 == "\u{2019}" ? "'" : $0 })
  }

  /// `String.lowercased()` of the scalars, which maps each scalar on its own: ASCII
  /// lowered byte by byte and the General Punctuation block (which has no case) copied,
  /// so that only other scalars beyond ASCII read Unicode's case tables.
  static func lowercasedBeyondASCII(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount * 2)
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(truncatingIfNeeded: value)
        bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
      } else if isGeneralPunctuation(scalar) {
        bytes.append(contentsOf: UTF8.encode(scalar).unsafelyUnwrapped)
      } else {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
