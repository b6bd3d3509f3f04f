// The second pass: one type per string across the article, and the repeats the
// tagger passed over.

extension EntityRules {
  /// Every mention of the same string takes the type most of them have (its own on a tie).
  func majorityTypes(_ mentions: [Mention]) -> [Mention] {
    let keys = mentions.map(key)
    // Mentions of one string next to each other, without hashing the keys again.
    let order = mentions.indices.sorted { keys[$0] < keys[$1] }
    var result = mentions
    let types = EntityType.allCases
    // The mentions of each type (by `EntityClusters.typeIndex`), counted afresh per string.
    var counts = [Int](repeating: 0, count: types.count)
    var start = 0
    while start < order.count {
      var end = start + 1
      while end < order.count && keys[order[end]] == keys[order[start]] { end += 1 }
      defer { start = end }
      guard end - start > 1 else { continue }
      for type in counts.indices { counts[type] = 0 }
      for index in order[start..<end] {
        counts[EntityClusters.typeIndex(mentions[index].type)] += 1
      }
      let most = counts.max()!
      for index in order[start..<end]
      where counts[EntityClusters.typeIndex(mentions[index].type)] < most {
        result[index].type = types[counts.firstIndex(of: most)!]
      }
    }
    return result
  }

  /// Capitalised occurrences the tagger passed over of a string it tagged elsewhere,
  /// and of the surname of a person it found in full.
  func withRepeats(_ mentions: [Mention]) -> [Mention] {
    var mentions = mentions
    var known = HashKeyedTable<[(length: Int, key: UInt64, type: EntityType)]>(
      capacity: mentions.count)
    var acronyms = HashSet64()
    var covered = [Bool](repeating: false, count: tokens.count)
    func learn(_ first: Int, _ end: Int, _ type: EntityType) {
      let k = key(first, end)
      known.update(tokens[first].lower, default: []) { candidates in
        if !candidates.contains(where: { $0.key == k }) {
          candidates.append((end - first, k, type))
        }
      }
    }
    for mention in mentions where mention.type != .group && mention.type != .date {
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
        known.update(acronym, default: []) { $0.append((1, acronym, .org)) }
        acronyms.insert(acronym)
      }
    }
    // One bit per known head word (by its hash's low six bits): most tokens are no head,
    // and this says so without a look-up.
    var heads: UInt64 = 0
    known.updateAll { head, candidates in
      candidates.sort { $0.length > $1.length }
      heads |= 1 << (head & 63)
    }
    // Known names the article also writes in lower case ("trump card"): a capital at the
    // start of a sentence says nothing about them.
    var writtenLower = HashSet64()
    for token in tokens
    where token.written == .lower && token.gazetteer & GazetteerEntry.common != 0
      && heads & (1 << (token.lower & 63)) != 0 && known.contains(token.lower)
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
        guard !covered[i], token.written.isCapital, heads & (1 << (token.lower & 63)) != 0,
          let candidates = known[token.lower]
        else {
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
