import Testing

@testable import QuothAnalysis

@Suite("HTML encoding: the UTF-8 check")
struct HTMLEncodingTests {
  /// The standard library's validation is the reference the fast check must agree with.
  private func agrees(_ bytes: [UInt8]) -> Bool {
    HTMLEncoding.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil)
  }

  @Test("valid text of one to four bytes a character, in and out of ASCII runs")
  func validText() {
    let text = "A long plain line of ASCII, then café, 東京 and 🙂 after it, then ASCII again."
    let bytes = Array(text.utf8)
    #expect(HTMLEncoding.isValidUTF8(bytes))
    // Every start and length, so that each sequence falls at every place in a word.
    for start in 0..<bytes.count {
      for end in start...bytes.count {
        #expect(agrees(Array(bytes[start..<end])))
      }
    }
  }

  @Test("overlong forms, surrogates, values past U+10FFFF, stray and cut sequences are invalid")
  func invalidSequences() {
    let invalid: [[UInt8]] = [
      [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],
      [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
      [0xFF], [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x99], [0xC3, 0x41],
      [0xE2, 0x28, 0xA1],
    ]
    for sequence in invalid {
      let padded = Array("sixteen bytes of".utf8) + sequence + Array(" text".utf8)
      #expect(!HTMLEncoding.isValidUTF8(sequence))
      #expect(!HTMLEncoding.isValidUTF8(padded))
      #expect(agrees(padded))
    }
  }

  @Test("the edges of each range are valid")
  func rangeEdges() {
    let valid: [[UInt8]] = [
      [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
      [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ]
    for sequence in valid {
      #expect(HTMLEncoding.isValidUTF8(sequence))
      #expect(agrees(Array("eight by".utf8) + sequence))
    }
  }
}
