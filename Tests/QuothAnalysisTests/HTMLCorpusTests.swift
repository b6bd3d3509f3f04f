import Foundation
import Testing

@testable import QuothAnalysis

/// Extraction on the article-extraction benchmark pages in ../shared (dev half):
/// word 4-gram precision and recall per page, averaged, as the benchmark scores it.
@Suite(.enabled(if: SharedCorpus.has("article-extraction/dev"), SharedCorpus.absence))
struct HTMLCorpusTests {
  static let folder = SharedCorpus.root.appendingPathComponent("article-extraction/dev")

  @Test func extractionMatchesTheBenchmarkFloor() throws {
    let truthURL = Self.folder.appendingPathComponent("ground-truth.json")
    let data = try Data(contentsOf: truthURL)
    let json = try JSONSerialization.jsonObject(with: data)
    let truth = try #require(
      json as? [String: [String: Any]],
      "\(truthURL.path) is not a JSON object of pages")
    var precisions: [Double] = []
    var recalls: [Double] = []
    for (id, entry) in truth {
      let path = Self.folder.appendingPathComponent("html/\(id).html.gz").path
      let bytes = try #require(gunzip(path), "\(path) cannot be read")
      let article = HTMLIngest.read(bytes, source: path).article
      let scalars = Array(article.text.unicodeScalars)
      let story = article.paragraphs.filter { $0.kind == .body || $0.kind == .heading }
        .map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        .joined(separator: "\n")
      let expected = shingles(entry["articleBody"] as? String ?? "")
      let found = shingles(story)
      let common = expected.reduce(0) { $0 + min($1.value, found[$1.key] ?? 0) }
      let foundCount = found.values.reduce(0, +)
      let expectedCount = expected.values.reduce(0, +)
      if foundCount > 0 { precisions.append(Double(common) / Double(foundCount)) }
      if expectedCount > 0 { recalls.append(Double(common) / Double(expectedCount)) }
    }
    let precision = precisions.reduce(0, +) / Double(max(precisions.count, 1))
    let recall = recalls.reduce(0, +) / Double(max(recalls.count, 1))
    let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(
      "HTMLCorpusTests: \(truth.count) pages, precision \(precision), recall \(recall), F1 \(f1)")
    #expect(precisions.count == truth.count, "every page gives a story")
    #expect(f1 >= 0.965)
  }

  /// Word 4-grams with their counts; a word is a run of letters, digits and `_`.
  private func shingles(_ text: String) -> [[Substring]: Int] {
    let words = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }
    var result: [[Substring]: Int] = [:]
    if words.count < 4 {
      if !words.isEmpty { result[Array(words), default: 0] += 1 }
      return result
    }
    for start in 0...(words.count - 4) { result[Array(words[start..<start + 4]), default: 0] += 1 }
    return result
  }

  private func gunzip(_ path: String) -> [UInt8]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? [UInt8](data) : nil
  }
}
