import QuothAnalysis

// `y` and `Y`: a quote or the article's source to the clipboard.
extension ReaderState {
  /// `y`: the selected quote (else the first on screen) as
  /// `“…” — Speaker, Title (URL or file)`; `Y`: the article's URL, else its file.
  mutating func copy(_ command: Command) {
    guard mode == .article, openEntry?.document != nil else {
      say("open an article to copy from it")
      return
    }
    let article = document.article
    let source = article.url ?? article.source
    if command == .copySource {
      let text = TerminalText.sanitized(source)
      requests.append(.copy(text))
      say("copied \(text)")
      return
    }
    let quotes = visibleQuotes
    guard let index = selectedQuote ?? quotes.first else {
      say("no quote to copy")
      return
    }
    let text = document.quotes.text(at: index)
    let marked = text.first.map { "“\"‘'«„".contains($0) } ?? false ? text : "“\(text)”"
    let speaker = document.quotes[index].speaker.map { " — \($0)," } ?? " —"
    requests.append(
      .copy(TerminalText.sanitized("\(marked)\(speaker) \(document.title) (\(source))")))
    say("copied the quote")
  }
}
