import Foundation
import Testing

@testable import QuothAnalysis

/// The recogniser against the shared corpora in ../shared (skipped when absent).
@Suite struct EntityCorpusTests {
  static let shared = SharedCorpus.root

  static var haveCorpus: Bool { SharedCorpus.has("polnear/dev") }

  /// Exact-span agreement with CoreNLP's PERSON, ORGANIZATION and LOCATION tags on PolNeAR
  /// dev; entities in text order, none overlapping.
  @Test(.enabled(if: haveCorpus, SharedCorpus.absence))
  func agreesWithCoreNLPOnDev() throws {
    let dev = EntityCorpusTests.shared.appendingPathComponent("polnear/dev")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: dev.appendingPathComponent("corenlp-ner").path
    ).filter { $0.hasSuffix(".tsv") }
    let types = ["PERSON": EntityType.person, "ORGANIZATION": .org, "LOCATION": .place]
    var found = 0
    var expected = 0
    var agreed = 0
    for name in names {
      let stem = String(name.dropLast(4))
      let text = try String(
        contentsOf: dev.appendingPathComponent("text/\(stem).txt"), encoding: .utf8)
      let tags = try String(
        contentsOf: dev.appendingPathComponent("corenlp-ner/\(name)"), encoding: .utf8)
      // Reference spans: runs of tokens with the same tag.
      var gold = Set<[Int]>()
      var open: [Int]? = nil
      for line in tags.split(separator: "\n", omittingEmptySubsequences: false) {
        let fields = line.split(separator: "\t")
        let type = fields.count >= 5 ? types[String(fields[4])] : nil
        let typeIndex = type.flatMap { EntityType.allCases.firstIndex(of: $0) }
        if let current = open, typeIndex != current[2] {
          gold.insert(current)
          open = nil
        }
        guard let typeIndex, let start = Int(fields[0]), let end = Int(fields[1]) else { continue }
        if open == nil { open = [start, end, typeIndex] } else { open![1] = end }
      }
      if let open { gold.insert(open) }
      // Every paragraph, whatever ingest makes of it: the reference tags them all.
      var article = PlainTextIngest.article(from: text, source: stem)
      for index in article.paragraphs.indices { article.paragraphs[index].kind = .body }
      let entities = EntityRecognizer.shared.entities(in: article)
      for (a, b) in zip(entities, entities.dropFirst()) {
        #expect(a.end <= b.start, "\(stem): \(a.text) overlaps \(b.text)")
      }
      let spans = Set(
        entities.filter { types.values.contains($0.type) }.map {
          [$0.start, $0.end, EntityType.allCases.firstIndex(of: $0.type)!]
        })
      found += spans.count
      expected += gold.count
      agreed += spans.intersection(gold).count
    }
    let precision = Double(agreed) / Double(found)
    let recall = Double(agreed) / Double(expected)
    let f1 = 2 * precision * recall / (precision + recall)
    #expect(f1 >= 0.84, "F1 \(f1)")
  }

  /// Every entity the sample article's gold file lists is found with its type.
  @Test(.enabled(if: haveCorpus, SharedCorpus.absence))
  func findsTheSeedArticlesEntities() throws {
    let seed = EntityCorpusTests.shared.appendingPathComponent("seed")
    let text = try String(
      contentsOf: seed.appendingPathComponent("000_ea4729bba96c6d25.txt"), encoding: .utf8)
    let gold = try JSONSerialization.jsonObject(
      with: Data(contentsOf: seed.appendingPathComponent("000_ea4729bba96c6d25.gold.json")))
    let listed = try #require((gold as? [String: Any])?["entities"] as? [String: [String]])
    let found = EntityRecognizer.shared.entities(
      in: PlainTextIngest.article(from: text, source: "seed"))
    for (type, names) in listed {
      for name in names {
        #expect(
          found.contains {
            $0.type.rawValue == type
              && ($0.text == name || $0.text.replacingOccurrences(of: "’", with: "'") == name)
          }, "\(type) \(name)")
      }
    }
  }
}
