/// The element names of one page, each numbered once, with what the parser needs to know
/// about each: its kind for the extractor and its nesting rules (`HTMLElementRules`).
struct HTMLElementNames {
  struct Info {
    var name: String
    var tag: HTMLTag
    var isEmpty: Bool
    var endPriority: Int
  }

  private(set) var infos: [Info]
  /// Names up to eight bytes, packed into a number; longer ones by string.
  private var short: [UInt64: Int32]
  private var long: [String: Int32]
  /// The pairs (open element, start tag that closes it), as `open << 32 | start`.
  private var closing: Set<Int64>

  static let html: Int32 = 0
  static let head: Int32 = 1
  static let body: Int32 = 2
  static let p: Int32 = 3
  static let script: Int32 = 4
  static let style: Int32 = 5
  static let noframes: Int32 = 6
  static let frame: Int32 = 7
  static let frameset: Int32 = 8
  static let meta: Int32 = 9
  static let link: Int32 = 10
  static let title: Int32 = 11
  static let base: Int32 = 12

  /// The names every page starts with: those the rules name.
  static let known = HTMLElementNames()

  private init() {
    infos = []
    short = [:]
    long = [:]
    closing = []
    let first = [
      "html", "head", "body", "p", "script", "style", "noframes", "frame", "frameset", "meta",
      "link", "title", "base",
    ]
    for name in first { _ = add(name) }
    for (open, closers) in HTMLElementRules.closedBy {
      _ = id(of: open)
      for closer in closers { _ = id(of: closer) }
    }
    for name in HTMLElementRules.empty { _ = id(of: name) }
    var closing: Set<Int64> = []
    for (open, closers) in HTMLElementRules.closedBy {
      for closer in closers {
        closing.insert(Int64(id(of: open)) << 32 | Int64(id(of: closer)))
      }
    }
    self.closing = closing
  }

  /// True when a start tag `start` closes the open element `open` first.
  func closes(_ start: Int32, _ open: Int32) -> Bool {
    closing.contains(Int64(open) << 32 | Int64(start))
  }

  /// The number of the lower-case name in `bytes`.
  mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    if bytes.count <= 8 {
      var key: UInt64 = 0
      for byte in bytes { key = key << 8 | UInt64(byte) }
      if let known = short[key] { return known }
      return add(String(decoding: bytes, as: UTF8.self))
    }
    let name = String(decoding: bytes, as: UTF8.self)
    return long[name] ?? add(name)
  }

  private mutating func id(of name: String) -> Int32 {
    var name = name
    return name.withUTF8 { id(of: $0) }
  }

  private mutating func add(_ name: String) -> Int32 {
    let id = Int32(infos.count)
    infos.append(
      Info(
        name: name, tag: HTMLTag(name: name), isEmpty: HTMLElementRules.empty.contains(name),
        endPriority: HTMLElementRules.endPriority[name] ?? HTMLElementRules.defaultEndPriority))
    let bytes = Array(name.utf8)
    if bytes.count <= 8 {
      short[bytes.reduce(0) { $0 << 8 | UInt64($1) }] = id
    } else {
      long[name] = id
    }
    return id
  }
}
