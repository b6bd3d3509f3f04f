import Foundation

/// The trained speaker model: hashed feature weights that rank the people and
/// organisations a pronoun may stand for and the speakers a quote may have, the sex
/// most first names go with, and the calibration that turns the speaker ranking's
/// probability into how often such a choice was right on the training articles.
///
/// File layout (little-endian): "QSPK", version, log2 of the weight count, the number
/// of first names, the number of calibration tables and of bins in each, the pronoun and
/// the speaker softmax temperatures (Float32); then the weights (Float32), the first-name
/// hashes (UInt64) and their sexes (UInt8, 1 male, 2 female), the calibration tables
/// (Float32, the share right for each equal-width bin of probability), one per
/// `SpeakerChooser.Evidence`.
package final class SpeakerModel: Sendable {
  package static let magic: UInt32 = 0x4b50_5351  // "QSPK"
  package static let version: UInt32 = 3
  package static let resourceName = "speaker-model"
  package static let resourceExtension = "bin"

  package let rowsLog2: Int
  package let weights: [Float]
  /// Sex by hashed lower-case first name.
  package let firstNames: [UInt64: PersonGender]
  /// Share of chosen speakers right on train, by the evidence for the chosen one (a
  /// table each, `SpeakerChooser.Evidence`) and bin of the speaker ranking's probability.
  package let calibration: [[Float]]
  /// Divides the pronoun ranker's scores before the softmax that turns them into probabilities.
  package let temperature: Float
  /// The same for the speaker ranking.
  package let choiceTemperature: Float

  package init(
    rowsLog2: Int, weights: [Float], firstNames: [UInt64: PersonGender], calibration: [[Float]],
    temperature: Float, choiceTemperature: Float
  ) {
    precondition(weights.count == 1 << rowsLog2)
    precondition(Set(calibration.map(\.count)).count <= 1 && !calibration.contains { $0.isEmpty })
    self.rowsLog2 = rowsLog2
    self.temperature = temperature
    self.weights = weights
    self.firstNames = firstNames
    self.calibration = calibration
    self.choiceTemperature = choiceTemperature
  }

  /// Whether the speaker ranking is trained (else the attribution rules' picks stand).
  var choosesSpeakers: Bool { !calibration.isEmpty }

  /// How often a speaker chosen with `probability` on `evidence` was right on train.
  func calibrated(_ probability: Double, evidence: SpeakerChooser.Evidence) -> Double {
    let table = calibration[min(evidence.rawValue, calibration.count - 1)]
    let bin = min(Int(probability * Double(table.count)), table.count - 1)
    return Double(table[max(bin, 0)])
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
      guard raw.count >= 32 else { throw LoadError.truncated(url.path) }
      let header = (0..<6).map {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))
      }
      guard header[0] == magic, header[1] == version, header[2] < 24, header[3] < 1 << 20,
        header[4] <= 16, header[5] <= 1000, (header[4] == 0) == (header[5] == 0)
      else { throw LoadError.notAModel(url.path) }
      let rowsLog2 = Int(header[2])
      let (weightCount, nameCount) = (1 << rowsLog2, Int(header[3]))
      let (tableCount, binCount) = (Int(header[4]), Int(header[5]))
      func float(at offset: Int) -> Float {
        Float(
          bitPattern: UInt32(
            littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
      }
      let (temperature, choiceTemperature) = (float(at: 24), float(at: 28))
      guard temperature > 0, choiceTemperature > 0,
        raw.count == 32 + weightCount * 4 + nameCount * 9 + tableCount * binCount * 4
      else {
        throw LoadError.truncated(url.path)
      }
      var offset = 32
      func floats(_ count: Int) -> [Float] {
        defer { offset += count * 4 }
        return (0..<count).map { float(at: offset + $0 * 4) }
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
        calibration: (0..<tableCount).map { _ in floats(binCount) }, temperature: temperature,
        choiceTemperature: choiceTemperature)
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
      Self.magic, Self.version, UInt32(rowsLog2), UInt32(names.count), UInt32(calibration.count),
      UInt32(calibration.first?.count ?? 0),
    ] {
      append(word)
    }
    append(temperature.bitPattern)
    append(choiceTemperature.bitPattern)
    for weight in weights { append(weight.bitPattern) }
    for name in names { append(name.key) }
    for name in names { append(UInt8(name.value == .female ? 2 : 1)) }
    for value in calibration.joined() { append(value.bitPattern) }
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
