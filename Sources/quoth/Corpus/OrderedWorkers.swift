import Foundation

/// Runs work on several threads and hands the results back in the order the work came.
/// At most `window` pieces of work are in flight (queued, running, or done and waiting
/// for an earlier one to finish), so memory stays bounded however long the input is and
/// however slow one piece is.
///
/// `@unchecked Sendable`: the mutable state (the queue, the finished results and the
/// counters) is only read and written with `condition` locked, and each thread does its
/// work with a worker of its own that `makeWorker` made on it, sharing nothing.
final class OrderedWorkers<Work: Sendable, Result: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  private var queue: [(index: Int, work: Work)] = []
  private var finished: [Int: Result] = [:]
  private var submitted = 0
  private var delivered = 0
  private var closed = false

  /// Starts `jobs` threads; each calls `makeWorker` once and does its work with what
  /// that returns.
  init(
    jobs: Int, window: Int,
    makeWorker: @escaping @Sendable () -> (Work) -> Result
  ) {
    self.window = max(window, jobs)
    for _ in 0..<jobs {
      let thread = Thread { [self] in
        let worker = makeWorker()
        while let (index, work) = next() {
          let result = worker(work)
          condition.lock()
          finished[index] = result
          condition.broadcast()
          condition.unlock()
        }
      }
      // As much stack as the main thread has: the analysis is the same as on it.
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Queues `work`, first waiting while the window is full; results that are ready,
  /// in order, go to `deliver` meanwhile, on the calling thread.
  func submit(_ work: Work, deliver: (Result) throws -> Void) throws {
    while true {
      try deliverReady(deliver)
      condition.lock()
      if submitted - delivered < window {
        queue.append((submitted, work))
        submitted += 1
        condition.broadcast()
        condition.unlock()
        return
      }
      // The window is full: wait for the earliest piece still out.
      while finished[delivered] == nil { condition.wait() }
      condition.unlock()
    }
  }

  /// No more work: hands every result still to come to `deliver`, in order, and lets
  /// the threads end.
  func finish(deliver: (Result) throws -> Void) throws {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
    while true {
      condition.lock()
      while delivered < submitted && finished[delivered] == nil { condition.wait() }
      let done = delivered == submitted
      condition.unlock()
      if done { return }
      try deliverReady(deliver)
    }
  }

  /// Lets the threads end after the work they are on, dropping the rest (after a
  /// failure to write the output).
  func stop() {
    condition.lock()
    closed = true
    queue.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// Hands over the results that are ready, in order, without waiting.
  private func deliverReady(_ deliver: (Result) throws -> Void) throws {
    while true {
      condition.lock()
      let result = finished.removeValue(forKey: delivered)
      if result != nil { delivered += 1 }
      condition.unlock()
      guard let result else { return }
      try deliver(result)
    }
  }

  /// The next piece of work for a thread, waiting for one; nil when there will be none.
  private func next() -> (Int, Work)? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty && !closed { condition.wait() }
    return queue.isEmpty ? nil : queue.removeFirst()
  }
}
