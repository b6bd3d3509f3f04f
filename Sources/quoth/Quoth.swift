import ArgumentParser

@main
struct Quoth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quoth",
    abstract: "A terminal reader for news articles: who is quoted, and how much.",
    discussion: """
      Reading is the default command: quoth [-r] [FILE…] [--screen WxH [--keys KEYS] \
      [--color auto|always|never]] [--theme NAME] [--list-themes] [--format-in FORMAT] \
      (quoth read --help tells more; ? in the reader lists the keys).

      Exit status: 0 when every input was read, 1 when an input could not be read \
      (the others are still processed), 64 for a usage error.
      """,
    version: "quoth 0.1.0",
    subcommands: [Read.self, Analyze.self],
    defaultSubcommand: Read.self
  )
}
