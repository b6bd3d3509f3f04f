import Foundation

/// The names in a byline: `By Jane Doe and John Roe, Staff Writers` → Jane Doe, John Roe.
///
/// Drops "By" and its variants, e-mail addresses, web and social handles, job titles
/// ("Senior Reporter", "is a correspondent for…") and dates; splits several authors at
/// commas, "and", "&", semicolons and bars.
enum BylineNames {
  /// The names in `byline`, in order, each once.
  static func names(_ byline: String) -> [String] {
    var names: [String] = []
    for part in parts(of: byline) {
      guard let name = name(in: part, afterAName: !names.isEmpty) else { continue }
      if !names.contains(where: { $0.lowercased() == name.lowercased() }) { names.append(name) }
    }
    return names
  }

  /// `A`, `A and B`, `A, B and C`: how the reader shows a list of names.
  static func joined(_ names: [String]) -> String? {
    switch names.count {
    case 0: return nil
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
  }

  /// The byline cut where one author or title ends and the next begins.
  private static func parts(of byline: String) -> [String] {
    var text = " " + byline.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
    for separator in [" and ", " And ", " AND ", " & ", " with ", ";", "|", " / ", "\u{2022}", "·"]
    {
      text = text.replacingOccurrences(of: separator, with: ",")
    }
    return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// The leading name of one part, or nil when the part holds no name. After a name,
  /// a part that ends in a job title ("AP Auto Writer") or is one short capitalised
  /// word ("AP", "MS", "PhD") is the author's desk, agency or degree.
  private static func name(in part: String, afterAName: Bool) -> String? {
    var words = part.split(separator: " ").map(String.init)
    // "By", "Written by", "Words by", "Posted by", "Reporting by"…
    if let by = words.prefix(3).firstIndex(where: { $0.lowercased().trimmingColon == "by" }) {
      words.removeFirst(by + 1)
    }
    var kept: [String] = []
    var endsAtJobTitle = false
    for word in words {
      let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "()[]:\"“”"))
      if bare.isEmpty { continue }
      if bare.contains("@") || bare.lowercased().hasPrefix("http") || bare.contains("www.")
        || isDomain(bare)
      {
        break
      }
      if jobWords.contains(bare.lowercased()) {
        endsAtJobTitle = true
        break
      }
      if bare.contains(where: \.isNumber) { break }
      let isCapitalised = bare.first?.isUppercase == true
      if !isCapitalised && !particles.contains(bare.lowercased()) { break }
      kept.append(bare)
    }
    // "Harbour Reporter": one word before a title is part of it.
    if endsAtJobTitle && (kept.count == 1 || afterAName) { return nil }
    if afterAName && kept.count == 1
      && (degrees.contains(kept[0].lowercased())
        || (kept[0].count <= 4 && kept[0].allSatisfy(\.isUppercase)))
    {
      return nil
    }
    // "Senior Political Reporter": the words before the title belong to it.
    while endsAtJobTitle, let last = kept.last, titleWords.contains(last.lowercased()) {
      kept.removeLast()
    }
    // Particles belong inside a name, never at its ends.
    while let last = kept.last, particles.contains(last.lowercased()) { kept.removeLast() }
    guard !kept.isEmpty, kept.count <= 6, !(kept.count == 1 && kept[0].count == 1),
      !months.contains(kept[0].lowercased().trimmingCharacters(in: .punctuationCharacters)),
      !kept.allSatisfy({ particles.contains($0.lowercased()) || $0.lowercased() == "the" })
    else { return nil }
    return kept.joined(separator: " ")
  }

  /// `Example.com`: a web site named as an author's affiliation.
  private static func isDomain(_ word: String) -> Bool {
    guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
    let ending = word[word.index(after: dot)...]
    return (2...4).contains(ending.count) && ending.allSatisfy { $0.isLowercase }
  }

  /// Words that start a job title or a description of the author.
  private static let jobWords: Set<String> = [
    "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
    "writers", "staff", "columnist", "columnists", "contributor", "contributors", "producer",
    "journalist", "analyst", "author", "director", "chief", "senior", "bureau", "photographer",
    "photographers", "critic", "host", "anchor", "fellow", "professor", "intern", "freelance",
    "freelancer", "manager", "president", "ceo", "founder", "updated", "published", "posted",
    "is", "was", "has", "who", "covers", "desk", "follow", "email", "e-mail", "twitter",
    "contact", "view", "more", "all", "posts", "articles", "stories", "profile", "bio", "at",
    "for", "from", "in", "on", "of",
  ]

  /// Words that go before a job title: "Senior Political Reporter", "White House Correspondent".
  private static let titleWords: Set<String> = [
    "associate", "assistant", "deputy", "executive", "managing", "contributing", "political",
    "national", "international", "foreign", "special", "science", "health", "business",
    "technology", "tech", "sports", "politics", "news", "investigative", "features", "digital",
    "global", "economics", "economic", "legal", "education", "climate", "environment", "metro",
    "local", "city", "white", "house", "washington", "opinion", "guest", "the", "a",
  ]

  /// Degrees and credentials written after a name.
  private static let degrees: Set<String> = [
    "phd", "ph.d.", "md", "m.d.", "ms", "msc", "ma", "mba", "rn", "rdn", "jd", "cpa", "dds",
  ]

  /// Lower-case words that belong inside names: Ludwig van Beethoven, Ana de la Cruz.
  private static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn",
    "al", "el", "y", "dos", "das", "ter", "ten",
  ]

  private static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
  ]
}

extension String {
  fileprivate var trimmingColon: String {
    hasSuffix(":") ? String(dropLast()) : self
  }
}
