/// The people and organisations the article names, in order, with the fullest form
/// of each name (from the entity clusters) and the title that stands before it,
/// so that a short or pronoun mention can be linked to its speaker.
struct NameIndex {
  typealias Gender = PersonGender

  struct Occurrence {
    var position: Int
    var block: Int
    /// The fullest form the article uses ("Lena Marsh").
    var name: String
    var words: [String]
    /// `words` in lower case, for matching.
    var lowered: [String]
    /// Title words right before the name ("Iranian Foreign Minister").
    var title: String?
    var isPerson: Bool
    var isOrganisation: Bool
    var gender: Gender?
    /// The name stands inside a quotation: someone speaks of this person.
    var inQuote = false
    /// The name (with its title) opens its sentence.
    var startsSentence = false
    /// A reporting verb follows the name ("Marsh said").
    var speaks = false
  }

  private(set) var occurrences: [Occurrence] = []
  /// The person and organisation entities, by start.
  private let entities: [Entity]
  /// Block indices of headings, in order.
  private let headingBlocks: [Int]
  private var byLastWord: [String: [Int]] = [:]
  /// The gender of each name, from its first occurrence that has one.
  private var genders: [String: Gender] = [:]
  /// The same, longest forms first (for `longestForm`).
  private var longestFirst: [String: [Int]] = [:]
  private let model: SpeakerModel?

  /// `quoted` are the quoted regions in reading order; `model` knows the sex of first names.
  init(
    document: TextDocument, entities: [Entity], quoted: [TextRange] = [],
    model: SpeakerModel? = SpeakerModel.shared
  ) {
    self.model = model
    headingBlocks = document.blocks.indices.filter { document.blocks[$0].kind == .heading }
    let named = entities.filter { $0.type == .person || $0.type == .org }.sorted {
      $0.start < $1.start
    }
    self.entities = (named + Self.missedOrganisations(in: document, named: named)).sorted {
      $0.start < $1.start
    }
    var block = 0
    var split: [String: SplitName] = [:]
    var quote = 0
    /// What each occurrence itself tells of the person's sex, by occurrence.
    var evidence: [GenderEvidence] = []
    for (entityIndex, entity) in self.entities.enumerated() {
      while block < document.blocks.count && document.blocks[block].range.end <= entity.start {
        block += 1
      }
      guard block < document.blocks.count, document.blocks[block].range.contains(entity.start)
      else { continue }
      let names =
        split[entity.canonical]
        ?? {
          let names = SplitName(entity.canonical, model: model)
          split[entity.canonical] = names
          return names
        }()
      let words = names.words
      guard !words.isEmpty else { continue }
      let tokens = document.blocks[block].tokens
      let title = Self.title(before: entity.start, in: tokens, document: document)
      let organisation = entity.type == .org || names.hasOrganisationWord
      let isPerson = entity.type == .person && !organisation
      var occurrence = Occurrence(
        position: entity.start, block: block, name: names.name, words: words,
        lowered: names.lowered, title: title?.text ?? names.title, isPerson: isPerson,
        isOrganisation: organisation, gender: nil)
      var told = GenderEvidence(
        title: title?.gender ?? names.titleGender,
        firstName: isPerson ? names.firstNameGender : nil)
      while quote < quoted.count && quoted[quote].end <= entity.start { quote += 1 }
      occurrence.inQuote = quote < quoted.count && quoted[quote].start <= entity.start
      Self.describeContext(of: &occurrence, entity: entity, tokens: tokens, document: document)
      if isPerson && told.title == nil && told.firstName == nil && !occurrence.inQuote {
        let next =
          entityIndex + 1 < self.entities.count ? self.entities[entityIndex + 1].start : Int.max
        told.pronoun = Self.pronounGender(
          after: entity.end, before: next, tokens: tokens, document: document, quoted: quoted)
      }
      occurrences.append(occurrence)
      evidence.append(told)
    }
    Self.assignGenders(&occurrences, evidence: evidence)
    for (offset, occurrence) in occurrences.enumerated() {
      byLastWord[occurrence.lowered.last!, default: []].append(offset)
      if let gender = occurrence.gender, genders[occurrence.name] == nil {
        genders[occurrence.name] = gender
      }
    }
    // Longest first, titled before untitled, earliest first among equals.
    longestFirst = byLastWord.mapValues { offsets in
      offsets.sorted { lhs, rhs in
        let (a, b) = (occurrences[lhs], occurrences[rhs])
        if a.words.count != b.words.count { return a.words.count > b.words.count }
        if (a.title != nil) != (b.title != nil) { return a.title != nil }
        return lhs < rhs
      }
    }
  }

