import Foundation

/// The themes quoth can use: those it ships (`Themes/*.toml`) and the user's own
/// (`$XDG_CONFIG_HOME/quoth/themes/*.toml`), by name.
public struct ThemeCatalog: Sendable {
  /// Theme file paths by theme name (the file name without `.toml`).
  public private(set) var files: [String: String] = [:]

  public init(folders: [String]) {
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names where name.hasSuffix(".toml") {
        files[String(name.dropLast(5))] = (folder as NSString).appendingPathComponent(name)
      }
    }
  }

  /// The shipped themes and the user's.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ThemeCatalog
  {
    var folders: [String] = []
    if let bundled = bundledThemesFolder() { folders.append(bundled) }
    folders.append(
      (ReaderConfig.configFolder(environment: environment) as NSString).appendingPathComponent(
        "themes"))
    return ThemeCatalog(folders: folders)
  }

  /// The names of every theme, sorted.
  public var names: [String] { files.keys.sorted() }

  /// Loads a theme by name.
  public func load(_ name: String) throws(ConfigProblem) -> Theme {
    guard let path = files[name] else {
      throw ConfigProblem(
        file: "theme", key: name,
        message: "no such theme (themes: \(names.joined(separator: ", ")))")
    }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw ConfigProblem(file: path, message: "cannot be read")
    }
    return try Theme.parse(text, file: path)
  }

  /// Where the shipped theme files are: next to the executable (SwiftPM's resource
  /// bundle), or in the source tree this was built from.
  static func bundledThemesFolder() -> String? {
    var candidates: [String] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath()
    let folders = [Bundle.main.bundleURL, executable.deletingLastPathComponent()]
    for folder in folders {
      candidates.append(folder.appendingPathComponent("quoth_QuothReader.resources/Themes").path)
      candidates.append(
        folder.appendingPathComponent("quoth_QuothReader.bundle/Contents/Resources/Themes").path)
      candidates.append(folder.appendingPathComponent("../share/quoth/Themes").standardized.path)
    }
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes").path)
    return candidates.first { FileManager.default.fileExists(atPath: $0) }
  }
}
