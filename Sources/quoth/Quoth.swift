import ArgumentParser

@main
struct Quoth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quoth",
    abstract: "A terminal reader for news articles: who is quoted, and how much.",
    discussion: """
      Exit status: 0 when every input was read, 1 when an input could not be read \
      (the others are still processed), 64 for a usage error.
      """,
    subcommands: [Read.self, Analyze.self],
    defaultSubcommand: Read.self
  )
}
