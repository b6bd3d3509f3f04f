import Foundation

/// The analysis as a JSON document, schema 2 (see DESIGN.md).
public enum AnalysisJSON {
  public static let schema = 2

  /// Encodes an analysis as one JSON object, keys in the documented order.
  public static func encode(_ analysis: Analysis) -> String {
    var json = JSONWriter()
    beginArticle(analysis.article, in: &json) { _ in }
    json.key("entities")
    json.beginArray()
    for entity in analysis.entities { write(entity, to: &json) }
    json.endArray()
    json.key("quotes")
    json.beginArray()
    for quote in analysis.quotes { write(quote, to: &json) }
    json.endArray()
    endArticle(speakers: analysis.speakers, in: &json)
    return json.output
  }

  /// Writes the JSON object of an article analysed section by section, handing it to
  /// `output` in pieces as the sections come, so that the analysis of a huge file is
  /// never all in memory. The quotes come after every entity: until then they wait in
  /// a `SpillBuffer`. An article of a corpus carries its `record`'s fields after `schema`:
  /// `id`, and for a crawl's page `targetURI` and `warcDate`.
  public static func write(
    _ article: Article, sections: some Sequence<AnalysisSection>, record: RecordFields? = nil,
    to output: (Data) throws -> Void
  ) throws {
    func flush(_ json: inout JSONWriter, to output: (Data) throws -> Void) throws {
      if json.output.utf8.count >= 1 << 16 { try output(Data(json.takeOutput().utf8)) }
    }
    var json = JSONWriter()
    try beginArticle(article, record: record, in: &json) { try flush(&$0, to: output) }
    json.key("entities")
    json.beginArray()
    var quotes = SpillBuffer()
    var quoteJSON = JSONWriter()
    var tally = SpeakerTally()
    for section in sections {
      for entity in section.entities {
        write(entity, to: &json)
        try flush(&json, to: output)
      }
      for quote in section.quotes {
        write(quote, to: &quoteJSON)
        try flush(&quoteJSON) { try quotes.append($0) }
      }
      tally.add(section.speakers)
    }
    try quotes.append(Data(quoteJSON.takeOutput().utf8))
    json.endArray()
    json.key("quotes")
    json.beginArray()
    try output(Data(json.takeOutput().utf8))
    try quotes.drain(into: output)
    json.endArray()
    endArticle(speakers: tally.speakers, in: &json)
    try output(Data(json.output.utf8))
  }

  /// Opens the object and writes what ingest found: everything up to the entities.
  /// `flush` is called after each paragraph.
  private static func beginArticle(
    _ article: Article, record: RecordFields? = nil, in json: inout JSONWriter,
    flushing flush: (inout JSONWriter) throws -> Void
  ) rethrows {
    json.beginObject()
    json.key("schema")
    json.int(schema)
    if let record { write(record, to: &json) }
    json.key("source")
    json.string(article.source)
    json.key("format")
    json.string(article.format.rawValue)
    json.key("title")
    json.string(article.title)
    writePageFields(article, to: &json)
    if article.format != .text {
      json.key("text")
      json.string(article.text)
    }
    json.key("body")
    write(article.body, to: &json)
    json.key("paragraphs")
    json.beginArray()
    for paragraph in article.paragraphs {
      json.beginObject()
      json.key("start")
      json.int(paragraph.start)
      json.key("end")
      json.int(paragraph.end)
      json.key("kind")
      json.string(paragraph.kind.rawValue)
      json.endObject()
      try flush(&json)
    }
    json.endArray()
  }

  /// The line a corpus's article that could not be analysed gets instead of its analysis:
  /// `{"id": …, "error": "…"}` (with `targetURI` and `warcDate` for a crawl's record).
  public static func errorLine(record: RecordFields, message: String) -> String {
    var json = JSONWriter()
    json.beginObject()
    write(record, to: &json)
    json.key("error")
    json.string(message)
    json.endObject()
    return json.output
  }

