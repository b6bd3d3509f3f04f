// Rules that read a name's surroundings: party-and-state labels, datelines, shouted
// headline words, works and laws, sports teams, companies named by what they own, and
// the organisations of the gazetteer.

extension EntityRules {
  // MARK: Places written in a fixed form

  static let openParenthesis = EntityHash.lowerForm("(")
  static let closeParenthesis = EntityHash.lowerForm(")")
  static let comma = EntityHash.lowerForm(",")
  static let partyLetters = WordSet(["D", "R", "I"])
  static let dashes = WordSet(["-", "–", "—"])

  /// The places the article writes in a fixed form, which replace whatever the tagger
  /// found there: the state of a party label ("Rep. Jim Smith (D-N.C.)") and the place
  /// of a dateline in capitals ("PRAGUE 1996-12-06", "NEW YORK (Reuters) —").
  func withFixedPlaces(_ mentions: [Mention]) -> [Mention] {
    var places: [Mention] = []
    let openParenthesis = EntityRules.openParenthesis
    for paragraph in document.paragraphs {
      if let place = datelinePlace(paragraph) { places.append(place) }
      var i = paragraph.lowerBound
      while i + 3 < paragraph.upperBound {
        defer { i += 1 }
        guard tokens[i].lower == openParenthesis,
          EntityRules.partyLetters.contains(tokens[i + 1].lower),
          EntityRules.dashes.contains(tokens[i + 2].lower)
        else { continue }
        var end = i + 3
        while end < paragraph.upperBound && end - i <= 5 && tokens[end].written.isCapital {
          end += 1
        }
        guard end > i + 3, end < paragraph.upperBound,
          [EntityRules.closeParenthesis, EntityRules.comma].contains(tokens[end].lower)
        else { continue }
        places.append(Mention(first: i + 3, end: end, type: .place))
      }
    }
    guard !places.isEmpty else { return mentions }
    var covered = Set<Int>()
    for place in places { covered.formUnion(place.first..<place.end) }
    let kept = mentions.filter { mention in
      !(mention.first..<mention.end).contains { covered.contains($0) }
    }
    return (kept + places).sorted { $0.first < $1.first }
  }

  /// The place of a dateline: one to three words in capitals opening a paragraph, a place
  /// by the gazetteer or followed by text not in capitals, before a date, a parenthesis, a
  /// comma or a dash.
  func datelinePlace(_ paragraph: Range<Int>) -> Mention? {
    var end = paragraph.lowerBound
    while end < paragraph.upperBound && end - paragraph.lowerBound < 3
      && tokens[end].written == .allCaps
    {
      end += 1
    }
    guard end > paragraph.lowerBound, end + 1 < paragraph.upperBound else { return nil }
    let separator = tokens[end]
    let isSeparator =
      [EntityRules.openParenthesis, EntityRules.comma].contains(separator.lower)
      || EntityRules.dashes.contains(separator.lower) || isNumber(separator)
    guard isSeparator else { return nil }
    let placeBits = GazetteerEntry.place | GazetteerEntry.placePhrase
    let isKnownPlace = (paragraph.lowerBound..<end).allSatisfy {
      tokens[$0].gazetteer & placeBits != 0
    }
    let textFollows = tokens[(end + 1)...].prefix(3).contains { $0.written == .capitalised }
    guard isKnownPlace || textFollows else { return nil }
    return Mention(first: paragraph.lowerBound, end: end, type: .place)
  }

  func isNumber(_ token: EntityToken) -> Bool {
    token.isWord && ScalarClass.of(scalars[Int(token.start)].value) == ScalarClass.digit
  }

  // MARK: What is no name

  /// The last words of the names of works, laws, prizes and events, which are no entity:
  /// "Clean Air Act", "Iraq War", "Nobel Prize".
  static let workHeads = WordSet(
    words: """
      Act Acts Amendment Plan Prize Award Awards Doctrine Treaty Accord Accords Agreement War Wars
      Cup Bowl Olympics
      """)

