import Foundation
import QuothAnalysis

// quoth-train-ner: trains the entity tagger on PolNeAR train (CoreNLP tags) and
// measures it on dev. Run from the project root.

let defaultModelPath = "Sources/QuothAnalysis/Entities/Resources/entity-model.bin"
let usage = """
  usage: quoth-train-ner train [--epochs N] [--rows-log2 N] [--history gold|own] [--corpus DIR] [--out FILE]
                               [--uner FILE] [--news-entities DIR] [--hold-out even|odd] [--gold-weight N]
                               [--lower-case N] [--clip SHARE] [--seed N] [--runs N]
         quoth-train-ner eval [--split dev|train] [--errors N] [--details yes] [--corpus DIR] [--model FILE]
  train: averaged perceptron on PolNeAR train (CoreNLP's tags) and the hand-annotated documents
         named (Universal NER IOB2, news-entities gold.jsonl; each counted --gold-weight times,
         default 3), with --lower-case N every Nth document once more in lower case, then
         F1 on dev. Defaults: 12 epochs, 2^16 weight rows, previous labels
         from the reference (gold) rather than the tagger's own. Weights are kept in
         8 bits: the largest SHARE of them (default 0.0005) clipped to ±127. --seed N picks
         another order to learn the documents in (to see how much a figure varies by it);
         --runs N averages N perceptrons, each learning them in another order (default 1).
  eval:  exact-span F1 against CoreNLP; --errors N lists the N commonest misses and false finds,
         --details yes every one in context.
  Defaults: --corpus ../shared/corpus/polnear, --out/--model \(defaultModelPath),
  gazetteers from Tools/Gazetteers (Tools/build-gazetteers.py writes them).
  """

var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.isEmpty ? "" : arguments.removeFirst()
var options: [String: String] = [:]
while arguments.count >= 2 && arguments[0].hasPrefix("--") {
  options[String(arguments[0].dropFirst(2))] = arguments[1]
  arguments.removeFirst(2)
}
guard arguments.isEmpty, ["train", "eval"].contains(command) else {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(64)
}
let corpus = URL(fileURLWithPath: options["corpus"] ?? "../shared/corpus/polnear")
let modelPath = options["out"] ?? options["model"] ?? defaultModelPath

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("quoth-train-ner: \(message)\n".utf8))
  exit(1)
}

func evaluate(_ model: EntityModel, split: String, errors: Int, showDetails: Bool = false) {
  let documents: [CorpusDocument]
  do { documents = try CorpusDocument.load(corpus: corpus, split: split) } catch {
    fail("cannot read \(split) under \(corpus.path): \(error)")
  }
  var tagger = NEREvaluation()
  let taggerAlone = EntityRecognizer(model: model, appliesRules: false)
  for document in documents { tagger.add(document, recognizer: taggerAlone) }
  var evaluation = NEREvaluation()
  if showDetails { evaluation.details = [] }
  let recognizer = EntityRecognizer(model: model)
  for document in documents { evaluation.add(document, recognizer: recognizer) }
  for line in evaluation.details ?? [] { print(line) }
  print(
    "\(split): \(documents.count) articles, exact spans against CoreNLP (PERSON, ORGANIZATION→ORG, LOCATION→PLACE)"
  )
  print("tagger alone: F1 \(String(format: "%.3f", tagger.overallF1))")
  print("recogniser (tagger and rules):")
  print(evaluation.report(errors: errors))
}

/// The gold labels of a document's tokens: BILOU over the tokens each reference span covers.
func goldLabels(_ document: EntityDocument, _ gold: [GoldSpan]) -> [UInt8] {
  var labels = [UInt8](repeating: UInt8(EntityLabel.outside), count: document.tokens.count)
  let starts = document.tokens.map { Int($0.start) }
  for span in gold {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < span.start { lo = mid + 1 } else { hi = mid }
    }
    var end = lo
    while end < starts.count && starts[end] < span.end { end += 1 }
    guard end > lo, labels[lo..<end].allSatisfy({ $0 == 0 }) else { continue }
    if end - lo == 1 {
      labels[lo] = UInt8(EntityLabel.label(span.type, .unit))
    } else {
      labels[lo] = UInt8(EntityLabel.label(span.type, .begin))
      for k in (lo + 1)..<(end - 1) { labels[k] = UInt8(EntityLabel.label(span.type, .inside)) }
      labels[end - 1] = UInt8(EntityLabel.label(span.type, .last))
    }
  }
  // A span cut by a paragraph break cannot be tagged: drop it.
  for range in document.paragraphs {
    var open = -1
    for i in range {
      let label = Int(labels[i])
      if label == EntityLabel.outside { continue }
      switch EntityLabel.position(label) {
      case .begin: open = i
      case .last: open = -1
      default: break
      }
    }
    if open >= 0 {
      var k = open
      while k < range.upperBound && labels[k] != 0 {
        labels[k] = 0
        k += 1
      }
    }
    if let first = range.first, labels[first] != 0,
      [.inside, .last].contains(EntityLabel.position(Int(labels[first])))
    {
      var k = first
      while k < range.upperBound && labels[k] != 0 {
        labels[k] = 0
        k += 1
      }
    }
  }
  return labels
}

