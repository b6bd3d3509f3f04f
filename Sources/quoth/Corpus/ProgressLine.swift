import Foundation

/// The progress of a long run on standard error (`quoth: 1,204/10,000 articles, 96
/// articles/s`), redrawn at most four times a second, and only when standard error is
/// a terminal: a log file or a pipe gets nothing.
struct ProgressLine {
  private let isShown = isatty(STDERR_FILENO) == 1
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDrawn: UInt64 = 0
  private var isOnScreen = false

  /// Redraws the line if a quarter of a second has passed since it was last drawn.
  mutating func update(done: Int, total: Int?) {
    guard isShown else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - lastDrawn >= 250_000_000 else { return }
    lastDrawn = now
    let seconds = Double(now - start) / 1e9
    let rate = seconds > 0 ? Double(done) / seconds : 0
    let count = total.map { "\(Self.grouped(done))/\(Self.grouped($0))" } ?? Self.grouped(done)
    let line = "quoth: \(count) articles, \(Self.grouped(Int(rate.rounded()))) articles/s"
    FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    isOnScreen = true
  }

  /// Takes the line off the screen, before a message or at the end.
  mutating func clear() {
    guard isOnScreen else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    isOnScreen = false
  }

  /// 12345 as "12,345".
  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return result
  }
}
