import Foundation
import QuothAnalysis

/// Reads back an analysis the library stored as `quoth analyze` JSON (`AnalysisJSON`),
/// with the article's text from the library's content column (plain-text articles do
/// not carry it in the JSON).
enum StoredAnalysis {
  static func decode(_ json: String, text: String, byline: String?) throws -> Analysis {
    let page = try JSONDecoder().decode(Page.self, from: Data(json.utf8))
    let article = Article(
      source: page.source, format: SourceFormat(rawValue: page.format) ?? .text, text: text,
      title: page.title, byline: byline, authors: page.byline ?? [], date: page.date,
      siteName: page.siteName, url: page.url, lang: page.lang,
      paragraphs: page.paragraphs.map {
        Paragraph(start: $0.start, end: $0.end, kind: ParagraphKind(rawValue: $0.kind) ?? .body)
      },
      body: TextRange(page.body.start, page.body.end))
    let entities = page.entities.compactMap { entity -> Entity? in
      guard let type = EntityType(rawValue: entity.type) else { return nil }
      var decoded = Entity(
        start: entity.start, end: entity.end, text: entity.text, type: type,
        canonical: entity.canonical)
      decoded.outsideStory = entity.outsideStory ?? false
      return decoded
    }
    let quotes = page.quotes.map { quote in
      var decoded = Quote(
        id: quote.id,
        spans: quote.spans.compactMap { $0.count == 2 ? TextRange($0[0], $0[1]) : nil },
        text: quote.text,
        speaker: quote.speaker, speakerType: quote.speakerType.flatMap(EntityType.init),
        speakerKind: quote.speakerKind.flatMap(SpeakerKind.init),
        speakerConfidence: quote.speakerConfidence, mention: quote.mention, cue: quote.cue,
        repeatOf: quote.repeatOf)
      decoded.outsideStory = quote.outsideStory ?? false
      return decoded
    }
    let speakers = page.speakers.map {
      Speaker(
        name: $0.name, type: $0.type.flatMap(EntityType.init), description: $0.description,
        quotes: $0.quotes, words: $0.words)
    }
    return Analysis(article: article, entities: entities, quotes: quotes, speakers: speakers)
  }

  private struct Page: Decodable {
    var source: String
    var format: String
    var title: String?
    var byline: [String]?
    var date: String?
    var siteName: String?
    var url: String?
    var lang: String?
    var body: Span
    var paragraphs: [ParagraphJSON]
    var entities: [EntityJSON]
    var quotes: [QuoteJSON]
    var speakers: [SpeakerJSON]
  }

  private struct Span: Decodable {
    var start: Int
    var end: Int
  }

  private struct ParagraphJSON: Decodable {
    var start: Int
    var end: Int
    var kind: String
  }

  private struct EntityJSON: Decodable {
    var start: Int
    var end: Int
    var text: String
    var type: String
    var canonical: String
    var outsideStory: Bool?
  }

  private struct QuoteJSON: Decodable {
    var id: Int
    var spans: [[Int]]
    var text: String
    var speaker: String?
    var speakerType: String?
    var speakerKind: String?
    var speakerConfidence: Double?
    var mention: TextSpan?
    var cue: TextSpan?
    var repeatOf: Int?
    var outsideStory: Bool?
  }

  private struct SpeakerJSON: Decodable {
    var name: String
    var type: String?
    var description: String?
    var quotes: Int
    var words: Int
  }
}
