import QuothAnalysis

/// One terminal cell: the text it shows and its style names. A wide character's
/// second cell has empty text; a combining mark rides in its base character's cell.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: CellStyle

  public init(_ text: String = " ", style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }

  /// The second half of a wide character.
  public var isContinuation: Bool { text.isEmpty }
}

/// A frame: a grid of cells that the renderer fills and the terminal backend draws.
/// Tests read it directly.
public struct Screen: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = Cell()) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * width + column] }
    set { cells[row * width + column] = newValue }
  }

  /// Fills columns `from..<to` of `row` with spaces in `style`.
  public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle) {
    guard row >= 0, row < height else { return }
    let end = min(to ?? width, width)
    var column = max(0, from)
    while column < end {
      place(Cell(" ", style: style), row: row, column: column, isWide: false)
      column += 1
    }
  }

  /// Puts a cell (and a wide character's second half) where a wide character may have
  /// been: the half of it left behind becomes a space, so rows never tear.
  @inline(__always)
  mutating func place(_ cell: Cell, row: Int, column: Int, isWide: Bool) {
    let base = row * width
    if cells[base + column].isContinuation && column > 0 { cells[base + column - 1].text = " " }
    let after = column + (isWide ? 2 : 1)
    if after < width && cells[base + after].isContinuation { cells[base + after].text = " " }
    cells[base + column] = cell
    if isWide { cells[base + column + 1] = Cell("", style: cell.style) }
  }

  /// Writes `text` at `row`, `column` in `style`, stopping before column `limit`.
  /// Wide characters take two cells (a space when only one is left); combining marks
  /// join the previous cell. Returns the column after the last cell written.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, row: Int, column: Int, style: CellStyle, limit: Int? = nil
  ) -> Int {
    var writer = RowWriter(row: row, column: column, limit: min(limit ?? width, width))
    for scalar in text.unicodeScalars {
      if !writer.put(scalar, style: style, on: &self) { break }
    }
    return writer.column
  }

  /// The screen as plain text, one line per row, trailing spaces removed.
  public var text: String {
    var lines: [String] = []
    for row in 0..<height {
      var line = ""
      for column in 0..<width { line += self[row, column].text }
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// One row as plain text, trailing spaces removed.
  public func line(_ row: Int) -> String {
    var line = ""
    for column in 0..<width { line += self[row, column].text }
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }

  /// The screen with styles written inline: `{entity.person+quote:Raman}`. Only the
  /// names in `shown` are written (all when nil); trailing unstyled spaces are removed.
  public func styledText(showing shown: Set<StyleName>? = nil) -> String {
    var mask: UInt64 = 0
    for name in shown ?? Set(StyleName.allCases) { mask |= name.bit }
    var lines: [String] = []
    for row in 0..<height {
      var line = ""
      var runStyle: UInt64 = 0
      var run = ""
      func flush() {
        if runStyle == 0 {
          line += run
        } else {
          let names = CellStyle(bits: runStyle).names.map(\.rawValue).joined(separator: "+")
          line += "{\(names):\(run)}"
        }
        run = ""
      }
      for column in 0..<width {
        let cell = self[row, column]
        let bits = cell.style.bits & mask
        if bits != runStyle {
          flush()
          runStyle = bits
        }
        run += cell.text
      }
      flush()
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// A run of changed cells on one row, for the terminal backend.
  public struct Change: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: ArraySlice<Cell>
  }

  /// The runs of cells that differ from `previous` (every row when the size changed).
  /// A wide character and its second half always travel together.
  public func changes(from previous: Screen?) -> [Change] {
    var result: [Change] = []
    let full = previous == nil || previous!.width != width || previous!.height != height
    for row in 0..<height {
      let base = row * width
      var column = 0
      while column < width {
        if !full && cells[base + column] == previous!.cells[base + column] {
          column += 1
          continue
        }
        var start = column
        if start > 0 && cells[base + start].isContinuation { start -= 1 }
        var end = column + 1
        while end < width
          && (full || cells[base + end] != previous!.cells[base + end]
            || cells[base + end].isContinuation)
        {
          end += 1
        }
        result.append(Change(row: row, column: start, cells: cells[(base + start)..<(base + end)]))
        column = end
      }
    }
    return result
  }
}

/// Puts scalars into one row of a screen, cell by cell. Nothing reaches a cell that
/// could act on the terminal: controls become placeholders in the error style, hiding
/// characters are dropped, tabs expand to stops counted from `origin`.
struct RowWriter {
  var row: Int
  var column: Int
  var limit: Int
  /// The column tab stops are counted from.
  var origin: Int

  /// The most combining marks one cell carries (the rest are dropped).
  static let maxMarksPerCell = 8

  init(row: Int, column: Int, limit: Int) {
    self.row = row
    self.column = column
    self.limit = limit
    origin = column
  }

  /// Puts one scalar; false when the row is full.
  @inline(__always)
  mutating func put(_ scalar: Unicode.Scalar, style: CellStyle, on screen: inout Screen) -> Bool {
    if scalar.value >= 0x20 && scalar.value < 0x7F {
      return putShown(scalar, style: style, on: &screen)
    }
    switch TerminalText.form(of: scalar) {
    case .shown: return putShown(scalar, style: style, on: &screen)
    case .space: return putShown(" ", style: style, on: &screen)
    case .hidden: return true
    case .tab:
      let width = TerminalText.tabWidth
      let spaces = width - ((column - origin) % width + width) % width
      for _ in 0..<spaces where !putShown(" ", style: style, on: &screen) { return false }
      return true
    case .placeholder(let shown):
      for part in shown.unicodeScalars
      where !putShown(part, style: style.adding(.error), on: &screen) {
        return false
      }
      return true
    }
  }

  /// Puts a scalar that is safe to show.
  mutating func putShown(_ scalar: Unicode.Scalar, style: CellStyle, on screen: inout Screen)
    -> Bool
  {
    let width = CellWidth.of(scalar)
    if width == 0 {
      if column > 0, row >= 0, row < screen.height, column <= screen.width {
        var previous = column - 1
        if previous > 0 && screen[row, previous].isContinuation { previous -= 1 }
        if screen[row, previous].text.unicodeScalars.count <= RowWriter.maxMarksPerCell {
          screen[row, previous].text.unicodeScalars.append(scalar)
        }
      }
      return true
    }
    guard row >= 0, row < screen.height, column + width <= limit else {
      if width == 2 && column < limit && row >= 0 && row < screen.height {
        screen.place(Cell(" ", style: style), row: row, column: column, isWide: false)
        column += 1
      }
      return false
    }
    screen.place(
      Cell(String(Character(scalar)), style: style), row: row, column: column, isWide: width == 2)
    column += width
    return true
  }
}
