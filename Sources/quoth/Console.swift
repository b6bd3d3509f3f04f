import Foundation
import QuothAnalysis

/// Prints a message to standard error, prefixed with the program name. File names and
/// other text from outside are made safe for the terminal, line by line.
func printError(_ message: String) {
  FileHandle.standardError.write(Data("quoth: \(TerminalText.sanitizedLines(message))\n".utf8))
}

/// Prints text from outside (file and theme names) on standard output, made safe for
/// the terminal.
func printSafely(_ text: String) {
  print(TerminalText.sanitizedLines(text))
}
