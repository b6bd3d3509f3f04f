extension Screen {
  /// The screen as text with ANSI SGR colour codes for `theme`, as a terminal with
  /// `colors` colours would show it (for `quoth --screen --color always`).
  public func ansiText(theme: Theme, colors: Int = 256) -> String {
    var out = ""
    var cache: [CellStyle: String] = [:]
    for row in 0..<height {
      var current: CellStyle? = nil
      var line = ""
      var lastVisible = 0
      for column in 0..<width {
        let cell = self[row, column]
        if cell.style != current {
          let code =
            cache[cell.style] ?? Screen.sgr(theme.appearance(of: cell.style), colors: colors)
          cache[cell.style] = code
          line += code
          current = cell.style
        }
        line += cell.text
        if cell.text != " " || cell.style != .plain { lastVisible = line.utf8.count }
      }
      // Drop trailing plain spaces, keep the reset.
      let kept = String(line.utf8.prefix(lastVisible)) ?? line
      out += kept + "\u{1B}[0m"
      if row < height - 1 { out += "\n" }
    }
    return out
  }

  static func sgr(_ appearance: Appearance, colors: Int) -> String {
    var codes = ["0"]
    if appearance.bold { codes.append("1") }
    if appearance.dim { codes.append("2") }
    if appearance.italic { codes.append("3") }
    if appearance.underline { codes.append("4") }
    if appearance.reverse { codes.append("7") }
    func color(_ color: Color, base: Int) -> String? {
      let n = color.number(forTerminalColors: colors)
      if n < 0 { return nil }
      if n < 8 { return "\(base + n)" }
      if n < 16 { return "\(base + 60 + n - 8)" }
      return "\(base + 8);5;\(n)"
    }
    if let fg = color(appearance.foreground, base: 30) { codes.append(fg) }
    if let bg = color(appearance.background, base: 40) { codes.append(bg) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
