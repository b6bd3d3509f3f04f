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
    case .bottom: listSelection = max(0, articles.count - 1)
    case .open: openArticle(listSelection)
    case .nextArticle: moveListSelection(by: 1)
    case .previousArticle: moveListSelection(by: -1)
    case .close: return .quit
    default: break
    }
    return []
  }

  mutating func moveListSelection(by delta: Int) {
    listSelection = max(0, min(articles.count - 1, listSelection + delta))
  }
}
