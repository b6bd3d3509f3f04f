import Foundation
import QuothTestSupport
import Testing

@testable import QuothLibrary

/// `quoth library …` as a user runs it: the real binary on a library in a temporary
/// `XDG_DATA_HOME`.
@Suite(.serialized, .timeLimit(.minutes(5))) final class LibraryCommandLineTests {
  let folder: LibraryFolder
  let harbour: String
  let bridge: String
  let bakery: String

  init() throws {
    folder = try LibraryFolder()
    harbour = try folder.write("harbour.txt", TestArticles.harbour)
    bridge = try folder.write("bridge.txt", TestArticles.bridge)
    bakery = try folder.write("bakery.txt", TestArticles.bakery)
  }

  private func addAll() throws {
    let result = try folder.quoth("library", "add", harbour, bridge, bakery)
    #expect(result.status == 0, "\(result.errors)")
  }

  @Test func addPrintsEachArticleAndTheLibrary() throws {
    let result = try folder.quoth("library", "add", harbour, bakery)
    #expect(result.status == 0)
    #expect(result.output.contains("Harbour ferry to run through winter"))
    #expect(result.output.contains("Night bakery opens on the square"))
    #expect(result.errors.contains("2 articles in \(folder.libraryPath)"))
    #expect(try folder.openLibrary().count() == 2)
  }

  @Test func addingAFolderAddsItsArticlesAndAMissingFileIsAnError() throws {
    let result = try folder.quoth("library", "add", folder.url.path, folder.url.path + "/none.txt")
    #expect(result.status == 1)
    #expect(result.errors.contains("none.txt"))
    #expect(try folder.openLibrary().count() == 3)
  }

  @Test func listAsTextJSONAndCSV() throws {
    try addAll()
    let text = try folder.quoth("library", "list", "--sort", "title")
    #expect(text.status == 0)
    let lines = text.output.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasSuffix("Bridge repairs delayed again"))
    #expect(lines[0].contains("N "))  // unread
    let json = try folder.quoth("library", "list", "--format", "json")
    struct Row: Decodable {
      var id: Int
      var title: String?
      var quotes: Int
      var unread: Bool
      var source: String
    }
    let rows = try JSONDecoder().decode([Row].self, from: Data(json.output.utf8))
    #expect(Set(rows.compactMap(\.title)).count == 3)
    #expect(rows.allSatisfy { $0.unread && $0.quotes > 0 && $0.source.hasPrefix("/") })
    let csv = try folder.quoth("library", "list", "--format", "csv")
    let records = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(records.count == 4)
    #expect(records[0].hasPrefix("id,title,source,url,site,published,added"))
  }

  @Test func csvQuotesFieldsAsRFC4180Says() throws {
    let path = try folder.write(
      "tricky.txt",
      """
      Rain, wind and a "storm" of letters

      "It was, frankly, a mess," said Ola Strand.
      """)
    #expect(try folder.quoth("library", "add", path).status == 0)
    let csv = try folder.quoth("library", "list", "--format", "csv")
    #expect(csv.output.contains(#","Rain, wind and a ""storm"" of letters","#))
    let quotes = try folder.quoth("library", "quotes", "--format", "csv")
    #expect(quotes.output.contains(#","""It was, frankly, a mess,""","#))
  }

  @Test func quotesBySpeakerFormSearchAndSite() throws {
    try addAll()
    let bySurname = try folder.quoth(
      "library", "quotes", "--speaker", "Lindqvist", "--format", "json")
    struct Quote: Decodable {
      var speaker: String?
      var text: String
      var title: String?
    }
    let quotes = try JSONDecoder().decode([Quote].self, from: Data(bySurname.output.utf8))
    #expect(!quotes.isEmpty)
    #expect(quotes.allSatisfy { $0.speaker == "Marta Lindqvist" })
    #expect(Set(quotes.compactMap(\.title)).count == 2)
    let search = try folder.quoth("library", "quotes", "--search", "frost mortar")
    #expect(search.status == 0)
    #expect(search.output.split(separator: "\n").count == 1)
    #expect(search.output.contains("Jonas Ek"))
    let site = try folder.quoth("library", "quotes", "--site", "bakery.txt", "--format", "json")
    #expect(
      try JSONDecoder().decode([Quote].self, from: Data(site.output.utf8)).map(\.speaker) == [
        "Petra Holm"
      ])
    let bad = try folder.quoth("library", "quotes", "--since", "last week")
    #expect(bad.status == 64)
    #expect(bad.errors.contains("--since takes a date"))
  }

  @Test func speakersAcrossTheLibrary() throws {
    try addAll()
    let result = try folder.quoth("library", "speakers", "--format", "csv")
    #expect(result.status == 0)
    let rows = result.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows[0] == "id,name,kind,quotes,articles,lastQuoted")
    let lindqvist = try #require(rows.first { $0.contains(",Marta Lindqvist,") })
    #expect(lindqvist.contains(",person,"))
    let fields = lindqvist.split(separator: ",")
    #expect(fields[4] == "2")  // articles
    let text = try folder.quoth("library", "speakers")
    #expect(text.output.contains("Petra Holm"))
  }

  @Test func removeByIdAndAnUnknownIdIsAnError() throws {
    try addAll()
    let library = try folder.openLibrary()
    let bakeryId = try #require(
      try library.articles().first { $0.title?.contains("bakery") == true }?.id)
    let result = try folder.quoth("library", "remove", "\(bakeryId)", "4242")
    #expect(result.status == 1)
    #expect(result.output == "\(bakeryId)\n")
    #expect(result.errors.contains("no article 4242"))
    #expect(try library.count() == 2)
  }

  @Test func exportIsOneAnalysedArticlePerLine() throws {
    try addAll()
    let result = try folder.quoth("library", "export")
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 3)
    struct Page: Decodable {
      var schema: Int
      var source: String
      var text: String
      var quotes: [Quote]
      struct Quote: Decodable { var speaker: String? }
    }
    for line in lines {
      let page = try JSONDecoder().decode(Page.self, from: Data(line.utf8))
      #expect(page.schema == 2)
      #expect(!page.quotes.isEmpty)
      #expect(page.text.contains("said"))
    }
  }

  @Test func anOutdatedAnalysisIsRedoneWhenListed() throws {
    try addAll()
    try folder.openLibrary().pool.write { db in
      try db.execute(sql: "UPDATE article SET analysisVersion = 0")
    }
    let result = try folder.quoth("library", "list")
    #expect(result.status == 0)
    #expect(result.errors.contains("re-analysed 3 of 3 articles"))
    #expect(try folder.openLibrary().outdated().isEmpty)
  }

  /// `V` in the library: who is quoted, in how many articles, how often, and when last:
  /// the newest article's publication date, else the day the library added it.
  @Test func theSpeakersAcrossTheLibraryShowWhenEachWasLastQuoted() throws {
    func page(_ title: String, published: String, quote: String) -> String {
      """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)</title>
      <meta property="article:published_time" content="\(published)"></head>
      <body><article><h1>\(title)</h1>
      <p>The market hall on the quay has been the town's pantry for a century.</p>
      <p>“\(quote),” said Petra Holm, who runs the bakery stall.</p>
      </article></body></html>
      """
    }
    let older = try folder.write(
      "hall-closes.html",
      page(
        "Market hall closes for repairs", published: "2023-01-10T08:00:00Z",
        quote: "We will bake in a tent until the roof is mended"))
    let newer = try folder.write(
      "hall-reopens.html",
      page(
        "Market hall reopens", published: "2024-03-05T09:00:00Z",
        quote: "The stalls are full again and the roof no longer leaks"))
    let added = try folder.quoth("library", "add", older, newer, harbour)
    #expect(added.status == 0, "\(added.errors)")
    let screen = try folder.quoth("library", "--screen", "120x20", "--keys", "V")
    #expect(screen.status == 0, "\(screen.errors)")
    let lines = screen.output.split(separator: "\n")
    let header = try #require(lines.first { $0.contains("Speaker") })
    #expect(
      header.contains("Articles") && header.contains("Quotes") && header.contains("Last quoted"))
    let holm = try #require(lines.first { $0.contains("Petra Holm") })
    #expect(holm.hasSuffix("5 Mar 2024"))
    // The harbour article gives no date: the day it was added (today, in UTC).
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "d MMM yyyy"
    let lindqvist = try #require(lines.first { $0.contains("Marta Lindqvist") })
    #expect(lindqvist.hasSuffix(formatter.string(from: Date())))
    // The "last quoted" column sits beside the two counts, under its header.
    let column = try #require(header.range(of: "Last quoted")).lowerBound.utf16Offset(in: header)
    let date = try #require(holm.range(of: "5 Mar 2024")).lowerBound.utf16Offset(in: holm)
    #expect(column == date)
  }
}
