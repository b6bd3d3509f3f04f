import Foundation

/// Chooses the person or organisation a pronoun stands for: gathers the names before
/// it in its section (and after it in its own and the next paragraph), describes each
/// with a few cheap facts and ranks them with the trained `SpeakerModel`.
struct AntecedentRanker {
  /// The pronouns the ranker resolves.
  enum Pronoun: UInt64 {
    case he = 1
    case she, it

    init?(_ word: String) {
      switch word.lowercased() {
      case "he": self = .he
      case "she": self = .she
      case "it": self = .it
      default: return nil
      }
    }
  }

  /// One person or organisation a pronoun may stand for, as the article names it.
  struct Candidate {
    var speaker: ResolvedSpeaker
    var gender: NameIndex.Gender?
    var isOrganisation: Bool
    /// Paragraphs between the nearest mention and the pronoun.
    var distance: Int
    /// Order among the candidates, nearest first.
    var recency: Int
    /// Order among the candidates whose gender or kind does not rule them out.
    var compatibleRecency = 0
    /// Order among those of them that spoke outside quotations before the pronoun, the
    /// nearest first (the subject of a reporting verb, the name an attribution gives).
    var speakerRecency = 0
    var mentions: Int
    /// The nearest mention stands inside a quotation.
    var nearestQuoted: Bool
    /// Every mention stands inside quotations.
    var onlyQuoted: Bool
    var nearestStartsSentence: Bool
    /// The nearest mention is the subject of a reporting verb ("Marsh said").
    var nearestSpeaks: Bool
    /// Some mention outside quotations before the pronoun speaks.
    var spoke: Bool
    /// Named only after the pronoun (in its own or the next paragraph).
    var isLater: Bool
    /// The speaker of the quote before.
    var spokeLast: Bool
    /// Earlier quotes attributed to this speaker.
    var quotes: Int
  }

  /// How far back the ranker looks, in distinct names.
  static let candidateLimit = 24
  /// How far back it looks, in paragraphs.
  static let scanLimit = 12

  /// The candidates for a pronoun at `position` in `block`, nearest first.
  /// `earlierSpeakers` are the names of the speakers of the quotes before, in order, as
  /// numbers (`SpeakerResolver.nameID(of:)`).
  static func candidates(
    at position: Int, block: Int, excluding excluded: TextRange? = nil,
    mentions: [SpeakerResolver.Candidate], sectionStart: Int, earlierSpeakers: [Int]
  ) -> [Candidate] {
    var found: [Candidate] = []
    // The number of each candidate's name: a few dozen, looked through faster than hashed.
    var foundNames: [Int] = []
    func known(_ name: Int) -> Int? { foundNames.firstIndex(of: name) }
    let next = mentions.partitionPoint { $0.position >= position }
    var index = next - 1
    // Within the section and a dozen paragraphs: farther back a pronoun never reaches.
    let floor = max(sectionStart, block - scanLimit)
    while index >= 0 && mentions[index].block >= floor {
      let mention = mentions[index]
      index -= 1
      if let excluded, excluded.contains(mention.position) { continue }
      if let known = known(mention.nameID) {
        found[known].mentions += 1
        if !mention.inQuote { found[known].onlyQuoted = false }
        if mention.speaks && !mention.inQuote { found[known].spoke = true }
        if found[known].gender == nil { found[known].gender = mention.gender }
        continue
      }
      guard found.count < candidateLimit else { continue }
      foundNames.append(mention.nameID)
      found.append(candidate(mention, distance: block - mention.block, recency: found.count))
    }
    index = next
    while index < mentions.count && mentions[index].block <= block + 1 {
      let mention = mentions[index]
      index += 1
      if let excluded, excluded.contains(mention.position) { continue }
      guard known(mention.nameID) == nil, found.count < candidateLimit + 4 else { continue }
      foundNames.append(mention.nameID)
      var later = candidate(mention, distance: mention.block - block, recency: found.count)
      later.isLater = true
      later.spoke = false
      found.append(later)
    }
    let last = earlierSpeakers.last
    for speaker in earlierSpeakers.suffix(200) {
      if let offset = known(speaker) { found[offset].quotes += 1 }
    }
    for offset in found.indices { found[offset].spokeLast = foundNames[offset] == last }
    return found
  }

  private static func candidate(_ mention: SpeakerResolver.Candidate, distance: Int, recency: Int)
    -> Candidate
  {
    Candidate(
      speaker: mention.speaker, gender: mention.gender, isOrganisation: mention.isOrganisation,
      distance: distance, recency: recency, mentions: 1, nearestQuoted: mention.inQuote,
      onlyQuoted: mention.inQuote, nearestStartsSentence: mention.startsSentence,
      nearestSpeaks: mention.speaks, spoke: mention.speaks && !mention.inQuote, isLater: false,
      spokeLast: false, quotes: 0)
  }

