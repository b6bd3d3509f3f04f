import Foundation

/// Something wrong in a theme or config file, with where it is.
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var key: String?
  public var message: String

  public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  /// `config.toml:7: keys.next-quote: unknown key name "<Dwn>"`
  public var description: String {
    var out = file
    if let line { out += ":\(line)" }
    out += ": "
    if let key { out += "\(key): " }
    return out + message
  }
}
