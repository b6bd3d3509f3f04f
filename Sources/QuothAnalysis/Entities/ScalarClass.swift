/// Fast classification of Unicode scalars for the entity tokenizer, with an ASCII fast path.
enum ScalarClass {
  static let space: UInt8 = 0
  static let lower: UInt8 = 1
  static let upper: UInt8 = 2
  static let otherLetter: UInt8 = 3
  static let digit: UInt8 = 4
  static let apostrophe: UInt8 = 5
  static let hyphen: UInt8 = 6
  static let period: UInt8 = 7
  static let punctuation: UInt8 = 8

  @inline(__always) static func of(_ value: UInt32) -> UInt8 {
    guard value < 128 else { return nonASCII(value) }
    switch value {
    case 0x61...0x7a: return lower
    case 0x41...0x5a: return upper
    case 0x30...0x39: return digit
    case 0x20, 0x09...0x0d: return space
    case 0x27: return apostrophe
    case 0x2d: return hyphen
    case 0x2e: return period
    default: return punctuation
    }
  }

  @inline(never)
  private static func nonASCII(_ value: UInt32) -> UInt8 {
    switch value {
    case 0x2019, 0x02bc: return apostrophe
    case 0x2010, 0x2011: return hyphen
    case 0xa0, 0x2000...0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff: return space
    case 0x2012...0x2018, 0x201a...0x206f: return punctuation
    default: break
    }
    guard let scalar = Unicode.Scalar(value) else { return punctuation }
    let properties = scalar.properties
    if properties.isAlphabetic {
      if properties.isUppercase { return upper }
      if properties.isLowercase { return lower }
      return otherLetter
    }
    if properties.numericType == .decimal { return digit }
    if properties.isWhitespace { return space }
    return punctuation
  }

  /// What a word's loop needs of a scalar, packed: its lower-case form (bits 0–31), its
  /// mark in a word's shape (`ShapeHasher.mark`, bits 32–55) and its class (bits 56–63),
  /// apostrophes normalised.
  @inline(__always) static func info(_ value: UInt32, ascii: UnsafeBufferPointer<UInt64>) -> UInt64
  {
    value < 128 ? ascii[Int(value)] : info(beyondASCII: value)
  }

  /// `info` of every ASCII scalar, by value.
  static let asciiInfo: [UInt64] = (0..<128).map { info(beyondASCII: UInt32($0)) }

  /// `info` worked out (for any scalar; called for those beyond ASCII).
  @inline(never)
  private static func info(beyondASCII value: UInt32) -> UInt64 {
    let raw = normalised(value)
    let cls = of(raw)
    return UInt64(lowered(raw)) | UInt64(ShapeHasher.mark(raw, cls)) << 32 | UInt64(cls) << 56
  }

  @inline(__always) static func infoLowered(_ info: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: info)
  }

  @inline(__always) static func infoMark(_ info: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: info >> 32) & 0xff_ffff
  }

  @inline(__always) static func infoClass(_ info: UInt64) -> UInt8 {
    UInt8(truncatingIfNeeded: info >> 56)
  }

  @inline(__always) static func isWordScalar(_ cls: UInt8) -> Bool {
    cls >= lower && cls <= digit
  }

  @inline(__always) static func isLetter(_ cls: UInt8) -> Bool {
    cls >= lower && cls <= otherLetter
  }

  /// Apostrophe variants read as one; everything else unchanged.
  @inline(__always) static func normalised(_ value: UInt32) -> UInt32 {
    value == 0x2019 || value == 0x02bc ? 0x27 : value
  }

  /// The lower-case form of a scalar value (the first scalar of its lower-case mapping).
  @inline(__always) static func lowered(_ value: UInt32) -> UInt32 {
    if value < 128 {
      return value >= 0x41 && value <= 0x5a ? value | 0x20 : value
    }
    if value >= 0xc0 && value <= 0xde && value != 0xd7 { return value + 0x20 }
    return loweredBeyondLatin1(value)
  }

  @inline(never)
  private static func loweredBeyondLatin1(_ value: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(value), scalar.properties.isUppercase else { return value }
    return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
  }
}
