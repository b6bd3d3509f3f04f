import QuothAnalysis

// The speaker picker and the `:` and search prompts.
extension ReaderState {
  mutating func pickerCommand(_ command: Command) -> Reaction {
    guard var picker else { return [] }
    let entries = pickerEntries
    switch command {
    case .lineDown, .nextQuote: picker.selection = min(entries.count - 1, picker.selection + 1)
    case .lineUp, .previousQuote: picker.selection = max(0, picker.selection - 1)
    case .pageDown, .halfPageDown: picker.selection = min(entries.count - 1, picker.selection + 10)
    case .pageUp, .halfPageUp: picker.selection = max(0, picker.selection - 10)
    case .top: picker.selection = 0
    case .bottom: picker.selection = max(0, entries.count - 1)
    case .deleteBackward:
      if !picker.query.isEmpty {
        picker.query.removeLast()
        picker.selection = 0
      }
    case .cancel, .close:
      self.picker = nil
      return []
    case .open:
      self.picker = nil
      guard entries.indices.contains(picker.selection) else {
        say("no speaker matches “\(picker.query)”", isError: true)
        return []
      }
      if mode == .list {
        setListSpeaker(entries[picker.selection].name)
      } else if let name = entries[picker.selection].name {
        setFilter(name)
      } else {
        speakerFilter = nil
        say("showing every quote")
      }
      return []
    case .quitNow: return .quit
    case .redraw: return .redrawAll
    default: break
    }
    self.picker = picker
    return []
  }

  mutating func promptCommand(_ command: Command) -> Reaction {
    guard var prompt else { return [] }
    switch command {
    case .deleteBackward:
      if prompt.text.isEmpty { return promptCommand(.cancel) }
      prompt.text.removeLast()
      self.prompt = prompt
      previewSearch()
      return []
    case .cancel:
      self.prompt = nil
      if prompt.kind == .search {
        top = prompt.originTop
        search = prompt.originSearch
      } else if prompt.kind == .filter {
        listFilter = prompt.originFilter
        arrangeList()
      }
      return []
    case .open:
      self.prompt = nil
      switch prompt.kind {
      case .search:
        top = prompt.originTop
        runSearch(prompt.text)
      case .command: return runPromptCommand(prompt.text)
      case .filter:
        say(
          listFilter.isEmpty
            ? "showing every article" : "\(listRowCount) articles match “\(listFilter)”")
      }
      return []
    case .redraw: return .redrawAll
    default: break
    }
    self.prompt = prompt
    return []
  }

  /// Runs a `:` command: `theme NAME`, `speaker NAME`, `q`.
  mutating func runPromptCommand(_ line: String) -> Reaction {
    let words = line.split(separator: " ", maxSplits: 1).map(String.init)
    guard let verb = words.first else { return [] }
    let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
    switch verb {
    case "q", "quit":
      return .quit
    case "theme", "colorscheme":
      if argument.isEmpty {
        say("theme \(themeName) (themes: \(themeNames.joined(separator: ", ")))")
      } else if themeNames.contains(argument) {
        themeName = argument
        say("theme \(argument)")
        return [.themeChanged, .redrawAll]
      } else {
        say("no theme “\(argument)” (themes: \(themeNames.joined(separator: ", ")))", isError: true)
      }
    case "speaker", "filter":
      if argument.isEmpty {
        speakerFilter = nil
        say("showing every quote")
      } else if let name = document.speaker(matching: argument) {
        if mode == .list, let index = article(atRow: listSelection) { openArticle(index) }
        view = .text
        setFilter(name)
      } else {
        say("no speaker matches “\(argument)”", isError: true)
      }
    case "help":
      if view != .help { openHelp() }
    default:
      if let command = Command(rawValue: verb) {
        return apply(.command(command))
      }
      say(
        "unknown command “\(verb)” (theme NAME, speaker NAME, q, or a command name from the help)",
        isError: true)
    }
    return []
  }
}
