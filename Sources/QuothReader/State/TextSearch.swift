import QuothAnalysis

/// Case-insensitive search over scalars.
enum TextSearch {
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x80 {
      if scalar.value >= 0x41 && scalar.value <= 0x5A { return Unicode.Scalar(scalar.value + 32)! }
      return scalar
    }
    if scalar.properties.changesWhenLowercased,
      let first = scalar.properties.lowercaseMapping.unicodeScalars.first
    {
      return first
    }
    return scalar
  }

  static func find(_ needle: [Unicode.Scalar], in haystack: IndexedText) -> [TextRange] {
    let folded = needle.map(fold)
    guard !folded.isEmpty, haystack.count >= folded.count else { return [] }
    return haystack.withUTF8 { find(folded, inUTF8: $0) }
  }

  /// The matches of `folded` (already folded) in valid UTF-8, in scalar offsets.
  static func find(_ folded: [Unicode.Scalar], inUTF8 bytes: UnsafeBufferPointer<UInt8>)
    -> [TextRange]
  {
    var results: [TextRange] = []
    let first = folded[0]
    // ASCII that cannot start a match is skipped byte by byte (only non-ASCII
    // characters fold in other ways).
    let firstIsASCII = first.value < 0x80
    let lower = firstIsASCII ? UInt8(first.value) : 0
    let upper = lower >= 0x61 && lower <= 0x7A ? lower - 0x20 : lower
    var position = 0
    var index = 0
    while position < bytes.count {
      let byte = bytes[position]
      if firstIsASCII && byte < 0x80 && byte != lower && byte != upper {
        position += 1
        index += 1
        continue
      }
      let (scalar, length) = IndexedText.decode(bytes, at: position)
      if fold(scalar) == first {
        var ahead = position + length
        var k = 1
        while k < folded.count && ahead < bytes.count {
          let (next, nextLength) = IndexedText.decode(bytes, at: ahead)
          guard fold(next) == folded[k] else { break }
          ahead += nextLength
          k += 1
        }
        if k == folded.count {
          // A match continues after itself.
          results.append(TextRange(index, index + k))
          index += k
          position = ahead
          continue
        }
      }
      position += length
      index += 1
    }
    return results
  }
}