  /// How a candidate's kind and gender fit the pronoun: 1 and 5 agree, 4 may, the rest clash.
  private static func agreement(_ candidate: Candidate, _ pronoun: Pronoun) -> UInt64 {
    switch (pronoun, candidate.isOrganisation, candidate.gender) {
    case (.it, true, _): 1
    case (.it, false, _): 2
    case (_, true, _): 3
    case (_, false, nil): 4
    case (.he, false, .male?), (.she, false, .female?): 5
    default: 6
    }
  }

  /// Numbers the candidates that may fit the pronoun, nearest earlier first, and those
  /// of them that spoke.
  static func rankCompatible(_ candidates: inout [Candidate], for pronoun: Pronoun) {
    var rank = 0
    var speakerRank = 0
    for index in candidates.indices {
      let fits = [1, 4, 5].contains(agreement(candidates[index], pronoun))
      candidates[index].compatibleRecency = fits ? rank : 9
      if fits { rank += 1 }
      let spoke = fits && candidates[index].spoke
      candidates[index].speakerRecency = spoke ? speakerRank : 9
      if spoke { speakerRank += 1 }
    }
  }

  /// The hashed features of one candidate for one pronoun (`rankCompatible` first).
  static func features(of candidate: Candidate, for pronoun: Pronoun) -> [UInt64] {
    let agreement = agreement(candidate, pronoun)
    let compatible = UInt64(min(candidate.compatibleRecency, 4))
    let recency = UInt64(min(candidate.recency, 5))
    let distance = UInt64(min(candidate.distance, 4) + (candidate.distance > 8 ? 1 : 0))
    let mentions = UInt64(min(candidate.mentions, 4) + (candidate.mentions > 8 ? 1 : 0))
    let quotes = UInt64(min(candidate.quotes, 3))
    let p = pronoun.rawValue
    let quoted: UInt64 = (candidate.nearestQuoted ? 1 : 0) | (candidate.onlyQuoted ? 2 : 0)
    let speaker = UInt64(min(candidate.speakerRecency, 3))
    return [
      hash(1, p),
      hash(2, p, agreement),
      hash(3, p, recency),
      hash(4, p, distance),
      hash(5, p, quoted),
      hash(6, p, candidate.spokeLast ? 1 : 0, min(distance, 2)),
      hash(7, p, quotes),
      hash(8, p, candidate.nearestStartsSentence ? 1 : 0),
      hash(9, p, candidate.nearestSpeaks ? 1 : 0, min(distance, 2)),
      hash(10, p, mentions),
      hash(11, p, candidate.isLater ? 1 : 0, distance),
      hash(12, p, agreement, recency),
      hash(13, p, agreement, candidate.spokeLast ? 1 : 0),
      hash(14, p, recency, quoted),
      hash(15, p, compatible),
      hash(16, p, compatible, candidate.isLater ? 1 : 0, candidate.spokeLast ? 1 : 0),
      hash(17, p, compatible, min(distance, 3)),
      hash(18, p, speaker),
      hash(19, p, speaker, compatible),
      hash(20, p, agreement, candidate.spoke ? 1 : 0),
    ]
  }

  /// Mixes small numbers into one feature hash.
  private static func hash(_ values: UInt64...) -> UInt64 {
    var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
    for value in values {
      hash = (hash ^ value) &* 0x100_0000_01b3
      hash ^= hash >> 29
    }
    return hash
  }

  /// The best candidate and the model's probability that it is the right one; with
  /// `organisationsOnly`, the best organisation named before outside quotations ("the
  /// company", "the report").
  static func best(
    of candidates: [Candidate], for pronoun: Pronoun, model: SpeakerModel,
    organisationsOnly: Bool = false
  ) -> (candidate: Candidate, probability: Double)? {
    var candidates = candidates
    rankCompatible(&candidates, for: pronoun)
    // "The company" stands for an organisation named before it, outside quotations.
    if organisationsOnly {
      candidates.removeAll { !$0.isOrganisation || $0.isLater || $0.onlyQuoted }
    }
    guard !candidates.isEmpty else { return nil }
    let scores = candidates.map { Double(model.score(features(of: $0, for: pronoun))) }
    // The first of equal scores, the nearest (as the trainer ranks).
    var top = 0
    for index in scores.indices where scores[index] > scores[top] { top = index }
    let temperature = Double(model.temperature)
    let total = scores.reduce(0) { $0 + exp(($1 - scores[top]) / temperature) }
    return (candidates[top], 1 / total)
  }
}
