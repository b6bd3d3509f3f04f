/// What `quoth-train-speakers` learns from: the analysis of a training article, and
/// pronoun-resolution examples made from its annotated sources.
package enum SpeakerTraining {
  /// The candidates for one pronoun, their features and which of them are right.
  package struct Example {
    package var features: [[UInt64]]
    package var isRight: [Bool]
    /// The calibration table of each candidate (`SpeakerChooser.Evidence`); empty for pronouns.
    package var evidence: [Int] = []
    /// The "no one" candidate when it is chosen only if it stands alone
    /// (`SpeakerChooser.reservedNoOne`).
    package var noOne: Int?

    /// The candidate quoth would choose by `scores` (`SpeakerChooser.choice`).
    package func chosen<Score: Comparable>(by scores: [Score]) -> Int {
      SpeakerChooser.choice(scores, noOne: noOne)
    }
  }

  /// One quote as analysed, with the table entry of its attribution kind.
  package struct AnalysedQuote {
    package var quote: Quote
    package var kind: Int?
  }

  /// An annotated source: its offsets and the last capitalised word of its name.
  package struct Source {
    package var start: Int
    package var end: Int
    package var lastName: String?

    package init(start: Int, end: Int, lastName: String?) {
      self.start = start
      self.end = end
      self.lastName = lastName
    }
  }

  /// The kinds of evidence for a chosen speaker, one calibration table each
  /// (`SpeakerChooser.Evidence`).
  package static let evidenceNames = SpeakerChooser.Evidence.allCases.map { "\($0)" }

  /// The number of kinds of attribution (`AttributionKind`), for the trainer's report.
  package static let kindCount = AttributionKind.count

  /// An annotated quote: its offsets, its source and the names in the source, lower-cased.
  package struct GoldQuote {
    package var start: Int
    package var end: Int
    package var source: Source
    package var sourceNames: Set<String>

    package init(start: Int, end: Int, source: Source, sourceNames: Set<String>) {
      self.start = start
      self.end = end
      self.source = source
      self.sourceNames = sourceNames
    }
  }

  /// An article analysed up to its quotes' attributions and names.
  struct Pipeline {
    var document: TextDocument
    var regions: [QuoteRegion]
    var results: [Attributor.Result]
    var names: NameIndex

    init(text: String, model: SpeakerModel?) {
      document = TextDocument(article: PlainTextIngest.article(from: text, source: "training"))
      let document = document
      let entities = document.scalars.withUnsafeBufferPointer {
        EntityRecognizer.shared.entities(scalars: $0, paragraphs: document.blocks.map(\.range))
      }
      regions = QuoteFinder.regions(in: document)
      results = Attributor.attribute(regions, in: document)
      names = NameIndex(
        document: document, entities: entities, quoted: regions.map(\.range), model: model)
    }
  }

  /// The quotes of an article as `model` analyses it.
  package static func analyse(text: String, model: SpeakerModel?) -> [AnalysedQuote] {
    let pipeline = Pipeline(text: text, model: model)
    let (quotes, _, kinds) = QuoteAssembler.assemble(
      regions: pipeline.regions, results: pipeline.results, document: pipeline.document,
      names: pipeline.names, model: model)
    return zip(quotes, kinds).map { AnalysedQuote(quote: $0, kind: $1?.index) }
  }

  /// Speaker-choice examples: for each quote the analysis finds that lies in an annotated
  /// quote, its candidates as `model` gathers them, right when the candidate's words
  /// overlap the annotated source or its name's last word is one of the source's names;
  /// "no one" is right when no other candidate is. Quotes with no right candidate (a
  /// cued pick has no "no one") teach nothing and are left out.
  package static func choiceExamples(text: String, quotes: [GoldQuote], model: SpeakerModel)
    -> [Example]
  {
    let pipeline = Pipeline(text: text, model: model)
    var examples: [Example] = []
    _ = QuoteAssembler.assemble(
      regions: pipeline.regions, results: pipeline.results, document: pipeline.document,
      names: pipeline.names, model: model
    ) { quote, candidates, features in
      guard
        let gold = quotes.first(where: {
          (min($0.end, quote.range.end) - max($0.start, quote.range.start)) * 2
            >= quote.range.end - quote.range.start
        })
      else { return }
      let source = TextRange(gold.source.start, gold.source.end)
      var isRight = candidates.map { candidate in
        guard let speaker = candidate.speaker else { return false }
        return candidate.mention.map { $0.overlaps(source) } == true
          || gold.sourceNames.contains(lastWord(speaker.name))
      }
      if !isRight.contains(true) {
        // No one is right (when no one is a candidate).
        guard candidates.last?.speaker == nil else { return }
        isRight[isRight.count - 1] = true
      }
      examples.append(
        Example(
          features: features, isRight: isRight, evidence: candidates.map(\.evidence.rawValue),
          noOne: SpeakerChooser.reservedNoOne(in: candidates, for: quote)))
    }
    return examples
  }

  /// Examples made by hiding names: each annotated source that is a name the article
  /// gives, read as the pronoun its person would take (he, she, it), with the names
  /// before it as candidates and those sharing its last word as right, when one of
  /// those is at most `maxDistance` paragraphs away. `sources` are in the order of
  /// their quotes.
  package static func pronounExamples(
    text: String, sources: [Source], model: SpeakerModel, maxDistance: Int = 2
  ) -> [Example] {
    let pipeline = Pipeline(text: text, model: model)
    let resolver = SpeakerResolver(
      index: pipeline.names,
      namedSpeakers: pipeline.results.compactMap { $0.attribution?.mention }, model: model)
    let blocks = pipeline.document.blocks
    var examples: [Example] = []
    var earlierSpeakers: [String] = []
    for source in sources {
      guard let lastName = source.lastName else { continue }
      let range = TextRange(source.start, source.end)
      let named = resolver.mentions.last {
        range.contains($0.position) && lastWord($0.speaker.name) == lastName
      }
      guard let named else { continue }
      defer { earlierSpeakers.append(named.speaker.name) }
      let pronoun: AntecedentRanker.Pronoun
      switch (named.isOrganisation, named.gender) {
      case (true, _): pronoun = .it
      case (false, .male?): pronoun = .he
      case (false, .female?): pronoun = .she
      // A person of unknown sex stands for either: half of them for each, so that the
      // ranker learns how often such a person is the one meant.
      case (false, nil): pronoun = (SpeakerModel.nameHash(lastName) >> 32) & 1 == 0 ? .he : .she
      }
      let block = blocks.partitionPoint { $0.range.end > source.start }
      guard block < blocks.count else { continue }
      var candidates = AntecedentRanker.candidates(
        at: source.start, block: block, excluding: range, mentions: resolver.mentions,
        sectionStart: pipeline.names.sectionStart(ofBlock: block), earlierSpeakers: earlierSpeakers)
      AntecedentRanker.rankCompatible(&candidates, for: pronoun)
      let isRight = candidates.map { lastWord($0.speaker.name) == lastName }
      // A writer says "he" only when the person was named a paragraph or two before:
      // hidden names that were named further back teach the wrong distances.
      let nearest = zip(candidates, isRight).filter(\.1).map { $0.0.distance }.min()
      guard candidates.count > 1, let nearest, nearest <= maxDistance else { continue }
      examples.append(
        Example(
          features: candidates.map { AntecedentRanker.features(of: $0, for: pronoun) },
          isRight: isRight))
    }
    return examples
  }

  /// How often a nominal ("the company") would go to the right organisation: each
  /// annotated source that names an organisation named at most two paragraphs before,
  /// against the one the resolver takes for "the company" there, and against the
  /// organisation named last (what the resolver took before the ranker).
  package static func organisationNominalChecks(
    text: String, sources: [Source], model: SpeakerModel
  ) -> (resolved: Int, lastNamed: Int, total: Int) {
    let pipeline = Pipeline(text: text, model: model)
    let resolver = SpeakerResolver(
      index: pipeline.names,
      namedSpeakers: pipeline.results.compactMap { $0.attribution?.mention }, model: model)
    let blocks = pipeline.document.blocks
    var checks = (resolved: 0, lastNamed: 0, total: 0)
    var earlierSpeakers: [String] = []
    for source in sources {
      guard let lastName = source.lastName else { continue }
      let range = TextRange(source.start, source.end)
      if let named = resolver.mentions.last(where: {
        range.contains($0.position) && lastWord($0.speaker.name) == lastName
      }) {
        earlierSpeakers.append(named.speaker.name)
      }
      let occurrences = pipeline.names.occurrences
      guard
        let named = occurrences.last(where: {
          range.contains($0.position) && $0.isOrganisation && lastWord($0.name) == lastName
        }),
        occurrences.contains(where: {
          $0.position < source.start && $0.block + 2 >= named.block && lastWord($0.name) == lastName
        })
      else { continue }
      let block = blocks.partitionPoint { $0.range.end > source.start }
      checks.total += 1
      if let taken = resolver.organisation(
        at: source.start, block: block, excluding: range,
        earlierSpeakers: Array(earlierSpeakers.dropLast())), lastWord(taken.name) == lastName
      {
        checks.resolved += 1
      }
      if let taken = pipeline.names.organisation(before: source.start),
        lastWord(taken.name) == lastName
      {
        checks.lastNamed += 1
      }
    }
    return checks
  }

  /// The last word of a name, lower-cased.
  package static func lastWord(_ name: String) -> String {
    String(name.split(separator: " ").last ?? "").lowercased()
  }
}
