/// Widens the story the container scoring found (`MainContent`) with the paragraphs the
/// page's own JSON-LD `articleBody` says are story text but that sit outside the story's
/// container: a lede or standfirst above it, a section split off by a picture.
struct StoryEdges {
  let blocks: [HTMLBlock]
  /// Word 4-grams of the JSON-LD `articleBody`, when the page gives one of some length.
  private let bodyShingles: Set<UInt64>

  init(blocks: [HTMLBlock], articleBody: String?) {
    self.blocks = blocks
    let shingles = Self.shingles(articleBody ?? "")
    bodyShingles = shingles.count >= 40 ? Set(shingles) : []
  }

  /// `chosen` (block indices in document order) with the story text outside it added.
  func widened(_ chosen: [Int]) -> [Int] {
    guard !chosen.isEmpty, !bodyShingles.isEmpty else { return chosen }
    var kept = Set(chosen)
    for index in blocks.indices
    where !kept.contains(index) && isProse(blocks[index]) && sharesArticleBody(blocks[index]) {
      kept.insert(index)
    }
    return kept.count == chosen.count ? chosen : kept.sorted()
  }

  private func isProse(_ block: HTMLBlock) -> Bool {
    !block.isAside && block.chars >= 40 && block.linkDensity < 0.3
      && (block.kind == .paragraph || block.kind == .loose || block.kind == .quote)
  }

  /// Most of the block's word 4-grams occur in the `articleBody`.
  private func sharesArticleBody(_ block: HTMLBlock) -> Bool {
    let own = Self.shingles(block.text)
    guard own.count >= 4 else { return false }
    let shared = own.reduce(0) { $0 + (bodyShingles.contains($1) ? 1 : 0) }
    return shared * 5 >= own.count * 4
  }

  /// Hashes of the text's word 4-grams (a word: a run of letters and digits, ASCII
  /// lower-cased).
  static func shingles(_ text: String) -> [UInt64] {
    var words: [UInt64] = []
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isWordScalar =
        value < 0x80
        ? (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
          || (value >= 0x61 && value <= 0x7A)
        : scalar.properties.isAlphabetic
      if isWordScalar {
        let lower = value >= 0x41 && value <= 0x5A ? value | 0x20 : value
        hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
        inWord = true
      } else if inWord {
        words.append(hash)
        hash = 0xcbf2_9ce4_8422_2325
        inWord = false
      }
    }
    if inWord { words.append(hash) }
    guard words.count >= 4 else { return [] }
    return (0...(words.count - 4)).map { start in
      var combined: UInt64 = 0
      for word in words[start..<start + 4] { combined = (combined &* 31) ^ word }
      return combined
    }
  }
}
