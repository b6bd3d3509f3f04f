/// The analysis of an article produced one section at a time (see `Analyzer.sections`):
/// a huge article never has its whole analysis, or its whole text as scalars, in memory.
public struct AnalysisSections: Sequence, IteratorProtocol {
  private let analyzer: Analyzer
  private var sections: ArticleSections
  private var quotesSoFar = 0
  private let length: Int
  /// How much of the article the sections so far cover, from 0 to 1 (for a progress line).
  public private(set) var fractionDone = 0.0

  init(analyzer: Analyzer, article: Article, length: Int, paragraphLimit: Int) {
    self.analyzer = analyzer
    sections = ArticleSections(article, length: length, paragraphLimit: paragraphLimit)
    self.length = article.paragraphs.last?.end ?? 0
  }

  public mutating func next() -> AnalysisSection? {
    guard let section = sections.next() else { return nil }
    let found = analyzer.analyzeWhole(section.article).shifted(by: section.base, ids: quotesSoFar)
    quotesSoFar += found.quotes.count
    let end = section.base + (section.article.paragraphs.last?.end ?? 0)
    fractionDone = length > 0 ? Swift.min(1, Double(end) / Double(length)) : 1
    return found
  }
}
