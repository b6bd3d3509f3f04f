/// A table keyed by the recogniser's 64-bit hashes (`EntityToken.lower`, `EntityRules.key`).
///
/// The keys are well-mixed hashes already, so their low bits pick the slot: no rehashing
/// through `Hasher` (SipHash) as a `Dictionary` does on every look-up. Open addressing,
/// kept at most half full. Iteration order is unspecified, as a `Dictionary`'s.
struct HashKeyedTable<Value> {
  private var keys: [UInt64]
  private var values: [Value?]
  private(set) var count = 0

  /// An empty table with room for `capacity` keys before it grows.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Value?](repeating: nil, count: size)
  }

  /// The slot holding `key`, or the empty slot where it would go.
  @inline(__always) private func slot(of key: UInt64) -> Int {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
    return slot
  }

  /// The value of `key`; setting stores a value (nil is not stored: there is no removal).
  subscript(key: UInt64) -> Value? {
    get { values[slot(of: key)] }
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
    if values[index] == nil {
      if (count + 1) * 2 > keys.count {
        grow()
        index = slot(of: key)
      }
      count += 1
      keys[index] = key
      values[index] = initial()
    }
    change(&values[index]!)
  }

  /// Whether the table holds `key`.
  func contains(_ key: UInt64) -> Bool { values[slot(of: key)] != nil }

  /// Changes every value in place, in no particular order.
  mutating func updateAll(_ change: (UInt64, inout Value) -> Void) {
    for index in values.indices where values[index] != nil { change(keys[index], &values[index]!) }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Value?](repeating: nil, count: oldKeys.count * 2)
    for index in oldKeys.indices {
      guard let value = oldValues[index] else { continue }
      let newIndex = slot(of: oldKeys[index])
      keys[newIndex] = oldKeys[index]
      values[newIndex] = value
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
