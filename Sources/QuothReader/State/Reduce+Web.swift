// Articles from the web: opening one's address in the browser (`o`), reading it again (`r`).
extension ReaderState {
  /// The article the command is about: the open one, or in the list the selected row's.
  private var commandArticle: Int? {
    mode == .list && !viewFromList
      ? article(atRow: listSelection) : openEntry.map { _ in articleIndex }
  }

  /// The web address of an article: the page's own (canonical), else the address it was
  /// read from; nil for a file.
  public func webAddress(of index: Int) -> String? {
    guard articles.indices.contains(index) else { return nil }
    let entry = articles[index]
    if let url = entry.document?.article.url, isWebAddress(url) { return url }
    return isWebAddress(entry.source) ? entry.source : nil
  }

  mutating func openInBrowser() {
    if let link = selectedLink {
      requests.append(.openInBrowser(link.url))
      say("opening \(link.url)")
      return
    }
    guard let index = commandArticle, let address = webAddress(of: index) else {
      say("this article has no web address to open", isError: true)
      return
    }
    requests.append(.openInBrowser(address))
    say("opening \(address)")
  }

  mutating func reload() {
    if reloadsList && mode == .list && !viewFromList {
      requests.append(.reloadList)
      progress.inBackground = true
      say("reading the feeds again")
      return
    }
    guard canReload, let index = commandArticle else {
      say(
        "\(keyLabel(.reload)) reads again the articles quoth reads in the background", isError: true
      )
      return
    }
    let entry = articles[index]
    switch entry.status {
    case .pending:
      say("\(entry.name) is being read already")
      return
    case .analysed: progress.analysed -= 1
    case .failed: progress.failed -= 1
    }
    let reopens = mode == .article && index == articleIndex
    if reopens { rememberPlace() }
    articles[index].status = .pending
    notes[index] = nil
    progress.inBackground = true
    rearrangeList(after: index)
    if reopens {
      selectedQuote = nil
      document = .empty
      layout = .empty
      relayout(keepingOffset: 0)
    }
    requests.append(.reload(index))
    say("reading \(entry.name) again")
  }

  private func isWebAddress(_ text: String) -> Bool {
    let lower = text.prefix(8).lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }
}
