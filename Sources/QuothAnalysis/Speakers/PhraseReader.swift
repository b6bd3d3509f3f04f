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

  func isWord(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .word
  }

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
    // What follows a sentence end starts a new sentence.
    guard index + 1 < tokens.count else { return true }
    let next = tokens[index + 1]
    if next.kind == .word { return next.isCapitalized || !next.first.properties.isAlphabetic }
    return next.kind == .quoteMark || "([".unicodeScalars.contains(next.first)
  }

  // MARK: Reporting verbs

  /// When a reporting verb (or phrase) starts at `index`, the range of its tokens.
  func cue(at index: Int) -> Range<Int>? {
    guard isWord(index), !quoted[index], !isCapitalizedMidSentence(index),
      document.lower(tokens[index], isIn: Self.cueWords)
    else { return nil }
    let word = lower(index)
    if word == "according", isWord(index + 1), lower(index + 1) == "to" {
      return index..<(index + 2)
    }
    guard Lexicon.reportingVerbs.contains(word) else { return nil }
    // "the remark", "a statement", "his claim": after a determiner the word is a noun.
    if index > 0 && isWord(index - 1) && Lexicon.determiners.contains(lower(index - 1)) {
      return nil
    }
    if isNounBeforeVerb(index) || isNounAfterPossessive(index) { return nil }
    // A gerund is a cue only as a participle: ", saying", "before saying", "while adding",
    // "a statement saying", "with Roe saying".
    if word.hasSuffix("ing") && index > 0 && isWord(index - 1)
      && ![
        "by", "before", "after", "while", "when", "then", "and", "but", "also", "later", "again",
        "repeatedly", "even", "in",
      ].contains(lower(index - 1))
      && !Self.speakingDocuments.contains(lower(index - 1))
      && !(tokens[index - 1].isCapitalized && isWord(index - 2) && lower(index - 2) == "with")
    {
      return nil
    }
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

  /// The words a cue starts with: the reporting verbs and "according" (to).
  private static let cueWords = StringSet(Array(Lexicon.reportingVerbs) + ["according"])

  /// "the congressional report said": a base form right before a reporting verb in the
  /// past or third person is that verb's subject, a noun.
  func isNounBeforeVerb(_ index: Int) -> Bool {
    let word = lower(index)
    return !word.hasSuffix("ed") && !word.hasSuffix("ing") && isWord(index + 1)
      && Self.pastReportingVerbs.contains(lower(index + 1))
  }

  /// Reporting verbs that follow their subject: what makes the word before them a noun.
  static let pastReportingVerbs: StringSet = [
    "said", "says", "wrote", "writes", "told", "tells", "added", "noted", "stated", "found",
  ]

  /// Documents that speak through a participle: "issued a statement saying".
  static let speakingDocuments: StringSet = [
    "statement", "release", "tweet", "post", "letter", "email", "e-mail", "video", "memo", "note",
  ]

  /// Whether a weak verb (believes, reported, posted) counts because a quote or a colon follows.
  func weakCue(at index: Int) -> Range<Int>? {
    guard isWord(index), !quoted[index], !isCapitalizedMidSentence(index),
      document.lower(tokens[index], isIn: Lexicon.weakReportingVerbs)
    else { return nil }
    let word = lower(index)
    // Only inflected forms: "calls", "cited"; "state" and "post" are usually nouns.
    guard
      word.hasSuffix("s") || word.hasSuffix("ed") || word.hasSuffix("ing")
        || ["thought", "felt", "held", "went", "began", "shot", "put", "read"].contains(word)
    else { return nil }
    if index > 0 && isWord(index - 1) && Lexicon.determiners.contains(lower(index - 1)) {
      return nil
    }
    if isNounAfterPossessive(index) { return nil }
    return index..<(index + 1)
  }

  /// "Roe's comments", "the mayor’s remarks": a reporting word after a possessive is
  /// the thing said, and the owner is who said it, not the speaker of a quote beside it.
  /// ("Roe's said" is "Roe has said": a past form stays a verb.)
  func isNounAfterPossessive(_ index: Int) -> Bool {
    guard index > 0, isWord(index - 1) else { return false }
    let owner = lower(index - 1)
    let word = lower(index)
    return (owner.hasSuffix("'s") || owner.hasSuffix("’s"))
      && !word.hasSuffix("ed") && !Self.pastReportingVerbs.contains(word)
      && !Self.participles.contains(word)
  }

  /// Past participles of reporting verbs that do not end in -ed ("Roe's written").
  private static let participles: StringSet = ["written", "spoken", "told", "said", "sworn"]

  /// "State" in "Islamic State": a capitalised word after another word is a name, not a verb.
  private func isCapitalizedMidSentence(_ index: Int) -> Bool {
    tokens[index].isCapitalized && index > 0 && tokens[index - 1].kind == .word
  }

  // MARK: Noun phrases

  /// A speaker phrase that starts at `start` (after a quote: “…,” Marsh says).
  func phrase(startingAt start: Int, limit: Int) -> SpeakerMention? {
    guard isWord(start), !quoted[start] else { return nil }
    let word = lower(start)
    if Lexicon.personalPronouns.contains(word) {
      return makeMention(.pronoun, start..<(start + 1))
    }
    guard !["that", "this", "these", "those", "such"].contains(word) else { return nil }
    var end = start
    let namedAfterThe = word == "the" && isWord(start + 1) && tokens[start + 1].isCapitalized
    if Lexicon.determiners.contains(word) && !namedAfterThe {
      // A determiner phrase: "the company", "a spokesman for the campaign".
      end = start + 1
      while end < limit && end - start < 8 && isWord(end) && !quoted[end] && !isVerbLike(end) {
        end += 1
      }
    } else if tokens[start].isCapitalized || namedAfterThe || isNamePart(start, atStart: true) {
      // Titles, names and particles.
      while end < limit && isWord(end) && !quoted[end] && isNamePart(end, atStart: end == start) {
        end += 1
      }
    } else if Lexicon.nominalSpeakerHeads.contains(word) {
      end = start + 1
    } else if let name = nameAfterRole(from: start, limit: limit) {
      // "said pollster Jane Roe": the role is the name's title.
      guard var mention = classify(name) else { return nil }
      let role = document.string(TextRange(tokens[start].start, tokens[name.lowerBound - 1].end))
      mention.title = mention.title.map { role + " " + $0 } ?? role
      mention.range = TextRange(tokens[start].start, mention.range.end)
      return mention
    } else {
      return nil
    }
    end = extendWithParenthetical(end, limit: limit)
    guard end > start else { return nil }
    return classify(start..<end)
  }

  /// A speaker phrase that ends just before `end` (before a reporting verb: Marsh says).
  func phrase(endingBefore end: Int, floor: Int) -> SpeakerMention? {
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
      if let longer = attachedPhrase(before: start, floor: floor) {
        return classify(longer.lowerBound..<(last + 1), head: longer)
      }
      return classify(start..<(last + 1))
    }
    // A lower-case head: walk back to its determiner. Base forms of reporting verbs
    // are nouns here ("the secretary of state said", "the report says").
    let inflected =
      word.hasSuffix("ed") || word.hasSuffix("ing")
      || ["said", "told", "wrote", "says"].contains(word)
    guard
      !(Lexicon.verbModifiers.contains(word) || word.hasSuffix("ly")
        || (Lexicon.reportingVerbs.contains(word) && inflected))
    else {
      return nil
    }
    var start = last
    var sawDeterminer = Lexicon.determiners.contains(word)
    guard !sawDeterminer else { return nil }
    while start - 1 >= floor && last - start < 7 && isWord(start - 1) && !quoted[start - 1] {
      let previous = lower(start - 1)
      if isVerbLike(start - 1)
        || ["and", "but", "that", "which", "who", "when", "while", "as"].contains(previous)
      {
        break
      }
      start -= 1
      if Lexicon.determiners.contains(previous) {
        sawDeterminer = true
        break
      }
      if tokens[start].isCapitalized && previous.hasSuffix("'s") {
        sawDeterminer = true
        break
      }
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
    // Lower-case offices inside a name: "Senate minority leader Harry Reid".
    if Lexicon.titles.contains(word) && isWord(index + 1)
      && (tokens[index + 1].isCapitalized || Lexicon.titles.contains(lower(index + 1)))
    {
      return true
    }
    if atStart { return word == "the" }
    return Lexicon.nameParticles.contains(word) || word.hasPrefix("al-") || word.hasPrefix("el-")
  }

  /// A word between a speaker and the verb: "also", "has", "boldly".
  func isModifier(_ index: Int) -> Bool {
    guard isWord(index), !tokens[index].isCapitalized else { return false }
    let word = lower(index)
    return Lexicon.verbModifiers.contains(word) || (word.hasSuffix("ly") && word.count > 4)
  }

  /// Reporting verbs, auxiliaries and adverbs end a noun phrase.
  func isVerbLike(_ index: Int) -> Bool {
    let word = lower(index)
    return Lexicon.reportingVerbs.contains(word) || Lexicon.verbModifiers.contains(word)
      || word.hasSuffix("ly")
      || ["who", "which", "that", "and", "but", "to", "in", "on"].contains(word)
  }

  // MARK: Building mentions

  func makeMention(_ kind: SpeakerMention.Kind, _ range: Range<Int>) -> SpeakerMention {
    let textRange = TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    return SpeakerMention(
      kind: kind, range: textRange, block: block, tokens: range, name: document.string(textRange))
  }

  /// Turns a phrase into a name mention (titles split off) or a nominal one.
  func classify(_ range: Range<Int>, head: Range<Int>? = nil) -> SpeakerMention? {
    let core = head ?? range
    var words = Array(core).filter { isWord($0) }
    guard !words.isEmpty else { return nil }
    let capitalised = words.allSatisfy {
      tokens[$0].isCapitalized || Lexicon.nameParticles.contains(lower($0)) || lower($0) == "the"
        || lower($0).hasPrefix("al-") || Lexicon.titles.contains(lower($0))
    }
    var mention = makeMention(.nominal, range)
    // "Prosecutors said": a plural noun for people, capitalised only as the sentence's first word.
    let isPluralHead = words.count == 1 && Lexicon.nominalSpeakerHeads.contains(lower(words[0]))
    guard capitalised && !isPluralHead else {
      // "a spokesman for the union" is a person: only the words before a preposition say what it is.
      let head = words.prefix { !["of", "for", "at", "from", "with", "in"].contains(lower($0)) }
      mention.isOrganisation = head.contains { Lexicon.organisationWords.contains(lower($0)) }
      mention.name = document.string(
        TextRange(tokens[core.lowerBound].start, tokens[core.upperBound - 1].end))
      return mention
    }
    // Split off titles and offices: "Iranian Foreign Minister Karim Nasser Tabrizi",
    // "Senate minority leader Harry Reid".
    if let lastTitle = words.lastIndex(where: {
      Lexicon.titles.contains(lower($0)) || isGroupAdjective($0)
    }),
      lastTitle + 1 < words.count,
      !words[(lastTitle + 1)...].contains(where: { Lexicon.organisationWords.contains(lower($0)) })
    {
      let titleWords = words[...lastTitle].filter { lower($0) != "the" }
      if let first = titleWords.first, let last = titleWords.last {
        mention.title = document.string(TextRange(tokens[first].start, tokens[last].end))
      }
      words.removeFirst(lastTitle + 1)
    }
    mention.isOrganisation =
      words.contains { Lexicon.organisationWords.contains(lower($0)) }
      || (lower(words[0]) == "the" && words.count > 1)
    if !mention.isOrganisation && lower(words[0]) == "the" && words.count > 1 {
      words.removeFirst()
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

extension PhraseReader {
  /// Words that introduce a sentence before its subject ("In a statement, X said").
  static let introductoryWords: StringSet = [
    "in", "on", "at", "after", "before", "during", "since", "when", "while", "as", "asked",
    "speaking", "writing", "later", "earlier", "meanwhile", "still", "yet", "however", "instead",
    "for", "from", "with", "without", "under", "over", "last", "this", "that", "then", "now",
    "today", "yesterday", "separately", "previously", "afterward", "afterwards", "elsewhere",
    "responding", "addressing", "according", "although", "though", "if", "because", "despite",
    "by", "to", "through", "among", "amid", "following", "also", "perhaps", "maybe", "indeed",
    "sometimes", "often", "again", "finally", "ultimately", "thus", "hence", "otherwise",
  ]

  /// Adjectives that may open a speaker phrase ("former Obama adviser David Axelrod").
  static let speakerAdjectives: StringSet = [
    "former", "retired", "senior", "top", "longtime", "veteran", "local", "democratic",
    "republican",
    "conservative", "liberal", "progressive", "independent", "prominent", "leading", "fellow",
    "then", "outgoing", "incoming", "current", "chief", "lead", "new", "young", "elderly",
  ]

  /// A speaker phrase that fills `span` exactly: "former Obama adviser David Axelrod",
  /// "the Gawker employee", "Powell's office", "Richard Curtin, the chief economist, …".
  func mention(spanning span: Range<Int>) -> SpeakerMention? {
    guard !span.isEmpty, span.count <= 40 else { return nil }
    var head = span
    var description: String?
    if let comma = span.first(where: { isPunctuation($0, ",") }) {
      head = span.lowerBound..<comma
      let rest = (comma + 1)..<span.upperBound
      if let last = rest.last(where: { isWord($0) }) {
        // "The committee chair, Geoffrey Hale,": the name in the appositive speaks.
        let appositive = (comma + 1)..<(last + 1)
        if !tokens[comma - 1].isCapitalized, appositive.count <= 5,
          appositive.allSatisfy({ isWord($0) && isNamePart($0, atStart: false) }),
          var named = classify(appositive), named.kind == .name
        {
          named.range = TextRange(tokens[span.lowerBound].start, tokens[last].end)
          named.description = document.string(
            TextRange(tokens[head.lowerBound].start, tokens[comma - 1].end))
          return named
        }
        description = document.string(TextRange(tokens[comma + 1].start, tokens[last].end))
      }
    }
    var end = head.upperBound
    if isPunctuation(end - 1, ")") {
      while end > head.lowerBound && !isPunctuation(end - 1, "(") { end -= 1 }
      end -= 1
    }
    head = head.lowerBound..<max(head.lowerBound, end)
    guard !head.isEmpty, head.count <= 9,
      head.allSatisfy({ isWord($0) || isPunctuation($0, "-.&'") }),
      !head.contains(where: {
        isWord($0) && ["and", "but", "that", "which", "who", "when", "if"].contains(lower($0))
      })
    else { return nil }
    if head.count == 1, Lexicon.personalPronouns.contains(lower(head.lowerBound)) {
      return makeMention(.pronoun, head)
    }
    let firstWord = lower(head.lowerBound)
    if !tokens[head.lowerBound].isCapitalized && !Lexicon.determiners.contains(firstWord)
      && !Lexicon.titles.contains(firstWord) && !Lexicon.nominalSpeakerHeads.contains(firstWord)
      && !Self.speakerAdjectives.contains(firstWord) && !isRoleBeforeName(head)
    {
      // "including provisions he said": only the pronoun before the verb names the speaker.
      let last = head.upperBound - 1
      return Lexicon.personalPronouns.contains(lower(last))
        ? makeMention(.pronoun, last..<(last + 1)) : nil
    }
    if tokens[head.lowerBound].isCapitalized && Self.introductoryWords.contains(firstWord) {
      return nil
    }
    guard
      !head.contains(where: {
        isWord($0) && Lexicon.reportingVerbs.contains(lower($0)) && !tokens[$0].isCapitalized
          && !($0 > head.lowerBound && Lexicon.determiners.contains(lower($0 - 1)))
          && !(isNounBeforeVerb($0) && $0 == head.upperBound - 1)
      })
    else { return nil }
    var mention: SpeakerMention?
    if tokens[head.upperBound - 1].isCapitalized {
      // The name is the capitalised run at the end; what comes before is its title.
      var start = head.upperBound - 1
      while start > head.lowerBound && isNamePart(start - 1, atStart: false) { start -= 1 }
      if start > head.lowerBound && lower(start - 1) == "the" { start -= 1 }
      mention = classify(start..<head.upperBound)
      if let found = mention, start > head.lowerBound {
        let lead = document.string(TextRange(tokens[head.lowerBound].start, tokens[start - 1].end))
        mention?.title = found.title.map { lead + " " + $0 } ?? lead
        if lead.hasSuffix("'s") || lead.hasSuffix("\u{2019}s")
          || ["of", "for", "at", "from"].contains(lower(start - 1))
        {
          // "Trump's campaign manager Jason Miller" is a person; "a spokesman for Google" is the spokesman.
          if ["of", "for", "at", "from"].contains(lower(start - 1)) { mention = classify(head) }
        }
      }
    } else {
      mention = classify(head)
    }
    guard var result = mention else { return nil }
    result.range = TextRange(tokens[span.lowerBound].start, tokens[head.upperBound - 1].end)
    result.description = result.description ?? description
    return result
  }

  /// After a verb, "pollster Jane Roe", "retired surgeon Sam Reed": the tokens of the name
  /// (two capitalised words at least) after one to three lower-case role words.
  func nameAfterRole(from start: Int, limit: Int) -> Range<Int>? {
    var first = start
    while first < min(limit, start + 3) && isWord(first) && !quoted[first]
      && !tokens[first].isCapitalized
    {
      let word = lower(first)
      guard word.count > 3, !isVerbLike(first), !Self.introductoryWords.contains(word),
        !Lexicon.personalPronouns.contains(word), cue(at: first) == nil
      else { return nil }
      first += 1
    }
    guard first > start, first < limit, isWord(first), tokens[first].isCapitalized else {
      return nil
    }
    var end = first
    while end < limit && isWord(end) && !quoted[end] && tokens[end].isCapitalized
      && isNamePart(end, atStart: end == first)
    {
      end += 1
    }
    return end - first >= 2 ? first..<end : nil
  }

  /// "economist Jane Roe", "union leader Sam Reed": one or two lower-case role words,
  /// then a name of at least two capitalised words.
  private func isRoleBeforeName(_ span: Range<Int>) -> Bool {
    guard let firstName = span.first(where: { tokens[$0].isCapitalized }),
      firstName > span.lowerBound, firstName - span.lowerBound <= 2,
      span.upperBound - firstName >= 2,
      (firstName..<span.upperBound).allSatisfy({ isWord($0) && tokens[$0].isCapitalized })
    else { return false }
    return (span.lowerBound..<firstName).allSatisfy {
      isWord($0) && !Self.introductoryWords.contains(lower($0)) && !isVerbLike($0)
        && lower($0).count > 3
    }
  }

  /// The subject at the start of the sentence that begins at `start`, skipping an
  /// introductory phrase ("In a statement released Thursday, Rep. X reacted …").
  func sentenceSubject(from start: Int, limit: Int) -> SpeakerMention? {
    var index = start
    while index > 0 && !isSentenceEnd(index - 1) { index -= 1 }
    while index < limit && !isWord(index) { index += 1 }
    guard index < limit else { return nil }
    if ["but", "and", "yet", "so", "still", "however", "now", "then", "also"].contains(lower(index))
    {
      index += 1
      if isPunctuation(index, ",") { index += 1 }
    }
    guard index < limit else { return nil }
    let introductory = Self.introductoryWords.contains(lower(index)) || tokens[index].kind != .word
    let opening = introductory ? nil : phrase(at: index, limit: limit).mention
    // "In a statement, X said" / "But back on American soil, he returned": after the comma.
    if opening?.kind != .name && opening?.kind != .pronoun,
      let comma = (index..<min(limit, index + 15)).first(where: { isPunctuation($0, ",") }),
      let afterComma = phrase(at: comma + 1, limit: limit).mention,
      afterComma.kind != .nominal || introductory
    {
      return afterComma
    }
    return opening
  }

  private func phrase(at index: Int, limit: Int) -> (mention: SpeakerMention?, end: Int) {
    var end = index
    while end < limit && end - index < 10 && (isWord(end) || isPunctuation(end, "-.&'()"))
      && !quoted[end]
    {
      if !tokens[end].isCapitalized
        && (isVerbLike(end) || cue(at: end) != nil || weakCue(at: end) != nil
          || isPastTenseAfterNoun(end))
      {
        break
      }
      end += 1
    }
    return (mention(spanning: index..<end), end)
  }

  /// "The union issued": a past-tense verb after the subject's noun (not "the elected").
  private func isPastTenseAfterNoun(_ index: Int) -> Bool {
    guard index > 0, isWord(index - 1), lower(index).hasSuffix("ed") else { return false }
    let previous = lower(index - 1)
    return !Lexicon.determiners.contains(previous) && !Self.speakerAdjectives.contains(previous)
  }
}
