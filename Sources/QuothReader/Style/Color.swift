/// A colour as a theme writes it: `default`, an ANSI name, `colorN` or `#rrggbb`.
public enum Color: Hashable, Sendable {
  case terminalDefault
  /// 0–255: 0–7 the ANSI colours, 8–15 their bright forms, then xterm's cube and greys.
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Parses a colour name; nil when the name is not a colour.
  public init?(name: String) {
    let lower = name.lowercased().replacingOccurrences(of: "_", with: "-")
    if lower == "default" || lower == "none" {
      self = .terminalDefault
    } else if let i = Color.ansiNames.firstIndex(of: lower) {
      self = .indexed(i)
    } else if lower.hasPrefix("bright-") || lower.hasPrefix("bright"),
      let i = Color.ansiNames.firstIndex(
        of: String(lower.dropFirst(lower.hasPrefix("bright-") ? 7 : 6)))
    {
      self = .indexed(i + 8)
    } else if lower == "gray" || lower == "grey" {
      self = .indexed(8)
    } else if lower.hasPrefix("color"), let n = Int(lower.dropFirst(5)), (0...255).contains(n) {
      self = .indexed(n)
    } else if lower.hasPrefix("#"), lower.count == 7, let v = UInt32(lower.dropFirst(), radix: 16) {
      self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
    } else {
      return nil
    }
  }

  /// The terminal colour number to use on a terminal with `colors` colours (8, 16, 256 or
  /// more): -1 for the terminal's default, otherwise the nearest colour the terminal has.
  /// The palette itself is never changed.
  public func number(forTerminalColors colors: Int) -> Int {
    switch self {
    case .terminalDefault:
      return -1
    case .indexed(let n):
      if n < colors { return n }
      return Color.nearest(rgb: Color.paletteRGB(n), among: min(colors, 16))
    case .rgb(let r, let g, let b):
      if colors >= 256 { return Color.nearest256(r: Int(r), g: Int(g), b: Int(b)) }
      return Color.nearest(rgb: (Int(r), Int(g), Int(b)), among: min(colors, 16))
    }
  }

  /// The usual xterm RGB values of the 16 ANSI colours.
  static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The RGB value of an xterm 256-colour index.
  static func paletteRGB(_ n: Int) -> (Int, Int, Int) {
    if n < 16 { return ansiRGB[n] }
    if n < 232 {
      let i = n - 16
      return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
    }
    let grey = 8 + (n - 232) * 10
    return (grey, grey, grey)
  }

  static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db
  }

  static func nearest(rgb: (Int, Int, Int), among count: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    for i in 0..<max(1, count) {
      let d = distance(rgb, ansiRGB[i])
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  static func nearest256(r: Int, g: Int, b: Int) -> Int {
    func level(_ v: Int) -> Int {
      var best = 0
      for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) {
        best = i
      }
      return best
    }
    let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
    let average = (r + g + b) / 3
    let greyIndex = min(23, max(0, (average - 3) / 10))
    let grey = 232 + greyIndex
    let candidates = [cube, grey]
    return candidates.min {
      distance(paletteRGB($0), (r, g, b)) < distance(paletteRGB($1), (r, g, b))
    }!
  }
}
