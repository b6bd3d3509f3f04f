/// Turns quoted regions and their attributions into quotes and speakers: joins split
/// and running quotes, drops scare quotes and titles, marks pull quotes as repeats.
enum QuoteAssembler {
  /// Unattributed regions shorter than this are scare quotes, titles or nicknames.
  static let minimumUnattributedWords = 6

  static func assemble(
    regions: [QuoteRegion], results: [Attributor.Result], document: TextDocument, names: NameIndex,
    model: SpeakerModel? = SpeakerModel.shared,
    observe: ((SpeakerChooser.Quote, [SpeakerChooser.Candidate], [[UInt64]]) -> Void)? = nil
  ) -> (quotes: [Quote], speakers: [Speaker], kinds: [AttributionKind?]) {
    // 1. Which regions are quotes, and which quote each belongs to.
    var owner = [Int?](repeating: nil, count: regions.count)  // region → group
    var groups: [[Int]] = []
    var firstRegionWithWords: [UInt64: Int] = [:]
    var repeatOfGroup: [Int: Int] = [:]
    for position in regions.indices {
      let region = regions[position]
      let result = results[position]
      let words = wordCount(of: region, document)
      // A region repeating an earlier one word for word is a pull quote of its own.
      let normalized = words >= 4 ? normalizedWords(of: region, document) : 0
      let earlier = words >= 4 ? firstRegionWithWords[normalized] : nil
      switch result.link {
      case .splitFrom(let first), .continues(let first):
        if earlier == nil, let group = owner[first] {
          owner[position] = group
          groups[group].append(position)
          if words >= 4 { firstRegionWithWords[normalized] = position }
          continue
        }
      case .own, .sameSpeakerAs, .none:
        break
      }
      // The so-called “alt-left”: a scare quote whatever verb is near.
      if words <= 6 && isScareQuote(region, document) { continue }
      // A short title-case region with no reporting verb is a name: a title, a nickname.
      let strongCue = result.attribution.map { $0.cue != nil && !$0.isWeak } ?? false
      if !strongCue && words <= 6 && isTitleCase(region, document) { continue }
      let attributed =
        result.attribution.map { !$0.isSubjectOnly } ?? false || result.link != .none
      guard attributed || earlier != nil || isSpeechLike(region, words: words, document: document)
      else { continue }
      owner[position] = groups.count
      if let earlier, let group = owner[earlier] { repeatOfGroup[groups.count] = group }
      groups.append([position])
      if words >= 4 && earlier == nil { firstRegionWithWords[normalized] = position }
    }

    // 2. Speakers, in reading order so that pronouns see the names before them: the
    // rules' pick, then the learned choice among it and the other candidates.
    let resolver = SpeakerResolver(
      index: names, namedSpeakers: results.compactMap { $0.attribution?.mention }, model: model)
    var speakerOfGroup = [ResolvedSpeaker?](repeating: nil, count: groups.count)
    var mentionOfGroup = [TextRange?](repeating: nil, count: groups.count)
    var cueOfGroup = [TextRange?](repeating: nil, count: groups.count)
    var kindOfGroup = [AttributionKind?](repeating: nil, count: groups.count)
    var confidenceOfGroup = [Double?](repeating: nil, count: groups.count)
    var earlierSpeakers: [String] = []
    var quotesBySpeaker: [String: Int] = [:]
    var previous: SpeakerResolver.PreviousSpeaker?
    for (group, members) in groups.enumerated() {
      var role = SpeakerChooser.RuleRole.none
      var context = SpeakerChooser.Context.alone
      if let own = members.lazy.compactMap({ results[$0].attribution }).first {
        context = .own
        let speaker = resolver.resolve(
          own.mention, earlierSpeakers: earlierSpeakers, previous: previous)
        // A phrase that names no one ("a series of") is no attribution; a pronoun
        // without its person still says who spoke.
        if speaker != nil || own.mention.kind == .pronoun {
          role = .own
          speakerOfGroup[group] = speaker
          mentionOfGroup[group] = own.mention.range
          cueOfGroup[group] = own.cue
          kindOfGroup[group] = AttributionKind(
            mention: own.mention.kind,
            isResolvedNominal: own.mention.kind == .nominal && speaker?.kind != .unnamed,
            frame: AttributionKind.frame(of: own))
        }
      } else if let source = repeatOfGroup[group]
        ?? inheritedGroup(of: members[0], results: results, owner: owner),
        source < group
      {
        role = .inherited
        let frame = inheritedFrame(of: members[0], results)
        context =
          repeatOfGroup[group] != nil
          ? .repeated : frame == .split ? .split : frame == .sameSpeaker ? .sameSpeaker : .continues
        speakerOfGroup[group] = speakerOfGroup[source]
        mentionOfGroup[group] = mentionOfGroup[source]
        cueOfGroup[group] = cueOfGroup[source]
        kindOfGroup[group] = kindOfGroup[source].map {
          var kind = $0
          kind.frame = frame
          return kind
        }
        confidenceOfGroup[group] = confidenceOfGroup[source]
      } else if let caption = captionSpeaker(
        of: regions[members[0]], regions: regions, document: document, names: names)
      {
        role = .caption
        speakerOfGroup[group] = resolver.resolve(caption)
        mentionOfGroup[group] = caption.range
        kindOfGroup[group] = AttributionKind(mention: .name, frame: .noCue)
      }
      if role != .inherited { confidenceOfGroup[group] = speakerOfGroup[group]?.confidence }
      // A pull quote is its original's, whoever stands near it.
      if let model, model.choosesSpeakers, context != .repeated {
        let first = regions[members[0]]
        let tokens = document.blocks[first.block].tokens
        let quote = SpeakerChooser.Quote(
          range: first.range, block: first.block, context: context,
          previousDistance: previous.map { first.block - $0.block },
          words: wordCount(of: first, document), opensParagraph: first.openToken == 0,
          endsParagraph: first.afterToken >= tokens.count - 1,
          followsColon: followsColon(first, document),
          endsSentence: first.closeToken != nil
            && ".!?".unicodeScalars.contains(tokens[first.innerTokens.upperBound - 1].first))
        let rule = speakerOfGroup[group].map {
          SpeakerChooser.Candidate(
            speaker: $0, mention: mentionOfGroup[group], cue: cueOfGroup[group],
            kind: kindOfGroup[group], role: role)
        }
        let candidates = SpeakerChooser.candidates(
          for: quote, rule: rule, previous: previous?.speaker, resolver: resolver,
          quotesBySpeaker: quotesBySpeaker, document: document)
        let features = SpeakerChooser.features(of: candidates, for: quote)
        observe?(quote, candidates, features)
        let (best, probability) = SpeakerChooser.best(
          of: features, candidates: candidates, for: quote, model: model)
        let chosen = candidates[best]
        // No one: no one else stood, or the quote's own words name no one.
        if let speaker = chosen.speaker {
          if chosen.role == .none {
            speakerOfGroup[group] = speaker
            mentionOfGroup[group] = chosen.mention
            cueOfGroup[group] = nil
            kindOfGroup[group] = AttributionKind(
              mention: .name, frame: chosen.isPrevious ? .sameSpeaker : .subjectOnly)
          }
          confidenceOfGroup[group] =
            model.calibrated(probability, evidence: chosen.evidence) * speaker.confidence
        }
      }
      if let speaker = speakerOfGroup[group] {
        earlierSpeakers.append(speaker.name)
        quotesBySpeaker[speaker.name, default: 0] += 1
        previous = SpeakerResolver.PreviousSpeaker(
          speaker: speaker, block: regions[members.last!].block)
      }
    }

    // 3. Quotes and speaker totals.
    var quotes: [Quote] = []
    var totals: [String: Speaker] = [:]
    var order: [String] = []
    for (group, members) in groups.enumerated() {
      let spans = members.map { regions[$0].range }
      let text = spans.map { document.string($0) }.joined(separator: " … ")
      let speaker = speakerOfGroup[group]
      let mention = mentionOfGroup[group].map {
        TextSpan(start: $0.start, end: $0.end, text: document.string($0))
      }
      let cue = cueOfGroup[group].map {
        TextSpan(start: $0.start, end: $0.end, text: document.string($0))
      }
      // Two decimals say all it knows (and the reader stores it so).
      let confidence = speaker.map { _ in ((confidenceOfGroup[group] ?? 1) * 100).rounded() / 100 }
      quotes.append(
        Quote(
          id: group + 1, spans: spans, text: text, speaker: speaker?.name,
          speakerType: speaker?.type, speakerKind: speaker?.kind, speakerConfidence: confidence,
          mention: mention, cue: cue, repeatOf: repeatOfGroup[group].map { $0 + 1 }))
      guard let speaker else { continue }
      let words = members.reduce(0) { $0 + wordCount(of: regions[$1], document) }
      if totals[speaker.name] == nil {
        order.append(speaker.name)
        totals[speaker.name] = Speaker(
          name: speaker.name, type: speaker.type, description: nil, quotes: 0, words: 0)
      }
      totals[speaker.name]!.quotes += 1
      totals[speaker.name]!.words += words
      if totals[speaker.name]!.description == nil {
        totals[speaker.name]!.description = speaker.description
      }
    }
    let speakers = order.enumerated().sorted { lhs, rhs in
      let (a, b) = (totals[lhs.element]!, totals[rhs.element]!)
      return a.quotes != b.quotes ? a.quotes > b.quotes : lhs.offset < rhs.offset
    }.map { totals[$0.element]! }
    return (quotes, speakers, kindOfGroup)
  }

