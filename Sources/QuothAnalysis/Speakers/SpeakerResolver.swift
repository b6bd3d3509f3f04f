/// Turns mentions into speakers: names to their fullest form, pronouns to the person
/// they stand for, "the company" to the organisation named before.
struct SpeakerResolver {
  let index: NameIndex
  /// People the article names as speakers or with a title: the candidates for he and she.
  private let people: [Candidate]

  struct Candidate {
    var position: Int
    var block: Int
    var speaker: ResolvedSpeaker
    var gender: NameIndex.Gender?
  }

  /// `namedSpeakers` are the name mentions of every attribution in the article.
  init(index: NameIndex, namedSpeakers: [SpeakerMention]) {
    self.index = index
    var people = index.occurrences.filter(\.isPerson).map { occurrence in
      Candidate(
        position: occurrence.position, block: occurrence.block,
        speaker: ResolvedSpeaker(
          name: occurrence.name, type: .person, description: occurrence.title),
        gender: occurrence.gender)
    }
    var named: [Int: ResolvedSpeaker] = [:]
    for mention in namedSpeakers where mention.kind == .name {
      let speaker = Self.named(mention, index: index)
      named[mention.range.start] = speaker
      guard !mention.isOrganisation && speaker.type == .person else { continue }
      people.append(
        Candidate(
          position: mention.range.start, block: mention.block, speaker: speaker,
          gender: Self.gender(of: speaker.name, mention: mention, index: index)))
    }
    self.people = people.sorted { $0.position < $1.position }
    self.named = named
  }

  /// Name mentions already resolved, by position.
  private let named: [Int: ResolvedSpeaker]

  static let organisationNouns: Set<String> = [
    "company", "firm", "group", "organization", "organisation", "campaign", "agency", "ministry",
    "department", "network", "newspaper", "paper", "outlet", "committee", "council", "operator",
    "party", "government", "administration", "office", "team", "union", "club", "bank",
    "university", "institute", "statement", "report", "website", "site", "magazine", "station",
  ]

  func resolve(_ mention: SpeakerMention) -> ResolvedSpeaker? {
    switch mention.kind {
    case .name:
      return named[mention.range.start] ?? Self.named(mention, index: index)
    case .pronoun:
      return pronoun(mention)
    case .nominal:
      return nominal(mention)
    }
  }

  private static func named(_ mention: SpeakerMention, index: NameIndex) -> ResolvedSpeaker {
    let entity = index.entity(covering: mention.range).flatMap {
      $0.type == .person || $0.type == .org ? $0 : nil
    }
    var entityName = entity.map {
      NameIndex.withoutTitles($0.canonical.split(separator: " ").map(String.init)).joined(
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
    if let text = description, let first = text.split(separator: " ").first,
      Lexicon.determiners.contains(first.lowercased())
    {
      description = first.lowercased() + text.dropFirst(first.count)
    }
    return ResolvedSpeaker(
      name: name, type: isOrganisation ? .org : .person, description: description)
  }

  private static func gender(of name: String, mention: SpeakerMention, index: NameIndex)
    -> NameIndex.Gender?
  {
    let titleWords = (mention.title ?? "").lowercased().split(separator: " ").map(String.init)
    if titleWords.contains(where: Lexicon.maleTitles.contains) { return .male }
    if titleWords.contains(where: Lexicon.femaleTitles.contains) { return .female }
    return index.gender(of: name)
  }

  private func pronoun(_ mention: SpeakerMention) -> ResolvedSpeaker? {
    let word = mention.name.lowercased()
    switch word {
    case "he", "she":
      let wanted: NameIndex.Gender = word == "he" ? .male : .female
      return person(near: mention, gender: wanted)
    case "it":
      return index.organisation(before: mention.range.start)
        .map { ResolvedSpeaker(name: $0.name, type: .org, description: nil) }
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

  /// How far back a pronoun looks for its person, in named mentions.
  private static let searchLimit = 400

  private func nominal(_ mention: SpeakerMention) -> ResolvedSpeaker? {
    let words = mention.name.lowercased().split(separator: " ").map(String.init)
    if let head = words.last, words.first == "the", Self.organisationNouns.contains(head),
      let organisation = index.organisation(before: mention.range.start)
    {
      return ResolvedSpeaker(name: organisation.name, type: .org, description: nil)
    }
    var name = mention.name
    if let first = name.unicodeScalars.first, first.properties.isUppercase,
      words.first.map(Lexicon.determiners.contains) == true
    {
      name = name.prefix(1).lowercased() + name.dropFirst()
    }
    return ResolvedSpeaker(
      name: name, type: mention.isOrganisation ? .org : nil, description: mention.description)
  }
}
