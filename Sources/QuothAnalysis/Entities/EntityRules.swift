/// The rules run over the tagger's mentions: titles kept out of names, names completed,
/// seats of government read as organisations, one type per string across the article
/// (the second pass), later mentions of a found name, and the GROUP and DATE entities.
struct EntityRules {
  let document: EntityDocument
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  private let tokens: [EntityToken]

  init(document: EntityDocument, scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    self.document = document
    self.scalars = scalars
    self.tokens = document.tokens
  }

  /// Places named for the government that sits there: "the Kremlin said".
  static let seatsOfGovernment: Set<UInt64> = Set(
    [
      "Kremlin", "White House", "Pentagon", "Downing Street", "Élysée", "Elysee", "Blue House",
      "Zhongnanhai", "Foggy Bottom", "Quai d’Orsay",
    ].map(EntityRules.phraseKey))

  func refine(_ tagged: [Mention]) -> [Mention] {
    var mentions = possessiveOrganisations(tagged).compactMap(trimmed)
    mentions = separatingTitles(mentions).map(extendingName).map(extendingOrganisation)
    mentions = joiningOrganisations(withoutOverlaps(mentions))
    mentions = mentions.map { mention in
      var mention = mention
      if isGroupWord(mention) { mention.type = .group }
      if endsInOrganisationHead(mention) { mention.type = .org }
      return mention
    }
    mentions = surnamesAsPeople(mentions)
    mentions = majorityTypes(mentions)
    mentions = withRepeats(mentions)
    mentions = mentions.map(governmentBySeat)
    var covered = [Bool](repeating: false, count: tokens.count)
    for mention in mentions { for i in mention.first..<mention.end { covered[i] = true } }
    mentions += groups(covered: &covered)
    mentions += DateRules(document: document, scalars: scalars).dates(covered: &covered)
    return mentions.sorted { $0.first < $1.first }
  }

  // MARK: Titles and names

  /// Without punctuation, weekdays or lower-case words at either end: "James”" → "James",
  /// "Netflix Friday" → "Netflix" (but "al-Assad" has a capital and stays).
  private func trimmed(_ mention: Mention) -> Mention? {
    func isEdge(_ token: EntityToken) -> Bool {
      !token.isWord || token.gazetteer & GazetteerEntry.weekday != 0
        || (token.written == .lower && !hasCapital(token))
    }
    var mention = mention
    while mention.first < mention.end && isEdge(tokens[mention.first]) { mention.first += 1 }
    while mention.end > mention.first && isEdge(tokens[mention.end - 1]) { mention.end -= 1 }
    return mention.first < mention.end ? mention : nil
  }

  /// Where mentions overlap (a name extended over its neighbour), the longer one stays.
  private func withoutOverlaps(_ mentions: [Mention]) -> [Mention] {
    var kept: [Mention] = []
    for mention in mentions.sorted(by: { ($0.first, $1.end) < ($1.first, $0.end) }) {
      if let last = kept.last, mention.first < last.end {
        if mention.end - mention.first > last.end - last.first { kept[kept.count - 1] = mention }
        continue
      }
      kept.append(mention)
    }
    return kept
  }

  /// Whether a word has a capital letter anywhere ("al-Assad", "iPhone").
  private func hasCapital(_ token: EntityToken) -> Bool {
    (Int(token.start)..<Int(token.end)).contains {
      ScalarClass.of(scalars[$0].value) == ScalarClass.upper
    }
  }

