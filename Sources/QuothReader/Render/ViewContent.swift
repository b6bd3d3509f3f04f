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

/// One row of the help, speakers, entities or article-list view.
public struct ViewRow: Hashable, Sendable {
  public var segments: [Segment]
  public var item: ViewItem?
}

/// How the full-screen views look: each of the state's `viewLines` as a row of styled
/// segments (the article list is built here too, only the rows on screen).
enum ViewContent {
  static func rows(for state: ReaderState) -> [ViewRow] {
    if state.mode == .list {
      return articleList(state, rows: max(0, state.geometry.bodyHeight - 1))
    }
    let look = Look(state)
    return state.viewLines.map { ViewRow(segments: look.segments($0), item: state.item(of: $0)) }
  }

  /// What the colours mean: one sample per entity type, and how speakers are marked.
  static var legend: [Segment] {
    var segments = [Segment("Colours: ", CellStyle(.paneDim))]
    let names: [(EntityType, String)] = [
      (.person, "person"), (.org, "organisation"), (.place, "place"), (.group, "group"),
      (.date, "date"),
    ]
    for (index, (type, name)) in names.enumerated() {
      if index > 0 { segments.append(Segment(" ")) }
      segments.append(Segment(name, CellStyle(entityStyle(type))))
    }
    segments += [
      Segment(" · ", CellStyle(.paneDim)), Segment("speaker", CellStyle(StyleName.speaker(0))),
      Segment(" (underlined)", CellStyle(.paneDim)),
    ]
    return segments
  }

  static func entityStyle(_ type: EntityType) -> StyleName {
    switch type {
    case .person: .entityPerson
    case .org: .entityOrg
    case .place: .entityPlace
    case .group: .entityGroup
    case .date: .entityDate
    }
  }

  /// The segments of each kind of line, with the column widths of the open view.
  private struct Look {
    let state: ReaderState
    let document: ReaderDocument
    /// Speakers view: the name column and each bar's area.
    let nameWidth: Int
    let area: Int
    let barMax: Int
    let maxQuotes: Int
    let maxWords: Int
    /// Entities view: the name column of each type.
    let entityNameWidth: [EntityType: Int]

    init(_ state: ReaderState) {
      self.state = state
      document = state.document
      let speakers = document.speakers
      let width = max(20, state.size.width - 4)
      // Room for the " ?" after an uncertain speaker.
      let nameWidths =
        state.view == .listSpeakers
        ? state.listSpeakerCounts.map { CellWidth.of($0.name) }
        : speakers.map { CellWidth.of($0.name) + ($0.isUncertain ? 2 : 0) }
      nameWidth = min(28, max(8, nameWidths.max() ?? 8) + 2)
      let dateWidth = state.view == .listSpeakers ? Look.lastQuotedWidth : 0
      area = max(8, (width - nameWidth - dateWidth) / 2)
      barMax = max(1, area - 7)
      maxQuotes = max(1, speakers.map(\.quotes).max() ?? 1)
      maxWords = max(1, speakers.map(\.words).max() ?? 1)
      var widths: [EntityType: Int] = [:]
      if state.view == .entities {
        for line in state.viewLines {
          if case .entity(let name, let type, _) = line {
            widths[type] = max(widths[type] ?? 0, CellWidth.of(name))
          }
        }
      }
      entityNameWidth = widths.mapValues { min(40, $0 + 2) }
    }

