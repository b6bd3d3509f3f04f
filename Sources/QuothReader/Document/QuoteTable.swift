import QuothAnalysis

/// An article's quotes in reading order, stored in columns: about 40 bytes a quote
/// plus 16 a span, each speaker's name once. The texts are not stored: a quote's text,
/// its mention's and its cue's are read from the article when a quote is asked for.
public struct QuoteTable: RandomAccessCollection, Hashable, Sendable {
  private let text: IndexedText
  private var ids: [Int] = []
  /// Where each quote's spans begin in `spans` (they end where the next quote's begin).
  private var firstSpans: [UInt32] = []
  private var spans: [TextRange] = []
  /// Index into `speakerNames`, -1 for none.
  private var speakers: [Int32] = []
  /// Index into `EntityType.allCases` plus one, 0 for none.
  private var speakerTypes: [UInt8] = []
  /// Mention and cue ranges; `UInt32.max` for none.
  private var mentions: [UInt32] = []
  private var cues: [UInt32] = []
  /// The id of the quote repeated, -1 for none.
  private var repeats: [Int32] = []
  /// Whether each quote starts at or after the one before it (as the analysis gives
  /// them), and the longest extent: together they find the quotes on screen quickly.
  private var inReadingOrder = true
  private var longestExtent = 0
  private var speakerNames: [String] = []
  /// The number of each name, while quotes are added (`finish` lets go of it).
  private var speakerNumbers: [String: Int32] = [:]

  private static let none = UInt32.max

  /// An empty table for quotes in `text`.
  public init(text: IndexedText) {
    self.text = text
  }

  /// Adds quotes that follow the ones added so far.
  public mutating func append(_ quotes: [Quote]) {
    if ids.isEmpty {
      // One section (any ordinary article): the columns take just what they need.
      ids.reserveCapacity(quotes.count)
      firstSpans.reserveCapacity(quotes.count)
      mentions.reserveCapacity(2 * quotes.count)
      cues.reserveCapacity(2 * quotes.count)
      speakers.reserveCapacity(quotes.count)
      speakerTypes.reserveCapacity(quotes.count)
      repeats.reserveCapacity(quotes.count)
      spans.reserveCapacity(quotes.reduce(0) { $0 + $1.spans.count })
    }
    for quote in quotes {
      let extent = quote.extent
      if let last = ids.indices.last, extent.start < self.extent(at: last).start {
        inReadingOrder = false
      }
      longestExtent = Swift.max(longestExtent, extent.end - extent.start)
      ids.append(quote.id)
      firstSpans.append(UInt32(clamping: spans.count))
      spans += quote.spans
      if let speaker = quote.speaker {
        speakers.append(number(of: speaker))
      } else {
        speakers.append(-1)
      }
      speakerTypes.append(
        quote.speakerType.map { CompactCodes.code($0) + 1 } ?? 0)
      QuoteTable.append(quote.mention, to: &mentions)
      QuoteTable.append(quote.cue, to: &cues)
      repeats.append(quote.repeatOf.map { Int32(clamping: $0) } ?? -1)
    }
  }

  private static func append(_ span: TextSpan?, to column: inout [UInt32]) {
    column.append(span.map { UInt32(clamping: $0.start) } ?? QuoteTable.none)
    column.append(span.map { UInt32(clamping: $0.end) } ?? QuoteTable.none)
  }

  /// Lets go of what only adding quotes needs (a folder holds thousands of tables).
  public mutating func finish() {
    speakerNumbers = [:]
  }

  private mutating func number(of name: String) -> Int32 {
    if speakerNumbers.isEmpty && !speakerNames.isEmpty {
      for (number, name) in speakerNames.enumerated() { speakerNumbers[name] = Int32(number) }
    }
    if let number = speakerNumbers[name] { return number }
    let number = Int32(speakerNames.count)
    speakerNames.append(name)
    speakerNumbers[name] = number
    return number
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { ids.count }

  /// Quote `position`, its texts read from the article.
  public subscript(position: Int) -> Quote {
    let spans = spans(at: position)
    func span(_ column: [UInt32]) -> TextSpan? {
      let start = column[2 * position]
      let end = column[2 * position + 1]
      guard start != QuoteTable.none else { return nil }
      return TextSpan(start: Int(start), end: Int(end), text: text.text(Int(start), Int(end)))
    }
    let type = speakerTypes[position]
    return Quote(
      id: ids[position], spans: Array(spans), text: text(at: position),
      speaker: speaker(at: position),
      speakerType: type == 0 ? nil : CompactCodes.entityTypes[Int(type) - 1],
      mention: span(mentions), cue: span(cues), repeatOf: repeatOf(at: position))
  }

  /// The id of quote `position` (1-based, in reading order).
  public func id(at position: Int) -> Int { ids[position] }

  /// The text of quote `position`: its spans joined with " … ".
  public func text(at position: Int) -> String {
    spans(at: position).map { text.text($0.start, $0.end) }.joined(separator: " … ")
  }

  /// The id of the earlier quote that quote `position` repeats.
  public func repeatOf(at position: Int) -> Int? {
    repeats[position] < 0 ? nil : Int(repeats[position])
  }

  /// The quoted regions of quote `position` (quicker than the whole quote).
  public func spans(at position: Int) -> ArraySlice<TextRange> {
    let end = position + 1 < firstSpans.count ? Int(firstSpans[position + 1]) : spans.count
    return spans[Int(firstSpans[position])..<end]
  }

  /// From the start of the first span of quote `position` to the end of its last.
  public func extent(at position: Int) -> TextRange {
    let spans = spans(at: position)
    return TextRange(spans.first?.start ?? 0, spans.last?.end ?? 0)
  }

  /// The speaker of quote `position`, nil when unattributed.
  public func speaker(at position: Int) -> String? {
    let number = speakers[position]
    return number < 0 ? nil : speakerNames[Int(number)]
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
    guard let number = speakerNames.firstIndex(of: name).map(Int32.init) else { return [] }
    return indices.filter { speakers[$0] == number }
  }
}
