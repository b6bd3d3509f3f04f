import Foundation
import QuothAnalysis

/// Entity recogniser speed: model load time, and words per second over PolNeAR train.
func runEntityBenchmark(corpus: String = "../shared/corpus/polnear/train/text") {
  print("== entities")
  var loads: [Double] = []
  for _ in 0..<5 {
    let started = DispatchTime.now().uptimeNanoseconds
    let recognizer = EntityRecognizer()
    loads.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
    if let problem = recognizer.modelProblem {
      print("entity model: \(problem)")
      return
    }
  }
  loads.sort()
  print(
    String(format: "model load: %.1f ms (best of 5: %.1f ms)", loads[loads.count / 2], loads[0]))
  var speakerLoads: [Double] = []
  for _ in 0..<5 {
    let started = DispatchTime.now().uptimeNanoseconds
    guard SpeakerModel.loadBundled() != nil else {
      print("speaker model: not found")
      break
    }
    speakerLoads.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
  }
  speakerLoads.sort()
  if !speakerLoads.isEmpty {
    print(
      String(
        format: "speaker model load: %.1f ms (best of 5: %.1f ms)",
        speakerLoads[speakerLoads.count / 2], speakerLoads[0]))
  }

  guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus) else {
    print("skipped: no corpus at \(corpus)")
    return
  }
  let articles = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name -> Article? in
    guard let text = try? String(contentsOfFile: "\(corpus)/\(name)", encoding: .utf8) else {
      return nil
    }
    return PlainTextIngest.article(from: text, source: name)
  }
  let words = articles.reduce(0) { total, article in
    total + article.text.split(whereSeparator: { $0.isWhitespace }).count
  }
  let recognizer = EntityRecognizer.shared
  var entityCount = 0
  for article in articles { entityCount += recognizer.entities(in: article).count }  // warm-up
  let rounds = 5
  var best = Double.infinity
  var bestCPU = Double.infinity
  for _ in 0..<rounds {
    let started = DispatchTime.now().uptimeNanoseconds
    let startedCPU = threadCPUSeconds()
    entityCount = 0
    for article in articles { entityCount += recognizer.entities(in: article).count }
    bestCPU = min(bestCPU, threadCPUSeconds() - startedCPU)
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
  }
  print(
    "entities: \(articles.count) articles, \(words) words, \(entityCount) entities, best of \(rounds)"
  )
  print(
    String(
      format: "entities: %.0f words/s wall (%.3f µs/word); %.0f words/s CPU time (%.3f µs/word)",
      Double(words) / best, best * 1e6 / Double(words), Double(words) / bestCPU,
      bestCPU * 1e6 / Double(words)))
}
