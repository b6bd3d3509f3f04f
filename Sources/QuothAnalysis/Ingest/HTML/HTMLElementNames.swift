/// The element names of one page, each numbered once, with what the parser needs to know
/// about each: its kind for the extractor and its nesting rules (`HTMLElementRules`).
/// Names are looked up by their bytes packed into a number (no String is made for a name
/// already seen), in an open-addressed table.
struct HTMLElementNames {
  struct Info {
    var name: String
    var tag: HTMLTag
    var isEmpty: Bool
    var endPriority: Int
  }

  private(set) var infos: [Info]
  /// Names up to eight bytes packed into a number (`HTMLElementNames.key`), in a table of
  /// a power-of-two size (0: an empty slot; no name packs to 0).
  private var keys: [UInt64]
  private var ids: [Int32]
  /// Longer names by string.
  private var long: [String: Int32]
  /// The names the nesting rules name are numbered first, `0..<ruled`; for those,
  /// `closing[open * ruled + start]` tells whether start tag `start` closes `open`.
  private var ruled: Int
  private var closing: [Bool]

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
    keys = Array(repeating: 0, count: 256)
    ids = Array(repeating: -1, count: 256)
    long = [:]
    ruled = 0
    closing = []
    let first = [
      "html", "head", "body", "p", "script", "style", "noframes", "frame", "frameset", "meta",
      "link", "title", "base",
    ]
    for name in first { _ = id(of: name) }
    for (open, closers) in HTMLElementRules.closedBy.sorted(by: { $0.key < $1.key }) {
      _ = id(of: open)
      for closer in closers { _ = id(of: closer) }
    }
    for name in HTMLElementRules.empty.sorted() { _ = id(of: name) }
    let ruled = infos.count
    var closing = Array(repeating: false, count: ruled * ruled)
    for (open, closers) in HTMLElementRules.closedBy {
      for closer in closers {
        closing[Int(id(of: open)) * ruled + Int(id(of: closer))] = true
      }
    }
    self.ruled = ruled
    self.closing = closing
  }

  /// True when a start tag `start` closes the open element `open` first.
  func closes(_ start: Int32, _ open: Int32) -> Bool {
    start < ruled && open < ruled && closing[Int(open) * ruled + Int(start)]
  }

  /// The bytes of a name of one to eight bytes packed into a number, first byte highest.
  static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var key: UInt64 = 0
    for byte in bytes { key = key << 8 | UInt64(byte) }
    return key
  }

  /// The number of the lower-case name of one to eight bytes packed in `key`.
  mutating func id(key: UInt64, length: Int) -> Int32 {
    var slot = Self.slot(of: key, in: keys.count)
    while keys[slot] != 0 {
      if keys[slot] == key { return ids[slot] }
      slot = (slot + 1) & (keys.count - 1)
    }
    var bytes: [UInt8] = []
    for shift in stride(from: (length - 1) * 8, through: 0, by: -8) {
      bytes.append(UInt8(truncatingIfNeeded: key >> UInt64(shift)))
    }
    return add(String(decoding: bytes, as: UTF8.self), key: key)
  }

  /// The number of the lower-case name in `bytes`.
  mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    if bytes.count <= 8 { return id(key: Self.key(bytes), length: bytes.count) }
    let name = String(decoding: bytes, as: UTF8.self)
    return long[name] ?? add(name, key: nil)
  }

  private mutating func id(of name: String) -> Int32 {
    var name = name
    return name.withUTF8 { id(of: $0) }
  }

  private static func slot(of key: UInt64, in count: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & (count - 1)
  }

  private mutating func add(_ name: String, key: UInt64?) -> Int32 {
    let id = Int32(infos.count)
    infos.append(
      Info(
        name: name, tag: HTMLTag(name: name), isEmpty: HTMLElementRules.empty.contains(name),
        endPriority: HTMLElementRules.endPriority[name] ?? HTMLElementRules.defaultEndPriority))
    guard let key else {
      long[name] = id
      return id
    }
    if (infos.count) * 2 > keys.count { grow() }
    insert(key, id)
    return id
  }

  private mutating func insert(_ key: UInt64, _ id: Int32) {
    var slot = Self.slot(of: key, in: keys.count)
    while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
    keys[slot] = key
    ids[slot] = id
  }

  private mutating func grow() {
    let old = zip(keys, ids).filter { $0.0 != 0 }
    keys = Array(repeating: 0, count: keys.count * 2)
    ids = Array(repeating: -1, count: ids.count * 2)
    for (key, id) in old { insert(key, id) }
  }
}
