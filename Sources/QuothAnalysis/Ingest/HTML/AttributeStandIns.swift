/// Long attribute values that libxml2 is handed as short stand-ins, since it reads
/// attribute values a character at a time: the byte 0x01 and the value's number in
/// decimal. The tree builder puts each value back as libxml2 reports the stand-in, so the
/// document is the same as if libxml2 had read the value itself. Only values libxml2
/// reports exactly as written get one: printable ASCII without character references, on
/// a page that never holds the byte 0x01 itself.
struct AttributeStandIns {
  /// The byte a stand-in starts with.
  static let mark: UInt8 = 1
  /// Values shorter than this are left for libxml2.
  static let shortest = 8
  /// The bytes of a page where its encoding is looked for: no stand-in there, so that
  /// the page declares the same encoding with and without them.
  static let untouchedPrefix = HTMLEncoding.declarationWindow

  /// The values, one after another.
  private(set) var bytes: [UInt8] = []
  /// Where each value ends in `bytes`.
  private var ends: [Int] = []

  var isEmpty: Bool { ends.isEmpty }

  /// True when libxml2 reports the value as written: printable ASCII, no `&`.
  static func isVerbatim(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    value.allSatisfy { $0 >= 0x20 && $0 <= 0x7E && $0 != UInt8(ascii: "&") }
  }

  /// Notes `value` and writes its stand-in to `output`.
  mutating func add(_ value: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(Self.mark)
    output.append(contentsOf: String(ends.count).utf8)
    bytes.append(contentsOf: value)
    ends.append(bytes.count)
  }

  /// The bytes in `bytes` of the value that `reported` (a NUL-terminated value libxml2
  /// reports) stands in for; nil when it is not a stand-in.
  func original(of reported: UnsafePointer<UInt8>) -> Range<Int>? {
    guard reported.pointee == Self.mark else { return nil }
    var number = 0
    var pointer = reported + 1
    while pointer.pointee != 0 {
      let digit = Int(pointer.pointee) - 0x30
      guard digit >= 0 && digit <= 9 && number < ends.count else { return nil }
      number = number * 10 + digit
      pointer += 1
    }
    guard pointer > reported + 1, number < ends.count else { return nil }
    return (number == 0 ? 0 : ends[number - 1])..<ends[number]
  }

  /// True when the encoding a page is read in leaves printable ASCII as it is, so that a
  /// stand-in and the value it stands for convert unchanged.
  static func survive(_ encoding: String) -> Bool {
    encoding == "UTF-8" || encoding == "WINDOWS-1252"
  }
}
