import Foundation
import QuothTestSupport
import Testing

/// `quoth analyze` over corpora, run as a user would: JSON Lines on standard input, WARC
/// crawls, several threads with the output in input order, and summaries.
@Suite(.serialized, .timeLimit(.minutes(10))) final class CorpusCommandTests {
  let folder: URL

  init() throws {
    folder = try QuothProcess.temporaryFolder()
  }

  /// Each test has a folder of its own, removed with it.
  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The fields of an output line these tests read.
  struct Line: Decodable {
    var id: Identifier?
    var error: String?
    var targetURI: String?
    var warcDate: String?
    var source: String?
    var title: String?
    var url: String?
    var speakers: [Speaker]?

    struct Speaker: Decodable { var name: String }

    /// A string or an integer, as the input had it.
    enum Identifier: Decodable, Equatable {
      case string(String)
      case integer(Int)
      init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
          self = .integer(number)
        } else {
          self = .string(try container.decode(String.self))
        }
      }
    }
  }

  private func lines(_ output: String) throws -> [Line] {
    try output.split(separator: "\n").map {
      try JSONDecoder().decode(Line.self, from: Data($0.utf8))
    }
  }

  /// A short story with one quote, its speaker chosen by `index`.
  private func story(_ index: Int) -> String {
    let speakers = ["Mara Quint", "Ivo Brandt", "Ada Lind", "Tomas Ek", "Rosa Vale"]
    return """
      Harbour report \(index)

      The council met on Monday to discuss the night ferry. “We will keep service \(index) \
      running through the winter,” said \(speakers[index % speakers.count]), who chairs the \
      transport board.
      """
  }

  private func jsonLine(_ fields: [String: Any]) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]),
      as: UTF8.self)
  }

  @Test func jsonLinesOnStandardInputGiveOneLineEachWithItsIdAndAnErrorLineForABadOne() throws {
    let input =
      [
        try jsonLine(["id": "first", "text": story(0), "url": "https://harbour.example/0"]),
        "{\"id\": \"second\", \"text\": ",
        try jsonLine([
          "id": 3,
          "html": "<html><body><article><h1>Fish market</h1><p>" + story(1)
            + "</p></article></body></html>",
        ]),
        "",
        try jsonLine(["id": "fourth", "markdown": "# Pier\n\n" + story(2)]),
      ].joined(separator: "\n") + "\n"
    let result = try QuothProcess.run(
      ["analyze", "--jsonl", "--format", "json"], input: Data(input.utf8))
    #expect(result.status == 1)
    #expect(result.errors.contains("quoth: -: line 2: not valid JSON"))
    let output = try lines(result.output)
    try #require(output.count == 4)
    #expect(output.map(\.id) == [.string("first"), nil, .integer(3), .string("fourth")])
    #expect(output[0].url == "https://harbour.example/0")
    #expect(output[0].speakers?.map(\.name) == ["Mara Quint"])
    #expect(output[1].error == "-: line 2: not valid JSON")
    #expect(output[2].speakers?.map(\.name) == ["Ivo Brandt"])
    #expect(output[2].title == "Fish market")
    #expect(output[3].speakers?.map(\.name) == ["Ada Lind"])
  }

  @Test func manyThreadsWriteEveryLineInInputOrder() throws {
    let input = try (0..<60).map { try jsonLine(["id": $0, "text": story($0)]) }.joined(
      separator: "\n")
    let path = try write("stories.jsonl", Array(input.utf8))
    let one = try QuothProcess.run(["analyze", "--jobs", "1", "--format", "json", path])
    let three = try QuothProcess.run(["analyze", "--jobs", "3", "--format", "json", path])
    #expect(one.status == 0)
    #expect(three.status == 0)
    #expect(try lines(three.output).map(\.id) == (0..<60).map { .integer($0) })
    #expect(three.output == one.output)
  }

  @Test func aFolderAnalysedOnSeveralThreadsIsWrittenAsOnOne() throws {
    for index in 0..<12 {
      _ = try write(String(format: "story-%02d.txt", index), Array(story(index).utf8))
    }
    _ = try write("story-05b.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10])
    for format in ["json", "text"] {
      let one = try QuothProcess.run(["analyze", "--jobs", "1", "--format", format, folder.path])
      let two = try QuothProcess.run(["analyze", "--jobs", "2", "--format", format, folder.path])
      #expect(one.status == 1)
      #expect(two.status == 1)
      #expect(two.output == one.output)
      #expect(two.errors == one.errors)
      #expect(two.errors.contains("story-05b.txt: looks like a binary file, not an article"))
    }
  }

  @Test func aCrawlGivesItsPagesWithAddressAndDateAndCountsWhatItSkips() throws {
    let page = WARCBuilder.page(
      title: "Night ferry saved", quote: "We will keep the boats running", speaker: "Mara Quint")
    let records = [
      WARCBuilder.record(type: "warcinfo", block: Array("software: a test\r\n".utf8)),
      WARCBuilder.response(
        uri: "https://harbour.example/ferry", headers: ["Content-Type: text/html"],
        body: WARCBuilder.chunked(page, size: 50), id: "<urn:uuid:ferry>"),
      WARCBuilder.response(
        uri: "https://harbour.example/logo.png", headers: ["Content-Type: image/png"],
        body: [0x89, 0x50, 0x4E, 0x47]),
      WARCBuilder.response(
        uri: "https://harbour.example/cut", headers: ["Content-Type: text/html"], body: page),
    ]
    var file = records.dropLast().flatMap(WARCBuilder.gzip)
    let cut = WARCBuilder.gzip(records[3])
    file += cut.prefix(cut.count / 2)
    let path = try write("crawl.warc.gz", file)
    let result = try QuothProcess.run(["analyze", "--format", "json", path])
    #expect(result.status == 1)
    let output = try lines(result.output)
    try #require(output.count == 2)
    #expect(output[0].id == .string("<urn:uuid:ferry>"))
    #expect(output[0].targetURI == "https://harbour.example/ferry")
    #expect(output[0].warcDate == "2024-03-05T09:00:00Z")
    #expect(output[0].source == path)
    #expect(output[0].speakers?.map(\.name) == ["Mara Quint"])
    #expect(output[1].error?.contains("cut short") == true)
    #expect(
      result.errors.contains(
        "crawl.warc.gz: 1 HTML page; 2 records skipped (1 not a response, 1 not HTML)"))
    #expect(result.errors.contains("the last gzip member is cut short"))
  }

  @Test func aSummaryAddsUpSpeakersAcrossEveryInputAsCSVAndJSON() throws {
    let input = try (0..<10).map { try jsonLine(["id": $0, "text": story($0)]) }.joined(
      separator: "\n")
    let csv = try QuothProcess.run(
      ["analyze", "--jsonl", "--summary", "speakers", "--format", "csv"], input: Data(input.utf8))
    #expect(csv.status == 0)
    let rows = csv.output.split(separator: "\r\n").map(String.init)
    #expect(rows.first == "name,kind,quotes,words,articles")
    #expect(rows.count == 6)
    #expect(rows.contains("Mara Quint,person,2,\(2 * 9),2"))
    let json = try QuothProcess.run(
      ["analyze", "--jsonl", "--summary", "entities", "--format", "json"], input: Data(input.utf8))
    struct Summary: Decodable {
      var summary: String
      var articles: Int
      var entities: [Row]
      struct Row: Decodable {
        var name: String
        var type: String?
        var mentions: Int
        var articles: Int
      }
    }
    let summary = try JSONDecoder().decode(Summary.self, from: Data(json.output.utf8))
    #expect(summary.summary == "entities")
    #expect(summary.articles == 10)
    #expect(summary.entities.first { $0.name == "Rosa Vale" }?.mentions == 2)
  }

  @Test func noProgressLineWhenStandardErrorIsNotATerminal() throws {
    let input = try (0..<20).map { try jsonLine(["id": $0, "text": story($0)]) }.joined(
      separator: "\n")
    let result = try QuothProcess.run(
      ["analyze", "--jsonl", "--format", "json"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(result.errors.isEmpty)
  }

  @Test(arguments: [
    (["--format", "csv"], "--format csv is for --summary"),
    (["--summary", "speakers"], "--summary prints json or csv"),
    (["--jsonl", "--output-dir", "out"], "--output-dir writes a file per article file"),
    (["--jobs", "0"], "--jobs takes a number of threads from 1 to 512, not 0"),
    (["--summary", "quotes", "--format", "json"], "quotes"),
  ])
  func optionsThatDoNotGoTogetherAreUsageErrors(arguments: [String], message: String) throws {
    let result = try QuothProcess.run(["analyze"] + arguments, input: Data())
    #expect(result.status == 64)
    #expect(result.errors.contains(message))
  }
}
