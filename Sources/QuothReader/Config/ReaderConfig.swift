import Foundation
import QuothAnalysis
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/quoth/config.toml`.
///
/// ```toml
/// theme = "gruvbox"
/// mouse = true
/// pane-width = 44
/// max-input-size = "512M"
/// timeout = 30               # seconds for a web request
/// max-download-size = "20M"  # the largest page or feed fetched
/// browser = "firefox %u"     # what `o` opens an article's address with
/// library = false      # do not keep the articles read in the library
/// cache = false        # do not keep feeds and pages between runs
/// clipboard = "command"          # y and Y: this command instead of OSC 52
/// clipboard-command = "wl-copy"
/// [keys]
/// next-quote = ["J", "]"]
/// [keys.pane]          # only while the quotes pane has the focus
/// open = ["<Enter>", "o"]
/// ```
public struct ReaderConfig: Sendable {
  public var theme: String?
  public var mouse = false
  /// Columns of the quotes pane; nil: a third of the window, at most 44.
  public var paneWidth: Int?
  /// The largest input read, in bytes; nil: the default (`InputLimits`).
  public var maxInputSize: Int?
  /// Whether articles read are kept in the library (`library = false` turns it off).
  public var library = true
  /// Whether feeds and pages fetched are kept between runs (`cache = false` turns it off).
  public var cache = true
  /// The command `y` and `Y` hand the text to on standard input (`clipboard =
  /// "command"` with `clipboard-command = "wl-copy"`); nil: OSC 52 through the terminal.
  public var clipboardCommand: [String]?
  public var keymap = Keymap.standard
  /// Seconds a web request may take; nil: the default (30).
  public var timeout: Double?
  /// The largest body fetched from the web, in bytes; nil: the default (20 MB).
  public var maxDownloadSize: Int?
  /// The command that opens an address in a browser, `%u` standing for it; nil: `$BROWSER`,
  /// else `xdg-open` (`open` on macOS).
  public var browser: String?

  public init() {}

