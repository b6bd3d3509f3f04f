import Testing

@testable import QuothAnalysis

/// The packed paragraph list reads back what was put in, in any order of reading and
/// writing, and keeps a one-letter line in about two bytes.
@Suite struct ParagraphListTests {
  /// Paragraphs of every kind, with starts that go back and lengths past one byte.
  let sample: [Paragraph] = (0..<100).map { index in
    let start = index % 7 == 3 ? index * 3 : index * 1_000 + index % 5
    let length = index % 11 == 0 ? 70_000 + index : index % 9
    return Paragraph(
      start: start, end: start + length,
      kind: ParagraphKind.allCases[index % ParagraphKind.allCases.count])
  }

  @Test func readsBackWhatWasAppendedInOrderAndByIndex() {
    var list = ParagraphList()
    sample.forEach { list.append($0) }
    #expect(list.count == sample.count)
    #expect(Array(list) == sample)
    for index in sample.indices.reversed() { #expect(list[index] == sample[index]) }
    #expect(list.last == sample.last)
  }

  @Test func anyParagraphCanBeChanged() {
    var list = ParagraphList(sample)
    var expected = sample
    for index in [0, 31, 32, 33, 63, 99, 50] {
      let changed = Paragraph(
        start: expected[index].start + 300_000, end: expected[index].start + 300_010, kind: .heading
      )
      list[index] = changed
      expected[index] = changed
      #expect(Array(list) == expected)
    }
    list[99].kind = .boilerplate
    expected[99].kind = .boilerplate
    list.append(Paragraph(start: 5, end: 6, kind: .body))
    expected.append(Paragraph(start: 5, end: 6, kind: .body))
    #expect(Array(list) == expected)
    #expect(list == ParagraphList(expected))
  }

  @Test func rangesCanBeReplacedAndRemoved() {
    var list = ParagraphList(sample)
    var expected = sample
    list.removeSubrange(10..<40)
    expected.removeSubrange(10..<40)
    #expect(Array(list) == expected)
    list.insert(Paragraph(start: 1, end: 2, kind: .title), at: 0)
    expected.insert(Paragraph(start: 1, end: 2, kind: .title), at: 0)
    #expect(Array(list) == expected)
    #expect(list == ParagraphList(expected))
  }

  @Test func oneLetterLinesTakeAboutTwoBytesEach() {
    let text = String(repeating: "a\n", count: 100_000)
    let article = PlainTextIngest.article(from: text, source: "lines.txt")
    #expect(article.paragraphs.count == 100_000)
    #expect(article.paragraphs[99_999] == Paragraph(start: 199_998, end: 199_999, kind: .body))
    // Two bytes a paragraph and the blocks' twelve bytes every 32 paragraphs: the list is
    // well under 4x the 200 KB of text (an array of `Paragraph` was 6x).
    #expect(article.paragraphs.storedBytes < 250_000)
  }
}
