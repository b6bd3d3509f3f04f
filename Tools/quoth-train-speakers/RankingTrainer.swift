import Foundation
import QuothAnalysis

/// Trains the pronoun ranker: an averaged perceptron that moves the weights toward the
/// best right candidate and away from a wrong one ranked first.
struct RankingTrainer {
  private var weights: [Float]
  /// Sum of update × time, for the averaged weights (Daumé's trick).
  private var timed: [Float]
  private var time: Float = 1
  private let mask: UInt64

  init(rowsLog2: Int) {
    weights = [Float](repeating: 0, count: 1 << rowsLog2)
    timed = weights
    mask = UInt64((1 << rowsLog2) - 1)
  }

  /// One pass; returns the share of examples whose first candidate was right.
  mutating func epoch(_ examples: [SpeakerTraining.Example]) -> Double {
    var right = 0
    for example in examples {
      let scores = example.features.map { Self.score(weights, $0) }
      let top = Self.top(scores)
      if example.isRight[top] {
        right += 1
      } else {
        let gold = scores.indices.filter { example.isRight[$0] }.max { scores[$0] < scores[$1] }!
        for feature in example.features[gold] { update(feature, by: 1) }
        for feature in example.features[top] { update(feature, by: -1) }
      }
      time += 1
    }
    return Double(right) / Double(max(examples.count, 1))
  }

  private mutating func update(_ feature: UInt64, by amount: Float) {
    let row = Int(feature & mask)
    weights[row] += amount
    timed[row] += amount * time
  }

  func averagedWeights() -> [Float] {
    weights.indices.map { weights[$0] - timed[$0] / time }
  }

  /// The first of the highest scores (as quoth chooses).
  static func top<Score: Comparable>(_ scores: [Score]) -> Int {
    var top = 0
    for index in scores.indices where scores[index] > scores[top] { top = index }
    return top
  }

  static func score(_ weights: [Float], _ features: [UInt64]) -> Float {
    let mask = UInt64(weights.count - 1)
    return features.reduce(0) { $0 + weights[Int($1 & mask)] }
  }

  /// The share of examples whose chosen candidate is right (as quoth chooses: the first
  /// of the highest, "no one" only when it stands alone).
  static func accuracy(_ weights: [Float], _ examples: [SpeakerTraining.Example]) -> Double {
    let right = examples.filter { example in
      let scores = example.features.map { score(weights, $0) }
      return example.isRight[example.chosen(by: scores)]
    }.count
    return Double(right) / Double(max(examples.count, 1))
  }

  /// The softmax temperature under which the probability of the chosen candidate best
  /// matches how often it is right (least log loss on `examples`).
  static func temperature(_ weights: [Float], _ examples: [SpeakerTraining.Example]) -> Float {
    let scored = examples.map { example in
      let scores = example.features.map { Double(score(weights, $0)) }
      let top = example.chosen(by: scores)
      return (scores, top, example.isRight[top])
    }
    var best: (loss: Double, temperature: Double) = (.infinity, 1)
    for step in 1...80 {
      let temperature = 0.1 * pow(1.1, Double(step))
      var loss = 0.0
      for (scores, top, right) in scored {
        let total = scores.reduce(0) { $0 + exp(($1 - scores[top]) / temperature) }
        let probability = min(max(1 / total, 1e-6), 1 - 1e-6)
        loss -= right ? log(probability) : log(1 - probability)
      }
      if loss < best.loss { best = (loss, temperature) }
    }
    return Float(best.temperature)
  }
}

/// The calibration of the speaker ranking: for each kind of evidence for the chosen
/// candidate (`Example.evidence`, `tables` of them), isotonic regression (pool adjacent
/// violators) of right-or-wrong on its probability, read off at the middle of each of
/// `bins` equal-width bins of probability, each share smoothed toward the table's.
enum IsotonicCalibration {
  static func fit(
    _ weights: [Float], _ examples: [SpeakerTraining.Example], temperature: Float, tables: Int,
    bins: Int
  ) -> [[Float]] {
    var points = [[(Double, Double)]](repeating: [], count: tables)
    for example in examples {
      let scores = example.features.map { Double(RankingTrainer.score(weights, $0)) }
      let top = example.chosen(by: scores)
      let total = scores.reduce(0) { $0 + exp(($1 - scores[top]) / Double(temperature)) }
      points[example.evidence[top]].append((1 / total, example.isRight[top] ? 1 : 0))
    }
    return points.map { fit($0.sorted { $0.0 < $1.0 }, bins: bins) }
  }

