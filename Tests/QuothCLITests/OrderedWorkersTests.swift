import Foundation
import Testing

@testable import quoth

/// The worker threads of `quoth analyze --jobs N`: results in the order the work came,
/// and no more than the window in flight behind a slow piece.
@Suite(.timeLimit(.minutes(2))) struct OrderedWorkersTests {
  @Test func resultsComeInTheOrderTheWorkCameWhateverEachTakes() throws {
    let workers = OrderedWorkers<Int, Int>(jobs: 3, window: 6) {
      { number in
        usleep(UInt32(number * 7919 % 5) * 1_000)
        return number * number
      }
    }
    var results: [Int] = []
    for number in 0..<200 { try workers.submit(number) { results.append($0) } }
    try workers.finish { results.append($0) }
    #expect(results == (0..<200).map { $0 * $0 })
  }

  @Test func theWindowBoundsWhatWaitsBehindASlowPiece() throws {
    let workers = OrderedWorkers<Int, Int>(jobs: 2, window: 6) {
      { number in
        if number == 0 { usleep(300_000) }
        return number
      }
    }
    var submitted = 0
    var submittedWhenFirstCame: Int?
    var results: [Int] = []
    let deliver = { (result: Int) in
      if result == 0 { submittedWhenFirstCame = submitted }
      results.append(result)
    }
    for number in 0..<40 {
      try workers.submit(number, deliver: deliver)
      submitted += 1
    }
    try workers.finish(deliver: deliver)
    #expect(submittedWhenFirstCame == 6)
    #expect(results == Array(0..<40))
  }
}
