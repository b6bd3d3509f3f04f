/// The rules run over the tagger's mentions: titles kept out of names, names completed,
/// works, laws and shouted words dropped, places of datelines and party labels, seats of
/// government and organisations known by the gazetteer or their context, one type per
/// string across the article (the second pass), later mentions of a found name, and the
/// GROUP and DATE entities.
struct EntityRules {
  let document: EntityDocument
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  let tokens: [EntityToken]

  init(document: EntityDocument, scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    self.document = document
    self.scalars = scalars
    self.tokens = document.tokens
  }

  func refine(_ tagged: [Mention]) -> [Mention] {
    var mentions = splittingCompanies(splittingAtShortLines(possessiveOrganisations(tagged)))
      .compactMap(trimmed)
    mentions = joiningPlacesOf(joiningCompanySuffixes(mentions))
    mentions = separatingTitles(mentions).map(extendingName).map(extendingOrganisation)
    mentions = extendingAgencies(
      joiningOrganisations(extendingAgenciesBack(withoutOverlaps(mentions))))
    mentions = withFixedPlaces(mentions.filter { !isNoName($0) })
    mentions = withoutOverlaps(mentions.map(extendingKnownOrganisation)).map { mention in
      var mention = mention
      if isGroupWord(mention) { mention.type = .group }
      if endsInOrganisationHead(mention) { mention.type = .org }
      if endsInPlaceHead(mention) { mention.type = .place }
      if isNameWithParticles(mention) { mention.type = .person }
      if isPlaceAfterPreposition(mention) { mention.type = .place }
      return mention
    }
    mentions = surnamesAsPeople(mentions)
    mentions = majorityTypes(mentions)
    mentions = organisationsByContext(mentions)
    mentions = withRepeats(mentions)
    // Rules that extend and join names may have run them on past the end of a short line.
    mentions = splittingAtShortLines(mentions.map(governmentBySeat))
    var covered = [Bool](repeating: false, count: tokens.count)
    for mention in mentions { for i in mention.first..<mention.end { covered[i] = true } }
    mentions += knownOrganisations(covered: &covered)
    mentions += namesWithParticles(covered: &covered)
    mentions += speakersBeforeVerbs(covered: &covered)
    mentions += groups(covered: &covered)
    mentions += DateRules(document: document, scalars: scalars).dates(covered: &covered)
    return mentions.sorted { $0.first < $1.first }
  }

  // MARK: Keys

  /// Small words an acronym skips: "Institute for Global and National Security".
  static let acronymSkips = WordSet(["of", "for", "and", "the", "on", "in", "&"])

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
