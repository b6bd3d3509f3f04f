import Foundation
import QuothAnalysis

/// An entity of the reference annotation: scalar offsets and an `EntityLabel.types` index.
struct GoldSpan: Hashable {
  var start: Int
  var end: Int
  var type: Int
}

/// A PolNeAR article with Stanford CoreNLP's entity tags (corenlp-ner/*.tsv: start, end,
/// word, POS, tag; blank lines between sentences).
struct CorpusDocument {
  let name: String
  let scalars: [Unicode.Scalar]
  /// Every paragraph ingest finds, whatever its kind: the reference tags them all.
  let paragraphs: [TextRange]
  let gold: [GoldSpan]

  /// CoreNLP tags and the entity types they stand for.
  static let tagTypes = ["PERSON": 0, "ORGANIZATION": 1, "LOCATION": 2]

  /// Reads every article of `split` ("train" or "dev") under `corpus` (the polnear folder).
  static func load(corpus: URL, split: String) throws -> [CorpusDocument] {
    let tagFolder = corpus.appendingPathComponent("\(split)/corenlp-ner")
    let textFolder = corpus.appendingPathComponent("\(split)/text")
    let names = try FileManager.default.contentsOfDirectory(atPath: tagFolder.path)
      .filter { $0.hasSuffix(".tsv") }.sorted()
    return try names.map { name in
      let stem = String(name.dropLast(4))
      let text = try String(
        contentsOf: textFolder.appendingPathComponent("\(stem).txt"), encoding: .utf8)
      let tags = try String(contentsOf: tagFolder.appendingPathComponent(name), encoding: .utf8)
      let article = PlainTextIngest.article(from: text, source: stem)
      return CorpusDocument(
        name: stem, scalars: Array(text.unicodeScalars),
        paragraphs: article.paragraphs.map(\.range), gold: goldSpans(tags))
    }
  }

  /// Runs of tokens with the same entity tag, as spans.
  static func goldSpans(_ tsv: String) -> [GoldSpan] {
    var spans: [GoldSpan] = []
    var open: GoldSpan?
    for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let type = fields.count >= 5 ? tagTypes[String(fields[4])] : nil
      if let current = open, type != current.type {
        spans.append(current)
        open = nil
      }
      guard let type, let start = Int(fields[0]), let end = Int(fields[1]) else { continue }
      if open == nil {
        open = GoldSpan(start: start, end: end, type: type)
      } else {
        open!.end = end
      }
    }
    if let open { spans.append(open) }
    return spans
  }
}
