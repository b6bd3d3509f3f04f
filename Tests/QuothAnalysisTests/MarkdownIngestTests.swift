import Testing

@testable import QuothAnalysis

@Suite struct MarkdownIngestTests {
  let markdown = """
    # Pier to close

    The harbour board voted on *Tuesday* to close the **old ferry pier**, ending a
    service that has run since 1911.

    ## What residents said

    > “We cannot keep patching it,” said [Marta Lindqvist](https://example.org/marta), the chair.

    - A temporary landing opens by spring.
    - The new pier follows within `two years`.

    1. First step
    2. Second step

    Final paragraph with a line
    break inside it.
    """

  @Test func structureAndKinds() {
    let article = MarkdownIngest.article(from: markdown, source: "pier.md")
    #expect(article.format == .markdown)
    #expect(article.title == "Pier to close")
    #expect(
      HTMLTestSupport.texts(article, [.title, .heading, .body]) == [
        "Pier to close",
        "The harbour board voted on Tuesday to close the old ferry pier, ending a service that has run since 1911.",
        "What residents said",
        "“We cannot keep patching it,” said Marta Lindqvist, the chair.",
        "A temporary landing opens by spring.",
        "The new pier follows within two years.",
        "First step",
        "Second step",
        "Final paragraph with a line break inside it.",
      ])
    #expect(
      article.paragraphs.map(\.kind) == [.title, .body, .heading]
        + Array(repeating: .body, count: 6))
  }

  @Test func markupIsRemovedFromTheText() {
    let text = MarkdownIngest.article(from: markdown, source: "pier.md").text
    for mark in ["*", "#", "[", "](", "`", "> "] {
      #expect(!text.contains(mark), "\(mark)")
    }
  }

  @Test func frontMatterGivesMetadata() {
    let source = """
      ---
      title: Harbour board closes the pier
      author: Ana Ruiz
      date: 2024-03-05
      ---

      The harbour board voted on Tuesday to close the old ferry pier.
      """
    let article = MarkdownIngest.article(from: source, source: "pier.md")
    #expect(article.title == "Harbour board closes the pier")
    #expect(article.byline == "Ana Ruiz")
    #expect(article.date == "2024-03-05")
    #expect(!article.text.contains("author:"))
    #expect(HTMLTestSupport.texts(article, [.title]) == ["Harbour board closes the pier"])
  }

  @Test func noLeadingHeadingMeansNoTitleLine() {
    let article = MarkdownIngest.article(
      from: "Just a paragraph of *text*.\n\nAnd another.", source: "a.md")
    #expect(article.title == nil)
    #expect(article.text == "Just a paragraph of text.\nAnd another.")
  }

  @Test func underlinedHeadingsAndCodeFences() {
    let source = """
      Pier to close
      =============

      The board voted on Tuesday.

      What next
      ---------

      ```
      not a heading
      ---
      ```

      ---

      The end.
      """
    let article = MarkdownIngest.article(from: source, source: "pier.md")
    #expect(article.title == "Pier to close")
    #expect(article.paragraphs.map(\.kind) == [.title, .body, .heading, .body, .body])
    #expect(
      HTMLTestSupport.texts(article, [.title, .heading, .body]) == [
        "Pier to close", "The board voted on Tuesday.", "What next", "not a heading ---",
        "The end.",
      ])
  }
}
