import Foundation
import QuothAnalysis

// quoth-train-speakers: trains the pronoun ranker and the reliability table of the
// speaker model on PolNeAR train and checks them on dev. Run from the project root.

let defaultModelPath = "Sources/QuothAnalysis/Speakers/Resources/speaker-model.bin"
let usage = """
  usage: quoth-train-speakers [--epochs N] [--rows-log2 N] [--corpus DIR] [--out FILE]
  Learns from PolNeAR train: the annotated sources that are names, each read as the
  pronoun its person would take, teach the ranker which earlier name a pronoun stands
  for; the share of right speakers per kind of attribution gives the confidence.
  Defaults: 10 epochs, 2^12 weights, --corpus ../shared/corpus/polnear, --out \(defaultModelPath),
  first names from Tools/Gazetteers/first-name-genders.txt (Tools/build-gazetteers.py).
  """

var arguments = Array(CommandLine.arguments.dropFirst())
var options: [String: String] = [:]
while arguments.count >= 2 && arguments[0].hasPrefix("--") {
  options[String(arguments[0].dropFirst(2))] = arguments[1]
  arguments.removeFirst(2)
}
guard arguments.isEmpty else {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(64)
}
let corpus = URL(fileURLWithPath: options["corpus"] ?? "../shared/corpus/polnear")
let modelPath = options["out"] ?? defaultModelPath
let epochs = Int(options["epochs"] ?? "") ?? 10
let rowsLog2 = Int(options["rows-log2"] ?? "") ?? 12

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("quoth-train-speakers: \(message)\n".utf8))
  exit(1)
}

let started = Date()
let firstNames: [UInt64: PersonGender]
do {
  firstNames = try FirstNameList.load(
    URL(fileURLWithPath: "Tools/Gazetteers/first-name-genders.txt"))
} catch { fail("\(error)") }
let train: [GoldArticle]
let dev: [GoldArticle]
do {
  train = try GoldArticle.load(corpus: corpus, split: "train")
  dev = try GoldArticle.load(corpus: corpus, split: "dev")
} catch { fail("cannot read the corpus under \(corpus.path): \(error)") }

let unweighted = SpeakerModel(
  rowsLog2: rowsLog2, weights: [Float](repeating: 0, count: 1 << rowsLog2),
  firstNames: firstNames, reliability: [Float](repeating: 1, count: SpeakerTraining.kindCount),
  temperature: 1)
func examples(_ articles: [GoldArticle]) -> [SpeakerTraining.Example] {
  articles.flatMap {
    SpeakerTraining.pronounExamples(text: $0.text, sources: $0.sources, model: unweighted)
  }
}
var trainExamples = examples(train)
let devExamples = examples(dev)
print("pronoun examples (names hidden): train \(trainExamples.count), dev \(devExamples.count)")

var ranker = RankingTrainer(rowsLog2: rowsLog2)
var seed: UInt64 = 0x2545_f491_4f6c_dd1d
for epoch in 1...epochs {
  for k in stride(from: trainExamples.count - 1, to: 0, by: -1) {
    seed ^= seed << 13
    seed ^= seed >> 7
    seed ^= seed << 17
    trainExamples.swapAt(k, Int(seed % UInt64(k + 1)))
  }
  let accuracy = ranker.epoch(trainExamples)
  print("epoch \(epoch): right first \(String(format: "%.3f", accuracy))")
}
let weights = ranker.averagedWeights()
let temperature = RankingTrainer.temperature(weights, trainExamples)
for (name, set) in [("train", trainExamples), ("dev", devExamples)] {
  let accuracy = RankingTrainer.accuracy(weights, set)
  print(
    "\(name): the right name ranked first for \(String(format: "%.3f", accuracy)) of hidden names")
}

let ranked = SpeakerModel(
  rowsLog2: rowsLog2, weights: weights, firstNames: firstNames,
  reliability: [Float](repeating: 1, count: SpeakerTraining.kindCount), temperature: temperature)
let trainTable = ReliabilityTable(articles: train, model: ranked)
// A resolved nominal is right at the name level only when the organisation it went to
// is: PolNeAR has no coreference, so that share comes from hidden organisation names.
func organisationChecks(_ articles: [GoldArticle]) -> (resolved: Int, lastNamed: Int, total: Int) {
  articles.reduce((resolved: 0, lastNamed: 0, total: 0)) { sum, article in
    let checks = SpeakerTraining.organisationNominalChecks(
      text: article.text, sources: article.sources, model: ranked)
    return (
      sum.resolved + checks.resolved, sum.lastNamed + checks.lastNamed, sum.total + checks.total
    )
  }
}
let trainOrganisations = organisationChecks(train)
let devOrganisations = organisationChecks(dev)
let organisationShare =
  Float(trainOrganisations.resolved + 1) / Float(trainOrganisations.total + 2)
var reliability = trainTable.shares
for kind in reliability.indices where ReliabilityTable.isResolvedNominal(kind) {
  reliability[kind] *= organisationShare
}
let model = SpeakerModel(
  rowsLog2: rowsLog2, weights: weights, firstNames: firstNames,
  reliability: reliability, temperature: temperature)
do { try model.fileData().write(to: URL(fileURLWithPath: modelPath)) } catch {
  fail("cannot write \(modelPath): \(error)")
}
print("temperature \(temperature)")
for (name, checks) in [("train", trainOrganisations), ("dev", devOrganisations)] {
  print(
    "\"the company\" for the right organisation, \(name): ranked \(checks.resolved)/\(checks.total) of hidden organisation names, named last \(checks.lastNamed)/\(checks.total)"
  )
}
print("speaker right per kind of attribution, train (mention level):")
print(trainTable.report())
print("dev:")
print(ReliabilityTable(articles: dev, model: ranked).report())
print(
  "wrote \(modelPath) (\(model.fileData().count) bytes) in \(Int(Date().timeIntervalSince(started))) s"
)
