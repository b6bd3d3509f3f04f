import Foundation
import QuothAnalysis
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

  @Test func reloadReadsAnArticleAgainAfterTheWorkersHaveStopped() throws {
    final class Reads: @unchecked Sendable {
      let lock = NSLock()
      var count = 0
      /// The first read fails (a server down), the next succeed.
      func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
      }
    }
    let reads = Reads()
    let background = BackgroundAnalysis(paths: ["https://courier.test/story"], workers: 1) {
      source in
      if reads.next() == 1 { throw CocoaError(.fileReadUnknown) }
      return try ArticleLoader.article(
        fromBytes: Array("Story\n\n“It is back,” said Ana Ruiz.\n".utf8), source: source)
    }
    background.start()
    let first = collect(background)
    #expect(first.count == 1 && first[0].isResult)
    #expect(background.failures == 1)
    // Every worker has stopped by now; reloading starts one.
    usleep(50_000)
    background.reload(0)
    #expect(!background.isFinished)
    let second = collect(background)
    guard case .analysed(0, let document)? = second.last else {
      Issue.record("no analysis after the reload: \(second)")
      return
    }
    #expect(document.quotes.speaker(at: 0) == "Ana Ruiz")
    #expect(background.failures == 0 && background.messages.isEmpty)
    #expect(reads.count == 2)
  }

  @Test func addedArticlesAndTheFeedsReadAgainArriveAfterTheWorkersHaveStopped() throws {
    let background = BackgroundAnalysis(
      paths: ["first"], workers: 2,
      relist: { [ListedArticle(source: "second", title: "Second entry")] }
    ) { source in
      try ArticleLoader.article(
        fromBytes: Array("Story \(source)\n\n“It is the \(source),” said Ana Ruiz.\n".utf8),
        source: source)
    }
    background.start()
    #expect(collect(background).count == 1)
    usleep(50_000)
    // A link followed and a new entry: read after those listed, at the next indices.
    background.add(["second", "third"])
    #expect(!background.isFinished)
    let added = collect(background).compactMap { action -> Int? in
      if case .analysed(let index, let document) = action,
        document.article.source == ["first", "second", "third"][index]
      {
        return index
      }
      return nil
    }
    #expect(added.sorted() == [1, 2])
    // The feeds read again: their list arrives as one action.
    background.relist()
    #expect(!background.isFinished)
    #expect(
      collect(background) == [.relisted([ListedArticle(source: "second", title: "Second entry")])])
  }
}
