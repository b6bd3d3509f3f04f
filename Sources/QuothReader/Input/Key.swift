/// A key press, as the reader core sees it (the terminal backend translates its codes).
public enum Key: Hashable, Sendable {
  case char(Character)
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, tab, backTab, escape, backspace, delete
  case function(Int)

  /// The key's name as written in the config file, in `--keys` and on the help screen:
  /// `j`, `<Space>`, `<Down>`, `^N`, `<F1>`.
  public var name: String {
    switch self {
    case .char(" "): "<Space>"
    case .char("<"): "<lt>"
    case .char(let c): String(c)
    case .ctrl(let c): "^" + String(c).uppercased()
    case .up: "<Up>"
    case .down: "<Down>"
    case .left: "<Left>"
    case .right: "<Right>"
    case .pageUp: "<PgUp>"
    case .pageDown: "<PgDn>"
    case .home: "<Home>"
    case .end: "<End>"
    case .enter: "<Enter>"
    case .tab: "<Tab>"
    case .backTab: "<S-Tab>"
    case .escape: "<Esc>"
    case .backspace: "<BS>"
    case .delete: "<Del>"
    case .function(let n): "<F\(n)>"
    }
  }

  /// The key's name for people: `Space`, `↓`, `^N`, `F1`, `<`.
  public var label: String {
    switch self {
    case .char(" "): "Space"
    case .char(let c): String(c)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    default:
      name.hasPrefix("<") && name.hasSuffix(">") ? String(name.dropFirst().dropLast()) : name
    }
  }

  private static let named: [String: Key] = [
    "space": .char(" "), "lt": .char("<"), "gt": .char(">"), "up": .up, "down": .down,
    "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
    "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter, "cr": .enter,
    "return": .enter, "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "esc": .escape,
    "escape": .escape, "bs": .backspace, "backspace": .backspace, "del": .delete,
    "delete": .delete,
  ]

  /// Parses one key name (`j`, `<Down>`, `<C-n>`, `^N`, `<F1>`); nil when it names no key.
  public init?(name: String) {
    if name.count == 1, let c = name.first {
      self = .char(c)
      return
    }
    if name.count == 2, name.hasPrefix("^"), let c = name.last, c.isLetter || "[]\\^_@".contains(c)
    {
      self = .ctrl(Character(c.lowercased()))
      return
    }
    guard name.hasPrefix("<"), name.hasSuffix(">"), name.count > 2 else { return nil }
    let inner = String(name.dropFirst().dropLast())
    let lower = inner.lowercased()
    if let key = Key.named[lower] {
      self = key
    } else if lower.hasPrefix("c-"), lower.count == 3, let c = lower.last {
      self = .ctrl(c)
    } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .function(n)
    } else {
      return nil
    }
  }

  /// Parses a key sequence such as `JJs/Raman<Enter>`: single characters stand for
  /// themselves, `<…>` names a key, `<lt>` is `<`.
  public static func sequence(_ text: String) -> [Key] {
    var keys: [Key] = []
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if c == "<", let close = text[index...].firstIndex(of: ">"),
        let key = Key(name: String(text[index...close]))
      {
        keys.append(key)
        index = text.index(after: close)
        continue
      }
      if c == "\n" || c == "\r" {
        keys.append(.enter)
      } else if c == "\t" {
        keys.append(.tab)
      } else {
        keys.append(.char(c))
      }
      index = text.index(after: index)
    }
    return keys
  }

  /// Whether typing this key into a prompt inserts text.
  public var insertedText: Character? {
    if case .char(let c) = self { return c }
    return nil
  }
}
