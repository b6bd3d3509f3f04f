// Rules for organisations: possessive names, names extended and joined, seats of
// government, organisation heads.

extension EntityRules {
  /// Places named for the government that sits there: "the Kremlin said".
  static let seatsOfGovernment = WordSet(
    hashes: [
      "Kremlin", "White House", "Pentagon", "Downing Street", "Élysée", "Elysee", "Blue House",
      "Zhongnanhai", "Foggy Bottom", "Quai d’Orsay",
    ].map(EntityRules.phraseKey))

  static let possessive = EntityHash.lowerForm("'s")

  /// A name, a possessive and an organisation's head are one organisation: "St. Brigid’s
  /// Hospital", "St. Mary’s College". A head the tagger tagged alone joins it.
  func possessiveOrganisations(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
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
  func extendingOrganisation(_ mention: Mention) -> Mention {
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

  /// Prepositions inside the names of agencies and institutes: "National Institute on
  /// Drug Abuse", "Center for American Progress", "Department of Justice".
  static let agencyPrepositions = WordSet(["of", "on", "for"])
  static let agencyJoiners = WordSet(["of", "and", "the", "for", "on", "&"])

  /// An organisation ending in a head ("Institute", "Center", "Department") grows over a
  /// preposition and the capitalised words after it, which are part of its name whatever
  /// the tagger made of them: "National Institute" + "on" + "Drug Abuse".
  func extendingAgencies(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    var absorbedUpTo = -1
    for mention in mentions {
      if mention.first < absorbedUpTo { continue }
      guard mention.type == .org, tokens[mention.end - 1].gazetteer & GazetteerEntry.orgHead != 0,
        let paragraph = document.paragraph(containing: mention.first),
        mention.end + 1 < paragraph.upperBound,
        EntityRules.agencyPrepositions.contains(tokens[mention.end].lower),
        tokens[mention.end].written == .lower,
        // One word alone ("Congress for …") grows over "of" only: "Department of State".
        mention.end - mention.first >= 2 || tokens[mention.end].lower == EntityRules.of
      else {
        result.append(mention)
        continue
      }
      // The capitalised words after the preposition, with small words between them.
      let notNames = GazetteerEntry.weekday | GazetteerEntry.month
      var end = mention.end + 1
      var k = end
      while k < paragraph.upperBound {
        let token = tokens[k]
        if token.written.isCapital && token.isWord && token.gazetteer & notNames == 0 {
          k += 1
          end = k
        } else if token.written == .lower && EntityRules.agencyJoiners.contains(token.lower) {
          k += 1
        } else {
          break
        }
      }
      guard end > mention.end + 1 else {
        result.append(mention)
        continue
      }
      result.append(Mention(first: mention.first, end: end, type: .org))
      absorbedUpTo = end
    }
    return result
  }

  static let articles = WordSet(["a", "an", "the"])

  /// The suffixes that end a company's name: "Norvale Inc", "Acme Corp.".
  static let companySuffixes = WordSet(
    words: "Inc Inc. Corp Corp. Ltd Ltd. LLC LLP L.P. Co. PLC Plc AG SA GmbH Limited Pvt.")

  /// Those of them that stand for nothing else ("SA", "AG" and "Co." also stand for
  /// places and titles: "Boulder, Co."): they join the name before them.
  static let legalSuffixes = WordSet(
    words: "Inc Inc. Corp Corp. Ltd Ltd. LLC LLP L.P. PLC Plc GmbH Limited Pvt.")

  /// A name followed by a company's suffix, after a comma or not ("Norvale, Inc.",
  /// "Brightwater Corp."), is one organisation with the suffix, whatever the tagger made
  /// of the name or of the suffix alone.
  func joiningCompanySuffixes(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    var absorbedUpTo = -1
    for var mention in mentions {
      if mention.first < absorbedUpTo { continue }
      if mention.type != .date && mention.type != .group,
        let paragraph = document.paragraph(containing: mention.first)
      {
        var k = mention.end
        if k < paragraph.upperBound && tokens[k].lower == EntityRules.comma { k += 1 }
        if k < paragraph.upperBound && EntityRules.legalSuffixes.contains(tokens[k].lower)
          && (tokens[k].written.isCapital || tokens[k].uncased)
        {
          mention.end = k + 1
          mention.type = .org
          absorbedUpTo = k + 1
        } else if mention.end - mention.first >= 2
          && EntityRules.legalSuffixes.contains(tokens[mention.end - 1].lower)
        {
          mention.type = .org
        }
      }
      result.append(mention)
    }
    return result
  }

  /// Mentions the tagger ran over two companies cut in two: after a company's suffix
  /// and "and" ("Norvale Inc" + "Brightwater Corp"), and at a possessive no organisation's
  /// head follows ("Brightwater Corp" + "Lumen").
  func splittingCompanies(_ mentions: [Mention]) -> [Mention] {
    var pieces: [Mention] = []
    pieces.reserveCapacity(mentions.count)
    for mention in mentions {
      var first = mention.first
      for k in mention.first..<mention.end where k > first {
        let token = tokens[k]
        let afterSuffix =
          EntityRules.connectives.contains(token.lower)
          && EntityRules.companySuffixes.contains(tokens[k - 1].lower)
        let possessive =
          token.lower == EntityRules.possessive && k + 1 < mention.end
          && tokens[k + 1].gazetteer & GazetteerEntry.orgHead == 0
        guard afterSuffix || possessive else { continue }
        pieces.append(Mention(first: first, end: k, type: mention.type))
        first = k + 1
      }
      if first < mention.end {
        pieces.append(Mention(first: first, end: mention.end, type: mention.type))
      }
    }
    return pieces
  }

  /// A mention whose every word names a place, and no organisation, after "in", "at",
  /// "from"… is the place: "a rally in Dayton".
  func isPlaceAfterPreposition(_ mention: Mention) -> Bool {
    guard mention.type == .org || mention.type == .person, mention.first > 0,
      EntityRules.placePrepositions.contains(tokens[mention.first - 1].lower),
      tokens[mention.first - 1].written == .lower
    else { return false }
    let placeBits = GazetteerEntry.place | GazetteerEntry.placePhrase
    return (mention.first..<mention.end).allSatisfy {
      tokens[$0].gazetteer & placeBits != 0
        && tokens[$0].gazetteer & (GazetteerEntry.organisation | GazetteerEntry.team) == 0
    }
  }

  static let placePrepositions = WordSet(["in", "at", "from", "near", "outside", "across"])

  /// A name after an organisation's head and a preposition is the end of the
  /// organisation's name, whatever the tagger made of it: "Committee for a" + "Sound
  /// Budget", "Center for" + "Coastal Policy", "Alliance for" + "Quiet Streets".
  func extendingAgenciesBack(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for mention in mentions {
      guard mention.type != .date, tokens[mention.first].written.isCapital,
        let paragraph = document.paragraph(containing: mention.first)
      else {
        result.append(mention)
        continue
      }
      var preposition = mention.first - 1
      if preposition > paragraph.lowerBound
        && EntityRules.articles.contains(tokens[preposition].lower)
      {
        preposition -= 1
      }
      var first = preposition
      while first > paragraph.lowerBound && first > preposition - 4 {
        let token = tokens[first - 1]
        guard token.caps == .capitalised, !token.headline,
          token.gazetteer & (GazetteerEntry.title | GazetteerEntry.month | GazetteerEntry.weekday)
            == 0,
          !EntityRules.functionWords.contains(token.lower)
        else { break }
        first -= 1
      }
      guard preposition > paragraph.lowerBound, first < preposition,
        tokens[preposition].written == .lower,
        EntityRules.agencyPrepositions.contains(tokens[preposition].lower),
        tokens[preposition - 1].gazetteer & GazetteerEntry.orgHead != 0
      else {
        result.append(mention)
        continue
      }
      // What the tagger found inside the new name gives way to it.
      while let last = result.last, last.end > first { result.removeLast() }
      result.append(Mention(first: first, end: mention.end, type: .org))
    }
    return result
  }

  static let functionWords = WordSet(
    words: """
      the a an this that these those his her its our their my your and or but of for in on at to
      by with from as
      """)

  static let connectives = WordSet(["and", "&"])
  static let namePrepositions = WordSet(["of", "for"])

  /// Joins an organisation named "X of Y" to one after "and", or to plain capitalised
  /// words after it: "National Institute of Allergy" + "and" + "Infectious Diseases".
  func joiningOrganisations(_ mentions: [Mention]) -> [Mention] {
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for mention in mentions {
      if let previous = result.last, previous.type == .org,
        mention.type == .org || isPlainWords(mention), mention.first == previous.end + 1,
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

  /// Two or more capitalised common words, none a name: "Infectious Diseases", "Human
  /// Services" (whatever the tagger called them).
  func isPlainWords(_ mention: Mention) -> Bool {
    let names = GazetteerEntry.firstName | GazetteerEntry.lastName | GazetteerEntry.place
    return mention.end - mention.first >= 2
      && (mention.first..<mention.end).allSatisfy {
        tokens[$0].gazetteer & GazetteerEntry.common != 0 && tokens[$0].gazetteer & names == 0
      }
  }

  /// Words before "to the White House" that make it the addressee, not the destination:
  /// "a signal to the White House".
  static let messages = WordSet(
    words: """
      signal signals message messages letter letters appeal appeals request requests warning
      warnings overture overtures offer offers petition plea report reports
      """)

  static let the = EntityHash.lowerForm("the")
  static let of = EntityHash.lowerForm("of")
  static let to = EntityHash.lowerForm("to")

  /// Prepositions that make a seat of government the place: "at the White House", "in the
  /// Kremlin", "ran for the White House".
  static let locatives = WordSet(
    words: "at in inside outside near into from for around toward towards across on")

  /// A seat of government is the government where it acts, is addressed or qualifies a
  /// noun ("the Kremlin said", "a signal to the White House", "White House press
  /// secretary", "second only to the Pentagon"), and the place after a locative
  /// preposition ("at the White House", "ran for the White House").
  func governmentBySeat(_ mention: Mention) -> Mention {
    guard mention.type != .group && mention.type != .date,
      EntityRules.seatsOfGovernment.contains(key(mention))
    else { return mention }
    var before = mention.first - 1
    if before >= 0 && tokens[before].lower == EntityRules.the { before -= 1 }
    let addressed =
      before >= 1 && tokens[before].lower == EntityRules.to
      && EntityRules.messages.contains(tokens[before - 1].lower)
    let after = mention.end < tokens.count ? tokens[mention.end] : nil
    // A verb or a noun after it: it acts, or it qualifies the noun.
    let qualifiesOrActs =
      after.map {
        $0.isWord && $0.caps == .lower && !EntityRules.functionWords.contains($0.lower)
      } ?? false
    let located = before >= 0 && EntityRules.locatives.contains(tokens[before].lower)
    let isPlace = located && !qualifiesOrActs && !addressed
    return Mention(first: mention.first, end: mention.end, type: isPlace ? .place : .org)
  }

  /// A name of several words ending in "University", "Foundation", "Party"… names an
  /// organisation, unless it is a place's ("Soviet Union") or a seat of government, which
  /// `governmentBySeat` reads.
  func endsInOrganisationHead(_ mention: Mention) -> Bool {
    let isPlaceName = (mention.first..<mention.end).allSatisfy {
      tokens[$0].gazetteer & GazetteerEntry.placePhrase != 0
    }
    return mention.type != .org && mention.end - mention.first >= 2 && !isPlaceName
      && !EntityRules.seatsOfGovernment.contains(key(mention))
      && tokens[mention.end - 1].gazetteer & GazetteerEntry.orgHead != 0
      && tokens[mention.end - 1].written.isCapital
  }
}
