import Foundation

/// Links every mention to the fullest form of its entity in the article: a person's
/// surname or first name to the longest name that contains it (Putin → Vladimir
/// Putin), an acronym to the name it abbreviates (IRGC → Islamic Revolutionary Guard
/// Corps), and the usual short names of a few places and bodies to their full name
/// (the U.S. → United States).
enum EntityClusters {
  /// Short names and their full name.
  static let aliases: [UInt64: String] = {
    let groups: [String: [String]] = [
      "United States": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
      "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
      "United Nations": ["U.N.", "UN"],
      "European Union": ["E.U.", "EU"],
      "Soviet Union": ["U.S.S.R.", "USSR"],
    ]
    var table: [UInt64: String] = [:]
    for (full, shorts) in groups {
      for name in shorts + [full] { table[EntityRules.phraseKey(name)] = full }
    }
    return table
  }()

  /// Gazetteer entries whose capitals can be undone.
  static let knownNames =
    GazetteerEntry.place | GazetteerEntry.placePhrase | GazetteerEntry.firstName
    | GazetteerEntry.lastName

  static func entities(
    _ mentions: [Mention], document: EntityDocument, scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) -> [Entity] {
    let tokens = document.tokens
    let rules = EntityRules(document: document, scalars: scalars)
    func text(_ m: Mention) -> String {
      EntityClusters.string(scalars, Int(tokens[m.first].start), Int(tokens[m.end - 1].end))
    }
    func words(_ m: Mention) -> ArraySlice<UInt64> {
      ArraySlice(tokens[m.first..<m.end].map(\.lower))
    }

    // How each string is best written: its first mention outside headlines, whose capitals
    // are the article's own.
    var written = HashKeyedTable<Mention>(capacity: mentions.count)
    for mention in mentions {
      let key = rules.key(mention)
      if let seen = written[key], !tokens[seen.first].headline { continue }
      if written[key] == nil || !tokens[mention.first].headline { written[key] = mention }
    }
    func display(_ m: Mention) -> String {
      let best = written[rules.key(m)] ?? m
      let text = EntityClusters.string(
        scalars, Int(tokens[best.first].start), Int(tokens[best.end - 1].end), singleSpaced: true)
      // A known name the article only writes in capitals ("WASHINGTON —") reads as a name.
      let shouted = tokens[best.first..<best.end].allSatisfy {
        $0.written == .allCaps && $0.length > 3 && $0.gazetteer & EntityClusters.knownNames != 0
      }
      return shouted ? text.capitalized : text
    }

    // The distinct multi-word names per type (by `typeIndex`) in the order first met, with
    // where each occurs; indexed by their key (the same words, the same key).
    var fullNames = [[FullName]](repeating: [], count: EntityType.allCases.count)
    var fullNameIndex = [HashKeyedTable<Int>](
      repeating: HashKeyedTable(), count: EntityType.allCases.count)
    for mention in mentions where mention.end - mention.first >= 2 {
      let type = typeIndex(mention.type)
      let key = rules.key(mention)
      if let index = fullNameIndex[type][key] {
        fullNames[type][index].starts.append(mention.first)
      } else {
        fullNameIndex[type][key] = fullNames[type].count
        fullNames[type].append(
          FullName(words: words(mention), mention: mention, starts: [mention.first]))
      }
    }
    let personNames = PersonNames(fullNames[typeIndex(.person)])
    var peopleByKey = HashKeyedTable<PersonNames.People>()

    var ambiguous = HashSet64()
    func canonical(_ mention: Mention) -> String {
      switch mention.type {
      case .person:
        // Names with the same first and last word are one person; of several people
        // ("Hillary Clinton", "Bill Clinton"), the one named last before this mention,
        // else the one named most often.
        let key = rules.key(mention)
        let people = peopleByKey[key] ?? personNames.people(containing: key)
        peopleByKey[key] = people
        if people.count > 1 { ambiguous.insert(key) }
        let best = people.fullestName(before: mention.first)
        return best.map { display($0.mention) } ?? display(mention)
      case .org, .place:
        if let full = aliases[rules.key(mention)] { return full }
        if let expanded = expansion(of: mention) { return display(expanded) }
        return display(mention)
      case .group, .date:
        return display(mention)
      }
    }

    // The multi-word organisations and places by the capitals that begin their words
    // (those an acronym skips left out), keyed by the hash of those capitals, the first of
    // each: organisations first.
    var byInitials: HashKeyedTable<Mention>?
    func namesByInitials() -> HashKeyedTable<Mention> {
      if let byInitials { return byInitials }
      var table = HashKeyedTable<Mention>()
      for type in [EntityType.org, .place] {
        for candidate in fullNames[typeIndex(type)] {
          var initials = EntityHash.start()
          for i in candidate.mention.first..<candidate.mention.end
          where tokens[i].written.isCapital && !EntityRules.acronymSkips.contains(tokens[i].lower) {
            initials = EntityHash.add(initials, scalars[Int(tokens[i].start)].value)
          }
          let key = EntityHash.finish(initials)
          if !table.contains(key) { table[key] = candidate.mention }
        }
      }
      byInitials = table
      return table
    }

    /// The name an acronym stands for: a multi-word ORG or PLACE whose initials it spells.
    func expansion(of mention: Mention) -> Mention? {
      guard mention.end - mention.first == 1, tokens[mention.first].written == .allCaps else {
        return nil
      }
      let token = tokens[mention.first]
      var letters = EntityHash.start()
      var count = 0
      for k in Int(token.start)..<Int(token.end) {
        let value = scalars[k].value
        let isCapital =
          value < 128 ? value >= 0x41 && value <= 0x5a : scalars[k].properties.isUppercase
        guard isCapital else { continue }
        letters = EntityHash.add(letters, value)
        count += 1
      }
      guard count >= 2 else { return nil }
      return namesByInitials()[EntityHash.finish(letters)]
    }

    var canonicals = HashKeyedTable<String>(capacity: mentions.count)
    return mentions.map { mention in
      let start = Int(tokens[mention.first].start)
      let end = Int(tokens[mention.end - 1].end)
      let stringKey = rules.key(mention)
      let key = stringKey &+ UInt64(typeIndex(mention.type))
      // A person's short name may stand for different people in one article: cached
      // only when it stands for one.
      let name = canonicals[key] ?? canonical(mention)
      if mention.type != .person || !ambiguous.contains(stringKey) {
        canonicals[key] = name
      }
      return Entity(
        start: start, end: end, text: text(mention), type: mention.type, canonical: name)
    }
  }