  /// Whether a mention names no person, organisation or place: a work, law or event
  /// ("Clean Power Plan", "Iraq" in "Iraq War"), or a shouted common word of a headline
  /// ("BREAKING", "WATCH").
  func isNoName(_ mention: Mention) -> Bool {
    let last = tokens[mention.end - 1]
    if mention.end - mention.first >= 2 && last.written.isCapital
      && EntityRules.workHeads.contains(last.lower)
    {
      return true
    }
    if mention.end < tokens.count, tokens[mention.end].written.isCapital,
      EntityRules.workHeads.contains(tokens[mention.end].lower),
      document.paragraph(containing: mention.first)?.contains(mention.end) ?? false
    {
      return true
    }
    let known = GazetteerEntry.nameLike
    let first = tokens[mention.first]
    if mention.end - mention.first == 1 && first.written == .allCaps && first.length >= 4
      && first.gazetteer & GazetteerEntry.common != 0 && first.gazetteer & known == 0
    {
      return true
    }
    return (mention.first..<mention.end).allSatisfy {
      tokens[$0].headline && tokens[$0].caps == .lower && tokens[$0].gazetteer & known == 0
    }
  }

  /// Lines shorter than this end where they end (a list, a signature, a headline): a
  /// name does not run on to the next line. Longer lines may be hard-wrapped prose.
  static let shortLine = 45

  static let slash = EntityHash.lowerForm("/")

  /// Mentions cut where they cross the end of a short line ("Pam Butler" + "Renee Ratcliff"
  /// from a list of names one a line) and at a slash between two names ("Kestrel/Lumen").
  func splittingAtShortLines(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for mention in mentions {
      var first = mention.first
      for k in (mention.first + 1)..<mention.end {
        if tokens[k].lower == EntityRules.slash {
          if first < k { result.append(Mention(first: first, end: k, type: mention.type)) }
          first = k + 1
        } else if first < k && endsShortLine(tokens[k - 1], tokens[k]) {
          result.append(Mention(first: first, end: k, type: mention.type))
          first = k
        }
      }
      if first < mention.end {
        result.append(Mention(first: first, end: mention.end, type: mention.type))
      }
    }
    return result
  }

  /// Whether a line break between two tokens ends a line shorter than `shortLine`.
  func endsShortLine(_ before: EntityToken, _ after: EntityToken) -> Bool {
    guard (Int(before.end)..<Int(after.start)).contains(where: { scalars[$0] == "\n" }) else {
      return false
    }
    var start = Int(before.start)
    while start > 0 && scalars[start - 1] != "\n" && Int(before.end) - start < EntityRules.shortLine
    {
      start -= 1
    }
    return Int(before.end) - start < EntityRules.shortLine
  }

  // MARK: Organisations by their context

  /// Words after "'s" that only an organisation has: "Acme's CEO", "Acme's shares".
  static let ownedByOrganisations = WordSet(
    words: """
      CEO shares stock board subsidiary subsidiaries headquarters executives employees revenue
      revenues earnings profit profits shareholders investors stake customers subscribers
      """)

  /// Verbs of one team beating another: "the Wild beat the Kings".
  static let sportsVerbs = WordSet(
    words: """
      beat beats defeated defeats edged edges routed thrashed trounced downed blanked outscored
      overcame eliminated swept drew tied
      """)

  /// Words before a team that has signed, traded or lost a player: "signed with the Jets".
  static let teamPrepositions = WordSet(["with", "to", "by", "against", "for"])
  static let teamVerbs = WordSet([
    "signed", "traded", "lost", "loaned", "drafted", "joined", "released", "waived",
  ])

