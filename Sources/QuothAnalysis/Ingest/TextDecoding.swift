import Foundation

/// The result of turning raw bytes into text.
public struct DecodedText: Sendable {
  public var text: String
  /// How many invalid sequences (bytes undefined in the encoding) were replaced by U+FFFD.
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

  /// Decodes `bytes` from the encoding named `encoding` (an iconv name such as
  /// `WINDOWS-1252` or `ISO-8859-2`) into UTF-8 bytes. A byte or sequence the encoding
  /// does not define (0x81 in Windows-1252) becomes U+FFFD and is counted: the text
  /// after it is never lost. Nil when the system does not know the encoding.
  public static func utf8Bytes(_ bytes: [UInt8], from encoding: String) -> (
    bytes: [UInt8], replacedSequences: Int
  )? {
    let converter = iconv_open("UTF-8", encoding)
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 4)
    var replaced = 0
    // What an invalid sequence skips: one code unit.
    let name = encoding.uppercased()
    let unit =
      name.hasPrefix("UTF-16") || name.hasPrefix("UCS-2")
      ? 2 : name.hasPrefix("UTF-32") || name.hasPrefix("UCS-4") ? 4 : 1
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    bytes.withUnsafeBufferPointer { input in
      guard let base = input.baseAddress else { return }
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = input.count
      while inLeft > 0 {
        let (result, failure, produced) = chunk.withUnsafeMutableBufferPointer { out in
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = out.count
          let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
          return (result, errno, out.count - outLeft)
        }
        output.append(contentsOf: chunk[..<produced])
        if result == -1 && failure != E2BIG {
          // EILSEQ (undefined) or EINVAL (cut short at the end): one code unit becomes U+FFFD.
          output.append(contentsOf: [0xEF, 0xBF, 0xBD])
          replaced += 1
          let skipped = min(unit, inLeft)
          inPointer = inPointer.map { $0 + skipped }
          inLeft -= skipped
        }
      }
    }
    return (output, replaced)
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
