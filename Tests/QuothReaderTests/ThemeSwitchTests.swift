import Foundation
import QuothThemes
import Testing

@testable import QuothReader

@Suite struct ThemeSwitchTests {
  /// A catalog whose user folder holds the given theme files.
  func catalog(_ files: [String: String]) throws -> (ThemeCatalog, String) {
    let folder = NSTemporaryDirectory() + "quoth-theme-switch-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: folder + "/\(name).toml", atomically: true, encoding: .utf8)
    }
    return (ThemeCatalog(folders: [folder]), folder)
  }

  @Test func everyShippedThemeIsCompiledInAndMonochromeIsItsFile() throws {
    let (catalog, folder) = try catalog([:])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(catalog.names == ShippedThemes.files.keys.sorted())
    #expect(
      Set(catalog.names) == [
        "default", "gruvbox", "light", "monochrome", "solarized-dark", "solarized-light",
      ])
    let shipped = try catalog.load("monochrome")
    #expect(Theme.monochrome.styles == shipped.styles)
    #expect(!Theme.monochrome.styles.isEmpty && !Theme.monochrome.usesColor)
  }

  @Test func aThemeReadOnceIsKeptAndAnEditedFileIsReadAgain() throws {
    let (catalog, folder) = try catalog(["mine": "[styles]\nquote = { underline = true }\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for _ in 0..<3 { #expect(try catalog.load("mine").styles[.quote]?.underline == true) }
    try "[styles]\nquote = { bold = true }\n".write(
      toFile: folder + "/mine.toml", atomically: true, encoding: .utf8)
    let edited = try catalog.load("mine").styles[.quote]
    #expect(edited?.bold == true && edited?.underline == nil)
  }

  @Test func aUserThemeTakesTheNameOfAShippedOne() throws {
    let (catalog, folder) = try catalog(["gruvbox": "[styles]\nquote = { underline = true }\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try catalog.load("gruvbox").styles[.quote]?.underline == true)
  }

  @Test func aThemeThatFailsToLoadKeepsTheOldOneAndSaysWhy() throws {
    let (catalog, folder) = try catalog(["broken": "[styles\n"])
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var state = Fixture.state()
    state.themeNames = catalog.names
    state = Fixture.press(":theme broken<Enter>", on: state)
    #expect(state.themeName == "broken")
    let current = try catalog.load("default")
    let theme = catalog.theme(for: &state, current: current)
    #expect(theme.name == "default")
    #expect(state.themeName == "default")
    #expect(state.message?.isError == true)
    #expect(state.message?.text.contains("broken.toml") == true)
    // A theme that loads is switched to, with no message.
    state = Fixture.press(":theme gruvbox<Enter>", on: state)
    #expect(catalog.theme(for: &state, current: current).name == "gruvbox")
    #expect(state.message?.isError == false)
  }
}
