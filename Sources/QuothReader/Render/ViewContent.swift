import QuothAnalysis

/// A piece of text in one style.
public struct Segment: Hashable, Sendable {
  public var text: String
  public var style: CellStyle

  public init(_ text: String, _ style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }
}

/// What Enter on a view row opens.
public enum ViewItem: Hashable, Sendable {
  case speaker(String)
  case entity(canonical: String, type: EntityType)
  /// One mention of an entity: an index into the search matches.
  case occurrence(Int)
  case article(Int)
}

/// One row of the help, speakers, entities or article-list view.
public struct ViewRow: Hashable, Sendable {
  public var segments: [Segment]
  public var item: ViewItem?
}

/// The rows of the full-screen views, built from the state (also used by `reduce`
/// to move the selection).
enum ViewContent {
  static func rows(for state: ReaderState) -> [ViewRow] {
    if state.mode == .list {
      return articleList(state, rows: max(0, state.geometry.bodyHeight - 1))
    }
    switch state.view {
    case .text: return []
    case .help: return help(state)
    case .speakers: return speakers(state)
    case .entities: return entities(state)
    case .occurrences(let canonical, let type): return occurrences(state, canonical, type)
    }
  }

  static func help(_ state: ReaderState) -> [ViewRow] {
    var rows: [ViewRow] = []
    let keyWidth = 22
    for group in Command.Group.allCases {
      let commands = Command.allCases.filter { $0.group == group }
      rows.append(ViewRow(segments: [Segment(group.rawValue, CellStyle(.viewHeader))]))
      for command in commands {
        let keys = state.keymap.keys(for: command).map(\.label).joined(separator: " ")
        let shown = keys.isEmpty ? "(unbound)" : keys
        let pad = String(repeating: " ", count: max(1, keyWidth - CellWidth.of(shown)))
        rows.append(
          ViewRow(segments: [
            Segment("  "), Segment(shown, CellStyle(.hintsKey)), Segment(pad),
            Segment(command.help), Segment("  " + command.name, CellStyle(.paneDim)),
          ]))
      }
      rows.append(ViewRow(segments: []))
    }
    rows.append(ViewRow(segments: [Segment("Prompt (:)", CellStyle(.viewHeader))]))
    rows.append(
      ViewRow(segments: [
        Segment("  :theme NAME      themes: " + state.themeNames.joined(separator: ", "))
      ]))
    rows.append(
      ViewRow(segments: [
        Segment("  :speaker NAME    filter the quotes by a speaker (no name: clear)")
      ]))
    rows.append(ViewRow(segments: [Segment("  :q               quit")]))
    rows.append(
      ViewRow(segments: [
        Segment("  :COMMAND         any command above by its name, e.g. :toggle-pane")
      ]))
    return rows
  }

