import Foundation
import QuothAnalysis

// quoth-train-speakers: trains the pronoun ranker, the speaker choice and its
// calibration on PolNeAR train and checks them on dev. Run from the project root.

let defaultModelPath = "Sources/QuothAnalysis/Speakers/Resources/speaker-model.bin"
let usage = """
  usage: quoth-train-speakers [--epochs N] [--rows-log2 N] [--runs N] [--seed N] [--corpus DIR]
                              [--out FILE]
  Learns from PolNeAR train: the annotated sources that are names, each read as the
  pronoun its person would take, teach the ranker which earlier name a pronoun stands
  for; every quote's candidate speakers (the rules' pick, the previous quote's speaker,
  the names nearby, no one) teach the speaker choice which is the annotated source, and
  the share right by bin of its probability gives the confidence.
  --runs N averages N perceptrons, each learning the examples in another order; --seed N
  picks the orders (the same seed gives the same model).
  Defaults: 10 epochs, 2^14 weights, 5 runs, seed 0, --corpus ../shared/corpus/polnear, --out \(defaultModelPath),
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
let rowsLog2 = Int(options["rows-log2"] ?? "") ?? 14

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
  firstNames: firstNames, calibration: [], temperature: 1, choiceTemperature: 1)
func examples(_ articles: [GoldArticle]) -> [SpeakerTraining.Example] {
  articles.flatMap {
    SpeakerTraining.pronounExamples(text: $0.text, sources: $0.sources, model: unweighted)
  }
}
let pronounTrain = examples(train)
let pronounDev = examples(dev)
print("pronoun examples (names hidden): train \(pronounTrain.count), dev \(pronounDev.count)")

let seed = UInt64(options["seed"] ?? "") ?? 0
let runs = max(1, Int(options["runs"] ?? "") ?? 5)

/// Averaged-perceptron weights over `examples`: the mean of `runs` perceptrons, each
/// learning them in another order (deterministic from `--seed`), so that the model depends
/// less on one order than one perceptron does.
func trainRanker(_ examples: [SpeakerTraining.Example], label: String) -> [Float] {
  var summed = [Float](repeating: 0, count: 1 << rowsLog2)
  for run in 0..<runs {
    var order = examples
    var ranker = RankingTrainer(rowsLog2: rowsLog2)
    var shuffle = XorshiftShuffle(
      state: 0x2545_f491_4f6c_dd1d &+ seed &* 7_919 &+ UInt64(run) &* 1_000_003)
    for epoch in 1...epochs {
      shuffle.shuffle(&order)
      let accuracy = ranker.epoch(order)
      if epoch == epochs {
        print(
          "\(label) run \(run + 1), epoch \(epoch): right first \(String(format: "%.3f", accuracy))"
        )
      }
    }
    for (row, weight) in ranker.averagedWeights().enumerated() { summed[row] += weight }
  }
  return summed.map { $0 / Float(runs) }
}

func report(
  _ label: String, _ weights: [Float], train: [SpeakerTraining.Example],
  dev: [SpeakerTraining.Example]
) {
  for (name, set) in [("train", train), ("dev", dev)] {
    let accuracy = RankingTrainer.accuracy(weights, set)
    print("\(label), \(name): right first for \(String(format: "%.3f", accuracy)) of \(set.count)")
  }
}

let pronounWeights = trainRanker(pronounTrain, label: "pronouns")
let temperature = RankingTrainer.temperature(pronounWeights, pronounTrain)
report("pronouns (hidden names)", pronounWeights, train: pronounTrain, dev: pronounDev)

// The speaker choice learns from the analysis as the model before it leaves it (the
// speaker of the quote before is a candidate): a first round from the rules' picks
// (zero weights take the first candidate, the rules' own), a second from the first round's.
func model(_ choiceWeights: [Float]?, choiceTemperature: Float = 1, calibration: [[Float]] = [[1]])
  -> SpeakerModel
{
  SpeakerModel(
    rowsLog2: rowsLog2,
    weights: zip(pronounWeights, choiceWeights ?? pronounWeights.map { _ in 0 }).map(+),
    firstNames: firstNames, calibration: calibration, temperature: temperature,
    choiceTemperature: choiceTemperature)
}
func choiceExamples(_ articles: [GoldArticle], _ model: SpeakerModel) -> [SpeakerTraining.Example] {
  articles.flatMap {
    SpeakerTraining.choiceExamples(text: $0.text, quotes: $0.sourcedQuotes, model: model)
  }
}
var choiceWeights: [Float]? = nil
var choiceTrain: [SpeakerTraining.Example] = []
var choiceDev: [SpeakerTraining.Example] = []
for round in 1...2 {
  let current = model(choiceWeights)
  choiceTrain = choiceExamples(train, current)
  choiceDev = choiceExamples(dev, current)
  choiceWeights = trainRanker(choiceTrain, label: "speaker choice round \(round)")
  report("speaker choice round \(round)", choiceWeights!, train: choiceTrain, dev: choiceDev)
}
let choiceTemperature = RankingTrainer.temperature(choiceWeights!, choiceTrain)
let calibration = IsotonicCalibration.fit(
  choiceWeights!, choiceTrain, temperature: choiceTemperature,
  tables: SpeakerTraining.evidenceNames.count, bins: 20)
let final = model(choiceWeights, choiceTemperature: choiceTemperature, calibration: calibration)
do { try final.fileData().write(to: URL(fileURLWithPath: modelPath)) } catch {
  fail("cannot write \(modelPath): \(error)")
}
print("temperatures: pronouns \(temperature), speaker choice \(choiceTemperature)")
for (evidence, table) in zip(SpeakerTraining.evidenceNames, calibration) {
  print(
    "calibration, \(evidence) (20 bins of probability): \(table.map { String(format: "%.2f", $0) }.joined(separator: " "))"
  )
}
// A resolved nominal is right at the name level only when the organisation it goes to is:
// PolNeAR has no coreference, so that share comes from hidden organisation names.
for (name, articles) in [("train", train), ("dev", dev)] {
  let checks = articles.reduce((resolved: 0, lastNamed: 0, total: 0)) { sum, article in
    let checks = SpeakerTraining.organisationNominalChecks(
      text: article.text, sources: article.sources, model: final)
    return (
      sum.resolved + checks.resolved, sum.lastNamed + checks.lastNamed, sum.total + checks.total
    )
  }
  print(
    "\"the company\" for the right organisation, \(name): ranked \(checks.resolved)/\(checks.total) of hidden organisation names, named last \(checks.lastNamed)/\(checks.total)"
  )
}
print("speaker right per kind of attribution, train (mention level):")
print(ReliabilityTable(articles: train, model: final).report())
print("dev:")
print(ReliabilityTable(articles: dev, model: final).report())
print(
  "wrote \(modelPath) (\(final.fileData().count) bytes) in \(Int(Date().timeIntervalSince(started))) s"
)
