import Testing

@testable import QuothAnalysis

/// The contents of scripts, styles and drawings are taken out before parsing, and
/// nothing else is.
@Suite struct RawTextSkipperTests {
  func slimmed(_ html: String) -> String {
    String(decoding: RawTextSkipper.slimmed(Array(html.utf8)), as: UTF8.self)
  }

  @Test func scriptStyleAndDrawingContentsGoTheElementsStay() {
    let page = """
      <head><script>var a = "<p>not text</p>";</script><STYLE type="text/css">p { color: red }</STYLE>
      </head><body><p>Kept <svg viewBox="0 0 9 9"><svg><path d="M0 0"/></svg><title>Icon</title></svg> text.</p>
      <script async src="x.js"></SCRIPT ><p>After.</p></body>
      """
    #expect(
      slimmed(page) == """
        <head><script></script><STYLE type="text/css"></STYLE>
        </head><body><p>Kept <svg ></svg> text.</p>
        <script async ></SCRIPT ><p>After.</p></body>
        """)
  }

  @Test func linkedDataScriptsAreKept() {
    let page = #"<script type="application/LD+JSON">{"headline": "Pier to close"}</script>"#
    #expect(slimmed(page) == page)
  }

  @Test func markupInsideCommentsAndAttributeValuesIsNotAnElement() {
    // A `<script` there opens nothing: the paragraphs after it stay.
    let page = """
      <!-- <script> old tracker --><p class="<script>">One.</p><p id='<style>'>Two.</p>
      """
    #expect(slimmed(page) == page)
  }

  @Test func attributesNobodyReadsAreTakenOut() {
    // Names, links, classes and the like stay; pictures keep no attribute at all.
    let paragraph = #"<p class="lede" data-track='{"a": 1}' ID="first" onclick="go()">One.</p>"#
    #expect(slimmed(paragraph) == #"<p class="lede"  ID="first" >One.</p>"#)
    let link = #"<a href="/pier" title="The pier">Two</a><img class="wide" src="pier.jpg">"#
    #expect(slimmed(link) == #"<a href="/pier" >Two</a><img  >"#)
  }

  @Test func onlyWhatLibxml2ReadsAsAnAttributeIsTakenOut() {
    // An unquoted value that looks like an attribute, a name glued to the value before
    // it and a name libxml2 would not read are left as they are.
    let page = """
      <p class= data-a="1">One.</p><p id="x"data-b="2">Two.</p><p @click="go()">Three.</p>
      """
    #expect(slimmed(page) == page)
  }

  @Test func aScriptThatClosesItselfHoldsNothing() {
    let page = "<script src=\"a.js\"/><p>Story text.</p><script>x()</script>"
    #expect(slimmed(page) == "<script /><p>Story text.</p><script></script>")
  }

  @Test func whatCannotBeFollowedIsKeptAsItIs() {
    let unclosed = "<style>p{}</style><p>One.</p><script>var a = 1; <p>Two.</p>"
    #expect(slimmed(unclosed) == "<style></style><p>One.</p><script>var a = 1; <p>Two.</p>")
    let openQuote = "<p class=\"story>One.</p><script>x()</script>"
    #expect(slimmed(openQuote) == openQuote)
  }

  @Test func aPageReadsTheSameWithItsScriptsSkipped() {
    let page = """
      <html><head><title>Pier to close</title><script>window.data = {"a": "</div>"};</script>
      </head><body><article><h1>Pier to close</h1><p>\(HTMLTestSupport.story[0])</p>
      <p>\(HTMLTestSupport.story[1])</p></article></body></html>
      """
    let article = HTMLTestSupport.read(Array(page.utf8))
    #expect(HTMLTestSupport.texts(article, [.body]) == Array(HTMLTestSupport.story.prefix(2)))
  }

  @Test func aPageWithNothingToSkipIsHandedBackNotCopied() {
    let page = Array("<p>Tea &amp; toast at the pier.</p>".utf8)
    let kept = RawTextSkipper.slimmed(page)
    #expect(kept == page)
    // The same storage: a page of many megabytes is not held twice while it is parsed.
    #expect(
      kept.withUnsafeBufferPointer(\.baseAddress) == page.withUnsafeBufferPointer(\.baseAddress))
  }
}
