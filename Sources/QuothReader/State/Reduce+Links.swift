import QuothAnalysis

// The article's links (`L`): Enter reads the linked page in quoth, `o` opens it in the
// browser; and the list's feeds read again (`r` in the list).
extension ReaderState {
  /// The link selected in the links view; nil in any other.
  var selectedLink: ArticleLink? {
    guard mode == .article, view == .links else { return nil }
    let items = viewItems
    guard items.indices.contains(viewSelection), case .link(let index)? = items[viewSelection]
    else { return nil }
    return document.article.links[index]
  }

  /// Reads the page a link of the open article leads to, as an article of its own (fetched
  /// in the background, with the progress line); closing it comes back to the article.
  mutating func followLink(_ index: Int) {
    let link = document.article.links[index]
    let origin = articleIndex
    if let known = articles.firstIndex(where: { $0.source == link.url }) {
      guard known != origin else {
        say("the link leads to this page")
        return
      }
      if followedLinks[known] == nil { followedLinks[known] = origin }
      openArticle(known)
      return
    }
    guard canReload else {
      say(
        "quoth reads linked pages only when it reads articles in the background; "
          + "\(keyLabel(.openInBrowser)) opens this one in the browser", isError: true)
      return
    }
    let added = append([ListedArticle(source: link.url, title: nil)])
    followedLinks[added[0]] = origin
    openArticle(added[0])
    say("reading \(link.url)")
  }

  /// Folds in the list's feeds read again: entries new to the list are added (read in the
  /// background), and the list takes the feeds' order; the selection stays on its article.
  mutating func receiveList(_ listed: [ListedArticle]) {
    var known: [String: Int] = [:]
    for (index, entry) in articles.enumerated() where known[entry.source] == nil {
      known[entry.source] = index
    }
    let new = listed.filter { known[$0.source] == nil }
    let added = append(new)
    for (item, index) in zip(new, added) { known[item.source] = index }
    // Articles the feeds no longer list keep their place after those they list.
    var rank = articles.indices.map { listed.count + $0 }
    for (position, item) in listed.enumerated() {
      if let index = known[item.source], rank[index] >= listed.count { rank[index] = position }
    }
    givenRank = rank
    arrangeList()
    progress.inBackground = !progress.isComplete
    say(
      new.isEmpty
        ? "no new entries" : new.count == 1 ? "1 new entry" : "\(new.count.grouped) new entries")
  }

  /// Adds articles to read at the end of the list (pending), asks the background to read
  /// them, and returns their indices.
  private mutating func append(_ items: [ListedArticle]) -> [Int] {
    guard !items.isEmpty else { return [] }
    let first = articles.count
    for item in items {
      articles.append(ArticleEntry(source: item.source, listedTitle: item.title))
    }
    progress.total = articles.count
    progress.inBackground = true
    requests.append(.read(items.map(\.source)))
    let indices = Array(first..<articles.count)
    if listOrder != nil {
      for index in indices { rearrangeList(after: index) }
    }
    return indices
  }
}
