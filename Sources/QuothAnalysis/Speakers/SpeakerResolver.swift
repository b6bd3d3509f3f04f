/// Turns mentions into speakers: names to their fullest form, pronouns to the person
/// they stand for, "the company" to the organisation named before.
struct SpeakerResolver {
  let index: NameIndex
  /// People and organisations the article names, and the names of speakers: what a
  /// pronoun may stand for, in reading order.
  let mentions: [Candidate]
  /// The same, people only: the candidates for he and she when there is no model.
  private let people: [Candidate]
  private let model: SpeakerModel?

  /// A name in the text that a pronoun may stand for.
  struct Candidate {
    var position: Int
    var block: Int
    var speaker: ResolvedSpeaker
    var gender: NameIndex.Gender?
    var isOrganisation = false
    var inQuote = false
    var startsSentence = false
    /// The subject of a reporting verb, or the name an attribution gives.
    var speaks = false
    /// The entity recogniser found the name (not only an attribution's words).
    var isEntity = true
  }

  /// `namedSpeakers` are the name mentions of every attribution in the article.
  init(
    index: NameIndex, namedSpeakers: [SpeakerMention], model: SpeakerModel? = SpeakerModel.shared
  ) {
    self.index = index
    self.model = model
    var mentions = index.occurrences.filter { $0.isPerson || $0.isOrganisation }.map {
      occurrence in
      Candidate(
        position: occurrence.position, block: occurrence.block,
        speaker: ResolvedSpeaker(
          name: occurrence.name, type: occurrence.isOrganisation ? .org : .person,
          description: occurrence.title, kind: occurrence.isOrganisation ? .organisation : .person),
        gender: occurrence.gender, isOrganisation: occurrence.isOrganisation,
        inQuote: occurrence.inQuote, startsSentence: occurrence.startsSentence,
        speaks: occurrence.speaks)
    }
    var named: [Int: ResolvedSpeaker] = [:]
    for mention in namedSpeakers where mention.kind == .name {
      let speaker = Self.named(mention, index: index)
      named[mention.range.start] = speaker
      let isOrganisation = mention.isOrganisation || speaker.type != .person
      mentions.append(
        Candidate(
          position: mention.range.start, block: mention.block, speaker: speaker,
          gender: isOrganisation
            ? nil : Self.gender(of: speaker.name, mention: mention, index: index),
          isOrganisation: isOrganisation, speaks: true, isEntity: false))
    }
    self.mentions = mentions.sorted { $0.position < $1.position }
    people = self.mentions.filter { !$0.isOrganisation }
    self.named = named
  }

  /// Name mentions already resolved, by position.
  private let named: [Int: ResolvedSpeaker]

  /// "Nobody owned up": capitalised at a sentence's start, never a name.
  static let indefinitePronouns: StringSet = [
    "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "nothing",
    "everything", "something", "anything", "none",
  ]

  /// "Once", "However", "Nobody": a sentence's first word read as a name.
  static func isNoName(_ name: String) -> Bool {
    guard !name.utf8.contains(0x20) else { return false }
    let word = name.lowercased()
    return Lexicon.capitalisedFunctionWords.contains(word)
      || PhraseReader.introductoryWords.contains(word) || indefinitePronouns.contains(word)
  }

  static let organisationNouns: StringSet = [
    "company", "firm", "group", "organization", "organisation", "campaign", "agency", "ministry",
    "department", "network", "newspaper", "paper", "outlet", "committee", "council", "operator",
    "party", "government", "administration", "office", "team", "union", "club", "bank",
    "university", "institute", "statement", "report", "website", "site", "magazine", "station",
    "article", "daily",
  ]

  /// The speaker of the quote before, and the paragraph of its words.
  struct PreviousSpeaker {
    var speaker: ResolvedSpeaker
    var block: Int
  }

  /// The speaker `mention` names; `earlierSpeakers` are the names of the speakers of
  /// the quotes before it, in order; `previous` is the last of them.
  func resolve(
    _ mention: SpeakerMention, earlierSpeakers: [String] = [], previous: PreviousSpeaker? = nil
  ) -> ResolvedSpeaker? {
    switch mention.kind {
    case .name:
      if Self.isNoName(mention.name) { return nil }
      // "the senator": a title with no name after it is a nominal.
      if !mention.name.contains(where: \.isUppercase) {
        return nominal(mention, earlierSpeakers: earlierSpeakers)
      }
      return named[mention.range.start] ?? Self.named(mention, index: index)
    case .pronoun:
      if let model, let pronoun = AntecedentRanker.Pronoun(mention.name) {
        let candidates = AntecedentRanker.candidates(
          at: mention.range.start, block: mention.block, mentions: mentions,
          sectionStart: index.sectionStart(ofBlock: mention.block),
          earlierSpeakers: earlierSpeakers)
        guard
          let (best, probability) = AntecedentRanker.best(
            of: candidates, for: pronoun, model: model)
        else { return nil }
        var speaker = best.speaker
        speaker.confidence = probability
        return speaker
      }
      if mention.name.lowercased() == "they" { return group(before: mention, previous: previous) }
      return pronoun(mention)
    case .nominal:
      return nominal(mention, earlierSpeakers: earlierSpeakers)
    }
  }

