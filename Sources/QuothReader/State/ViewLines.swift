import QuothAnalysis

/// What Enter on a view line opens.
public enum ViewItem: Hashable, Sendable {
  case speaker(String)
  case entity(canonical: String, type: EntityType)
  /// One mention of an entity: an index into the search matches.
  case occurrence(Int)
  case article(Int)
  /// A quote of another article: its index in the list and in the article's quotes.
  case quoteIn(article: Int, quote: Int)
  /// One of the article's links: an index into its links.
  case link(Int)
}

/// One line of a full-screen view (help, speakers, entities, occurrences): what the
/// view offers, in order. `reduce` moves the selection over the lines that hold an
/// item; Render/ViewContent decides how each line looks.
public enum ViewLine: Hashable, Sendable {
  case blank
  /// The view's title.
  case heading
  /// The view has nothing to list.
  case empty
  /// The closing line: what Enter does, or the totals.
  case footnote
  /// What the colours mean (the help and the entities view).
  case legend
  // The help.
  case commandGroup(Command.Group)
  case command(Command)
  case promptCommands
  case promptCommand(PromptCommand)
  // The speakers view.
  case speakerColumns
  /// A speaker: an index into the document's speakers.
  case speaker(Int)
  // The entities view.
  case entityType(EntityType, names: Int)
  case entity(canonical: String, type: EntityType, count: Int)
  // Where one entity occurs: an index into the search matches.
  case occurrence(Int)
  // The quote detail view.
  /// A line of the quote's text, wrapped to the window.
  case quoteText(String)
  case quoteFact(QuoteFact)
  // Who is quoted across the list.
  case listSpeakerColumns
  /// A speaker across the list: an index into `listSpeakerCounts`.
  case listSpeaker(Int)
  /// One of a speaker's quotes across the list: an index into `speakerQuotesAcross`.
  case quoteAcross(Int)
  /// One of the article's links: an index into its links.
  case link(Int)

  /// What the quote detail view tells about a quote, a line each.
  public enum QuoteFact: Hashable, Sendable {
    /// Who said it, and what the article says they are.
    case speaker(String?, description: String?)
    /// How sure the analysis is of the speaker (0–1), and whether that is low.
    case confidence(Double, uncertain: Bool)
    /// The reporting verb ("said", "wrote").
    case cue(String)
    /// The words near the quote that name the speaker.
    case mention(String)
    /// Where the quote is: its line in the article, of how many.
    case place(line: Int, lines: Int)
    /// The quote repeats an earlier one (its id).
    case repeats(Int)
  }

  /// The `:` commands the help lists.
  public enum PromptCommand: CaseIterable, Hashable, Sendable {
    case theme, speaker, quit, anyCommand
  }
}

extension ReaderState {
  /// The lines of the open view (none for the article text).
  public var viewLines: [ViewLine] {
    switch view {
    case .text: []
    case .help: helpLines
    case .speakers: speakerLines
    case .entities: entityLines
    case .occurrences: occurrenceLines
    case .quote(let index): quoteLines(index)
    case .listSpeakers: listSpeakerLines
    case .speakerQuotes(let name):
      [.heading, .blank] + speakerQuotesAcross(name).indices.map(ViewLine.quoteAcross) + [
        .blank, .footnote,
      ]
    case .links:
      [.heading, .blank]
        + (document.article.links.isEmpty
          ? [.empty] : document.article.links.indices.map(ViewLine.link)) + [.blank, .footnote]
    }
  }

  /// What Enter on a line opens, if anything.
  func item(of line: ViewLine) -> ViewItem? {
    switch line {
    case .speaker(let index):
      document.speakers.indices.contains(index) ? .speaker(document.speakers[index].name) : nil
    case .entity(let canonical, let type, _): .entity(canonical: canonical, type: type)
    case .occurrence(let index): .occurrence(index)
    case .link(let index): .link(index)
    case .listSpeaker(let index):
      listSpeakerCounts.indices.contains(index) ? .speaker(listSpeakerCounts[index].name) : nil
    case .quoteAcross(let index):
      if case .speakerQuotes(let name) = view {
        speakerQuotesAcross(name).indices.contains(index)
          ? speakerQuotesAcross(name)[index] : nil
      } else {
        nil
      }
    default: nil
    }
  }

  /// The entity types in the order the entities view lists them.
  public static let entityOrder: [EntityType] = [.person, .org, .place, .group, .date]

  /// The commands that do something in the article list.
  static let listCommands: Set<Command> = [
    .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .open,
    .pickSpeaker, .clearFilter, .search, .sortList, .speakersView, .nextArticle, .previousArticle,
    .toggleUnread, .toggleStar, .speakersAcross, .close, .openInBrowser, .reload,
    .quitNow, .help, .prompt, .redraw, .cancel, .deleteBackward, .suspend,
  ]

