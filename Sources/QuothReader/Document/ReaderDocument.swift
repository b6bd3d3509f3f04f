import QuothAnalysis

/// One article ready for reading: its text, structure and analysis in the compact form
/// the reader keeps (a huge file stays within a few times its size), and what the
/// reader derives from them once.
public struct ReaderDocument: Hashable, Sendable {
  /// The article: source, title, paragraphs and text.
  public let article: Article
  /// The article's text, addressed by the scalar offsets the analysis uses.
  public let text: IndexedText
  /// Entity mentions sorted by start.
  public let entities: EntityTable
  /// The quotes in reading order.
  public let quotes: QuoteTable
  /// The speakers with their quote counts, most quoted first, each with a colour index.
  public let speakers: [SpeakerStats]
  /// The speakers as the analysis totals them (with what the article says they are).
  public let speakerTotals: [Speaker]

  /// Who is quoted how much.
  public struct SpeakerStats: Hashable, Sendable {
    public var name: String
    public var quotes: Int
    public var words: Int
    public var color: Int
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
    self.article = article
    self.text = text
    self.entities = entities
    self.quotes = quotes
    speakerTotals = tally.speakers
    speakers = ReaderDocument.stats(speakers: speakerTotals, quotes: quotes)
  }

  /// The quotes and speakers as one analysis section (for `AnalysisText`).
  public var quotesAndSpeakers: AnalysisSection {
    AnalysisSection(entities: [], quotes: Array(quotes), speakers: speakerTotals)
  }

  /// Every speaker the analysis lists, then any other quoted in the quotes, most quoted
  /// first (ties in that order).
  private static func stats(speakers: [Speaker], quotes: QuoteTable) -> [SpeakerStats] {
    var counts: [String: Int] = [:]
    for position in quotes.indices {
      if let name = quotes.speaker(at: position) { counts[name, default: 0] += 1 }
    }
    var stats: [SpeakerStats] = []
    var seen: Set<String> = []
    func add(_ name: String, words: @autoclosure () -> Int) {
      guard seen.insert(name).inserted else { return }
      stats.append(SpeakerStats(name: name, quotes: counts[name] ?? 0, words: words(), color: 0))
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

  /// The headline: the article's title, or its file name.
  public var title: String { article.title ?? article.source }

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
