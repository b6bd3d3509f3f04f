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
    var written: [UInt64: Mention] = [:]
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

    // The distinct multi-word names per type, with how often each occurs.
    var fullNames: [EntityType: [(words: ArraySlice<UInt64>, mention: Mention, starts: [Int])]] =
      [:]
    for mention in mentions where mention.end - mention.first >= 2 {
      let w = words(mention)
      if let index = fullNames[mention.type]?.firstIndex(where: { $0.words == w }) {
        fullNames[mention.type]![index].starts.append(mention.first)
      } else {
        fullNames[mention.type, default: []].append((w, mention, [mention.first]))
      }
    }

    var ambiguous = Set<UInt64>()
    func canonical(_ mention: Mention) -> String {
      switch mention.type {
      case .person:
        let w = words(mention)
        let longer = (fullNames[.person] ?? []).filter { candidate in
          candidate.words.count > w.count
            && (candidate.words.suffix(w.count) == w || candidate.words.prefix(w.count) == w)
        }
        // Names with the same first and last word are one person; of several people
        // ("Hillary Clinton", "Bill Clinton"), the one named last before this mention,
        // else the one named most often.
        var people: [[Int]] = []
        defer { if people.count > 1 { ambiguous.insert(rules.key(mention)) } }
        for (index, candidate) in longer.enumerated() {
          if let group = people.firstIndex(where: {
            let other = longer[$0[0]].words
            return other.first == candidate.words.first && other.last == candidate.words.last
          }) {
            people[group].append(index)
          } else {
            people.append([index])
          }
        }
        func lastBefore(_ group: [Int]) -> Int {
          group.flatMap { longer[$0].starts }.filter { $0 < mention.first }.max() ?? -1
        }
        func count(_ group: [Int]) -> Int { group.reduce(0) { $0 + longer[$1].starts.count } }
        let person = people.max { (lastBefore($0), count($0)) < (lastBefore($1), count($1)) }
        let best = person?.map { longer[$0] }.max {
          ($0.words.count, $0.starts.count, -$0.mention.first) < (
            $1.words.count, $1.starts.count, -$1.mention.first
          )
        }
        return best.map { display($0.mention) } ?? display(mention)
      case .org, .place:
        if let full = aliases[rules.key(mention)] { return full }
        if let expanded = expansion(of: mention) { return display(expanded) }
        return display(mention)
      case .group, .date:
        return display(mention)
      }
    }

    /// The name an acronym stands for: a multi-word ORG or PLACE whose initials it spells.
    func expansion(of mention: Mention) -> Mention? {
      guard mention.end - mention.first == 1, tokens[mention.first].written == .allCaps else {
        return nil
      }
      let letters = text(mention).unicodeScalars.filter { $0.properties.isUppercase }.map(\.value)
      guard letters.count >= 2 else { return nil }
      for candidate in (fullNames[.org] ?? []) + (fullNames[.place] ?? []) {
        let initials = (candidate.mention.first..<candidate.mention.end).compactMap {
          i -> UInt32? in
          guard !EntityRules.acronymSkips.contains(tokens[i].lower), tokens[i].written.isCapital
          else {
            return nil
          }
          return scalars[Int(tokens[i].start)].value
        }
        if initials == letters { return candidate.mention }
      }
      return nil
    }

    var canonicals: [UInt64: String] = [:]
    return mentions.map { mention in
      let start = Int(tokens[mention.first].start)
      let end = Int(tokens[mention.end - 1].end)
      let key = rules.key(mention) &+ UInt64(EntityType.allCases.firstIndex(of: mention.type)!)
      // A person's short name may stand for different people in one article: cached
      // only when it stands for one.
      let name = canonicals[key] ?? canonical(mention)
      if mention.type != .person || !ambiguous.contains(rules.key(mention)) {
        canonicals[key] = name
      }
      return Entity(
        start: start, end: end, text: text(mention), type: mention.type, canonical: name)
    }
  }

  /// The text of `start..<end`; `singleSpaced` turns each run of white space into one space.
  static func string(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
    singleSpaced: Bool = false
  ) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity((end - start) * 2)
    var inSpace = false
    for k in start..<end {
      let scalar = scalars[k]
      if singleSpaced && ScalarClass.of(scalar.value) == ScalarClass.space {
        if !inSpace { utf8.append(0x20) }
        inSpace = true
        continue
      }
      inSpace = false
      if scalar.value < 0x80 {
        utf8.append(UInt8(scalar.value))
      } else {
        utf8.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
    return String(decoding: utf8, as: UTF8.self)
  }
}
