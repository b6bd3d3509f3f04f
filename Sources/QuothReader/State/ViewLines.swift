import QuothAnalysis

/// What Enter on a view line opens.
public enum ViewItem: Hashable, Sendable {
  case speaker(String)
  case entity(canonical: String, type: EntityType)
  /// One mention of an entity: an index into the search matches.
  case occurrence(Int)
  case article(Int)
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
    }
  }

  /// What Enter on a line opens, if anything.
  func item(of line: ViewLine) -> ViewItem? {
    switch line {
    case .speaker(let index):
      document.speakers.indices.contains(index) ? .speaker(document.speakers[index].name) : nil
    case .entity(let canonical, let type, _): .entity(canonical: canonical, type: type)
    case .occurrence(let index): .occurrence(index)
    default: nil
    }
  }

  /// The entity types in the order the entities view lists them.
  public static let entityOrder: [EntityType] = [.person, .org, .place, .group, .date]

  private var helpLines: [ViewLine] {
    var lines: [ViewLine] = []
    for group in Command.Group.allCases {
      lines.append(.commandGroup(group))
      lines += Command.allCases.filter { $0.group == group }.map(ViewLine.command)
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
    guard !entities.isEmpty else { return [.heading, .blank, .empty] }
    var lines: [ViewLine] = [.heading, .blank]
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

  private var occurrenceLines: [ViewLine] {
    [.heading, .blank] + (search?.matches.indices ?? 0..<0).map(ViewLine.occurrence)
      + [.blank, .footnote]
  }
}

extension ReaderState {
  /// What Enter opens on each line of the open view (nil: a line that cannot be selected).
  var viewItems: [ViewItem?] { viewLines.map(item(of:)) }
}
