import Foundation
import Testing

@testable import QuothAnalysis

/// Dates as ISO 8601, bylines as names, canonical address and language, from the forms
/// web pages write them in. Every value here is made up for these tests.
@Suite struct PublicationDateTests {
  @Test(arguments: [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z"),
    ("2024-03-05T14:30:00.000Z", "2024-03-05T14:30:00Z"),
    ("2024-03-05T14:30:00+01:00", "2024-03-05T14:30:00+01:00"),
    ("2024-03-05T14:30:00-0500", "2024-03-05T14:30:00-05:00"),
    ("2024-03-05T14:30:00+05", "2024-03-05T14:30:00+05:00"),
    ("2024-03-05T14:30", "2024-03-05T14:30:00"),
    ("2024-03-05 14:30:15", "2024-03-05T14:30:15"),
    ("2024/03/05", "2024-03-05"),
    ("20240305", "2024-03-05"),
  ])
  func isoAndItsVariants(_ written: String, _ iso: String) {
    #expect(PublicationDate.iso(written) == iso)
  }

  @Test(arguments: [
    ("Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00Z"),
    ("Tue, 05 Mar 2024 14:30:00 +0100", "2024-03-05T14:30:00+01:00"),
    ("March 5, 2024", "2024-03-05"),
    ("Mar. 5, 2024 2:30 PM EST", "2024-03-05T14:30:00-05:00"),
    ("March 5th, 2024 at 9:05 a.m.", "2024-03-05T09:05:00"),
    ("5 March 2024", "2024-03-05"),
    ("Tuesday 5 March 2024 12:00 BST", "2024-03-05T12:00:00+01:00"),
    ("Updated 12:45 AM ET, Tue March 5, 2024", "2024-03-05T00:45:00"),
    ("Sept. 30, 2023", "2023-09-30"),
  ])
  func inWords(_ written: String, _ iso: String) {
    #expect(PublicationDate.iso(written) == iso)
  }

  @Test(arguments: [
    ("03/05/2024", "2024-03-05"),  // month first, as in the US
    ("25/03/2024", "2024-03-25"),  // a first number above 12 is the day
    ("05.03.2024", "2024-03-05"),  // dots: day first
    ("1709649000", "2024-03-05T14:30:00Z"),  // Unix seconds
    ("1709649000000", "2024-03-05T14:30:00Z"),  // Unix milliseconds
  ])
  func numericAndUnixTimes(_ written: String, _ iso: String) {
    #expect(PublicationDate.iso(written) == iso)
  }

  @Test(arguments: [
    "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2024-02-30", "2024-13-01", "yesterday",
    "", "Posted 3 hours ago", "0",
  ])
  func placeholdersAndImpossibleDaysAreNoDate(_ written: String) {
    #expect(PublicationDate.iso(written) == nil)
  }

  @Test func anImpossibleTimeLeavesTheDay() {
    #expect(PublicationDate.iso("2024-03-05T25:00:00") == "2024-03-05")
  }

  @Test func aLeapDayIsADate() {
    #expect(PublicationDate.iso("2024-02-29") == "2024-02-29")
    #expect(PublicationDate.iso("2023-02-29") == nil)
  }
}

@Suite struct BylineNamesTests {
  @Test(arguments: [
    ("By Ana Ruiz", ["Ana Ruiz"]),
    ("BY ANA RUIZ", ["ANA RUIZ"]),
    ("by Ana Ruiz and Tom Berg", ["Ana Ruiz", "Tom Berg"]),
    ("Ana Ruiz, Tom Berg and Lea Kim", ["Ana Ruiz", "Tom Berg", "Lea Kim"]),
    ("Ana Ruiz & Tom Berg", ["Ana Ruiz", "Tom Berg"]),
    ("Ana Ruiz | Tom Berg", ["Ana Ruiz", "Tom Berg"]),
    ("Written by: Ana Ruiz", ["Ana Ruiz"]),
    ("Story by Ana Ruiz; photos by Tom Berg", ["Ana Ruiz", "Tom Berg"]),
  ])
  func byAndSeveralAuthors(_ byline: String, _ names: [String]) {
    #expect(BylineNames.names(byline) == names)
  }

  @Test(arguments: [
    ("Ana Ruiz, Senior Political Reporter", ["Ana Ruiz"]),
    ("Ana Ruiz, Harbour Reporter", ["Ana Ruiz"]),
    ("By Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
    ("Ana Ruiz Chief Economics Correspondent", ["Ana Ruiz"]),
    ("Ana Ruiz is a reporter covering the islands.", ["Ana Ruiz"]),
    ("Staff Reporter", []),
    ("By Ana Ruiz ana.ruiz@example.org", ["Ana Ruiz"]),
    ("Ana Ruiz (@anaruiz)", ["Ana Ruiz"]),
    ("By Ana Ruiz Updated March 5, 2024 9:41 am", ["Ana Ruiz"]),
    ("Ana Ruiz https://example.org/authors/ana-ruiz", ["Ana Ruiz"]),
    ("ANA RUIZ, AP Harbour Writer", ["ANA RUIZ"]),
    ("Ana Ruiz, AP", ["Ana Ruiz"]),
    ("Ana Ruiz, MS, RDN", ["Ana Ruiz"]),
    ("Ana Ruiz, PhD", ["Ana Ruiz"]),
    ("Ana Ruiz, Harbour.com", ["Ana Ruiz"]),
    ("Reuters", ["Reuters"]),
  ])
  func jobTitlesAddressesAndDatesAreNotNames(_ byline: String, _ names: [String]) {
    #expect(BylineNames.names(byline) == names)
  }

  @Test func particlesStayInsideNames() {
    #expect(
      BylineNames.names("By Ana de la Cruz and Piet van Dijk") == [
        "Ana de la Cruz", "Piet van Dijk",
      ])
  }

