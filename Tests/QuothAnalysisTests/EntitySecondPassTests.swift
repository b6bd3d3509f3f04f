import Testing

@testable import QuothAnalysis

/// The rules' second pass on what the tagger found, given here by hand so the tests do
/// not depend on the learned model: one type per string, and later mentions of a found name.
@Suite struct EntitySecondPassTests {
  /// Runs `body` with the rules over `text` (one paragraph) and a way to name a phrase's tokens.
  static func withRules<T>(
    _ text: String, _ body: (EntityRules, (String, Int) -> (Int, Int)) -> T
  ) -> T {
    let scalars = Array(text.unicodeScalars)
    return scalars.withUnsafeBufferPointer { buffer in
      let gazetteer = EntityRecognizer.shared.model?.gazetteer ?? Gazetteer(capacity: 0)
      let document = EntityDocument(
        scalars: buffer, paragraphs: [TextRange(0, scalars.count)], gazetteer: gazetteer)
      let rules = EntityRules(document: document, scalars: buffer)
      // The tokens of the `occurrence`-th (0-based) `phrase`.
      func tokens(_ phrase: String, _ occurrence: Int) -> (Int, Int) {
        var seen = 0
        let pieces = phrase.split(separator: " ").map(String.init)
        for first in rules.tokens.indices where first + pieces.count <= rules.tokens.count {
          let words = (first..<first + pieces.count).map { i in
            String(
              String.UnicodeScalarView(
                scalars[Int(rules.tokens[i].start)..<Int(rules.tokens[i].end)]))
          }
          if words == pieces {
            if seen == occurrence { return (first, first + pieces.count) }
            seen += 1
          }
        }
        fatalError("\(phrase) #\(occurrence) is not in the text")
      }
      return body(rules, tokens)
    }
  }

  @Test func theSurnameOfAPersonFoundInFullIsFoundAlone() {
    let text =
      "Councillor Priya Raman spoke first at the meeting. Later in the evening the council thanked Raman for her work."
    let found: [(Int, Int, EntityType)] = Self.withRules(text) { rules, tokens in
      let (first, end) = tokens("Priya Raman", 0)
      return rules.withRepeats([Mention(first: first, end: end, type: .person)]).map {
        ($0.first, $0.end, $0.type)
      }
    }
    let surname = Self.withRules(text) { _, tokens in tokens("Raman", 1) }
    #expect(found.contains { $0.0 == surname.0 && $0.1 == surname.1 && $0.2 == .person })
  }

  @Test func aStringTheTaggerFoundAgainIsFoundEverywhere() {
    let text =
      "Estuary Lines runs the ferry. The council paid Estuary Lines in May, and the town praised Estuary Lines."
    let found: [(Int, Int)] = Self.withRules(text) { rules, tokens in
      let (first, end) = tokens("Estuary Lines", 0)
      return rules.withRepeats([Mention(first: first, end: end, type: .org)]).map {
        ($0.first, $0.end)
      }
    }
    let later = Self.withRules(text) { _, tokens in
      [tokens("Estuary Lines", 1), tokens("Estuary Lines", 2)]
    }
    for (first, end) in later { #expect(found.contains { $0 == (first, end) }) }
  }

  @Test func everyMentionOfAStringTakesTheTypeMostOfThemHave() {
    let text =
      "Kell Harbour was quiet. Boats left Kell Harbour at dawn, and Kell Harbour filled again by noon."
    let types: [EntityType] = Self.withRules(text) { rules, tokens in
      let mentions = [
        (tokens("Kell Harbour", 0), EntityType.place), (tokens("Kell Harbour", 1), .org),
        (tokens("Kell Harbour", 2), .place),
      ].map { Mention(first: $0.0.0, end: $0.0.1, type: $0.1) }
      return rules.majorityTypes(mentions).map(\.type)
    }
    #expect(types == [.place, .place, .place])
  }

  @Test func aTieKeepsEachMentionsOwnType() {
    let text = "Kell Harbour was quiet. Boats left Kell Harbour at dawn."
    let types: [EntityType] = Self.withRules(text) { rules, tokens in
      let mentions = [
        (tokens("Kell Harbour", 0), EntityType.place), (tokens("Kell Harbour", 1), .org),
      ]
      .map { Mention(first: $0.0.0, end: $0.0.1, type: $0.1) }
      return rules.majorityTypes(mentions).map(\.type)
    }
    #expect(types == [.place, .org])
  }
}