  /// An entity's canonical name taken apart once for all its mentions.
  private struct SplitName {
    var words: [String]
    var lowered: [String]
    var name: String
    /// "Sen. Ruth Adler": the title inside the entity is a title too.
    var title: String?
    var titleGender: Gender?
    var firstNameGender: Gender?
    /// "Estuary Lines" is a company whatever the tagger thought.
    var hasOrganisationWord: Bool

    init(_ canonical: String, model: SpeakerModel?) {
      let all = ScalarText.spaceSeparated(canonical).map(String.init)
      words = NameIndex.withoutTitles(all)
      lowered = words.map { $0.lowercased() }
      // The canonical name itself when no title went and it is single-spaced.
      let joinedLength = words.reduce(words.count - 1) { $0 + $1.utf8.count }
      name =
        words.count == all.count && canonical.utf8.count == joinedLength
        ? canonical : words.joined(separator: " ")
      title = all.count > words.count ? all.dropLast(words.count).joined(separator: " ") : nil
      titleGender = title.flatMap(NameIndex.gender(ofTitle:))
      firstNameGender = words.first.flatMap { model?.gender(ofFirstName: $0) }
      hasOrganisationWord = lowered.contains(where: Lexicon.organisationWords.contains)
    }
  }

  /// What one mention of a person tells of their sex.
  private struct GenderEvidence {
    /// A title at this mention ("Ms.", "Congressman").
    var title: Gender?
    /// The sex the Census gives most people with the first name.
    var firstName: Gender?
    /// The first he, she, his or her after this mention, outside quotations, when
    /// neither of the above tells.
    var pronoun: Gender?
  }

  /// Gives each occurrence the sex the article tells of that person: a title at the
  /// mention, else a title at any other mention of the same name (when the titles
  /// agree: "Ms. Okafor" makes "Ada Okafor" a woman), else the first name's, else the
  /// pronoun after the mention ("Okafor said her …"), else the pronouns after all the
  /// name's mentions, the more frequent.
  private static func assignGenders(_ occurrences: inout [Occurrence], evidence: [GenderEvidence]) {
    var titles: [String: Gender?] = [:]
    var votes: [String: Int] = [:]
    for (occurrence, told) in zip(occurrences, evidence) {
      if let title = told.title {
        // Two people of one surname merged ("Mr. Lee" and "Mrs. Lee"): no title for the name.
        if let known = titles[occurrence.name] {
          if known != title { titles[occurrence.name] = .some(nil) }
        } else {
          titles[occurrence.name] = title
        }
      }
      if let pronoun = told.pronoun {
        votes[occurrence.name, default: 0] += pronoun == .male ? 1 : -1
      }
    }
    for offset in occurrences.indices {
      let name = occurrences[offset].name
      let told = evidence[offset]
      let vote = votes[name].flatMap { $0 == 0 ? nil : $0 > 0 ? Gender.male : .female }
      occurrences[offset].gender =
        told.title ?? (titles[name] ?? nil) ?? told.firstName ?? told.pronoun ?? vote
    }
  }

  /// A name with leading titles removed ("Councillor Priya Raman" → "Priya Raman").
  static func withoutTitles(_ words: [String]) -> [String] {
    var words = words
    while words.count > 1 && Lexicon.titles.contains(words[0].lowercased()) { words.removeFirst() }
    return words
  }

