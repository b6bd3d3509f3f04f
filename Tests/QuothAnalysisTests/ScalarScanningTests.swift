import Testing

@testable import QuothAnalysis

/// The byte-level readers ingest and the tokenizers rely on: they must see the same
/// scalars, lines and offsets as Swift's own string views.
@Suite struct ScalarScanningTests {
  /// Text mixing one-, two-, three- and four-byte scalars, tabs, no-break and ideographic
  /// spaces, carriage returns and blank lines.
  static let mixed =
    "  Café owners in Zürich\u{00A0}said “no.”\t\r\n\n\u{3000}全角 line 🙂 ends\u{2003}\n\nlast line, no break"

  @Test func scalarsAreDecodedAsTheStringViewDecodesThem() {
    for text in [Self.mixed, "", "plain ASCII", "🙂🙂", "e\u{301}t\u{E9}"] {
      #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
      let inner = text.dropFirst(text.isEmpty ? 0 : 1)
      #expect(ScalarText.scalars(of: inner) == Array(inner.unicodeScalars))
    }
  }

  @Test func stringsAreWrittenBackScalarForScalar() {
    let scalars = ArraySlice(Array(Self.mixed.unicodeScalars))
    #expect(ScalarText.string(scalars) == Self.mixed)
    #expect(ScalarText.string(scalars[2..<6]) == "Café")
    #expect(ScalarText.string(scalars[0..<0]) == "")
  }

  @Test func linesAreTrimmedWithScalarAndByteOffsets() {
    var text = Self.mixed
    let lines = text.withUTF8 { bytes in
      var scanner = TrimmedLines(bytes)
      var lines: [TrimmedLines.Line] = []
      while let line = scanner.next() { lines.append(line) }
      return lines
    }
    // Split at line feeds by scalar: as characters, "\r\n" is one and would not split.
    let expected = Self.mixed.unicodeScalars.split(
      separator: "\n", omittingEmptySubsequences: false
    ).map { line in
      String(
        String.UnicodeScalarView(
          line.drop(while: \.properties.isWhitespace).reversed()
            .drop(while: \.properties.isWhitespace).reversed()))
    }
    #expect(lines.count == expected.count)
    let scalars = Array(Self.mixed.unicodeScalars)
    let utf8 = Array(Self.mixed.utf8)
    for (line, want) in zip(lines, expected) {
      let byScalars = String(String.UnicodeScalarView(scalars[line.start.offset..<line.end.offset]))
      let byBytes = String(decoding: utf8[line.start.byte..<line.end.byte], as: UTF8.self)
      #expect(byScalars == want)
      #expect(byBytes == want)
      #expect(line.isBlank == want.isEmpty)
    }
  }

  @Test func aFinalLineBreakStartsNoLine() {
    var text = "one\ntwo\n"
    let count = text.withUTF8 { bytes in
      var scanner = TrimmedLines(bytes)
      var count = 0
      while scanner.next() != nil { count += 1 }
      return count
    }
    #expect(count == 2)
  }