    func segments(_ line: ViewLine) -> [Segment] {
      switch line {
      case .blank: return []
      case .heading: return [Segment(heading, CellStyle(.viewHeader))]
      case .empty: return [Segment(emptyText, CellStyle(.paneDim))]
      case .footnote: return [Segment(footnote, CellStyle(.paneDim))]
      case .legend: return ViewContent.legend
      case .commandGroup(let group): return [Segment(group.rawValue, CellStyle(.viewHeader))]
      case .command(let command): return commandSegments(command)
      case .promptCommands: return [Segment("Prompt (:)", CellStyle(.viewHeader))]
      case .promptCommand(let command): return [Segment(promptHelp(command))]
      case .speakerColumns:
        return [
          Segment(pad("Speaker", nameWidth), CellStyle(.paneHeader)),
          Segment(pad("Quotes", area), CellStyle(.paneHeader)),
          Segment("Quoted words", CellStyle(.paneHeader)),
        ]
      case .speaker(let index): return speakerSegments(document.speakers[index])
      case .entityType(let type, let names):
        return [
          Segment(
            "\(Look.entityLabels[type]!) (\(type.rawValue)) · \(names)", CellStyle(.paneHeader))
        ]
      case .entity(let name, let type, let count):
        let width = entityNameWidth[type] ?? 12
        let shown = Text.truncated(name, to: width - 1)
        return [
          Segment("  "), Segment(shown, CellStyle(entityStyle(type))),
          Segment(String(repeating: " ", count: max(1, width - CellWidth.of(shown)))),
          Segment("\(count)"),
        ]
      case .occurrence(let index): return occurrenceSegments(index)
      case .quoteText(let text): return [Segment(text, CellStyle(.quote))]
      case .quoteFact(let fact): return quoteFactSegments(fact)
      case .listSpeakerColumns:
        return [
          Segment(pad("Speaker", nameWidth), CellStyle(.paneHeader)),
          Segment(pad("Articles", area), CellStyle(.paneHeader)),
          Segment(pad("Quotes", area), CellStyle(.paneHeader)),
          Segment("Last quoted", CellStyle(.paneHeader)),
        ]
      case .listSpeaker(let index): return listSpeakerSegments(index)
      case .quoteAcross(let index): return quoteAcrossSegments(index)
      case .link(let index): return linkSegments(index)
      }
    }

    /// One of a speaker's quotes across the list: the article's title, then the quote.
    private func quoteAcrossSegments(_ index: Int) -> [Segment] {
      guard case .speakerQuotes(let name) = state.view else { return [] }
      let items = state.speakerQuotesAcross(name)
      guard items.indices.contains(index), case .quoteIn(let article, let quote) = items[index],
        let document = state.articles[article].document
      else { return [] }
      let titleWidth = min(32, max(12, state.size.width / 3))
      let title = Text.truncated(document.title, to: titleWidth - 1)
      return [
        Segment(pad(title, titleWidth), CellStyle(.paneDim)),
        Segment(document.quotes.text(at: quote), CellStyle(.quote)),
      ]
    }

    /// A speaker across the list: bars for the articles quoting them and their quotes.
    private func listSpeakerSegments(_ index: Int) -> [Segment] {
      let speakers = state.listSpeakerCounts
      guard speakers.indices.contains(index) else { return [] }
      let speaker = speakers[index]
      let articlesBar = Bar.text(
        value: speaker.articles, maximum: speakers.map(\.articles).max() ?? 1, width: barMax)
      let quotesBar = Bar.text(
        value: speaker.quotes, maximum: speakers.map(\.quotes).max() ?? 1, width: barMax)
      return [
        Segment(
          pad(Text.truncated(speaker.name, to: nameWidth - 1), nameWidth),
          CellStyle(StyleName.speaker(index))),
        Segment(articlesBar, CellStyle(.barQuotes)),
        Segment(pad(" \(speaker.articles)", area - CellWidth.of(articlesBar))),
        Segment(quotesBar, CellStyle(.barWords)),
        Segment(pad(" \(speaker.quotes)", area - CellWidth.of(quotesBar))),
        Segment(speaker.lastQuoted.map(ReadableDate.format) ?? "—", CellStyle(.paneDim)),
      ]
    }

    /// The "Last quoted" column of the speakers across the list: `19 Nov 2019` and a space.
    static let lastQuotedWidth = 12

