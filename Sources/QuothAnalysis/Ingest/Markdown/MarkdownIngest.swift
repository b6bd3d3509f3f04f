import Foundation
import Ink

/// Reads Markdown into an `Article`. Ink renders it to HTML, and the HTML reader
/// keeps its structure (headings, paragraphs, block quotes, list items) with the
/// markup gone: the analysed text is the prose alone, one paragraph per line.
public enum MarkdownIngest {
  public static func article(from markdown: String, source: String) -> Article {
    let frontMatter = FrontMatter(markdown)
    // Ink reads front matter itself when the text starts with `-`, and crashes on some:
    // an element ahead of the text (a line break, which shows nothing) keeps it away.
    let parsed = MarkdownParser().parse(inkGuard + defused(atxHeadings(String(frontMatter.body))))
    var (blocks, links) = HTMLIngest.allBlocks(
      of: Array(parsed.html.utf8), address: source.hasPrefix("http") ? source : nil)
    for index in blocks.indices { blocks[index].text = restored(blocks[index].text) }
    let field = { (name: String) in frontMatter.values[name] }
    // The headline is a level-one heading at the very top, or the front matter's title.
    var title = field("title")
    if title == nil, let first = blocks.first, first.kind == .heading, first.headingLevel == 1 {
      title = first.text
    }
    let metadata = HTMLMetadata(
      title: title, byline: field("author"), date: field("date"), siteName: field("site"))
    var builder = HTMLArticleBuilder(source: source, format: .markdown, metadata: metadata)
    builder.marksFurniture = false
    var article = builder.article(from: blocks)
    for index in links.indices { links[index].text = restored(links[index].text) }
    article.links = links
    return article
  }

  /// Put before the Markdown handed to Ink: with an element parsed first, Ink never
  /// tries to read front matter.
  static let inkGuard = "<br/>\n"

  /// Stand-ins for brackets Ink would backtrack on (Unicode noncharacters, which text
  /// does not use), put back once Ink is done: one scalar for one, so nothing moves.
  static let bracketStandIn = Unicode.Scalar(UInt32(0xFDD0))!
  static let angleStandIn = Unicode.Scalar(UInt32(0xFDD1))!

  /// Ink tries every `[` as a link and every `<` as HTML, backtracking when that fails:
  /// a run of `[` never closed or nested in one another takes exponential time, `<` with
  /// no `>` after it quadratic, and so does a link whose `(` never closes on its line
  /// (`[a](` over and over: each try reads to the end of the line). Those are swapped for
  /// stand-ins Ink reads as text; the outermost of nested brackets, links that close and
  /// every `<` that can close stay, so links and inline HTML still work.
  static func defused(_ markdown: String) -> String {
    var scalars = Array(markdown.unicodeScalars)
    let closed = closedParentheses(scalars)
    var open: [Int] = []
    var lastClosingAngle = -1
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "[": open.append(index)
      case "]":
        guard let inner = open.popLast() else { break }
        let opensURL = index + 1 < scalars.count && scalars[index + 1] == "("
        if !open.isEmpty || (opensURL && !closed[index + 1]) { scalars[inner] = bracketStandIn }
      case ">": lastClosingAngle = index
      default: break
      }
    }
    for index in open { scalars[index] = bracketStandIn }
    var index = lastClosingAngle + 1
    while index < scalars.count {
      if scalars[index] == "<" { scalars[index] = angleStandIn }
      index += 1
    }
    // Ink reads nested lists by recursion, a level per two spaces of indent: a deeper
    // indent than `maxIndent` is cut to it (the stack would run out on thousands).
    var view = String.UnicodeScalarView()
    var indent = 0
    var atLineStart = true
    for scalar in scalars {
      if atLineStart && (scalar == " " || scalar == "\t") {
        indent += 1
        if indent > maxIndent { continue }
      } else {
        atLineStart = scalar == "\n"
        indent = 0
      }
      view.append(scalar)
    }
    return String(view)
  }

  /// Whether each `(` is closed by a matching `)` on its own line (as Ink reads a link's
  /// URL), in one pass over the text.
  static func closedParentheses(_ scalars: [Unicode.Scalar]) -> [Bool] {
    var closed = [Bool](repeating: false, count: scalars.count)
    var open: [Int] = []
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "(": open.append(index)
      case ")": if let start = open.popLast() { closed[start] = true }
      case "\n", "\r": open.removeAll(keepingCapacity: true)
      default: break
      }
    }
    return closed
  }

  /// The deepest indent, in spaces or tabs, handed to Ink.
  static let maxIndent = 64

  /// `text` with the stand-ins turned back into `[` and `<`.
  static func restored(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == bracketStandIn || $0 == angleStandIn })
    else { return text }
    var view = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      view.append(scalar == bracketStandIn ? "[" : scalar == angleStandIn ? "<" : scalar)
    }
    return String(view)
  }

  /// Ink reads only `#` headings: rewrites underlined (setext) headings, a line of
  /// text over a line of `=` or `-`, as `#` and `##` headings. Code fences are left alone.
  static func atxHeadings(_ markdown: String) -> String {
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var inFence = false
    var index = 1
    while index < lines.count {
      let previous = lines[index - 1].trimmingCharacters(in: .whitespaces)
      if previous.hasPrefix("```") || previous.hasPrefix("~~~") { inFence.toggle() }
      let line = lines[index].trimmingCharacters(in: .whitespaces)
      let isUnderline =
        line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
      let previousIsText =
        !previous.isEmpty && !previous.hasPrefix("#") && !previous.hasPrefix(">")
        && !previous.hasPrefix("- ") && !previous.hasPrefix("* ") && !previous.hasPrefix("```")
      let startsParagraph =
        index < 2 || lines[index - 2].trimmingCharacters(in: .whitespaces).isEmpty
      if !inFence && isUnderline && previousIsText && startsParagraph {
        lines[index - 1] = (line.first == "=" ? "# " : "## ") + previous
        lines.remove(at: index)
      }
      index += 1
    }
    return lines.joined(separator: "\n")
  }
}
