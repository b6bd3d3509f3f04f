/// The result of turning raw bytes into text.
public struct DecodedText: Sendable {
  public var text: String
  /// How many invalid UTF-8 sequences were replaced by U+FFFD.
  public var replacedSequences: Int
}

/// Decoding raw input bytes into article text.
public enum TextDecoding {
  /// Decodes UTF-8, replacing invalid sequences with U+FFFD and counting them.
  /// A leading byte-order mark is dropped.
  public static func decodeUTF8(_ bytes: [UInt8]) -> DecodedText {
    var slice = bytes[...]
    if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
    if let valid = String(validating: slice, as: UTF8.self) {
      return DecodedText(text: valid, replacedSequences: 0)
    }
    var replaced = 0
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(slice.count)
    var decoder = UTF8()
    var iterator = slice.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break loop
      case .error:
        replaced += 1
        scalars.append("\u{FFFD}")
      }
    }
    return DecodedText(text: String(scalars), replacedSequences: replaced)
  }

  /// True when the bytes look like a binary file rather than text: a NUL byte, or
  /// many control bytes, in the first 8 KiB.
  public static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(8192)
    if head.isEmpty { return false }
    var controls = 0
    for byte in head {
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
      {
        controls += 1
      }
    }
    return controls * 10 > head.count
  }
}