    /// A line of the quote detail view: a dim label, then the fact.
    private func quoteFactSegments(_ fact: ViewLine.QuoteFact) -> [Segment] {
      func line(_ label: String, _ value: [Segment]) -> [Segment] {
        [Segment(pad(label, 12), CellStyle(.paneDim))] + value
      }
      switch fact {
      case .speaker(let name?, let description):
        let color = document.colorIndex(of: name) ?? 0
        return line(
          "Speaker",
          [Segment(name, CellStyle(StyleName.speaker(color)))]
            + (description.map { [Segment(", " + $0)] } ?? []))
      case .speaker(nil, _):
        return line("Speaker", [Segment("(unattributed)", CellStyle(.paneDim))])
      case .confidence(let confidence, let uncertain):
        let percent = "\(Int((confidence * 100).rounded()))%"
        return line(
          "Confidence",
          [Segment(percent)]
            + (uncertain ? [Segment(" ? the speaker is uncertain", CellStyle(.paneDim))] : []))
      case .cue(let cue): return line("Cue", [Segment("“\(cue)”")])
      case .mention(let mention): return line("Named as", [Segment("“\(mention)”")])
      case .repeats(let id): return line("Repeats", [Segment("quote \(id)")])
      case .place(let lineNumber, let lines):
        return line(
          "Where",
          [Segment("line \(lineNumber) of \(lines) (\(lineNumber * 100 / max(1, lines))%)")])
      }
    }

    static let entityLabels: [EntityType: String] = [
      .person: "People", .org: "Organisations", .place: "Places", .group: "Groups", .date: "Dates",
    ]

    private var heading: String {
      switch state.view {
      case .speakers: return "Who is quoted, and how much"
      case .entities: return "Entities by type"
      case .occurrences(let canonical, let type):
        return
          "Where “\(canonical)” occurs (\(type.rawValue)) · \(state.search?.matches.count ?? 0)"
      case .quote(let index):
        let quotes = state.visibleQuotes
        let position = quotes.firstIndex(of: index).map { "\($0 + 1)" } ?? "-"
        return "Quote \(position) of \(quotes.count)"
      case .help:
        return state.viewFromList ? "Keys in the article list" : "Keys in the article"
      case .listSpeakers:
        return "Who is quoted across the \(state.listRowCount) articles listed"
      case .speakerQuotes(let name):
        return "\(name): \(state.speakerQuotesAcross(name).count) quotes across the articles listed"
      case .links: return "Links in the article · \(document.article.links.count)"
      case .text: return ""
      }
    }

    private var emptyText: String {
      switch state.view {
      case .speakers: "No speakers: the article has no attributed quotes."
      case .listSpeakers: "No speakers: the articles listed have no attributed quotes."
      case .links: "No links: the story has no links and no web addresses."
      default: "No entities found in this article."
      }
    }

    private var footnote: String {
      switch state.view {
      case .speakers:
        let unattributed = document.quotes.indices.filter { document.quotes.speaker(at: $0) == nil }
          .count
        let uncertain = document.quotes.indices.filter {
          document.quotes.hasUncertainSpeaker(at: $0)
        }.count
        return
          "\(document.quotes.count) quotes, \(document.speakers.count) speakers, \(unattributed) unattributed, \(uncertain) uncertain (?). Enter filters by speaker."
      case .entities: return "Enter shows where the selected entity occurs."
      case .occurrences: return "Enter jumps to the mention; q goes back to the entities."
      case .listSpeakers:
        return state.listSpeakersShowQuotes
          ? "Enter lists the selected speaker's quotes from every article."
          : "Enter lists the articles quoting the selected speaker."
      case .speakerQuotes:
        return "Enter opens the article at the quote; q goes back to the speakers."
      case .quote:
        return
          "\(state.keyLabel(.nextQuote)) / \(state.keyLabel(.previousQuote)) the next and previous quote; Enter shows it in the article."
      case .links:
        return
          "Enter reads the linked page in quoth (\(state.keyLabel(.close)) comes back); \(state.keyLabel(.openInBrowser)) opens it in the browser."
      case .text, .help: return ""
      }
    }

    private func commandSegments(_ command: Command) -> [Segment] {
      let keyWidth = 22
      let keys = state.keymap.shownKeys(for: command).map(\.label).joined(separator: " ")
      let shown = keys.isEmpty ? "(unbound)" : keys
      return [
        Segment("  "), Segment(shown, CellStyle(.hintsKey)),
        Segment(String(repeating: " ", count: max(1, keyWidth - CellWidth.of(shown)))),
        Segment(command.help), Segment("  " + command.name, CellStyle(.paneDim)),
      ]
    }

