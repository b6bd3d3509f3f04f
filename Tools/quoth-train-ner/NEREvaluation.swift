import Foundation
import QuothAnalysis

/// Precision, recall and F1 of exact entity spans against the reference, per type.
struct NEREvaluation {
  var truePositives = [Int](repeating: 0, count: EntityLabel.types.count)
  var falsePositives = [Int](repeating: 0, count: EntityLabel.types.count)
  var falseNegatives = [Int](repeating: 0, count: EntityLabel.types.count)
  /// Spans found with the right boundaries, whatever their type.
  var untypedTruePositives = 0
  var missed: [String: Int] = [:]
  var spurious: [String: Int] = [:]
  /// Every miss and false find in context, when asked for.
  var details: [String]? = nil

  mutating func add(_ document: CorpusDocument, recognizer: EntityRecognizer) {
    let found = document.scalars.withUnsafeBufferPointer {
      recognizer.entities(scalars: $0, paragraphs: document.paragraphs)
    }
    var predicted = Set<GoldSpan>()
    for entity in found {
      guard let type = EntityLabel.types.firstIndex(of: entity.type) else { continue }
      predicted.insert(GoldSpan(start: entity.start, end: entity.end, type: type))
    }
    let gold = Set(document.gold)
    let goldBounds = Set(document.gold.map { [$0.start, $0.end] })
    untypedTruePositives +=
      Set(predicted.map { [$0.start, $0.end] }).intersection(goldBounds).count
    func text(_ span: GoldSpan) -> String {
      "\(EntityLabel.types[span.type].rawValue) "
        + String(String.UnicodeScalarView(document.scalars[span.start..<span.end]))
    }
    for span in predicted {
      if gold.contains(span) {
        truePositives[span.type] += 1
      } else {
        falsePositives[span.type] += 1
        spurious[text(span), default: 0] += 1
      }
    }
    if details != nil {
      func context(_ span: GoldSpan) -> String {
        let from = max(0, span.start - 40)
        let to = min(document.scalars.count, span.end + 40)
        func piece(_ a: Int, _ b: Int) -> String {
          String(String.UnicodeScalarView(document.scalars[a..<b])).replacingOccurrences(
            of: "\n", with: " ")
        }
        return "\(piece(from, span.start))[[\(piece(span.start, span.end))]]\(piece(span.end, to))"
      }
      for span in gold.union(predicted).sorted(by: { $0.start < $1.start }) {
        let inGold = gold.contains(span)
        let inPredicted = predicted.contains(span)
        guard inGold != inPredicted else { continue }
        details!.append(
          "\(inGold ? "MISS" : "FALSE") \(EntityLabel.types[span.type].rawValue)\t\(context(span))")
      }
    }
    for span in gold where !predicted.contains(span) {
      falseNegatives[span.type] += 1
      missed[text(span), default: 0] += 1
    }
  }

  static func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> (Double, Double, Double) {
    let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
    let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
  }

  var overallF1: Double {
    NEREvaluation.f1(
      truePositives.reduce(0, +), falsePositives.reduce(0, +), falseNegatives.reduce(0, +)
    ).2
  }

  func report(errors: Int) -> String {
    var lines: [String] = []
    func line(_ name: String, _ tp: Int, _ fp: Int, _ fn: Int) {
      let (p, r, f) = NEREvaluation.f1(tp, fp, fn)
      lines.append(
        "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) P \(fmt(p))  R \(fmt(r))  F1 \(fmt(f))  (gold \(tp + fn), found \(tp + fp))"
      )
    }
    for (k, type) in EntityLabel.types.enumerated() {
      line(type.rawValue, truePositives[k], falsePositives[k], falseNegatives[k])
    }
    line(
      "all", truePositives.reduce(0, +), falsePositives.reduce(0, +), falseNegatives.reduce(0, +))
    let (_, _, untyped) = NEREvaluation.f1(
      untypedTruePositives,
      falsePositives.reduce(0, +) + truePositives.reduce(0, +) - untypedTruePositives,
      falseNegatives.reduce(0, +) + truePositives.reduce(0, +) - untypedTruePositives)
    lines.append("spans whatever their type: F1 \(fmt(untyped))")
    if errors > 0 {
      lines.append("most missed:")
      for (text, n) in missed.sorted(by: { $0.value > $1.value }).prefix(errors) {
        lines.append("  \(n)\t\(text)")
      }
      lines.append("most spurious:")
      for (text, n) in spurious.sorted(by: { $0.value > $1.value }).prefix(errors) {
        lines.append("  \(n)\t\(text)")
      }
    }
    return lines.joined(separator: "\n")
  }

  private func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
}
