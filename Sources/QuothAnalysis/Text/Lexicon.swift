/// Word lists the analysis consults. All entries are lower-case.
enum Lexicon {
  /// Reporting verbs with their inflections (say, says, said, saying, …).
  static let reportingVerbs: StringSet = {
    let regular = [
      "add", "acknowledge", "admit", "advise", "affirm", "agree", "allege", "announce", "answer",
      "argue", "ask", "assert", "assure", "attest", "boast", "brag", "caution", "charge", "chide",
      "claim", "clarify", "comment", "complain", "concede", "conclude", "confess", "confide",
      "confirm", "contend", "continue", "counter", "declare", "deny", "describe", "disclose",
      "emphasise", "emphasize", "estimate", "exclaim", "explain", "gush", "hint", "insist",
      "instruct", "interject", "joke", "lament", "laugh", "maintain", "mention", "muse", "note",
      "object", "observe", "opine", "plead", "pledge", "point", "posit", "post", "predict",
      "proclaim",
      "promise", "protest", "quip", "recall", "recount", "reckon", "remark", "remind", "repeat",
      "reply", "report", "respond", "retort", "reveal", "scoff", "scream", "shout", "sigh", "snap",
      "speculate", "state", "stress", "suggest", "tease", "testify", "thunder", "tweet", "urge",
      "vow", "warn", "whisper", "wonder", "yell", "reiterate", "recollect", "acknowledge", "demand",
      "fume", "rage", "mock", "blast", "slam", "chime", "cry", "gripe", "grumble", "mutter",
      "murmur", "sneer", "text", "email", "e-mail", "message", "inform", "assess", "summarize",
      "summarise", "elaborate", "reason", "surmise", "theorize", "caution", "concur", "rebut",
      "tell", "write", "say", "shoot", "fire", "put", "read", "begin", "go", "hold", "offer",
      "accuse", "criticize", "criticise", "praise", "threaten", "believe", "think", "feel",
      "guarantee", "swear", "quote", "cite", "relate", "mull", "add", "observe", "predict",
      "declare", "pronounce", "retort", "interrupt", "ponder", "query", "question", "react", "call",
      "dub", "label", "brand", "term", "crack", "boom", "thank",
      "bellow", "holler", "marvel", "rant", "chant", "sing", "recite", "intone", "implore", "beg",
    ]
    var forms = Set<String>()
    for verb in regular { forms.formUnion(inflections(of: verb)) }
    forms.formUnion([
      "said", "told", "wrote", "written", "shot", "began", "begun", "went", "held", "thought",
      "felt",
      "swore", "sworn", "quoth", "sang", "sung", "putting", "beginning", "pressed",
    ])
    return StringSet(forms)
  }()

  /// Verbs that are reporting verbs only with a particle: point out, shoot back.
  static let particleVerbs: [String: Set<String>] = [
    "point": ["out"], "points": ["out"], "pointed": ["out"], "pointing": ["out"],
    "shoot": ["back"], "shoots": ["back"], "shot": ["back"], "fire": ["back"], "fires": ["back"],
    "fired": ["back"], "chime": ["in"], "chimes": ["in"], "chimed": ["in"], "go": ["on"],
    "goes": ["on"], "went": ["on"], "hold": ["forth"], "held": ["forth"], "put": ["it"],
    "puts": ["it"], "begin": ["by"], "began": ["by"], "read": [], "reads": [],
  ]

  /// Reporting verbs that need a particle or a quote right after them to count.
  static let weakReportingVerbs: StringSet = [
    "point", "points", "pointed", "pointing", "shoot", "shoots", "shot", "fire", "fires", "fired",
    "chime", "chimes", "chimed", "go", "goes", "went", "hold", "holds", "held", "put", "puts",
    "begin", "began", "begun", "text", "texts", "texted", "read", "reads", "believe", "believes",
    "believed", "think", "thinks", "thought", "feel", "feels", "felt", "continue", "continues",
    "continued", "message", "messaged", "post", "posted", "posts", "reason", "reasoned", "question",
    "questioned", "query", "queried", "relate", "related", "offer", "offered", "offers",
    "mention", "mentioned", "quote", "quoted", "cite", "cited", "report", "reports", "reported",
    "state", "states", "start", "starts", "started", "cite", "cites", "citing", "call", "calls",
    "called", "calling", "thank", "thanks", "thanked", "thanking", "sing", "sings", "sang",
  ]

