// The second pass: one type per string across the article, and the repeats the
// tagger passed over.

extension EntityRules {
  /// Every mention of the same string takes the type most of them have.
  func majorityTypes(_ mentions: [Mention]) -> [Mention] {
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
  func withRepeats(_ mentions: [Mention]) -> [Mention] {
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
      if mention.type == .person && mention.end - mention.first >= 2
        && standsForThePerson(tokens[mention.end - 1])
      {
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
    // Known names the article also writes in lower case ("trump card"): a capital at the
    // start of a sentence says nothing about them.
    var writtenLower = Set<UInt64>()
    for token in tokens
    where token.written == .lower && token.gazetteer & GazetteerEntry.common != 0
      && known[token.lower] != nil
    {
      writtenLower.insert(token.lower)
    }
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
        // A capital at the start of a sentence on a word that is also a common word
        // ("Trump", "Pence", "Bush") is ambiguous there when the article also writes the
        // word in lower case, or when it is one of the commonest words; otherwise the
        // article's own use decides (one type per name).
        if token.sentenceStart
          && (token.gazetteer & GazetteerEntry.veryCommon != 0
            || writtenLower.contains(token.lower))
        {
          continue
        }
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
}
