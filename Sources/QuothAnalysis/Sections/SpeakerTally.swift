/// Adds up who is quoted how much across the sections of an article.
public struct SpeakerTally: Sendable {
  private var totals: [Speaker] = []
  private var positions: [String: Int] = [:]

  public init() {}

  /// Counts a section's speakers: quotes and words add up; the first type and
  /// description found are kept.
  public mutating func add(_ speakers: [Speaker]) {
    for speaker in speakers {
      guard let position = positions[speaker.name] else {
        positions[speaker.name] = totals.count
        totals.append(speaker)
        continue
      }
      totals[position].quotes += speaker.quotes
      totals[position].words += speaker.words
      if totals[position].type == nil { totals[position].type = speaker.type }
      if totals[position].description == nil {
        totals[position].description = speaker.description
      }
    }
  }

  /// The speakers, most quoted first; ties keep the order they were first met.
  public var speakers: [Speaker] {
    totals.enumerated().sorted {
      $0.element.quotes != $1.element.quotes
        ? $0.element.quotes > $1.element.quotes : $0.offset < $1.offset
    }.map(\.element)
  }
}