  /// Title words (Mr., Foreign Minister, Iranian) right before a name, and the gender they tell.
  private static func title(before position: Int, in tokens: [Token], document: TextDocument) -> (
    text: String, gender: Gender?
  )? {
    let low = tokens.partitionPoint { $0.start >= position }
    var first = low
    while first > 0 && low - first < 6 {
      // "Sen." may come as a word and its full stop.
      let dotted =
        first > 1 && tokens[first - 1].kind == .punctuation && tokens[first - 1].first == "."
      let index = dotted ? first - 2 : first - 1
      guard tokens[index].kind == .word else { break }
      let word = document.lower(tokens[index]) + (dotted ? "." : "")
      guard
        Lexicon.titles.contains(word) || (tokens[index].isCapitalized && isNationality(word))
      else { break }
      first = index
    }
    guard first < low else { return nil }
    let text = document.string(TextRange(tokens[first].start, tokens[low - 1].end))
    return (text, gender(ofTitle: text))
  }

  /// The gender of the first he, she, his or her outside quotations in the thirty tokens
  /// after a name (`end`), before the next name (`limit`).
  private static func pronounGender(
    after end: Int, before limit: Int, tokens: [Token], document: TextDocument,
    quoted: [TextRange]
  ) -> Gender? {
    var index = tokens.partitionPoint { $0.start >= end }
    let last = min(tokens.count, index + 30)
    while index < last && tokens[index].start < limit {
      defer { index += 1 }
      guard tokens[index].kind == .word, tokens[index].end - tokens[index].start <= 4 else {
        continue
      }
      let word = document.lower(tokens[index])
      let gender: Gender? =
        switch word {
        case "he", "his", "him": .male
        case "she", "her", "hers": .female
        default: nil
        }
      guard let gender else { continue }
      let position = tokens[index].start
      let enclosing = quoted.partitionPoint { $0.end > position }
      if enclosing < quoted.count && quoted[enclosing].start <= position { continue }
      return gender
    }
    return nil
  }

  /// The gender title words tell ("Mrs.", "Congressman"), if any.
  static func gender(ofTitle title: String) -> Gender? {
    let words = ScalarText.spaceSeparated(title.lowercased()).map(String.init)
    if words.contains(where: Lexicon.femaleTitles.contains) { return .female }
    if words.contains(where: Lexicon.maleTitles.contains) { return .male }
    return nil
  }

  /// Whether the name opens its sentence and whether a reporting verb follows it.
  private static func describeContext(
    of occurrence: inout Occurrence, entity: Entity, tokens: [Token], document: TextDocument
  ) {
    var first = tokens.partitionPoint { $0.start >= entity.start }
    let after = tokens.partitionPoint { $0.start >= entity.end }
    if let title = occurrence.title { first -= ScalarText.spaceSeparated(title).count }
    occurrence.startsSentence = opensSentence(at: first, tokens: tokens)
    var verb = after
    while verb < tokens.count && verb - after < 3 && tokens[verb].kind == .word
      && document.lower(tokens[verb], isIn: Lexicon.verbModifiers)
    {
      verb += 1
    }
    occurrence.speaks =
      verb < tokens.count && tokens[verb].kind == .word
      && document.lower(tokens[verb], isIn: Lexicon.reportingVerbs)
  }

  /// Whether the token at `index` opens its sentence (after a full stop, a colon or a
  /// quotation mark, or first in its paragraph).
  private static func opensSentence(at index: Int, tokens: [Token]) -> Bool {
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    return previous.kind == .quoteMark
      || (previous.kind == .punctuation && ".!?:".unicodeScalars.contains(previous.first))
  }

  /// Organisations that speak where the entity recogniser found nothing: two to five
  /// capitalised words opening a sentence, one of them an organisation word, right before
  /// a reporting verb ("Estuary Lines said on Monday …"). `named` are the entities found,
  /// by start.
  private static func missedOrganisations(in document: TextDocument, named: [Entity]) -> [Entity] {
    var found: [Entity] = []
    for block in document.blocks {
      let tokens = block.tokens
      for verb in tokens.indices.dropFirst(2)
      where tokens[verb - 1].isCapitalized && tokens[verb].kind == .word
        && !tokens[verb].isCapitalized
      {
        var first = verb - 1
        while first > 0 && verb - first < 5 && tokens[first - 1].kind == .word
          && tokens[first - 1].isCapitalized
        {
          first -= 1
        }
        let opensSentence = Self.opensSentence(at: first, tokens: tokens)
        // "The Estuary Lines said": the organisation's name leaves out the article.
        if tokens[first].length == 3 && document.lower(tokens[first]) == "the" { first += 1 }
        guard verb - first >= 2, opensSentence,
          document.lower(tokens[verb], isIn: Lexicon.reportingVerbs),
          tokens[first..<verb].allSatisfy({ $0.kind == .word && $0.isCapitalized }),
          tokens[first..<verb].contains(where: {
            document.lower($0, isIn: Lexicon.organisationWords)
          })
        else { continue }
        let range = TextRange(tokens[first].start, tokens[verb - 1].end)
        let next = named.partitionPoint { $0.end <= range.start }
        guard next == named.count || named[next].start >= range.end else { continue }
        let text = document.string(range)
        found.append(
          Entity(start: range.start, end: range.end, text: text, type: .org, canonical: text))
      }
    }
    return found
  }

