import Foundation
import QuothAnalysis

/// A PolNeAR article with its annotated quotes (gold.jsonl) and their sources.
struct GoldArticle {
  struct GoldQuote {
    var start: Int
    var end: Int
    var source: SpeakerTraining.Source?
    var sourceText: String?
  }

  var name: String
  var text: String
  var quotes: [GoldQuote]

  /// The sources of the quotes, in the quotes' order.
  var sources: [SpeakerTraining.Source] { quotes.compactMap(\.source) }

  /// The quotes that have a source, with the names the source gives.
  var sourcedQuotes: [SpeakerTraining.GoldQuote] {
    quotes.compactMap { quote in
      quote.source.map {
        SpeakerTraining.GoldQuote(
          start: quote.start, end: quote.end, source: $0,
          sourceNames: Self.names(quote.sourceText ?? ""))
      }
    }
  }

  static func load(corpus: URL, split: String) throws -> [GoldArticle] {
    let folder = corpus.appendingPathComponent(split)
    let lines = try String(contentsOf: folder.appendingPathComponent("gold.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    return try lines.map { line in
      guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let name = row["article"] as? String, let quotes = row["quotes"] as? [[String: Any]]
      else { throw CocoaError(.coderReadCorrupt) }
      let text = try String(
        contentsOf: folder.appendingPathComponent("text").appendingPathComponent(name),
        encoding: .utf8)
      return GoldArticle(
        name: name, text: text,
        quotes: quotes.compactMap { quote in
          guard let start = quote["start"] as? Int, let end = quote["end"] as? Int else {
            return nil
          }
          let source = quote["source"] as? [String: Any]
          let sourceText = source?["text"] as? String
          return GoldQuote(
            start: start, end: end,
            source: source.flatMap { source in
              guard let start = source["start"] as? Int, let end = source["end"] as? Int else {
                return nil
              }
              return SpeakerTraining.Source(
                start: start, end: end, lastName: sourceText.flatMap(lastName))
            }, sourceText: sourceText)
        })
    }
  }

  /// The last capitalised word of a source that names someone ("Mr. Smith" → "smith"),
  /// nil for a pronoun or a description ("he", "the spokesman"), as the scorer reads it.
  static func lastName(_ text: String) -> String? {
    nameWords(text).last
  }

  /// Every capitalised word of a source that names someone, lower-cased.
  static func names(_ text: String) -> Set<String> {
    Set(nameWords(text))
  }

  private static func nameWords(_ text: String) -> [String] {
    text.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.filter {
      $0.count > 1 && $0.first!.isUppercase
    }.map { $0.lowercased() }.filter { !notNames.contains($0) }
  }

  /// Capitalised words that name no one.
  static let notNames: Set<String> = [
    "he", "she", "they", "i", "we", "it", "him", "her", "them", "his", "its", "their", "the", "a",
    "an", "this", "that", "these", "those", "one", "some", "many", "mr", "ms", "mrs", "dr",
    "another", "other", "both", "several", "two", "three", "according",
  ]
}
