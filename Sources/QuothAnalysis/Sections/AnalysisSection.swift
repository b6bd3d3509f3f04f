/// What the analysis found in one section of an article, with offsets into the whole
/// text and quote ids counted from the start of the article.
public struct AnalysisSection: Sendable {
  public var entities: [Entity]
  public var quotes: [Quote]
  /// The section's speakers with their totals in this section.
  public var speakers: [Speaker]

  public init(entities: [Entity], quotes: [Quote], speakers: [Speaker]) {
    self.entities = entities
    self.quotes = quotes
    self.speakers = speakers
  }

  /// Moves the section's offsets by `base` scalars and its quote ids by `ids`.
  func shifted(by base: Int, ids: Int) -> AnalysisSection {
    guard base != 0 || ids != 0 else { return self }
    func move(_ range: TextRange) -> TextRange { TextRange(range.start + base, range.end + base) }
    func move(_ span: TextSpan?) -> TextSpan? {
      span.map { TextSpan(start: $0.start + base, end: $0.end + base, text: $0.text) }
    }
    var copy = self
    for index in copy.entities.indices {
      copy.entities[index].start += base
      copy.entities[index].end += base
    }
    for index in copy.quotes.indices {
      copy.quotes[index].id += ids
      copy.quotes[index].repeatOf = copy.quotes[index].repeatOf.map { $0 + ids }
      copy.quotes[index].spans = copy.quotes[index].spans.map(move)
      copy.quotes[index].mention = move(copy.quotes[index].mention)
      copy.quotes[index].cue = move(copy.quotes[index].cue)
    }
    return copy
  }
}
