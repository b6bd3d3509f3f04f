import CNcursesw
import CNcurseswShim
import Foundation
import QuothReader

/// The terminal could not be used.
public struct TerminalError: Error, CustomStringConvertible {
  public var description: String
}

/// The ncurses front end: draws each frame's changed cells, turns keys, the mouse and
/// resizes into actions, and always leaves the terminal as it found it.
public final class TerminalReader {
  private var theme: Theme
  private let catalog: ThemeCatalog
  private let mouse: Bool
  private let browser: BrowserCommand
  private let clipboard: Clipboard

  /// `clipboardCommand`: the command `y` and `Y` hand their text to; nil: OSC 52.
  public init(
    theme: Theme, catalog: ThemeCatalog, mouse: Bool,
    browser: BrowserCommand = BrowserCommand(
      configured: nil, environment: ProcessInfo.processInfo.environment),
    clipboardCommand: [String]? = nil
  ) {
    self.theme = theme
    self.catalog = catalog
    self.mouse = mouse
    self.browser = browser
    clipboard = Clipboard(command: clipboardCommand)
  }

  /// Runs the reader until the user quits. `makeState` gets the terminal's size.
  /// When standard input is not a terminal (`cat a.txt | quoth -`), keys come from /dev/tty.
  /// With `background`, its results are folded into the state as they arrive (the loop
  /// wakes up every few milliseconds while it works, and sleeps on the keyboard after),
  /// and it is told which articles the user is waiting for. With `library`, the changes
  /// the reader asks of it (reading position, read, star) are handed over as they come,
  /// and made before `run` returns.
  public func run(
    makeState: (Size) -> ReaderState, background: BackgroundAnalysis? = nil,
    library: ReaderLibrary? = nil
  ) throws {
    quoth_install_signal_handlers()
    let useTTY = isatty(STDIN_FILENO) == 0
    let started = quoth_curses_start(useTTY ? 1 : 0)
    guard started == 0 else {
      let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
      throw TerminalError(
        description: started == -2
          ? "the terminal (TERM=\(term)) cannot move the cursor, which the reader needs"
          : "cannot start the terminal interface for TERM=\(term)")
    }
    defer { quoth_curses_end() }
    var state = makeState(currentSize())
    defer {
      _ = reduce(&state, .closing)
      carryOut(&state, background: background, library: library)
      library?.finish()
    }
    quoth_mouse(mouse ? 1 : 0)
    let keys = KeyDecoder()
    if quoth_has_colors() == 0 && theme.usesColor {
      theme = (try? catalog.load("monochrome")) ?? .monochrome
    }
    var palette = Palette(theme: theme)
    var previous: Screen? = nil
    var failedReads = 0
    var changed = true
    let wakeMilliseconds: Int32 = 50
    while true {
      if let background {
        for result in background.takeResults() {
          _ = reduce(&state, result)
          changed = true
        }
      }
      if changed {
        if !state.requests.isEmpty,
          carryOut(&state, background: background, library: library)
        {
          previous = nil
        }
        let frame = render(state)
        draw(frame, over: previous, palette: &palette)
        previous = frame
        background?.prefer(state.analysisWanted)
        changed = false
      }
      let waiting = background.map { !$0.isFinished } ?? false
      quoth_input_timeout(waiting ? wakeMilliseconds : -1)
      let started = DispatchTime.now().uptimeNanoseconds
      guard let input = keys.next() else {
        let waited = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        // A wait that ran its time: no key, only a look at the results.
        if waiting && waited >= UInt64(wakeMilliseconds / 2) { continue }
        // Reads fail for good when the terminal is gone (a hangup): stop instead of spinning.
        failedReads += 1
        if failedReads > 100 { throw TerminalError(description: "the terminal went away") }
        continue
      }
      failedReads = 0
      changed = true
      let action: Action?
      switch input {
      case .key(let key): action = state.action(for: key)
      case .resize: action = .resize(currentSize())
      case .action(let mouseAction): action = mouseAction
      }
      guard let action else { continue }
      let reaction = reduce(&state, action)
      if reaction.contains(.quit) { break }
      if !state.requests.isEmpty,
        carryOut(&state, background: background, library: library)
      {
        previous = nil
      }
      if case .resize = action { previous = nil }
      if reaction.contains(.themeChanged) {
        theme = catalog.theme(for: &state, current: theme)
        palette = Palette(theme: theme)
      }
      if reaction.contains(.suspend) {
        quoth_suspend()
        _ = reduce(&state, .resize(currentSize()))
        previous = nil
      }
      if reaction.contains(.redrawAll) {
        quoth_force_redraw()
        previous = nil
      }
    }
  }

  /// Runs the browser on `address` with the terminal handed over to it (a terminal

  /// Carries out what the state asks of the front end (a browser, an article read again,
  /// the library's changes, the clipboard), then tells `reduce` it is done. Returns
  /// whether the terminal was handed to another program, so the screen is drawn whole.
  @discardableResult
  private func carryOut(
    _ state: inout ReaderState, background: BackgroundAnalysis?, library: ReaderLibrary?
  ) -> Bool {
    var handedOver = false
    var failures: [String] = []
    var changes: [LibraryRequest] = []
    for request in state.requests {
      switch request {
      case .openInBrowser(let address):
        if let failure = openInBrowser(address) { failures.append(failure) }
        handedOver = true
      case .reload(let index): background?.reload(index)
      case .read(let sources): background?.add(sources)
      case .reloadList: background?.relist()
      case .library(let change): changes.append(change)
      case .copy(let text): clipboard.copy(text)
      }
    }
    if let library, !changes.isEmpty { library.apply(changes) }
    _ = reduce(&state, .requestsTaken)
    for failure in failures { _ = reduce(&state, .requestFailed(reason: failure)) }
    return handedOver
  }
  /// browser needs it), and takes the terminal back; the reason when it failed.
  private func openInBrowser(_ address: String) -> String? {
    let arguments = browser.arguments(for: address)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    quoth_pause()
    defer { quoth_resume() }
    do {
      try process.run()
    } catch {
      return "cannot run the browser (\(browser.template)): \(error)"
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      return
        "the browser command (\(browser.template)) ended with status \(process.terminationStatus)"
    }
    return nil
  }

