import QuothAnalysis

/// One article ready for reading: its analysis and what the reader derives from it once.
/// Equal when the analyses are: everything else is derived from it.
public struct ReaderDocument: Hashable, Sendable {
  public let analysis: Analysis
  /// The article's text as scalars: offsets in the analysis index this array.
  public let scalars: [Unicode.Scalar]
  /// Entities sorted by start.
  public let entities: [Entity]
  /// The speakers with their quote counts, most quoted first, each with a colour index.
  public let speakers: [SpeakerStats]

  /// Who is quoted how much.
  public struct SpeakerStats: Hashable, Sendable {
    public var name: String
    public var quotes: Int
    public var words: Int
    public var color: Int
  }

  public init(_ analysis: Analysis) {
    self.analysis = analysis
    scalars = Array(analysis.article.text.unicodeScalars)
    entities = analysis.entities.sorted { $0.start < $1.start }
    var stats: [SpeakerStats] = []
    var seen: [String: Int] = [:]
    func add(_ name: String, words: Int?) {
      if seen[name] != nil { return }
      seen[name] = stats.count
      let quotes = analysis.quotes.filter { $0.speaker == name }
      let counted = quotes.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
      stats.append(
        SpeakerStats(name: name, quotes: quotes.count, words: words ?? counted, color: 0))
    }
    for speaker in analysis.speakers { add(speaker.name, words: speaker.words) }
    for quote in analysis.quotes { if let name = quote.speaker { add(name, words: nil) } }
    stats = stats.enumerated().sorted {
      $0.element.quotes != $1.element.quotes
        ? $0.element.quotes > $1.element.quotes : $0.offset < $1.offset
    }.map(\.element)
    for index in stats.indices { stats[index].color = index }
    speakers = stats
  }

  public static func == (a: ReaderDocument, b: ReaderDocument) -> Bool {
    a.analysis == b.analysis
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(analysis) }

  public var quotes: [Quote] { analysis.quotes }

  /// The headline: the article's title, or its file name.
  public var title: String { analysis.article.title ?? analysis.article.source }

  /// The colour index of a speaker (nil: unattributed).
  public func colorIndex(of speaker: String?) -> Int? {
    guard let speaker else { return nil }
    return speakers.first { $0.name == speaker }?.color
  }

  /// The text between two scalar offsets.
  public func text(_ start: Int, _ end: Int) -> String {
    var out = String.UnicodeScalarView()
    let lower = max(0, min(start, scalars.count))
    out.append(contentsOf: scalars[lower..<max(lower, min(end, scalars.count))])
    return String(out)
  }
}