  /// How many choices at the table's own share each block's share is smoothed with.
  static let priorWeight = 10.0

  /// One table from (probability, right) points in order of probability.
  private static func fit(_ points: [(Double, Double)], bins: Int) -> [Float] {
    guard !points.isEmpty else { return [Float](repeating: 0.5, count: bins) }
    // Blocks of (mean, weight, last probability) that never decrease.
    var blocks: [(mean: Double, weight: Double, upTo: Double)] = []
    for (probability, right) in points {
      blocks.append((right, 1, probability))
      while blocks.count > 1 && blocks[blocks.count - 2].mean >= blocks[blocks.count - 1].mean {
        let last = blocks.removeLast()
        let before = blocks.removeLast()
        let weight = before.weight + last.weight
        blocks.append(
          ((before.mean * before.weight + last.mean * last.weight) / weight, weight, last.upTo))
      }
    }
    // Each block's share pulled toward the table's by `priorWeight` choices: a handful of
    // choices all right is not a certainty, least of all on evidence that is often wrong.
    let overall = points.reduce(0) { $0 + $1.1 } / Double(points.count)
    return (0..<bins).map { bin in
      let middle = (Double(bin) + 0.5) / Double(bins)
      let block = blocks.first { $0.upTo >= middle } ?? blocks.last!
      return Float(
        (block.mean * block.weight + overall * priorWeight) / (block.weight + priorWeight))
    }
  }
}

/// Reads "Name<TAB>M|F" lines into hashed first names.
enum FirstNameList {
  static func load(_ url: URL) throws -> [UInt64: PersonGender] {
    var names: [UInt64: PersonGender] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { continue }
      names[SpeakerModel.nameHash(fields[0])] = fields[1] == "F" ? .female : .male
    }
    return names
  }
}

/// How often the speaker of a found quote is right (the mention overlaps the annotated
/// source, or they share a name), by kind of attribution.
struct ReliabilityTable {
  private var right = [Int](repeating: 0, count: SpeakerTraining.kindCount)
  private var total = [Int](repeating: 0, count: SpeakerTraining.kindCount)

  init(articles: [GoldArticle], model: SpeakerModel) {
    for article in articles {
      let scalars = Array(article.text.unicodeScalars)
      for analysed in SpeakerTraining.analyse(text: article.text, model: model) {
        guard let kind = analysed.kind, let speaker = analysed.quote.speaker else { continue }
        let extent = analysed.quote.extent
        guard
          let gold = article.quotes.first(where: { gold in
            let overlap = min(gold.end, extent.end) - max(gold.start, extent.start)
            return overlap * 2 >= gold.end - gold.start && overlap * 2 >= extent.end - extent.start
          }), let source = gold.source
        else { continue }
        total[kind] += 1
        let mention = analysed.quote.mention
        let overlaps = mention.map { $0.start < source.end && source.start < $0.end } ?? false
        let sourceText = String(String.UnicodeScalarView(scalars[source.start..<source.end]))
        let shared =
          GoldArticle.lastName(sourceText).map {
            sourceText.lowercased().contains($0) && SpeakerTraining.lastWord(speaker) == $0
          } ?? false
        if overlaps || shared { right[kind] += 1 }
      }
    }
  }

  func report() -> String {
    let mentions = ["name", "pronoun", "nominal", "resolved nominal"]
    let frames = [
      "strong cue", "weak cue", "no cue", "split", "same speaker", "continues", "subject only",
    ]
    return total.indices.filter { total[$0] > 0 }.map { kind in
      let label = "\(mentions[kind / frames.count]), \(frames[kind % frames.count])"
      return
        "  \(label.padding(toLength: 32, withPad: " ", startingAt: 0)) \(right[kind])/\(total[kind])"
        + String(format: " %.3f", Double(right[kind]) / Double(total[kind]))
    }.joined(separator: "\n")
  }
}
