/// The tagger's labels: O, and B(egin), I(nside), L(ast), U(nit) for each tagged type.
package enum EntityLabel {
  /// The entity types the tagger learns; GROUP and DATE come from rules.
  package static let types: [EntityType] = [.person, .org, .place]
  /// Number of labels: O plus four per type.
  package static let count = 1 + 4 * types.count
  /// Scores are laid out in rows of this many (a SIMD width).
  package static let stride = 16
  package static let outside = 0

  /// Where a token stands in its entity.
  package enum Position: Int {
    case begin = 0
    case inside
    case last
    case unit
  }

  @inline(__always) package static func label(_ typeIndex: Int, _ position: Position) -> Int {
    1 + typeIndex * 4 + position.rawValue
  }

  @inline(__always) package static func typeIndex(_ label: Int) -> Int { (label - 1) >> 2 }

  @inline(__always) package static func position(_ label: Int) -> Position {
    Position(rawValue: (label - 1) & 3)!
  }

  /// For each previous label, a bit mask of the labels that may follow it (BILOU order).
  package static let allowedAfter: [UInt32] = (0..<count).map { previous in
    var mask: UInt32 = 0
    for next in 0..<count where isAllowed(previous, next) { mask |= 1 << UInt32(next) }
    return mask
  }

  static func isAllowed(_ previous: Int, _ next: Int) -> Bool {
    let open = previous != outside && [.begin, .inside].contains(position(previous))
    if open {
      return next != outside && typeIndex(next) == typeIndex(previous)
        && [.inside, .last].contains(position(next))
    }
    return next == outside || [.begin, .unit].contains(position(next))
  }

  /// Whether a label may end a paragraph (it closes its entity).
  @inline(__always) package static func mayEnd(_ label: Int) -> Bool {
    label == outside || position(label) == .last || position(label) == .unit
  }
}

extension EntityLabel {
  /// Labels that close their entity (allowed on a paragraph's last token).
  package static let closing: UInt32 = (0..<count).reduce(0) { mask, label in
    mayEnd(label) ? mask | (1 << UInt32(label)) : mask
  }

  /// For each previous label, and for a paragraph's last token or not (index `previous * 2
  /// + last`), the score lanes that may not follow: the labels `allowedAfter` leaves out
  /// (and, last, those not `closing`), and the lanes past the last label.
  package static let forbiddenLanes: [SIMDMask<SIMD16<Int16>>] = (0..<count * 2).map { index in
    var allowed = allowedAfter[index / 2]
    if index % 2 == 1 { allowed &= closing }
    var lanes = SIMDMask<SIMD16<Int16>>(repeating: true)
    for label in 0..<count where allowed & (1 << UInt32(label)) != 0 { lanes[label] = false }
    return lanes
  }
}
