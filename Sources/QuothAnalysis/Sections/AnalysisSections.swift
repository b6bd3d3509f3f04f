/// The analysis of an article produced one section at a time (see `Analyzer.sections`):
/// a huge article never has its whole analysis, or its whole text as scalars, in memory.
public struct AnalysisSections: Sequence, IteratorProtocol {
  private let analyzer: Analyzer
  private var sections: ArticleSections
  private var quotesSoFar = 0

  init(analyzer: Analyzer, article: Article, length: Int) {
    self.analyzer = analyzer
    sections = ArticleSections(article, length: length)
  }

  public mutating func next() -> AnalysisSection? {
    guard let section = sections.next() else { return nil }
    let found = analyzer.analyzeWhole(section.article).shifted(by: section.base, ids: quotesSoFar)
    quotesSoFar += found.quotes.count
    return found
  }
}