  @Test func aNameGivenTwiceIsListedOnce() {
    #expect(BylineNames.names("Ana Ruiz, ANA RUIZ") == ["Ana Ruiz"])
  }

  @Test func namesAreJoinedForTheReader() {
    #expect(BylineNames.joined(["Ana Ruiz"]) == "Ana Ruiz")
    #expect(
      BylineNames.joined(["Ana Ruiz", "Tom Berg", "Lea Kim"]) == "Ana Ruiz, Tom Berg and Lea Kim")
    #expect(BylineNames.joined([]) == nil)
  }
}

@Suite struct PageMetadataTests {
  typealias Support = HTMLTestSupport

  @Test func canonicalAddressLanguageAndISODateFromThePage() {
    let head = """
      <title>Pier to close | Harbour News</title>
      <link rel="canonical" href="https://harbour.example/news/pier-to-close">
      <meta property="og:url" content="https://harbour.example/other">
      <meta name="author" content="By Ana Ruiz, Harbour Reporter">
      <meta property="article:published_time" content="Tue, 05 Mar 2024 14:30:00 GMT">
      """
    var bytes = Support.page(body: "<article>\(Support.storyParagraphs)</article>", head: head)
    bytes = Array(
      String(decoding: bytes, as: UTF8.self).replacingOccurrences(
        of: "<html>", with: "<html lang=\"en_gb\">"
      ).utf8)
    let article = Support.read(bytes)
    #expect(article.url == "https://harbour.example/news/pier-to-close")
    #expect(article.lang == "en-GB")
    #expect(article.date == "2024-03-05T14:30:00Z")
    #expect(article.authors == ["Ana Ruiz"])
    #expect(article.byline == "Ana Ruiz")
  }

  @Test func placeholderDateGivesWayToTheNextField() {
    let head = """
      <meta property="article:published_time" content="0001-01-01T00:00:00Z">
      <meta name="pubdate" content="March 5, 2024">
      <meta property="og:locale" content="en_US">
      """
    let article = Support.read(
      Support.page(body: "<article>\(Support.storyParagraphs)</article>", head: head))
    #expect(article.date == "2024-03-05")
    #expect(article.lang == "en-US")
    #expect(article.url == nil)
  }

  @Test func addressLanguageAndModifiedDateFromJSONLD() {
    let head = """
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to close",
      "dateModified":"2024-03-06T08:00:00+01:00","inLanguage":"de",
      "mainEntityOfPage":{"@id":"https://harbour.example/pier"},
      "author":{"@type":"Person","name":"By Ana Ruiz"}}</script>
      """
    let article = Support.read(
      Support.page(body: "<article>\(Support.storyParagraphs)</article>", head: head))
    #expect(article.date == "2024-03-06T08:00:00+01:00")
    #expect(article.lang == "de")
    #expect(article.url == "https://harbour.example/pier")
    #expect(article.authors == ["Ana Ruiz"])
  }

  @Test func bylineLineOnThePageGivesTheNamesWhenTheMetadataHasNone() {
    let page = Support.page(
      body: """
        <article><h1>Pier to close</h1><p class="byline">By Ana Ruiz and Tom Berg, Staff Writers</p>
        \(Support.storyParagraphs)</article>
        """)
    let article = Support.read(page)
    #expect(article.authors == ["Ana Ruiz", "Tom Berg"])
  }

  @Test func languageTagsAreCheckedAndNormalised() {
    #expect(HTMLMetadata.languageTag("EN") == "en")
    #expect(HTMLMetadata.languageTag("pt_br") == "pt-BR")
    #expect(HTMLMetadata.languageTag("zh-Hant") == "zh-Hant")
    #expect(HTMLMetadata.languageTag("english please") == nil)
    #expect(HTMLMetadata.languageTag("") == nil)
  }

  @Test func schemaTwoWritesThePageFields() throws {
    let head = """
      <link rel="canonical" href="https://harbour.example/pier">
      <meta name="author" content="Ana Ruiz and Tom Berg"><meta name="date" content="2024-03-05">
      <meta property="og:site_name" content="Harbour News">
      """
    let article = Support.read(
      Support.page(body: "<article>\(Support.storyParagraphs)</article>", head: head))
    let json = AnalysisJSON.encode(Analyzer().analyze(article))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schema"] as? Int == 2)
    #expect(object["byline"] as? [String] == ["Ana Ruiz", "Tom Berg"])
    #expect(object["date"] as? String == "2024-03-05")
    #expect(object["siteName"] as? String == "Harbour News")
    #expect(object["url"] as? String == "https://harbour.example/pier")
    #expect(object["lang"] is NSNull)
  }
}
