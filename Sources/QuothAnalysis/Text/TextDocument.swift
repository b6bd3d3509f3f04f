/// An article's text as scalars, with its analysed paragraphs tokenised.
struct TextDocument {
  struct Block {
    var range: TextRange
    var kind: ParagraphKind
    var tokens: [Token]
  }

  let scalars: [Unicode.Scalar]
  /// The paragraphs that are analysed (everything but boilerplate, or only boilerplate),
  /// in order.
  let blocks: [Block]

  init(article: Article) {
    self.init(article: article, scalars: ScalarText.scalars(of: article.text))
  }

  /// The document of the story's paragraphs, or with `outsideStory` of the boilerplate
  /// ones alone; `scalars` is the article's text.
  init(article: Article, scalars: [Unicode.Scalar], outsideStory: Bool = false) {
    self.scalars = scalars
    blocks = article.paragraphs.compactMap { paragraph in
      guard (paragraph.kind == .boilerplate) == outsideStory, paragraph.end <= scalars.count
      else { return nil }
      return Block(
        range: paragraph.range, kind: paragraph.kind,
        tokens: Tokenizer.tokens(scalars, in: paragraph.range))
    }
  }

  func string(_ range: TextRange) -> String {
    ScalarText.string(scalars[range.start..<range.end])
  }

  func string(_ token: Token) -> String { string(TextRange(token.start, token.end)) }

  /// The token's text in lower case, with a trailing possessive and curly apostrophes normalised.
  func lower(_ token: Token) -> String {
    ScalarText.lowercased(scalars[token.start..<token.end])
  }

  /// Whether the token's lower-case form (`lower`) is one of `words`.
  func lower(_ token: Token, isIn words: StringSet) -> Bool {
    words.contains(lowercasing: scalars[token.start..<token.end])
  }

  /// Whether a word token reads as a sentence end when a period follows it.
  func isAbbreviation(_ token: Token) -> Bool {
    guard token.kind == .word else { return false }
    if token.length == 1 && token.isCapitalized { return true }  // an initial: John F. Kennedy
    return Abbreviations.contains(lowercased: lower(token), capitalised: token.isCapitalized)
  }
}
