/// Short texts (a quote in the detail view) wrapped to a width in terminal cells:
/// words kept whole where they fit, line breaks read as spaces.
enum WordWrap {
  static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
      var word = String(word)
      var wordWidth = CellWidth.of(word)
      if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      // A word wider than the line is cut into pieces that fit.
      while wordWidth > width {
        var piece = String.UnicodeScalarView()
        var used = 0
        for scalar in word.unicodeScalars {
          let cells = CellWidth.of(scalar)
          if used + cells > width && used > 0 { break }
          piece.append(scalar)
          used += cells
        }
        lines.append(String(piece))
        word = String(word.unicodeScalars.dropFirst(piece.count))
        wordWidth = CellWidth.of(word)
      }
      if word.isEmpty { continue }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
