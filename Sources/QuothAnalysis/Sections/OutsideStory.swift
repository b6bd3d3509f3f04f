extension AnalysisSection {
  /// This analysis of a story together with `outside`, the analysis of its boilerplate
  /// paragraphs: entities and quotes of both in reading order, those of the boilerplate
  /// marked `outsideStory`, quote ids renumbered (and `repeatOf` with them). The speakers
  /// are the story's: a caption or an embed does not make anyone a voice of the story.
  func adding(outsideStory outside: AnalysisSection) -> AnalysisSection {
    guard !outside.entities.isEmpty || !outside.quotes.isEmpty else { return self }
    var entities = entities
    for var entity in outside.entities {
      entity.outsideStory = true
      entities.append(entity)
    }
    entities.sort { $0.start < $1.start }

    // Each quote with the id it had in its own analysis and whether it is outside.
    var quotes = quotes.map { (quote: $0, outside: false) }
    quotes += outside.quotes.map { (quote: $0, outside: true) }
    quotes.sort { $0.quote.extent.start < $1.quote.extent.start }
    var newIDs: [Bool: [Int: Int]] = [false: [:], true: [:]]
    for (position, entry) in quotes.enumerated() {
      newIDs[entry.outside]![entry.quote.id] = position + 1
    }
    let renumbered = quotes.map { entry in
      var quote = entry.quote
      quote.id = newIDs[entry.outside]![quote.id]!
      quote.repeatOf = quote.repeatOf.flatMap { newIDs[entry.outside]![$0] }
      quote.outsideStory = entry.outside
      return quote
    }
    return AnalysisSection(entities: entities, quotes: renumbered, speakers: speakers)
  }
}
