import QuothAnalysis

/// Where an entity is mentioned: its range of the article's text, its type and the
/// fullest name it stands for.
public struct EntityMention: Hashable, Sendable {
  public var start: Int
  public var end: Int
  public var type: EntityType
  public var canonical: String

  public var range: TextRange { TextRange(start, end) }
}

/// An article's entity mentions sorted by start, stored compactly: 16 bytes a mention
/// and each canonical name once, however many times the article names it.
public struct EntityTable: RandomAccessCollection, Hashable, Sendable {
  /// One mention: 32-bit offsets (texts up to 4 G characters), the canonical name's
  /// number and the type's code.
  private struct Row: Hashable, Sendable {
    var start: UInt32
    var end: UInt32
    var canonical: UInt32
    var type: UInt8
  }

  private var rows: [Row] = []
  /// The canonical names, each once; rows number them.
  private var names = NameNumbers()

  public init() {}

  /// The table of `entities`, in any order.
  public init(_ entities: [Entity]) {
    append(entities)
  }

  /// Adds the entities of a section that follows the ones added so far.
  public mutating func append(_ entities: [Entity]) {
    let sorted = entities.sorted { $0.start < $1.start }
    // A section that starts before the last one ended (only when called out of order)
    // keeps the table sorted by re-sorting everything.
    let inOrder = (sorted.first?.start ?? Int.max) >= (rows.last.map { Int($0.start) } ?? 0)
    // One section (any ordinary article): the rows take just what they need.
    if rows.isEmpty { rows.reserveCapacity(sorted.count) }
    for entity in sorted {
      rows.append(
        Row(
          start: UInt32(clamping: entity.start), end: UInt32(clamping: entity.end),
          canonical: names.number(of: entity.canonical), type: CompactCodes.code(entity.type)))
    }
    if !inOrder { rows.sort { $0.start < $1.start } }
  }

  /// Lets go of what only adding mentions needs (a folder holds thousands of tables).
  public mutating func finish() {
    names.finish()
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { rows.count }

  public subscript(position: Int) -> EntityMention {
    let row = rows[position]
    return EntityMention(
      start: Int(row.start), end: Int(row.end), type: CompactCodes.entityTypes[Int(row.type)],
      canonical: names[row.canonical])
  }

  /// Each canonical name of `type` with how often it is mentioned, in the order first
  /// mentioned.
  public func counts(of type: EntityType) -> [(canonical: String, count: Int)] {
    let code = CompactCodes.code(type)
    var counts = [Int](repeating: 0, count: names.count)
    var order: [Int] = []
    for row in rows where row.type == code {
      let name = Int(row.canonical)
      if counts[name] == 0 { order.append(name) }
      counts[name] += 1
    }
    return order.map { (names[UInt32($0)], counts[$0]) }
  }

  /// Where `canonical` is mentioned as `type`, in order.
  public func ranges(of canonical: String, type: EntityType) -> [TextRange] {
    guard let name = names.existingNumber(of: canonical) else { return [] }
    let code = CompactCodes.code(type)
    return rows.filter { $0.type == code && $0.canonical == name }.map {
      TextRange(Int($0.start), Int($0.end))
    }
  }

  /// Where mention `position` starts and ends, and its type (quicker than the whole
  /// mention).
  public func start(at position: Int) -> Int { Int(rows[position].start) }
  public func end(at position: Int) -> Int { Int(rows[position].end) }
  public func type(at position: Int) -> EntityType {
    CompactCodes.entityTypes[Int(rows[position].type)]
  }
}
