import Foundation
import Testing

@testable import QuothAnalysis

/// Paragraphs written without capitals, and the model file's weights and gazetteer
/// surviving a write and a read.
@Suite struct EntityCaseAndModelTests {
  /// The `uncased` flag of each paragraph's first token.
  func uncased(_ paragraphs: [String]) -> [Bool] {
    let text = paragraphs.joined(separator: "\n")
    let scalars = Array(text.unicodeScalars)
    var ranges: [TextRange] = []
    var start = 0
    for paragraph in paragraphs {
      let length = paragraph.unicodeScalars.count
      ranges.append(TextRange(start, start + length))
      start += length + 1
    }
    let document = scalars.withUnsafeBufferPointer {
      EntityDocument(scalars: $0, paragraphs: ranges, gazetteer: Gazetteer(capacity: 0))
    }
    return document.paragraphs.map { document.tokens[$0.lowerBound].uncased }
  }

  @Test func aParagraphWithoutCapitalsIsUncased() {
    #expect(
      uncased([
        "we had lunch at the little bistro near marsh lane yesterday",
        "i think the new phone from brightcell is great",
        "The soup at the corner cafe was cold and the bread was stale.",
      ]) == [true, true, true])
  }

  @Test func aParagraphThatCapitalisesANameIsCased() {
    #expect(
      uncased([
        "The soup at Harbour Kitchen was cold.",
        "I asked Tomasz about it.",
        "Rain again.",
      ]) == [false, false, false])
  }

  @Test func headlinesAreNotUncased() {
    // All capitals: a headline, whose own flag covers it.
    #expect(uncased(["MAYOR OPENS NEW BRIDGE OVER RIVER"]) == [false])
  }

  @Test func theModelFileKeepsWeightsAndGazetteer() throws {
    var gazetteer = Gazetteer(capacity: 8)
    let place = EntityHash.lowerForm("Tallinn")
    let surname = EntityHash.lowerForm("Okafor")
    gazetteer.insert(place, bits: GazetteerEntry.place)
    gazetteer.insert(surname, bits: GazetteerEntry.lastName)
    gazetteer.insert(surname, bits: GazetteerEntry.common)
    var weights = [Int8](repeating: 0, count: (1 << 4) * EntityLabel.stride)
    weights[5] = -127
    weights[200] = 127
    weights[255] = 3
    let model = EntityModel(rowsLog2: 4, weights: weights, gazetteer: gazetteer)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-entity-model-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try model.fileData().write(to: url)
    let read = try EntityModel.load(contentsOf: url)
    #expect(read.weights == weights)
    #expect(read.gazetteer.lookup(place) == GazetteerEntry.place)
    #expect(read.gazetteer.lookup(surname) == GazetteerEntry.lastName | GazetteerEntry.common)
    #expect(read.gazetteer.lookup(EntityHash.lowerForm("Okonkwo")) == 0)
  }

  @Test func aModelFileCutShortIsRefusedByName() throws {
    let model = EntityModel(
      rowsLog2: 4, weights: [Int8](repeating: 1, count: 16 * EntityLabel.stride),
      gazetteer: Gazetteer(capacity: 8))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-entity-model-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try model.fileData().dropLast(3).write(to: url)
    do {
      _ = try EntityModel.load(contentsOf: url)
      Issue.record("a truncated model file loaded")
    } catch {
      #expect("\(error)".contains(url.lastPathComponent) && "\(error)".contains("truncated"))
    }
  }
}
