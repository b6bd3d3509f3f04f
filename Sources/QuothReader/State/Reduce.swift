import QuothAnalysis

/// The reader's update function: the new state and what must happen next. Pure: no
/// terminal, no files; every keystroke can be tested on a value.
public func reduce(_ state: ReaderState, _ action: Action) -> (ReaderState, Reaction) {
  var next = state
  let reaction = next.apply(action)
  return (next, reaction)
}

/// `reduce` in place: the same change without copying the state, for a loop that keeps
/// one state (a list of thousands of articles is not copied for every result).
public func reduce(_ state: inout ReaderState, _ action: Action) -> Reaction {
  state.apply(action)
}

/// `reduce` for a command.
public func reduce(_ state: ReaderState, _ command: Command) -> (ReaderState, Reaction) {
  reduce(state, .command(command))
}

extension ReaderState {
  /// Runs a key sequence through the keymap and `reduce`; stops at quit.
  public func replaying(_ keys: [Key]) -> (ReaderState, Reaction) {
    var state = self
    var all: Reaction = []
    for key in keys {
      guard let action = state.action(for: key) else { continue }
      let reaction: Reaction
      (state, reaction) = reduce(state, action)
      all.formUnion(reaction)
      if reaction.contains(.quit) { break }
    }
    return (state, all)
  }

  mutating func apply(_ action: Action) -> Reaction {
    switch action {
    case .analysed(let index, let document):
      receive(index, .analysed(document, ArticleSummary(document)), document: document)
      return []
    case .failed(let index, let reason):
      receive(index, .failed(reason: reason), document: nil)
      return []
    case .themeFailed(let reason, let inUse):
      themeName = inUse
      say(reason, isError: true)
      return []
    case .requestsTaken:
      requests.removeAll()
      return []
    case .requestFailed(let reason):
      say(reason, isError: true)
      return []
    case .analysing(let index, let fraction):
      if articles.indices.contains(index), articles[index].isPending {
        analysingFraction[index] = fraction
      }
      return []
    case .marked(let index, let marks):
      receiveMarks(index, marks)
      return []
    case .libraryOpened:
      keepsInLibrary = true
      return []
    case .libraryFailed(let reason):
      say(reason, isError: true)
      return []
    case .closing:
      noteReadingPosition()
      return []
    case .listReloadable:
      reloadsList = true
      return []
    case .relisted(let listed):
      receiveList(listed)
      return []
    case .noted(let index, let text):
      // The title line names the file: the status line keeps its room for the warning.
      let prefix = articles.indices.contains(index) ? articles[index].source + ": " : ""
      let note =
        !prefix.isEmpty && text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
      notes[index, default: []].append(note)
      if mode == .article && index == articleIndex { say(note, isError: true) }
      return []
    default:
      // A message lasts until the next thing the user does; results arriving keep it.
      message = nil
    }
    switch action {
    case .analysed, .failed, .themeFailed, .noted, .analysing, .requestsTaken,
      .requestFailed, .marked, .libraryOpened, .libraryFailed, .closing, .listReloadable,
      .relisted:
      return []
    case .resize(let newSize):
      size = Size(width: max(1, newSize.width), height: max(1, newSize.height))
      relayout(keepingOffset: nil)
      keepSelectionInPane()
      return []
    case .insert(let c):
      if prompt != nil {
        prompt!.text.append(c)
        previewSearch()
      } else if picker != nil {
        picker!.query.append(c)
        picker!.selection = 0
      }
      return []
    case .click(let row, let column):
      return click(row: row, column: column)
    case .scroll(let lines):
      if mode == .list {
        moveListSelection(by: lines)
      } else if view != .text {
        moveViewSelection(by: lines)
      } else {
        scroll(by: lines)
      }
      return []
    case .countDigit(let digit):
      count = min(ReaderState.countLimit, (count ?? 0) * 10 + digit)
      return []
    case .command(let command):
      let count = self.count
      self.count = nil
      guard let count, prompt == nil, picker == nil else { return run(command) }
      return run(command, times: count)
    }
  }

  /// The largest count: beyond it typing more digits changes nothing.
  static let countLimit = 99_999

  /// Commands a count repeats (`5j`, `3J`); `g` and `G` take it as a line (`10G`).
  static let repeatable: Set<Command> = [
    .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .nextQuote,
    .previousQuote, .nextMatch, .previousMatch, .nextArticle, .previousArticle,
  ]

  /// Runs a command given a count: `g`/`G` go to that line (the article's, or the
  /// list's row), movements repeat; other commands ignore the count.
  mutating func run(_ command: Command, times count: Int) -> Reaction {
    if command == .top || command == .bottom {
      if mode == .list {
        listSelection = max(0, min(listRowCount - 1, count - 1))
        return []
      }
      if view == .text && focus == .article && openEntry?.document != nil {
        top = count - 1
        clampTop()
        return []
      }
    }
    guard ReaderState.repeatable.contains(command), count > 1 else { return run(command) }
    var all: Reaction = []
    for _ in 0..<count {
      all.formUnion(run(command))
      if all.contains(.quit) { break }
    }
    return all
  }

  /// Runs a command where the keys are: the prompt, the picker, the list, a view or
  /// the article.
  mutating func run(_ command: Command) -> Reaction {
    if prompt != nil { return promptCommand(command) }
    if picker != nil { return pickerCommand(command) }
    if let reaction = programCommand(command) { return reaction }
    switch mode {
    case .list: return listCommand(command)
    case .article:
      return view == .text ? articleCommand(command) : viewCommand(command)
    }
  }

  mutating func programCommand(_ command: Command) -> Reaction? {
    switch command {
    case .quitNow: return .quit
    case .redraw: return .redrawAll
    case .suspend: return .suspend
    case .prompt:
      prompt = Prompt(kind: .command)
      return []
    case .help:
      if view == .help { closeView() } else { openHelp() }
      return []
    case .openInBrowser:
      openInBrowser()
      return []
    case .reload:
      reload()
      return []
    default: return nil
    }
  }

  /// Shows `text` on the status line until the next key.
  mutating func say(_ text: String, isError: Bool = false) {
    message = Message(text: text, isError: isError)
  }

  /// The first key bound to `command`, for messages and hints.
  public func keyLabel(_ command: Command) -> String {
    keymap.shownKeys(for: command).first?.label ?? ":\(command.name)"
  }
}