  private static func isNationality(_ word: String) -> Bool {
    word.count > 4
      && (word.hasSuffix("ian") || word.hasSuffix("ean") || word.hasSuffix("ese")
        || word.hasSuffix("ish"))
  }

  /// The canonical name of the entity that covers `range`, if the recogniser found one.
  func entity(covering range: TextRange) -> Entity? {
    let low = entities.partitionPoint { $0.end > range.start }
    guard low < entities.count, entities[low].range.overlaps(range) else { return nil }
    return entities[low]
  }

  /// The nearest organisation named before `position` (within the last few hundred names).
  func organisation(before position: Int) -> Occurrence? {
    let low = occurrences.partitionPoint { $0.position >= position }
    var index = low - 1
    while index >= 0 && low - index <= 400 {
      if occurrences[index].isOrganisation { return occurrences[index] }
      index -= 1
    }
    return nil
  }

  /// The nearest organisation named before `position` whose name has `word` in it
  /// ("the commission" → "Commission on Presidential Debates").
  func organisation(before position: Int, containing word: String) -> Occurrence? {
    let low = occurrences.partitionPoint { $0.position >= position }
    var index = low - 1
    while index >= 0 && low - index <= 400 {
      if occurrences[index].isOrganisation && occurrences[index].lowered.contains(word) {
        return occurrences[index]
      }
      index -= 1
    }
    return nil
  }

  /// The first block of the section (the text after the last heading) that holds `block`.
  func sectionStart(ofBlock block: Int) -> Int {
    (headingBlocks.last { $0 < block } ?? -1) + 1
  }

  /// The fullest form of `name` the article uses: the nearest earlier longer name that
  /// ends with the same words, else the first later one. Looks at the nearest few hundred
  /// mentions of the same surname on either side.
  func canonical(_ name: String, at position: Int) -> Occurrence? {
    let words = ScalarText.spaceSeparated(name).map { $0.lowercased() }
    guard let last = words.last, let candidates = byLastWord[last] else { return nil }
    let low = candidates.partitionPoint { occurrences[$0].position > position }
    func matches(_ offset: Int) -> Bool {
      let lowered = occurrences[offset].lowered
      return lowered.count >= words.count && lowered.suffix(words.count).elementsEqual(words)
    }
    func longest(_ offsets: some Sequence<Int>) -> Int? {
      var best: Int?
      for offset in offsets where matches(offset) {
        if best == nil || occurrences[offset].words.count > occurrences[best!].words.count {
          best = offset
        }
      }
      return best
    }
    let before = longest(candidates[max(0, low - Self.reach)..<low].reversed())
    let found = before ?? longest(candidates[low..<min(candidates.count, low + Self.reach)])
    return found.map { occurrences[$0] }
  }

  /// How many mentions of a surname `canonical` looks at on either side.
  private static let reach = 200

  /// The gender a title gave the person with this name anywhere in the article, else
  /// the one most people with its first name have.
  func gender(of name: String) -> Gender? {
    if let known = genders[name] { return known }
    return ScalarText.spaceSeparated(name).first.flatMap { model?.gender(ofFirstName: $0) }
  }

  /// The longest form of a name anywhere in the article, and its title.
  func longestForm(of name: String) -> Occurrence? {
    let words = ScalarText.spaceSeparated(name).map { $0.lowercased() }
    guard let last = words.last, let candidates = longestFirst[last] else { return nil }
    return candidates.lazy.map { occurrences[$0] }.first {
      $0.lowered.suffix(words.count).elementsEqual(words)
    }
  }
}
