/// Abbreviations written with a period that does not end the sentence ("Mr.", "Calif.",
/// "a.m."): one table, which the sentence reader (`TextDocument.isAbbreviation`) and the
/// entity tokenizer (which keeps the period with the word) both read.
enum Abbreviations {
  /// The abbreviations as usually written, without the last period. One written with a
  /// capital counts only for a word that starts with one ("Sat." is a day, "sat." a verb
  /// ending a sentence); one in lower case counts however it is written ("etc.", "a.m.").
  static let entries: [String] = """
    Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Gen Lt Col Maj Capt Sgt Cpl Adm Cmdr Rev Hon Fr Msgr
    St Jr Sr Mt Ft Ave Blvd Inc Corp Co Ltd Llc Bros No Dept Govt Assn Univ Atty Est Fig
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo U.S N.Y N.J
    vs etc approx ph e.g i.e a.m p.m
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

  /// The lower-case forms of the entries that count in any case.
  static let anyCase = Set(entries.filter { $0.first?.isLowercase ?? false })

  /// The lower-case forms of the entries that count only for a word that starts with a capital.
  static let capitalisedOnly = Set(
    entries.filter { $0.first?.isUppercase ?? false }.map { $0.lowercased() })

  /// Whether a word, given in lower case without its period, is an abbreviation when
  /// written as it is (`capitalised`: it starts with a capital).
  static func contains(lowercased word: String, capitalised: Bool) -> Bool {
    anyCase.contains(word) || (capitalised && capitalisedOnly.contains(word))
  }
}
