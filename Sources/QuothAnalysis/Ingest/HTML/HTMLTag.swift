/// The HTML elements the extractor tells apart; every other tag is `.other` (inline).
enum HTMLTag: UInt8 {
  case html, head, body, title, meta, script, style
  case p, div, section, article, main, header, footer, nav, aside, form
  case h1, h2, h3, h4, h5, h6
  case ul, ol, li, dl, dt, dd, blockquote, pre, table, tr, td, th, caption
  case figure, figcaption, br, hr, a, center, address, details, summary
  /// `<time>`: inline, read for its `datetime`.
  case time
  /// `<link>`: never text, read for the canonical address.
  case link
  /// `<base>`: never text, read for the address relative links start from.
  case base
  /// Never article text: scripts, media, widgets and form controls.
  case dropped
  case other

  init(name: String) {
    self = Self.byName[name] ?? .other
  }

  private static let byName: [String: HTMLTag] = {
    var table: [String: HTMLTag] = [:]
    let named: [HTMLTag] = [
      .html, .head, .body, .title, .meta, .script, .style, .p, .div, .section, .article, .main,
      .header, .footer, .nav, .aside, .form, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl,
      .dt, .dd, .blockquote, .pre, .table, .tr, .td, .th, .caption, .figure, .figcaption, .br,
      .hr, .a, .center, .address, .details, .summary, .time, .link, .base,
    ]
    for tag in named { table["\(tag)"] = tag }
    for name in [
      "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
      "audio", "picture", "map", "select", "option", "button", "input", "textarea", "label",
      "fieldset", "dialog", "menu", "applet", "frame", "frameset", "source", "track",
      "progress", "meter", "output", "datalist",
    ] {
      table[name] = .dropped
    }
    table["tbody"] = .other
    table["article"] = .article
    return table
  }()

  /// Starts a new block of text (a paragraph boundary) rather than flowing inline.
  var isBlock: Bool {
    switch self {
    case .other, .a, .time, .link, .base, .dropped, .title, .meta, .script, .style: false
    default: true
    }
  }

  var isHeading: Bool {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: true
    default: false
    }
  }

  /// Readability's starting score for a container of this kind.
  var containerBaseScore: Double {
    switch self {
    case .div, .article, .main, .section: 5
    case .pre, .td, .blockquote: 3
    case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
    case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
    default: 0
    }
  }
}
