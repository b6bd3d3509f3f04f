/// Fast character tests and conversions on Unicode scalars, with an ASCII fast path
/// (the Unicode property tables are slow for the common case).
enum ScalarText {
  /// The scalars of a string, decoded straight from its UTF-8.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { result.append(scalar) }
    return result
  }

  /// The most tokens `range` of `scalars` can split into, for reserving token arrays
  /// once: every token starts at a scalar that is not a space, so the scalars that are
  /// not ASCII spaces bound it. Text of one-character tokens (a page of `&`) then grows
  /// no array by doubling, whose old and new buffers together held twice the tokens.
  static func tokenBound<Scalars: RandomAccessCollection<Unicode.Scalar>>(
    _ scalars: Scalars, in range: Range<Int>
  ) -> Int where Scalars.Index == Int {
    var spaces = 0
    for scalar in scalars[range] {
      let value = scalar.value
      if value == 0x20 || (0x09...0x0D).contains(value) { spaces += 1 }
    }
    return range.count - spaces
  }

  @inline(__always)
  static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        || (0x30...0x39).contains(value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x41...0x5A).contains(value) }
    return scalar.properties.isUppercase
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x61...0x7A).contains(value) }
    return scalar.properties.isLowercase
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return scalar.properties.isWhitespace
  }

  /// A string of scalars, encoded straight to UTF-8.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count + 8)
    for scalar in scalars {
      if scalar.value < 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      } else {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
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
    var text = String(String.UnicodeScalarView(scalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    text = text.lowercased()
    return text
  }
}
