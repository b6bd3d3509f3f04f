import Foundation
import Testing

@testable import QuothAnalysis

/// The HTML shapes the parser reads as libxml2 2.9's HTML parser does (each expectation
/// checked against libxml2's own events for the same page).
@Suite struct HTMLParserTests {
  private func outline(_ bytes: [UInt8]) throws -> [String] {
    try #require(HTMLDocument(bytes: bytes)).outline(attributes: true)
  }

  private func outline(_ html: String) throws -> [String] { try outline(Array(html.utf8)) }

  @Test func unclosedParagraphsAndListItemsCloseAtTheNextOne() throws {
    #expect(
      try outline("<ul><li>Tea<li>Scones</ul><p>One<p>Two<div>Three</div>") == [
        "html", " body", "  ul", "   li", "    'Tea'", "   li", "    'Scones'", "  p", "   'One'",
        "  p", "   'Two'", "  div", "   'Three'",
      ])
  }

  @Test func strayEndTagsAreIgnoredOrCloseWhatTheyMay() throws {
    #expect(
      try outline("<p>Tea</p></p>Pier<div><b>Ferry</div>Dock</3>Quay") == [
        "html", " body", "  p", "   'Tea'", "  'Pier'", "  div", "   other", "    'Ferry'",
        "  'Dock3>Quay'",
      ])
    // `</span>` does not close the `<div>` it would have to cross.
    #expect(
      try outline("<span>a<div>b</span>c</div>") == [
        "html", " body", "  other", "   'a'", "   div", "    'bc'",
      ])
  }

  @Test func characterReferences() throws {
    #expect(
      try outline("<p>&amp; &amp &lt;x &#65; &#x42 &#0;&#; &AMP; &foo; &eacute;&hellip;") == [
        "html", " body", "  p", "   '& &amp <x A B  &AMP; &foo; é…'",
      ])
  }

  @Test func commentsProcessingInstructionsAndCDATA() throws {
    #expect(
      try outline("<p>a<!-- one -- two --!>b<!---->c<?pi x?>d<![CDATA[e]]>f<!--open") == [
        "html", " body", "  p", "   'abcd<![CDATA[e]]>f'",
      ])
  }

  @Test func linkedDataRunsToItsOwnEndTag() throws {
    let page = #"<script type="application/ld+json">{"a": "</b> <p> x"}</script><p>Tea"#
    #expect(
      try outline(page) == [
        "html", " head", "  script type=application/ld+json", #"   '{"a": "</b> <p> x"}'"#,
        " body", "  p", "   'Tea'",
      ])
  }

  @Test func attributesUnquotedSingleQuotedRepeatedAndUpperCase() throws {
    #expect(
      try outline(#"<DIV CLASS=lede id='top' class="two" hidden role = main>Tea</DIV>"#) == [
        "html", " body", "  div class=lede id=top hidden= role=main", "   'Tea'",
      ])
    // An unquoted value runs to a space or `>`: the slash is part of it.
    #expect(
      try outline("<a href=/tea/>Tea</a>") == [
        "html", " body", "  a href=/tea/", "   'Tea'",
      ])
  }

  @Test func onlyTheAttributesTheExtractorReadsAreKept() throws {
    // `data-*`, `onclick` and `charset` are stepped over, values with references included;
    // the read ones keep their first value in any case, a repeat after an unread one too.
    let page =
      #"<P data-x="a&amp;b" ONCLICK='go("&lt;")' Class=lede data-y=1 CLASS=two"#
      + #" aria-hidden=false Aria-Hidden=true itemProp=body>Tea"#
    #expect(
      try outline(page) == [
        "html", " body", "  p class=lede aria-hidden=false itemprop=body", "   'Tea'",
      ])
    #expect(HTMLDocument.readAttributes.count <= 32)
  }

  @Test func headElementsTextAndMisplacedStructure() throws {
    #expect(
      try outline("Tea<html lang=en><body>Pier</body></html>Dock") == [
        "html", " body", "  p", "   'Tea'", "  'PierDock'",
      ])
    #expect(
      try outline("<title>Pier</title><meta name=x><b>Tea</b>") == [
        "html", " head", "  title", "   'Pier'", "  meta name=x", " body", "  other",
        "   'Tea'",
      ])
  }

  @Test func controlCharactersDroppedAndANulReadAsASpace() throws {
    #expect(
      try outline(Array("<p>a".utf8) + [0, 0x0C, 0x01] + Array("b".utf8)) == [
        "html", " body", "  p", "   'a b'",
      ])
  }

  @Test func byteOrderMarksAndDeclaredEncodings() throws {
    let expected = ["html", " body", "  p", "   'café'"]
    #expect(try outline([0xEF, 0xBB, 0xBF] + Array("<p>café".utf8)) == expected)
    let units: [UInt8] = "<p>café".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let utf16: [UInt8] = [0xFF, 0xFE] + units
    #expect(try outline(utf16) == expected)
    let latin = Array(#"<meta charset="iso-8859-1"><p>caf"#.utf8) + [0xE9]
    #expect(
      try outline(latin) == [
        "html", " head", "  meta", " body", "  p", "   'café'",
      ])
  }

  @Test func rawTextKeepsReferencesAndOtherEndTags() throws {
    // Linked data runs to its own end tag in any case; nothing inside is decoded or closes.
    let page = #"<script type="application/ld+json">{"a": "x&amp;y</p><i>"}</SCRIPT x><p>Tea &lt;"#
    #expect(
      try outline(page) == [
        "html", " head", "  script type=application/ld+json", #"   '{"a": "x&amp;y</p><i>"}'"#,
        " body", "  p", "   'Tea <'",
      ])
  }

  @Test func longAndUnknownElementNamesInAnyCase() throws {
    // Names over eight bytes and names no rule knows are numbered like the others.
    #expect(
      try outline("<BLOCKQUOTE><p>Tea<FigCaption>Pier</figcaption></BlockQuote><harbour-map>Dock")
        == [
          "html", " body", "  blockquote", "   p", "    'Tea'", "    figcaption", "     'Pier'",
          "  other", "   'Dock'",
        ])
  }

  @Test func encodingsBigEndianGuessedAndDeclaredEveryWay() throws {
    let expected = ["html", " body", "  p", "   'café'"]
    let units: [UInt8] = "<p>café".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try outline([0xFE, 0xFF] + units) == expected)
    // Undeclared bytes that are not UTF-8: read as Windows-1252.
    #expect(try outline(Array("<p>caf".utf8) + [0xE9]) == expected)
    // Declared in an XML declaration, and in an http-equiv `content`.
    let xml = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><p>caf"#.utf8) + [0xE9]
    #expect(try outline(xml) == expected)
    let equiv =
      Array(
        #"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf"#.utf8)
      + [0xE9]
    #expect(
      try outline(equiv) == [
        "html", " head", "  meta content=text/html; charset=windows-1252", " body", "  p",
        "   'café'",
      ])
  }
}
