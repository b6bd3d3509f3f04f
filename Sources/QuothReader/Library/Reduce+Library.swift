import QuothAnalysis

// The library's marks (unread, starred, reading position) in the reader.
extension ReaderState {
  /// Notes where the open article is, for the library (`Action.closing`).
  mutating func noteReadingPosition() {
    if mode == .article && view == .text { rememberPlace() }
  }

  /// The library's marks for an article arrived: the article opens where it was left.
  mutating func receiveMarks(_ index: Int, _ marks: LibraryMarks) {
    guard articles.indices.contains(index) else { return }
    libraryMarks[index] = marks
    if places[index] == nil && marks.position > 0 {
      places[index] = Place(offset: marks.position)
    }
    if mode == .article && index == articleIndex && openEntry?.document != nil {
      markOpened(index)
    }
  }

  /// Tells the library an article was opened (it is read now, and kept when new).
  mutating func markOpened(_ index: Int) {
    guard articles.indices.contains(index), libraryMarks[index] != nil || keepsInLibrary,
      articles[index].source != "-"
    else { return }
    libraryMarks[index, default: LibraryMarks()].unread = false
    requests.append(.library(.opened(source: articles[index].source)))
  }

  /// Tells the library where an article was left.
  mutating func notePosition(_ index: Int, offset: Int) {
    guard libraryMarks[index] != nil, libraryMarks[index]?.position != offset else { return }
    libraryMarks[index]?.position = offset
    requests.append(.library(.position(source: articles[index].source, offset: offset)))
  }

  /// `u` in the list, `*`: flips a mark of the selected (or open) article.
  mutating func toggleMark(_ command: Command) {
    let index = mode == .list ? article(atRow: listSelection) : articleIndex
    guard let index, articles.indices.contains(index) else { return }
    guard var marks = libraryMarks[index] else {
      say("\(articles[index].fileName) is not in the library", isError: true)
      return
    }
    let source = articles[index].source
    if command == .toggleUnread {
      marks.unread.toggle()
      requests.append(.library(.unread(source: source, marks.unread)))
      say(marks.unread ? "marked unread" : "marked read")
    } else {
      marks.starred.toggle()
      requests.append(.library(.starred(source: source, marks.starred)))
      say(marks.starred ? "starred" : "star removed")
    }
    libraryMarks[index] = marks
  }
}
