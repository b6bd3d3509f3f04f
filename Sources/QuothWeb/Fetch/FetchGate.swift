import Foundation

/// Keeps fetching polite: at most `limit` requests at once, and one at a time per host.
public final class FetchGate: @unchecked Sendable {
  private let condition = NSCondition()
  private let limit: Int
  private var running = 0
  private var busyHosts: Set<String> = []

  public init(limit: Int = 4) {
    self.limit = max(1, limit)
  }

  /// Runs `body` once a slot is free and no other request to `host` runs.
  public func run<T>(host: String, _ body: () throws -> T) rethrows -> T {
    condition.lock()
    while running >= limit || busyHosts.contains(host) { condition.wait() }
    running += 1
    busyHosts.insert(host)
    condition.unlock()
    defer {
      condition.lock()
      running -= 1
      busyHosts.remove(host)
      condition.broadcast()
      condition.unlock()
    }
    return try body()
  }
}
