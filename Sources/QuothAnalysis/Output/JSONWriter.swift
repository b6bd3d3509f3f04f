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
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
        || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  /// Whether a string holds anything `writeString` escapes: a quote, a backslash, a C0 or
  /// C1 control, DEL, or U+2028/U+2029 (read from the UTF-8, without decoding).
  private static func needsEscaping(_ text: String) -> Bool {
    var bytes = text.utf8.makeIterator()
    while let byte = bytes.next() {
      switch byte {
      case 0..<0x20, 0x22, 0x5C, 0x7F: return true
      case 0xC2:
        if let next = bytes.next(), (0x80...0x9F).contains(next) { return true }
      case 0xE2:
        if bytes.next() == 0x80, let last = bytes.next(), last == 0xA8 || last == 0xA9 {
          return true
        }
      default: break
      }
    }
    return false
  }
}
