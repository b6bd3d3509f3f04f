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
  var name: String
  var scalars: [Unicode.Scalar]
  /// Every paragraph ingest finds, whatever its kind: the reference tags them all.
  let paragraphs: [TextRange]
  let gold: [GoldSpan]
  /// Hand-annotated (true) or CoreNLP's tags (false): silver headlines are left out of training.
  var isHandAnnotated = false

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

extension CorpusDocument {
  /// Types of the hand annotations (PER, ORG, LOC) as `EntityLabel.types` indices.
  static let goldTypes = ["PER": 0, "ORG": 1, "LOC": 2]

  /// Reads hand-annotated news articles: `gold.jsonl` (one article a line, its entities
  /// with code point offsets) and `text/NAME` beside it. `keep` picks articles by their
  /// position in file order (for holding some out).
  static func loadNewsEntities(folder: URL, keep: (Int) -> Bool = { _ in true }) throws
    -> [CorpusDocument]
  {
    struct Row: Decodable {
      struct Span: Decodable {
        var start: Int
        var end: Int
        var type: String
      }
      var article: String
      var entities: [Span]
    }
    let lines = try String(
      contentsOf: folder.appendingPathComponent("gold.jsonl"), encoding: .utf8
    ).split(separator: "\n")
    var documents: [CorpusDocument] = []
    for (index, line) in lines.enumerated() where keep(index) {
      let row = try JSONDecoder().decode(Row.self, from: Data(line.utf8))
      let text = try String(
        contentsOf: folder.appendingPathComponent("text/\(row.article)"), encoding: .utf8)
      let article = PlainTextIngest.article(from: text, source: row.article)
      let gold = row.entities.compactMap { span in
        goldTypes[span.type].map { GoldSpan(start: span.start, end: span.end, type: $0) }
      }
      documents.append(
        CorpusDocument(
          name: row.article, scalars: Array(text.unicodeScalars),
          paragraphs: article.paragraphs.map(\.range), gold: gold, isHandAnnotated: true))
    }
    return documents
  }

  /// Reads a Universal NER file (IOB2, tab columns: id, token, tag; `# newdoc` between
  /// documents), laid out as the scorer lays it out: tokens joined by spaces, one
  /// sentence a line.
  static func loadUniversalNER(file: URL) throws -> [CorpusDocument] {
    var documents: [CorpusDocument] = []
    var text = ""
    var offset = 0
    var gold: [GoldSpan] = []
    var open: GoldSpan?
    var sentenceHasTokens = false
    func closeSpan() {
      if let span = open { gold.append(span) }
      open = nil
    }
    func closeDocument() {
      closeSpan()
      guard !text.isEmpty else { return }
      if sentenceHasTokens {
        text += "\n"
        sentenceHasTokens = false
      }
      let name = "uner-\(documents.count)"
      let article = PlainTextIngest.article(from: text, source: name)
      documents.append(
        CorpusDocument(
          name: name, scalars: Array(text.unicodeScalars),
          paragraphs: article.paragraphs.map(\.range), gold: gold, isHandAnnotated: true))
      text = ""
      offset = 0
      gold = []
    }
    for line in try String(contentsOf: file, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      if line.hasPrefix("# newdoc") {
        closeDocument()
        continue
      }
      if line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 3, Int(fields[0]) != nil else {
        closeSpan()
        if sentenceHasTokens {
          text += "\n"
          offset += 1
          sentenceHasTokens = false
        }
        continue
      }
      if sentenceHasTokens {
        text += " "
        offset += 1
      }
      let word = String(fields[1])
      let tag = String(fields[2])
      let start = offset
      text += word
      offset += word.unicodeScalars.count
      sentenceHasTokens = true
      let type = tag.count > 2 ? goldTypes[String(tag.dropFirst(2))] : nil
      if tag.hasPrefix("B-") || type == nil || type != open?.type { closeSpan() }
      guard let type else { continue }
      if open == nil {
        open = GoldSpan(start: start, end: offset, type: type)
      } else {
        open!.end = offset
      }
    }
    closeDocument()
    return documents
  }
}

extension CorpusDocument {
  /// The same document in lower case (scalar for scalar, so the offsets stay).
  func lowerCased() -> CorpusDocument {
    var copy = self
    copy.scalars = scalars.map { scalar in
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      return lower.count == 1 ? lower.first! : scalar
    }
    copy.name = name + " (lower case)"
    return copy
  }
}
