import Foundation

/// Chooses each quote's speaker among every candidate the article offers: the speaker
/// the attribution rules found (its own mention, a link to another quote, a caption
/// line), the speaker of the quote before, and the people and organisations named
/// outside quotations in the quote's paragraph and the paragraphs on either side — or
/// no one. A ranking learned on PolNeAR train (the `SpeakerModel`'s weights) scores each
/// from a few cheap facts, the rules' picks among them.
struct SpeakerChooser {
  /// How the attribution rules came to a candidate.
  enum RuleRole: UInt64 {
    case none = 0
    /// The quote's own attribution names it.
    case own
    /// A split, running or same-speaker quote takes it from another.
    case inherited
    /// The short line after a quote-only paragraph names it.
    case caption
  }

  /// What speaks for a candidate: each has its own calibration, so that a speaker the
  /// rules found by a reporting verb or a colon is surer than one only standing near.
  enum Evidence: Int, CaseIterable {
    /// The quote's own attribution with a cue: a reporting verb, a colon, a dash.
    case cue
    /// Taken from another quote: a split, running, same-speaker or repeated quote.
    case inherited
    /// A caption line, a name nearby, the previous speaker.
    case other
    /// The subject of the quote's sentence, with no reporting verb ("Roe is praising
    /// the crews as “…”"): the rules' weakest reading.
    case subject
  }

  /// How the quote relates to the quotes around it, as the rules read it.
  enum Context: UInt64 {
    case own = 0
    case split, sameSpeaker, continues, repeated, alone
  }

  /// One speaker the quote may have.
  struct Candidate {
    /// Nil for "no one".
    var speaker: ResolvedSpeaker?
    /// The words that name it: the rules' mention, else its nearest name.
    var mention: TextRange?
    var cue: TextRange?
    /// What follows `cue` in the paragraph.
    var cueFollower = CueFollower.none
    var kind: AttributionKind?
    var role = RuleRole.none
    /// The speaker of the quote before.
    var isPrevious = false
    /// The nearest mention outside quotations: its paragraph relative to the quote's
    /// (-1, 0, 1), after the quote or before it, scalars away, and its facts.
    var nearBlock: Int?
    var isAfter = false
    var distance = Int.max
    var speaks = false
    var startsSentence = false
    /// No sentence ends between the nearest mention and the quote: it is the quote's
    /// own sentence ("Roe, back from the port, told reporters “…”").
    var inQuoteSentence = false
    var mentions = 0
    /// Mentions the entity recogniser found (a junk name has none: "Written", "Hours").
    var entityMentions = 0
    /// Earlier quotes given to this speaker.
    var quotes = 0

    var evidence: Evidence {
      switch (role, kind?.frame) {
      case (.own, .strongCue?), (.own, .weakCue?), (.own, .noCue?): .cue
      case (.own, .subjectOnly?): .subject
      case (.inherited, _): .inherited
      default: .other
      }
    }
  }

  /// What the chooser knows of the quote itself.
  struct Quote {
    var range: TextRange
    var block: Int
    var context: Context
    /// Paragraphs between the quote before and this one; nil when it is the first.
    var previousDistance: Int?
    /// Its words (of its first part).
    var words = 0
    /// It opens its paragraph; it ends it.
    var opensParagraph = false
    var endsParagraph = false
    /// A colon stands right before it ("The agency wrote:").
    var followsColon = false
    /// It ends with a full stop, a question or an exclamation mark: a sentence of its own.
    var endsSentence = false
  }

  /// What follows the rules' cue: the end of the sentence ("Roe said."), a comma, a
  /// colon or a quotation mark (the verb may open another quote), or more words.
  enum CueFollower: UInt64 {
    case sentenceEnd = 0
    case comma, colonOrQuote, words, paragraphEnd
    /// No cue, or none found in the paragraph.
    case none

    init(cue: TextRange?, in block: TextDocument.Block) {
      guard let cue else {
        self = .none
        return
      }
      let tokens = block.tokens
      let next = tokens.partitionPoint { $0.start >= cue.end }
      guard next > 0, tokens[next - 1].end == cue.end else {
        self = .none
        return
      }
      guard next < tokens.count else {
        self = .paragraphEnd
        return
      }
      let token = tokens[next]
      switch token.kind {
      case .word: self = .words
      case .quoteMark: self = .colonOrQuote
      case .punctuation:
        self =
          ".!?".unicodeScalars.contains(token.first)
          ? .sentenceEnd
          : token.first == "," ? .comma : token.first == ":" ? .colonOrQuote : .words
      }
    }
  }

