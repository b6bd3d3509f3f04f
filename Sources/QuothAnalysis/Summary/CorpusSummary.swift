/// Who is quoted how much, or which entities are named how often, across a whole corpus,
/// added up one article at a time in bounded memory.
///
/// Totals are exact while the corpus has at most `capacity` distinct names. Past that,
/// whenever the table holds twice `capacity` rows the least counted half is dropped; a
/// name dropped and met again starts from nothing, so any total may then be short by at
/// most the largest count ever dropped, which `maxUndercount` gives (0: exact).
public struct CorpusSummary: Sendable {
  /// What is summed up.
  public enum Subject: String, Sendable, CaseIterable {
    case speakers, entities
  }

  /// One speaker or entity and its totals. Speakers count `quotes` and `words`,
  /// entities `mentions`; both count the `articles` they appear in.
  public struct Row: Hashable, Sendable {
    public var name: String
    /// A speaker's kind (`person`, `organisation`, `unnamed`) or an entity's type
    /// (`PERSON`, `ORG`, …); empty when unknown.
    public var kind: String
    public var quotes = 0
    public var words = 0
    public var mentions = 0
    public var articles = 1

    public init(name: String, kind: String, quotes: Int = 0, words: Int = 0, mentions: Int = 0) {
      self.name = name
      self.kind = kind
      self.quotes = quotes
      self.words = words
      self.mentions = mentions
    }

    /// What the table ranks by: quotes for speakers, mentions for entities.
    var count: Int { quotes + mentions }

    fileprivate mutating func add(_ other: Row) {
      quotes += other.quotes
      words += other.words
      mentions += other.mentions
      articles += other.articles
    }
  }

  private struct Key: Hashable, Sendable {
    var name: String
    var kind: String
  }

  public let subject: Subject
  /// The rows kept exactly (see the type's notes); 100,000 by default.
  public let capacity: Int
  /// Articles added.
  public private(set) var articles = 0
  /// How much any total may be short (0 while the summary is exact).
  public private(set) var maxUndercount = 0
  private var table: [Key: Row] = [:]

  public init(subject: Subject, capacity: Int = 100_000) {
    self.subject = subject
    self.capacity = max(1, capacity)
  }

  /// What one article adds to a summary of `subject`, from its analysis section by
  /// section. Entities and quotes outside the story (captions, site furniture) count
  /// for nothing, as they do for an article's own speakers.
  public static func rows(
    of sections: some Sequence<AnalysisSection>, subject: Subject
  ) -> [Row] {
    switch subject {
    case .speakers:
      var tally = SpeakerTally()
      var kinds: [String: String] = [:]
      for section in sections {
        tally.add(section.speakers)
        for quote in section.quotes where !quote.outsideStory {
          if let speaker = quote.speaker, kinds[speaker] == nil {
            kinds[speaker] = quote.speakerKind?.rawValue ?? ""
          }
        }
      }
      return tally.speakers.map {
        Row(name: $0.name, kind: kinds[$0.name] ?? "", quotes: $0.quotes, words: $0.words)
      }
    case .entities:
      var counts: [Key: Int] = [:]
      var order: [Key] = []
      for section in sections {
        for entity in section.entities where !entity.outsideStory {
          let key = Key(name: entity.canonical, kind: entity.type.rawValue)
          if counts[key] == nil { order.append(key) }
          counts[key, default: 0] += 1
        }
      }
      return order.map { Row(name: $0.name, kind: $0.kind, mentions: counts[$0] ?? 0) }
    }
  }

  /// Adds one article's rows.
  public mutating func add(article rows: [Row]) {
    articles += 1
    for row in rows {
      let key = Key(name: row.name, kind: row.kind)
      if table[key] == nil { table[key] = row } else { table[key]?.add(row) }
    }
    if table.count >= 2 * capacity { trim() }
  }

  /// The rows, most quoted (or mentioned) first, then by name.
  public var rows: [Row] {
    table.values.sorted {
      $0.count != $1.count ? $0.count > $1.count : ($0.name, $0.kind) < ($1.name, $1.kind)
    }
  }

  /// Keeps the `capacity` most counted rows.
  private mutating func trim() {
    let sorted = rows
    for row in sorted[capacity...] {
      maxUndercount = max(maxUndercount, row.count)
      table[Key(name: row.name, kind: row.kind)] = nil
    }
  }
}