  private func currentSize() -> Size {
    Size(width: Int(quoth_cols()), height: Int(quoth_lines()))
  }

  /// Draws only the cells that changed since `previous` (everything when nil).
  private func draw(_ frame: Screen, over previous: Screen?, palette: inout Palette) {
    if previous == nil { quoth_clear_all() }
    var buffer: [Int32] = []
    buffer.reserveCapacity(frame.width * 2)
    for change in frame.changes(from: previous) {
      var column = change.column
      var runStart = column
      var runStyle: CellStyle? = nil
      func flush() {
        guard let style = runStyle, !buffer.isEmpty else { return }
        let look = palette.look(for: style)
        quoth_attr_set(look.attributes, look.pair)
        buffer.withUnsafeBufferPointer { pointer in
          _ = quoth_move_add(
            Int32(change.row), Int32(runStart), pointer.baseAddress, Int32(pointer.count))
        }
        buffer.removeAll(keepingCapacity: true)
      }
      for cell in change.cells {
        if cell.style != runStyle {
          flush()
          runStyle = cell.style
          runStart = column
        }
        for scalar in cell.text.unicodeScalars { buffer.append(Int32(bitPattern: scalar.value)) }
        column += 1
      }
      flush()
    }
    quoth_attr_set(0, 0)
    quoth_refresh()
  }
}

/// Curses attributes and colour pairs for cell styles, made as they are first needed.
/// Only `init_pair` is used: the terminal's palette is never redefined.
struct Palette {
  struct Look {
    var attributes: Int32
    var pair: Int32
  }

  let theme: Theme
  let colors: Int
  let maximumPairs: Int
  /// Defines a colour pair (number, foreground, background): `init_pair` on the terminal.
  private let definePair: (Int32, Int32, Int32) -> Void
  private var looks: [CellStyle: Look] = [:]
  private var pairs: [[Int]: Int32] = [:]

  /// The palette for the terminal curses runs on (its colours and pairs by default).
  init(
    theme: Theme, colors: Int = Int(quoth_colors()),
    maximumPairs: Int = Int(quoth_color_pairs()),
    definePair: @escaping (Int32, Int32, Int32) -> Void = { _ = quoth_init_pair($0, $1, $2) }
  ) {
    self.theme = theme
    self.colors = colors
    self.maximumPairs = maximumPairs
    self.definePair = definePair
  }

  mutating func look(for style: CellStyle) -> Look {
    if let look = looks[style] { return look }
    let appearance = theme.appearance(of: style)
    var attributes: Int32 = 0
    if appearance.bold { attributes |= 1 }
    if appearance.dim { attributes |= 2 }
    if appearance.italic { attributes |= 4 }
    if appearance.underline { attributes |= 8 }
    if appearance.reverse { attributes |= 16 }
    var pair: Int32 = 0
    if colors > 0 {
      let fg = appearance.foreground.number(forTerminalColors: colors)
      let bg = appearance.background.number(forTerminalColors: colors)
      if fg >= 0 || bg >= 0 {
        if let existing = pairs[[fg, bg]] {
          pair = existing
        } else if pairs.count + 1 < maximumPairs {
          pair = Int32(pairs.count + 1)
          definePair(pair, Int32(fg), Int32(bg))
          pairs[[fg, bg]] = pair
        }
      }
    }
    let look = Look(attributes: attributes, pair: pair)
    looks[style] = look
    return look
  }
}

/// Reads curses input and turns it into reader keys, resizes and mouse actions.
struct KeyDecoder {
  enum Input {
    case key(Key)
    case resize
    case action(Action)
  }

  private let functionKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right, KEY_PPAGE: .pageUp,
    KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end, KEY_ENTER: .enter,
    KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_BTAB: .backTab,
  ]
  private let resizeCode = KEY_RESIZE
  private let mouseCode = KEY_MOUSE
  private let f0 = KEY_F0

  func next() -> Input? {
    var code: Int32 = 0
    switch quoth_read_key(&code) {
    case Int32(QUOTH_KEY_FUNCTION):
      if code == resizeCode { return .resize }
      if code == mouseCode {
        var row: Int32 = 0
        var column: Int32 = 0
        var kind: Int32 = 0
        guard quoth_mouse_event(&row, &column, &kind) == 1 else { return nil }
        switch kind {
        case 1: return .action(.click(row: Int(row), column: Int(column)))
        case 2: return .action(.scroll(-3))
        default: return .action(.scroll(3))
        }
      }
      if code > f0 && code <= f0 + 24 { return .key(.function(Int(code - f0))) }
      return functionKeys[code].map(Input.key)
    case Int32(QUOTH_KEY_CHAR):
      return KeyDecoder.key(forCharacter: code).map(Input.key)
    default:
      return nil
    }
  }

  /// The key for a character code as curses delivers it.
  static func key(forCharacter code: Int32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .ctrl("@")
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code + 96))))
    case 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
      return .char(Character(scalar))
    }
  }
}