    private func promptHelp(_ command: ViewLine.PromptCommand) -> String {
      switch command {
      case .theme: "  :theme NAME      themes: " + state.themeNames.joined(separator: ", ")
      case .speaker: "  :speaker NAME    filter the quotes by a speaker (no name: clear)"
      case .quit: "  :q               quit"
      case .anyCommand: "  :COMMAND         any command above by its name, e.g. :toggle-pane"
      }
    }

    private func speakerSegments(_ speaker: ReaderDocument.SpeakerStats) -> [Segment] {
      let quotesBar = Bar.text(value: speaker.quotes, maximum: maxQuotes, width: barMax)
      let wordsBar = Bar.text(value: speaker.words, maximum: maxWords, width: barMax)
      // A dim "?" after a speaker none of whose quotes is attributed with confidence.
      let mark = speaker.isUncertain ? " ?" : ""
      let shownName = Text.truncated(speaker.name, to: nameWidth - 1 - mark.count)
      return [
        Segment(
          mark.isEmpty ? pad(shownName, nameWidth) : shownName,
          CellStyle(StyleName.speaker(speaker.color))),
        Segment(
          mark.isEmpty ? "" : pad(mark, nameWidth - CellWidth.of(shownName)), CellStyle(.paneDim)),
        Segment(quotesBar, CellStyle(.barQuotes)),
        Segment(pad(" \(speaker.quotes)", area - CellWidth.of(quotesBar))),
        Segment(wordsBar, CellStyle(.barWords)),
        Segment(" \(speaker.words)"),
      ]
    }

    /// A link: its number, the linked words (up to half the width) and the address, each on
    /// one line (line breaks in them become spaces; controls are shown as placeholders).
    private func linkSegments(_ index: Int) -> [Segment] {
      let links = document.article.links
      let link = links[index]
      let numberWidth = String(links.count).count
      let number = String(index + 1)
      let words = link.text.split(whereSeparator: \.isNewline).joined(separator: " ")
      let shownWords = Text.truncated(words, to: max(10, state.size.width / 2 - numberWidth - 4))
      return [
        Segment(
          String(repeating: " ", count: numberWidth - number.count) + number + "  ",
          CellStyle(.paneDim)),
        Segment(shownWords),
        Segment("  " + link.url.split(whereSeparator: \.isNewline).joined(), CellStyle(.paneDim)),
      ]
    }

    /// One mention of an entity: its line in the article and the words around it.
    private func occurrenceSegments(_ index: Int) -> [Segment] {
      guard case .occurrences(_, let type) = state.view, let range = state.search?.matches[index]
      else { return [] }
      let context = max(10, (state.size.width - 24) / 2)
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
      return [
        Segment("line \(line)".leftPadded(to: 10) + "  ", CellStyle(.paneDim)),
        Segment((lower > (paragraph?.start ?? 0) ? "…" : "") + before),
        Segment(document.text(range.start, range.end), CellStyle(entityStyle(type))),
        Segment(after + (upper < (paragraph?.end ?? 0) ? "…" : "")),
      ]
    }

    private func pad(_ text: String, _ width: Int) -> String { Text.padded(text, to: width) }
  }

