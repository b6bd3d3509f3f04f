import Foundation
import Testing

@testable import QuothAnalysis

/// JSON Lines streams: each line's fields, what makes a line fail and with which id,
/// and lines split from a stream that arrives in pieces.
@Suite struct JSONLinesTests {
  func record(_ line: String) throws(JSONLines.Failure) -> JSONLines.Record {
    try JSONLines.record(Array(line.utf8))
  }

  func failure(_ line: String) -> JSONLines.Failure? {
    do {
      _ = try record(line)
      return nil
    } catch {
      return error
    }
  }

  @Test func aLineGivesItsIdContentFormatAndPageFields() throws {
    let text = try record(
      #"{"id": "h-17", "text": "Ferry saved.\n“We stay,” said Mara Quint.", "url": "https://harbour.example/17"}"#
    )
    #expect(text.id == .string("h-17"))
    #expect(text.format == .text)
    #expect(text.content == "Ferry saved.\n“We stay,” said Mara Quint.")
    #expect(text.url == "https://harbour.example/17")
    #expect(text.title == nil)
    let html = try record(#"{"id": 42, "html": "<p>Hi</p>", "title": "Greeting", "url": null}"#)
    #expect(html.id == .integer(42))
    #expect(html.format == .html)
    #expect(html.url == nil)
    #expect(try record(##"{"id": 1, "markdown": "# Ferry"}"##).format == .markdown)
  }

  @Test(
    arguments: [
      (##"{"id": 3, "text": "a", "# broken"##, nil, "not valid JSON"),
      (#"[1, 2]"#, nil, "not a JSON object"),
      (#"{"text": "no id"}"#, nil, "no “id”"),
      (#"{"id": true, "text": "a"}"#, nil, "“id” must be a string or an integer"),
      (#"{"id": "a1"}"#, "a1", "no “html”, “text” or “markdown”"),
      (
        #"{"id": "a2", "text": "x", "html": "<p>x</p>"}"#, "a2",
        "both “html” and “text”: give the article once"
      ),
      (#"{"id": "a3", "text": 5}"#, "a3", "“text” must be a string"),
      (#"{"id": "a4", "text": "x", "title": ["t"]}"#, "a4", "“title” must be a string"),
    ] as [(String, String?, String)])
  func aBadLineSaysWhatIsWrongAndKeepsItsId(line: String, id: String?, message: String) {
    let failure = failure(line)
    #expect(failure?.description == message)
    #expect(failure?.id == id.map(RecordID.string))
  }

  @Test func htmlInALineIsReadAsTheTextItIsWhateverThePageDeclares() throws {
    let line =
      #"{"id": "c", "html": "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café du port, said Ada Lind.</p></body></html>"}"#
    let loaded = try record(line).article(source: "test")
    #expect(loaded.article.text.contains("Café du port"))
    #expect(loaded.warnings.isEmpty)
  }

  @Test func theLinesTitleAndURLComeBeforeWhatIngestFinds() throws {
    let line =
      #"{"id": "t", "html": "<html><head><title>Page title</title></head><body><p>Text of the page.</p></body></html>", "title": "Given", "url": "https://harbour.example/t"}"#
    let article = try record(line).article(source: "test").article
    #expect(article.title == "Given")
    #expect(article.url == "https://harbour.example/t")
  }

  /// The lines of `stream` handed over in pieces of `chunk` bytes, and the numbers of the
  /// lines over `maxBytes`.
  func lines(_ stream: String, chunk: Int, maxBytes: Int = 1 << 20) throws -> (
    [(Int, String)], [Int]
  ) {
    let bytes = Array(stream.utf8)
    var offset = 0
    var found: [(Int, String)] = []
    var tooLong: [Int] = []
    func next() -> [UInt8] {
      let end = min(offset + chunk, bytes.count)
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
    try JSONLines.lines(from: next, maxBytes: maxBytes) { line in
      found.append((line.number, String(decoding: line.bytes, as: UTF8.self)))
    } tooLong: {
      tooLong.append($0)
    }
    return (found, tooLong)
  }

  @Test(arguments: [1, 3, 64])
  func linesAreSplitWhereverThePiecesEnd(chunk: Int) throws {
    let (found, tooLong) = try lines("{\"id\":1}\r\n\n  \n{\"id\":2}\n{\"id\":3}", chunk: chunk)
    #expect(found.map(\.0) == [1, 4, 5])
    #expect(found.map(\.1) == [#"{"id":1}"#, #"{"id":2}"#, #"{"id":3}"#])
    #expect(tooLong.isEmpty)
  }

  @Test func aLineOverTheLimitIsNotHeldAndTheNextIsRead() throws {
    let long = "{\"id\":2,\"text\":\"" + String(repeating: "x", count: 500) + "\"}"
    let (found, tooLong) = try lines(
      "{\"id\":1}\n" + long + "\n{\"id\":3}\n", chunk: 16, maxBytes: 100)
    #expect(found.map(\.0) == [1, 3])
    #expect(tooLong == [2])
  }
}
