/// Quoted regions that are not quotations by their place in the article: headlines,
/// headline-style single quotes and the titles of works. PolNeAR train (840 articles)
/// has no annotated quote in any of them.
enum HeadlineAndTitleFilter {
  /// The regions that may be quotations, in order.
  static func quotations(_ regions: [QuoteRegion], in document: TextDocument) -> [QuoteRegion] {
    let doubles = regions.count { !$0.hasSingleMarks }
    let quotesWithSingleMarks = regions.count - doubles > doubles
    return regions.filter { region in
      let block = document.blocks[region.block]
      // A title or heading quotes as headlines do: loosely, and again in the story.
      guard block.kind != .title && block.kind != .heading else { return false }
      // An article quoting with double marks uses single ones for headlines and subheads
      // ('Never underestimate him.'), not for speech.
      if region.hasSingleMarks && !quotesWithSingleMarks { return false }
      return !isTitleOfWork(region, block.tokens, document)
    }
  }

  /// Every word capitalised but the small ones, right after a possessive, a noun naming
  /// a work or "author of": ABC's “This Week”, the podcast “Here and Now”, author of
  /// “The Long Road Home”.
  private static func isTitleOfWork(
    _ region: QuoteRegion, _ tokens: [Token], _ document: TextDocument
  ) -> Bool {
    guard region.openToken > 0, tokens[region.openToken - 1].kind == .word,
      QuoteAssembler.isTitleCase(region, document)
    else { return false }
    let previous = document.lower(tokens[region.openToken - 1])
    if previous.hasSuffix("'s") || workNouns.contains(previous) { return true }
    return previous == "of" && region.openToken > 1
      && ["author", "co-author", "editor", "co-editor"].contains(
        document.lower(tokens[region.openToken - 2]))
  }

  /// Nouns that name a work when a title follows them.
  private static let workNouns: Set<String> = [
    "book", "show", "program", "programme", "podcast", "film", "movie", "song", "anthem", "album",
    "novel", "memoir", "series", "documentary", "play", "musical", "column", "newsletter",
  ]
}
