import Foundation

/// Where `y` and `Y` put their text: the terminal's clipboard through OSC 52 (which works
/// over SSH, and in tmux with `set-clipboard on`), or a command such as `wl-copy` that
/// reads it on standard input. The text comes sanitised from the reader core.
struct Clipboard {
  /// The command and its arguments; nil: OSC 52.
  var command: [String]?

  func copy(_ text: String) {
    guard let command, !command.isEmpty else {
      let sequence = "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
      FileHandle.standardOutput.write(Data(sequence.utf8))
      return
    }
    // In the background: a slow clipboard program never holds up the reader.
    Thread {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = command
      let input = Pipe()
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { return }
      input.fileHandleForWriting.write(Data(text.utf8))
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }.start()
  }
}