  /// The character tests answer some scalars beyond ASCII from a list (White_Space, the
  /// General Punctuation block) without Unicode's tables: they must agree with them on
  /// every scalar.
  @Test func characterTestsAgreeWithUnicodeOnEveryScalar() {
    var disagreements: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let properties = scalar.properties
      if ScalarText.isWhitespace(scalar) != properties.isWhitespace {
        disagreements.append("whitespace \(value)")
      }
      if ScalarText.isLetterOrDigit(scalar)
        != (properties.isAlphabetic || properties.numericType != nil)
      {
        disagreements.append("letter or digit \(value)")
      }
      if ScalarText.isUppercase(scalar) != properties.isUppercase {
        disagreements.append("upper case \(value)")
      }
      if ScalarText.isLowercase(scalar) != properties.isLowercase {
        disagreements.append("lower case \(value)")
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
  }

  @Test func wordsAreSplitAtSpacesAsSplitSplitsThem() {
    for text in [
      "Ines Okafor", "  Sen.  Ruth   Adler ", "José María Núñez", "", " ", "single",
      "e\u{301}tienne d\u{2019}Arcy", "tab\tstays inside", "全角 名前 🙂",
    ] {
      #expect(ScalarText.spaceSeparated(text) == text.split(separator: " "), "\(text)")
    }
  }

  /// Lower-casing beyond ASCII skips Unicode's tables for ASCII and General Punctuation:
  /// it must give what `String.lowercased()` gives, scalar for scalar, on every scalar
  /// and in context (a final sigma, a dotted capital I, a curly apostrophe).
  @Test func lowerCasingAgreesWithTheStandardLibraryOnEveryScalar() {
    var disagreements: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let fast = ScalarText.lowercasedBeyondASCII(CollectionOfOne(scalar))
      if !fast.unicodeScalars.elementsEqual(String(scalar).lowercased().unicodeScalars) {
        disagreements.append(value)
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    for text in ["ΟΔΟΣ ΣΤΟ ΛΙΜΑΝΙ", "İzmir Ferry", "DŽemal’s “Harbour” — ẞ", "Ångström 12 Ω"] {
      let fast = ScalarText.lowercasedBeyondASCII(text.unicodeScalars)
      #expect(fast.unicodeScalars.elementsEqual(text.lowercased().unicodeScalars), "\(text)")
    }
  }

  /// The word lists' set answers as a `Set<String>` of the same words does: ASCII words
  /// byte for byte, words beyond ASCII by Unicode's equivalence.
  @Test func wordSetsAnswerAsSetsOfStringsDo() {
    let words = [
      "harbour", "ferry", "pier", "said", "e-mail", "o'neill", "council’s", "café", "",
      "a", "ab", "abc", "quay side",
    ]
    let set = StringSet(words)
    let reference = Set(words)
    let queries =
      words + words.map { $0.uppercased() } + words.map { $0 + "s" } + words.map { "x" + $0 }
      + ["cafe\u{301}", "council's", "harbou", "harbourr", "fer", "a ", " a", "b", "ba", "said\0"]
    for query in queries {
      #expect(set.contains(query) == reference.contains(query), "\(query)")
    }
    #expect(Set(set) == reference)
    // Looked up from a token's scalars, lower-cased as `TextDocument.lower` lowers them.
    for query in queries + [
      "HARBOUR", "Council\u{2019}s", "CAFÉ", String(repeating: "a", count: 40),
    ] {
      let scalars = ArraySlice(Array(query.unicodeScalars))
      #expect(
        set.contains(lowercasing: scalars)
          == reference.contains(ScalarText.lowercased(scalars)), "\(query)")
    }
  }

  @Test func addressesAreFoundAfterLongRunsWithoutOne() {
    let text =
      String(repeating: "harbour haze ", count: 50)
      + "see https://example.org/a). Then HTTP://EXAMPLE.ORG"
    let links = ArticleLink.bareAddresses(in: text)
    #expect(links.map(\.url) == ["https://example.org/a", "HTTP://EXAMPLE.ORG"])
  }

  @Test func addressesAreFoundByTheirSchemeWhereverItStarts() {
    let text =
      "Ports: xhttp://a.example:8080/p, hthttps://b.example; https:/no.example "
      + "HtTpS://c.example/x:y and http://d.example."
    #expect(
      ArticleLink.bareAddresses(in: text).map(\.url) == [
        "http://a.example:8080/p", "https://b.example", "HtTpS://c.example/x:y",
        "http://d.example",
      ])
    #expect(ArticleLink.bareAddresses(in: "https://e.example").map(\.url) == ["https://e.example"])
    #expect(ArticleLink.bareAddresses(in: "see http://").isEmpty)
    #expect(ArticleLink.bareAddresses(in: "see http://f").map(\.url) == ["http://f"])
  }
}
