import Testing

@testable import QuothAnalysis

/// The examples the pronoun ranker learns from: annotated sources that are names, each
/// read as the pronoun its person would take.
@Suite struct PronounTrainingTests {
  /// A model that knows no first names: no one's sex is known from the list.
  private static let noFirstNames = SpeakerModel(
    rowsLog2: 4, weights: [Float](repeating: 0, count: 16), firstNames: [:], calibration: [[0.5]],
    temperature: 1, choiceTemperature: 1)

  /// The annotated source at the last `name` in `text`, as the trainer reads it.
  private func source(_ name: String, in text: String) -> SpeakerTraining.Source {
    let scalars = Array(text.unicodeScalars)
    let wanted = Array(name.unicodeScalars)
    let start = (0...(scalars.count - wanted.count)).last {
      Array(scalars[$0..<$0 + wanted.count]) == wanted
    }!
    return SpeakerTraining.Source(
      start: start, end: start + wanted.count, lastName: name.lowercased())
  }

  @Test func aPersonOfUnknownSexIsAnExampleToo() {
    let text = """
      Ngozi Okafor and Tom Reyes met the port board on Monday.

      “The cranes must go,” Okafor said.

      """
    let examples = SpeakerTraining.pronounExamples(
      text: text, sources: [source("Okafor", in: text)], model: Self.noFirstNames)
    #expect(examples.count == 1)
    #expect(examples.first?.isRight.filter { $0 }.count == 1)
  }

  @Test func aNameNamedFarBackIsNoExample() {
    let text = """
      Ngozi Okafor and Tom Reyes met the port board on Monday.

      The board met again in the afternoon.

      Its members left at six.

      The harbour was quiet by night.

      “The cranes must go,” Okafor said.

      """
    let examples = SpeakerTraining.pronounExamples(
      text: text, sources: [source("Okafor", in: text)], model: Self.noFirstNames)
    #expect(examples.isEmpty)
  }
}
