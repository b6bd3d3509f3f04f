import Foundation
import Testing

/// What the terminal tests need from the machine: tmux on PATH and a built quoth. The
/// tests that need them are enabled only when they are there (and show as skipped with
/// the reason); these say so loudly: a failure in CI (CI=true), a warning elsewhere.
@Suite struct ToolPresenceTests {
  static func report(_ message: String) {
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message))
    } else {
      print("WARNING: \(message)")
    }
  }

  @Test func tmuxIsOnThePath() {
    if Tmux.executable == nil {
      Self.report("tmux is not on PATH: the end-to-end tests under tmux are skipped")
    }
  }

  @Test func quothIsBuilt() {
    if Tmux.quoth == nil {
      Self.report("no built quoth (run swift build): the tests of the binary are skipped")
    }
  }
}

/// The helpers that start tmux leave nothing behind: the socket and config folder of a
/// test's tmux server are gone once the test lets go of it.
@Suite(.enabled(if: Tmux.available, "needs tmux and a built quoth (swift build)"))
struct TmuxCleanupTests {
  static func leftovers() -> [String] {
    let sockets = (try? FileManager.default.contentsOfDirectory(atPath: Tmux.socketFolder)) ?? []
    let temporary =
      (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []
    return (sockets + temporary).filter { $0.hasPrefix(Tmux.namePrefix) }
  }

  @Test(.timeLimit(.minutes(3))) func aTestsTmuxServerLeavesNothingBehind() throws {
    var tmux: Tmux? = try Tmux("--help")
    let socket = try #require(tmux?.socket)
    let configHome = try #require(tmux?.configHome)
    try tmux?.waitFor("quoth-exit:0")
    #expect(Self.leftovers().contains(socket))
    #expect(FileManager.default.fileExists(atPath: configHome))
    tmux = nil
    #expect(!Self.leftovers().contains(socket))
    #expect(!FileManager.default.fileExists(atPath: Tmux.socketFolder + "/" + socket))
    #expect(!FileManager.default.fileExists(atPath: configHome))
  }
}
