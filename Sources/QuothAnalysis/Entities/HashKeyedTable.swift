/// A table keyed by the recogniser's 64-bit hashes (`EntityToken.lower`, `EntityRules.key`).
///
/// The keys are well-mixed hashes already, so their low bits pick the slot: no rehashing
/// through `Hasher` (SipHash) as a `Dictionary` does on every look-up. Open addressing,
/// kept at most half full; the slots hold the keys and where their values are, the values
/// are kept densely in the order added (so that neither growing nor freeing the table
/// touches empty slots' values). Iteration order is unspecified, as a `Dictionary`'s.
struct HashKeyedTable<Value> {
  private var keys: [UInt64]
  /// One more than the index of each slot's value in `storedValues`; 0: an empty slot.
  private var positions: [Int32]
  private var storedValues: [Value] = []

  /// The number of keys.
  var count: Int { storedValues.count }

  /// An empty table with room for `capacity` keys before it grows.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    positions = [Int32](repeating: 0, count: size)
  }

  /// The slot holding `key`, or the empty slot where it would go.
  @inline(__always) private func slot(of key: UInt64) -> Int {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while positions[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
    return slot
  }

  /// The value of `key`; setting stores a value (nil is not stored: there is no removal).
  subscript(key: UInt64) -> Value? {
    get {
      let position = Int(positions[slot(of: key)])
      return position == 0 ? nil : storedValues[position - 1]
    }
    set {
      guard let newValue else { return }
      update(key, default: newValue) { $0 = newValue }
    }
  }

  /// Changes the value of `key` in place (no copy of an array value), inserting `initial`
  /// first when the key is absent.
  mutating func update(
    _ key: UInt64, default initial: @autoclosure () -> Value, _ change: (inout Value) -> Void
  ) {
    var index = slot(of: key)
    if positions[index] == 0 {
      if (count + 1) * 2 > keys.count {
        grow()
        index = slot(of: key)
      }
      keys[index] = key
      storedValues.append(initial())
      positions[index] = Int32(storedValues.count)
    }
    change(&storedValues[Int(positions[index]) - 1])
  }

  /// Whether the table holds `key`.
  func contains(_ key: UInt64) -> Bool { positions[slot(of: key)] != 0 }

  /// Changes every value in place, in no particular order.
  mutating func updateAll(_ change: (UInt64, inout Value) -> Void) {
    for index in keys.indices where positions[index] != 0 {
      change(keys[index], &storedValues[Int(positions[index]) - 1])
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldPositions = positions
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    positions = [Int32](repeating: 0, count: oldKeys.count * 2)
    for index in oldKeys.indices where oldPositions[index] != 0 {
      let newIndex = slot(of: oldKeys[index])
      keys[newIndex] = oldKeys[index]
      positions[newIndex] = oldPositions[index]
    }
  }
}

/// A set of the recogniser's 64-bit hashes (see `HashKeyedTable`).
struct HashSet64 {
  private var table: HashKeyedTable<Void>

  init(capacity: Int = 8) { table = HashKeyedTable(capacity: capacity) }

  func contains(_ key: UInt64) -> Bool { table.contains(key) }

  mutating func insert(_ key: UInt64) { table[key] = () }
}