  static func speakers(_ state: ReaderState) -> [ViewRow] {
    let document = state.document
    let speakers = document.speakers
    var rows: [ViewRow] = [
      ViewRow(segments: [Segment("Who is quoted, and how much", CellStyle(.viewHeader))]),
      ViewRow(segments: []),
    ]
    guard !speakers.isEmpty else {
      rows.append(
        ViewRow(segments: [
          Segment("No speakers: the article has no attributed quotes.", CellStyle(.paneDim))
        ]))
      return rows
    }
    let width = max(20, state.size.width - 4)
    let nameWidth = min(
      28, max(8, speakers.map { CellWidth.of($0.name) + ($0.isUncertain ? 2 : 0) }.max() ?? 8) + 2)
    let area = max(8, (width - nameWidth) / 2)
    let barMax = max(1, area - 7)
    let maxQuotes = max(1, speakers.map(\.quotes).max() ?? 1)
    let maxWords = max(1, speakers.map(\.words).max() ?? 1)
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - CellWidth.of(text)))
    }
    rows.append(
      ViewRow(segments: [
        Segment(pad("Speaker", nameWidth), CellStyle(.paneHeader)),
        Segment(pad("Quotes", area), CellStyle(.paneHeader)),
        Segment("Quoted words", CellStyle(.paneHeader)),
      ]))
    for speaker in speakers {
      let quotesBar = Bar.text(value: speaker.quotes, maximum: maxQuotes, width: barMax)
      let wordsBar = Bar.text(value: speaker.words, maximum: maxWords, width: barMax)
      // A dim "?" after a speaker none of whose quotes is attributed with confidence.
      let mark = speaker.isUncertain ? " ?" : ""
      let shownName = Text.truncated(speaker.name, to: nameWidth - 1 - mark.count)
      rows.append(
        ViewRow(
          segments: [
            Segment(
              mark.isEmpty ? pad(shownName, nameWidth) : shownName,
              CellStyle(StyleName.speaker(speaker.color))),
            Segment(
              mark.isEmpty ? "" : pad(mark, nameWidth - CellWidth.of(shownName)),
              CellStyle(.paneDim)),
            Segment(quotesBar, CellStyle(.barQuotes)),
            Segment(pad(" \(speaker.quotes)", area - CellWidth.of(quotesBar))),
            Segment(wordsBar, CellStyle(.barWords)),
            Segment(" \(speaker.words)"),
          ], item: .speaker(speaker.name)))
    }
    let unattributed = document.quotes.indices.filter { document.quotes.speaker(at: $0) == nil }
      .count
    let uncertain = document.quotes.indices.filter { document.quotes.hasUncertainSpeaker(at: $0) }
      .count
    rows.append(ViewRow(segments: []))
    rows.append(
      ViewRow(segments: [
        Segment(
          "\(document.quotes.count) quotes, \(speakers.count) speakers, \(unattributed) unattributed, \(uncertain) uncertain (?). Enter filters by speaker.",
          CellStyle(.paneDim))
      ]))
    return rows
  }

  static let entityOrder: [EntityType] = [.person, .org, .place, .group, .date]

  static func entityStyle(_ type: EntityType) -> StyleName {
    switch type {
    case .person: .entityPerson
    case .org: .entityOrg
    case .place: .entityPlace
    case .group: .entityGroup
    case .date: .entityDate
    }
  }

  static func entities(_ state: ReaderState) -> [ViewRow] {
    let entities = state.document.entities
    var rows: [ViewRow] = [
      ViewRow(segments: [Segment("Entities by type", CellStyle(.viewHeader))]),
      ViewRow(segments: []),
    ]
    guard !entities.isEmpty else {
      rows.append(
        ViewRow(segments: [Segment("No entities found in this article.", CellStyle(.paneDim))]))
      return rows
    }
    let labels: [EntityType: String] = [
      .person: "People", .org: "Organisations", .place: "Places", .group: "Groups", .date: "Dates",
    ]
    for type in entityOrder {
      var counts: [String: Int] = [:]
      var order: [String] = []
      for (name, count) in entities.counts(of: type) {
        order.append(name)
        counts[name] = count
      }
      guard !order.isEmpty else { continue }
      let sorted = order.enumerated().sorted {
        counts[$0.element]! != counts[$1.element]!
          ? counts[$0.element]! > counts[$1.element]! : $0.offset < $1.offset
      }.map(\.element)
      rows.append(
        ViewRow(segments: [
          Segment("\(labels[type]!) (\(type.rawValue)) · \(order.count)", CellStyle(.paneHeader))
        ]))
      let nameWidth = min(40, (sorted.map { CellWidth.of($0) }.max() ?? 10) + 2)
      for name in sorted {
        let shown = Text.truncated(name, to: nameWidth - 1)
        rows.append(
          ViewRow(
            segments: [
              Segment("  "), Segment(shown, CellStyle(entityStyle(type))),
              Segment(String(repeating: " ", count: max(1, nameWidth - CellWidth.of(shown)))),
              Segment("\(counts[name]!)"),
            ], item: .entity(canonical: name, type: type)))
      }
      rows.append(ViewRow(segments: []))
    }
    rows.append(
      ViewRow(segments: [
        Segment("Enter shows where the selected entity occurs.", CellStyle(.paneDim))
      ]))
    return rows
  }

  /// Every mention of one entity: its line in the article and the words around it.
  static func occurrences(_ state: ReaderState, _ canonical: String, _ type: EntityType)
    -> [ViewRow]
  {
    let matches = state.search?.matches ?? []
    var rows: [ViewRow] = [
      ViewRow(segments: [
        Segment(
          "Where “\(canonical)” occurs (\(type.rawValue)) · \(matches.count)",
          CellStyle(.viewHeader))
      ]),
      ViewRow(segments: []),
    ]
    let document = state.document
    let context = max(10, (state.size.width - 24) / 2)
    for (index, range) in matches.enumerated() {
      let line = state.layout.lineIndex(containing: range.start) + 1
      let paragraph = document.article.paragraphs.last { $0.start <= range.start }
      var lower = max(paragraph?.start ?? 0, range.start - context)
      var upper = min(paragraph?.end ?? document.text.count, range.end + context)
      // Cut the context at word boundaries.
      if lower > (paragraph?.start ?? 0) {
        while lower < range.start && document.text[lower - 1] != " " { lower += 1 }
      }
      if upper < (paragraph?.end ?? document.text.count) {
        while upper > range.end && document.text[upper] != " " { upper -= 1 }
      }
      let before = document.text(lower, range.start).split(whereSeparator: \.isNewline).joined(
        separator: " ")
      let after = document.text(range.end, upper).split(whereSeparator: \.isNewline).joined(
        separator: " ")
      rows.append(
        ViewRow(
          segments: [
            Segment("line \(line)".leftPadded(to: 10) + "  ", CellStyle(.paneDim)),
            Segment((lower > (paragraph?.start ?? 0) ? "…" : "") + before),
            Segment(document.text(range.start, range.end), CellStyle(entityStyle(type))),
            Segment(after + (upper < (paragraph?.end ?? 0) ? "…" : "")),
          ], item: .occurrence(index)))
    }
    rows.append(ViewRow(segments: []))
    rows.append(
      ViewRow(segments: [
        Segment("Enter jumps to the mention; q goes back to the entities.", CellStyle(.paneDim))
      ]))
    return rows
  }

  /// The list's header and the `count` article rows from `state.listTop` on. Pending
  /// articles show their file name, unreadable ones the reason.
  static func articleList(_ state: ReaderState, rows count: Int) -> [ViewRow] {
    let width = state.size.width - 2
    let numbers = 18
    let speakerWidth = min(28, max(12, width / 4))
    let titleWidth = max(10, width - numbers - speakerWidth)
    func pad(_ text: String, _ width: Int) -> String {
      let cut = Text.truncated(text, to: width - 1)
      return cut + String(repeating: " ", count: max(0, width - CellWidth.of(cut)))
    }
    var rows = [
      ViewRow(segments: [
        Segment(
          pad("Article", titleWidth) + pad("Quotes", 8) + pad("Speakers", 10) + "Most quoted",
          CellStyle(.paneHeader))
      ])
    ]
    let first = min(state.listTop, state.articles.count)
    for index in first..<min(state.articles.count, first + count) {
      let entry = state.articles[index]
      let segments: [Segment]
      switch entry.status {
      case .analysed(_, let summary):
        let top = summary.topSpeaker.map { "\($0.name) (\($0.quotes))" } ?? "—"
        segments = [
          Segment(pad(summary.title, titleWidth), CellStyle(.title)),
          Segment(pad("\(summary.quotes)", 8) + pad("\(summary.speakers)", 10)),
          Segment(
            Text.truncated(top, to: speakerWidth),
            summary.topSpeaker.map { CellStyle(StyleName.speaker($0.color)) } ?? .plain),
        ]
      case .pending:
        segments = [
          Segment(pad("⋯ " + entry.fileName, titleWidth), CellStyle(.paneDim)),
          Segment(pad("…", 8) + "…", CellStyle(.paneDim)),
        ]
      case .failed(let reason):
        segments = [
          Segment(pad("✗ " + entry.fileName, titleWidth), CellStyle(.error)),
          Segment(Text.truncated(reason, to: numbers + speakerWidth - 1), CellStyle(.error)),
        ]
      }
      rows.append(ViewRow(segments: segments, item: .article(index)))
    }
    return rows
  }
}