  /// Whether the help lists `command`: the keys in force where it was opened from.
  func helpLists(_ command: Command) -> Bool {
    if viewFromList { return ReaderState.listCommands.contains(command) }
    switch command {
    case .sortList: return false
    case .nextArticle, .previousArticle: return articles.count > 1
    default: return true
    }
  }

  private var helpLines: [ViewLine] {
    var lines: [ViewLine] = [.heading, .legend, .blank]
    for group in Command.Group.allCases {
      let commands = Command.allCases.filter { $0.group == group && helpLists($0) }
      guard !commands.isEmpty else { continue }
      lines.append(.commandGroup(group))
      lines += commands.map(ViewLine.command)
      lines.append(.blank)
    }
    lines.append(.promptCommands)
    lines += ViewLine.PromptCommand.allCases.map(ViewLine.promptCommand)
    return lines
  }

  private var speakerLines: [ViewLine] {
    let speakers = document.speakers
    guard !speakers.isEmpty else { return [.heading, .blank, .empty] }
    return [.heading, .blank, .speakerColumns] + speakers.indices.map(ViewLine.speaker)
      + [.blank, .footnote]
  }

  private var entityLines: [ViewLine] {
    let entities = document.entities
    guard !entities.isEmpty else { return [.heading, .legend, .blank, .empty] }
    var lines: [ViewLine] = [.heading, .legend, .blank]
    for type in ReaderState.entityOrder {
      // The most frequent first; ties in the order they first occur.
      let counted = entities.counts(of: type).enumerated().sorted {
        $0.element.count != $1.element.count
          ? $0.element.count > $1.element.count : $0.offset < $1.offset
      }.map(\.element)
      guard !counted.isEmpty else { continue }
      lines.append(.entityType(type, names: counted.count))
      lines += counted.map { ViewLine.entity(canonical: $0.canonical, type: type, count: $0.count) }
      lines.append(.blank)
    }
    return lines + [.footnote]
  }

  /// The quote in full, wrapped to the window, then what the analysis says about it.
  private func quoteLines(_ index: Int) -> [ViewLine] {
    let quotes = document.quotes
    guard quotes.indices.contains(index) else { return [.heading, .blank, .empty] }
    let quote = quotes[index]
    let width = max(10, min(Geometry.maximumMeasure, size.width - 4))
    var lines: [ViewLine] = [.heading, .blank]
    lines += WordWrap.lines(quotes.text(at: index), width: width).map(ViewLine.quoteText)
    lines.append(.blank)
    let description = quote.speaker.flatMap { name in
      document.speakerTotals.first { $0.name == name }?.description
    }
    lines.append(.quoteFact(.speaker(quote.speaker, description: description)))
    if let confidence = quotes.speakerConfidence(at: index) {
      lines.append(
        .quoteFact(.confidence(confidence, uncertain: quotes.hasUncertainSpeaker(at: index))))
    }
    if let cue = quote.cue { lines.append(.quoteFact(.cue(cue.text))) }
    if let mention = quote.mention, mention.text != quote.speaker {
      lines.append(.quoteFact(.mention(mention.text)))
    }
    if let repeated = quote.repeatOf { lines.append(.quoteFact(.repeats(repeated))) }
    // Lines of the article as the reader shows it (the text's layout, not the view's).
    let line = layout.lineIndex(containing: quote.extent.start) + 1
    lines.append(.quoteFact(.place(line: line, lines: layout.lines.count)))
    return lines + [.blank, .footnote]
  }

  private var listSpeakerLines: [ViewLine] {
    let count = listSpeakerCounts.count
    guard count > 0 else { return [.heading, .blank, .empty] }
    return [.heading, .blank, .listSpeakerColumns] + (0..<count).map(ViewLine.listSpeaker)
      + [.blank, .footnote]
  }

  private var occurrenceLines: [ViewLine] {
    [.heading, .blank] + (search?.matches.indices ?? 0..<0).map(ViewLine.occurrence)
      + [.blank, .footnote]
  }
}

extension ReaderState {
  /// What Enter opens on each line of the open view (nil: a line that cannot be selected).
  var viewItems: [ViewItem?] { viewLines.map(item(of:)) }
}

extension ReaderState {
  /// A speaker's quotes in the articles the list shows, in list order (analysed
  /// articles only): each a `ViewItem.quoteIn`.
  public func speakerQuotesAcross(_ name: String) -> [ViewItem] {
    var found: [ViewItem] = []
    for row in 0..<listRowCount {
      guard let index = article(atRow: row), let document = articles[index].document else {
        continue
      }
      found += document.quotes.positions(by: name).map { .quoteIn(article: index, quote: $0) }
    }
    return found
  }
}
