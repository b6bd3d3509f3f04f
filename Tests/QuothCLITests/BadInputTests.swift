import Foundation
import QuothTestSupport
import Testing

/// `quoth analyze` on input that is empty, broken, huge or not there: a clear message
/// or a correct result, the documented exit status, never a crash or a hang.
@Suite(.serialized, .timeLimit(.minutes(10))) final class BadInputTests {
  let folder: URL

  init() throws {
    folder = try QuothProcess.temporaryFolder()
  }

  /// Each test has a folder of its own, removed with it.
  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ data: Data) throws -> String {
    let url = folder.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// The fields of a quote these tests read.
  struct QuoteRow: Decodable {
    var id: Int
    var spans: [[Int]]
    var speaker: String?
  }

  /// The quotes of `quoth analyze --format json` output, decoded into just what the tests
  /// read (JSONSerialization's dictionaries took 4 GB for the 400,000 quotes of a 20 MB file).
  private func quotes(in json: String) throws -> [QuoteRow] {
    struct Output: Decodable { var quotes: [QuoteRow] }
    return try JSONDecoder().decode(Output.self, from: Data(json.utf8)).quotes
  }

  @Test func emptyFileIsAnEmptyAnalysisWithAWarning() throws {
    let path = try write("empty.txt", Data())
    let result = try QuothProcess.run(["analyze", "--format", "json", path])
    #expect(result.status == 0)
    #expect(result.errors.contains("empty.txt: empty article"))
    #expect(try quotes(in: result.output).isEmpty)
  }

  @Test func binaryFileIsRefusedByName() throws {
    var bytes = [UInt8](repeating: 0, count: 4096)
    for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index * 7) }
    let path = try write("photo.txt", Data(bytes))
    let result = try QuothProcess.run(["analyze", "--format", "json", path])
    #expect(result.status == 1)
    #expect(result.errors.contains("photo.txt: looks like a binary file, not an article"))
    #expect(result.output.isEmpty)
  }

  @Test func invalidUTF8IsReplacedAndReported() throws {
    var bytes = Array("“The ferry stays,” said Anna Berg. \u{201C}Caf".utf8)
    bytes += [0xC3, 0x28, 0xFF]  // broken sequences
    bytes += Array(" open late,” she added.\n".utf8)
    let path = try write("broken.txt", Data(bytes))
    let result = try QuothProcess.run(["analyze", "--format", "json", path])
    #expect(result.status == 0)
    #expect(result.errors.contains("broken.txt: 2 invalid UTF-8 sequence(s) replaced with U+FFFD"))
    let found = try quotes(in: result.output)
    #expect(found.count == 2)
    #expect(found.first?.speaker == "Anna Berg")
  }

  @Test func crlfLineEndingsKeepOffsetsOfTheFileAsStored() throws {
    let text = "Ferry vote\r\n“The ferry stays,” said Anna Berg.\r\n"
    let path = try write("crlf.txt", Data(text.utf8))
    let result = try QuothProcess.run(["analyze", "--format", "json", path])
    #expect(result.status == 0)
    let spans = try quotes(in: result.output).first?.spans
    let scalars = Array(text.unicodeScalars)
    let span = try #require(spans?.first)
    #expect(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])) == "“The ferry stays,”")
  }

  @Test func fiftyMegabyteArticleIsAnalysed() throws {
    let paragraph =
      "“We have found the money this year,” Hale said on Tuesday. The council met again.\n"
    let count = 50_000_000 / paragraph.utf8.count
    let path = try write("huge.txt", Data(String(repeating: paragraph, count: count).utf8))
    let result = try QuothProcess.run(["analyze", "--format", "text", path], timeout: 600)
    #expect(result.status == 0)
    #expect(result.output.contains("\(count) quotes"))
  }

  @Test func twoMillionUnbalancedQuoteMarksFinish() throws {
    let text = String(
      repeating: "He said \" and “ then ’ but never ” closed ' again. ", count: 400_000)
    let path = try write("marks.txt", Data(text.utf8))
    let result = try QuothProcess.run(["analyze", "--format", "json", path], timeout: 600)
    #expect(result.status == 0)
    // About 400,000 quotes, 95 MB of JSON: decoded into ids only. (JSONSerialization
    // made 4 GB of objects of it, the test suite's peak.)
    struct Output: Decodable {
      struct Quote: Decodable { var id: Int }
      var quotes: [Quote]
    }
    let output = try JSONDecoder().decode(Output.self, from: Data(result.output.utf8))
    #expect(output.quotes.map(\.id) == output.quotes.indices.map { $0 + 1 })
  }

  @Test func aFiveMegabyteLineIsAnalysedInSections() throws {
    let sentence = "“The ferry runs again on Monday,” said Omar Haddad in Ostend. "
    let count = 5_000_000 / sentence.utf8.count
    let path = try write("one-line.txt", Data(String(repeating: sentence, count: count).utf8))
    let result = try QuothProcess.run(["analyze", "--format", "json", path], timeout: 600)
    #expect(result.status == 0)
    let found = try quotes(in: result.output)
    // A quote is lost only where the cut between two sections (one per million
    // characters) falls inside it.
    #expect(found.count <= count && found.count >= count - 5)
    #expect(found.allSatisfy { $0.speaker == "Omar Haddad" })
    #expect(found.map(\.id) == Array(1...found.count))
  }

  @Test func missingFileIsReportedAndTheOthersAreStillAnalysed() throws {
    let good = try write("good.txt", Data("“The ferry stays,” said Anna Berg.\n".utf8))
    let missing = folder.appendingPathComponent("missing.txt").path
    let out = folder.appendingPathComponent("out").path
    let result = try QuothProcess.run([
      "analyze", "--format", "json", "--output-dir", out, missing, good,
    ])
    #expect(result.status == 1)
    #expect(result.errors.contains("missing.txt: no such file"))
    #expect(FileManager.default.fileExists(atPath: out + "/good.txt.json"))
  }

  @Test func folderGivenAsAFileAnalysesTheArticlesInIt() throws {
    let articles = folder.appendingPathComponent("articles")
    try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    try Data("“The ferry stays,” said Anna Berg.\n".utf8).write(
      to: articles.appendingPathComponent("a.txt"))
    try Data("“The bridge opens in May,” said Tom Reed.\n".utf8).write(
      to: articles.appendingPathComponent("b.txt"))
    let result = try QuothProcess.run(["analyze", "--format", "text", articles.path])
    #expect(result.status == 0)
    #expect(result.output.contains("Anna Berg") && result.output.contains("Tom Reed"))
  }

  @Test func folderWithNoArticlesIsReportedByName() throws {
    let empty = folder.appendingPathComponent("nothing-here")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let result = try QuothProcess.run(["analyze", empty.path])
    #expect(result.status == 1)
    #expect(result.errors.contains("nothing-here: is a folder with no articles in it"))
  }

  @Test func standardInputIsRead() throws {
    let result = try QuothProcess.run(
      ["analyze", "--format", "json", "-"], input: Data("“The ferry stays,” said Anna Berg.\n".utf8)
    )
    #expect(result.status == 0)
    #expect(try quotes(in: result.output).first?.speaker == "Anna Berg")
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try QuothProcess.run(["analyze", "--no-such-option"])
    #expect(result.status == 64)
    #expect(result.errors.contains("--no-such-option"))
  }
}

/// The folder a bad-input test writes its files in goes away with the test.
@Suite struct BadInputCleanupTests {
  @Test func aTestsFolderIsRemovedWithIt() throws {
    var suite: BadInputTests? = try BadInputTests()
    let path = try #require(suite?.folder.path)
    #expect(FileManager.default.fileExists(atPath: path))
    suite = nil
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