/// The hand-annotated documents the options name: `--uner FILE` (Universal NER IOB2) and
/// `--news-entities DIR`; `--hold-out even|odd` leaves every other document of each out,
/// for checking on the rest.
@MainActor func handAnnotated() throws -> [CorpusDocument] {
  var documents: [CorpusDocument] = []
  let heldOut = ["even": 0, "odd": 1][options["hold-out"] ?? ""]
  if let file = options["uner"] {
    let all = try CorpusDocument.loadUniversalNER(file: URL(fileURLWithPath: file))
    documents += all.indices.filter { $0 % 2 != heldOut }.map { all[$0] }
  }
  if let folder = options["news-entities"] {
    documents += try CorpusDocument.loadNewsEntities(
      folder: URL(fileURLWithPath: folder), keep: { $0 % 2 != heldOut })
  }
  return documents
}

switch command {
case "train":
  let epochs = Int(options["epochs"] ?? "") ?? 12
  let rowsLog2 = Int(options["rows-log2"] ?? "") ?? 16
  let started = Date()
  let gazetteer: Gazetteer
  var documents: [CorpusDocument]
  do {
    gazetteer = try GazetteerBuilder.build(folder: URL(fileURLWithPath: "Tools/Gazetteers"))
    documents = try CorpusDocument.load(corpus: corpus, split: "train") + handAnnotated()
  } catch { fail("\(error)") }
  let goldWeight = Int(options["gold-weight"] ?? "") ?? 3
  // Web text is often written all in lower case: every Nth document is learnt from a
  // second time in lower case, so that the tagger does not lean on capitals alone.
  if let every = Int(options["lower-case"] ?? ""), every > 0 {
    documents += documents.indices.filter { $0 % every == 0 }.map { documents[$0].lowerCased() }
  }
  var unique: [PerceptronTrainer.Example] = []
  for document in documents {
    var tokens = document.scalars.withUnsafeBufferPointer {
      EntityDocument(scalars: $0, paragraphs: document.paragraphs, gazetteer: gazetteer)
    }
    // CoreNLP is unreliable in headlines, whose capitals mislead it: leave them out.
    if !document.isHandAnnotated {
      tokens.paragraphs.removeAll { tokens.tokens[$0].contains(where: \.headline) }
    }
    unique.append(
      PerceptronTrainer.Example(document: tokens, labels: goldLabels(tokens, document.gold)))
  }
  // Hand annotations are scarcer and truer than the silver tags: they count several times.
  let examples = zip(unique, documents).flatMap { example, document in
    Array(repeating: example, count: document.isHandAnnotated ? goldWeight : 1)
  }
  var exact = 0
  var goldTotal = 0
  for (example, document) in zip(unique, documents) {
    let gold = Set(document.gold)
    goldTotal += gold.count
    for range in example.document.paragraphs {
      for (first, end, type) in EntityDocument.spans(example.labels, in: range) {
        let span = GoldSpan(
          start: Int(example.document.tokens[first].start),
          end: Int(example.document.tokens[end - 1].end), type: type)
        if gold.contains(span) { exact += 1 }
      }
    }
  }
  print("reference spans that tokens represent exactly: \(exact) of \(goldTotal)")
  print("train: \(examples.count) articles, \(examples.reduce(0) { $0 + $1.labels.count }) tokens")
  // Several perceptrons, each learning the documents in another order, are averaged into
  // one table: the tagger then depends less on the order than one perceptron does.
  let runs = max(1, Int(options["runs"] ?? "") ?? 1)
  var summed: [Float] = []
  for run in 0..<runs {
    var trainer = PerceptronTrainer(rowsLog2: rowsLog2)
    trainer.goldHistory = options["history"] != "own"
    var order = examples
    // Deterministic shuffle, so that a rebuild gives the same model.
    var shuffle = XorshiftShuffle(
      state: 0x2545_f491_4f6c_dd1d &+ (UInt64(options["seed"] ?? "") ?? 0) &+ UInt64(run)
        &* 1_000_003)
    for epoch in 1...epochs {
      shuffle.shuffle(&order)
      let accuracy = trainer.epoch(order)
      print("run \(run + 1), epoch \(epoch): token accuracy \(String(format: "%.4f", accuracy))")
    }
    let weights = trainer.averagedWeights()
    if summed.isEmpty {
      summed = weights
    } else {
      for k in summed.indices { summed[k] += weights[k] }
    }
  }
  let model = EntityModel(
    rowsLog2: rowsLog2,
    weights: PerceptronTrainer.quantised(
      summed, clippedShare: Double(options["clip"] ?? "") ?? 0.0005),
    gazetteer: gazetteer)
  do { try model.fileData().write(to: URL(fileURLWithPath: modelPath)) } catch {
    fail("cannot write \(modelPath): \(error)")
  }
  print(
    "wrote \(modelPath) (\(model.fileData().count) bytes) in \(Int(Date().timeIntervalSince(started))) s"
  )
  evaluate(model, split: "dev", errors: 0)
case "eval":
  let model: EntityModel
  do { model = try EntityModel.load(contentsOf: URL(fileURLWithPath: modelPath)) } catch {
    fail("\(error)")
  }
  evaluate(
    model, split: options["split"] ?? "dev",
    errors: Int(options["errors"] ?? "") ?? 0, showDetails: options["details"] == "yes")
default:
  break
}
