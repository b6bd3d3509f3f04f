import QuothAnalysis
import Testing

@testable import QuothReader

@Suite struct RenderTests {
  @Test func printScreens() {
    let bus = Fixture.state(width: 90, height: 20)
    let sample = Fixture.state([Fixture.sample], width: 120, height: 40)
    let cases: [(String, String)] = [
      ("sample120", render(sample).text),
      ("sample60", render(Fixture.state([Fixture.sample], width: 60, height: 20)).text),
      ("samplePaneOff", render(Fixture.press("p", on: Fixture.state([Fixture.sample], width: 100, height: 16))).text),
      ("filter", render(Fixture.press("s<Down><Down><Enter>", on: bus)).styledText(showing: [.quote, .quoteCurrent, .selected])),
      ("picker", render(Fixture.press("sle", on: bus)).styledText(showing: [.selected])),
      ("search", render(Fixture.press("/bus<Enter>n", on: bus)).styledText(showing: [.match, .matchCurrent])),
      ("help", render(Fixture.press("?", on: bus)).text),
      ("speakers", render(Fixture.press("v", on: bus)).styledText(showing: [.selected, .speaker0, .speaker1])),
      ("entities", render(Fixture.press("E", on: bus)).styledText(showing: [.selected, .entityPerson, .entityPlace])),
      ("list", render(Fixture.state([Fixture.bus, Fixture.sample], width: 90, height: 10)).styledText(showing: [.selected])),
      ("styles", render(bus).styledText(showing: [.title, .heading, .boilerplate, .entityPerson, .entityPlace, .entityOrg, .entityDate, .quote])),
    ]
    for (name, text) in cases {
      print("=== \(name)")
      print(text)
    }
  }
}
