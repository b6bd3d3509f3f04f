import Foundation
import QuothAnalysis
import QuothReader

/// Resident memory over 10,000 `:theme` switches through the reader's own path (reduce,
/// then the catalog), and over 1,000 parses of theme texts that differ, which show what
/// TOMLKit leaks per parse (it never frees a parsed table).
func runThemeSwitchBenchmark() {
  print("== theme switches")
  let catalog = ThemeCatalog(folders: [])
  let names = ["default", "light", "gruvbox", "solarized-dark"]
  var state = ReaderState(
    documents: [ReaderDocument(GeneratedArticle.analysis(words: 500))],
    size: Size(width: 100, height: 30), themeNames: catalog.names)
  var theme = (try? catalog.load("default")) ?? Theme.monochrome
  let before = processMemoryMegabytes("VmRSS")
  let start = threadCPUSeconds()
  for round in 0..<10_000 {
    let keys = Key.sequence(":theme \(names[round % names.count])<Enter>")
    let reaction: Reaction
    (state, reaction) = state.replaying(keys)
    if reaction.contains(.themeChanged) { theme = catalog.theme(for: &state, current: theme) }
  }
  let seconds = threadCPUSeconds() - start
  print(
    "10,000 :theme switches among \(names.count) themes: RSS \(before) → "
      + "\(processMemoryMegabytes("VmRSS")) MB, "
      + String(format: "%.2f s CPU; in use: %@", seconds, theme.name))
  let text = "[styles]\nquote = { italic = true }\nspeakers = [\"yellow\", \"cyan\"]\n"
  let beforeParses = processMemoryMegabytes("VmRSS")
  for round in 0..<1_000 {
    _ = try? Theme.parse(text + "\n# \(round)\n", file: "bench-\(round).toml")
  }
  print(
    "1,000 parses of differing theme texts: RSS \(beforeParses) → "
      + "\(processMemoryMegabytes("VmRSS")) MB (TOMLKit's leak, and the themes kept)")
}
