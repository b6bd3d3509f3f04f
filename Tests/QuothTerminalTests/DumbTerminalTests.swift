import Foundation
import Testing

/// A terminal that cannot move the cursor (TERM=dumb) showed a blank screen; quoth now
/// says why and prints the analysis instead.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"))
struct DumbTerminalTests {
  @Test func aDumbTerminalGetsAMessageAndTheAnalysis() throws {
    let path = NSTemporaryDirectory() + "quoth-dumb-\(getpid()).txt"
    try "“We keep the ferry,” said Mayor Ana Ruiz.\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let tmux = try Tmux("'\(path)'", width: 100, height: 20, environment: "TERM=dumb")
    let screen = try tmux.waitFor("quoth-exit:")
    #expect(screen.contains("TERM=dumb) cannot move the cursor"))
    #expect(screen.contains("Ana Ruiz"))
    #expect(screen.contains("quoth-exit:1"))
  }
}
