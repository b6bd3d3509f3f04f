/// How the HTML parser nests elements, the rules of libxml2 2.9's HTML parser (which the
/// extractor was built and tuned on): which start tags close which open elements, which
/// elements are empty, and how far a misplaced end tag may close.
enum HTMLElementRules {
  /// Elements that never hold anything: closed as soon as they open.
  static let empty: Set<String> = [
    "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link",
    "meta", "param",
  ]

  /// For each open element, the start tags that close it first (`<p>` closes an open `<p>`).
  static let closedBy: [String: [String]] = {
    let headings = ["fieldset", "form", "li", "p", "table"]
    let lists = ["dd", "dl", "dt", "fieldset", "form", "li", "table", "ul"]
    return [
      "a": ["a", "fieldset", "table", "td", "th"],
      "address": ["dd", "dl", "dt", "form", "li", "ul"],
      "b": ["center", "p", "td", "th"],
      "big": ["p"],
      "caption": ["col", "colgroup", "tbody", "tfoot", "thead", "tr"],
      "colgroup": ["colgroup", "tbody", "tfoot", "thead", "tr"],
      "dd": ["dt"],
      "dir": ["dd", "dl", "dt", "form", "ul"],
      "dl": ["form", "li"],
      "dt": ["dd", "dl"],
      "font": ["center", "td", "th"],
      "form": ["form"],
      "h1": headings, "h2": headings, "h3": headings, "h4": headings, "h5": headings,
      "h6": headings,
      "head": [
        "a", "abbr", "acronym", "address", "b", "bdo", "big", "blockquote", "body", "br",
        "center", "cite", "code", "dd", "dfn", "dir", "div", "dl", "dt", "em", "fieldset",
        "font", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe",
        "img", "kbd", "li", "listing", "map", "menu", "ol", "p", "pre", "q", "s", "samp",
        "small", "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var",
        "xmp",
      ],
      "i": ["center", "p", "td", "th"],
      "legend": ["fieldset"],
      "li": ["li"],
      "menu": ["dd", "dl", "dt", "form", "ul"],
      "ol": ["form", "ul"],
      "option": ["optgroup", "option"],
      "p": [
        "address", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "dir",
        "div", "dl", "dt", "fieldset", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "li", "listing", "menu", "ol", "p", "pre", "table", "tbody", "td", "tfoot",
        "th", "title", "tr", "ul", "xmp",
      ],
      "pre": lists, "xmp": lists, "listing": lists,
      "s": ["p"], "small": ["p"], "strike": ["p"], "tt": ["p"],
      "script": ["noscript"],
      "span": ["td", "th"],
      "style": ["body", "frameset"],
      "title": ["body", "frameset"],
      "tbody": ["tbody", "tfoot"],
      "td": ["tbody", "td", "tfoot", "th", "tr"],
      "th": ["tbody", "td", "tfoot", "th", "tr"],
      "tfoot": ["tbody"],
      "thead": ["tbody", "tfoot"],
      "tr": ["tbody", "tfoot", "tr"],
      "u": ["p", "td", "th"],
      "ul": ["address", "form", "menu", "ol", "pre"],
    ]
  }()

  /// How far an end tag reaches: it closes the elements opened inside its element only
  /// when none of them ranks higher (`</span>` does not close an open `<div>`).
  static let endPriority: [String: Int] = [
    "div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180, "tfoot": 180,
    "table": 190, "head": 200, "body": 200, "html": 220,
  ]
  static let defaultEndPriority = 100
}
