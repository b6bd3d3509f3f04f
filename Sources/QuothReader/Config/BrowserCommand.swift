import Foundation

/// How `o` opens a web address: the config's `browser` command, else `$BROWSER`, else
/// `xdg-open` (`open` on macOS). `%u` in the command stands for the address (added at
/// the end when it has none); the address is passed as an argument, never through the
/// shell's parsing.
public struct BrowserCommand: Hashable, Sendable {
  /// The command line, with `%u` where the address goes.
  public var template: String

  public init(configured: String?, environment: [String: String]) {
    if let configured {
      template = configured
    } else if let browser = environment["BROWSER"], !browser.isEmpty {
      // $BROWSER may list several, separated by colons: the first is used.
      template = String(browser.split(separator: ":").first ?? Substring(browser))
    } else {
      #if os(macOS)
        template = "open %u"
      #else
        template = "xdg-open %u"
      #endif
    }
  }

  /// The program and arguments to run: `/bin/sh -c SCRIPT sh ADDRESS`, where the script
  /// refers to the address as `"$1"`.
  public func arguments(for address: String) -> [String] {
    let script =
      template.contains("%u")
      ? template.replacingOccurrences(of: "%u", with: "\"$1\"") : template + " \"$1\""
    return ["/bin/sh", "-c", script, "sh", address]
  }
}
