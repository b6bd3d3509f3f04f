import QuothAnalysis

@testable import QuothReader

/// Small articles written for these tests, analysed by hand (quotes, speakers and
/// entities are set here, so the tests do not depend on the analysis engine).
enum Fixture {
  static let busText = """
    Council Keeps the Night Bus
    The night bus will keep running, the Westbrook council said on Monday.
    “We heard the riders,” said Mayor Ana Ruiz. “The bus stays.”
    Transit Union spokesman Leo Park said the decision was “overdue.”
    Schedules
    “Nobody should walk home at 2 a.m.,” Ruiz said.
    “The bus stays.”
    Read more: Ten parks to visit this spring…
    """

  /// Finds the `occurrence`-th (0-based) `needle` in `text`, in scalar offsets.
  static func range(of needle: String, in text: String, occurrence: Int = 0) -> TextRange {
    let hay = Array(text.unicodeScalars)
    let pin = Array(needle.unicodeScalars)
    var seen = 0
    for start in 0...(hay.count - pin.count) where Array(hay[start..<(start + pin.count)]) == pin {
      if seen == occurrence { return TextRange(start, start + pin.count) }
      seen += 1
    }
    fatalError("\(needle) not in the fixture")
  }

  static func entity(
    _ text: String, _ type: EntityType, _ canonical: String? = nil, in source: String,
    occurrence: Int = 0
  ) -> Entity {
    let r = range(of: text, in: source, occurrence: occurrence)
    return Entity(start: r.start, end: r.end, text: text, type: type, canonical: canonical ?? text)
  }

  static func quote(
    _ id: Int, _ parts: [String], speaker: String?, in source: String, occurrence: Int = 0,
    repeatOf: Int? = nil
  ) -> Quote {
    let spans = parts.map { range(of: $0, in: source, occurrence: occurrence) }
    return Quote(
      id: id, spans: spans, text: parts.joined(separator: " … "), speaker: speaker,
      speakerType: speaker == nil ? nil : .person, repeatOf: repeatOf)
  }

  static var bus: Analysis {
    let t = busText
    let article = PlainTextIngest.article(from: t, source: "bus.txt")
    return Analysis(
      article: article,
      entities: [
        entity("Westbrook", .place, in: t), entity("Monday", .date, in: t),
        entity("Ana Ruiz", .person, in: t), entity("Transit Union", .org, in: t),
        entity("Leo Park", .person, in: t),
        entity("Ruiz", .person, "Ana Ruiz", in: t, occurrence: 1),
      ],
      quotes: [
        quote(1, ["“We heard the riders,”", "“The bus stays.”"], speaker: "Ana Ruiz", in: t),
        quote(2, ["“overdue.”"], speaker: "Leo Park", in: t),
        quote(3, ["“Nobody should walk home at 2 a.m.,”"], speaker: "Ana Ruiz", in: t),
        quote(4, ["“The bus stays.”"], speaker: "Ana Ruiz", in: t, occurrence: 1, repeatOf: 1),
      ],
      speakers: [
        Speaker(name: "Ana Ruiz", type: .person, description: "the mayor", quotes: 3, words: 15),
        Speaker(name: "Leo Park", type: .person, description: nil, quotes: 1, words: 1),
      ])
  }

  /// A paragraph of Japanese, emoji and a combining accent, written for these tests.
  static var wide: Analysis {
    let t =
      "東京の夜行バス\n市議会は月曜日、夜行バスの運行継続を決めた。「乗客の声を聞いた」と市長は述べた。\nThe bus 🚌 stays, said cafe\u{301} owner Jose\u{301} Ortega 👍🏽 on Monday."
    let article = PlainTextIngest.article(from: t, source: "wide.txt")
    return Analysis(
      article: article,
      entities: [entity("東京", .place, in: t), entity("Jose\u{301} Ortega", .person, in: t)],
      quotes: [quote(1, ["「乗客の声を聞いた」"], speaker: "市長", in: t)],
      speakers: [Speaker(name: "市長", type: .person, description: nil, quotes: 1, words: 1)])
  }

  /// quoth's own sample article with a hand-made analysis of part of it.
  static var sample: Analysis {
    let t = SampleArticle.text
    let article = PlainTextIngest.article(from: t, source: SampleArticle.source)
    return Analysis(
      article: article,
      entities: [
        entity("Kell", .place, in: t), entity("Harbour Town", .place, in: t, occurrence: 1),
        entity("Tuesday", .date, in: t), entity("Marlow Street", .place, in: t),
        entity("Priya Raman", .person, in: t), entity("Estuary Lines", .org, in: t),
        entity("Dara Okafor", .person, in: t),
      ],
      quotes: [
        quote(
          1,
          [
            "“This boat is how nurses, bakers and cleaners get home,”",
            "“Cut it, and you cut them off.”",
          ], speaker: "Priya Raman", in: t),
        quote(
          2, ["“honour the council’s decision for as long as the subsidy lasts.”"],
          speaker: "Estuary Lines", in: t),
        quote(
          3, ["“People picture a tourist boat,”", "“It is a bus with a deck."],
          speaker: "Dara Okafor", in: t),
        quote(
          4, ["“I went out at midnight expecting an empty deck,”", "“It was full.”"],
          speaker: "Tomas Lindqvist", in: t),
        quote(
          5, ["“Cut it, and you cut them off.”"], speaker: "Priya Raman", in: t, occurrence: 1,
          repeatOf: 1),
      ],
      speakers: [
        Speaker(name: "Priya Raman", type: .person, description: nil, quotes: 2, words: 20),
        Speaker(name: "Dara Okafor", type: .person, description: nil, quotes: 1, words: 12),
        Speaker(name: "Estuary Lines", type: .org, description: nil, quotes: 1, words: 11),
        Speaker(name: "Tomas Lindqvist", type: .person, description: nil, quotes: 1, words: 11),
      ])
  }

  static func state(_ analyses: [Analysis] = [bus], width: Int = 100, height: Int = 24)
    -> ReaderState
  {
    ReaderState(
      documents: analyses.map(ReaderDocument.init), size: Size(width: width, height: height),
      themeNames: ["default", "light", "monochrome"])
  }

  /// Runs keys (written as for `--keys`) through the keymap and reduce.
  static func press(_ keys: String, on state: ReaderState) -> ReaderState {
    state.replaying(Key.sequence(keys)).0
  }
}