  /// The candidates for `quote`: `rule` (the rules' pick, if any), the `previous`
  /// quote's speaker, the names of the paragraph and its neighbours, and "no one" last
  /// (unless the rules' pick has a cue).
  static func candidates(
    for quote: Quote, rule: Candidate?, previous: ResolvedSpeaker?,
    resolver: SpeakerResolver, quotesBySpeaker: [String: Int], document: TextDocument
  ) -> [Candidate] {
    var found: [Candidate] = []
    found.reserveCapacity(8)
    var rule = rule
    if let cue = rule?.cue, cue.start >= document.blocks[quote.block].range.start,
      cue.end <= document.blocks[quote.block].range.end
    {
      rule?.cueFollower = CueFollower(cue: cue, in: document.blocks[quote.block])
    }
    // A few candidates: a look through them costs less than a dictionary of names.
    func existing(_ name: String) -> Int? {
      found.firstIndex { $0.speaker?.name == name }
    }
    func add(_ candidate: Candidate) -> Int {
      guard let name = candidate.speaker?.name else {
        found.append(candidate)
        return found.count - 1
      }
      if let known = existing(name) { return known }
      var candidate = candidate
      candidate.quotes = quotesBySpeaker[name] ?? 0
      found.append(candidate)
      return found.count - 1
    }
    if let rule { _ = add(rule) }
    if let previous {
      found[add(Candidate(speaker: previous))].isPrevious = true
    }
    // The named mentions nearest the quote on either side, in its paragraph and the two
    // beside it: found by their positions, so that a paragraph of many quotes is not
    // read once for each.
    let mentions = resolver.mentions
    let before = mentions.partitionPoint { $0.position >= quote.range.start }
    let after = mentions.partitionPoint { $0.position >= quote.range.end }
    let nearBefore = max(before - maximumMentionsEachSide, 0)..<before
    let nearAfter = after..<min(after + maximumMentionsEachSide, mentions.count)
    // The quote's sentence, found when a name of its paragraph stands near.
    var sentence: TextRange?
    for mentionIndex in Array(nearBefore.reversed()) + nearAfter {
      let mention = mentions[mentionIndex]
      guard abs(mention.block - quote.block) <= 1, !mention.inQuote else { continue }
      let isAfter = mention.position >= quote.range.end
      let distance =
        isAfter ? mention.position - quote.range.end : quote.range.start - mention.position
      let offset: Int
      if let ruleMention = rule?.mention, ruleMention.contains(mention.position) {
        // The words the rules read: the rules' own candidate, however the name is spelt.
        offset = 0
      } else if let known = existing(mention.speaker.name) {
        offset = known
      } else if SpeakerResolver.isNoName(mention.speaker.name) {
        continue
      } else {
        offset = add(Candidate(speaker: mention.speaker))
      }
      found[offset].mentions += 1
      if mention.isEntity { found[offset].entityMentions += 1 }
      if distance < found[offset].distance {
        found[offset].distance = distance
        found[offset].isAfter = isAfter
        found[offset].nearBlock = mention.block - quote.block
        found[offset].speaks = mention.speaks
        found[offset].startsSentence = mention.startsSentence
        if mention.block == quote.block && distance < sentenceReach
          && !(isAfter && quote.endsSentence)
        {
          let around =
            sentence ?? sentenceAround(quote.range, in: document.blocks[quote.block], document)
          sentence = around
          found[offset].inQuoteSentence = around.contains(mention.position)
        } else {
          found[offset].inQuoteSentence = false
        }
        if found[offset].role == .none {
          let start = TextRange(mention.position, mention.position + 1)
          found[offset].mention = resolver.index.entity(covering: start)?.range ?? start
        }
      }
    }
    // A reporting verb or a colon says who spoke: no one is no choice against it.
    if rule?.evidence != .cue { found.append(Candidate(speaker: nil)) }
    return found
  }

  /// How far from the quote a name may stand in its sentence, in scalars.
  private static let sentenceReach = 400