  /// The group whose speaker an unattributed region takes over, following its link.
  private static func inheritedGroup(of region: Int, results: [Attributor.Result], owner: [Int?])
    -> Int?
  {
    switch results[region].link {
    case .splitFrom(let other), .sameSpeakerAs(let other), .continues(let other): owner[other]
    case .own, .none: nil
    }
  }

  /// A paragraph of quotes only, followed by a short line that names one person (a
  /// caption, "That was the promise of Governor Maria Lopez."): that person.
  private static func captionSpeaker(
    of region: QuoteRegion, regions: [QuoteRegion], document: TextDocument, names: NameIndex
  ) -> SpeakerMention? {
    let next = region.block + 1
    guard next < document.blocks.count, document.blocks[next].kind == .body,
      !regions.contains(where: { $0.block == next }),
      document.blocks[next].tokens.lazy.filter({ $0.kind == .word }).count <= 20,
      Attributor.isQuoteOnly(block: region.block, regions: regions, document: document)
    else { return nil }
    let paragraph = document.blocks[next].range
    let first = names.occurrences.partitionPoint { $0.position >= paragraph.start }
    let people = names.occurrences[first...].prefix { $0.position < paragraph.end }.filter(
      \.isPerson)
    guard let person = people.first, people.allSatisfy({ $0.name == person.name }),
      let token = document.blocks[next].tokens.firstIndex(where: { $0.start == person.position }),
      let entity = names.entity(covering: TextRange(person.position, person.position + 1))
    else { return nil }
    return SpeakerMention(
      kind: .name, range: entity.range, block: next, tokens: token..<(token + 1),
      name: person.name)
  }

