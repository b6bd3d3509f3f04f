import ArgumentParser
import Foundation
import QuothAnalysis

@main
struct Quoth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quoth",
    abstract: "A terminal reader for news articles: who is quoted, and how much.",
    discussion: """
      Reading is the default command: quoth [-r] [FILE|URL|FEED…] [--urls FILE] \
      [--timeout SECONDS] [--screen WxH [--keys KEYS] \
      [--color auto|always|never]] [--theme NAME] [--list-themes] [--format-in FORMAT] \
      (quoth read --help tells more; ? in the reader lists the keys).

      Exit status: 0 when every input was read, 1 when an input could not be read \
      (the others are still processed), 64 for a usage error.
      """,
    version: "quoth 0.1.0",
    subcommands: [Read.self, Analyze.self, LibraryCommand.self],
    defaultSubcommand: Read.self
  )

  /// Runs the command. Argument-parser messages echo the command line (an unknown
  /// option, a bad value), so they are made safe for the terminal before they are printed.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      var message = fullMessage(for: error)
      // An argument it quotes stays on its line: its own line breaks are shown as spaces.
      for argument in CommandLine.arguments.dropFirst() {
        for part in [argument] + argument.split(separator: "=").map(String.init)
        where part.contains(where: \.isNewline) {
          message = message.replacingOccurrences(of: part, with: TerminalText.sanitized(part))
        }
      }
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data((TerminalText.sanitizedLines(message) + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
    }
  }
}
