/// The analysis as readable text: the quotes grouped by speaker, most quoted first.
/// Every piece of article text in it is made safe for a terminal (`TerminalText`).
public enum AnalysisText {
  public static func render(_ analysis: Analysis) -> String {
    let safe = { (text: String) in TerminalText.sanitized(text) }
    var out = ""
    let article = analysis.article
    out += "\(safe(article.title ?? article.source))\n"
    let quoteCount = analysis.quotes.count
    out +=
      "\(quoteCount) quote\(quoteCount == 1 ? "" : "s"), \(analysis.speakers.count) speaker\(analysis.speakers.count == 1 ? "" : "s")\n"
    var groups: [(name: String?, quotes: [Quote])] = analysis.speakers.map { speaker in
      (speaker.name, analysis.quotes.filter { $0.speaker == speaker.name })
    }
    let unattributed = analysis.quotes.filter { $0.speaker == nil }
    if !unattributed.isEmpty { groups.append((nil, unattributed)) }
    for group in groups {
      out += "\n"
      if let name = group.name, let speaker = analysis.speakers.first(where: { $0.name == name }) {
        out += safe(name)
        if let description = speaker.description { out += ", \(safe(description))" }
        out +=
          " — \(speaker.quotes) quote\(speaker.quotes == 1 ? "" : "s"), \(speaker.words) words\n"
      } else {
        out += "(unattributed)\n"
      }
      for quote in group.quotes {
        let lead = "  [\(quote.id)] "
        var line = lead + TerminalText.sanitized(quote.text, column: lead.unicodeScalars.count)
        if let repeatOf = quote.repeatOf { line += " (repeats [\(repeatOf)])" }
        out += line + "\n"
      }
    }
    return out
  }
}
