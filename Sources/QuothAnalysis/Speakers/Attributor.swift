/// Finds, for each quoted region, the words of its paragraph that say who spoke.
///
/// Frames: “Q,” X said. / “Q,” said X, APPOSITIVE. / X said: “Q” / X said “Q” /
/// X told Y “Q” / X said that … “Q” / according to X / as X put it / X: “Q”.
enum Attributor {
  /// How a region relates to the quotes around it when it has no attribution of its own.
  enum Link: Equatable {
    /// Attributed by its own paragraph.
    case own
    /// The second half of a quote split by its attribution (“A,” he said, “B.”).
    case splitFrom(Int)
    /// A new quote by the speaker of an earlier region (“A,” he said. “B.”).
    case sameSpeakerAs(Int)
    /// Runs on from the quote of the previous paragraph.
    case continues(Int)
    case none
  }

  struct Result {
    var attribution: Attribution?
    var link: Link
  }

  static func attribute(_ regions: [QuoteRegion], in document: TextDocument) -> [Result] {
    var results = [Result](repeating: Result(attribution: nil, link: .none), count: regions.count)
    var index = 0
    while index < regions.count {
      let block = regions[index].block
      var end = index
      while end < regions.count && regions[end].block == block { end += 1 }
      let reader = PhraseReader(
        document: document, block: block, regions: Array(regions[index..<end]))
      for position in index..<end {
        let next = position + 1 < end ? regions[position + 1].openToken : reader.tokens.count
        let previousEnd = position > index ? regions[position - 1].afterToken : 0
        let region = regions[position]
        // “Q.” ends its sentence: a reporting verb before it is the safer reading.
        let endsSentence =
          region.closeToken != nil && region.innerTokens.count > 1
          && reader.isPunctuation(region.innerTokens.upperBound - 1, ".!?")
          && reader.isWord(region.afterToken) && reader.tokens[region.afterToken].isCapitalized
        let found =
          endsSentence
          ? before(region, reader: reader, floor: previousEnd)
            ?? after(region, reader: reader, limit: next)
          : after(region, reader: reader, limit: next)
            ?? before(region, reader: reader, floor: previousEnd)
        if let found = transcriptLabel(region, reader: reader) ?? found {
          results[position] = Result(attribution: found, link: .own)
        }
      }
      joinSplitQuotes(index..<end, regions: regions, reader: reader, results: &results)
      linkUnattributed(index..<end, regions: regions, reader: reader, results: &results)
      for position in index..<end
      where results[position].attribution == nil && results[position].link == .none {
        let previousEnd = position > index ? regions[position - 1].afterToken : 0
        results[position].attribution = subjectOnly(
          regions[position], reader: reader, floor: previousEnd)
      }
      index = end
    }
    linkAcrossParagraphs(regions, document: document, results: &results)
    return results
  }

  /// A quote with no reporting words ("Cruz is praising Bush as “…”"; "Roe argues that
  /// …. “…”"): the subject of its sentence, else of the sentence before when the quote
  /// opens its own. A pronoun or a name only, never a description.
  static func subjectOnly(_ region: QuoteRegion, reader: PhraseReader, floor previousEnd: Int)
    -> Attribution?
  {
    var start = region.openToken
    while start > previousEnd && !reader.isSentenceEnd(start - 1) { start -= 1 }
    var limit = region.openToken
    if !(start..<region.openToken).contains(where: { reader.isWord($0) }) {
      // The quote opens its sentence: the sentence before, if any, in this paragraph.
      guard start > previousEnd, reader.isSentenceEnd(start - 1) else { return nil }
      limit = start - 1
      start = limit
      while start > previousEnd && !reader.isSentenceEnd(start - 1) { start -= 1 }
      guard start < limit, !(start..<limit).contains(where: { reader.quoted[$0] }) else {
        return nil
      }
    }
    guard let mention = reader.sentenceSubject(from: start, limit: limit),
      mention.kind != .nominal, mention.tokens.lowerBound >= start
    else { return nil }
    return Attribution(mention: mention, cue: nil, isSubjectOnly: true)
  }

  /// Interview transcripts quoted: “WALLACE: …”, a speaker label in capitals and a colon.
  static func transcriptLabel(_ region: QuoteRegion, reader: PhraseReader) -> Attribution? {
    var index = region.innerTokens.lowerBound
    let limit = min(region.innerTokens.upperBound, index + 4)
    while index < limit && reader.isWord(index)
      && isAllCapitals(reader.tokens[index], reader.document)
    { index += 1 }
    guard index > region.innerTokens.lowerBound, index < limit, reader.isPunctuation(index, ":")
    else { return nil }
    let range = region.innerTokens.lowerBound..<index
    var mention = reader.makeMention(.name, range)
    mention.name = mention.name.capitalized
    return Attribution(mention: mention, cue: nil)
  }

