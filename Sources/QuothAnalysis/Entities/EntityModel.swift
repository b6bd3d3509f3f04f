import Foundation

/// The trained tagger: a hashed weight table (one row of label scores per feature
/// bucket, quantised to 8 bits so that the table stays in the processor's cache) and
/// the gazetteer table, read from one binary file.
///
/// File layout (little-endian): "QNER", version, log2 of the row count, log2 of the
/// gazetteer size, then the weights (Int8, `EntityLabel.stride` per row), the
/// gazetteer keys (UInt32) and entry bits (UInt16).
package final class EntityModel: Sendable {
  package static let magic: UInt32 = 0x5245_4e51  // "QNER"
  package static let version: UInt32 = 3
  package static let resourceName = "entity-model"
  package static let resourceExtension = "bin"

  package let rowsLog2: Int
  package let weights: [Int8]
  package let gazetteer: Gazetteer

  package init(rowsLog2: Int, weights: [Int8], gazetteer: Gazetteer) {
    precondition(weights.count == (1 << rowsLog2) * EntityLabel.stride)
    self.rowsLog2 = rowsLog2
    self.weights = weights
    self.gazetteer = gazetteer
  }

  package enum LoadError: Error, CustomStringConvertible {
    case truncated(String)
    case notAModel(String)

    package var description: String {
      switch self {
      case .truncated(let path): "\(path): the entity model file is truncated"
      case .notAModel(let path): "\(path): not an entity model file of this version"
      }
    }
  }

  /// Reads a model file.
  package static func load(contentsOf url: URL) throws -> EntityModel {
    let data = try Data(contentsOf: url)
    return try data.withUnsafeBytes { raw -> EntityModel in
      guard raw.count >= 16 else { throw LoadError.truncated(url.path) }
      let header = (0..<4).map { raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self) }
      guard UInt32(littleEndian: header[0]) == magic, UInt32(littleEndian: header[1]) == version,
        header[2] < 26, header[3] < 26
      else { throw LoadError.notAModel(url.path) }
      let rowsLog2 = Int(header[2])
      let weightCount = (1 << rowsLog2) * EntityLabel.stride
      let gazetteerCount = 1 << Int(header[3])
      guard raw.count == 16 + weightCount + gazetteerCount * 6 else {
        throw LoadError.truncated(url.path)
      }
      let weights = [Int8](unsafeUninitializedCapacity: weightCount) { buffer, count in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: raw[16..<(16 + weightCount)]))
        count = weightCount
      }
      let keysStart = 16 + weightCount
      let keys = [UInt32](unsafeUninitializedCapacity: gazetteerCount) { buffer, count in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: raw[keysStart..<(keysStart + gazetteerCount * 4)]))
        count = gazetteerCount
      }
      let valuesStart = keysStart + gazetteerCount * 4
      let values = [UInt16](unsafeUninitializedCapacity: gazetteerCount) { buffer, count in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(
            rebasing: raw[valuesStart..<(valuesStart + gazetteerCount * 2)]))
        count = gazetteerCount
      }
      // Look-ups stop at an empty slot: a table without one is not ours.
      guard keys.contains(0) else { throw LoadError.notAModel(url.path) }
      return EntityModel(
        rowsLog2: rowsLog2, weights: weights, gazetteer: Gazetteer(keys: keys, values: values))
    }
  }

  /// The model as file bytes.
  package func fileData() -> Data {
    var data = Data()
    for word in [
      EntityModel.magic, EntityModel.version, UInt32(rowsLog2),
      UInt32(gazetteer.keys.count.trailingZeroBitCount),
    ] {
      withUnsafeBytes(of: word.littleEndian) { data.append(contentsOf: $0) }
    }
    weights.withUnsafeBytes { data.append(contentsOf: $0) }
    gazetteer.keys.withUnsafeBytes { data.append(contentsOf: $0) }
    gazetteer.values.withUnsafeBytes { data.append(contentsOf: $0) }
    return data
  }

  /// Tags the tokens of one paragraph greedily, left to right, writing one label per token.
  ///
  /// The features that read only the tokens are summed first for a block of tokens at a
  /// time, whose rows (scattered over the table, most of them far from the cache) the
  /// processor then loads side by side; the greedy pass adds the label features.
  func tag(_ tokens: UnsafeBufferPointer<EntityToken>, range: Range<Int>, labels: inout [UInt8]) {
    weights.withUnsafeBufferPointer { w in
      labels.withUnsafeMutableBufferPointer { labels in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: EntityFeatures.count) { features in
          withUnsafeTemporaryAllocation(of: SIMD16<Int16>.self, capacity: 64) { tokenScores in
            var tagger = Tagger(
              weights: UnsafeRawPointer(w.baseAddress!), mask: UInt64((1 << rowsLog2) - 1),
              tokens: tokens, range: range, features: features.baseAddress!,
              tokenScores: tokenScores.baseAddress!)
            var blockStart = range.lowerBound
            while blockStart < range.upperBound {
              let block = blockStart..<min(blockStart + 64, range.upperBound)
              tagger.tag(block, labels: labels)
              blockStart = block.upperBound
            }
          }
        }
      }
    }
  }
}