  private static func named(_ mention: SpeakerMention, index: NameIndex) -> ResolvedSpeaker {
    // The entity the mention ends with: "Acme chairman Jo Bell" is Jo Bell.
    let last = TextRange(max(mention.range.start, mention.range.end - 1), mention.range.end)
    let entity = (index.entity(covering: last) ?? index.entity(covering: mention.range)).flatMap {
      $0.type == .person || $0.type == .org ? $0 : nil
    }
    var entityName = entity.map {
      NameIndex.withoutTitles(ScalarText.spaceSeparated($0.canonical).map(String.init)).joined(
        separator: " ")
    }
    // The mention may be fuller than what the recogniser found ("Priya Raman" over "Raman").
    if let found = entityName, mention.name.count > found.count, mention.name.hasSuffix(found) {
      entityName = mention.name
    }
    let full = index.canonical(entityName ?? mention.name, at: mention.range.start)
    var name = full?.name ?? entityName ?? mention.name
    let isOrganisation = mention.isOrganisation || (full?.isOrganisation ?? (entity?.type == .org))
    // Organisations stay as the article names them: "the Kremlin", "the New York Post".
    if isOrganisation && mention.name.hasPrefix("the ") && !name.hasPrefix("the ")
      && mention.name.hasSuffix(name)
    {
      name = "the " + name
    }
    // A title says more than a relative clause ("Councillor" over "who led the campaign").
    let clause = mention.description.map { $0.hasPrefix("who ") || $0.hasPrefix("which ") } ?? false
    let title = mention.title ?? index.longestForm(of: name)?.title
    var description = clause ? title ?? mention.description : mention.description ?? title
    if let text = description, let first = ScalarText.spaceSeparated(text).first,
      Lexicon.determiners.contains(first.lowercased())
    {
      description = first.lowercased() + text.dropFirst(first.count)
    }
    return ResolvedSpeaker(
      name: name, type: isOrganisation ? .org : .person, description: description,
      kind: isOrganisation ? .organisation : .person)
  }

  private static func gender(of name: String, mention: SpeakerMention, index: NameIndex)
    -> NameIndex.Gender?
  {
    let titleWords = ScalarText.spaceSeparated((mention.title ?? "").lowercased()).map(
      String.init)
    if titleWords.contains(where: Lexicon.maleTitles.contains) { return .male }
    if titleWords.contains(where: Lexicon.femaleTitles.contains) { return .female }
    return index.gender(of: name)
  }

  /// "They said": the organisation or group ("prosecutors") that spoke the quote before,
  /// in this paragraph or the one before; else no one (a person is never "they").
  private func group(before mention: SpeakerMention, previous: PreviousSpeaker?)
    -> ResolvedSpeaker?
  {
    guard let previous, mention.block - previous.block <= 1 else { return nil }
    let speaker = previous.speaker
    let isGroup =
      speaker.kind == .organisation
      || (speaker.kind == .unnamed
        && ScalarText.spaceSeparated(speaker.name).last.map {
          Lexicon.nominalSpeakerHeads.contains($0.lowercased())
        } == true)
    return isGroup ? speaker : nil
  }

  private func pronoun(_ mention: SpeakerMention) -> ResolvedSpeaker? {
    let word = mention.name.lowercased()
    switch word {
    case "he", "she":
      let wanted: NameIndex.Gender = word == "he" ? .male : .female
      return person(near: mention, gender: wanted)
    case "it":
      return index.organisation(before: mention.range.start)
        .map { ResolvedSpeaker(name: $0.name, type: .org, description: nil, kind: .organisation) }
    default:
      return nil
    }
  }

