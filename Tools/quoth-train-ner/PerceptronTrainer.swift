import QuothAnalysis

/// Trains the tagger's weights: an averaged perceptron over greedy left-to-right
/// decoding with the model's own previous labels, as the tagger runs.
struct PerceptronTrainer {
  let rowsLog2: Int
  private var weights: [Float]
  /// Sum of update × time, for the averaged weights (Daumé's trick).
  private var timed: [Float]
  private var time: Float = 1
  /// Condition on the reference's previous labels instead of the tagger's own.
  var goldHistory = true

  init(rowsLog2: Int) {
    self.rowsLog2 = rowsLog2
    weights = [Float](repeating: 0, count: (1 << rowsLog2) * EntityLabel.stride)
    timed = weights
  }

  /// One token sequence to learn from.
  struct Example {
    var document: EntityDocument
    var labels: [UInt8]
  }

  /// One pass over the examples; returns the share of tokens tagged right.
  mutating func epoch(_ examples: [Example]) -> Double {
    var right = 0
    var total = 0
    let mask = UInt64((1 << rowsLog2) - 1)
    var features = [UInt64](repeating: 0, count: EntityFeatures.count)
    var rows = [Int](repeating: 0, count: EntityFeatures.count)
    for example in examples {
      example.document.tokens.withUnsafeBufferPointer { tokens in
        for range in example.document.paragraphs {
          var p1 = EntityLabel.outside
          var p2 = EntityLabel.outside
          for i in range {
            if EntityFeatures.isPlainlyOutside(tokens[i], after: p1) {
              p2 = p1
              p1 = goldHistory ? Int(example.labels[i]) : EntityLabel.outside
              continue
            }
            features.withUnsafeMutableBufferPointer {
              EntityFeatures.hashes(
                tokens, i, range, previous: p1, beforeThat: p2, into: $0.baseAddress!)
            }
            for k in 0..<EntityFeatures.count {
              rows[k] = Int(features[k] & mask) * EntityLabel.stride
            }
            var scores = SIMD16<Float>(repeating: 0)
            weights.withUnsafeBufferPointer { w in
              let base = UnsafeRawPointer(w.baseAddress!)
              for row in rows {
                scores += base.loadUnaligned(fromByteOffset: row * 4, as: SIMD16<Float>.self)
              }
            }
            var allowed = EntityLabel.allowedAfter[p1]
            if i + 1 == range.upperBound { allowed &= EntityLabel.closing }
            var best = EntityLabel.outside
            var bestScore = -Float.infinity
            for label in 0..<EntityLabel.count where allowed & (1 << UInt32(label)) != 0 {
              if scores[label] > bestScore {
                bestScore = scores[label]
                best = label
              }
            }
            let gold = Int(example.labels[i])
            if best == gold {
              right += 1
            } else {
              for row in rows {
                weights[row + gold] += 1
                weights[row + best] -= 1
                timed[row + gold] += time
                timed[row + best] -= time
              }
            }
            total += 1
            time += 1
            p2 = p1
            p1 = goldHistory ? gold : best
          }
        }
      }
    }
    return Double(right) / Double(max(total, 1))
  }

  /// The averaged weights: each weight's mean over every step of training.
  func averagedWeights() -> [Float] {
    var averaged = [Float](repeating: 0, count: weights.count)
    for k in weights.indices { averaged[k] = weights[k] - timed[k] / time }
    return averaged
  }

  /// Weights quantised to 8 bits: scaled so that the largest of all but the largest
  /// `clippedShare` of them is 127, those few clipped to ±127.
  static func quantised(_ weights: [Float], clippedShare: Double = 0.0005) -> [Int8] {
    let magnitudes = weights.map(abs).filter { $0 > 0 }.sorted()
    let limit =
      magnitudes.isEmpty ? 1 : magnitudes[Int(Double(magnitudes.count - 1) * (1 - clippedShare))]
    let scale = 127 / limit
    return weights.map { Int8(max(-127, min(127, ($0 * scale).rounded()))) }
  }
}