/// Horizontal bars drawn with eighth blocks.
enum Bar {
  static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  static func text(value: Int, maximum: Int, width: Int) -> String {
    guard maximum > 0, value > 0 else { return "" }
    let units = max(1, value * width * 8 / maximum)
    return String(repeating: "█", count: units / 8) + eighths[units % 8]
  }
}

/// The speaker picker's entries.
enum SpeakerPickerContent {
  struct Entry: Hashable {
    /// nil: every speaker.
    var name: String?
    var count: Int
    var color: Int?
    /// The speaker's every quote is attributed with low confidence.
    var isUncertain = false
  }

  static func entries(for state: ReaderState) -> [Entry] {
    let query = state.picker?.query.lowercased() ?? ""
    var entries: [Entry] = []
    if query.isEmpty {
      entries.append(Entry(name: nil, count: state.document.quotes.count, color: nil))
    }
    for speaker in state.document.speakers
    where query.isEmpty || speaker.name.lowercased().contains(query) {
      entries.append(
        Entry(
          name: speaker.name, count: speaker.quotes, color: speaker.color,
          isUncertain: speaker.isUncertain))
    }
    return entries
  }

  /// The speaker a typed name means: an exact name, else the first that contains it.
  static func bestMatch(_ typed: String, in speakers: [ReaderDocument.SpeakerStats]) -> String? {
    let lower = typed.lowercased()
    return speakers.first { $0.name.lowercased() == lower }?.name
      ?? speakers.first { $0.name.lowercased().contains(lower) }?.name
  }
}

/// Text helpers in terminal cells.
enum Text {
  /// `text` cut to at most `width` cells, ending in "…" when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if CellWidth.of(text) <= width { return text }
    var out = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let w = CellWidth.of(scalar)
      if used + w > width - 1 { break }
      out.append(scalar)
      used += w
    }
    // Don't end on a space or on the " … " that joins a quote's parts.
    while let last = out.last, last == " " || last == "…" { out.removeLast() }
    return String(out) + "…"
  }

  /// `text` cut to at most `width` cells from the start, beginning with "…" when cut
  /// (a path keeps its file name).
  static func truncatedAtStart(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if CellWidth.of(text) <= width { return text }
    var kept: [Unicode.Scalar] = []
    var used = 0
    for scalar in text.unicodeScalars.reversed() {
      let w = CellWidth.of(scalar)
      if used + w > width - 1 { break }
      kept.append(scalar)
      used += w
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: kept.reversed())
    return "…" + String(out)
  }
}
