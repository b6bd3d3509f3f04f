import Foundation
import QuothThemes

/// The themes quoth can use: those it ships (`Themes/*.toml`, compiled in) and the
/// user's own (`$XDG_CONFIG_HOME/quoth/themes/*.toml`), by name. A user's theme with a
/// shipped theme's name takes its place.
public struct ThemeCatalog: Sendable {
  /// Where a theme's TOML comes from.
  enum Source: Sendable {
    case shipped(String)
    case file(path: String)
  }

  private var sources: [String: Source]

  /// The shipped themes, then those in `folders` (later ones win).
  public init(folders: [String]) {
    sources = ShippedThemes.files.mapValues(Source.shipped)
    for folder in folders {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names where name.hasSuffix(".toml") {
        sources[String(name.dropLast(5))] = .file(
          path: (folder as NSString).appendingPathComponent(name))
      }
    }
  }

  /// The shipped themes and the user's.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ThemeCatalog
  {
    let userThemes = (ReaderConfig.configFolder(environment: environment) as NSString)
      .appendingPathComponent("themes")
    return ThemeCatalog(folders: [userThemes])
  }

  /// The names of every theme, sorted.
  public var names: [String] { sources.keys.sorted() }

  /// Loads a theme by name.
  public func load(_ name: String) throws(ConfigProblem) -> Theme {
    switch sources[name] {
    case nil:
      throw ConfigProblem(
        file: "theme", key: name,
        message: "no such theme (themes: \(names.joined(separator: ", ")))")
    case .shipped(let text):
      return try Theme.parse(text, file: "\(name).toml (shipped)")
    case .file(let path):
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        throw ConfigProblem(file: path, message: "cannot be read")
      }
      return try Theme.parse(text, file: path)
    }
  }
}

extension Theme {
  /// Attributes only, no colour: the shipped `monochrome.toml`, used with NO_COLOR, on
  /// terminals without colours and when no other theme loads.
  public static let monochrome: Theme =
    (try? Theme.parse(ShippedThemes.files["monochrome"] ?? "", file: "monochrome.toml"))
    ?? Theme(name: "monochrome", styles: [:])
}
