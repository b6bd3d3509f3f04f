import Foundation
import Testing

@testable import QuothReader

@Suite(.timeLimit(.minutes(1))) struct BackgroundAnalysisTests {
  /// A folder of `count` small articles (one of them unreadable: a folder named like a file).
  func folder(_ count: Int) throws -> (String, [String]) {
    let folder = NSTemporaryDirectory() + "quoth-background-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var paths: [String] = []
    for index in 0..<count {
      let path = folder + "/article-\(index).txt"
      try "Story \(index)\n\n“We will build it,” said Mayor Ana Ruiz of Westbrook.\n".write(
        toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    let unreadable = folder + "/missing-\(count).txt"
    paths.append(unreadable)
    return (folder, paths)
  }

  /// Every result, collected until the analysis says it is finished.
  func collect(_ background: BackgroundAnalysis) -> [Action] {
    var results: [Action] = []
    while !background.isFinished {
      results += background.takeResults()
      if !background.isFinished { usleep(1000) }
    }
    return results
  }

  @Test func everyArticleArrivesOnceAsAnActionAndFailuresNameTheirFile() throws {
    let (folder, paths) = try folder(12)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let background = BackgroundAnalysis(paths: paths, workers: 2)
    background.start()
    let results = collect(background)
    var analysed: [Int] = []
    var failed: [Int] = []
    for result in results {
      switch result {
      case .analysed(let index, let document):
        analysed.append(index)
        #expect(document.title == "Story \(index)")
        #expect(document.quotes.count == 1)
        #expect(document.quotes.speaker(at: 0) == "Ana Ruiz")
      case .failed(let index, let reason):
        failed.append(index)
        #expect(!reason.isEmpty && !reason.contains(folder))
      default: Issue.record("unexpected \(result)")
      }
    }
    #expect(analysed.sorted() == Array(0..<12))
    #expect(failed == [12])
    #expect(background.failures == 1)
    #expect(background.messages.count == 1 && background.messages[0].contains("missing-12.txt"))
    #expect(background.takeResults().isEmpty)
  }

  @Test func preferredArticlesComeFirst() throws {
    let (folder, paths) = try folder(40)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let background = BackgroundAnalysis(paths: paths, workers: 1)
    background.prefer([37, 21])
    background.start()
    let order = collect(background).compactMap { result -> Int? in
      if case .analysed(let index, _) = result { return index }
      return nil
    }
    #expect(Array(order.prefix(2)) == [37, 21])
    #expect(order.count == 40)
  }

  @Test func stopLeavesTheRestUnclaimed() throws {
    let (folder, paths) = try folder(200)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let background = BackgroundAnalysis(paths: paths, workers: 1)
    background.stop()
    background.start()
    usleep(50_000)
    #expect(background.takeResults().isEmpty)
    #expect(!background.isFinished)
  }
}
