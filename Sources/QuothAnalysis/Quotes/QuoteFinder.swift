/// Finds quoted regions by pairing quotation marks paragraph by paragraph.
///
/// Double marks (“ ” " « » „ `` '') delimit quotes; single marks (‘ ’ ') delimit a
/// quote only where no double quote is open (some styles quote with single marks);
/// inside a double quote they are nested quotes and ignored. Straight marks and the
/// two-apostrophe '' open or close according to the spaces around them. A double
/// quote still open at the end of a paragraph ends there; when the next paragraph
/// opens with a mark, the quote continues in it. Headlines, headline-style single
/// quotes and titles of works are left out (`HeadlineAndTitleFilter`); transcript lines
/// without marks ("SMITH: …") are not quotes (none of 73 is in PolNeAR train's gold).
enum QuoteFinder {
  enum Family { case double, single }

  struct Mark {
    var token: Int
    var family: Family
    var canOpen: Bool
    var canClose: Bool
  }

  static func regions(in document: TextDocument) -> [QuoteRegion] {
    var regions: [QuoteRegion] = []
    var carriesOpenQuote = false
    for (blockIndex, block) in document.blocks.enumerated() {
      let marks = self.marks(in: block.tokens, document: document)
      var openDouble: Int?
      var openSingle: Int?
      var firstRegionInBlock = true
      func add(open: Int, close: Int?, single: Bool = false) {
        let tokens = block.tokens
        let end = close.map { tokens[$0].end } ?? tokens[tokens.count - 1].end
        let inner = (open + 1)..<(close ?? tokens.count)
        var region = QuoteRegion(
          block: blockIndex, openToken: open, closeToken: close,
          range: TextRange(tokens[open].start, end), innerTokens: inner)
        region.continuesEarlierParagraph = carriesOpenQuote && firstRegionInBlock && open == 0
        region.hasSingleMarks = single
        firstRegionInBlock = false
        if !inner.isEmpty { regions.append(region) }
      }
      for mark in marks {
        switch mark.family {
        case .double:
          if let open = openDouble, mark.canClose {
            add(open: open, close: mark.token)
            openDouble = nil
          } else if mark.canOpen {
            openDouble = mark.token
            openSingle = nil
          }
        case .single:
          guard openDouble == nil else { continue }
          if let open = openSingle, mark.canClose {
            add(open: open, close: mark.token, single: true)
            openSingle = nil
          } else if mark.canOpen && openSingle == nil {
            openSingle = mark.token
          }
        }
      }
      carriesOpenQuote = false
      if let open = openDouble {
        add(open: open, close: nil)
        carriesOpenQuote = true
      }
    }
    return HeadlineAndTitleFilter.quotations(regions, in: document)
  }

  /// The quotation marks of a paragraph with what each may do, in order.
  static func marks(in tokens: [Token], document: TextDocument) -> [Mark] {
    var marks: [Mark] = []
    for (index, token) in tokens.enumerated() where token.kind == .quoteMark {
      let before: Token? = index > 0 ? tokens[index - 1] : nil
      let after: Token? = index + 1 < tokens.count ? tokens[index + 1] : nil
      // Left-flanking: nothing or an opening sign before, text right after.
      let openSide =
        (token.spaceBefore || before.map { isOpeningContext($0) } ?? true)
        && !token.spaceAfter && after != nil
      // Right-flanking: text right before, nothing or a closing sign after.
      let closeSide =
        !token.spaceBefore && before != nil
        && (token.spaceAfter || after.map { isClosingContext($0) } ?? true)
      switch QuoteMarks.kind(of: token.first) {
      case .doubleOpening:
        marks.append(
          Mark(token: index, family: .double, canOpen: true, canClose: closeSide && !openSide))
      case .doubleClosing:
        marks.append(
          Mark(token: index, family: .double, canOpen: openSide && !closeSide, canClose: true))
      case .doubleStraight:
        marks.append(
          Mark(
            token: index, family: .double, canOpen: openSide || !closeSide,
            canClose: closeSide || !openSide))
      case .backtick:
        marks.append(
          Mark(
            token: index, family: token.length == 2 ? .double : .single, canOpen: true,
            canClose: false))
      case .singleOpening:
        marks.append(
          Mark(token: index, family: .single, canOpen: openSide, canClose: closeSide && !openSide))
      case .singleClosing:
        marks.append(
          Mark(token: index, family: .single, canOpen: openSide && !closeSide, canClose: closeSide))
      case .singleStraight:
        if token.length == 2 {
          marks.append(
            Mark(
              token: index, family: .double, canOpen: openSide || !closeSide,
              canClose: closeSide || !openSide))
        } else {
          marks.append(Mark(token: index, family: .single, canOpen: openSide, canClose: closeSide))
        }
      case .unpaired, nil:
        continue
      }
    }
    return marks
  }

  private static func isOpeningContext(_ token: Token) -> Bool {
    guard token.kind != .word else { return false }
    return "([{—–-/:".unicodeScalars.contains(token.first) || token.kind == .quoteMark
  }

  private static func isClosingContext(_ token: Token) -> Bool {
    guard token.kind != .word else { return false }
    return token.kind == .quoteMark || ".,;:!?)]}—–-…/".unicodeScalars.contains(token.first)
  }
}