  /// The keys of the names the article shows to be organisations by their context: a
  /// possessive only an organisation has ("Acme's CEO"), a team's nickname with a win or
  /// a loss ("the Wild beat"), names either side of a score ("Plymouth 4 Exeter 1"), a
  /// team that signed or traded a player ("signed with the Jets").
  func organisationsByContext(_ mentions: [Mention]) -> [Mention] {
    var found: [Mention] = []
    // The word lists read at every token, fetched once.
    let possessive = EntityRules.possessive
    let sportsVerbs = EntityRules.sportsVerbs
    let teamVerbs = EntityRules.teamVerbs
    for paragraph in document.paragraphs {
      for i in paragraph {
        let token = tokens[i]
        // Each context starts at a word: "'s", a number or a verb.
        guard token.isWord else { continue }
        // "Acme's CEO": the name before "'s".
        if token.lower == possessive, i + 1 < paragraph.upperBound,
          EntityRules.ownedByOrganisations.contains(tokens[i + 1].lower),
          let name = capitalisedRun(endingBefore: i, in: paragraph, evenAtSentenceStart: true)
        {
          found.append(name)
        }
        // "Plymouth 4 Exeter 1": names either side of the first number of a score.
        if isNumber(token), i + 2 < paragraph.upperBound,
          let home = capitalisedRun(endingBefore: i, in: paragraph),
          let away = capitalisedRun(startingAt: i + 1, in: paragraph),
          away.end < paragraph.upperBound, isNumber(tokens[away.end]), isTeamName(home),
          isTeamName(away)
        {
          found += [home, away]
        }
        // "the Wild beat the Kings": team words with a win or a loss.
        if token.written == .lower && sportsVerbs.contains(token.lower) {
          let before = capitalisedRun(endingBefore: i, in: paragraph)
          var next = i + 1
          if next < paragraph.upperBound && tokens[next].lower == EntityRules.the { next += 1 }
          let after = capitalisedRun(startingAt: next, in: paragraph)
          for run in [before, after].compactMap({ $0 }) where isTeamName(run) {
            found.append(run)
          }
        }
        // "signed with the Jets", "traded to the Kings".
        if teamVerbs.contains(token.lower), i + 2 < paragraph.upperBound {
          var next = i + 1
          if EntityRules.teamPrepositions.contains(tokens[next].lower) { next += 1 }
          if next < paragraph.upperBound && tokens[next].lower == EntityRules.the { next += 1 }
          if let run = capitalisedRun(startingAt: next, in: paragraph), isTeamName(run) {
            found.append(run)
          }
        }
      }
    }
    guard !found.isEmpty else { return mentions }
    // One type per name: every mention of a name shown to be an organisation is one.
    let keys = Set(found.map(key))
    var result = mentions.map { mention in
      keys.contains(key(mention))
        ? Mention(first: mention.first, end: mention.end, type: .org) : mention
    }
    var covered = Set<Int>()
    for mention in result { covered.formUnion(mention.first..<mention.end) }
    for run in found where !(run.first..<run.end).contains(where: { covered.contains($0) }) {
      result.append(run)
      covered.formUnion(run.first..<run.end)
    }
    return result.sorted { $0.first < $1.first }
  }

  /// A team's name: its words carry the team bit, or it is a place (a team named by its
  /// city), after "the" unless a place.
  func isTeamName(_ run: Mention) -> Bool {
    let bits = tokens[run.end - 1].gazetteer
    return bits & (GazetteerEntry.team | GazetteerEntry.organisation) != 0
      || (run.first..<run.end).allSatisfy {
        tokens[$0].gazetteer & (GazetteerEntry.place | GazetteerEntry.placePhrase) != 0
      }
  }

  /// Up to four capitalised words (not at a sentence's start unless a known name, or
  /// `evenAtSentenceStart`) ending right before `index`, as an organisation.
  func capitalisedRun(
    endingBefore index: Int, in paragraph: Range<Int>, evenAtSentenceStart: Bool = false
  ) -> Mention? {
    var first = index
    while first > paragraph.lowerBound && index - first < 4 {
      let token = tokens[first - 1]
      guard isNamePart(token) || (evenAtSentenceStart && token.caps.isCapital && token.isWord)
      else { break }
      first -= 1
    }
    return first < index ? Mention(first: first, end: index, type: .org) : nil
  }

