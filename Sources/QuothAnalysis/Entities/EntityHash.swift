/// The 64-bit hashes the entity recogniser keys its features and gazetteers on.
///
/// Stable across runs and platforms (unlike `Hasher`), because the trained model
/// stores them.
package enum EntityHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  /// Starts an FNV-1a hash.
  @inline(__always) static func start() -> UInt64 { offset }

  /// Adds one scalar value to an FNV-1a hash.
  @inline(__always) static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* prime
  }

  /// Scrambles a hash so that every bit depends on every input bit.
  @inline(__always) static func finish(_ hash: UInt64) -> UInt64 {
    var h = hash
    h ^= h >> 33
    h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h &*= 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    return h
  }

  /// Combines two hashes (a feature template and its value, or the words of a phrase).
  @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var h = a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))
    h ^= h >> 31
    h &*= 0xd6e8_feb8_6659_fd93
    h ^= h >> 32
    return h
  }

  /// The hash of a word's lower-cased form, as the tokenizer computes it.
  package static func lowerForm(_ word: String) -> UInt64 {
    var h = start()
    for scalar in word.unicodeScalars {
      h = add(h, ScalarClass.lowered(ScalarClass.normalised(scalar.value)))
    }
    return finish(h)
  }
}
