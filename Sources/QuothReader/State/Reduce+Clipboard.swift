import QuothAnalysis

// `y` and `Y`: a quote or the article's source to the clipboard.
extension ReaderState {
  /// The text to put on the clipboard queued since the last call (the front end writes it
  /// through OSC 52 or the configured command).
  public mutating func takeClipboard() -> String? {
    defer { clipboard = nil }
    return clipboard
  }

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
      clipboard = TerminalText.sanitized(source)
      say("copied \(clipboard ?? "")")
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
    clipboard = TerminalText.sanitized("\(marked)\(speaker) \(document.title) (\(source))")
    say("copied the quote")
  }
}
