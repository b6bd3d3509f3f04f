/// The order of the article list (`sort-list` steps through them).
public enum ListSort: String, CaseIterable, Sendable {
  /// As the files were given (a folder: by name).
  case files = "file"
  case title
  /// Newest first.
  case date
  case site
  /// Most quotes first.
  case quotes

  /// The next order, after the last the first.
  var next: ListSort {
    let all = ListSort.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}

// Which articles the list shows, and in what order: filtered by typed text (`/`) and by
// a speaker they quote (`s`), sorted by `sort-list`. The list's selection is a row.
extension ReaderState {
  /// How many rows the list shows.
  public var listRowCount: Int { listOrder?.count ?? articles.count }

  /// The article shown in a row of the list.
  public func article(atRow row: Int) -> Int? {
    guard row >= 0, row < listRowCount else { return nil }
    return listOrder?[row] ?? row
  }

  /// The row that shows an article; nil when the filter hides it.
  public func row(of index: Int) -> Int? {
    guard let listOrder else { return articles.indices.contains(index) ? index : nil }
    return listOrder.firstIndex(of: index)
  }

  /// Whether the list filters or sorts its articles.
  public var listIsArranged: Bool {
    listSort != .files || !listFilter.isEmpty || listSpeaker != nil || givenRank != nil
  }

  /// Where an article comes in the order given: its feed's after `r`, else its index.
  func givenPosition(_ index: Int) -> Int {
    guard let givenRank else { return index }
    return givenRank.indices.contains(index) ? givenRank[index] : Int.max / 2 + index
  }

  /// Whether an article passes the list's filters (a pending one passes the text filter
  /// by its file name, and no speaker filter).
  func listShows(_ index: Int) -> Bool {
    let entry = articles[index]
    if let listSpeaker, entry.summary?.quoted.contains(where: { $0.name == listSpeaker }) != true {
      return false
    }
    guard !listFilter.isEmpty else { return true }
    let query = listFilter.lowercased()
    return [entry.summary?.title ?? entry.listedTitle, entry.fileName, entry.summary?.site].contains
    {
      $0?.lowercased().contains(query) == true
    }
  }

  /// Whether article `a` comes before `b` in the list's order (pending ones last, ties in
  /// the order given).
  func listPrecedes(_ a: Int, _ b: Int) -> Bool {
    // Entries of feeds read again keep their feed's order, read or not.
    if listSort == .files && givenRank != nil { return givenPosition(a) < givenPosition(b) }
    guard let first = articles[a].summary else { return false }
    guard let second = articles[b].summary else { return true }
    func ordered<T: Comparable>(_ x: T?, _ y: T?, descending: Bool = false) -> Bool {
      switch (x, y) {
      case (let x?, let y?) where x != y: return descending ? x > y : x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a < b
      }
    }
    switch listSort {
    case .files: return givenPosition(a) < givenPosition(b)
    case .title: return ordered(first.title.lowercased(), second.title.lowercased())
    case .date: return ordered(first.date, second.date, descending: true)
    case .site: return ordered(first.site?.lowercased(), second.site?.lowercased())
    case .quotes: return ordered(first.quotes, second.quotes, descending: true)
    }
  }

  /// Builds the list's rows anew (after the filter or the order changed), keeping the
  /// selected article selected when it is still shown.
  mutating func arrangeList() {
    let selected = article(atRow: listSelection)
    if listIsArranged {
      listOrder = articles.indices.filter(listShows).sorted(by: listPrecedes)
    } else {
      listOrder = nil
    }
    listSelection = selected.flatMap(row(of:)) ?? 0
  }

  /// Puts an article whose analysis just arrived where the filter and order want it.
  mutating func rearrangeList(after index: Int) {
    guard var order = listOrder else { return }
    let selected = article(atRow: listSelection)
    if let old = order.firstIndex(of: index) { order.remove(at: old) }
    if listShows(index) {
      var low = 0
      var high = order.count
      while low < high {
        let mid = (low + high) / 2
        if listPrecedes(order[mid], index) { low = mid + 1 } else { high = mid }
      }
      order.insert(index, at: low)
    }
    listOrder = order
    listSelection = selected.flatMap(row(of:)) ?? min(listSelection, max(0, order.count - 1))
  }

  /// Clears the list's filters (its order stays).
  mutating func clearListFilters() {
    listFilter = ""
    listSpeaker = nil
    arrangeList()
  }

  /// Who is quoted across the analysed articles the list shows: how many articles quote
  /// each speaker, how many quotes they have in all and the day of the newest of those
  /// articles, the most widely quoted first.
  public var listSpeakerCounts: [ListSpeaker] {
    var found: [String: ListSpeaker] = [:]
    var order: [String] = []
    for row in 0..<listRowCount {
      guard let index = article(atRow: row), let summary = articles[index].summary else { continue }
      // The article's own date, else the day the library added it.
      let day = summary.date.flatMap(ReadableDate.day) ?? libraryMarks[index]?.added
      for speaker in summary.quoted {
        if found[speaker.name] == nil {
          order.append(speaker.name)
          found[speaker.name] = ListSpeaker(name: speaker.name, articles: 0, quotes: 0)
        }
        found[speaker.name]!.articles += 1
        found[speaker.name]!.quotes += speaker.quotes
        if let day, day > found[speaker.name]!.lastQuoted ?? "" {
          found[speaker.name]!.lastQuoted = day
        }
      }
    }
    return order.enumerated().map { ($0.offset, found[$0.element]!) }.sorted {
      ($0.1.articles, $0.1.quotes, -$0.0) > ($1.1.articles, $1.1.quotes, -$1.0)
    }.map(\.1)
  }
}

/// A speaker across the articles of the list.
public struct ListSpeaker: Hashable, Sendable {
  public var name: String
  /// Articles quoting them.
  public var articles: Int
  /// Their quotes in those articles.
  public var quotes: Int
  /// The day of the newest article quoting them (`YYYY-MM-DD`): its publication date, else
  /// when the library added it; nil when none of the articles has a date.
  public var lastQuoted: String?
}