/// The greedy tagger's state within one paragraph (see `EntityModel.tag`).
private struct Tagger {
  let weights: UnsafeRawPointer
  let mask: UInt64
  let tokens: UnsafeBufferPointer<EntityToken>
  let range: Range<Int>
  let features: UnsafeMutablePointer<UInt64>
  /// The token features' sum for each token of a block of at most 64.
  let tokenScores: UnsafeMutablePointer<SIMD16<Int16>>
  var p1 = EntityLabel.outside
  var p2 = EntityLabel.outside

  /// The sum of the rows of `count` features.
  @inline(__always) func sum(_ count: Int) -> SIMD16<Int16> {
    // At most 127 per feature: the sum of the features' rows fits 16 bits.
    var scores = SIMD16<Int16>(repeating: 0)
    for k in 0..<count {
      let row = Int(features[k] & mask) &* EntityLabel.stride
      scores &+= SIMD16<Int16>(
        truncatingIfNeeded: weights.loadUnaligned(fromByteOffset: row, as: SIMD16<Int8>.self))
    }
    return scores
  }

  @inline(__always) func tokenScore(_ i: Int) -> SIMD16<Int16> {
    EntityFeatures.tokenHashes(tokens, i, range, into: features)
    return sum(EntityFeatures.tokenCount)
  }

  /// Tags the tokens of `block` (at most 64).
  mutating func tag(_ block: Range<Int>, labels: UnsafeMutableBufferPointer<UInt8>) {
    // The tokens that are plainly outside after a closed entity get their token score only
    // when an entity is open before them.
    var outsideAfterClosing: UInt64 = 0
    for i in block {
      if EntityFeatures.isOutsideAfterClosing(tokens[i]) {
        outsideAfterClosing |= 1 << UInt64(i - block.lowerBound)
      } else {
        tokenScores[i - block.lowerBound] = tokenScore(i)
      }
    }
    let forbiddenLanes = EntityLabel.forbiddenLanes
    for i in block {
      let skippable = outsideAfterClosing & (1 << UInt64(i - block.lowerBound)) != 0
      if skippable && EntityFeatures.closes(p1) {
        labels[i] = UInt8(EntityLabel.outside)
        p2 = p1
        p1 = EntityLabel.outside
        continue
      }
      let ownScore = skippable ? tokenScore(i) : tokenScores[i - block.lowerBound]
      EntityFeatures.labelHashes(tokens, i, range, previous: p1, beforeThat: p2, into: features)
      let scores = ownScore &+ sum(EntityFeatures.labelCount)
      // The first label of the best score among those allowed (a sum of 29 rows is
      // always above Int16.min, so a lane set to it is never chosen).
      let forbidden = forbiddenLanes[p1 &* 2 &+ (i + 1 == range.upperBound ? 1 : 0)]
      let allowedScores = scores.replacing(with: Int16.min, where: forbidden)
      let top = allowedScores.max()
      var best = 0
      while allowedScores[best] != top { best += 1 }
      labels[i] = UInt8(best)
      p2 = p1
      p1 = best
    }
  }
}
