/// Reads noun phrases and reporting verbs around a quote, in the words of one paragraph
/// outside its quotes.
struct PhraseReader {
  let document: TextDocument
  let block: Int
  let tokens: [Token]
  /// True for tokens inside a quoted region of this paragraph.
  let quoted: [Bool]

  init(document: TextDocument, block: Int, regions: [QuoteRegion]) {
    self.document = document
    self.block = block
    tokens = document.blocks[block].tokens
    var quoted = [Bool](repeating: false, count: tokens.count)
    for region in regions where region.block == block {
      for index in region.openToken..<min(region.afterToken, tokens.count) { quoted[index] = true }
    }
    self.quoted = quoted
  }

  func lower(_ index: Int) -> String { document.lower(tokens[index]) }

  func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }

  func isPunctuation(_ index: Int, _ signs: String) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
      && signs.unicodeScalars.contains(tokens[index].first)
  }

  /// A period, question or exclamation mark outside quotes that ends a sentence.
  func isSentenceEnd(_ index: Int) -> Bool {
    guard isPunctuation(index, ".!?…"), !quoted[index] else { return false }
    if tokens[index].first == "." && index > 0 && document.isAbbreviation(tokens[index - 1]) {
      return false
    }
    return true
  }

  // MARK: Reporting verbs

  /// When a reporting verb (or phrase) starts at `index`, the range of its tokens.
  func cue(at index: Int) -> Range<Int>? {
    guard isWord(index), !quoted[index] else { return nil }
    let word = lower(index)
    if word == "according", isWord(index + 1), lower(index + 1) == "to" { return index..<(index + 2) }
    guard Lexicon.reportingVerbs.contains(word) else { return nil }
    if let particles = Lexicon.particleVerbs[word], !particles.isEmpty, isWord(index + 1),
      particles.contains(lower(index + 1))
    {
      return index..<(index + 2)
    }
    if Lexicon.weakReportingVerbs.contains(word) { return nil }
    // "said in a statement", "said in an interview": the cue takes the phrase along.
    if isWord(index + 1), lower(index + 1) == "in", isWord(index + 3),
      ["statement", "interview", "email", "e-mail", "tweet", "post", "letter", "speech", "release"]
        .contains(lower(index + 3))
    {
      return index..<(index + 4)
    }
    return index..<(index + 1)
  }

  /// Whether a weak verb (believes, reported, posted) counts because a quote or a colon follows.
  func weakCue(at index: Int) -> Range<Int>? {
    guard isWord(index), !quoted[index] else { return nil }
    let word = lower(index)
    guard Lexicon.weakReportingVerbs.contains(word) else { return nil }
    return index..<(index + 1)
  }

  // MARK: Noun phrases

  /// A speaker phrase that starts at `start` (after a quote: “…,” Azodi says).
  func phrase(startingAt start: Int, limit: Int) -> Mention? {
    guard isWord(start), !quoted[start] else { return nil }
    let word = lower(start)
    if Lexicon.personalPronouns.contains(word) {
      return makeMention(.pronoun, start..<(start + 1))
    }
    var end = start
    let namedAfterThe = word == "the" && isWord(start + 1) && tokens[start + 1].isCapitalized
    if Lexicon.determiners.contains(word) && !namedAfterThe {
      // A determiner phrase: "the company", "a spokesman for the campaign".
      end = start + 1
      while end < limit && end - start < 8 && isWord(end) && !quoted[end] && !isVerbLike(end) {
        end += 1
      }
    } else if tokens[start].isCapitalized || namedAfterThe {
      // Titles, names and particles.
      while end < limit && isWord(end) && !quoted[end] && isNamePart(end, atStart: end == start) {
        end += 1
      }
    } else if Lexicon.nominalSpeakerHeads.contains(word) {
      end = start + 1
    } else {
      return nil
    }
    end = extendWithParenthetical(end, limit: limit)
    guard end > start else { return nil }
    return classify(start..<end)
  }

  /// A speaker phrase that ends just before `end` (before a reporting verb: Azodi says).
  func phrase(endingBefore end: Int, floor: Int) -> Mention? {
    var last = end - 1
    guard last >= floor else { return nil }
    // Rep. Gwen Moore (D-Wis.) said: step over the parenthesis.
    if isPunctuation(last, ")") {
      var open = last - 1
      while open > floor && !isPunctuation(open, "(") && last - open < 8 { open -= 1 }
      if isPunctuation(open, "(") { last = open - 1 }
    }
    guard last >= floor, isWord(last), !quoted[last] else { return nil }
    let word = lower(last)
    if Lexicon.personalPronouns.contains(word) {
      return makeMention(.pronoun, last..<(last + 1))
    }
    if tokens[last].isCapitalized && !Lexicon.capitalisedFunctionWords.contains(word) {
      var start = last
      while start - 1 >= floor && isWord(start - 1) && !quoted[start - 1]
        && isNamePart(start - 1, atStart: false)
      {
        start -= 1
      }
      // "the Kremlin", "The New York Post".
      if start - 1 >= floor && isWord(start - 1) && lower(start - 1) == "the" { start -= 1 }
      // "a spokesman for the Kremlin": the speaker is the phrase before the attachment.
      if let longer = attachedPhrase(before: start, floor: floor) { return classify(longer.lowerBound..<(last + 1), head: longer) }
      return classify(start..<(last + 1))
    }
    // A lower-case head: walk back to its determiner.
    guard !isVerbLike(last) else { return nil }
    var start = last
    var sawDeterminer = Lexicon.determiners.contains(word)
    while start - 1 >= floor && last - start < 7 && isWord(start - 1) && !quoted[start - 1] {
      let previous = lower(start - 1)
      if isVerbLike(start - 1) || ["and", "but", "that", "which", "who", "when", "while", "as"].contains(previous) { break }
      start -= 1
      if Lexicon.determiners.contains(previous) { sawDeterminer = true; break }
      if tokens[start].isCapitalized && previous.hasSuffix("'s") { sawDeterminer = true; break }
    }
    if !sawDeterminer {
      guard Lexicon.nominalSpeakerHeads.contains(word) else { return nil }
      start = last
    }
    return classify(start..<(last + 1))
  }

  /// "a spokesman for", "Joel Pollak of": a phrase before of/for/at/from that owns the name after it.
  private func attachedPhrase(before start: Int, floor: Int) -> Range<Int>? {
    let preposition = start - 1
    guard preposition - 1 >= floor, isWord(preposition),
      ["of", "for", "at", "from", "with"].contains(lower(preposition))
    else { return nil }
    guard let head = phrase(endingBefore: preposition, floor: floor) else { return nil }
    guard head.kind != .pronoun else { return nil }
    return head.tokens
  }

  private func extendWithParenthetical(_ end: Int, limit: Int) -> Int {
    guard isPunctuation(end, "(") else { return end }
    var close = end + 1
    while close < limit && close - end < 8 && !isPunctuation(close, ")") { close += 1 }
    return isPunctuation(close, ")") && close < limit ? close + 1 : end
  }

  /// Capitalised words, initials, name particles and titles.
  func isNamePart(_ index: Int, atStart: Bool) -> Bool {
    let token = tokens[index]
    let word = lower(index)
    if token.isCapitalized {
      if Lexicon.reportingVerbs.contains(word) && !atStart { return false }
      return !Lexicon.capitalisedFunctionWords.contains(word) || (atStart && word == "the")
        || Lexicon.titles.contains(word)
    }
    if atStart { return word == "the" }
    return Lexicon.nameParticles.contains(word) || word.hasPrefix("al-") || word.hasPrefix("el-")
  }

  /// Reporting verbs, auxiliaries and adverbs end a noun phrase.
  func isVerbLike(_ index: Int) -> Bool {
    let word = lower(index)
    return Lexicon.reportingVerbs.contains(word) || Lexicon.verbModifiers.contains(word)
      || word.hasSuffix("ly") || ["who", "which", "that", "and", "but", "to", "in", "on"].contains(word)
  }

  // MARK: Building mentions

  func makeMention(_ kind: Mention.Kind, _ range: Range<Int>) -> Mention {
    let textRange = TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    return Mention(
      kind: kind, range: textRange, block: block, tokens: range, name: document.string(textRange))
  }

  /// Turns a phrase into a name mention (titles split off) or a nominal one.
  func classify(_ range: Range<Int>, head: Range<Int>? = nil) -> Mention? {
    let core = head ?? range
    var words = Array(core).filter { isWord($0) }
    guard !words.isEmpty else { return nil }
    let isOrganisation = words.contains { Lexicon.organisationWords.contains(lower($0)) }
      || (lower(words[0]) == "the" && words.count > 1 && tokens[words[1]].isCapitalized)
    let capitalised = words.allSatisfy {
      tokens[$0].isCapitalized || Lexicon.nameParticles.contains(lower($0)) || lower($0) == "the"
        || lower($0).hasPrefix("al-")
    }
    var mention = makeMention(.nominal, range)
    mention.isOrganisation = isOrganisation
    guard capitalised else {
      mention.name = document.string(TextRange(tokens[core.lowerBound].start, tokens[core.upperBound - 1].end))
      return mention
    }
    // Split off titles: "Iranian Foreign Minister Sayeed Abbas Araghchi".
    if !isOrganisation {
      var titleWords: [Int] = []
      while words.count > 1 && (Lexicon.titles.contains(lower(words[0])) || isGroupAdjective(words[0])
        || lower(words[0]) == "the")
      {
        titleWords.append(words.removeFirst())
      }
      if !titleWords.isEmpty {
        mention.title = document.string(TextRange(tokens[titleWords.first!].start, tokens[titleWords.last!].end))
      }
    }
    mention.kind = .name
    mention.name = cleanName(words)
    return mention
  }

  /// Iranian, Russian, U.S.: a nationality before a title or a name.
  func isGroupAdjective(_ index: Int) -> Bool {
    let word = lower(index)
    return word == "u.s." || word == "us" || word == "uk" || word == "eu"
      || (tokens[index].isCapitalized && word.count > 4
        && (word.hasSuffix("ian") || word.hasSuffix("ean") || word.hasSuffix("ese")
          || word.hasSuffix("ish") || word.hasSuffix("ican")))
  }

  /// The words of a name, with a final possessive removed.
  func cleanName(_ words: [Int]) -> String {
    var parts = words.map { document.string(tokens[$0]) }
    if var last = parts.popLast() {
      if last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") { last.removeLast(2) }
      parts.append(last)
    }
    if parts.first == "The" && parts.count > 1 { parts[0] = "the" }
    return parts.joined(separator: " ")
  }
}
