import Foundation
import Testing

@testable import QuothReader

@Suite struct ColorTests {
  @Test func parsesColourNames() {
    #expect(Color(name: "yellow") == .indexed(3))
    #expect(Color(name: "bright-blue") == .indexed(12))
    #expect(Color(name: "default") == .terminalDefault)
    #expect(Color(name: "color214") == .indexed(214))
    #expect(Color(name: "#ff8000") == .rgb(255, 128, 0))
    #expect(Color(name: "color256") == nil)
    #expect(Color(name: "#ff80") == nil)
    #expect(Color(name: "chartreuse") == nil)
  }

  @Test func mapsToTheNearestColourTheTerminalHas() {
    #expect(Color.rgb(255, 0, 0).number(forTerminalColors: 256) == 196)
    #expect(Color.rgb(255, 0, 0).number(forTerminalColors: 16) == 9)
    #expect(Color.rgb(255, 0, 0).number(forTerminalColors: 8) == 1)
    #expect(Color.rgb(0x28, 0x28, 0x28).number(forTerminalColors: 256) == 235)
    #expect(Color.indexed(214).number(forTerminalColors: 256) == 214)
    #expect(Color.indexed(214).number(forTerminalColors: 16) == 3)
    #expect(Color.indexed(12).number(forTerminalColors: 8) == 4)
    #expect(Color.terminalDefault.number(forTerminalColors: 8) == -1)
  }
}

@Suite struct ThemeTests {
  let catalog = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/nonexistent"])

  @Test func theShippedThemesAllLoad() throws {
    for name in ["default", "light", "monochrome", "solarized-dark", "solarized-light", "gruvbox"] {
      let theme = try catalog.load(name)
      #expect(theme.name == name)
      #expect(theme.styles[.quoteCurrent] != nil, "\(name) has no quote.current")
      #expect(theme.styles[.status] != nil, "\(name) has no status")
    }
    #expect(try !catalog.load("monochrome").usesColor)
    #expect(try catalog.load("default").usesColor)
  }

  @Test func laterStyleNamesWin() throws {
    let theme = try catalog.load("default")
    let look = theme.appearance(of: CellStyle(.entityPerson, .quote, .quoteCurrent))
    #expect(look.foreground == .indexed(3))
    #expect(look.italic && look.reverse)
    #expect(theme.appearance(of: CellStyle(StyleName.speaker(6))).foreground == .indexed(1))
  }

  /// A speaker never looks like an entity: underlined, in colours no entity type uses,
  /// while entities are marked by their type's look alone.
  @Test func speakersCannotBeMistakenForEntitiesInAnyShippedTheme() throws {
    let entityStyles: [StyleName] = [
      .entityPerson, .entityOrg, .entityPlace, .entityGroup, .entityDate,
    ]
    for name in catalog.names {
      let theme = try catalog.load(name)
      for style in entityStyles {
        let entity = theme.appearance(of: CellStyle(style))
        #expect(!entity.underline, "\(name): \(style.rawValue) is underlined like a speaker")
        for index in 0..<StyleName.speakerCount {
          let speaker = theme.appearance(of: CellStyle(StyleName.speaker(index)))
          #expect(speaker.underline, "\(name): speaker \(index) is not underlined")
          if entity.foreground != .terminalDefault {
            #expect(
              speaker.foreground != entity.foreground,
              "\(name): speaker \(index) has the colour of \(style.rawValue)")
          }
        }
      }
    }
  }

  @Test func aBadThemeNamesFileLineAndKey() {
    let text = """
      name = "broken"
      [styles]
      quote = { italic = true }
      "entity.person" = { fg = "chartreuse" }
      """
    #expect {
      try Theme.parse(text, file: "broken.toml")
    } throws: { error in
      (error as? ConfigProblem)?.description
        == "broken.toml:4: styles.entity.person: fg = \"chartreuse\" is not a colour (use default, an ANSI name, colorN or #rrggbb)"
    }
    #expect(throws: ConfigProblem.self) { try Theme.parse("[styles]\nfoo = {}", file: "t.toml") }
    #expect(throws: ConfigProblem.self) { try Theme.parse("[styles\n", file: "t.toml") }
  }

  @Test func noColorPicksMonochromeAndAMissingThemeFallsBack() throws {
    let folder = NSTemporaryDirectory() + "quoth-theme-test-\(getpid())"
    try FileManager.default.createDirectory(
      atPath: folder + "/quoth", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "theme = \"gruvbox\"\n".write(
      toFile: folder + "/quoth/config.toml", atomically: true, encoding: .utf8)
    #expect(
      ReaderSetup(themeOption: nil, environment: ["XDG_CONFIG_HOME": folder]).theme.name
        == "gruvbox")
    #expect(
      ReaderSetup(themeOption: nil, environment: ["XDG_CONFIG_HOME": folder, "NO_COLOR": "1"]).theme
        .name == "monochrome")
    let missing = ReaderSetup(themeOption: "neon", environment: ["XDG_CONFIG_HOME": folder])
    #expect(missing.theme.name == "default")
    #expect(missing.problems.first?.key == "neon")
  }

  @Test func userThemesJoinTheCatalog() throws {
    let folder = NSTemporaryDirectory() + "quoth-user-theme-\(getpid())"
    try FileManager.default.createDirectory(
      atPath: folder + "/quoth/themes", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "[styles]\nquote = { underline = true }\n".write(
      toFile: folder + "/quoth/themes/mine.toml", atomically: true, encoding: .utf8)
    let catalog = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": folder])
    #expect(catalog.names.contains("mine"))
    #expect(try catalog.load("mine").styles[.quote]?.underline == true)
  }
}

