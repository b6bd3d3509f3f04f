import Foundation

/// The trained speaker model: hashed feature weights that rank the people and
/// organisations a pronoun may stand for, the sex most first names go with, and how
/// often each kind of attribution was right on the training articles (for confidence).
///
/// File layout (little-endian): "QSPK", version, log2 of the weight count, the number
/// of first names, the number of reliability entries, the softmax temperature (Float32);
/// then the weights (Float32), the
/// first-name hashes (UInt64) and their sexes (UInt8, 1 male, 2 female), the
/// reliabilities (Float32, one per `AttributionKind`).
package final class SpeakerModel: Sendable {
  package static let magic: UInt32 = 0x4b50_5351  // "QSPK"
  package static let version: UInt32 = 1
  package static let resourceName = "speaker-model"
  package static let resourceExtension = "bin"

  package let rowsLog2: Int
  package let weights: [Float]
  /// Sex by hashed lower-case first name.
  package let firstNames: [UInt64: PersonGender]
  /// Share of quotes whose speaker mention was right on train, by `AttributionKind`.
  package let reliability: [Float]
  /// Divides the scores before the softmax that turns them into probabilities.
  package let temperature: Float

  package init(
    rowsLog2: Int, weights: [Float], firstNames: [UInt64: PersonGender], reliability: [Float],
    temperature: Float
  ) {
    precondition(weights.count == 1 << rowsLog2)
    self.rowsLog2 = rowsLog2
    self.temperature = temperature
    self.weights = weights
    self.firstNames = firstNames
    self.reliability = reliability
  }

  /// The model bundled with quoth, or nil when it cannot be read (quoth then resolves
  /// pronouns by rules alone).
  package static let shared = loadBundled()

  /// Reads the bundled model (or the file `QUOTH_SPEAKER_MODEL` names).
  package static func loadBundled() -> SpeakerModel? {
    ModelFileLocation.load(
      file: "\(resourceName).\(resourceExtension)", environment: "QUOTH_SPEAKER_MODEL",
      sourceFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent(),
      reader: { try SpeakerModel.load(contentsOf: $0) })
  }

  package enum LoadError: Error, CustomStringConvertible {
    case truncated(String)
    case notAModel(String)

    package var description: String {
      switch self {
      case .truncated(let path): "\(path): the speaker model file is truncated"
      case .notAModel(let path): "\(path): not a speaker model file of this version"
      }
    }
  }

  /// Reads a model file.
  package static func load(contentsOf url: URL) throws -> SpeakerModel {
    let data = try Data(contentsOf: url)
    return try data.withUnsafeBytes { raw -> SpeakerModel in
      guard raw.count >= 24 else { throw LoadError.truncated(url.path) }
      let header = (0..<5).map {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
      }
      guard header[0] == magic, header[1] == version, header[2] < 24, header[3] < 1 << 20,
        header[4] == AttributionKind.count
      else { throw LoadError.notAModel(url.path) }
      let rowsLog2 = Int(header[2])
      let (weightCount, nameCount, kindCount) = (1 << rowsLog2, Int(header[3]), Int(header[4]))
      let temperature = Float(
        bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
      guard temperature > 0, raw.count == 24 + weightCount * 4 + nameCount * 9 + kindCount * 4
      else {
        throw LoadError.truncated(url.path)
      }
      var offset = 24
      func floats(_ count: Int) -> [Float] {
        defer { offset += count * 4 }
        return (0..<count).map {
          Float(
            bitPattern: UInt32(
              littleEndian: raw.loadUnaligned(fromByteOffset: offset + $0 * 4, as: UInt32.self)))
        }
      }
      let weights = floats(weightCount)
      var firstNames: [UInt64: PersonGender] = [:]
      firstNames.reserveCapacity(nameCount)
      let sexes = offset + nameCount * 8
      for k in 0..<nameCount {
        let hash = UInt64(
          littleEndian: raw.loadUnaligned(fromByteOffset: offset + k * 8, as: UInt64.self))
        firstNames[hash] = raw[sexes + k] == 2 ? .female : .male
      }
      offset = sexes + nameCount
      return SpeakerModel(
        rowsLog2: rowsLog2, weights: weights, firstNames: firstNames,
        reliability: floats(kindCount), temperature: temperature)
    }
  }

  /// The model as file bytes.
  package func fileData() -> Data {
    var data = Data()
    func append<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
    let names = firstNames.sorted { $0.key < $1.key }
    for word in [
      Self.magic, Self.version, UInt32(rowsLog2), UInt32(names.count), UInt32(reliability.count),
    ] {
      append(word)
    }
    append(temperature.bitPattern)
    for weight in weights { append(weight.bitPattern) }
    for name in names { append(name.key) }
    for name in names { append(UInt8(name.value == .female ? 2 : 1)) }
    for value in reliability { append(value.bitPattern) }
    return data
  }

  /// The score of a candidate: the sum of its features' weights.
  func score(_ features: [UInt64]) -> Float {
    let mask = UInt64(weights.count - 1)
    var total: Float = 0
    for feature in features { total += weights[Int(feature & mask)] }
    return total
  }

  /// The sex most people with this first name are, if the name list knows it.
  func gender(ofFirstName name: some StringProtocol) -> PersonGender? {
    firstNames[Self.nameHash(name)]
  }

  /// FNV-1a over the lower-cased scalars of a first name.
  package static func nameHash(_ name: some StringProtocol) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in name.lowercased().unicodeScalars {
      hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }
    return hash
  }
}
