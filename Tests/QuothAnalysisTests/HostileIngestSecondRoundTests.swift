import Foundation
import Testing

@testable import QuothAnalysis

/// The second round of hostile inputs (issue 19): each of these crashed, hung, lost text
/// silently or went quadratic before its guard.
@Suite struct HostileIngestSecondRoundTests {
  func load(_ bytes: [UInt8], _ format: SourceFormat) throws -> ArticleLoader.Loaded {
    try ArticleLoader.article(fromBytes: bytes, source: "hostile", format: format)
  }

  // MARK: Printing

  @Test func printedLinesKeepTheirBreaksAndLoseEverythingElse() {
    let message = "a.toml:1: \u{1B}]2;x\u{07}\nline two\u{202E}\u{0600}\u{180E}\u{061C}."
    #expect(TerminalText.sanitizedLines(message) == "a.toml:1: ^[]2;x^G\nline two\u{FFFD}.")
  }

  @Test(arguments: [0x0600, 0x0605, 0x06DD, 0x070F, 0x180E, 0x061C, 0x200E, 0x110BD, 0x1D173])
  func formatCharactersAreNotShown(value: UInt32) {
    #expect(TerminalText.form(of: Unicode.Scalar(value)!) == .hidden)
  }

  // MARK: Markdown front matter (Ink read past the end of unclosed front matter)