  private static func isAllCapitals(_ token: Token, _ document: TextDocument) -> Bool {
    token.length >= 2
      && (token.start..<token.end).allSatisfy {
        !ScalarText.isLowercase(document.scalars[$0])
      }
  }

  // MARK: After the quote: “Q,” Marsh says. / “Q,” says Lena Marsh, a scholar.

  static func after(_ region: QuoteRegion, reader: PhraseReader, limit: Int) -> Attribution? {
    var index = region.afterToken
    // ''A 'nested,''' said X: the single mark left after a double-apostrophe close.
    if region.closeToken != nil && index < limit && reader.tokens[index].kind == .quoteMark
      && !reader.tokens[index].spaceBefore && reader.tokens[index].first == "'"
    {
      index += 1
    }
    var windowEnd = index
    while windowEnd < limit && !reader.isSentenceEnd(windowEnd) { windowEnd += 1 }
    var skipped = 0
    while index < windowEnd && reader.isPunctuation(index, ",―—–-:") && skipped < 2 {
      index += 1
      skipped += 1
    }
    guard index < windowEnd else { return nil }
    // “Q” ― Stephanie Egan: a dash and a name.
    if index > region.afterToken && reader.isPunctuation(index - 1, "―—–-"),
      let mention = reader.mention(spanning: index..<windowEnd), mention.kind == .name
    {
      return Attribution(mention: mention, cue: nil)
    }
    // Inverted: said Marsh / according to the Kremlin.
    if let cue = reader.cue(at: index) ?? reader.weakCue(at: index),
      reader.lower(index) == "according" || !reader.lower(index).hasSuffix("ing")
    {
      if var mention = reader.phrase(startingAt: cue.upperBound, limit: windowEnd) {
        mention.description =
          mention.description
          ?? appositive(after: mention.tokens.upperBound, reader: reader, limit: windowEnd)
        return Attribution(mention: mention, cue: range(cue, reader))
      }
      return nil
    }
    // Subject first: Marsh says / the Kremlin said / Marsh, a scholar, said /
    // former Obama adviser David Axelrod asked.
    var verb = index
    let reach = min(windowEnd, index + 30)
    while verb < reach && reader.cue(at: verb) == nil {
      if reader.tokens[verb].kind == .quoteMark { return nil }
      verb += 1
    }
    var found = verb < reach ? reader.cue(at: verb) : nil
    var isWeak = false
    if found == nil,
      let weak = (index..<min(windowEnd, index + 5)).lazy.compactMap({ reader.weakCue(at: $0) })
        .first
    {
      verb = weak.lowerBound
      found = weak
      isWeak = true
    }
    guard let cue = found else { return nil }
    // “A.” Roe added: “B.”: after a quote that ends its sentence, a verb that opens the
    // next quote speaks for that one.
    if region.closeToken != nil && reader.isPunctuation(region.innerTokens.upperBound - 1, ".!?")
      && opensQuote(after: cue.upperBound, limit: limit, reader: reader)
    {
      return nil
    }
    var subjectEnd = verb
    while subjectEnd > index && reader.isModifier(subjectEnd - 1) { subjectEnd -= 1 }
    let afterComma = subjectEnd > index && reader.isPunctuation(subjectEnd - 1, ",")
    // “Q,” Marsh, a visiting scholar, said: the appositive's closing comma.
    if let mention = reader.mention(spanning: index..<(afterComma ? subjectEnd - 1 : subjectEnd)) {
      return Attribution(mention: mention, cue: range(cue, reader), isWeak: isWeak)
    }
    // “Q” in sharp contrast to …, says Dante Scala.
    if afterComma, let mention = reader.phrase(startingAt: cue.upperBound, limit: windowEnd) {
      return Attribution(mention: mention, cue: range(cue, reader))
    }
    return nil
  }

  /// Whether the next quote of the paragraph (at `limit`) opens right after `index`,
  /// after a comma or a colon at most.
  private static func opensQuote(after index: Int, limit: Int, reader: PhraseReader) -> Bool {
    let next = reader.isPunctuation(index, ",:") ? index + 1 : index
    return next == limit && limit < reader.tokens.count
  }

  // MARK: Before the quote: Marsh said: “Q” / X told Y that … “Q” / according to X, “Q”.

