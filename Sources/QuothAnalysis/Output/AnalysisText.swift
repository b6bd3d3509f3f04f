import Foundation

/// The analysis as readable text: the quotes grouped by speaker, most quoted first.
/// Every piece of article text in it is made safe for a terminal (`TerminalText`).
public enum AnalysisText {
  public static func render(_ analysis: Analysis) -> String {
    var output = Data()
    let whole = AnalysisSection(
      entities: [], quotes: analysis.quotes, speakers: analysis.speakers)
    write(analysis.article, sections: [whole]) { output.append($0) }
    return String(decoding: output, as: UTF8.self)
  }

  /// Writes the text of an article analysed section by section. Only each quote's line
  /// is kept until the end (the groups come out most quoted first), not the analysis.
  public static func write(
    _ article: Article, sections: some Sequence<AnalysisSection>,
    to output: (Data) throws -> Void
  ) rethrows {
    let safe = { (text: String) in TerminalText.sanitized(text) }
    var linesBySpeaker: [String?: Data] = [:]
    var quoteCount = 0
    var tally = SpeakerTally()
    for section in sections {
      for quote in section.quotes {
        let lead = "  [\(quote.id)] "
        var line = lead + TerminalText.sanitized(quote.text, column: lead.unicodeScalars.count)
        if let repeatOf = quote.repeatOf { line += " (repeats [\(repeatOf)])" }
        linesBySpeaker[quote.speaker, default: Data()].append(contentsOf: (line + "\n").utf8)
      }
      quoteCount += section.quotes.count
      tally.add(section.speakers)
    }
    let speakers = tally.speakers
    var head = "\(safe(article.title ?? article.source))\n"
    head +=
      "\(quoteCount) quote\(quoteCount == 1 ? "" : "s"), \(speakers.count) speaker\(speakers.count == 1 ? "" : "s")\n"
    try output(Data(head.utf8))
    for speaker in speakers {
      var heading = "\n" + safe(speaker.name)
      if let description = speaker.description { heading += ", \(safe(description))" }
      heading +=
        " — \(speaker.quotes) quote\(speaker.quotes == 1 ? "" : "s"), \(speaker.words) words\n"
      try output(Data(heading.utf8))
      if let lines = linesBySpeaker.removeValue(forKey: speaker.name) { try output(lines) }
    }
    if let unattributed = linesBySpeaker.removeValue(forKey: nil) {
      try output(Data("\n(unattributed)\n".utf8))
      try output(unattributed)
    }
  }
}
