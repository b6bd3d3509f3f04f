import Foundation
import Testing

@testable import QuothAnalysis

/// The learned speaker choice: which candidates a quote gets, how the model file keeps
/// the ranking and its calibration, and what the bundled model chooses.
@Suite struct SpeakerChoiceTests {
  /// A model whose ranking weighs nothing: the first candidate, the rules' pick, wins.
  private static let untrained = SpeakerModel(
    rowsLog2: 4, weights: [Float](repeating: 0, count: 16), firstNames: [:], calibration: [[0.5]],
    temperature: 1, choiceTemperature: 1)

  /// The candidates of each quote as `model` gathers them, by a fragment of the quote.
  private func candidates(_ text: String, model: SpeakerModel = untrained)
    -> [(quote: String, candidates: [SpeakerChooser.Candidate])]
  {
    let pipeline = SpeakerTraining.Pipeline(text: text, model: model)
    var seen: [(String, [SpeakerChooser.Candidate])] = []
    _ = QuoteAssembler.assemble(
      regions: pipeline.regions, results: pipeline.results, document: pipeline.document,
      names: pipeline.names, model: model
    ) { quote, candidates, _ in
      seen.append((pipeline.document.string(quote.range), candidates))
    }
    return seen
  }

  @Test func theCandidatesAreTheRulesPickThePreviousSpeakerAndTheNamesNearby() throws {
    let text = """
      Mayor Jo Bell and harbour master Tom Reyes toured the old docks on Monday.

      “The cranes are older than I am,” Bell said.

      “We need the state to pay for new ones,” said Reyes, who praised “the work Ana Ruiz did.”

      Carla Diaz chairs the port board.
      """
    let seen = candidates(text)
    let second = try #require(seen.first { $0.quote.contains("new ones") }?.candidates)
    let names = second.map { $0.speaker?.name }
    #expect(names.first == "Tom Reyes")
    #expect(second.first?.role == .own)
    #expect(second.first { $0.speaker?.name == "Jo Bell" }?.isPrevious == true)
    // Named in the next paragraph: a candidate, after the quote.
    #expect(second.first { $0.speaker?.name == "Carla Diaz" }?.isAfter == true)
    // A name inside a quotation is not who speaks.
    #expect(!names.contains("Ana Ruiz"))
    // "said Reyes": no one is no choice against a reporting verb.
    #expect(second.allSatisfy { $0.speaker != nil })
    #expect(Set(names).count == names.count)
  }

  @Test func aQuoteWithoutAttributionStillHasTheNamesAroundIt() throws {
    let text = """
      Tom Reyes has run the ferry line for eleven years.

      “Every winter the fuel bill eats what the summer brought in, and nobody in the capital listens.”
      """
    let seen = candidates(text)
    let quote = try #require(seen.first { $0.quote.contains("fuel bill") }?.candidates)
    #expect(quote.allSatisfy { $0.role == .none })
    #expect(quote.last?.speaker == nil)
    let reyes = try #require(quote.first { $0.speaker?.name == "Tom Reyes" })
    #expect(reyes.nearBlock == -1 && !reyes.isAfter)
  }

  @Test func aLongParagraphOffersEachQuoteOnlyTheNamesNearIt() throws {
    // One paragraph of sixty quotes, each said by another person: a quote's candidates
    // are the names just before and after it, not all sixty.
    let first = ["Ana", "Tom", "Lena", "Omar", "Dara", "Jo"]
    let last = [
      "Berg", "Reyes", "Marsh", "Haddad", "Okafor", "Bell", "Ruiz", "Lund", "Diaz", "Park",
    ]
    let people = first.flatMap { name in last.map { "\(name) \($0)" } }
    let text = people.map { "“The ferry leaves at noon today,” said \($0)." }.joined(separator: " ")
    let seen = candidates(text)
    #expect(seen.count == 60)
    // The rules' pick and the previous speaker besides the names.
    let bound = 2 * SpeakerChooser.maximumMentionsEachSide + 2
    #expect(seen.allSatisfy { $0.candidates.count <= bound })
    let middle = try #require(seen.dropFirst(30).first?.candidates)
    #expect(middle.first?.role == .own)
  }