  /// Keeps titles out of names: "President Vladimir Putin" → "Vladimir Putin". A title
  /// inside a mention splits it ("Charlotte Mayor Jennifer Roberts" → the place
  /// "Charlotte" and the person "Jennifer Roberts"); an organisation or place that is a
  /// title and a name ("General Behrouz Esbati") becomes a person, one that is a title
  /// and a common word or an organisation's head ("General Motors", "Supreme Court")
  /// stays. A name left next to a person joins it ("Chief Justice John" + "G. Roberts").
  private func separatingTitles(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for (index, mention) in mentions.enumerated() {
      var cut = -1
      // A title word after a given name is a surname: "Larry King", "Martin Luther King".
      for i in mention.first..<mention.end
      where tokens[i].gazetteer & GazetteerEntry.title != 0 && tokens[i].written.isCapital
        && !(i > mention.first && tokens[i - 1].gazetteer & GazetteerEntry.firstName != 0
          && tokens[i - 1].gazetteer & GazetteerEntry.title == 0)
      {
        cut = i
      }
      guard cut >= 0 else {
        result.append(mention)
        continue
      }
      let rest = (cut + 1)..<mention.end
      guard !rest.isEmpty else {
        if mention.type != .person || cut + 1 - mention.first < mention.end - mention.first {
          result.append(mention)
        }
        continue
      }
      let personFollows =
        index + 1 < mentions.count && mentions[index + 1].first == mention.end
        && mentions[index + 1].type == .person
      let last = tokens[mention.end - 1].gazetteer
      let isName =
        rest.allSatisfy { tokens[$0].written.isCapital }
        && last & (GazetteerEntry.orgHead | GazetteerEntry.place) == 0
        && (mention.type == .person || personFollows || rest.count >= 2
          || tokens[rest.lowerBound].gazetteer & GazetteerEntry.common == 0)
      guard isName else {
        result.append(mention)
        continue
      }
      var titleStart = cut
      while titleStart > mention.first
        && tokens[titleStart - 1].gazetteer & GazetteerEntry.title != 0
      {
        titleStart -= 1
      }
      if titleStart > mention.first {
        let bits = tokens[titleStart - 1].gazetteer
        if bits & (GazetteerEntry.place | GazetteerEntry.placePhrase) != 0 {
          result.append(Mention(first: mention.first, end: titleStart, type: .place))
        } else if mention.type != .person
          && bits & (GazetteerEntry.demonym | GazetteerEntry.group) == 0
        {
          result.append(Mention(first: mention.first, end: titleStart, type: mention.type))
        }
      }
      result.append(Mention(first: rest.lowerBound, end: rest.upperBound, type: .person))
    }
    // Join people written next to each other: what a title split off and what follows.
    var joined: [Mention] = []
    for mention in result {
      if let previous = joined.last, previous.type == .person, mention.type == .person,
        previous.end == mention.first
      {
        joined[joined.count - 1].end = mention.end
      } else {
        joined.append(mention)
      }
    }
    return joined
  }

  /// Small words inside names: "von der Leyen", "da Silva", "bin Salman".
  static let particles = Set(
    [
      "von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos", "das", "le", "la",
      "bin", "ibn", "ben", "ter", "ten", "y", "al",
    ].map(EntityHash.lowerForm))

  /// Extends a person's name back over particles ("Ursula von der Leyen"), and forward
  /// over a capitalised word that is no common word ("Sayeed Abbas" + "Araghchi"), with
  /// particles between ("Mohammed" + "bin Salman").
  private func extendingName(_ mention: Mention) -> Mention {
    guard mention.type == .person else { return mention }
    var mention = mention
    let paragraph = document.paragraph(containing: mention.first)
    // Back over particles to the given name: "Ursula" + "von der" + "Leyen".
    if let paragraph {
      var first = mention.first
      while first > paragraph.lowerBound && EntityRules.particles.contains(tokens[first - 1].lower)
        && tokens[first - 1].written == .lower
      {
        first -= 1
      }
      if first < mention.first && first > paragraph.lowerBound {
        let given = tokens[first - 1]
        let plain = given.gazetteer & (GazetteerEntry.veryCommon | GazetteerEntry.title) == 0
        if given.written == .capitalised && plain { mention.first = first - 1 }
      }
    }
    /// A capitalised word that is no title, organisation head or place, and (unless
    /// particles lead to it) no common word.
    func isSurname(_ token: EntityToken, afterParticle: Bool) -> Bool {
      var excluded =
        GazetteerEntry.title | GazetteerEntry.orgHead | GazetteerEntry.place
        | GazetteerEntry.demonym
      if !afterParticle { excluded |= GazetteerEntry.common }
      return token.caps == .capitalised && !token.sentenceStart && token.gazetteer & excluded == 0
    }
    while let paragraph, mention.end < paragraph.upperBound {
      // Forward over particles to a surname: "Mohammed" + "bin" + "Salman".
      var end = mention.end
      while end < paragraph.upperBound && tokens[end].written == .lower
        && EntityRules.particles.contains(tokens[end].lower)
      {
        end += 1
      }
      guard end < paragraph.upperBound, isSurname(tokens[end], afterParticle: end > mention.end)
      else { break }
      mention.end = end + 1
    }
    // Generational suffixes: "Abdullah II", "Biden Jr."
    if let paragraph, mention.end < paragraph.upperBound,
      EntityRules.nameSuffixes.contains(tokens[mention.end].lower),
      tokens[mention.end].written.isCapital
    {
      mention.end += 1
    }
    return mention
  }