  /// `id` (null when unknown), then `targetURI` and `warcDate` when the record has them.
  private static func write(_ record: RecordFields, to json: inout JSONWriter) {
    json.key("id")
    switch record.id {
    case .string(let text)?: json.string(text)
    case .integer(let number)?: json.int(number)
    case nil: json.null()
    }
    if let targetURI = record.targetURI {
      json.key("targetURI")
      json.string(targetURI)
    }
    if let warcDate = record.warcDate {
      json.key("warcDate")
      json.string(warcDate)
    }
  }

  /// Schema 2's page fields: `byline` (the authors' names, a list, or null), `date` (ISO
  /// 8601 or null), `siteName`, `url` and `lang` (each null when the page does not say).
  private static func writePageFields(_ article: Article, to json: inout JSONWriter) {
    json.key("byline")
    if article.authors.isEmpty {
      json.null()
    } else {
      json.beginArray()
      for name in article.authors { json.string(name) }
      json.endArray()
    }
    json.key("date")
    json.string(article.date)
    json.key("siteName")
    json.string(article.siteName)
    json.key("url")
    json.string(article.url)
    json.key("lang")
    json.string(article.lang)
  }

  /// `"outsideStory": true`, on entities and quotes found in boilerplate paragraphs.
  private static func writeOutsideStory(to json: inout JSONWriter) {
    json.key("outsideStory")
    json.bool(true)
  }

  /// Writes the speakers and closes the object.
  private static func endArticle(speakers: [Speaker], in json: inout JSONWriter) {
    json.key("speakers")
    json.beginArray()
    for speaker in speakers {
      json.beginObject()
      json.key("name")
      json.string(speaker.name)
      json.key("type")
      json.string(speaker.type?.rawValue)
      json.key("description")
      json.string(speaker.description)
      json.key("quotes")
      json.int(speaker.quotes)
      json.key("words")
      json.int(speaker.words)
      json.endObject()
    }
    json.endArray()
    json.endObject()
  }

  private static func write(_ entity: Entity, to json: inout JSONWriter) {
    json.beginObject()
    json.key("start")
    json.int(entity.start)
    json.key("end")
    json.int(entity.end)
    json.key("text")
    json.string(entity.text)
    json.key("type")
    json.string(entity.type.rawValue)
    json.key("canonical")
    json.string(entity.canonical)
    if entity.outsideStory { writeOutsideStory(to: &json) }
    json.endObject()
  }

  private static func write(_ quote: Quote, to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.int(quote.id)
    json.key("spans")
    json.beginArray()
    for span in quote.spans {
      json.beginArray()
      json.int(span.start)
      json.int(span.end)
      json.endArray()
    }
    json.endArray()
    json.key("text")
    json.string(quote.text)
    json.key("speaker")
    json.string(quote.speaker)
    json.key("speakerType")
    json.string(quote.speakerType?.rawValue)
    json.key("speakerKind")
    json.string(quote.speakerKind?.rawValue)
    json.key("speakerConfidence")
    json.number(quote.speakerConfidence)
    json.key("mention")
    write(quote.mention, to: &json)
    json.key("cue")
    write(quote.cue, to: &json)
    json.key("repeatOf")
    json.int(quote.repeatOf)
    if quote.outsideStory { writeOutsideStory(to: &json) }
    json.endObject()
  }

  private static func write(_ range: TextRange, to json: inout JSONWriter) {
    json.beginObject()
    json.key("start")
    json.int(range.start)
    json.key("end")
    json.int(range.end)
    json.endObject()
  }

  private static func write(_ span: TextSpan?, to json: inout JSONWriter) {
    guard let span else { return json.null() }
    json.beginObject()
    json.key("start")
    json.int(span.start)
    json.key("end")
    json.int(span.end)
    json.key("text")
    json.string(span.text)
    json.endObject()
  }
}
