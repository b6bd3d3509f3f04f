/// Tells plain text, Markdown and HTML apart, by file name ending and by content.
public enum FormatDetection {
  /// The file name endings quoth reads (lower-cased, without the dot) and the format
  /// each announces: what a file named on the command line opens as, and which files
  /// a folder's articles are.
  public static let extensions: [String: SourceFormat] = [
    "html": .html, "htm": .html, "xhtml": .html, "shtml": .html,
    "md": .markdown, "markdown": .markdown, "mdown": .markdown, "mkd": .markdown,
    "txt": .text, "text": .text,
  ]

  /// The format a file name ending announces, or nil when it says nothing
  /// (no ending, `-`, or an ending quoth does not know).
  public static func format(forPath path: String) -> SourceFormat? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    return extensions[path[path.index(after: dot)...].lowercased()]
  }

  /// The format of the content: HTML when it opens with a doctype, `<html>`,
  /// `<head>` or `<body>`, or is mostly tags; Markdown when it has Markdown's
  /// headings, lists, quotes, links or emphasis; plain text otherwise.
  public static func format(ofContent bytes: [UInt8]) -> SourceFormat {
    let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
    if looksLikeHTML(head) { return .html }
    if looksLikeMarkdown(head) { return .markdown }
    return .text
  }

  /// Both: a file name ending that announces a format wins; else the content decides.
  public static func format(forPath path: String, content bytes: [UInt8]) -> SourceFormat {
    format(forPath: path) ?? format(ofContent: bytes)
  }

  static func looksLikeHTML(_ head: String) -> Bool {
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(200).lowercased()
    for opening in ["<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"]
    where start.hasPrefix(opening) {
      return opening == "<?xml" || opening == "<!--"
        ? start.contains("<html") || head.lowercased().contains("<html") : true
    }
    // A fragment: opens with a tag and has several block tags.
    guard start.hasPrefix("<") else { return false }
    let lower = head.lowercased()
    let blockTags = [
      "<p>", "<p ", "<div", "<h1", "<h2", "<article", "<section", "<br", "<ul", "<table",
    ]
    return blockTags.filter { lower.contains($0) }.count >= 2
  }

  /// Markdown's own marks, weighed: a `#` heading, an underlined heading, a code
  /// fence or a link says Markdown by itself; list items, quotes and emphasis,
  /// which plain text also has now and then, only together.
  static func looksLikeMarkdown(_ head: String) -> Bool {
    var signs = 0
    var previous: Substring = ""
    for line in head.split(separator: "\n", omittingEmptySubsequences: false).prefix(120) {
      let trimmed = line.drop { $0 == " " }
      defer { previous = trimmed }
      if trimmed.hasPrefix("# ") || trimmed.hasPrefix("## ") || trimmed.hasPrefix("### ")
        || trimmed.hasPrefix("```")
      {
        signs += 4
      } else if trimmed.count >= 3 && trimmed.allSatisfy({ $0 == "=" || $0 == "-" })
        && !previous.isEmpty
      {
        // An underlined heading; a rule between blank lines is plain text's too.
        signs += 4
      } else if trimmed.hasPrefix("> ") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
        signs += 1
      }
      if line.contains("](") { signs += 4 }
      if line.contains("**") || line.contains("__") { signs += 1 }
    }
    return signs >= 4
  }

}