  @Test(arguments: [
    "---\n# H\n", "---\n", "---\n\n\n", "---\na: b\n  \n", "  \n---\n# H\n\n",
    "---\na: b\n---\n---\n# H\n",
  ])
  func unclosedOrRepeatedFrontMatterIsRead(markdown: String) throws {
    let loaded = try load(Array(markdown.utf8), .markdown)
    if markdown.contains("# H") { #expect(loaded.article.text.contains("H")) }
  }

  @Test func frontMatterIsSplitFromTheBody() {
    let matter = FrontMatter("---\ntitle: Pier closes\nauthor: Ana\n  Ruiz\n---\n# Pier\n\nText.\n")
    #expect(matter.values == ["title": "Pier closes", "author": "Ana Ruiz"])
    #expect(matter.body == "# Pier\n\nText.\n")
    let unclosed = FrontMatter("---\ntitle: Pier\n\nText.\n")
    #expect(unclosed.values.isEmpty)
    #expect(unclosed.body == "---\ntitle: Pier\n\nText.\n")
  }

  @Test func theInkGuardShowsNothing() throws {
    let article = try load(Array("Just one line of text.\n".utf8), .markdown).article
    #expect(article.text == "Just one line of text.")
  }

  // MARK: Markdown links whose `(` never closes (quadratic in Ink)

  @Test func linksWhoseParenthesisNeverClosesAreText() {
    let standIn = MarkdownIngest.bracketStandIn
    #expect(MarkdownIngest.defused("[a](b").unicodeScalars.first == standIn)
    #expect(MarkdownIngest.defused("![a](b c").unicodeScalars.dropFirst().first == standIn)
    // Closed on a later line is not closed for Ink.
    #expect(MarkdownIngest.defused("[a](b\n)").unicodeScalars.first == standIn)
    #expect(MarkdownIngest.defused("[a](b (c) d)") == "[a](b (c) d)")
    #expect(MarkdownIngest.defused("[a] (b") == "[a] (b")
  }

  @Test func manyUnclosedLinksReadAsText() throws {
    let run = String(repeating: "[a](", count: 2_000)
    let text = try load(Array("# T\n\n\(run) end\n".utf8), .markdown).article.text
    #expect(text.contains(run + " end"))
    let images = String(repeating: "![a](", count: 2_000)
    let imageText = try load(Array("# T\n\n\(images)\n".utf8), .markdown).article.text
    #expect(imageText.contains(images))
  }

  // MARK: JSON-LD lists

  func page(jsonLD: String) -> [UInt8] {
    Array(
      """
      <html><head><script type="application/ld+json">\(jsonLD)</script></head>
      <body><article><h1>Ferry</h1><p>The night ferry will keep running, the council said.</p>
      </article></body></html>
      """.utf8)
  }

  @Test func longAuthorListsAreCutAndSaySo() throws {
    // 150 different names, each twice.
    let given = ["Ana", "Leo", "Mia", "Tom", "Eva", "Sam", "Ida", "Max", "Zoe", "Ben"]
    let family = [
      "Ruiz", "Park", "Lund", "Berg", "Cole", "Dunn", "Frey", "Hale", "Kerr", "Moss", "Nash", "Orr",
      "Pike", "Reid", "Shaw",
    ]
    let names = given.flatMap { first in family.map { first + " " + $0 } }
    let authors = (0..<300).map { #"{"@type": "Person", "name": "\#(names[$0 % 150])"}"# }
    let json = #"{"@type": "NewsArticle", "author": [\#(authors.joined(separator: ","))]}"#
    let loaded = try load(page(jsonLD: json), .html)
    let byline = try #require(loaded.article.byline)
    #expect(byline.hasPrefix("Ana Ruiz, Ana Park, "))
    #expect(byline.hasSuffix(" and Ida Moss"))
    #expect(loaded.article.authors.count == 100)
    #expect(loaded.warnings.contains { $0.contains("more than 100 names in a JSON-LD list") })
  }

  @Test func hugeJSONLDScriptsAreNotReadAndSaySo() throws {
    let filler = String(repeating: "x", count: HTMLMetadata.maxLinkedDataBytes)
    let json = #"{"@type": "NewsArticle", "author": "Ana Ruiz", "about": "\#(filler)"}"#
    let loaded = try load(page(jsonLD: json), .html)
    #expect(loaded.article.byline == nil)
    #expect(loaded.warnings.contains { $0.contains("JSON-LD script is larger than 1 MB") })
    #expect(loaded.article.text.contains("The night ferry will keep running"))
  }

  @Test func aTextNodeOverTheParsersLimitSaysTheRestIsMissing() throws {
    // A script's contents are skipped before libxml2 reads the page: the text is a paragraph's.
    let text = String(repeating: "Rain again ", count: 1_000_000)
    let html = "<html><body><p>\(text)</p><p>After.</p></body></html>"
    let loaded = try load(Array(html.utf8), .html)
    #expect(loaded.warnings.contains { $0.contains("text node longer than libxml2's 10 MB limit") })
  }

  // MARK: Decoding: undefined bytes become U+FFFD, the text after them stays

  @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
  func undefinedWindows1252BytesAreReplacedNotTheEndOfThePage(byte: UInt8) throws {
    let html =
      Array("<html><body><article><h1>Caf".utf8) + [0xE9] + Array(" news</h1><p>Before ".utf8)
      + [byte]
      + Array(" and the hidden part after it, which must be read.</p></article></body></html>".utf8)
    let loaded = try load(html, .html)
    #expect(loaded.article.text.contains("Café news"))
    #expect(loaded.article.text.contains("Before \u{FFFD} and the hidden part after it"))
    #expect(
      loaded.warnings.contains("hostile: 1 invalid WINDOWS-1252 sequence(s) replaced with U+FFFD"))
  }

  @Test func declaredLatin1PagesAreDecodedTheSameWay() throws {
    let html =
      Array(#"<html><head><meta charset="iso-8859-1"></head><body><p>Na"#.utf8) + [
        0xEF, 0x76, 0x65,
      ]
      + Array(" ".utf8) + [0x90] + Array(" still here after the byte.</p></body></html>".utf8)
    let loaded = try load(html, .html)
    #expect(loaded.article.text.contains("Naïve \u{FFFD} still here after the byte."))
    #expect(loaded.warnings.contains { $0.contains("1 invalid WINDOWS-1252 sequence(s)") })
  }

  @Test func brokenUTF16IsReplacedAndReported() throws {
    // UTF-16LE with a lone high surrogate and an odd byte at the end.
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in Array("Ab".utf16) + [0xD800] + Array(" rest".utf16) {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    bytes.append(0x41)
    let loaded = try load(bytes, .text)
    #expect(loaded.article.text.contains("Ab\u{FFFD} rest"))
    #expect(loaded.warnings.contains { $0.contains("invalid UTF-16LE sequence(s) replaced") })
  }

  @Test func iconvDecodingCountsEveryUndefinedByte() throws {
    let result = try #require(
      TextDecoding.utf8Bytes([0x41, 0x81, 0x42, 0x9D, 0x80], from: "WINDOWS-1252"))
    #expect(String(decoding: result.bytes, as: UTF8.self) == "A\u{FFFD}B\u{FFFD}€")
    #expect(result.replacedSequences == 2)
    #expect(TextDecoding.utf8Bytes([0x41], from: "NO-SUCH-ENCODING") == nil)
  }
}