  /// The person a he/she refers to: named earlier in the paragraph, else in the two
  /// paragraphs before, else later in the same paragraph, else anywhere before.
  private func person(near mention: SpeakerMention, gender: NameIndex.Gender) -> ResolvedSpeaker? {
    let position = mention.range.start
    let block = mention.block
    let compatible = { (candidate: Candidate) in
      candidate.gender == nil || candidate.gender == gender
    }
    // The nearest compatible person named before the pronoun.
    let next = people.partitionPoint { $0.position >= position }
    var nearest: Candidate?
    var index = next - 1
    while index >= 0 && next - index <= Self.searchLimit {
      if compatible(people[index]) {
        nearest = people[index]
        break
      }
      index -= 1
    }
    // A heading starts a new section: the paragraphs before it are another context.
    let floor = max(block - 2, self.index.sectionStart(ofBlock: block))
    if let nearest, nearest.block >= floor { return nearest.speaker }
    // Named later in the same paragraph ("…,” he wrote. Foreign Minister X …).
    index = next
    while index < people.count && people[index].block == block {
      if people[index].position > position && compatible(people[index]) {
        return people[index].speaker
      }
      index += 1
    }
    return nearest?.speaker
  }

  /// The organisation "the company" or "the report" at `position` stands for: the one
  /// the speaker model ranks first among those named around it (leaving out the names
  /// in `excluded`), else the one named last.
  func organisation(
    at position: Int, block: Int, excluding excluded: TextRange? = nil,
    earlierSpeakers: [String]
  ) -> ResolvedSpeaker? {
    if let model {
      let candidates = AntecedentRanker.candidates(
        at: position, block: block, excluding: excluded, mentions: mentions,
        sectionStart: index.sectionStart(ofBlock: block), earlierSpeakers: earlierSpeakers)
      if let (best, _) = AntecedentRanker.best(
        of: candidates, for: .it, model: model, organisationsOnly: true)
      {
        return ResolvedSpeaker(
          name: best.speaker.name, type: .org, description: nil, kind: .organisation)
      }
    }
    return index.organisation(before: position).map {
      ResolvedSpeaker(name: $0.name, type: .org, description: nil, kind: .organisation)
    }
  }

  /// How far back a pronoun looks for its person, in named mentions.
  private static let searchLimit = 400

  private func nominal(_ mention: SpeakerMention, earlierSpeakers: [String]) -> ResolvedSpeaker? {
    // "Mr. Morgan of the Sierra Club", "Scott beamed": a phrase that opens with a name is
    // that name. Not "a White House official": someone unnamed from the organisation.
    let words = ScalarText.spaceSeparated(mention.name.lowercased()).map(String.init)
    if let entity = index.entity(covering: mention.range),
      entity.start - mention.range.start <= 4, !mention.name.contains(entity.text + "'s"),
      !mention.name.contains(entity.text + "\u{2019}s"),
      entity.type == .person || !["a", "an"].contains(words.first)
    {
      var name = mention
      name.kind = .name
      name.name = entity.text
      name.title = nil
      name.range = entity.range
      return Self.named(name, index: index)
    }
    guard let head = Self.speakerHead(words) else { return nil }
    if words.first == "the" && words.count <= 3 {
      let position = mention.range.start
      // "The commission said": the organisation of that name; "the company": the one the
      // speaker model ranks first, as for "it".
      if let organisation = index.organisation(before: position, containing: head) {
        return ResolvedSpeaker(
          name: organisation.name, type: .org, description: nil, kind: .organisation)
      }
      if Self.organisationNouns.contains(head),
        let organisation = self.organisation(
          at: position, block: mention.block, earlierSpeakers: earlierSpeakers)
      {
        return organisation
      }
      // "The senator said": the nearest person the article gave that title.
      if let person = titledPerson(head, before: mention) { return person }
    }
    var name = mention.name
    if let first = name.unicodeScalars.first, first.properties.isUppercase,
      words.first.map(Lexicon.determiners.contains) == true
        || Lexicon.nominalSpeakerHeads.contains(words[0])
    {
      name = name.prefix(1).lowercased() + name.dropFirst()
    }
    return ResolvedSpeaker(
      name: name, type: mention.isOrganisation ? .org : nil, description: mention.description,
      kind: .unnamed)
  }