  static let nameSuffixes = Set(
    ["II", "III", "IV", "Jr.", "Jr", "Sr.", "Sr"].map(EntityHash.lowerForm))

  static let possessive = EntityHash.lowerForm("'s")

  /// A name, a possessive and an organisation's head are one organisation: "St. Brigid’s
  /// Hospital", "St. Mary’s College". A head the tagger tagged alone joins it.
  private func possessiveOrganisations(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    var skipped = -1
    for (index, mention) in mentions.enumerated() where index != skipped {
      let apostrophe = mention.end
      let head = apostrophe + 1
      guard mention.type != .date && mention.type != .group, head < tokens.count,
        tokens[apostrophe].lower == EntityRules.possessive,
        tokens[head].gazetteer & GazetteerEntry.orgHead != 0, tokens[head].written.isCapital,
        document.paragraph(containing: mention.first)?.contains(head) ?? false
      else {
        result.append(mention)
        continue
      }
      if index + 1 < mentions.count && mentions[index + 1].first == head {
        skipped = index + 1
        result.append(Mention(first: mention.first, end: mentions[index + 1].end, type: .org))
      } else if index + 1 >= mentions.count || mentions[index + 1].first > head {
        result.append(Mention(first: mention.first, end: head + 1, type: .org))
      } else {
        result.append(mention)
      }
    }
    return result
  }

  /// Extends an organisation's name back over a capitalised word the tagger left out
  /// ("the National" + "Institute of Allergy", "Swedish" + "Air Force"), but not over a
  /// place or a function word ("Virginia", "The").
  private func extendingOrganisation(_ mention: Mention) -> Mention {
    guard mention.type == .org else { return mention }
    var mention = mention
    let paragraph = document.paragraph(containing: mention.first)
    let excluded =
      GazetteerEntry.title | GazetteerEntry.weekday | GazetteerEntry.month
      | GazetteerEntry.place | GazetteerEntry.placePhrase | GazetteerEntry.group
    while let paragraph, mention.first > paragraph.lowerBound {
      let previous = tokens[mention.first - 1]
      guard previous.caps == .capitalised, !previous.headline, previous.gazetteer & excluded == 0,
        !EntityRules.functionWords.contains(previous.lower),
        !previous.sentenceStart || previous.gazetteer & GazetteerEntry.common == 0
      else { break }
      mention.first -= 1
    }
    return mention
  }

