/// Finds the story among a page's blocks, the way Readability does: paragraphs
/// score the containers above them (more for long text with commas, less for
/// links), class and id names add or take away, the best container wins and
/// brings along its siblings that look like part of the same story.
struct MainContent {
  let elements: [HTMLElement]
  let blocks: [HTMLBlock]

  /// Score of each element (0 where no paragraph reached it), after link density.
  private var scores: [Double] = []
  private var scored: [Bool] = []
  private var chars: [Int] = []
  private var linkChars: [Int] = []

  init(elements: [HTMLElement], blocks: [HTMLBlock]) {
    self.elements = elements
    self.blocks = blocks
  }

  /// Indices of the blocks that make up the story, in document order; empty when
  /// the page has no paragraph worth scoring.
  mutating func storyBlocks() -> [Int] {
    computeTextCounts()
    scoreContainers()
    guard var top = scores.indices.filter({ scored[$0] }).max(by: { scores[$0] < scores[$1] })
    else {
      // No paragraph long enough to score (a table, a list): the whole page,
      // without its link lists.
      return blocks.indices.filter { blocks[$0].linkDensity <= 0.5 }
    }
    top = commonAncestorOfAlternatives(top)
    top = climb(from: top)
    let holder = top
    while case let parent = elements[top].parent, parent >= 0, !isPageRoot(parent),
      onlyChild(top, of: parent)
    {
      top = parent
    }
    let story = gather(around: top)
    let sections = sectionsLike(holder, outside: top)
    return withoutOtherArticles(sections.isEmpty ? story : Array(Set(story + sections)).sorted())
  }

  /// A page that lists several `<article>` elements side by side (a post followed by
  /// others as cards) holds its story in the one with the page's headline, its `<h1>`,
  /// when that one holds prose: the others are other stories. An article inside another
  /// (a live blog's updates, comments) counts as part of the outer one.
  private func withoutOtherArticles(_ story: [Int]) -> [Int] {
    let articles = story.map { outermostArticle(around: blocks[$0].element) }
    let distinct = Set(articles.filter { $0 >= 0 })
    guard distinct.count >= 2 else { return story }
    let headlined = distinct.filter { article in
      blocks[elements[article].blocksStart..<elements[article].blocksEnd].contains {
        $0.kind == .heading && $0.headingLevel == 1
      }
    }
    guard headlined.count == 1, let chosen = headlined.first,
      blocks[elements[chosen].blocksStart..<elements[chosen].blocksEnd].contains(where: {
        $0.kind == .paragraph && $0.chars >= 80
      })
    else { return story }
    return zip(story, articles).filter { $0.1 < 0 || $0.1 == chosen }.map(\.0)
  }

  /// The outermost `<article>` element around `element` (itself included), or -1.
  private func outermostArticle(around element: Int) -> Int {
    var found = -1
    var current = element
    while current >= 0 {
      if elements[current].tag == .article { found = current }
      current = elements[current].parent
    }
    return found
  }

  // MARK: Scoring

  private mutating func computeTextCounts() {
    var prefixChars = [0]
    var prefixLinks = [0]
    prefixChars.reserveCapacity(blocks.count + 1)
    prefixLinks.reserveCapacity(blocks.count + 1)
    for block in blocks {
      prefixChars.append(prefixChars.last! + block.chars)
      prefixLinks.append(prefixLinks.last! + block.linkChars)
    }
    chars = elements.map { prefixChars[$0.blocksEnd] - prefixChars[$0.blocksStart] }
    linkChars = elements.map { prefixLinks[$0.blocksEnd] - prefixLinks[$0.blocksStart] }
  }

  private func linkDensity(_ element: Int) -> Double {
    chars[element] == 0 ? 0 : Double(linkChars[element]) / Double(chars[element])
  }

  private mutating func scoreContainers() {
    scores = Array(repeating: 0, count: elements.count)
    scored = Array(repeating: false, count: elements.count)
    for block in blocks where block.chars >= 25 && !block.isAside {
      let start: Int
      switch block.kind {
      case .paragraph, .preformatted, .cell, .quote:
        start = elements[block.element].parent
      case .loose:
        // A <div> holding nothing but this text counts as a paragraph itself.
        let element = block.element
        let isLeaf =
          elements[element].subtreeEnd == element + 1
          && elements[element].blocksEnd - elements[element].blocksStart == 1
        start = isLeaf ? elements[element].parent : element
      case .heading, .listItem:
        continue
      }
      let score = 1 + Double(block.commas) + Double(min(block.chars / 100, 3))
      var ancestor = start
      var level = 0
      while ancestor >= 0 && level < 5 {
        if !scored[ancestor] {
          scored[ancestor] = true
          scores[ancestor] =
            elements[ancestor].tag.containerBaseScore + elements[ancestor].hints.weight
        }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        scores[ancestor] += score / divider
        ancestor = elements[ancestor].parent
        level += 1
      }
    }
    for index in scores.indices where scored[index] {
      scores[index] *= 1 - linkDensity(index)
    }
  }

  private func isPageRoot(_ element: Int) -> Bool {
    elements[element].tag == .body || elements[element].tag == .html
  }

