/// Runs the whole analysis of an article: entities, quotes, speakers.
///
/// Long texts are analysed in sections of at most `sectionLength` scalars and
/// `sectionParagraphs` paragraphs cut at paragraph ends; names, pronouns and repeated
/// quotes are linked within a section. No article comes near either; a huge file stays
/// within a few times its size in memory.
public struct Analyzer: Sendable {
  /// The most scalars analysed at once: about 260,000 characters, 45,000 words, several
  /// times the longest feature a newspaper prints.
  public static let sectionLength = 1 << 18
  /// The most paragraphs analysed at once (an article has tens to hundreds).
  public static let sectionParagraphs = 1 << 12
  /// The version of the analysis's results: raised whenever a change makes quoth find
  /// different entities, quotes or speakers, so that stored analyses (the library) made by
  /// an older version are redone.
  public static let version = 1

  public init() {}

  /// The analysis of an article, all of it in memory.
  public func analyze(_ article: Article) -> Analysis {
    var entities: [Entity] = []
    var quotes: [Quote] = []
    var tally = SpeakerTally()
    for section in sections(of: article) {
      entities += section.entities
      quotes += section.quotes
      tally.add(section.speakers)
    }
    return Analysis(article: article, entities: entities, quotes: quotes, speakers: tally.speakers)
  }

  /// The analysis of an article section by section, for writing it out as it comes.
  public func sections(
    of article: Article, length: Int = sectionLength, paragraphs: Int = sectionParagraphs
  ) -> AnalysisSections {
    AnalysisSections(analyzer: self, article: article, length: length, paragraphLimit: paragraphs)
  }

  /// Analyses an article (or one section of one) in one piece. The boilerplate of a web
  /// page or Markdown file (captions, embeds, furniture the reader shows dimmed) is
  /// analysed on its own, so that its names and quotes do not mix with the story's, and
  /// what it holds is listed marked as outside the story. The boilerplate of plain text
  /// is teasers of other articles and stays unanalysed.
  func analyzeWhole(_ article: Article) -> AnalysisSection {
    let scalars = ScalarText.scalars(of: article.text)
    let story = analyze(TextDocument(article: article, scalars: scalars))
    guard article.format != .text, article.paragraphs.contains(where: { $0.kind == .boilerplate })
    else { return story }
    let outside = analyze(TextDocument(article: article, scalars: scalars, outsideStory: true))
    return story.adding(outsideStory: outside)
  }

  private func analyze(_ document: TextDocument) -> AnalysisSection {
    let entities = document.scalars.withUnsafeBufferPointer {
      EntityRecognizer.shared.entities(scalars: $0, paragraphs: document.blocks.map(\.range))
    }
    let regions = QuoteFinder.regions(in: document)
    let results = Attributor.attribute(regions, in: document)
    let names = NameIndex(document: document, entities: entities, quoted: regions.map(\.range))
    let (quotes, speakers, _) = QuoteAssembler.assemble(
      regions: regions, results: results, document: document, names: names)
    return AnalysisSection(entities: entities, quotes: quotes, speakers: speakers)
  }
}
