/// A small JSON writer that keeps keys in the order they are written
/// (Foundation's encoder on Linux does not) and writes nulls explicitly.
struct JSONWriter {
  private(set) var output = ""
  private var needsComma = [false]

  /// Hands over what is written so far and starts an empty output, keeping the
  /// writer's place (for writing a long document out in pieces).
  mutating func takeOutput() -> String {
    defer { output = "" }
    return output
  }

  mutating func beginObject() {
    value("{")
    needsComma.append(false)
  }
  mutating func endObject() {
    needsComma.removeLast()
    output += "}"
  }
  mutating func beginArray() {
    value("[")
    needsComma.append(false)
  }
  mutating func endArray() {
    needsComma.removeLast()
    output += "]"
  }

  mutating func key(_ name: String) {
    separate()
    writeString(name)
    output += ":"
    needsComma[needsComma.count - 1] = false
  }

  mutating func string(_ text: String?) {
    guard let text else { return null() }
    separate()
    writeString(text)
  }

  mutating func int(_ number: Int?) {
    guard let number else { return null() }
    value(String(number))
  }

  mutating func bool(_ flag: Bool) { value(flag ? "true" : "false") }

  /// A number with up to two decimals ("0.87", "1").
  mutating func number(_ number: Double?) {
    guard let number, number.isFinite else { return null() }
    let hundredths = Int((number * 100).rounded())
    let fraction = abs(hundredths % 100)
    let whole = "\(hundredths < 0 && hundredths > -100 ? "-" : "")\(hundredths / 100)"
    switch fraction {
    case 0: value(whole)
    case let f where f % 10 == 0: value("\(whole).\(f / 10)")
    default: value("\(whole).\(fraction < 10 ? "0" : "")\(fraction)")
    }
  }

  mutating func null() { value("null") }

  private mutating func value(_ raw: String) {
    separate()
    output += raw
  }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { output += "," }
    needsComma[needsComma.count - 1] = true
  }

  private mutating func writeString(_ text: String) {
    output += "\""
    if !JSONWriter.needsEscaping(text) {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || JSONWriter.escapedAbove(scalar.value):
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// Scalars from DEL up written as `\uXXXX`: DEL, C1 controls, U+2028/U+2029, and the
  /// bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), so that
  /// JSON on a terminal cannot reorder or act on what is shown (the value is unchanged).
  static func escapedAbove(_ value: UInt32) -> Bool {
    switch value {
    case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether a string holds anything `writeString` escapes: a quote, a backslash, a C0
  /// control, or a scalar `escapedAbove` names (read from the UTF-8, without decoding).
  private static func needsEscaping(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      switch byte {
      case 0..<0x20, 0x22, 0x5C, 0x7F: return true
      case 0xC2:
        if let next = bytes.next(), (0x80...0x9F).contains(next) { return true }
      case 0xD8:
        if bytes.next() == 0x9C { return true }
      case 0xE2:
        switch (bytes.next(), bytes.next()) {
        case (0x80, let last?) where [0x8E, 0x8F].contains(last) || (0xA8...0xAE).contains(last):
          return true
        case (0x81, let last?) where (0xA6...0xA9).contains(last): return true
        default: break
        }
      default: break
      }
    }
    return false
  }
}