  @Test func theChoiceKnowsAQuotesLengthPlaceAndAColonBeforeIt() throws {
    let text = """
      The harbour authority wrote in its yearly report:

      “Four of the six cranes on the east quay are past their working life and must be replaced before the winter storms.”

      Tom Reyes called the plan “late” on Monday.
      """
    let pipeline = SpeakerTraining.Pipeline(text: text, model: Self.untrained)
    var quotes: [String: SpeakerChooser.Quote] = [:]
    _ = QuoteAssembler.assemble(
      regions: pipeline.regions, results: pipeline.results, document: pipeline.document,
      names: pipeline.names, model: Self.untrained
    ) { quote, _, _ in quotes[pipeline.document.string(quote.range)] = quote }
    let block = try #require(quotes.first { $0.key.contains("cranes") }?.value)
    #expect(block.followsColon && block.opensParagraph && block.endsParagraph)
    #expect(block.words == 22)
    let late = try #require(quotes.first { $0.key.contains("late") }?.value)
    #expect(!late.followsColon && !late.opensParagraph && !late.endsParagraph)
    #expect(late.words == 1)
  }

  @Test func theChoiceKnowsWhatFollowsTheCueAndWhichNamesShareTheQuotesSentence() throws {
    let text = """
      Tom Reyes, back from the capital on Friday, told reporters “the cranes will come in May.” Ana Ruiz disagreed.

      “The money is not there.” Bell added: “Nobody has signed anything yet.”
      """
    let pipeline = SpeakerTraining.Pipeline(text: text, model: Self.untrained)
    var seen: [(String, SpeakerChooser.Quote, [SpeakerChooser.Candidate])] = []
    _ = QuoteAssembler.assemble(
      regions: pipeline.regions, results: pipeline.results, document: pipeline.document,
      names: pipeline.names, model: Self.untrained
    ) { quote, candidates, _ in
      seen.append((pipeline.document.string(quote.range), quote, candidates))
    }
    let cranes = try #require(seen.first { $0.0.contains("cranes") })
    #expect(cranes.1.endsSentence)
    let reyes = try #require(cranes.2.first { $0.speaker?.name == "Tom Reyes" })
    #expect(reyes.role == .own && reyes.cueFollower == .words)
    #expect(reyes.inQuoteSentence)
    // Named after the quote's full stop: another sentence.
    let ruiz = try #require(cranes.2.first { $0.speaker?.name == "Ana Ruiz" })
    #expect(!ruiz.inQuoteSentence && ruiz.isAfter)
    let signed = try #require(seen.first { $0.0.contains("signed") }?.2.first)
    #expect(signed.role == .own && signed.cueFollower == .colonOrQuote)
    // “The money is not there.” Bell added: “…”: Bell's verb opens the next quote.
    let money = try #require(seen.first { $0.0.contains("money") })
    #expect(money.2.allSatisfy { $0.role != .own })
  }

  @Test func theRulesWordsAreOneCandidateAndASubjectOnlyPickHasItsOwnEvidence() throws {
    let text = """
      The New York Post reported that the mayor had “no plan at all for the winter boats.”

      Ana Ruiz is praising the crews as “the finest people this harbour has seen in fifty years.”
      """
    let seen = candidates(text)
    let post = try #require(seen.first { $0.quote.contains("winter boats") }?.candidates)
    // The recogniser's "New York Post" is the rules' "the New York Post": one candidate.
    #expect(post.filter { $0.speaker?.name.contains("New York Post") == true }.count == 1)
    #expect(post.first?.role == .own && (post.first?.mentions ?? 0) >= 1)
    let praise = try #require(seen.first { $0.quote.contains("finest") }?.candidates.first)
    #expect(praise.role == .own && praise.evidence == .subject)
    #expect(post.first?.evidence == .cue)
  }

  @Test func anUntrainedRankingKeepsTheRulesPick() {
    let text = """
      Mayor Jo Bell and harbour master Tom Reyes toured the old docks on Monday.

      “We need the state to pay for new ones,” said Reyes.
      """
    let pipeline = SpeakerTraining.Pipeline(text: text, model: Self.untrained)
    let (quotes, _, _) = QuoteAssembler.assemble(
      regions: pipeline.regions, results: pipeline.results, document: pipeline.document,
      names: pipeline.names, model: Self.untrained)
    #expect(quotes.first?.speaker == "Tom Reyes")
    // The confidence is the calibration's share for the chosen candidate's probability.
    #expect(quotes.first?.speakerConfidence == 0.5)
  }

