// Rules for names: titles kept out, names completed, edges trimmed.

extension EntityRules {
  /// Without punctuation, weekdays or lower-case words at either end: "James”" → "James",
  /// "Netflix Friday" → "Netflix" (but "al-Assad" has a capital and stays). A name the
  /// tagger found written all in lower case, as web text writes them ("flew to auckland"),
  /// keeps its words.
  func trimmed(_ mention: Mention) -> Mention? {
    let allLower = (mention.first..<mention.end).allSatisfy {
      !tokens[$0].isWord || tokens[$0].written == .lower
    }
    func isEdge(_ token: EntityToken) -> Bool {
      !token.isWord || token.gazetteer & GazetteerEntry.weekday != 0
        || (token.written == .lower && !allLower && !hasCapital(token))
    }
    var mention = mention
    while mention.first < mention.end && isEdge(tokens[mention.first]) { mention.first += 1 }
    while mention.end > mention.first && isEdge(tokens[mention.end - 1]) { mention.end -= 1 }
    return mention.first < mention.end ? mention : nil
  }

  /// Where mentions overlap (a name extended over its neighbour), the longer one stays.
  func withoutOverlaps(_ mentions: [Mention]) -> [Mention] {
    var kept: [Mention] = []
    kept.reserveCapacity(mentions.count)
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
  func hasCapital(_ token: EntityToken) -> Bool {
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
  func separatingTitles(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
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
        // A title after an organisation's name belongs to the person after it: "Supreme
        // Court" + "Justice".
        var nameEnd = cut
        while nameEnd > mention.first && tokens[nameEnd - 1].gazetteer & GazetteerEntry.title != 0 {
          nameEnd -= 1
        }
        if nameEnd > mention.first && tokens[nameEnd - 1].gazetteer & GazetteerEntry.orgHead != 0 {
          result.append(Mention(first: mention.first, end: nameEnd, type: .org))
        } else if mention.type != .person
          || cut + 1 - mention.first < mention.end - mention.first
        {
          result.append(mention)
        }
        continue
      }
      let personFollows =
        index + 1 < mentions.count && mentions[index + 1].first == mention.end
        && mentions[index + 1].type == .person
      let last = tokens[mention.end - 1].gazetteer
      let isName =
        rest.allSatisfy {
          tokens[$0].written.isCapital || EntityRules.particles.contains(tokens[$0].lower)
        }
        && last & (GazetteerEntry.orgHead | GazetteerEntry.place) == 0
        && (mention.type == .person || personFollows || rest.count >= 2
          || tokens[rest.lowerBound].gazetteer & GazetteerEntry.common == 0
          || tokens[rest.lowerBound].gazetteer & GazetteerEntry.firstName != 0)
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
    joined.reserveCapacity(result.count)
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
  static let particles = WordSet([
    "von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos", "das", "le", "la",
    "bin", "ibn", "ben", "ter", "ten", "y", "al",
  ])

  /// Extends a person's name back over particles ("Ursula von der Leyen") and over a
  /// given name the tagger left out ("Councillor" + "Priya" + "Raman", "Chen" + "Wei" at a
  /// sentence's start), and forward over a capitalised word that is no common word
  /// ("Sayeed Abbas" + "Tabrizi"), with particles between ("Mohammed" + "bin Salman").
  func extendingName(_ mention: Mention) -> Mention {
    guard mention.type == .person else { return mention }
    var mention = mention
    let paragraph = document.paragraph(containing: mention.first)
    if let paragraph {
      while mention.first > paragraph.lowerBound && mention.end - mention.first < 3
        && isLeftOutName(tokens[mention.first - 1])
      {
        mention.first -= 1
      }
    }
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

  /// A capitalised word before a person's name that is part of it: no abbreviation,
  /// title, place, group, organisation or date word, and a given name of the gazetteer
  /// that is not among the commonest words or no common word at all; at a sentence's
  /// start, a given name or surname of the gazetteer that is not among the commonest.
  func isLeftOutName(_ token: EntityToken) -> Bool {
    let excluded =
      GazetteerEntry.title | GazetteerEntry.orgHead | GazetteerEntry.place
      | GazetteerEntry.placePhrase | GazetteerEntry.demonym | GazetteerEntry.group
      | GazetteerEntry.organisation | GazetteerEntry.team | GazetteerEntry.month
      | GazetteerEntry.weekday
    guard token.written == .capitalised, token.caps == .capitalised,
      token.gazetteer & excluded == 0, scalars[Int(token.end) - 1] != "."
    else { return false }
    let bits = token.gazetteer
    let rare = bits & GazetteerEntry.veryCommon == 0
    if token.sentenceStart {
      return rare && bits & (GazetteerEntry.firstName | GazetteerEntry.lastName) != 0
    }
    return bits & GazetteerEntry.common == 0 || (rare && bits & GazetteerEntry.firstName != 0)
  }

  static let nameSuffixes = WordSet(["II", "III", "IV", "Jr.", "Jr", "Sr.", "Sr"])

  /// Words that end the names of geographic features, not of people.
  static let placeHeads = WordSet(
    words: """
      Bay Island Islands River Valley Canyon Creek Harbor Harbour Peninsula Desert Ocean Gulf
      Strait Coast County Mountains Atoll Heights
      """)

  /// A "person" of several words ending in Bay, Island, River… is a place: "Kaneohe Bay",
  /// "Easter Island".
  func endsInPlaceHead(_ mention: Mention) -> Bool {
    mention.type == .person && mention.end - mention.first >= 2
      && tokens[mention.end - 1].written.isCapital
      && EntityRules.placeHeads.contains(tokens[mention.end - 1].lower)
  }

  /// Words that begin the names of seas, islands and states before "of": "Gulf of
  /// Mexico", "Isle of Man", "Republic of Ireland".
  static let placeOfHeads = WordSet(
    words: "Gulf Bay Sea Isle Isles Strait Straits Cape Lake Republic Kingdom")

  /// A place, organisation or person after such a word and "of" is a place with them:
  /// "Gulf" + "of" + "Mexico" is one place, "Isle of" + "Wight" too.
  func joiningPlacesOf(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for mention in mentions {
      let of = mention.first - 1
      let head = mention.first - 2
      guard mention.type != .date && mention.type != .group, head >= 0,
        tokens[of].lower == EntityRules.of, tokens[of].written == .lower,
        tokens[head].written.isCapital, EntityRules.placeOfHeads.contains(tokens[head].lower),
        let paragraph = document.paragraph(containing: mention.first), paragraph.contains(head)
      else {
        result.append(mention)
        continue
      }
      var joined = Mention(first: head, end: mention.end, type: .place)
      if let last = result.last, last.end > head {
        guard last.end == of, last.type != .date && last.type != .group else {
          result.append(mention)
          continue
        }
        joined.first = last.first
        result.removeLast()
      }
      result.append(joined)
    }
    return result
  }

  /// Whether the last word of a person's name can stand for the person: not a place's
  /// name that no one bears as a surname ("N. Korea" is no Mr. Korea).
  func standsForThePerson(_ token: EntityToken) -> Bool {
    let placeBits = GazetteerEntry.place | GazetteerEntry.placePhrase
    return token.gazetteer & placeBits == 0 || token.gazetteer & GazetteerEntry.lastName != 0
  }

  /// A name with particles between capitalised words is a person's whatever the tagger
  /// said ("Mohammed bin Salman", "Ursula von der Leyen"), unless a word of it names a place or
  /// an organisation's head ("Banco de Chile").
  func isNameWithParticles(_ mention: Mention) -> Bool {
    guard mention.end - mention.first >= 3, mention.type != .person else { return false }
    let notPersonal =
      GazetteerEntry.orgHead | GazetteerEntry.place | GazetteerEntry.placePhrase
      | GazetteerEntry.organisation
    var particles = 0
    for i in mention.first..<mention.end {
      let token = tokens[i]
      if token.written == .lower && EntityRules.particles.contains(token.lower) {
        particles += 1
      } else if !token.written.isCapital || token.gazetteer & notPersonal != 0 {
        return false
      }
    }
    return particles > 0 && tokens[mention.first].written.isCapital
      && tokens[mention.end - 1].written.isCapital
  }

  /// A lone word that is the surname of a person named in full elsewhere is that person.
  func surnamesAsPeople(_ mentions: [Mention]) -> [Mention] {
    var surnames = Set<UInt64>()
    for mention in mentions where mention.type == .person && mention.end - mention.first >= 2 {
      guard standsForThePerson(tokens[mention.end - 1]) else { continue }
      surnames.insert(tokens[mention.end - 1].lower)
    }
    return mentions.map { mention in
      guard mention.end - mention.first == 1, mention.type == .org || mention.type == .place,
        surnames.contains(tokens[mention.first].lower)
      else { return mention }
      return Mention(first: mention.first, end: mention.end, type: .person)
    }
  }

  /// A given name, particles and a capitalised surname the tagger passed over are a
  /// person, at a sentence's start too: "Ursula von der Leyen", "Mohammed bin Salman".
  func namesWithParticles(covered: inout [Bool]) -> [Mention] {
    var found: [Mention] = []
    for paragraph in document.paragraphs {
      for i in paragraph
      where !covered[i] && tokens[i].written == .capitalised
        && tokens[i].gazetteer & GazetteerEntry.firstName != 0
      {
        var end = i + 1
        while end < paragraph.upperBound && tokens[end].written == .lower
          && EntityRules.particles.contains(tokens[end].lower)
        {
          end += 1
        }
        guard end > i + 1, end < paragraph.upperBound, !covered[end],
          tokens[end].written == .capitalised
        else { continue }
        found.append(Mention(first: i, end: end + 1, type: .person))
        for k in i...end { covered[k] = true }
      }
    }
    return found
  }

  /// Reporting verbs that make the capitalised words before them a speaker.
  static let speechVerbs = WordSet(
    words: """
      said says told added argued warned wrote tweeted noted asked replied explained insisted
      acknowledged admitted announced claimed declared stressed recalled
      """)

  /// A common word ending in s that is no surname: "Officials", "Critics" (not "Sanders").
  func isPluralNoun(_ token: EntityToken) -> Bool {
    guard token.gazetteer & GazetteerEntry.lastName == 0, token.suffix & 0xffff == 0x73 else {
      return false
    }
    return token.gazetteer & GazetteerEntry.common != 0
      || EntityRules.agentEndings.contains(token.suffix)
  }

  /// The last four letters of plural nouns for people ("Demonstrators", "Activists"),
  /// packed as `EntityToken.suffix` packs them.
  static let agentEndings = WordSet(
    hashes: ["tors", "ists", "ners", "ters"].map { ending in
      ending.unicodeScalars.reduce(0) { ($0 << 16) | UInt64($1.value) }
    })

  /// One or two capitalised words the tagger passed over at the start of a sentence, right
  /// before a reporting verb, name a person: "Okonkwo said …". (A capital at the start
  /// of a sentence is no name by itself; before "said" it is.)
  func speakersBeforeVerbs(covered: inout [Bool]) -> [Mention] {
    var found: [Mention] = []
    let notNames =
      GazetteerEntry.veryCommon | GazetteerEntry.title | GazetteerEntry.demonym
      | GazetteerEntry.group | GazetteerEntry.orgHead | GazetteerEntry.place
      | GazetteerEntry.month | GazetteerEntry.weekday
    for paragraph in document.paragraphs {
      for i in paragraph where tokens[i].sentenceStart && !covered[i] {
        var end = i
        while end < paragraph.upperBound && end - i < 2 && !covered[end]
          && tokens[end].written == .capitalised && tokens[end].gazetteer & notNames == 0
          && !isPluralNoun(tokens[end])
        {
          end += 1
        }
        guard end > i, end < paragraph.upperBound,
          EntityRules.speechVerbs.contains(tokens[end].lower)
        else { continue }
        found.append(Mention(first: i, end: end, type: .person))
        for k in i..<end { covered[k] = true }
      }
    }
    return found
  }
}
