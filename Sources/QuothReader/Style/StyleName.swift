/// The names a theme gives colours to. When a cell carries several, later ones in
/// this list win for each attribute they set.
public enum StyleName: String, CaseIterable, Sendable {
  case normal
  case title
  case heading
  case byline
  case boilerplate
  case border
  case pane
  case paneHeader = "pane.header"
  case paneDim = "pane.dim"
  case entityPerson = "entity.person"
  case entityOrg = "entity.org"
  case entityPlace = "entity.place"
  case entityGroup = "entity.group"
  case entityDate = "entity.date"
  case speaker0 = "speaker.0"
  case speaker1 = "speaker.1"
  case speaker2 = "speaker.2"
  case speaker3 = "speaker.3"
  case speaker4 = "speaker.4"
  case speaker5 = "speaker.5"
  case speaker6 = "speaker.6"
  case speaker7 = "speaker.7"
  case quote
  case quoteCurrent = "quote.current"
  case match
  case matchCurrent = "match.current"
  case viewHeader = "view.header"
  case barQuotes = "bar.quotes"
  case barWords = "bar.words"
  case selected
  case status
  case statusMessage = "status.message"
  case hints
  case hintsKey = "hints.key"
  case prompt
  case error

  /// The number of speaker colours a theme can define.
  public static let speakerCount = 8

  /// The style of the n-th speaker colour, cycling.
  public static func speaker(_ index: Int) -> StyleName {
    let all: [StyleName] = [
      .speaker0, .speaker1, .speaker2, .speaker3, .speaker4, .speaker5, .speaker6, .speaker7,
    ]
    return all[((index % speakerCount) + speakerCount) % speakerCount]
  }

  var bit: UInt64 { 1 << UInt64(StyleName.bitIndex[self]!) }

  private static let bitIndex: [StyleName: Int] = Dictionary(
    uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// The set of style names on one cell, as bits (cheap to copy and compare).
public struct CellStyle: Hashable, Sendable {
  public var bits: UInt64

  public init(bits: UInt64 = 0) { self.bits = bits }

  public init(_ names: StyleName...) {
    bits = names.reduce(0) { $0 | $1.bit }
  }

  public static let plain = CellStyle()

  public func contains(_ name: StyleName) -> Bool { bits & name.bit != 0 }

  public func adding(_ name: StyleName) -> CellStyle { CellStyle(bits: bits | name.bit) }

  public mutating func insert(_ name: StyleName) { bits |= name.bit }

  /// The names in precedence order.
  public var names: [StyleName] { StyleName.allCases.filter { bits & $0.bit != 0 } }
}
