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
    for entity in sorted {
      starts.append(UInt32(clamping: entity.start))
      ends.append(UInt32(clamping: entity.end))
      types.append(UInt8(EntityType.allCases.firstIndex(of: entity.type)!))
      canonicals.append(number(of: entity.canonical))
    }
    if !inOrder { sortByStart() }
  }

  private mutating func number(of name: String) -> UInt32 {
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
      type: EntityType.allCases[Int(types[position])], canonical: names[Int(canonicals[position])])
  }

  /// Where mention `position` starts and ends (quicker than the whole mention).
  public func start(at position: Int) -> Int { Int(starts[position]) }
  public func end(at position: Int) -> Int { Int(ends[position]) }
}
