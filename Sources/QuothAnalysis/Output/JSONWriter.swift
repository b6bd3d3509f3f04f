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
}
