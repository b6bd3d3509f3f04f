import Foundation
import QuothTestSupport

/// A tmux server of its own running the real `quoth` binary, for end-to-end tests:
/// keys go in with `send-keys`, the screen comes back with `capture-pane`.
final class Tmux {
  /// tmux as found on `PATH`.
  static let executable: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
    .split(separator: ":").map { "\($0)/tmux" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// The folder tmux keeps its sockets in (`-L NAME` is a socket there).
  static let socketFolder =
    (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"

  /// What every test's socket and config folder is called, then the test process and a tag.
  static let namePrefix = "quoth-test-"

  /// The package's root folder.
  static var packageRoot: URL { QuothBinary.packageRoot }

  /// The `quoth` binary the tests run (see `QuothBinary.path`).
  static var quoth: String? { QuothBinary.path }

  static var available: Bool { executable != nil && quoth != nil }

  let socket: String
  let session = "quoth"
  let configHome: String

  /// Starts `quoth ARGUMENTS` (a shell command line) in a detached window of the size given.
  /// After quoth exits the window prints `quoth-exit:STATUS` and stays open.
  init(
    _ arguments: String, width: Int = 120, height: Int = 40, config: String? = nil,
    environment: String = "", interactiveShell: Bool = false
  ) throws {
    socket = "\(Tmux.namePrefix)\(getpid())-\(UUID().uuidString.prefix(8))"
    configHome = NSTemporaryDirectory() + socket
    try FileManager.default.createDirectory(
      atPath: configHome + "/quoth", withIntermediateDirectories: true)
    if let config {
      try config.write(toFile: configHome + "/quoth/config.toml", atomically: true, encoding: .utf8)
    }
    var command =
      "env -u NO_COLOR TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CONFIG_HOME='\(configHome)' XDG_DATA_HOME='\(configHome)' XDG_CACHE_HOME='\(configHome)' \(environment) "
      + "'\(Tmux.quoth!)' \(arguments); echo quoth-exit:$?; sleep 600"
    if interactiveShell {
      // An interactive shell with job control (for Ctrl-Z and fg); quoth is typed at its prompt.
      try run(
        captureOutput: false,
        [
          "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y",
          "\(height)",
          "env PS1='[shell]' bash --norc --noprofile -i",
        ])
      try waitFor("[shell]")
      try type(command.replacingOccurrences(of: "; echo quoth-exit:$?; sleep 600", with: ""))
      try send("Enter")
      return
    }
    // The shell traps SIGINT so that after Ctrl-C it still reports quoth's exit status.
    command = "trap 'true' INT; " + command
    try run(
      captureOutput: false,
      [
        "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
        command,
      ])
  }

  /// Stops the server and removes its socket (tmux leaves it behind) and the config folder.
  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(atPath: Tmux.socketFolder + "/" + socket)
    try? FileManager.default.removeItem(atPath: configHome)
  }

  /// Runs a tmux command on this test's own server. The command that starts the server
  /// must not capture output: the server would hold the pipe open.
  @discardableResult
  func run(captureOutput: Bool = true, _ arguments: [String]) throws -> String {
    try Tmux.spawn([Tmux.executable!, "-L", socket] + arguments, captureOutput: captureOutput)
  }

  /// Runs a program and waits for it (posix_spawn and waitpid: Foundation's Process can
  /// miss the exit of a program that forks a daemon, as tmux does).
  static func spawn(_ arguments: [String], captureOutput: Bool) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var fds: [Int32] = [-1, -1]
    if captureOutput {
      guard pipe(&fds) == 0 else { throw SpawnError(arguments: arguments) }
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // The test runs on a thread that blocks signals; the programs it starts must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
    if captureOutput { close(fds[1]) }
    guard status == 0 else {
      if captureOutput { close(fds[0]) }
      throw SpawnError(arguments: arguments)
    }
    var output: [UInt8] = []
    if captureOutput {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(fds[0], &buffer, buffer.count)
        if count <= 0 { break }
        output += buffer[0..<count]
      }
      close(fds[0])
    }
    var exitStatus: Int32 = 0
    waitpid(pid, &exitStatus, 0)
    return String(decoding: output, as: UTF8.self)
  }

  /// Types keys, as tmux names them (`J`, `Tab`, `Enter`, `C-c`).
  func send(_ keys: String...) throws {
    try run(["send-keys", "-t", session] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", session, "-l", text])
  }

  /// The screen as text (`colors`: with the SGR escapes).
  func screen(colors: Bool = false) throws -> String {
    try run(["capture-pane", "-p", "-t", session] + (colors ? ["-e"] : []))
  }

  /// A tmux format value for the pane, such as `#{alternate_on}`.
  func pane(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `condition` holds or `timeout` seconds pass; returns the last screen.
  @discardableResult
  func waitFor(timeout: Double = 10, colors: Bool = false, _ condition: (String) -> Bool) throws
    -> String
  {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen(colors: colors)
      if condition(last) { return last }
      usleep(30_000)
    }
    throw TmuxTimeout(screen: last)
  }

  /// Polls a tmux format value (`#{alternate_on}`) until it is `value`.
  func waitForPane(_ format: String, toBe value: String, timeout: Double = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try pane(format) == value { return }
      usleep(30_000)
    }
    throw TmuxTimeout(screen: try screen())
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> String {
    try waitFor(timeout: timeout) { $0.contains(text) }
  }
}

/// A program could not be started.
struct SpawnError: Error, CustomStringConvertible {
  var arguments: [String]
  var description: String { "cannot run \(arguments.joined(separator: " "))" }
}

/// The screen never showed what a test waited for.
struct TmuxTimeout: Error, CustomStringConvertible {
  var screen: String
  var description: String { "timed out; the screen was:\n\(screen)" }
}