  /// The quote's sentence around `range` in `block`, from the sentence end before it to
  /// the one after it, at most `sentenceReach` scalars either side.
  private static func sentenceAround(
    _ range: TextRange, in block: TextDocument.Block, _ document: TextDocument
  ) -> TextRange {
    let tokens = block.tokens
    /// A period, question or exclamation mark (not an abbreviation's) before a capital.
    func endsSentence(_ index: Int) -> Bool {
      let token = tokens[index]
      return token.kind == .punctuation && index + 1 < tokens.count
        && ".!?".unicodeScalars.contains(token.first)
        && (tokens[index + 1].isCapitalized || tokens[index + 1].kind == .quoteMark)
        && !(token.first == "." && index > 0 && document.isAbbreviation(tokens[index - 1]))
    }
    var start = range.start - sentenceReach
    var index = tokens.partitionPoint { $0.start >= range.start } - 1
    while index >= 0 && tokens[index].start >= start {
      if endsSentence(index) {
        start = tokens[index].end
        break
      }
      index -= 1
    }
    var end = range.end + sentenceReach
    index = tokens.partitionPoint { $0.start >= range.end }
    while index < tokens.count && tokens[index].start < end {
      if endsSentence(index) {
        end = tokens[index].start
        break
      }
      index += 1
    }
    return TextRange(start, end)
  }

  /// How many named mentions before the quote and after it are candidates, at most: a
  /// paragraph and its neighbours seldom name more, and a page-long paragraph costs no more.
  static let maximumMentionsEachSide = 24

  /// The hashed features of each candidate (the list `candidates` made).
  static func features(of candidates: [Candidate], for quote: Quote) -> [[UInt64]] {
    let ruled: UInt64 = candidates.contains { $0.role != .none } ? 1 : 0
    let context = quote.context.rawValue
    let count = UInt64(min(candidates.count, 6))
    let previousDistance = UInt64(quote.previousDistance.map { min($0, 3) } ?? 4)
    let shape = UInt64((quote.opensParagraph ? 1 : 0) | (quote.endsParagraph ? 2 : 0))
    let colon: UInt64 = quote.followsColon ? 1 : 0
    let length = UInt64(quote.words < 8 ? 0 : quote.words < 25 ? 1 : quote.words < 60 ? 2 : 3)
    // Order of the names by distance, nearest first.
    let byDistance = candidates.indices.filter { candidates[$0].nearBlock != nil }.sorted {
      candidates[$0].distance < candidates[$1].distance
    }
    var nearness = [UInt64](repeating: 4, count: candidates.count)
    for (rank, offset) in byDistance.enumerated() { nearness[offset] = UInt64(min(rank, 3)) }
    return candidates.indices.map { offset in
      let candidate = candidates[offset]
      guard let speaker = candidate.speaker else {
        return [
          hash(120, ruled, context), hash(121, ruled, count), hash(122, previousDistance),
          hash(123, shape, colon, ruled), hash(124, length, ruled, context),
        ]
      }
      let role = candidate.role.rawValue
      let frame = UInt64(candidate.kind?.frame.rawValue ?? 7)
      let mentionKind = UInt64(
        candidate.kind.map { $0.index / AttributionKind.Frame.allCases.count } ?? 4)
      let block = UInt64((candidate.nearBlock ?? 2) + 1)
      let after: UInt64 = candidate.isAfter ? 1 : 0
      let distance = distanceBucket(candidate.distance)
      let speaks: UInt64 = candidate.speaks ? 1 : 0
      let previous: UInt64 = candidate.isPrevious ? 1 : 0
      let kind: UInt64 =
        switch speaker.kind {
        case .person: 0
        case .organisation: 1
        case .unnamed: 2
        }
      // How sure the pronoun ranker was of a pronoun's person (1 for a name).
      let resolved = UInt64(min(speaker.confidence, 0.999) * 5)
      let words = UInt64(min(speaker.name.utf8.reduce(1) { $0 + ($1 == 32 ? 1 : 0) }, 3))
      let entity = UInt64(min(candidate.entityMentions, 2))
      let sentence: UInt64 = candidate.inQuoteSentence ? 1 : 0
      let follower = candidate.cueFollower.rawValue
      let ends: UInt64 = quote.endsSentence ? 1 : 0
      return [
        hash(101, role, frame, mentionKind),
        hash(102, ruled, context, role),
        hash(103, previous, previousDistance, ruled, context),
        hash(104, block, after, distance),
        hash(105, block, speaks, ruled),
        hash(106, candidate.startsSentence ? 1 : 0, block),
        hash(107, UInt64(min(candidate.mentions, 3))),
        hash(108, UInt64(min(candidate.quotes, 3)), previous),
        hash(109, kind, ruled, role),
        hash(110, role, previous, block),
        hash(111, mentionKind, resolved),
        hash(112, ruled, block, after, speaks),
        hash(113, nearness[offset], ruled),
        hash(114, role, distance),
        hash(115, count, role),
        hash(116, entity, words, role),
        hash(117, kind, role, block),
        hash(118, entity, ruled, previous),
        hash(130, colon, block, speaks, ruled),
        hash(131, shape, block, after, role),
        hash(132, length, kind, role),
        hash(133, colon, shape, role, frame),
        hash(134, shape, previous, previousDistance, ruled),
        hash(135, sentence, after, role, ruled),
        hash(136, sentence, candidate.startsSentence ? 1 : 0, speaks, kind),
        hash(137, sentence, nearness[offset], entity),
        hash(138, follower, ends, after, role),
        hash(139, follower, frame, previous),
      ]
    }
  }

