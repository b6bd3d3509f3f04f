import Foundation

/// Where the library lives: `$XDG_DATA_HOME/quoth/library.sqlite`, by default
/// `~/.local/share/quoth/library.sqlite`.
public enum LibraryLocation {
  /// The library's folder for this environment.
  public static func folder(environment: [String: String]) -> String {
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return (xdg as NSString).appendingPathComponent("quoth")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".local/share/quoth")
  }

  /// The database file's path for this environment.
  public static func path(environment: [String: String]) -> String {
    (folder(environment: environment) as NSString).appendingPathComponent("library.sqlite")
  }
}