@Suite struct ConfigTests {
  @Test func readsEverySetting() {
    let (config, problems) = ReaderConfig.parse(
      """
      theme = "light"
      mouse = true
      pane-width = 40
      [keys]
      next-quote = ["n", "<Down>"]
      search = "^S"
      """, file: "config.toml")
    #expect(problems.isEmpty)
    #expect(config.theme == "light")
    #expect(config.mouse)
    #expect(config.paneWidth == 40)
    #expect(config.keymap.command(for: .char("n"), in: .article) == .nextQuote)
    #expect(config.keymap.command(for: .ctrl("s"), in: .article) == .search)
    #expect(config.keymap.command(for: .char("J"), in: .article) == nil)
    #expect(config.keymap.keys(for: .nextQuote) == [.char("n"), .down])
  }

  @Test func aContextTableBindsKeysInThatContextOnly() {
    let (config, problems) = ReaderConfig.parse(
      """
      [keys.pane]
      open = ["w", "<Enter>"]
      [keys.nowhere]
      open = "x"
      """, file: "config.toml")
    #expect(config.keymap.command(for: .char("w"), in: .pane) == .open)
    #expect(config.keymap.command(for: .char("w"), in: .article) == nil)
    #expect(config.keymap.command(for: .enter, in: .article) == .open)
    #expect(
      problems.map(\.description) == [
        "config.toml:3: keys.nowhere: unknown key context (article, pane, picker, prompt, list, view)"
      ])
    var state = ReaderState(
      documents: [ReaderDocument(Fixture.bus)], size: Size(width: 90, height: 10),
      keymap: config.keymap)
    state = state.replaying(Key.sequence("<Tab>jw")).0
    #expect(state.top > 0)
  }

  @Test func problemsNameFileLineAndKeyAndKeepTheDefaults() {
    let (config, problems) = ReaderConfig.parse(
      """
      theme = 3
      [keys]
      next-quote = ["<Dwn>"]
      jump-around = "x"
      """, file: "/home/a/.config/quoth/config.toml")
    #expect(
      problems.map(\.description) == [
        "/home/a/.config/quoth/config.toml:1: theme: expected a theme name in quotes",
        "/home/a/.config/quoth/config.toml:3: keys.next-quote: unknown key name \"<Dwn>\" (examples: j, <Down>, ^N, <F1>, <Space>)",
        "/home/a/.config/quoth/config.toml:4: keys.jump-around: unknown command (see the help screen, ?, for the names)",
      ])
    #expect(config.keymap.command(for: .char("J"), in: .article) == .nextQuote)
    #expect(config.theme == nil)
  }

  @Test func aFileThatIsNotTOMLIsOneProblemWithItsLine() {
    let (_, problems) = ReaderConfig.parse("theme = \"light\"\nmouse = \n", file: "c.toml")
    #expect(problems.count == 1)
    #expect(problems[0].line == 2)
  }

  @Test func theHelpShowsTheKeysInForce() {
    var config = ReaderConfig()
    config.keymap.unbindAll(.nextQuote)
    config.keymap.bind(.char("x"), to: .nextQuote)
    let state = ReaderState(
      documents: [ReaderDocument(Fixture.bus)], size: Size(width: 90, height: 30),
      keymap: config.keymap)
    let help = render(Fixture.press("?", on: state)).text
    #expect(help.contains("    x                     next quote (the pane follows)  next-quote"))
    let hints = render(state).line(29)
    #expect(hints.hasPrefix(" x next quote"))
  }
}