  /// Up to four capitalised words starting at `index`, as an organisation.
  func capitalisedRun(startingAt index: Int, in paragraph: Range<Int>) -> Mention? {
    var end = index
    while end < paragraph.upperBound && end - index < 4 && isNamePart(tokens[end]) { end += 1 }
    return end > index ? Mention(first: index, end: end, type: .org) : nil
  }

  func isNamePart(_ token: EntityToken) -> Bool {
    guard token.caps.isCapital, token.isWord else { return false }
    guard token.sentenceStart else { return true }
    return token.gazetteer & GazetteerEntry.nameLike != 0
      && token.gazetteer & GazetteerEntry.veryCommon == 0
  }

  // MARK: Organisations by the gazetteer

  /// Bits that make a single word more than an organisation's name.
  static let otherReadings =
    GazetteerEntry.common | GazetteerEntry.place | GazetteerEntry.placePhrase
    | GazetteerEntry.firstName | GazetteerEntry.lastName | GazetteerEntry.title

  /// Whether the gazetteer names the mention an organisation: every word is part of an
  /// organisation's name, and a single word has no other reading.
  func isKnownOrganisation(_ first: Int, _ end: Int) -> Bool {
    guard (first..<end).allSatisfy({ tokens[$0].gazetteer & GazetteerEntry.organisation != 0 })
    else { return false }
    return end - first >= 2 || tokens[first].gazetteer & EntityRules.otherReadings == 0
  }

  /// A mention inside an organisation's name of the gazetteer grows to the whole name:
  /// "Washington" + "Post"; the name is then an organisation.
  func extendingKnownOrganisation(_ mention: Mention) -> Mention {
    let bit = GazetteerEntry.organisation
    guard (mention.first..<mention.end).allSatisfy({ tokens[$0].gazetteer & bit != 0 }),
      let paragraph = document.paragraph(containing: mention.first)
    else { return mention }
    var mention = mention
    while mention.end < paragraph.upperBound && tokens[mention.end].written.isCapital
      && tokens[mention.end].gazetteer & bit != 0
    {
      mention.end += 1
    }
    while mention.first > paragraph.lowerBound && tokens[mention.first - 1].written.isCapital
      && tokens[mention.first - 1].gazetteer & bit != 0 && !tokens[mention.first - 1].sentenceStart
    {
      mention.first -= 1
    }
    if isKnownOrganisation(mention.first, mention.end) { mention.type = .org }
    return mention
  }

  /// A single word of the organisation gazetteer that is also a common word but not one
  /// of the commonest, capitalised inside a sentence ("on Twitter", "told Reuters") or
  /// written in capitals anywhere ("the GOP", "a KTV crew").
  func isCapitalisedOrganisation(_ first: Int, _ end: Int) -> Bool {
    let token = tokens[first]
    let otherNames =
      GazetteerEntry.place | GazetteerEntry.placePhrase | GazetteerEntry.firstName
      | GazetteerEntry.lastName | GazetteerEntry.title | GazetteerEntry.veryCommon
    let written =
      (token.written == .capitalised && !token.sentenceStart) || token.written == .allCaps
    return end - first == 1 && written && token.gazetteer & otherNames == 0
  }

  /// Organisations of the gazetteer the tagger passed over: "Twitter", "Associated Press".
  func knownOrganisations(covered: inout [Bool]) -> [Mention] {
    var found: [Mention] = []
    for paragraph in document.paragraphs {
      var i = paragraph.lowerBound
      while i < paragraph.upperBound {
        var end = i
        while end < paragraph.upperBound && !covered[end] && tokens[end].written.isCapital
          && tokens[end].gazetteer & GazetteerEntry.organisation != 0
        {
          end += 1
        }
        if end > i && (isKnownOrganisation(i, end) || isCapitalisedOrganisation(i, end))
          && !tokens[i].headline
        {
          found.append(Mention(first: i, end: end, type: .org))
          for k in i..<end { covered[k] = true }
        }
        i = max(end, i + 1)
      }
    }
    return found
  }
}
