import Testing

@testable import QuothReader
@testable import QuothTerminal

/// Curses attributes and colour pairs for styles, with the terminal's `init_pair` replaced
/// by a recorder.
@Suite struct PaletteTests {
  final class Pairs: @unchecked Sendable {
    var defined: [[Int32]] = []
  }

  let theme = try! Theme.parse(
    """
    name = "t"
    [styles]
    quote = { italic = true, fg = "red" }
    "quote.current" = { reverse = true }
    "entity.person" = { bold = true, underline = true, fg = "red" }
    "entity.org" = { dim = true, fg = "blue", bg = "#ffffff" }
    """, file: "t.toml")

  @Test func attributesAndPairsFollowTheTheme() {
    let pairs = Pairs()
    var palette = Palette(theme: theme, colors: 256, maximumPairs: 64) {
      pairs.defined.append([$0, $1, $2])
    }
    let quote = palette.look(for: CellStyle(.quote))
    #expect(quote.attributes == 4)
    #expect(quote.pair == 1)
    let person = palette.look(for: CellStyle(.entityPerson))
    #expect(person.attributes == 1 | 8)
    #expect(person.pair == 1, "the same colours share a pair")
    let current = palette.look(for: CellStyle(.quote, .quoteCurrent))
    #expect(current.attributes == 4 | 16 && current.pair == 1)
    let org = palette.look(for: CellStyle(.entityOrg))
    #expect(org.attributes == 2 && org.pair == 2)
    #expect(palette.look(for: .plain).pair == 0)
    #expect(pairs.defined == [[1, 1, -1], [2, 4, 231]])
    _ = palette.look(for: CellStyle(.quote))
    #expect(pairs.defined.count == 2, "a look is made once")
  }

  @Test func noColoursMeansNoPairsAndPairsRunOut() {
    let pairs = Pairs()
    var mono = Palette(theme: theme, colors: 0, maximumPairs: 0) {
      pairs.defined.append([$0, $1, $2])
    }
    #expect(mono.look(for: CellStyle(.quote)).pair == 0)
    #expect(mono.look(for: CellStyle(.quote)).attributes == 4)
    var small = Palette(theme: theme, colors: 8, maximumPairs: 2) {
      pairs.defined.append([$0, $1, $2])
    }
    #expect(small.look(for: CellStyle(.quote)).pair == 1)
    #expect(small.look(for: CellStyle(.entityOrg)).pair == 0, "no pair left: the default colours")
    #expect(pairs.defined == [[1, 1, -1]])
  }
}