  /// A colon right before the region, in its paragraph or ending the one before.
  private static func followsColon(_ region: QuoteRegion, _ document: TextDocument) -> Bool {
    if region.openToken > 0 {
      return document.blocks[region.block].tokens[region.openToken - 1].first == ":"
    }
    return region.block > 0 && document.blocks[region.block - 1].tokens.last?.first == ":"
  }

  /// The frame of a quote that takes its speaker from another.
  private static func inheritedFrame(of region: Int, _ results: [Attributor.Result])
    -> AttributionKind.Frame
  {
    switch results[region].link {
    case .splitFrom: .split
    case .sameSpeakerAs: .sameSpeaker
    case .continues, .own, .none: .continues
    }
  }

  static func wordCount(of region: QuoteRegion, _ document: TextDocument) -> Int {
    let tokens = document.blocks[region.block].tokens
    return region.innerTokens.reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
  }

  /// A hash of the region's words, lower-cased: what a word-for-word repeat has in
  /// common with its original (FNV-1a over the scalars, words separated).
  private static func normalizedWords(of region: QuoteRegion, _ document: TextDocument) -> UInt64 {
    let tokens = document.blocks[region.block].tokens
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in region.innerTokens where tokens[index].kind == .word {
      for offset in tokens[index].start..<tokens[index].end {
        let scalar = document.scalars[offset]
        let value =
          ScalarText.isUppercase(scalar) && scalar.value < 0x80 ? scalar.value + 32 : scalar.value
        hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
      }
      hash = (hash ^ 0x20) &* 0x100_0000_01b3
    }
    return hash
  }

  /// Preceded by "so-called", "dubbed", "known as", "nicknamed": a label, not speech.
  private static func isScareQuote(_ region: QuoteRegion, _ document: TextDocument) -> Bool {
    let tokens = document.blocks[region.block].tokens
    guard region.openToken > 0, tokens[region.openToken - 1].kind == .word else { return false }
    let previous = document.lower(tokens[region.openToken - 1])
    if ["so-called", "dubbed", "nicknamed", "self-styled", "self-described", "titled", "entitled"]
      .contains(previous)
    {
      return true
    }
    return region.openToken > 1 && previous == "as"
      && ["known", "described", "billed"].contains(document.lower(tokens[region.openToken - 2]))
  }

  /// Every word capitalised but the small ones: “Last Boat Home”, “Night Ferry Choir”.
  static func isTitleCase(_ region: QuoteRegion, _ document: TextDocument) -> Bool {
    let tokens = document.blocks[region.block].tokens
    var words = 0
    for index in region.innerTokens where tokens[index].kind == .word {
      words += 1
      if !tokens[index].isCapitalized && !smallTitleWords.contains(document.lower(tokens[index])) {
        return false
      }
    }
    return words > 0
  }

  private static let smallTitleWords: StringSet = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "vs",
  ]

  /// An unattributed region reads as speech: long enough, and not a title in title case.
  private static func isSpeechLike(_ region: QuoteRegion, words: Int, document: TextDocument)
    -> Bool
  {
    guard words >= minimumUnattributedWords else { return false }
    let tokens = document.blocks[region.block].tokens
    var capitalised = 0
    var lowercase = 0
    for index in region.innerTokens where tokens[index].kind == .word {
      if tokens[index].isCapitalized { capitalised += 1 } else { lowercase += 1 }
    }
    return lowercase * 2 >= capitalised
  }
}