  /// The list's header and the `count` article rows from `state.listTop` on. Pending
  /// articles show their file name, unreadable ones the reason.
  static func articleList(_ state: ReaderState, rows count: Int) -> [ViewRow] {
    let width = state.size.width - 2
    let numbers = 18
    let speakerWidth = min(28, max(12, width / 4))
    let titleWidth = max(10, width - numbers - speakerWidth)
    func pad(_ text: String, _ width: Int) -> String {
      Text.padded(Text.truncated(text, to: width - 1), to: width)
    }
    var rows = [
      ViewRow(segments: [
        Segment(
          pad("Article", titleWidth) + pad("Quotes", 8) + pad("Speakers", 10) + "Most quoted",
          CellStyle(.paneHeader))
      ])
    ]
    let first = min(state.listTop, state.listRowCount)
    for row in first..<min(state.listRowCount, first + count) {
      guard let index = state.article(atRow: row) else { break }
      let entry = state.articles[index]
      // The library's marks: N unread, * starred.
      let marks =
        state.libraryMarks[index].map {
          ($0.unread ? "N" : " ") + ($0.starred ? "*" : " ") + " "
        } ?? ""
      let segments: [Segment]
      switch entry.status {
      case .analysed(_, let summary):
        let top = summary.topSpeaker.map { "\($0.name) (\($0.quotes))" } ?? "—"
        segments = [
          Segment(pad(marks + summary.title, titleWidth), CellStyle(.title)),
          Segment(pad("\(summary.quotes)", 8) + pad("\(summary.speakers)", 10)),
          Segment(
            Text.truncated(top, to: speakerWidth),
            summary.topSpeaker.map { CellStyle(StyleName.speaker($0.color)) } ?? .plain),
        ]
      case .pending:
        segments = [
          Segment(pad(marks + "⋯ " + entry.name, titleWidth), CellStyle(.paneDim)),
          Segment(pad("…", 8) + "…", CellStyle(.paneDim)),
        ]
      case .failed(let reason):
        segments = [
          Segment(pad("✗ " + entry.name, titleWidth), CellStyle(.error)),
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

/// Text helpers in terminal cells.
enum Text {
  /// `text` followed by spaces to fill `width` cells (unchanged when it is as wide).
  static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - CellWidth.of(text)))
  }

  /// `text` cut to at most `width` cells, ending in "…" when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    cut(text, to: width, joiningLines: false)
  }

  /// `text` on one line (each run of line breaks one space), cut to at most `width`
  /// cells as `truncated` cuts: the pane's snippet of a quote.
  static func snippet(_ text: String, to width: Int) -> String {
    cut(text, to: width, joiningLines: true)
  }

  /// One pass over `text` that stops where the cut falls, however long the text is. A
  /// text with no line break before the cut is sliced, not rebuilt: the pane cuts every
  /// visible quote on every frame.
  private static func cut(_ text: String, to width: Int, joiningLines: Bool) -> String {
    guard width > 0 else { return "" }
    let scalars = text.unicodeScalars
    var used = 0
    // The end of what fits before a "…" (width - 1 cells).
    var keptEnd = scalars.startIndex
    var keeping = true
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      if joiningLines && isLineBreak(scalar) {
        return rebuilt(text, to: width)
      }
      let w = CellWidth.of(scalar)
      if used + w > width { return ending(text.unicodeScalars[..<keptEnd]) }
      keeping = keeping && used + w <= width - 1
      used += w
      index = scalars.index(after: index)
      if keeping { keptEnd = index }
    }
    return text
  }

  /// `cut` for a text with line breaks: each run of them becomes one space as it goes.
  private static func rebuilt(_ text: String, to width: Int) -> String {
    // What fits before a "…", then the rest of what fits in `width`.
    var kept = String.UnicodeScalarView()
    var keptWidth = 0
    var rest = String.UnicodeScalarView()
    var used = 0
    var started = false
    var spaceDue = false
    func add(_ scalar: Unicode.Scalar) -> Bool {
      let w = CellWidth.of(scalar)
      used += w
      if used > width { return false }
      if rest.isEmpty && keptWidth + w <= width - 1 {
        kept.append(scalar)
        keptWidth += w
      } else {
        rest.append(scalar)
      }
      return true
    }
    for scalar in text.unicodeScalars {
      if isLineBreak(scalar) {
        spaceDue = started
        continue
      }
      if spaceDue {
        spaceDue = false
        guard add(" ") else { return ending(kept[...]) }
      }
      started = true
      guard add(scalar) else { return ending(kept[...]) }
    }
    kept.append(contentsOf: rest)
    return String(kept)
  }

  /// A cut text's end: no space or " … " (the join of a quote's parts) before the "…".
  private static func ending(_ kept: Substring.UnicodeScalarView) -> String {
    var kept = kept
    while let last = kept.last, last == " " || last == "…" { kept.removeLast() }
    return String(kept) + "…"
  }

  /// What `Character.isNewline` counts as a line break, scalar by scalar.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

}
