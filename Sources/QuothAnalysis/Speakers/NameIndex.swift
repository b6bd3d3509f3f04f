/// Every capitalised name the article uses, in order, so that a short or pronoun
/// mention can be linked to the fullest form ("Azodi" → "Sina Azodi").
struct NameIndex {
  enum Gender { case male, female }

  struct Occurrence {
    var position: Int
    var block: Int
    var name: String
    var words: [String]
    var title: String?
    var isPerson: Bool
    var isOrganisation: Bool
    var gender: Gender?
  }

  private(set) var occurrences: [Occurrence] = []
  /// Block indices of headings, in order.
  private var headingBlocks: [Int] = []
  private var byLastWord: [String: [Int]] = [:]

  init(document: TextDocument, entities: [Entity]) {
    headingBlocks = document.blocks.indices.filter { document.blocks[$0].kind == .heading }
    for block in document.blocks.indices {
      let reader = PhraseReader(document: document, block: block, regions: [])
      var index = 0
      let tokens = reader.tokens
      while index < tokens.count {
        guard tokens[index].kind == .word, tokens[index].isCapitalized, reader.isNamePart(index, atStart: false)
        else {
          index += 1
          continue
        }
        var end = index + 1
        while end < tokens.count && reader.isWord(end) && reader.isNamePart(end, atStart: false) { end += 1 }
        while end > index + 1 && !tokens[end - 1].isCapitalized { end -= 1 }
        // A single word says nothing a fuller form could add.
        if end - index > 1, let mention = reader.classify(index..<end), mention.kind == .name {
          add(mention)
        }
        index = end
      }
    }
    for entity in entities where entity.type == .person || entity.type == .org {
      let words = entity.canonical.split(separator: " ").map(String.init)
      guard !words.isEmpty, !occurrences.contains(where: { $0.position == entity.start }) else { continue }
      occurrences.append(
        Occurrence(
          position: entity.start, block: blockIndex(of: entity.start, in: document), name: entity.canonical,
          words: words, title: nil, isPerson: entity.type == .person, isOrganisation: entity.type == .org,
          gender: nil))
    }
    occurrences.sort { $0.position < $1.position }
    byLastWord = [:]
    for (offset, occurrence) in occurrences.enumerated() {
      byLastWord[occurrence.words.last!.lowercased(), default: []].append(offset)
    }
  }

  private func blockIndex(of position: Int, in document: TextDocument) -> Int {
    document.blocks.firstIndex { $0.range.contains(position) } ?? 0
  }

  private mutating func add(_ mention: SpeakerMention) {
    let words = mention.name.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return }
    let titleWords = (mention.title ?? "").lowercased().split(separator: " ").map(String.init)
    let personTitle = titleWords.contains { Lexicon.titles.contains($0) }
    var gender: Gender?
    if titleWords.contains(where: Lexicon.maleTitles.contains) { gender = .male }
    if titleWords.contains(where: Lexicon.femaleTitles.contains) { gender = .female }
    occurrences.append(
      Occurrence(
        position: mention.range.start, block: mention.block, name: mention.name, words: words,
        title: mention.title, isPerson: personTitle && !mention.isOrganisation,
        isOrganisation: mention.isOrganisation, gender: gender))
  }

  /// The fullest form of `name` the article uses: the nearest earlier longer name that
  /// ends with the same words, else the first later one.
  func canonical(_ name: String, at position: Int) -> Occurrence? {
    let words = name.split(separator: " ").map { $0.lowercased() }
    guard let last = words.last, let candidates = byLastWord[last] else { return nil }
    var best: Occurrence?
    for offset in candidates {
      let candidate = occurrences[offset]
      let lowered = candidate.words.map { $0.lowercased() }
      guard lowered.count >= words.count, Array(lowered.suffix(words.count)) == words else { continue }
      if candidate.position <= position {
        if best == nil || best!.position > position || candidate.words.count >= best!.words.count { best = candidate }
      } else if best == nil {
        best = candidate
      } else if best!.position > position && candidate.words.count > best!.words.count {
        best = candidate
      }
    }
    return best
  }

  /// The first block of the section (the text after the last heading) that holds `block`.
  func sectionStart(ofBlock block: Int) -> Int {
    (headingBlocks.last { $0 < block } ?? -1) + 1
  }

  /// All occurrences in one block, in order.
  func occurrences(inBlock block: Int) -> [Occurrence] {
    occurrences.filter { $0.block == block }
  }

  /// The longest form of a name anywhere in the article (for speakers named once briefly).
  func longestForm(of name: String) -> Occurrence? {
    let words = name.split(separator: " ").map { $0.lowercased() }
    guard let last = words.last, let candidates = byLastWord[last] else { return nil }
    return candidates.map { occurrences[$0] }
      .filter { Array($0.words.map { $0.lowercased() }.suffix(words.count)) == words }
      .max { $0.words.count < $1.words.count }
  }
}
