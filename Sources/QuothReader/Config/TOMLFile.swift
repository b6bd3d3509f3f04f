import TOMLKit

/// Parses the TOML of config and theme files through TOMLKit, guarded: its parser
/// (toml++) stops the program with an assertion on a table header whose name starts
/// with a character no key can start with (`[[[`, `[!]`) and on a `}` where an array
/// expects a value (`[ }`), so those are reported here and never handed to it.
enum TOMLFile {
  /// The table `text` holds; a syntax error names `file` and the line.
  static func parse(_ text: String, file: String) throws(ConfigProblem) -> TOMLTable {
    if let line = badTableHeaderLine(in: text) {
      throw ConfigProblem(
        file: file, line: line, message: "a table header must start with a key name, as in [keys]")
    }
    if let line = misplacedBraceLine(in: text) {
      throw ConfigProblem(
        file: file, line: line,
        message:
          "a } where a value is expected, or a space or line break other than ASCII outside a string"
      )
    }
    do {
      return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ConfigProblem(file: file, line: error.source.begin.line, message: error.description)
    } catch {
      throw ConfigProblem(file: file, message: "\(error)")
    }
  }

  /// The 1-based line of the first table header (`[name]` or `[[name]]` at the top level)
  /// whose name starts with neither a bare key character nor a quote, or is missing (the
  /// line ends after the bracket); nil when there is none. Lines inside arrays and inline
  /// tables that span lines are skipped.
  static func badTableHeaderLine(in text: String) -> Int? {
    var depth = 0
    for (index, line) in lines(of: text).enumerated() {
      var scalars = line.drop { $0 == " " || $0 == "\t" }
      if depth == 0, scalars.first == "[" {
        scalars = scalars.dropFirst()
        let afterSpace = scalars.drop { $0 == " " || $0 == "\t" }
        if afterSpace.first == "[" {
          // `[ [` is an error toml++ reports; `[[` opens an array of tables.
          if afterSpace.count != scalars.count { continue }
          scalars = afterSpace.dropFirst().drop { $0 == " " || $0 == "\t" }
        } else {
          scalars = afterSpace
        }
        // Nothing after the bracket: toml++ would read the line break as the key's start.
        guard let first = scalars.first, first == "]" || startsKey(first) else {
          return index + 1
        }
        continue
      }
      depth = max(0, depth + bracketBalance(of: line))
    }
    return nil
  }

  /// The 1-based line of the first `}` right after a `[` or a `,` (white space, line
  /// breaks and comments aside), or of a space or line break other than ASCII (U+00A0,
  /// U+2028), outside strings; nil when there is none. Neither is valid TOML.
  static func misplacedBraceLine(in text: String) -> Int? {
    var last: Unicode.Scalar = "\n"
    for (index, line) in lines(of: text).enumerated() {
      var string = StringState()
      scan: for scalar in line {
        if string.consumes(scalar) { continue }
        switch scalar {
        case "#": break scan
        case " ", "\t", "\r": continue
        case "}" where last == "[" || last == ",": return index + 1
        case _ where scalar.value >= 0x80 && scalar.properties.isWhitespace: return index + 1
        case "\"", "'": string.open(scalar)
        default: break
        }
        last = scalar
      }
    }
    return nil
  }

  /// Whether a key can start with `scalar`: a bare key character or a quote.
  private static func startsKey(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'": true
    default: false
    }
  }

  /// The lines of `text`, split at every line feed (a CRLF too, which `String` keeps
  /// as one character).
  private static func lines(of text: String) -> [Substring.UnicodeScalarView] {
    text.unicodeScalars[...].split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// Opening minus closing brackets and braces on a line, outside strings and comments.
  private static func bracketBalance(of line: Substring.UnicodeScalarView) -> Int {
    var balance = 0
    var string = StringState()
    for scalar in line {
      if string.consumes(scalar) { continue }
      switch scalar {
      case "\"", "'": string.open(scalar)
      case "#": return balance
      case "[", "{": balance += 1
      case "]", "}": balance -= 1
      default: break
      }
    }
    return balance
  }
}

/// Where a scan of one TOML line is with respect to strings: inside a basic ("…", with
/// backslash escapes) or literal ('…') string, or outside.
private struct StringState {
  private var quote: Unicode.Scalar?
  private var escaped = false

  /// Opens a string at this quote mark.
  mutating func open(_ mark: Unicode.Scalar) { quote = mark }

  /// Whether `scalar` is inside a string (or closes one): the scan skips it.
  mutating func consumes(_ scalar: Unicode.Scalar) -> Bool {
    guard let open = quote else { return false }
    if escaped {
      escaped = false
    } else if scalar == "\\" && open == "\"" {
      escaped = true
    } else if scalar == open {
      quote = nil
    }
    return true
  }
}
