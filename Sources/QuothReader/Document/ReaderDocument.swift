import QuothAnalysis

/// One article ready for reading: its text, structure and analysis in the compact form
/// the reader keeps (a huge file stays within a few times its size), and what the
/// reader derives from them once.
public struct ReaderDocument: Hashable, Sendable {
  /// Everything in one reference: the reader's state is copied on every key.
  private final class Storage: Sendable {
    let article: Article
    let text: IndexedText
    let entities: EntityTable
    let quotes: QuoteTable
    let speakers: [SpeakerStats]
    let speakerTotals: [Speaker]

    init(
      article: Article, text: IndexedText, entities: EntityTable, quotes: QuoteTable,
      speakers: [SpeakerStats], speakerTotals: [Speaker]
    ) {
      self.article = article
      self.text = text
      self.entities = entities
      self.quotes = quotes
      self.speakers = speakers
      self.speakerTotals = speakerTotals
    }
  }

  private let storage: Storage

  /// The article: source, title, paragraphs and text.
  public var article: Article { storage.article }
  /// The article's text, addressed by the scalar offsets the analysis uses.
  public var text: IndexedText { storage.text }
  /// Entity mentions sorted by start.
  public var entities: EntityTable { storage.entities }
  /// The quotes in reading order.
  public var quotes: QuoteTable { storage.quotes }
  /// The speakers with their quote counts, most quoted first, each with a colour index.
  public var speakers: [SpeakerStats] { storage.speakers }
  /// The speakers as the analysis totals them (with what the article says they are).
  public var speakerTotals: [Speaker] { storage.speakerTotals }

  /// Who is quoted how much.
  public struct SpeakerStats: Hashable, Sendable {
    public var name: String
    public var quotes: Int
    public var words: Int
    public var color: Int
    /// How many of the speaker's quotes are attributed with low confidence.
    public var uncertainQuotes = 0

    /// None of the speaker's quotes is attributed with confidence.
    public var isUncertain: Bool { quotes > 0 && uncertainQuotes == quotes }
  }

  /// The document of an analysis made already.
  public init(_ analysis: Analysis) {
    self.init(
      article: analysis.article,
      sections: [
        AnalysisSection(
          entities: analysis.entities, quotes: analysis.quotes, speakers: analysis.speakers)
      ])
  }

  /// Analyses `article` section by section into the document: its whole `Analysis` is
  /// never in memory at once.
  public init(analyzing article: Article, with analyzer: Analyzer = Analyzer()) {
    self.init(article: article, sections: analyzer.sections(of: article))
  }

  /// The document of an article from the analysis of its sections, in order.
  public init<Sections: Sequence<AnalysisSection>>(article: Article, sections: Sections) {
    let text = IndexedText(article.text)
    var entities = EntityTable()
    var quotes = QuoteTable(text: text)
    var tally = SpeakerTally()
    for section in sections {
      entities.append(section.entities)
      quotes.append(section.quotes)
      tally.add(section.speakers)
    }
    entities.finish()
    quotes.finish()
    let speakerTotals = tally.speakers
    storage = Storage(
      article: article, text: text, entities: entities, quotes: quotes,
      speakers: ReaderDocument.stats(speakers: speakerTotals, quotes: quotes),
      speakerTotals: speakerTotals)
  }

  public static func == (a: ReaderDocument, b: ReaderDocument) -> Bool {
    a.storage === b.storage
      || (a.article == b.article && a.entities == b.entities && a.quotes == b.quotes
        && a.speakers == b.speakers && a.speakerTotals == b.speakerTotals)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(article.source)
    hasher.combine(text.count)
    hasher.combine(quotes.count)
  }

  /// The quotes and speakers as one analysis section (for `AnalysisText`).
  public var quotesAndSpeakers: AnalysisSection {
    AnalysisSection(entities: [], quotes: Array(quotes), speakers: speakerTotals)
  }

  /// Every speaker the analysis lists, then any other quoted in the quotes, most quoted
  /// first (ties in that order).
  private static func stats(speakers: [Speaker], quotes: QuoteTable) -> [SpeakerStats] {
    var counts: [String: Int] = [:]
    var uncertain: [String: Int] = [:]
    for position in quotes.indices {
      guard let name = quotes.speaker(at: position) else { continue }
      counts[name, default: 0] += 1
      if quotes.hasUncertainSpeaker(at: position) { uncertain[name, default: 0] += 1 }
    }
    var stats: [SpeakerStats] = []
    var seen: Set<String> = []
    func add(_ name: String, words: @autoclosure () -> Int) {
      guard seen.insert(name).inserted else { return }
      stats.append(
        SpeakerStats(
          name: name, quotes: counts[name] ?? 0, words: words(), color: 0,
          uncertainQuotes: uncertain[name] ?? 0))
    }
    for speaker in speakers { add(speaker.name, words: speaker.words) }
    for position in quotes.indices {
      guard let name = quotes.speaker(at: position), !seen.contains(name) else { continue }
      add(
        name,
        words: quotes.positions(by: name).reduce(0) {
          $0 + quotes[$1].text.split(whereSeparator: \.isWhitespace).count
        })
    }
    stats = stats.enumerated().sorted {
      $0.element.quotes != $1.element.quotes
        ? $0.element.quotes > $1.element.quotes : $0.offset < $1.offset
    }.map(\.element)
    for index in stats.indices { stats[index].color = index }
    return stats
  }

  /// The headline: the article's title, or its file name (without its folder).
  public var title: String {
    if let title = article.title, !title.isEmpty { return title }
    return article.source.split(separator: "/").last.map(String.init) ?? article.source
  }

  /// What the title line shows beside the headline: the site, the byline and the date
  /// (written for people when it parses), those the article has.
  public var titleDetails: [String] {
    var details: [String] = []
    for part in [article.siteName, article.byline] {
      if let part = part?.trimmingSpaces, !part.isEmpty { details.append(part) }
    }
    if let date = article.date.map(ReadableDate.format), !date.isEmpty { details.append(date) }
    return details
  }

  /// The colour index of a speaker (nil: unattributed).
  public func colorIndex(of speaker: String?) -> Int? {
    guard let speaker else { return nil }
    return speakers.first { $0.name == speaker }?.color
  }

  /// The text between two scalar offsets.
  public func text(_ start: Int, _ end: Int) -> String {
    text.text(start, end)
  }
}