  @Test func noOneIsChosenOnlyWhenNoSpeakerStands() {
    // "No one" (at 2) scores highest: the best-scored speaker is still the choice.
    #expect(SpeakerChooser.choice([1.0, 3.0, 5.0], noOne: 2) == 1)
    // Equal scores: the first, the rules' pick.
    #expect(SpeakerChooser.choice([2.0, 2.0, 0.5], noOne: 2) == 0)
    #expect(SpeakerChooser.choice([4.0], noOne: 0) == 0)
    #expect(SpeakerChooser.choice([1.0, 3.0, 2.0], noOne: nil) == 1)
  }

  @Test func aSpeakerOutscoredByNoOneIsChosenWithALowProbability() {
    // Feature 1 weighs nothing, feature 2 weighs 2: no one scores 2, Tom Reyes 0.
    let model = SpeakerModel(
      rowsLog2: 2, weights: [0, 0, 2, 0], firstNames: [:], calibration: [[0.5]],
      temperature: 1, choiceTemperature: 1)
    let candidates = [
      SpeakerChooser.Candidate(speaker: ResolvedSpeaker(name: "Tom Reyes", type: .person)),
      SpeakerChooser.Candidate(speaker: nil),
    ]
    let quote = SpeakerChooser.Quote(
      range: TextRange(0, 10), block: 0, context: .alone, previousDistance: nil)
    let (index, probability) = SpeakerChooser.best(
      of: [[1], [2]], candidates: candidates, for: quote, model: model)
    #expect(index == 0)
    #expect(abs(probability - 1 / (1 + exp(2))) < 1e-9)
    let alone = SpeakerChooser.best(
      of: [[2]], candidates: [candidates[1]], for: quote, model: model)
    #expect(alone.index == 0 && alone.probability == 1)
    // The quote's own attribution named no one ("they said" after a person): no one
    // competes on its score, and wins.
    var own = quote
    own.context = .own
    #expect(SpeakerChooser.reservedNoOne(in: candidates, for: own) == nil)
    #expect(
      SpeakerChooser.best(of: [[1], [2]], candidates: candidates, for: own, model: model).index == 1
    )
    var ruled = candidates
    ruled[0].role = .own
    #expect(SpeakerChooser.reservedNoOne(in: ruled, for: own) == 1)
  }

  @Test func theModelFileKeepsTheRankingAndItsCalibration() throws {
    let model = SpeakerModel(
      rowsLog2: 3, weights: (0..<8).map { Float($0) / 4 },
      firstNames: [SpeakerModel.nameHash("Ana"): .female],
      calibration: [[0.2, 0.6, 0.9], [0.1, 0.3, 0.5], [0.05, 0.1, 0.2]],
      temperature: 1.5, choiceTemperature: 0.7)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "speaker-model-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try model.fileData().write(to: url)
    let read = try SpeakerModel.load(contentsOf: url)
    #expect(read.weights == model.weights)
    #expect(read.calibration == model.calibration)
    #expect(read.choiceTemperature == 0.7 && read.temperature == 1.5)
    #expect(read.gender(ofFirstName: "ana") == .female)
    #expect(read.calibrated(0.1, evidence: .cue) == Double(Float(0.2)))
    #expect(read.calibrated(0.5, evidence: .cue) == Double(Float(0.6)))
    #expect(read.calibrated(1.0, evidence: .cue) == Double(Float(0.9)))
    #expect(read.calibrated(0.5, evidence: .inherited) == Double(Float(0.3)))
    #expect(read.calibrated(0.5, evidence: .other) == Double(Float(0.1)))
    try model.fileData().dropLast(3).write(to: url)
    #expect(throws: SpeakerModel.LoadError.self) { try SpeakerModel.load(contentsOf: url) }
  }

  @Test func theBundledModelRanksSpeakers() throws {
    let model = try #require(SpeakerModel.shared)
    #expect(model.choosesSpeakers)
    #expect(model.calibration.count == SpeakerChooser.Evidence.allCases.count)
    #expect(model.calibration.joined().allSatisfy { $0 >= 0 && $0 <= 1 })
  }
}
