import Testing

@testable import QuothAnalysis

/// The shortcuts the analysis takes for speed read text as the plain reading does:
/// titles cut into words byte by byte, furniture lines tested by their first letter,
/// names compared as numbers.
@Suite struct ShortcutAgreementTests {
  @Test func titlesAreCutIntoWordsAsTheirCharactersCutThem() {
    let titles = [
      "Sen.", "Iranian Foreign Minister", "Lt. Gov.", "Vice-President", "Deputy Harbour-Master",
      "Rep. (D-Ore.)", "Councillor\r\nof the Isles", "Chief 2nd Officer", "  ", "", "Dr.Who",
      "Ministre délégué", "Bürgermeisterin", "Cafe\u{301} owner",
    ]
    for title in titles {
      let expected = title.lowercased().split { !$0.isLetter }.map(String.init)
      #expect(SpeakerResolver.letterWords(ofTitle: title) == expected, "\(title)")
    }
  }

  @Test func furnitureIsToldByItsOpeningWordsInAnyCase() {
    let furniture = [
      "Read more: the ferry timetable", "READ MORE", "Photo: Ada Okafor", "© 2026 Harbour Gazette",
      "Copyright 2026 Harbour Gazette", "Share this story", "Related: Ölpreis fällt",
      "Tags: ferries",
      "Filed under Harbour news",
    ]
    let body = [
      "Reading the tide tables takes practice.", "Shares in the ferry company fell",
      "Ünterwegs mit dem Fährmann", "Read more\u{301} now", "Photographers lined the quay",
      "Read more about the crossing in the long report that the harbour board will publish after the summer",
      "", "The pier reopened.",
    ]
    for line in furniture {
      #expect(LineShape(line.unicodeScalars).isFurniture, "\(line)")
    }
    for line in body {
      #expect(!LineShape(line.unicodeScalars).isFurniture, "\(line)")
    }
  }

  @Test func namesAreNumberedOncePerArticle() {
    let text = """
      Ada Okafor runs the night ferry. Sen. Ruth Adler rode it on Monday.

      Okafor said the crossing was calm. Ruth Adler agreed.

      """
    let scalars = Array(text.unicodeScalars)
    func entity(_ surface: String, _ canonical: String, after from: Int = 0) -> Entity {
      let needle = Array(surface.unicodeScalars)
      let start = (from...(scalars.count - needle.count)).first {
        Array(scalars[$0..<$0 + needle.count]) == needle
      }!
      return Entity(
        start: start, end: start + needle.count, text: surface, type: .person,
        canonical: canonical)
    }
    let document = TextDocument(article: PlainTextIngest.article(from: text, source: "test.txt"))
    let later = text.unicodeScalars.count / 2
    let entities = [
      entity("Ada Okafor", "Ada Okafor"), entity("Sen. Ruth Adler", "Sen. Ruth Adler"),
      entity("Okafor", "Ada Okafor", after: later),
      entity("Ruth Adler", "Ruth Adler", after: later),
    ]
    let index = NameIndex(document: document, entities: entities, model: nil)
    let numbers = index.occurrences.map { ($0.name, $0.nameID) }
    #expect(numbers.map(\.0) == ["Ada Okafor", "Ruth Adler", "Ada Okafor", "Ruth Adler"])
    #expect(numbers[0].1 == numbers[2].1 && numbers[1].1 == numbers[3].1)
    #expect(numbers[0].1 != numbers[1].1)
    #expect(index.nameCount == 2)
    #expect(index.nameID(of: "Ruth Adler") == numbers[1].1)
    #expect(index.nameID(of: "Adler") == nil)
    let resolver = SpeakerResolver(index: index, namedSpeakers: [], model: nil)
    #expect(resolver.nameID(of: "Ada Okafor") == numbers[0].1)
    #expect(resolver.nameID(of: "Mo Quint") == -1)
    #expect(resolver.mentions.map(\.nameID) == numbers.map(\.1))
  }
}