  /// The head noun of a nominal speaker ("spokesman" in "a spokesman for the campaign"),
  /// or nil when the phrase cannot name a speaker: a clause, a dangling "of", a possessive,
  /// a noun for a thing ("the spot", "a lunch").
  static func speakerHead(_ words: [String]) -> String? {
    guard words.count <= 8, let last = words.last, !Self.danglingWords.contains(last),
      !last.hasSuffix("'s"), !last.hasSuffix("\u{2019}s")
    else { return nil }
    let body = words.drop { Lexicon.determiners.contains($0) }
    guard let head = body.prefix(while: { !Self.danglingWords.contains($0) }).last else {
      return nil
    }
    let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
    let isSpeaker =
      [head, singular].contains {
        Lexicon.nominalSpeakerHeads.contains($0) || organisationNouns.contains($0)
          || Lexicon.titles.contains($0) || Lexicon.organisationWords.contains($0)
          || Self.speakerNouns.contains($0)
      } || Lexicon.nominalSpeakerHeads.contains(head + "s")
      || Self.personSuffixes.contains { singular.hasSuffix($0) }
    // "the host", "a tycoon": a short phrase opening with an article names its speaker,
    // unless its noun is a time, a place or an occasion.
    let isShortDefinite =
      ["the", "a", "an"].contains(words.first) && body.count <= 3 && body.last == head
      && head.count > 2
      && !head.hasSuffix("ing") && !Self.occasionNouns.contains(singular)
      && head.allSatisfy(\.isLetter)
    return isSpeaker || isShortDefinite ? head : nil
  }

  /// Nouns for times, places and occasions: never a speaker ("the day", "a rally").
  private static let occasionNouns: StringSet = [
    "day", "week", "month", "year", "time", "night", "morning", "evening", "afternoon", "moment",
    "end", "start", "beginning", "way", "thing", "event", "rally", "lunch", "dinner", "breakfast",
    "meeting", "interview", "speech", "debate", "hearing", "conference", "spot", "place", "room",
    "hall", "stage", "city", "town", "state", "country", "point", "case", "fact", "idea", "issue",
    "question", "answer", "problem", "story", "line", "word", "phrase", "term", "name", "title",
    "quote", "remark", "comment", "comments",
    "claim", "promise", "plan", "law", "bill", "rule", "deal", "vote", "race", "election",
  ]

  /// Words that cannot end a speaker phrase, and that end its head.
  private static let danglingWords: StringSet = [
    "of", "for", "the", "a", "an", "to", "in", "on", "with", "by", "about", "at", "from", "and",
    "or", "who", "which", "that",
  ]

  /// Endings of nouns for people: reporter, governor, economist, historian, consultant.
  private static let personSuffixes = [
    "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "men", "person", "official", "source",
    "-old",
  ]

  /// Other nouns that name a speaker or a speaking document.
  private static let speakerNouns: StringSet = [
    "aide", "staff", "family", "press", "media", "daily", "crowd", "audience", "public", "poll",
    "survey", "study", "letter", "memo", "article", "ad", "video", "police", "people", "child",
    "children", "mother", "father", "wife", "husband", "son", "daughter", "friend", "colleague",
    "critic", "expert", "analyst", "adviser", "advisor", "candidate", "nominee", "judge", "court",
    "jury", "panel", "board", "commission", "coalition", "alliance", "caucus", "interviewee",
  ]

  /// The nearest person named before `mention` with `head` among their title's words
  /// ("Sen." for "senator"), in its section.
  private func titledPerson(_ head: String, before mention: SpeakerMention) -> ResolvedSpeaker? {
    let wanted = Self.titleAbbreviations[head] ?? head
    let section = index.sectionStart(ofBlock: mention.block)
    var offset = mentions.partitionPoint { $0.position >= mention.range.start } - 1
    while offset >= 0 && mentions[offset].block >= section {
      let candidate = mentions[offset]
      offset -= 1
      guard !candidate.isOrganisation else { continue }
      // No title, no match: the name's longest form is not looked up for it.
      guard
        let title = candidate.speaker.description
          ?? index.longestForm(of: candidate.speaker.name)?.title, !title.isEmpty
      else { continue }
      let words = title.lowercased().split { !$0.isLetter }.map(String.init)
      let matches = words.indices.contains { offset in
        let word = words[offset]
        // "Vice President Biden" is not "the president", nor a deputy minister "the minister".
        let isLesser = offset > 0 && Self.lesserTitlePrefixes.contains(words[offset - 1])
        return !isLesser
          && (word == head || word == wanted || Self.titleAbbreviations[word] == head)
      }
      if matches { return candidate.speaker }
    }
    return nil
  }

  /// Words that make a title another office: a vice president is not the president.
  private static let lesserTitlePrefixes: StringSet = [
    "vice", "deputy", "assistant", "lieutenant", "lt", "under", "associate",
  ]

  private static let titleAbbreviations = [
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "pres": "president", "sec": "secretary",
  ]
}