  static let functionWords = Set(
    """
    the a an this that these those his her its our their my your and or but of for in on at to
    by with from as
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { EntityHash.lowerForm(String($0)) })

  static let connectives = Set(["and", "&"].map(EntityHash.lowerForm))
  static let namePrepositions = Set(["of", "for"].map(EntityHash.lowerForm))

  /// Joins an organisation named "X of Y" to one after "and": "National Institute of
  /// Allergy" + "and" + "Infectious Diseases".
  private func joiningOrganisations(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    for mention in mentions {
      if let previous = result.last, previous.type == .org, mention.type == .org,
        mention.first == previous.end + 1,
        EntityRules.connectives.contains(tokens[previous.end].lower),
        (previous.first..<previous.end).contains(where: {
          EntityRules.namePrepositions.contains(tokens[$0].lower) && tokens[$0].written == .lower
        })
      {
        result[result.count - 1].end = mention.end
      } else {
        result.append(mention)
      }
    }
    return result
  }

  /// Words before a seat of government that make it the place, not the government: "in the Kremlin".
  static let locatives = Set(
    ["in", "at", "inside", "outside", "into", "near", "from"].map(EntityHash.lowerForm))
  static let the = EntityHash.lowerForm("the")

  /// A seat of government stands for the government ("the Kremlin said"), except where
  /// the text is about the place ("talks in the Kremlin").
  private func governmentBySeat(_ mention: Mention) -> Mention {
    guard mention.type != .group && mention.type != .date,
      EntityRules.seatsOfGovernment.contains(key(mention))
    else { return mention }
    var before = mention.first - 1
    if before >= 0 && tokens[before].lower == EntityRules.the { before -= 1 }
    let isPlace = before >= 0 && EntityRules.locatives.contains(tokens[before].lower)
    return Mention(first: mention.first, end: mention.end, type: isPlace ? .place : .org)
  }

  /// A name of several words ending in "University", "Foundation", "Party"… names an
  /// organisation, unless it is a place's ("Soviet Union").
  private func endsInOrganisationHead(_ mention: Mention) -> Bool {
    let isPlaceName = (mention.first..<mention.end).allSatisfy {
      tokens[$0].gazetteer & GazetteerEntry.placePhrase != 0
    }
    return mention.type != .org && mention.end - mention.first >= 2 && !isPlaceName
      && tokens[mention.end - 1].gazetteer & GazetteerEntry.orgHead != 0
      && tokens[mention.end - 1].written.isCapital
  }

  /// A lone nationality or group word the tagger called an organisation or place.
  private func isGroupWord(_ mention: Mention) -> Bool {
    guard mention.end - mention.first == 1 else { return false }
    let bits = tokens[mention.first].gazetteer
    return bits & (GazetteerEntry.demonym | GazetteerEntry.group) != 0
      && bits & GazetteerEntry.place == 0
  }

  /// A lone word that is the surname of a person named in full elsewhere is that person.
  private func surnamesAsPeople(_ mentions: [Mention]) -> [Mention] {
    var surnames = Set<UInt64>()
    for mention in mentions where mention.type == .person && mention.end - mention.first >= 2 {
      surnames.insert(tokens[mention.end - 1].lower)
    }
    return mentions.map { mention in
      guard mention.end - mention.first == 1, mention.type == .org || mention.type == .place,
        surnames.contains(tokens[mention.first].lower)
      else { return mention }
      return Mention(first: mention.first, end: mention.end, type: .person)
    }
  }

  // MARK: The second pass

  /// Every mention of the same string takes the type most of them have.
  private func majorityTypes(_ mentions: [Mention]) -> [Mention] {
    var votes: [UInt64: [EntityType: Int]] = [:]
    for mention in mentions { votes[key(mention), default: [:]][mention.type, default: 0] += 1 }
    return mentions.map { mention in
      guard let counts = votes[key(mention)], counts.count > 1 else { return mention }
      let own = counts[mention.type] ?? 0
      let best = counts.max {
        $0.value < $1.value || ($0.value == $1.value && $0.key != mention.type)
      }!
      guard best.value > own else { return mention }
      return Mention(first: mention.first, end: mention.end, type: best.key)
    }
  }

  /// Capitalised occurrences the tagger passed over of a string it tagged elsewhere,
  /// and of the surname of a person it found in full.
  private func withRepeats(_ mentions: [Mention]) -> [Mention] {
    var mentions = mentions
    var known: [UInt64: [(length: Int, key: UInt64, type: EntityType)]] = [:]
    var acronyms = Set<UInt64>()
    var covered = [Bool](repeating: false, count: tokens.count)
    func learn(_ first: Int, _ end: Int, _ type: EntityType) {
      let k = key(first, end)
      let head = tokens[first].lower
      if known[head]?.contains(where: { $0.key == k }) ?? false { return }
      known[head, default: []].append((end - first, k, type))
    }
    for mention in mentions where [.person, .org, .place].contains(mention.type) {
      for i in mention.first..<mention.end { covered[i] = true }
      learn(mention.first, mention.end, mention.type)
      if mention.type == .person && mention.end - mention.first >= 2 {
        learn(mention.end - 1, mention.end, .person)
      }
      if mention.type == .org, mention.end - mention.first >= 2, let acronym = acronymKey(mention),
        !(known[acronym]?.contains(where: { $0.key == acronym }) ?? false)
      {
        known[acronym, default: []].append((1, acronym, .org))
        acronyms.insert(acronym)
      }
    }
    for head in known.keys { known[head]!.sort { $0.length > $1.length } }
    // An acronym of an organisation found in full is that organisation, whatever the tagger said.
    for index in mentions.indices where mentions[index].end - mentions[index].first == 1 {
      let token = tokens[mentions[index].first]
      if token.written == .allCaps && acronyms.contains(token.lower) { mentions[index].type = .org }
    }
    var found: [Mention] = []
    for paragraph in document.paragraphs {
      var i = paragraph.lowerBound
      while i < paragraph.upperBound {
        defer { i += 1 }
        let token = tokens[i]
        guard !covered[i], token.written.isCapital, let candidates = known[token.lower] else {
          continue
        }
        if token.sentenceStart && token.gazetteer & GazetteerEntry.common != 0 { continue }
        for candidate in candidates where i + candidate.length <= paragraph.upperBound {
          let end = i + candidate.length
          guard !covered[i..<end].contains(true), key(i, end) == candidate.key else { continue }
          // Not a piece of a longer run of capitalised words ("Frank Nervo", "National Guard").
          let before =
            i > paragraph.lowerBound && tokens[i - 1].caps.isCapital && !tokens[i - 1].sentenceStart
          let after = end < paragraph.upperBound && tokens[end].caps.isCapital
          if before || after { continue }
          found.append(Mention(first: i, end: end, type: candidate.type))
          for k in i..<end { covered[k] = true }
          i = end - 1
          break
        }
      }
    }
    return mentions + found
  }

  // MARK: Groups

  /// Nationalities, religious and political groups the tagger left alone: "Iranian",
  /// "Democrats", "South Koreans"; with an organisation's head after them, organisations
  /// ("Republican Party").
  private func groups(covered: inout [Bool]) -> [Mention] {
    var found: [Mention] = []
    for paragraph in document.paragraphs {
      var i = paragraph.lowerBound
      while i < paragraph.upperBound {
        let bits = tokens[i].gazetteer
        guard !covered[i], tokens[i].written.isCapital,
          bits & (GazetteerEntry.demonym | GazetteerEntry.group | GazetteerEntry.groupPhrase) != 0
        else {
          i += 1
          continue
        }
        var end = i + 1
        if bits & GazetteerEntry.groupPhrase != 0 {
          while end < paragraph.upperBound && !covered[end]
            && tokens[end].gazetteer & GazetteerEntry.groupPhrase != 0
          {
            end += 1
          }
        }
        // A group word before an organisation's head names the organisation: "Republican Party".
        var type = EntityType.group
        if end < paragraph.upperBound && !covered[end] && tokens[end].written.isCapital
          && tokens[end].gazetteer & GazetteerEntry.orgHead != 0
        {
          end += 1
          type = .org
        }
        found.append(Mention(first: i, end: end, type: type))
        for k in i..<end { covered[k] = true }
        i = end
      }
    }
    return found
  }

  // MARK: Keys

  /// Small words an acronym skips: "Institute for Global and National Security".
  static let acronymSkips = Set(
    ["of", "for", "and", "the", "on", "in", "&"].map(EntityHash.lowerForm))

  /// The key of the acronym of a name of two or more capitalised words ("International
  /// Monetary Fund" → "IMF"), or nil.
  func acronymKey(_ mention: Mention) -> UInt64? {
    var h = EntityHash.start()
    var letters = 0
    for i in mention.first..<mention.end where !EntityRules.acronymSkips.contains(tokens[i].lower) {
      guard tokens[i].written.isCapital else { return nil }
      h = EntityHash.add(h, ScalarClass.lowered(scalars[Int(tokens[i].start)].value))
      letters += 1
    }
    return letters >= 2 ? EntityHash.finish(h) : nil
  }

  /// The hash of a mention's words, lower-cased: the same string gives the same key.
  func key(_ mention: Mention) -> UInt64 { key(mention.first, mention.end) }

  func key(_ first: Int, _ end: Int) -> UInt64 {
    var h = tokens[first].lower
    for i in (first + 1)..<end { h = Gazetteer.phraseHash(h, adding: tokens[i].lower) }
    return h
  }

  /// The key of a phrase as written.
  static func phraseKey(_ phrase: String) -> UInt64 {
    let scalars = Array(phrase.unicodeScalars)
    var words: [EntityToken] = []
    scalars.withUnsafeBufferPointer {
      EntityTokenizer.tokenize($0, range: 0..<scalars.count, into: &words)
    }
    return words.dropFirst().reduce(words[0].lower) { Gazetteer.phraseHash($0, adding: $1.lower) }
  }
}
