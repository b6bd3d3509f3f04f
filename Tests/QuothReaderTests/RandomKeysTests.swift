import Testing

@testable import QuothReader

/// Random key sequences at random sizes: the reader never crashes, every frame has the
/// window's size, and no row holds more cells than the window is wide.
@Suite struct RandomKeysTests {
  @Test(arguments: [2, 4])
  func randomSessionsStayWithinTheWindow(seed: UInt64) {
    var random = seed
    func next(_ bound: Int) -> Int {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((random >> 33) % UInt64(bound))
    }
    let keys: [Key] =
      Command.allCases.flatMap(\.defaultKeys).filter { $0 != .ctrl("c") && $0 != .char("Q") }
      + [.char("a"), .char("é"), .char("東"), .escape, .enter]
    var state = Fixture.state([Fixture.bus, Fixture.sample, Fixture.wide], width: 80, height: 24)
    for _ in 0..<400 {
      if next(20) == 0 {
        state = reduce(state, .resize(Size(width: 1 + next(200), height: 1 + next(60)))).0
      }
      let key = keys[next(keys.count)]
      if let action = state.action(for: key) {
        let (after, reaction) = reduce(state, action)
        state = reaction.contains(.quit) ? reduce(after, .command(.help)).0 : after
      }
      if next(10) == 0 { state = reduce(state, .click(row: next(60), column: next(200))).0 }
      let screen = render(state)
      #expect(screen.width == state.size.width && screen.height == state.size.height)
      #expect(state.top >= 0 && state.top <= max(0, state.layout.lines.count - 1))
      for row in 0..<screen.height {
        var cells = 0
        for column in 0..<screen.width { cells += CellWidth.of(screen[row, column].text) }
        #expect(cells <= screen.width)
      }
    }
  }
}
