/// The deterministic shuffle the trainers use between epochs (xorshift64 driving a
/// Fisher–Yates shuffle), so that a rebuild with the same seed gives the same model.
package struct XorshiftShuffle {
  /// The generator's state: it carries on from one shuffle to the next.
  package private(set) var state: UInt64

  package init(state: UInt64) {
    self.state = state
  }

  /// Shuffles `items` in place, from the last position to the second.
  package mutating func shuffle<Item>(_ items: inout [Item]) {
    for k in stride(from: items.count - 1, to: 0, by: -1) {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      items.swapAt(k, Int(state % UInt64(k + 1)))
    }
  }
}