  private func contains(_ ancestor: Int, _ element: Int) -> Bool {
    element > ancestor && element < elements[ancestor].subtreeEnd
  }

  /// When several containers score nearly as high as the best, the story is
  /// split among them: take their closest common ancestor that holds three.
  private func commonAncestorOfAlternatives(_ top: Int) -> Int {
    let best = scores[top]
    let alternatives = scores.indices
      .filter { scored[$0] && $0 != top && scores[$0] >= best * 0.75 }
      .sorted { scores[$0] > scores[$1] }
      .prefix(4)
    guard alternatives.count >= 3 else { return top }
    var ancestor = elements[top].parent
    while ancestor >= 0 && !isPageRoot(ancestor) {
      if alternatives.filter({ contains(ancestor, $0) }).count >= 3 { return ancestor }
      ancestor = elements[ancestor].parent
    }
    return top
  }

  /// Moves up while a parent scores higher than the candidate (the story's
  /// paragraphs sit in several children of one container).
  private func climb(from start: Int) -> Int {
    var top = start
    var parent = elements[top].parent
    var lastScore = scores[top]
    let threshold = lastScore / 3
    while parent >= 0 && !isPageRoot(parent) {
      if !scored[parent] {
        parent = elements[parent].parent
        continue
      }
      let parentScore = scores[parent]
      if parentScore < threshold { break }
      if parentScore > lastScore {
        top = parent
        break
      }
      lastScore = parentScore
      parent = elements[parent].parent
    }
    return top
  }

  private func children(of parent: Int) -> [Int] {
    var result: [Int] = []
    var index = parent + 1
    while index < elements[parent].subtreeEnd {
      result.append(index)
      index = elements[index].subtreeEnd
    }
    return result
  }

  private func onlyChild(_ element: Int, of parent: Int) -> Bool {
    let own = elements[parent]
    return elements[element].subtreeEnd == own.subtreeEnd && element == parent + 1
      && elements[element].blocksStart == own.blocksStart
      && elements[element].blocksEnd == own.blocksEnd
  }

  /// The blocks of the best container and of the siblings that belong with it.
  private func gather(around top: Int) -> [Int] {
    let parent = elements[top].parent
    guard parent >= 0 else {
      return Array(elements[top].blocksStart..<elements[top].blocksEnd)
    }
    let threshold = max(10, scores[top] * 0.2)
    let topClass = elements[top].className
    var kept: [Int] = []
    var cursor = elements[parent].blocksStart
    for sibling in children(of: parent) {
      // Text sitting directly in the parent, between children.
      for index in cursor..<elements[sibling].blocksStart where looksLikeStoryText(blocks[index]) {
        kept.append(index)
      }
      cursor = elements[sibling].blocksEnd
      if belongs(sibling, with: top, threshold: threshold, topClass: topClass) {
        kept += elements[sibling].blocksStart..<elements[sibling].blocksEnd
      }
    }
    for index in cursor..<elements[parent].blocksEnd where looksLikeStoryText(blocks[index]) {
      kept.append(index)
    }
    return kept
  }

  /// The blocks of elements elsewhere on the page that carry the tag and class of the
  /// element holding the story's paragraphs and hold paragraphs of prose themselves: a
  /// story the page splits into sections around its pictures and players.
  private func sectionsLike(_ holder: Int, outside top: Int) -> [Int] {
    let holderClass = elements[holder].className
    guard !holderClass.isEmpty else { return [] }
    var found: [Int] = []
    var index = 0
    while index < elements.count {
      if index == top {
        index = elements[top].subtreeEnd
        continue
      }
      let element = elements[index]
      if element.className == holderClass && element.tag == elements[holder].tag
        && !contains(index, top) && linkDensity(index) < 0.3
        && blocks[element.blocksStart..<element.blocksEnd].contains(where: {
          $0.kind == .paragraph && $0.chars >= 80 && $0.linkDensity < 0.25
        })
      {
        found += element.blocksStart..<element.blocksEnd
        index = element.subtreeEnd
        continue
      }
      index += 1
    }
    return found
  }

  private func belongs(_ sibling: Int, with top: Int, threshold: Double, topClass: String) -> Bool {
    if sibling == top { return true }
    if scored[sibling] {
      let bonus =
        !topClass.isEmpty && elements[sibling].className == topClass ? scores[top] * 0.2 : 0
      if scores[sibling] + bonus >= threshold { return true }
    }
    guard elements[sibling].tag == .p else { return false }
    let length = chars[sibling]
    let density = linkDensity(sibling)
    if length > 80 { return density < 0.25 }
    let text =
      elements[sibling].blocksStart < elements[sibling].blocksEnd
      ? blocks[elements[sibling].blocksStart].text : ""
    return length > 0 && density == 0 && (text.hasSuffix(".") || text.containsBytes(". "))
  }

  private func looksLikeStoryText(_ block: HTMLBlock) -> Bool {
    if block.chars > 80 { return block.linkDensity < 0.25 }
    return block.chars > 0 && block.linkChars == 0
      && (block.text.hasSuffix(".") || block.text.containsBytes(". "))
  }
}
