import Foundation
import Testing

@testable import QuothAnalysis

/// The recogniser against the shared corpora in ../shared (skipped when absent).
@Suite struct EntityCorpusTests {
  static let shared = SharedCorpus.root

  static var haveCorpus: Bool { SharedCorpus.has("polnear/dev") }

  /// Entities in text order, none overlapping, on PolNeAR dev; the exact-span agreement
  /// with CoreNLP's PERSON, ORGANIZATION and LOCATION tags is printed, with no floor (gold
  /// is the measure, CoreNLP's own inconsistency is no target).
  @Test(.enabled(if: haveCorpus, SharedCorpus.absence))
  func entitiesOnPolNeARDevDoNotOverlap() throws {
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
    print("agreement with CoreNLP on PolNeAR dev: F1 \(f1)")
  }

  /// PER, ORG and LOC against the hand-made gold of news-entities dev (exact typed spans,
  /// as ../shared/eval/score_entities.py counts them). The model learnt from these
  /// articles too: held-out figures are in the README.
  @Test(.enabled(if: haveCorpus, SharedCorpus.absence))
  func matchesTheNewsGold() throws {
    struct Row: Decodable {
      struct Span: Decodable, Hashable {
        var start: Int
        var end: Int
        var type: String
      }
      var article: String
      var entities: [Span]
    }
    let folder = EntityCorpusTests.shared.appendingPathComponent("news-entities/dev")
    let names = ["PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"]
    var truePositives = 0
    var found = 0
    var expected = 0
    var sameSpan = 0
    var sameType = 0
    let lines = try String(
      contentsOf: folder.appendingPathComponent("gold.jsonl"), encoding: .utf8
    ).split(separator: "\n")
    for line in lines {
      let row = try JSONDecoder().decode(Row.self, from: Data(line.utf8))
      let text = try String(
        contentsOf: folder.appendingPathComponent("text/\(row.article)"), encoding: .utf8)
      let entities = EntityRecognizer.shared.entities(
        in: PlainTextIngest.article(from: text, source: row.article))
      let system = Set(
        entities.compactMap { entity in
          names[entity.type.rawValue].map {
            Row.Span(start: entity.start, end: entity.end, type: $0)
          }
        })
      let gold = Set(row.entities.filter { ["PER", "ORG", "LOC"].contains($0.type) })
      truePositives += system.intersection(gold).count
      found += system.count
      expected += gold.count
      let typeBySpan = Dictionary(
        system.map { ([$0.start, $0.end], $0.type) }, uniquingKeysWith: { a, _ in a })
      for span in gold {
        guard let type = typeBySpan[[span.start, span.end]] else { continue }
        sameSpan += 1
        if type == span.type { sameType += 1 }
      }
    }
    let precision = Double(truePositives) / Double(found)
    let recall = Double(truePositives) / Double(expected)
    let f1 = 2 * precision * recall / (precision + recall)
    #expect(f1 >= 0.93, "PER/ORG/LOC F1 \(f1)")
    #expect(Double(sameType) / Double(sameSpan) >= 0.98, "type accuracy")
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
