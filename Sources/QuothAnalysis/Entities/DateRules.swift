/// Dates: a month with its day and year ("January 17", "February 2022", "Jan. 5, 2024",
/// "17 January"), with "early", "mid" or "late" before it ("mid-January" too); weekdays;
/// years in context ("in 2000", "the 2016 election").
package struct DateRules {
  package static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
    "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
  ]
  package static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  static let ambiguousMonths = WordSet(["may", "march"])
  static let modifiers = WordSet(["early", "mid", "late"])
  /// Words before a bare year or an ambiguous month that make it a date.
  static let dateLeads = WordSet(
    words: """
      in since until till by from of before after during around circa early late mid through to
      between last next this on
      """)
  /// Words after a bare year that make it a date.
  static let yearNouns = WordSet(
    words: """
      election elections campaign race primary primaries presidential midterm midterms season budget
      census olympics vote summit war invasion crisis
      """)
  static let comma = EntityHash.lowerForm(",")
  static let yearJoins = WordSet(["and", "or", "to", "-", "–", "through"])

  let document: EntityDocument
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  private let tokens: [EntityToken]

  init(document: EntityDocument, scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    self.document = document
    self.scalars = scalars
    self.tokens = document.tokens
  }

  /// The dates among the tokens not yet `covered`; marks them covered.
  func dates(covered: inout [Bool]) -> [Mention] {
    var found: [Mention] = []
    for paragraph in document.paragraphs {
      var i = paragraph.lowerBound
      while i < paragraph.upperBound {
        if mayStartDate(tokens[i]) && !covered[i], let end = dateEnd(at: i, in: paragraph) {
          var first = i
          if i > paragraph.lowerBound && !covered[i - 1]
            && DateRules.modifiers.contains(tokens[i - 1].lower)
          {
            first = i - 1
          } else if i > paragraph.lowerBound && !covered[i - 1], let day = number(i - 1),
            day >= 1 && day <= 31, tokens[i].gazetteer & GazetteerEntry.month != 0
          {
            first = i - 1
          }
          if !covered[first..<end].contains(true) {
            found.append(Mention(first: first, end: end, type: .date))
            for k in first..<end { covered[k] = true }
            i = end
            continue
          }
        }
        i += 1
      }
    }
    return found
  }

  /// Whether a date may start at a token (`dateEnd` then says whether one does): a weekday
  /// or a month capitalised, a word of five or more scalars starting with an m
  /// ("mid-January") or four starting with a digit (a year). Most tokens are punctuation
  /// or other words.
  @inline(__always)
  private func mayStartDate(_ token: EntityToken) -> Bool {
    guard token.isWord, token.written != .lower || token.length > 4 else { return false }
    if token.gazetteer & (GazetteerEntry.weekday | GazetteerEntry.month) != 0
      && token.written.isCapital
    {
      return true
    }
    let first = scalars[Int(token.start)].value
    return (token.length > 4 && ScalarClass.lowered(first) == 0x6d)
      || (token.length == 4 && first >= 0x30 && first <= 0x39)
  }

  /// The end of a date starting at token `i`, or nil when no date starts there.
  private func dateEnd(at i: Int, in paragraph: Range<Int>) -> Int? {
    let token = tokens[i]
    let bits = token.gazetteer
    guard token.isWord, token.written != .lower || token.length > 4 else { return nil }
    if bits & GazetteerEntry.weekday != 0 && token.written.isCapital { return i + 1 }
    if isMidMonth(i) { return i + 1 }
    if bits & GazetteerEntry.month != 0 && token.written.isCapital {
      var end = i + 1
      if end < paragraph.upperBound, let day = number(end), day >= 1 && day <= 31,
        tokens[end].length <= 4
      {
        end += 1
        if end + 1 < paragraph.upperBound && tokens[end].lower == DateRules.comma,
          isYear(end + 1)
        {
          end += 2
        }
      } else if end < paragraph.upperBound && isYear(end) {
        end += 1
      }
      if DateRules.ambiguousMonths.contains(token.lower) && end == i + 1 {
        let led = i > paragraph.lowerBound && DateRules.dateLeads.contains(tokens[i - 1].lower)
        if !led || token.sentenceStart { return nil }
      }
      return end
    }
    if isYear(i) {
      // "between 2019 and 2023", "2019-2023": a year after a year.
      let pair =
        i >= paragraph.lowerBound + 2 && isYear(i - 2)
        && DateRules.yearJoins.contains(tokens[i - 1].lower)
      let led =
        pair || (i > paragraph.lowerBound && DateRules.dateLeads.contains(tokens[i - 1].lower))
      let noun = i + 1 < paragraph.upperBound && DateRules.yearNouns.contains(tokens[i + 1].lower)
      return led || noun ? i + 1 : nil
    }
    return nil
  }

  static let months = WordSet(monthNames)

  /// "mid-January", written as one word.
  private func isMidMonth(_ i: Int) -> Bool {
    let start = Int(tokens[i].start)
    let end = Int(tokens[i].end)
    guard end - start > 4 else { return false }
    for (offset, expected) in [UInt32(0x6d), 0x69, 0x64, 0x2d].enumerated()  // "mid-"
    where ScalarClass.lowered(scalars[start + offset].value) != expected {
      return false
    }
    var h = EntityHash.start()
    for k in (start + 4)..<end { h = EntityHash.add(h, ScalarClass.lowered(scalars[k].value)) }
    return DateRules.months.contains(EntityHash.finish(h))
  }

  /// A year from 1000 to 2999, written as four digits.
  private func isYear(_ i: Int) -> Bool {
    guard tokens[i].length == 4, let value = number(i) else { return false }
    return value >= 1000 && value < 3000
  }

  /// The number a token starts with, when it is digits with at most an ordinal ending ("17th").
  private func number(_ i: Int) -> Int? {
    var value = 0
    var digits = 0
    var k = Int(tokens[i].start)
    let end = Int(tokens[i].end)
    while k < end {
      let digit = scalars[k].value
      guard digit >= 0x30 && digit <= 0x39 else { break }
      // More than four digits is no day or year (and would overflow on long runs).
      guard digits < 4 else { return nil }
      value = value * 10 + Int(digit - 0x30)
      digits += 1
      k += 1
    }
    guard digits > 0, digits <= 4, end - k <= 2 else { return nil }
    if k < end {
      let suffix = String(String.UnicodeScalarView(scalars[k..<end])).lowercased()
      guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
    }
    return value
  }
}
