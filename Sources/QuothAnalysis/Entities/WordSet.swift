/// A fixed set of word or phrase hashes (`EntityToken.lower`, `EntityRules.key`) for the
/// rules' word lists. The keys are hashes already, so a look-up is a mask and a compare,
/// without the rehashing a `Set<UInt64>` does for every token the rules read.
struct WordSet: Sendable {
  private let slots: [UInt64]
  private let mask: Int

  /// A set of hashes (0, the empty slot, is never a word's hash).
  init(hashes: some Sequence<UInt64>) {
    let hashes = Array(hashes)
    var size = 8
    while size < hashes.count * 4 { size <<= 1 }
    var slots = [UInt64](repeating: 0, count: size)
    for hash in hashes where hash != 0 {
      var slot = Int(truncatingIfNeeded: hash) & (size - 1)
      while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (size - 1) }
      slots[slot] = hash
    }
    self.slots = slots
    self.mask = size - 1
  }

  /// The words given, each hashed as the tokenizer hashes a word's lower-case form.
  init(_ words: [String]) {
    self.init(hashes: words.map(EntityHash.lowerForm))
  }

  /// The words of a list separated by spaces and line breaks.
  init(words list: String) {
    self.init(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  }

  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    var slot = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let key = slots[slot]
        if key == hash { return hash != 0 }
        if key == 0 { return false }
        slot = (slot + 1) & mask
      }
    }
  }
}