  static func before(_ region: QuoteRegion, reader: PhraseReader, floor previousEnd: Int)
    -> Attribution?
  {
    var floor = region.openToken
    while floor > previousEnd && !reader.isSentenceEnd(floor - 1) { floor -= 1 }
    var index = region.openToken - 1
    var participle: Range<Int>?
    while index >= floor {
      let closeToQuote = region.openToken - index <= 5
      let strong = reader.cue(at: index)
      if let cue = strong ?? (closeToQuote ? reader.weakCue(at: index) : nil) {
        let isWeak = strong == nil
        if reader.lower(index) == "according" {
          if let mention = reader.phrase(startingAt: cue.upperBound, limit: region.openToken) {
            return Attribution(mention: mention, cue: range(cue, reader), isWeak: isWeak)
          }
        } else {
          var subjectEnd = index
          while subjectEnd - 1 >= floor && reader.isModifier(subjectEnd - 1) { subjectEnd -= 1 }
          // "Roe, who joked, “…”": the name before the relative clause.
          if reader.isWord(subjectEnd - 1) && reader.lower(subjectEnd - 1) == "who"
            && reader.isPunctuation(subjectEnd - 2, ","),
            let mention = reader.phrase(endingBefore: subjectEnd - 2, floor: floor),
            mention.kind == .name
          {
            return Attribution(mention: mention, cue: range(cue, reader), isWeak: isWeak)
          }
          // ", saying", "before saying", "and later said": an earlier reporting verb,
          // else the sentence's subject, speaks.
          let joined =
            subjectEnd > floor && reader.isWord(subjectEnd - 1)
            && (["and", "but", "by", "before", "after", "while", "when", "then"].contains(
              reader.lower(subjectEnd - 1))
              || (PhraseReader.speakingDocuments.contains(reader.lower(subjectEnd - 1))
                && reader.lower(index).hasSuffix("ing")))
          if joined
            || (reader.isPunctuation(subjectEnd - 1, ",") && reader.lower(index).hasSuffix("ing"))
          {
            participle = participle ?? cue
            index -= 1
            continue
          }
          if let mention = reader.phrase(endingBefore: subjectEnd, floor: floor)
            ?? appositiveSubject(endingBefore: subjectEnd, reader: reader, floor: floor)
          {
            // "Roe says she believes “…”", "Roe said that Lee asked “…”": the one who
            // reports the other's words is the source.
            if let outer = reportingVerb(before: mention.tokens.lowerBound, reader: reader),
              outer >= floor
            {
              index = outer
              continue
            }
            return Attribution(mention: mention, cue: range(cue, reader), isWeak: isWeak)
          }
          if reader.isPunctuation(subjectEnd - 1, ","),
            let mention = reader.sentenceSubject(from: floor, limit: index)
          {
            return Attribution(mention: mention, cue: range(cue, reader), isWeak: isWeak)
          }
          // Said Marsh: “Q”.
          if index == floor || !reader.isWord(index - 1),
            let mention = reader.phrase(startingAt: cue.upperBound, limit: region.openToken)
          {
            return Attribution(mention: mention, cue: range(cue, reader), isWeak: isWeak)
          }
        }
      }
      index -= 1
    }
    if let participle,
      let mention = reader.sentenceSubject(from: floor, limit: participle.lowerBound)
    {
      return Attribution(mention: mention, cue: range(participle, reader))
    }
    // A colon or a dash as the only cue: Marsh: “Q” / The letter continues: “Q”.
    let last = region.openToken - 1
    if last >= floor && reader.isPunctuation(last, ":—–") {
      if let mention = reader.phrase(endingBefore: last, floor: floor), mention.kind == .name {
        return Attribution(mention: mention, cue: nil)
      }
      if reader.isPunctuation(last, ":"),
        let mention = reader.sentenceSubject(from: floor, limit: last)
      {
        return Attribution(mention: mention, cue: nil)
      }
    }
    return nil
  }

  /// The reporting verb right before a clause's subject ("says she", "said that Lee"), if any.
  private static func reportingVerb(before subject: Int, reader: PhraseReader) -> Int? {
    var verb = subject - 1
    if reader.isWord(verb) && reader.lower(verb) == "that" { verb -= 1 }
    return reader.cue(at: verb).map { _ in verb }
  }

  /// Marsh, a visiting scholar, said: the name before an appositive that ends at the verb.
  private static func appositiveSubject(endingBefore end: Int, reader: PhraseReader, floor: Int)
    -> SpeakerMention?
  {
    guard reader.isPunctuation(end - 1, ",") else { return nil }
    var open = end - 2
    while open > floor && end - open < 25 && !reader.isPunctuation(open, ",") { open -= 1 }
    guard reader.isPunctuation(open, ","),
      var mention = reader.phrase(endingBefore: open, floor: floor)
    else {
      return nil
    }
    mention.description = reader.document.string(
      TextRange(reader.tokens[open + 1].start, reader.tokens[end - 2].end))
    return mention
  }

