import QuothAnalysis

// The article list.
extension ReaderState {
  mutating func listCommand(_ command: Command) -> Reaction {
    let body = geometry.bodyHeight - 1
    switch command {
    case .lineDown: moveListSelection(by: 1)
    case .lineUp: moveListSelection(by: -1)
    case .pageDown, .halfPageDown: moveListSelection(by: max(1, body))
    case .pageUp, .halfPageUp: moveListSelection(by: -max(1, body))
    case .top: listSelection = 0
    case .bottom: listSelection = max(0, listRowCount - 1)
    case .open:
      if let index = article(atRow: listSelection) {
        openArticle(index)
      } else {
        say("no article matches (\(keyLabel(.clearFilter)) shows them all)")
      }
    case .nextArticle: moveListSelection(by: 1)
    case .previousArticle: moveListSelection(by: -1)
    case .search: prompt = Prompt(kind: .filter, text: listFilter, originFilter: listFilter)
    case .speakersView: openListSpeakers()
    case .speakersAcross: openListSpeakers(showingQuotes: true)
    case .toggleUnread, .toggleStar: toggleMark(command)
    case .sortList:
      listSort = listSort.next
      arrangeList()
      say("sorted by \(listSort.rawValue)")
    case .pickSpeaker:
      if listSpeakerCounts.isEmpty {
        say("no speakers in the articles analysed so far")
      } else {
        picker = Picker()
      }
    case .clearFilter, .cancel:
      if listFilter.isEmpty && listSpeaker == nil {
        if command == .clearFilter { say("no filter") }
      } else {
        clearListFilters()
        say("showing every article")
      }
    case .close: return .quit
    default: break
    }
    return []
  }

  mutating func moveListSelection(by delta: Int) {
    listSelection = max(0, min(listRowCount - 1, listSelection + delta))
  }

  /// Lists only the articles quoting `name` (nil: every article).
  mutating func setListSpeaker(_ name: String?) {
    listSpeaker = name
    arrangeList()
    say(name.map { "articles quoting \($0): \(listRowCount)" } ?? "showing every article")
  }
}
