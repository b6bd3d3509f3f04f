/// Turns mentions into speakers: names to their fullest form, pronouns to the person
/// they stand for, "the company" to the organisation named before.
struct SpeakerResolver {
  let index: NameIndex
  /// Named speakers found so far, in text order, as candidates for later pronouns.
  private var namedSpeakers: [(position: Int, block: Int, speaker: ResolvedSpeaker, gender: NameIndex.Gender?)] = []

  /// Titled people the article names, as candidates for he and she.
  private let titledPeople: [Candidate]

  struct Candidate {
    var position: Int
    var block: Int
    var speaker: ResolvedSpeaker
    var gender: NameIndex.Gender?
  }

  init(index: NameIndex) {
    self.index = index
    titledPeople = index.occurrences.filter(\.isPerson).map { occurrence in
      let full = index.canonical(occurrence.name, at: occurrence.position)
      return Candidate(
        position: occurrence.position, block: occurrence.block,
        speaker: ResolvedSpeaker(name: full?.name ?? occurrence.name, type: .person, description: occurrence.title),
        gender: occurrence.gender)
    }
  }

  static let organisationNouns: Set<String> = [
    "company", "firm", "group", "organization", "organisation", "campaign", "agency", "ministry",
    "department", "network", "newspaper", "paper", "outlet", "committee", "council", "operator",
    "party", "government", "administration", "office", "team", "union", "club", "bank",
    "university", "institute", "statement", "report", "website", "site", "magazine", "station",
  ]

  mutating func resolve(_ mention: Mention) -> ResolvedSpeaker? {
    switch mention.kind {
    case .name:
      let speaker = named(mention)
      namedSpeakers.append((mention.range.start, mention.block, speaker, gender(of: speaker.name, mention: mention)))
      return speaker
    case .pronoun:
      return pronoun(mention)
    case .nominal:
      return nominal(mention)
    }
  }

  private func named(_ mention: Mention) -> ResolvedSpeaker {
    let full = index.canonical(mention.name, at: mention.range.start)
    let name = full?.name ?? mention.name
    let isOrganisation = mention.isOrganisation || (full?.isOrganisation ?? false)
    let description = mention.description ?? mention.title ?? index.longestForm(of: name)?.title
    return ResolvedSpeaker(name: name, type: isOrganisation ? .org : .person, description: description)
  }

  private func gender(of name: String, mention: Mention) -> NameIndex.Gender? {
    let titleWords = (mention.title ?? "").lowercased().split(separator: " ").map(String.init)
    if titleWords.contains(where: Lexicon.maleTitles.contains) { return .male }
    if titleWords.contains(where: Lexicon.femaleTitles.contains) { return .female }
    return index.occurrences.first { $0.name == name && $0.gender != nil }?.gender
  }

  private func pronoun(_ mention: Mention) -> ResolvedSpeaker? {
    let word = mention.name.lowercased()
    switch word {
    case "he", "she":
      let wanted: NameIndex.Gender = word == "he" ? .male : .female
      return person(near: mention, gender: wanted)
    case "it":
      return index.occurrences.last { $0.position < mention.range.start && $0.isOrganisation }
        .map { ResolvedSpeaker(name: $0.name, type: .org, description: nil) }
    default:
      return nil
    }
  }

  /// The person a he/she refers to: named earlier in the paragraph, else in the two
  /// paragraphs before, else later in the same paragraph, else anywhere before.
  private func person(near mention: Mention, gender: NameIndex.Gender) -> ResolvedSpeaker? {
    var candidates = namedSpeakers.filter { $0.speaker.type == .person }.map {
      Candidate(position: $0.position, block: $0.block, speaker: $0.speaker, gender: $0.gender)
    }
    candidates += titledPeople
    candidates = candidates.filter { $0.gender == nil || $0.gender == gender }
    let position = mention.range.start
    let block = mention.block
    let earlier = candidates.filter { $0.position < position }.sorted { $0.position > $1.position }
    if let found = earlier.first(where: { $0.block == block }) { return found.speaker }
    if let found = earlier.first(where: { $0.block >= block - 2 }) { return found.speaker }
    if let found = candidates.filter({ $0.position > position && $0.block == block }).min(by: { $0.position < $1.position }) {
      return found.speaker
    }
    return earlier.first?.speaker
  }

  private func nominal(_ mention: Mention) -> ResolvedSpeaker? {
    let words = mention.name.lowercased().split(separator: " ").map(String.init)
    if let head = words.last, words.first == "the", Self.organisationNouns.contains(head),
      let organisation = index.occurrences.last(where: { $0.position < mention.range.start && $0.isOrganisation })
    {
      return ResolvedSpeaker(name: organisation.name, type: .org, description: nil)
    }
    var name = mention.name
    if let first = name.unicodeScalars.first, first.properties.isUppercase, words.first.map(Lexicon.determiners.contains) == true {
      name = name.prefix(1).lowercased() + name.dropFirst()
    }
    return ResolvedSpeaker(name: name, type: mention.isOrganisation ? .org : nil, description: mention.description)
  }
}
