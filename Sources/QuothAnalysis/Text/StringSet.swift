/// A fixed set of words, for the word lists the rules consult for nearly every word they
/// read. An ASCII word is looked up by a cheap hash of its bytes and a byte comparison,
/// without the SipHash and the Unicode-aware comparison of a `Set<String>`; a word beyond
/// ASCII is looked up in a `Set<String>` of all the words, so that it matches exactly as
/// it would there (an ASCII word equals only an ASCII word, byte for byte).
struct StringSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  /// Every word: the look-up for words beyond ASCII, and the words listed.
  private let all: Set<String>
  /// Open addressing over the ASCII words' hashes, at most a quarter full: a slot's
  /// hash (0 when empty) and where its word's bytes are in `bytes`.
  private let hashes: [UInt64]
  private let starts: [Int32]
  private let lengths: [Int32]
  private let bytes: [UInt8]
  private let mask: Int

  init(_ words: some Sequence<String>) {
    all = Set(words)
    let ascii = all.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    var size = 8
    while size < ascii.count * 4 { size <<= 1 }
    var hashes = [UInt64](repeating: 0, count: size)
    var starts = [Int32](repeating: 0, count: size)
    var lengths = [Int32](repeating: 0, count: size)
    var bytes: [UInt8] = []
    for word in ascii {
      let hash = Self.hash(word.utf8)
      var slot = Self.slot(of: hash, mask: size - 1)
      while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
      hashes[slot] = hash
      starts[slot] = Int32(bytes.count)
      lengths[slot] = Int32(word.utf8.count)
      bytes.append(contentsOf: word.utf8)
    }
    self.hashes = hashes
    self.starts = starts
    self.lengths = lengths
    self.bytes = bytes
    mask = size - 1
  }

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  func makeIterator() -> Set<String>.Iterator { all.makeIterator() }

  var underestimatedCount: Int { all.count }

  /// Whether `word` is one of the words.
  func contains(_ word: String) -> Bool {
    if let found = word.utf8.withContiguousStorageIfAvailable(containsASCII), let found {
      return found
    }
    return all.contains(word)
  }

  /// `contains(ScalarText.lowercased(scalars))` without making the string when the
  /// scalars are ASCII (with ’ read as '): most words the rules test are in no list.
  func contains(lowercasing scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard scalars.count <= Self.longestLowercased else {
      return contains(ScalarText.lowercased(scalars))
    }
    var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    let found = withUnsafeMutableBytes(of: &buffer) { raw -> Bool? in
      var count = 0
      for scalar in scalars {
        let value = scalar == "\u{2019}" ? 0x27 : scalar.value
        guard value < 0x80 else { return nil }
        raw[count] = UInt8(truncatingIfNeeded: (0x41...0x5A).contains(value) ? value | 0x20 : value)
        count += 1
      }
      return containsASCII(
        UnsafeBufferPointer(
          start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
    }
    return found ?? contains(ScalarText.lowercased(scalars))
  }

  /// The longest word `contains(lowercasing:)` lowers in place.
  private static let longestLowercased = 32

  /// The look-up of a word's UTF-8 when it is ASCII; nil for a word beyond ASCII.
  private func containsASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      guard byte < 0x80 else { return nil }
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    hash |= 1
    var slot = Self.slot(of: hash, mask: mask)
    return hashes.withUnsafeBufferPointer { hashes in
      while hashes[slot] != 0 {
        if hashes[slot] == hash && Int(lengths[slot]) == word.count {
          let start = Int(starts[slot])
          let same = bytes.withUnsafeBufferPointer { bytes in
            word.indices.allSatisfy { word[$0] == bytes[start + $0] }
          }
          if same { return true }
        }
        slot = (slot + 1) & mask
      }
      return false
    }
  }

  /// FNV-1a over the bytes, never 0 (the empty slot).
  private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash | 1
  }

  @inline(__always)
  private static func slot(of hash: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }
}