  /// The index of a type in `EntityType.allCases`.
  static func typeIndex(_ type: EntityType) -> Int {
    switch type {
    case .person: 0
    case .org: 1
    case .place: 2
    case .group: 3
    case .date: 4
    }
  }

  /// The text of `start..<end`; `singleSpaced` turns each run of white space into one space.
  static func string(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
    singleSpaced: Bool = false
  ) -> String {
    // UTF-8 takes at most four bytes a scalar; a name's bytes fit the stack.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (end - start) * 4) { utf8 in
      var count = 0
      var inSpace = false
      for k in start..<end {
        let scalar = scalars[k]
        if singleSpaced && ScalarClass.of(scalar.value) == ScalarClass.space {
          if !inSpace {
            utf8[count] = 0x20
            count += 1
          }
          inSpace = true
          continue
        }
        inSpace = false
        if scalar.value < 0x80 {
          utf8[count] = UInt8(scalar.value)
          count += 1
        } else {
          for byte in UTF8.encode(scalar)! {
            utf8[count] = byte
            count += 1
          }
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<count]), as: UTF8.self)
    }
  }
}

/// A distinct multi-word name of an article: its lower-cased words, its first mention and
/// the first token of every mention.
private struct FullName {
  var words: ArraySlice<UInt64>
  var mention: Mention
  var starts: [Int]
}

/// The people's multi-word names of an article, found by the words they begin or end
/// with, so that a short name's candidates are looked up rather than searched for.
private struct PersonNames {
  let names: [FullName]
  /// Each word sequence a name begins or ends with (shorter than the name), by its key
  /// (`EntityRules.key`) → the names, in the order first met.
  private var byAffix = HashKeyedTable<[Int]>()

  init(_ names: [FullName]) {
    self.names = names
    for (index, name) in names.enumerated() {
      let words = Array(name.words)
      for length in 1..<words.count {
        for affix in [words[..<length], words[(words.count - length)...]] {
          let key = affix.dropFirst().reduce(affix.first!) {
            Gazetteer.phraseHash($0, adding: $1)
          }
          byAffix.update(key, default: []) { names in
            if names.last != index { names.append(index) }
          }
        }
      }
    }
  }

  /// The people a short name may stand for: every longer name that begins or ends with
  /// the words of `key`, grouped by person (the same first and last word).
  func people(containing key: UInt64) -> People {
    var groups: [[Int]] = []
    for index in byAffix[key] ?? [] {
      let name = names[index].words
      if let group = groups.firstIndex(where: {
        names[$0[0]].words.first == name.first && names[$0[0]].words.last == name.last
      }) {
        groups[group].append(index)
      } else {
        groups.append([index])
      }
    }
    return People(names: names, groups: groups)
  }

  /// The people one short name may stand for, ready to pick one for each mention.
  struct People {
    /// The fullest name of each person: the most words, then the most mentions, then
    /// the first met.
    private let fullest: [FullName]
    /// Every mention of every person, (token, person) in text order; of mentions at one
    /// token, the person preferred there (the most mentioned, then the first) last.
    private let mentions: [(start: Int, person: Int)]
    /// The person mentioned most often (the first of equals).
    private let mostMentioned: Int?

    var count: Int { fullest.count }

    init(names: [FullName], groups: [[Int]]) {
      fullest = groups.map { group in
        group.map { names[$0] }.max {
          ($0.words.count, $0.starts.count, -$0.mention.first) < (
            $1.words.count, $1.starts.count, -$1.mention.first
          )
        }!
      }
      let counts = groups.map { $0.reduce(0) { $0 + names[$1].starts.count } }
      mentions = groups.enumerated().flatMap { person, group in
        group.flatMap { names[$0].starts.map { (start: $0, person: person) } }
      }.sorted {
        ($0.start, counts[$0.person], -$0.person) < ($1.start, counts[$1.person], -$1.person)
      }
      mostMentioned = counts.indices.max { (counts[$0], -$0) < (counts[$1], -$1) }
    }

    /// The fullest name of the person named last before token `position`, else of the one
    /// named most often; nil when there is no one.
    func fullestName(before position: Int) -> FullName? {
      let after = mentions.partitionPoint { $0.start >= position }
      guard let person = after > 0 ? mentions[after - 1].person : mostMentioned else { return nil }
      return fullest[person]
    }
  }
}
