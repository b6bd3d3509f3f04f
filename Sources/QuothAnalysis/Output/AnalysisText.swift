/// The analysis as readable text: the quotes grouped by speaker, most quoted first.
public enum AnalysisText {
  public static func render(_ analysis: Analysis) -> String {
    var out = ""
    let article = analysis.article
    out += "\(article.title ?? article.source)\n"
    let quoteCount = analysis.quotes.count
    out += "\(quoteCount) quote\(quoteCount == 1 ? "" : "s"), \(analysis.speakers.count) speaker\(analysis.speakers.count == 1 ? "" : "s")\n"
    var groups: [(name: String?, quotes: [Quote])] = analysis.speakers.map { speaker in
      (speaker.name, analysis.quotes.filter { $0.speaker == speaker.name })
    }
    let unattributed = analysis.quotes.filter { $0.speaker == nil }
    if !unattributed.isEmpty { groups.append((nil, unattributed)) }
    for group in groups {
      out += "\n"
      if let name = group.name, let speaker = analysis.speakers.first(where: { $0.name == name }) {
        out += "\(name)"
        if let description = speaker.description { out += ", \(description)" }
        out += " — \(speaker.quotes) quote\(speaker.quotes == 1 ? "" : "s"), \(speaker.words) words\n"
      } else {
        out += "(unattributed)\n"
      }
      for quote in group.quotes {
        var line = "  [\(quote.id)] \(quote.text)"
        if let repeatOf = quote.repeatOf { line += " (repeats [\(repeatOf)])" }
        out += line + "\n"
      }
    }
    return out
  }
}
