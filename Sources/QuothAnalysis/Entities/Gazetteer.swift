/// What a gazetteer says a word (or a phrase of several words) can be. Bits of a `UInt16`.
package enum GazetteerEntry {
  package static let firstName: UInt16 = 1 << 0
  package static let lastName: UInt16 = 1 << 1
  package static let place: UInt16 = 1 << 2
  /// Part of a phrase of several words that names a place ("United States", "Middle East").
  package static let placePhrase: UInt16 = 1 << 3
  package static let demonym: UInt16 = 1 << 4
  package static let group: UInt16 = 1 << 5
  package static let orgHead: UInt16 = 1 << 6
  package static let title: UInt16 = 1 << 7
  /// Among the 20,000 commonest English words.
  package static let common: UInt16 = 1 << 8
  /// Among the 1,000 commonest English words.
  package static let veryCommon: UInt16 = 1 << 9
  package static let month: UInt16 = 1 << 10
  package static let weekday: UInt16 = 1 << 11
  /// Part of a phrase of several words that names a nationality or group ("South Koreans").
  package static let groupPhrase: UInt16 = 1 << 12
  /// An organisation's name (a company, a team, a league, a publication, an agency), or part
  /// of a phrase of several words that is one ("Associated Press").
  package static let organisation: UInt16 = 1 << 13
  /// A word a sports team is called by on its own: "Celtics", "Wild", "Maple Leafs".
  package static let team: UInt16 = 1 << 14
  /// On a phrase's key: the hash of a phrase rather than of one word. On a word's key: the
  /// word starts a phrase of the table (only those are looked up as phrase starts).
  package static let phrase: UInt16 = 1 << 15

  /// Bits that say a capitalised word is likely a name rather than a common word.
  static let nameLike: UInt16 =
    firstName | lastName | place | placePhrase | demonym | group | orgHead | organisation | team
}

/// Gazetteer look-ups by word hash: an open-addressing table of 32-bit keys and entry bits,
/// each slot one 64-bit word (key above, bits below) so that a look-up reads one cache line.
package struct Gazetteer: Sendable {
  private var slots: [UInt64]
  private let mask: Int

  /// Longest phrase the table holds, in tokens.
  package static let longestPhrase = 4

  package init(keys: [UInt32], values: [UInt16]) {
    precondition(keys.count == values.count && keys.count.nonzeroBitCount == 1)
    slots = zip(keys, values).map { UInt64($0) << 32 | UInt64($1) }
    mask = keys.count - 1
  }

  /// An empty table with room for `capacity` entries (rounded up to a power of two, kept under half full).
  package init(capacity: Int) {
    var size = 1024
    while size < capacity * 2 { size <<= 1 }
    self.init(
      keys: [UInt32](repeating: 0, count: size), values: [UInt16](repeating: 0, count: size))
  }

  /// The slots' keys (0: empty), in slot order.
  package var keys: [UInt32] { slots.map { UInt32(truncatingIfNeeded: $0 >> 32) } }
  /// The slots' entry bits, in slot order.
  package var values: [UInt16] { slots.map { UInt16(truncatingIfNeeded: $0) } }

  @inline(__always) static func key(_ hash: UInt64) -> UInt32 {
    let k = UInt32(truncatingIfNeeded: hash >> 32)
    return k == 0 ? 1 : k
  }

  /// The entry bits of a word or phrase hash; 0 when absent.
  @inline(__always) package func lookup(_ hash: UInt64) -> UInt16 {
    let key = UInt64(Gazetteer.key(hash))
    var slot = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let entry = slots[slot]
        if entry >> 32 == key { return UInt16(truncatingIfNeeded: entry) }
        if entry >> 32 == 0 { return 0 }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Adds `bits` to the entry of `hash`.
  package mutating func insert(_ hash: UInt64, bits: UInt16) {
    let key = UInt64(Gazetteer.key(hash))
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >> 32 != 0 && slots[slot] >> 32 != key { slot = (slot + 1) & mask }
    slots[slot] |= key << 32 | UInt64(bits)
  }

  /// The hash of a phrase, from the lower-case hashes of its words.
  @inline(__always) package static func phraseHash(_ previous: UInt64, adding word: UInt64)
    -> UInt64
  {
    EntityHash.combine(previous ^ 0x5bd1_e995, word)
  }

  /// Sets each token's `gazetteer` bits: its own entry, and the phrase entries it is part of.
  func annotate(_ tokens: inout [EntityToken], range: Range<Int>) {
    tokens.withUnsafeMutableBufferPointer { annotate($0, range: range) }
  }

  private func annotate(_ tokens: UnsafeMutableBufferPointer<EntityToken>, range: Range<Int>) {
    for i in range { tokens[i].gazetteer = lookup(tokens[i].lower) }
    var i = range.lowerBound
    while i < range.upperBound {
      let startsPhrase = tokens[i].gazetteer & GazetteerEntry.phrase != 0
      // In lower case too: web text writes names so ("flew to new zealand").
      guard startsPhrase else {
        i += 1
        continue
      }
      tokens[i].gazetteer &= ~GazetteerEntry.phrase
      var h = tokens[i].lower
      var matchEnd = 0
      var matchBits: UInt16 = 0
      var j = i + 1
      while j < range.upperBound && j - i < Gazetteer.longestPhrase {
        h = Gazetteer.phraseHash(h, adding: tokens[j].lower)
        let bits = lookup(h)
        if bits & GazetteerEntry.phrase != 0 {
          matchEnd = j + 1
          matchBits = bits
        }
        j += 1
      }
      if matchEnd > 0 {
        var mark: UInt16 = 0
        if matchBits & GazetteerEntry.place != 0 { mark |= GazetteerEntry.placePhrase }
        if matchBits & (GazetteerEntry.demonym | GazetteerEntry.group) != 0 {
          mark |= GazetteerEntry.groupPhrase
        }
        mark |= matchBits & (GazetteerEntry.organisation | GazetteerEntry.team)
        for k in i..<matchEnd {
          tokens[k].gazetteer = tokens[k].gazetteer & ~GazetteerEntry.phrase | mark
        }
        i = matchEnd
      } else {
        i += 1
      }
    }
  }
}
