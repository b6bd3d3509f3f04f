import QuothAnalysis

/// An article's quotes in reading order, stored compactly: 36 bytes a quote plus 16 a
/// span, each speaker's name once. The texts are not stored: a quote's text, its
/// mention's and its cue's are read from the article when a quote is asked for.
public struct QuoteTable: RandomAccessCollection, Hashable, Sendable {
  /// One quote: 32-bit offsets (texts up to 4 G characters) and numbers.
  private struct Row: Hashable, Sendable {
    var id: Int32
    /// Where the quote's spans begin in `spans` (they end where the next quote's do).
    var firstSpan: UInt32
    /// The speaker's number in `speakerNames`, `none` for none.
    var speaker: UInt32
    /// The id of the quote repeated, -1 for none.
    var repeatOf: Int32
    /// Mention and cue ranges, `none` for none.
    var mentionStart: UInt32
    var mentionEnd: UInt32
    var cueStart: UInt32
    var cueEnd: UInt32
    /// The speaker type's code plus one, 0 for none.
    var speakerType: UInt8
    /// The speaker kind's number plus one, 0 for none.
    var speakerKind: UInt8
    /// The speaker's confidence in hundredths, `noConfidence` for none.
    var speakerConfidence: UInt8
    /// Found in a boilerplate paragraph (a caption, an embed), not in the story.
    var outsideStory: Bool
  }

  private static let noConfidence = UInt8.max

  private let text: IndexedText
  private var rows: [Row] = []
  private var spans: [TextRange] = []
  /// Whether each quote starts at or after the one before it (as the analysis gives
  /// them), and the longest extent: together they find the quotes on screen quickly.
  private var inReadingOrder = true
  private var longestExtent = 0
  private var speakerNames = NameNumbers()

  private static let none = UInt32.max

  /// An empty table for quotes in `text`.
  public init(text: IndexedText) {
    self.text = text
  }

  /// Adds quotes that follow the ones added so far.
  public mutating func append(_ quotes: [Quote]) {
    if rows.isEmpty {
      // One section (any ordinary article): the rows take just what they need.
      rows.reserveCapacity(quotes.count)
      spans.reserveCapacity(quotes.reduce(0) { $0 + $1.spans.count })
    }
    for quote in quotes {
      let extent = quote.extent
      if let last = rows.indices.last, extent.start < self.extent(at: last).start {
        inReadingOrder = false
      }
      longestExtent = Swift.max(longestExtent, extent.end - extent.start)
      let none = QuoteTable.none
      let speaker = quote.speaker.map { speakerNames.number(of: $0) } ?? none
      rows.append(
        Row(
          id: Int32(clamping: quote.id), firstSpan: UInt32(clamping: spans.count),
          speaker: speaker, repeatOf: quote.repeatOf.map { Int32(clamping: $0) } ?? -1,
          mentionStart: quote.mention.map { UInt32(clamping: $0.start) } ?? none,
          mentionEnd: quote.mention.map { UInt32(clamping: $0.end) } ?? none,
          cueStart: quote.cue.map { UInt32(clamping: $0.start) } ?? none,
          cueEnd: quote.cue.map { UInt32(clamping: $0.end) } ?? none,
          speakerType: quote.speakerType.map { CompactCodes.code($0) + 1 } ?? 0,
          speakerKind: quote.speakerKind.map {
            UInt8(SpeakerKind.allCases.firstIndex(of: $0)!) + 1
          } ?? 0,
          speakerConfidence: quote.speakerConfidence.map {
            UInt8((Swift.min(Swift.max($0, 0), 1) * 100).rounded())
          } ?? QuoteTable.noConfidence, outsideStory: quote.outsideStory))
      spans += quote.spans
    }
  }

