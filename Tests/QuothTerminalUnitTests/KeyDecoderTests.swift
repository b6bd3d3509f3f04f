import Testing

@testable import QuothReader
@testable import QuothTerminal

/// How character codes from curses become keys (no terminal needed).
@Suite struct KeyDecoderTests {
  static let characters: [(Int32, Key)] = [
    (9, .tab), (10, .enter), (13, .enter), (27, .escape), (8, .backspace), (127, .backspace),
    (0, .ctrl("@")), (1, .ctrl("a")), (14, .ctrl("n")), (26, .ctrl("z")), (106, .char("j")),
    (74, .char("J")), (32, .char(" ")), (0x00E9, .char("é")), (0x4E2D, .char("中")),
    (0x1F600, .char("😀")),
  ]

  @Test(arguments: characters)
  func characterCodes(code: Int32, key: Key) {
    #expect(KeyDecoder.key(forCharacter: code) == key)
  }

  @Test(arguments: [Int32(28), 29, 30, 31, -1, 0xD800, 0x110000])
  func codesThatAreNoKey(code: Int32) {
    #expect(KeyDecoder.key(forCharacter: code) == nil)
  }
}