  /// `$XDG_CONFIG_HOME/quoth`, or `~/.config/quoth`.
  public static func configFolder(environment: [String: String]) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
      return (xdg as NSString).appendingPathComponent("quoth")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".config/quoth")
  }

  /// The config file's path.
  public static func path(environment: [String: String]) -> String {
    (configFolder(environment: environment) as NSString).appendingPathComponent("config.toml")
  }

  /// Reads the config file at `path`. A missing file gives the defaults; every problem
  /// is reported and the default is kept for that setting (a broken file: all defaults).
  public static func load(path: String) -> (config: ReaderConfig, problems: [ConfigProblem]) {
    guard FileManager.default.fileExists(atPath: path) else { return (ReaderConfig(), []) }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      return (ReaderConfig(), [ConfigProblem(file: path, message: "cannot be read as UTF-8 text")])
    }
    return parse(text, file: path)
  }

  /// Reads config text; `file` names it in messages.
  public static func parse(_ text: String, file: String) -> (
    config: ReaderConfig, problems: [ConfigProblem]
  ) {
    var config = ReaderConfig()
    var problems: [ConfigProblem] = []
    let table: TOMLTable
    do {
      table = try TOMLFile.parse(text, file: file)
    } catch {
      return (config, [error])
    }
    let sourceLines = SourceLines(text)
    func problem(_ key: String, section: String? = nil, _ message: String) {
      let line = sourceLines.line(ofKey: key, section: section)
      let fullKey = section.map { "\($0).\(key)" } ?? key
      problems.append(ConfigProblem(file: file, line: line, key: fullKey, message: message))
    }
    /// Reads `command = ["key", …]` entries; `[keys.pane]` and the like bind in one context.
    func readBindings(_ keys: TOMLTable, section: String, context: KeyContext) {
      for commandName in keys.keys {
        if context == .global, let inner = keys[commandName]?.table {
          guard let innerContext = KeyContext(rawValue: commandName), innerContext != .global else {
            problem(
              commandName, section: section,
              "unknown key context (article, pane, picker, prompt, list, view)")
            continue
          }
          readBindings(inner, section: "\(section).\(commandName)", context: innerContext)
          continue
        }
        guard let command = Command(rawValue: commandName) else {
          problem(
            commandName, section: section, "unknown command (see the help screen, ?, for the names)"
          )
          continue
        }
        let entry = keys[commandName]
        var names: [String] = []
        if let single = entry?.string {
          names = [single]
        } else if let list = entry?.array {
          names = list.compactMap { $0.string }
          if names.count != list.count {
            problem(commandName, section: section, "expected key names in quotes")
            continue
          }
        } else {
          problem(commandName, section: section, "expected a key name or a list of key names")
          continue
        }
        var parsed: [Key] = []
        var bad: String?
        for name in names {
          if let key = Key(name: name) { parsed.append(key) } else { bad = name }
        }
        if let bad {
          problem(
            commandName, section: section,
            "unknown key name \"\(bad)\" (examples: j, <Down>, ^N, <F1>, <Space>)")
          continue
        }
        config.keymap.unbindAll(command, in: context)
        // A key rebound everywhere replaces the one its default context has.
        if context == .global { config.keymap.unbindAll(command, in: command.defaultContext) }
        for key in parsed { config.keymap.bind(key, to: command, in: context) }
      }
    }
    var clipboardWords: [String]?
    for key in table.keys {
      let value = table[key]
      switch key {
      case "theme":
        if let name = value?.string {
          config.theme = name
        } else {
          problem(key, "expected a theme name in quotes")
        }
      case "mouse":
        if let flag = value?.bool {
          config.mouse = flag
        } else {
          problem(key, "expected true or false")
        }
      case "pane-width", "pane_width":
        if let width = value?.int, (16...200).contains(width) {
          config.paneWidth = width
        } else {
          problem(key, "expected a number of columns from 16 to 200")
        }
      case "max-input-size", "max_input_size":
        if let size = value?.int.flatMap({
          (1...InputLimits.largestMaxBytes).contains($0) ? $0 : nil
        })
          ?? value?.string.flatMap(InputLimits.byteCount)
        {
          config.maxInputSize = size
        } else {
          problem(key, "expected a size up to \"2G\" such as \"512M\", or a number of bytes")
        }
      case "timeout":
        if let seconds = value?.double ?? value?.int.map(Double.init), seconds > 0 {
          config.timeout = seconds
        } else {
          problem(key, "expected a number of seconds greater than 0")
        }
      case "max-download-size", "max_download_size":
        if let size = value?.int.flatMap({ $0 > 0 ? $0 : nil })
          ?? value?.string.flatMap(InputLimits.byteCount)
        {
          config.maxDownloadSize = size
        } else {
          problem(key, "expected a size such as \"20M\", or a number of bytes")
        }
      case "browser":
        if let command = value?.string, !command.trimmingCharacters(in: .whitespaces).isEmpty {
          config.browser = command
        } else {
          problem(key, "expected a command in quotes, with %u for the address")
        }
      case "library":
        if let flag = value?.bool {
          config.library = flag
        } else {
          problem(key, "expected true or false")
        }
      case "cache":
        if let flag = value?.bool {
          config.cache = flag
        } else {
          problem(key, "expected true or false")
        }
      case "clipboard":
        if value?.string == "osc52" {
          config.clipboardCommand = nil
        } else if value?.string == "command" {
          config.clipboardCommand = config.clipboardCommand ?? []
        } else {
          problem(key, "expected \"osc52\" or \"command\"")
        }
      case "clipboard-command", "clipboard_command":
        let words = value?.string.map { $0.split(separator: " ").map(String.init) }
        if let words, !words.isEmpty {
          clipboardWords = words
        } else {
          problem(key, "expected a command such as \"wl-copy\" or \"xclip -selection clipboard\"")
        }
      case "keys":
        guard let keys = value?.table else {
          problem(key, "expected a [keys] table")
          continue
        }
        readBindings(keys, section: "keys", context: .global)
      default:
        problem(
          key,
          "unknown setting (theme, mouse, pane-width, max-input-size, timeout, max-download-size, browser, library, cache, clipboard, clipboard-command, [keys])"
        )
      }
    }
    if config.clipboardCommand != nil {
      if let clipboardWords {
        config.clipboardCommand = clipboardWords
      } else {
        problem("clipboard", "clipboard = \"command\" needs clipboard-command (e.g. \"wl-copy\")")
        config.clipboardCommand = nil
      }
    }
    problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    return (config, problems)
  }
}
