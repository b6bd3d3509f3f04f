/// Runs the whole analysis of an article: entities, quotes, speakers.
public struct Analyzer: Sendable {
  public init() {}

  public func analyze(_ article: Article) -> Analysis {
    let document = TextDocument(article: article)
    let entities = document.scalars.withUnsafeBufferPointer {
      EntityRecognizer.shared.entities(scalars: $0, paragraphs: document.blocks.map(\.range))
    }
    let regions = QuoteFinder.regions(in: document)
    let results = Attributor.attribute(regions, in: document)
    let names = NameIndex(document: document, entities: entities)
    let (quotes, speakers) = QuoteAssembler.assemble(
      regions: regions, results: results, document: document, names: names)
    return Analysis(article: article, entities: entities, quotes: quotes, speakers: speakers)
  }
}
