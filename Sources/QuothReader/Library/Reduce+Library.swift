import QuothAnalysis

// The library's marks (unread, starred, reading position) in the reader.
extension ReaderState {
  /// The changes for the library queued since the last call (the front end hands them
  /// to `ReaderLibrary.apply`).
  public mutating func takeLibraryRequests() -> [LibraryRequest] {
    defer { libraryRequests.removeAll() }
    return libraryRequests
  }

  /// Keeps the articles opened from now on in the library.
  public mutating func keepInLibrary() {
    keepsInLibrary = true
  }

  /// Notes where the open article is, for the library (before the reader closes).
  public mutating func noteReadingPosition() {
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
    libraryRequests.append(.opened(source: articles[index].source))
  }

  /// Tells the library where an article was left.
  mutating func notePosition(_ index: Int, offset: Int) {
    guard libraryMarks[index] != nil, libraryMarks[index]?.position != offset else { return }
    libraryMarks[index]?.position = offset
    libraryRequests.append(.position(source: articles[index].source, offset: offset))
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
      libraryRequests.append(.unread(source: source, marks.unread))
      say(marks.unread ? "marked unread" : "marked read")
    } else {
      marks.starred.toggle()
      libraryRequests.append(.starred(source: source, marks.starred))
      say(marks.starred ? "starred" : "star removed")
    }
    libraryMarks[index] = marks
  }
}
