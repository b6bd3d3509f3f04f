/// Runs the whole analysis of an article: entities, quotes, speakers.
public struct Analyzer: Sendable {
  public init() {}

  public func analyze(_ article: Article) -> Analysis {
    Analysis(
      article: article, entities: EntityRecognizer.shared.entities(in: article), quotes: [],
      speakers: [])
  }
}