  /// A verb's forms: base, third person, past and present participle.
  static func inflections(of verb: String) -> [String] {
    var forms = [verb]
    let last = verb.last!
    let stem = last == "e" && verb.count > 2 ? String(verb.dropLast()) : verb
    if irregularVerbs.contains(verb) {
      forms.append(verb + (last == "o" ? "es" : "s"))
      forms.append(stem + "ing")
      return forms
    }
    let consonantY = last == "y" && !"aeiou".contains(verb.dropLast().last ?? "a")
    if consonantY {
      forms.append(verb.dropLast() + "ies")
      forms.append(verb.dropLast() + "ied")
    } else if last == "s" || last == "x" || verb.hasSuffix("sh") || verb.hasSuffix("ch") {
      forms.append(verb + "es")
      forms.append(verb + "ed")
    } else if last == "e" {
      forms.append(verb + "s")
      forms.append(verb + "d")
    } else {
      forms.append(verb + "s")
      forms.append(doubledFinalConsonant.contains(verb) ? verb + String(last) + "ed" : verb + "ed")
    }
    forms.append(doubledFinalConsonant.contains(verb) ? verb + String(last) + "ing" : stem + "ing")
    return forms
  }

  /// Verbs whose past forms are listed by hand (said, told, wrote, …).
  static let irregularVerbs: Set<String> = [
    "say", "tell", "write", "shoot", "put", "read", "begin", "go", "hold", "think", "feel", "swear",
    "sing",
  ]

  /// Verbs that double their last consonant: quip → quipped, snap → snapped.
  static let doubledFinalConsonant: Set<String> = [
    "quip", "snap", "slam", "admit", "rebut", "concur", "dub", "chat", "plot", "jab", "nod", "sob",
    "prod", "grip", "chip", "stop", "spot", "blog", "shrug", "beg", "plan", "pin", "gab", "put",
    "begin",
  ]

  static let personalPronouns: StringSet = ["he", "she", "they", "i", "we", "it", "you"]

  /// Words that may stand between a speaker and the reporting verb ("he also said").
  static let verbModifiers: StringSet = [
    "also", "later", "then", "previously", "once", "recently", "repeatedly", "has", "have", "had",
    "was", "were", "is", "are", "would", "will", "did", "does", "do", "could", "might", "may",
    "reportedly", "simply", "just", "further", "quickly", "flatly", "bluntly", "publicly",
    "privately", "often", "frequently", "famously", "memorably", "angrily", "calmly", "quietly",
    "firmly", "earlier", "still", "again", "already", "even", "has", "been", "being", "should",
    "must", "can", "not", "never", "always", "once", "immediately", "subsequently", "ultimately",
    "finally", "first", "initially", "succinctly", "emphatically", "sarcastically", "jokingly",
    "tearfully", "proudly", "openly", "candidly", "bluntly", "curtly", "readily", "defiantly",
    "confidently", "simply", "nonetheless", "however", "too", "herself", "himself", "themselves",
    "apparently", "allegedly", "supposedly", "last", "this", "week", "month", "year", "today",
    "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "morning", "afternoon", "evening", "night", "on",
  ]

