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

/// An article's entity mentions sorted by start, stored in columns: 13 bytes a mention
/// and each canonical name once, however many times the article names it.
public struct EntityTable: RandomAccessCollection, Hashable, Sendable {
  private var starts: [UInt32] = []
  private var ends: [UInt32] = []
  private var types: [UInt8] = []
  private var canonicals: [UInt32] = []
  /// The canonical names, each once; `canonicals` index this.
  private var names: [String] = []
  /// The number of each name, while mentions are added (`finish` lets go of it).
  private var nameNumbers: [String: UInt32] = [:]

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
    let inOrder = (sorted.first?.start ?? Int.max) >= (starts.last.map(Int.init) ?? 0)
    if starts.isEmpty {
      // One section (any ordinary article): the columns take just what they need.
      starts.reserveCapacity(sorted.count)
      ends.reserveCapacity(sorted.count)
      types.reserveCapacity(sorted.count)
      canonicals.reserveCapacity(sorted.count)
    }
    for entity in sorted {
      starts.append(UInt32(clamping: entity.start))
      ends.append(UInt32(clamping: entity.end))
      types.append(CompactCodes.code(entity.type))
      canonicals.append(number(of: entity.canonical))
    }
    if !inOrder { sortByStart() }
  }

  /// Lets go of what only adding mentions needs (a folder holds thousands of tables).
  public mutating func finish() {
    nameNumbers = [:]
  }

  private mutating func number(of name: String) -> UInt32 {
    if nameNumbers.isEmpty && !names.isEmpty {
      for (number, name) in names.enumerated() { nameNumbers[name] = UInt32(number) }
    }
    if let number = nameNumbers[name] { return number }
    let number = UInt32(names.count)
    names.append(name)
    nameNumbers[name] = number
    return number
  }

  private mutating func sortByStart() {
    let order = starts.indices.sorted { starts[$0] < starts[$1] }
    starts = order.map { starts[$0] }
    ends = order.map { ends[$0] }
    types = order.map { types[$0] }
    canonicals = order.map { canonicals[$0] }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { starts.count }

  public subscript(position: Int) -> EntityMention {
    EntityMention(
      start: Int(starts[position]), end: Int(ends[position]),
      type: CompactCodes.entityTypes[Int(types[position])],
      canonical: names[Int(canonicals[position])])
  }

  /// Each canonical name of `type` with how often it is mentioned, in the order first
  /// mentioned.
  public func counts(of type: EntityType) -> [(canonical: String, count: Int)] {
    let code = CompactCodes.code(type)
    var counts = [Int](repeating: 0, count: names.count)
    var order: [Int] = []
    for position in types.indices where types[position] == code {
      let name = Int(canonicals[position])
      if counts[name] == 0 { order.append(name) }
      counts[name] += 1
    }
    return order.map { (names[$0], counts[$0]) }
  }

  /// Where `canonical` is mentioned as `type`, in order.
  public func ranges(of canonical: String, type: EntityType) -> [TextRange] {
    guard let name = names.firstIndex(of: canonical).map(UInt32.init) else { return [] }
    let code = CompactCodes.code(type)
    return types.indices.filter { types[$0] == code && canonicals[$0] == name }.map {
      TextRange(Int(starts[$0]), Int(ends[$0]))
    }
  }

  /// Where mention `position` starts and ends (quicker than the whole mention).
  public func start(at position: Int) -> Int { Int(starts[position]) }
  public func end(at position: Int) -> Int { Int(ends[position]) }
  public func type(at position: Int) -> EntityType {
    CompactCodes.entityTypes[Int(types[position])]
  }
}
