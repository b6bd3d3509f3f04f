@testable import QuothAnalysis

/// Analyses a small text written for a test.
func analyze(_ text: String) -> Analysis {
  Analyzer().analyze(PlainTextIngest.article(from: text, source: "test.txt"))
}

extension Analysis {
  /// The text of every quote, marks included, spans joined with " … ".
  var quoteTexts: [String] { quotes.map(\.text) }

  /// The quote whose text contains `fragment`.
  func quote(containing fragment: String) -> Quote? {
    quotes.first { $0.text.contains(fragment) }
  }

  /// The speaker of the quote that contains `fragment`.
  func speaker(of fragment: String) -> String? {
    quote(containing: fragment)?.speaker
  }
}