  /// Determiners and possessives that open a noun phrase ("the company", "a spokesman").
  static let determiners: StringSet = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "one", "another", "some", "several", "many", "most", "two", "three", "four", "five",
    "other", "both", "each", "every", "all", "no", "any", "such",
  ]

  /// Heads of nominal speakers that stand alone in the plural ("officials said").
  static let nominalSpeakerHeads: StringSet = [
    "officials", "sources", "critics", "experts", "analysts", "aides", "advisers", "advisors",
    "supporters", "opponents", "residents", "witnesses", "investigators", "prosecutors",
    "lawmakers", "democrats", "republicans", "observers", "economists", "scientists", "doctors",
    "researchers", "activists", "protesters", "organizers", "organisers", "leaders", "voters",
    "police", "authorities", "people", "campaigners", "insiders", "diplomats", "members",
    "students", "teachers", "parents", "workers", "employees", "executives", "staff", "polls",
    "polling", "reports", "documents", "records", "statements", "filings", "others", "some",
    "many", "few", "both",
  ]

  /// Words that can start a capitalised run without being part of a name.
  static let capitalisedFunctionWords: StringSet = [
    "the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "in", "on", "at", "to",
    "of", "by", "with", "from", "as", "if", "when", "while", "after", "before", "since", "though",
    "although", "because", "once", "until", "this", "that", "these", "those", "there", "here",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
    "what", "who", "whom", "which", "where", "why", "how", "then", "now", "still", "also",
    "however", "meanwhile", "instead", "yes", "no", "not", "even", "just", "only", "all", "some",
    "many", "most", "more", "much", "every", "each", "both", "either", "neither", "one", "two",
    "said", "says", "asked", "according", "like", "unlike", "despite", "during", "among",
    "through", "under", "over", "about", "against", "into", "onto", "without", "within", "per",
    "ms", "mr", "mrs", "dr", "is", "was", "are", "were", "be", "been", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did", "has", "have", "had",
  ]

  /// Titles and offices kept out of a person's name ("President Vladimir Putin").
  static let titles: StringSet = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
    "sir", "dame", "lord", "lady", "president", "vice", "prime", "minister", "secretary",
    "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman", "congresswoman",
    "gov", "gov.", "governor", "mayor", "councillor", "councilor", "councilman", "councilwoman",
    "judge", "justice", "chief", "general", "gen", "gen.", "col", "col.", "colonel", "lt", "lt.",
    "lieutenant", "sgt", "sgt.", "sergeant", "capt", "capt.", "captain", "major", "maj", "maj.",
    "adm", "adm.", "admiral", "commander", "officer", "detective", "inspector", "agent", "king",
    "queen", "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam",
    "father", "reverend", "rev", "rev.", "pastor", "ambassador", "chancellor", "chairman",
    "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman", "spokesperson",
    "speaker", "leader", "deputy", "foreign", "defense", "defence", "interior", "finance",
    "health", "state", "attorney", "solicitor", "former", "ex", "late", "candidate", "nominee",
    "sheriff", "commissioner", "supervisor", "assemblyman", "assemblywoman", "delegate", "trustee",
    "founder", "co-founder", "executive", "managing", "editor", "coach", "manager", "gop",
    "democratic", "republican", "presidential", "party", "then", "first", "house", "senate",
    "majority", "minority", "whip", "u.s.", "us", "federal", "national", "acting", "interim",
    "dean", "provost", "principal", "superintendent", "premier", "sheikh", "emir", "ayatollah",
    "grand", "supreme", "crown", "his", "her", "excellency", "honorable", "hon", "hon.", "st",
  ]

  /// Titles that say a person is male or female.
  static let maleTitles: StringSet = [
    "mr", "mr.", "sir", "lord", "king", "prince", "father", "congressman", "councilman",
    "chairman", "spokesman", "assemblyman", "brother", "uncle", "son", "husband",
  ]
  static let femaleTitles: StringSet = [
    "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "congresswoman",
    "councilwoman", "chairwoman", "spokeswoman", "assemblywoman", "sister", "aunt", "daughter",
    "wife",
  ]

  /// Name particles that may stand lower-case inside a name (Ursula von der Leyen).
  static let nameParticles: StringSet = [
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "bint",
    "ibn", "al", "el", "dos", "das", "ter", "ten", "y",
  ]

  /// Words that make a capitalised name an organisation.
  static let organisationWords: StringSet = [
    "university", "institute", "party", "ministry", "department", "agency", "council",
    "committee", "commission", "association", "foundation", "company", "corporation", "corp",
    "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "group", "bank", "court", "congress", "senate",
    "parliament", "government", "administration", "campaign", "times", "post", "news", "journal",
    "network", "press", "agency", "service", "office", "center", "centre", "school", "college",
    "board", "union", "federation", "organization", "organisation", "fund", "trust", "society",
    "club", "league", "police", "army", "navy", "force", "forces", "guard", "guards", "kremlin",
    "pentagon", "house", "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "reuters", "ap",
    "tribune", "herald", "gazette", "telegraph", "guardian", "globe", "daily", "magazine",
    "radio", "television", "tv", "channel", "media", "lines", "airlines", "motors", "systems",
    "technologies", "labs", "partners", "holdings", "industries", "breitbart", "politico",
    "nyt", "wsj", "npr", "pbs", "fbi", "cia", "nsa", "un", "nato", "eu", "who", "imf", "opec",
    "gop", "dnc", "rnc", "hospital", "church", "mosque", "council’s", "coalition", "alliance",
    "movement", "caucus", "chamber", "bureau", "authority", "institution", "review", "report",
    "poll", "survey", "study", "website", "site", "blog", "statement", "secretariat", "cabinet",
    "republicans", "democrats", "state",
  ]
}