  /// 0 for a name right beside the quote, up to 5 for one far away (or none).
  private static func distanceBucket(_ distance: Int) -> UInt64 {
    switch distance {
    case ..<30: 0
    case ..<80: 1
    case ..<200: 2
    case ..<500: 3
    case Int.max: 5
    default: 4
    }
  }

  /// Mixes small numbers into one feature hash (a fixed number of them: a variadic
  /// list would be an array made for each of the thousands of features).
  private static func hash(_ a: UInt64, _ b: UInt64) -> UInt64 {
    mix(mix(0x51_7cc1_b727_220a, a), b)
  }

  private static func hash(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    mix(hash(a, b), c)
  }

  private static func hash(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
    mix(hash(a, b, c), d)
  }

  private static func hash(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, _ e: UInt64)
    -> UInt64
  {
    mix(hash(a, b, c, d), e)
  }

  private static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
    let hash = (hash ^ value) &* 0x100_0000_01b3
    return hash ^ (hash >> 29)
  }

  /// The candidate to show and the model's probability for it (softmax of the scores,
  /// "no one" among them): the best-scored speaker even when "no one" scores higher, its
  /// probability low then (a reader counts a quote left unattributed as a name missed,
  /// and the calibrated confidence marks the guess as one); no one only when no speaker
  /// is a candidate, or by its score where the quote's own words name no one
  /// (`reservedNoOne`).
  static func best(
    of features: [[UInt64]], candidates: [Candidate], for quote: Quote, model: SpeakerModel
  ) -> (index: Int, probability: Double) {
    let scores = features.map { Double(model.score($0)) }
    let top = choice(scores, noOne: reservedNoOne(in: candidates, for: quote))
    let temperature = Double(model.choiceTemperature)
    let total = scores.reduce(0) { $0 + exp(($1 - scores[top]) / temperature) }
    return (top, 1 / total)
  }

  /// The "no one" candidate when it is chosen only if it stands alone; nil when it
  /// competes on its score: when the quote's own attribution names someone no name stands
  /// for (“…,” they said after a person; a phrase that names no one), the cue's word against
  /// the names nearby.
  static func reservedNoOne(in candidates: [Candidate], for quote: Quote) -> Int? {
    if quote.context == .own && !candidates.contains(where: { $0.role == .own }) { return nil }
    return candidates.lastIndex { $0.speaker == nil }
  }

  /// The chosen of `scores`: the first of the highest among the speakers (an untrained
  /// ranking keeps the rules' pick), "no one" (at `noOne`) only when it is the sole candidate.
  static func choice<Score: Comparable>(_ scores: [Score], noOne: Int?) -> Int {
    var top: Int?
    for index in scores.indices where index != noOne {
      if top.map({ scores[index] > scores[$0] }) ?? true { top = index }
    }
    return top ?? noOne ?? 0
  }
}