  /// The appositive after a name: “…,” says Lena Marsh, a visiting scholar at ….
  private static func appositive(after index: Int, reader: PhraseReader, limit: Int) -> String? {
    guard reader.isPunctuation(index, ","), index + 1 < limit, reader.isWord(index + 1) else {
      return nil
    }
    let first = reader.lower(index + 1)
    guard
      Lexicon.determiners.contains(first) || reader.tokens[index + 1].isCapitalized
        || first == "who"
    else { return nil }
    var end = index + 1
    while end < limit && !reader.quoted[end] && !reader.isPunctuation(end, ";") { end += 1 }
    var last = end - 1
    while last > index + 1 && reader.tokens[last].kind != .word { last -= 1 }
    return reader.document.string(
      TextRange(reader.tokens[index + 1].start, reader.tokens[last].end))
  }

  private static func range(_ tokens: Range<Int>, _ reader: PhraseReader) -> TextRange {
    TextRange(reader.tokens[tokens.lowerBound].start, reader.tokens[tokens.upperBound - 1].end)
  }

  // MARK: Regions without an attribution of their own

  /// Within a paragraph: the second part of a split quote, or a new quote by the same speaker.
  private static func linkUnattributed(
    _ range: Range<Int>, regions: [QuoteRegion], reader: PhraseReader, results: inout [Result]
  ) {
    for position in range where results[position].attribution == nil {
      guard
        let previous = (range.lowerBound..<position).last(where: { results[$0].attribution != nil })
      else {
        // A later quote of the same sentence run may name the speaker: “A.” “B,” she said.
        if let next = (position + 1..<range.upperBound).first(where: { results[$0].link == .own }),
          onlyPunctuation(
            between: regions[position].afterToken, and: regions[next].openToken, reader)
        {
          results[position].link = .sameSpeakerAs(next)
        }
        continue
      }
      let separator = regions[position - 1].afterToken..<regions[position].openToken
      let sentenceGoesOn = !separator.contains { reader.isSentenceEnd($0) }
      let isSplit =
        previous == position - 1 && sentenceGoesOn
        && reader.isPunctuation(separator.upperBound - 1, ",:")
        && results[previous].link == .own
      results[position].link = isSplit ? .splitFrom(previous) : .sameSpeakerAs(previous)
    }
  }

  /// “A,” he said, “B.”: the attribution between two parts of one sentence serves both.
  private static func joinSplitQuotes(
    _ range: Range<Int>, regions: [QuoteRegion], reader: PhraseReader, results: inout [Result]
  ) {
    for position in range.dropFirst() {
      guard let first = results[position - 1].attribution,
        let second = results[position].attribution,
        first.mention.range == second.mention.range
      else { continue }
      let separator = regions[position - 1].afterToken..<regions[position].openToken
      if !separator.contains(where: { reader.isSentenceEnd($0) })
        && reader.isPunctuation(separator.upperBound - 1, ",:")
      {
        results[position] = Result(attribution: nil, link: .splitFrom(position - 1))
      }
    }
  }

  private static func onlyPunctuation(between start: Int, and end: Int, _ reader: PhraseReader)
    -> Bool
  {
    (start..<end).allSatisfy { !reader.isWord($0) }
  }

  /// Across paragraphs: a quote that runs on, or a quote-only paragraph after a quote.
  private static func linkAcrossParagraphs(
    _ regions: [QuoteRegion], document: TextDocument, results: inout [Result]
  ) {
    for position in regions.indices
    where results[position].attribution == nil && results[position].link == .none {
      let region = regions[position]
      guard position > 0 else { continue }
      let previous = position - 1
      let previousBlock = regions[previous].block
      if region.continuesEarlierParagraph && previousBlock == region.block - 1 {
        results[position].link = .continues(previous)
        continue
      }
      // A paragraph of quotes only, right after a paragraph with a quote.
      guard region.block == previousBlock + 1,
        isQuoteOnly(block: region.block, regions: regions, document: document)
      else { continue }
      results[position].link = .sameSpeakerAs(previous)
    }
  }

  static func isQuoteOnly(block: Int, regions: [QuoteRegion], document: TextDocument)
    -> Bool
  {
    let tokens = document.blocks[block].tokens
    var covered = [Bool](repeating: false, count: tokens.count)
    for region in regions where region.block == block {
      for index in region.openToken..<min(region.afterToken, tokens.count) { covered[index] = true }
    }
    var outsideWords = 0
    for index in tokens.indices where !covered[index] && tokens[index].kind == .word {
      outsideWords += 1
    }
    return outsideWords <= 2
  }
}
