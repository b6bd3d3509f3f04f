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

  @Test func kindsAreSettledAsTheParagraphsAreRead() {
    let text = """
      Harbour Works Begin Next Week
      The council approved the plan on Monday.
      What changes
      Boats will moor at the north pier.
      Traffic
      Buses will stop early.
      Late notes
      Read more from the harbour desk
      Share this story
      """
    let article = PlainTextIngest.article(from: text, source: "t")
    // "Traffic" is followed by body text: a heading. "Late notes" ends the story: body.
    #expect(
      article.paragraphs.map(\.kind) == [
        .title, .body, .heading, .body, .heading, .body, .body, .boilerplate, .boilerplate,
      ])
    #expect(article.body == TextRange(0, text.unicodeScalars.count - 49))
  }

  @Test func oneTeaserAtTheEndIsTheStorysOwnEnding() {
    let single = PlainTextIngest.article(
      from: "Ferry Times\nThe ferry runs late.\nAnd then the fog came...", source: "t")
    #expect(single.paragraphs.map(\.kind) == [.title, .body, .body])
    let run = PlainTextIngest.article(
      from: "Ferry Times\nThe ferry runs late.\nFog on the pier...\nNew buses…", source: "t")
    #expect(run.paragraphs.map(\.kind) == [.title, .body, .boilerplate, .boilerplate])
  }
}
