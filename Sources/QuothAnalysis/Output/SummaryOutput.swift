/// A corpus summary as JSON or CSV.
extension CorpusSummary {
  /// One JSON object: `summary` (`speakers` or `entities`), `articles`, `maxUndercount`
  /// (0: every total is exact) and the rows under the subject's name, speakers with
  /// `name`, `kind`, `quotes`, `words`, `articles`, entities with `name`, `type`,
  /// `mentions`, `articles`.
  public func json() -> String {
    var json = JSONWriter()
    json.beginObject()
    json.key("summary")
    json.string(subject.rawValue)
    json.key("articles")
    json.int(articles)
    json.key("maxUndercount")
    json.int(maxUndercount)
    json.key(subject.rawValue)
    json.beginArray()
    for row in rows {
      json.beginObject()
      json.key("name")
      json.string(row.name)
      json.key(subject == .speakers ? "kind" : "type")
      json.string(row.kind.isEmpty ? nil : row.kind)
      for (name, value) in counts(of: row) {
        json.key(name)
        json.int(value)
      }
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.output
  }

  /// CSV with a header line (`name,kind,quotes,words,articles` for speakers,
  /// `name,type,mentions,articles` for entities), lines ending in CRLF as RFC 4180 has
  /// them; fields with a comma, a quote or a line break are quoted.
  public func csv() -> String {
    let header =
      ["name", subject == .speakers ? "kind" : "type"]
      + counts(of: Row(name: "", kind: "")).map(\.0)
    var output = header.joined(separator: ",") + "\r\n"
    for row in rows {
      let fields = [row.name, row.kind] + counts(of: row).map { String($0.1) }
      output += fields.map(Self.csvField).joined(separator: ",") + "\r\n"
    }
    return output
  }

  private func counts(of row: Row) -> [(String, Int)] {
    switch subject {
    case .speakers: [("quotes", row.quotes), ("words", row.words), ("articles", row.articles)]
    case .entities: [("mentions", row.mentions), ("articles", row.articles)]
    }
  }

  private static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
