import Foundation
import TOMLKit

/// How one style name looks: the attributes it sets (nil: leaves as is).
public struct StyleAttributes: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold: Bool?
  public var dim: Bool?
  public var italic: Bool?
  public var underline: Bool?
  public var reverse: Bool?

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool? = nil, dim: Bool? = nil,
    italic: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.italic = italic
    self.underline = underline
    self.reverse = reverse
  }
}

/// What a cell finally looks like once its style names are merged.
public struct Appearance: Hashable, Sendable {
  public var foreground: Color = .terminalDefault
  public var background: Color = .terminalDefault
  public var bold = false
  public var dim = false
  public var italic = false
  public var underline = false
  public var reverse = false

  public init() {}
}

/// A colour theme: style names mapped to colours and attributes.
public struct Theme: Sendable {
  public var name: String
  public var styles: [StyleName: StyleAttributes]
  /// Whether the theme uses colour at all (the monochrome theme does not).
  public var usesColor: Bool {
    styles.values.contains { $0.foreground != nil || $0.background != nil }
  }

  public init(name: String, styles: [StyleName: StyleAttributes]) {
    self.name = name
    self.styles = styles
  }

  /// Merges the attributes of every name in `style`, later names winning.
  public func appearance(of style: CellStyle) -> Appearance {
    var result = Appearance()
    var bits = style.bits | StyleName.normal.bit
    var index = 0
    let all = StyleName.allCases
    while bits != 0 {
      if bits & 1 != 0, let attributes = styles[all[index]] {
        if let v = attributes.foreground { result.foreground = v }
        if let v = attributes.background { result.background = v }
        if let v = attributes.bold { result.bold = v }
        if let v = attributes.dim { result.dim = v }
        if let v = attributes.italic { result.italic = v }
        if let v = attributes.underline { result.underline = v }
        if let v = attributes.reverse { result.reverse = v }
      }
      bits >>= 1
      index += 1
    }
    return result
  }

  /// Reads a theme file. Any problem is an error naming the file, line and key.
  ///
  /// TOMLKit never frees a table it parsed, so a theme read once is kept, by its file
  /// name and text, and switching back to it (`:theme`) parses nothing: the leak is
  /// bounded by the themes and versions of theme files read, not by the switches.
  public static func parse(_ text: String, file: String) throws(ConfigProblem) -> Theme {
    let key = file + "\u{0}" + text
    if let theme = readThemes.theme(for: key) { return theme }
    let theme = try parseText(text, file: file)
    readThemes.keep(theme, for: key)
    return theme
  }

  /// The themes read so far, by file name and text.
  private static let readThemes = ReadThemes()

  private static func parseText(_ text: String, file: String) throws(ConfigProblem) -> Theme {
    let table = try TOMLFile.parse(text, file: file)
    let sourceLines = SourceLines(text)
    let fallbackName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let name = table["name"]?.string ?? fallbackName
    var styles: [StyleName: StyleAttributes] = [:]
    guard let styleTable = table["styles"]?.table else {
      throw ConfigProblem(file: file, key: "styles", message: "missing [styles] table")
    }
    for key in styleTable.keys {
      let line = sourceLines.line(ofKey: key, section: "styles")
      func problem(_ message: String) -> ConfigProblem {
        ConfigProblem(file: file, line: line, key: "styles.\(key)", message: message)
      }
      if key == "speakers" {
        guard let array = styleTable[key]?.array else {
          throw problem("expected a list of colours")
        }
        for (index, value) in array.enumerated() where index < StyleName.speakerCount {
          guard let string = value.string, let color = Color(name: string) else {
            throw problem("\(value.debugDescription) is not a colour")
          }
          styles[StyleName.speaker(index), default: StyleAttributes()].foreground = color
        }
        if array.count > 0 && array.count < StyleName.speakerCount {
          // Fewer colours than speakers: they repeat.
          for index in array.count..<StyleName.speakerCount {
            styles[StyleName.speaker(index)] = styles[StyleName.speaker(index % array.count)]
          }
        }
        continue
      }
      guard let styleName = StyleName(rawValue: key) else {
        throw problem(
          "unknown style name (known: \(StyleName.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      guard let entry = styleTable[key]?.table else {
        throw problem("expected an inline table such as { fg = \"yellow\", bold = true }")
      }
      var attributes = styles[styleName] ?? StyleAttributes()
      for field in entry.keys {
        let value = entry[field]
        switch field {
        case "fg", "bg":
          guard let string = value?.string, let color = Color(name: string) else {
            throw problem(
              "\(field) = \(value?.debugDescription ?? "?") is not a colour (use default, an ANSI name, colorN or #rrggbb)"
            )
          }
          if field == "fg" { attributes.foreground = color } else { attributes.background = color }
        case "bold", "dim", "italic", "underline", "reverse":
          guard let flag = value?.bool else { throw problem("\(field) must be true or false") }
          switch field {
          case "bold": attributes.bold = flag
          case "dim": attributes.dim = flag
          case "italic": attributes.italic = flag
          case "underline": attributes.underline = flag
          default: attributes.reverse = flag
          }
        default:
          throw problem(
            "unknown attribute \"\(field)\" (fg, bg, bold, dim, italic, underline, reverse)")
        }
      }
      styles[styleName] = attributes
    }
    return Theme(name: name, styles: Theme.underliningSpeakers(styles))
  }

  /// Speakers are underlined in every theme, so that a speaker never looks like an entity
  /// (entities are marked by their type's colour alone).
  static func underliningSpeakers(_ styles: [StyleName: StyleAttributes]) -> [StyleName:
    StyleAttributes]
  {
    var styles = styles
    for index in 0..<StyleName.speakerCount {
      styles[StyleName.speaker(index), default: StyleAttributes()].underline = true
    }
    return styles
  }
}

/// Themes already parsed, shared by every thread that reads one.
private final class ReadThemes: @unchecked Sendable {
  private let lock = NSLock()
  private var themes: [String: Theme] = [:]

  func theme(for key: String) -> Theme? {
    lock.withLock { themes[key] }
  }

  func keep(_ theme: Theme, for key: String) {
    lock.withLock { themes[key] = theme }
  }
}
