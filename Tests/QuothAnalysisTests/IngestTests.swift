import Testing

@testable import QuothAnalysis

@Suite struct IngestTests {
  @Test func linesArePargraphsWhenNotHardWrapped() {
    let article = PlainTextIngest.article(
      from: "A Headline For The Story\nFirst paragraph is here.\nSecond one, too.\n", source: "t")
    #expect(article.paragraphs.count == 3)
    #expect(article.paragraphs[0].kind == .title)
    #expect(article.title == "A Headline For The Story")
  }
}