  /// Lets go of what only adding quotes needs (a folder holds thousands of tables).
  public mutating func finish() {
    speakerNames.finish()
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { rows.count }

  /// Quote `position`, its texts read from the article.
  public subscript(position: Int) -> Quote {
    let row = rows[position]
    func span(_ start: UInt32, _ end: UInt32) -> TextSpan? {
      guard start != QuoteTable.none else { return nil }
      return TextSpan(start: Int(start), end: Int(end), text: text.text(Int(start), Int(end)))
    }
    var quote = Quote(
      id: Int(row.id), spans: Array(spans(at: position)), text: text(at: position),
      speaker: speaker(at: position),
      speakerType: row.speakerType == 0
        ? nil : CompactCodes.entityTypes[Int(row.speakerType) - 1],
      speakerKind: row.speakerKind == 0 ? nil : SpeakerKind.allCases[Int(row.speakerKind) - 1],
      speakerConfidence: speakerConfidence(at: position),
      mention: span(row.mentionStart, row.mentionEnd), cue: span(row.cueStart, row.cueEnd),
      repeatOf: repeatOf(at: position))
    quote.outsideStory = row.outsideStory
    return quote
  }

  /// Whether quote `position` sits in a boilerplate paragraph (a caption, an embed).
  public func isOutsideStory(at position: Int) -> Bool { rows[position].outsideStory }

  /// How likely the speaker of quote `position` is right, nil when unattributed or unknown.
  public func speakerConfidence(at position: Int) -> Double? {
    let hundredths = rows[position].speakerConfidence
    return hundredths == QuoteTable.noConfidence ? nil : Double(hundredths) / 100
  }

  /// Whether quote `position` has a speaker the analysis is unsure of.
  public func hasUncertainSpeaker(at position: Int) -> Bool {
    rows[position].speaker != QuoteTable.none
      && (speakerConfidence(at: position) ?? 1) < Quote.uncertainBelow
  }

  /// The id of quote `position` (1-based, in reading order).
  public func id(at position: Int) -> Int { Int(rows[position].id) }

  /// The text of quote `position`: its spans joined with " … ".
  public func text(at position: Int) -> String {
    spans(at: position).map { text.text($0.start, $0.end) }.joined(separator: " … ")
  }

  /// The id of the earlier quote that quote `position` repeats.
  public func repeatOf(at position: Int) -> Int? {
    rows[position].repeatOf < 0 ? nil : Int(rows[position].repeatOf)
  }

  /// The quoted regions of quote `position` (quicker than the whole quote).
  public func spans(at position: Int) -> ArraySlice<TextRange> {
    let end = position + 1 < rows.count ? Int(rows[position + 1].firstSpan) : spans.count
    return spans[Int(rows[position].firstSpan)..<end]
  }

  /// From the start of the first span of quote `position` to the end of its last.
  public func extent(at position: Int) -> TextRange {
    let spans = spans(at: position)
    return TextRange(spans.first?.start ?? 0, spans.last?.end ?? 0)
  }

  /// The speaker of quote `position`, nil when unattributed.
  public func speaker(at position: Int) -> String? {
    let number = rows[position].speaker
    return number == QuoteTable.none ? nil : speakerNames[number]
  }

  /// The positions of the quotes with a span overlapping `start..<end`, in order.
  public func positions(overlapping start: Int, _ end: Int) -> [Int] {
    func overlaps(_ position: Int) -> Bool {
      spans(at: position).contains { $0.start < end && $0.end > start }
    }
    guard inReadingOrder else { return indices.filter(overlaps) }
    // The first quote starting at or after `end`; none from there on overlaps.
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if extent(at: mid).start < end { low = mid + 1 } else { high = mid }
    }
    // Back from there while a quote could still reach `start`.
    var found: [Int] = []
    var position = low - 1
    while position >= 0 && extent(at: position).start + longestExtent > start {
      if overlaps(position) { found.append(position) }
      position -= 1
    }
    return found.reversed()
  }

  /// The positions of the quotes by `name` (nil: every quote).
  public func positions(by name: String?) -> [Int] {
    guard let name else { return Array(indices) }
    guard let number = speakerNames.existingNumber(of: name) else { return [] }
    return indices.filter { rows[$0].speaker == number }
  }
}
