/// Article text made safe to show on a terminal.
///
/// Text written by strangers may carry control characters and escape sequences (ESC,
/// CSI, OSC clipboard writes and links, C1 controls, BEL, backspace), bidirectional
/// overrides that reorder what is shown, and zero-width characters that hide text.
/// None of them may reach the terminal: controls are shown as a visible placeholder,
/// hiding characters are dropped, tabs expand. The analysed text is never changed
/// (offsets stay what they are); this applies only where text is shown.
public enum TerminalText {
  /// How one scalar is shown.
  public enum Form: Equatable, Sendable {
    /// As it is.
    case shown
    /// As a space: line breaks and carriage returns inside a paragraph.
    case space
    /// As spaces up to the next tab stop.
    case tab
    /// Not at all: zero-width characters, invisible formatting.
    case hidden
    /// As this visible placeholder: `^[` for ESC, `^G` for BEL, U+FFFD for C1 controls
    /// and bidirectional overrides.
    case placeholder(String)
  }

  /// Tab stops are every this many columns.
  public static let tabWidth = 8

  /// How `scalar` is shown on a terminal.
  @inline(__always)
  public static func form(of scalar: Unicode.Scalar) -> Form {
    let v = scalar.value
    if v >= 0x20 && v < 0x7F { return .shown }
    if v < 0xA0 { return control(v) }
    if v < 0x600 { return v == 0xAD ? .hidden : .shown }
    if v < 0x2000 { return isFormat(scalar) ? .hidden : .shown }
    switch v {
    case 0x202A...0x202E, 0x2066...0x2069: return .placeholder("\u{FFFD}")
    case 0x200B...0x200F, 0x2060...0x2065, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB,
      0xE0000...0xE007F:
      return .hidden
    case 0x2028, 0x2029: return .space
    default: return isFormat(scalar) ? .hidden : .shown
    }
  }

  /// Invisible formatting characters (general category Cf: U+061C, U+180E, …).
  private static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .format
  }

  /// C0 controls, DEL and C1 controls.
  static func control(_ v: UInt32) -> Form {
    switch v {
    case 0x09: return .tab
    case 0x0A, 0x0D: return .space
    case 0x00..<0x20: return .placeholder("^" + String(Unicode.Scalar(UInt8(v + 0x40))))
    case 0x7F: return .placeholder("^?")
    default: return .placeholder("\u{FFFD}")  // C1: U+0080–U+009F
    }
  }

  /// `text` safe to print with its line breaks kept: each line `sanitized`. For
  /// messages, names and everything else from outside that quoth prints.
  public static func sanitizedLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { sanitized(String($0)) }.joined(separator: "\n")
  }

  /// `text` on one line, safe to print: controls replaced by placeholders, hiding
  /// characters dropped, line breaks as spaces, tabs expanded (`column` is where the
  /// text starts, counted in scalars).
  public static func sanitized(_ text: String, column: Int = 0) -> String {
    var out = String.UnicodeScalarView()
    var column = column
    for scalar in text.unicodeScalars {
      switch form(of: scalar) {
      case .shown:
        out.append(scalar)
        column += 1
      case .space:
        out.append(" ")
        column += 1
      case .tab:
        let spaces = tabWidth - column % tabWidth
        out.append(contentsOf: repeatElement(" ", count: spaces))
        column += spaces
      case .hidden: break
      case .placeholder(let shown):
        out.append(contentsOf: shown.unicodeScalars)
        column += shown.unicodeScalars.count
      }
    }
    return String(out)
  }
}
