import Foundation

/// One piece of a written date.
enum DateToken: Equatable {
  /// A run of digits and how many there were (`05` is 5, width 2).
  case number(Int, width: Int)
  /// A month named in words, 1…12.
  case month(Int)
  /// `14:30`, `2:30:15`, `14:30:00.000`.
  case time(hour: Int, minute: Int, second: Int)
  /// `am`/`a.m.` (false) or `pm`/`p.m.` (true).
  case meridiem(isPM: Bool)
  /// A zone: `Z`, `GMT`, `EST`, `+01:00`, `-0500`, as minutes east of UTC.
  case zone(Int)
  /// `-`, `/`, `.` or `,` between numbers.
  case separator(Character)
}

/// A written date cut into numbers, month names, times, zones and separators; other
/// words (weekdays, "Updated", "at") and white space are left out.
struct DateTokens {
  private(set) var items: [DateToken] = []

  init(_ text: String) {
    let lower = text.lowercased().replacingOccurrences(of: "a.m.", with: "am")
      .replacingOccurrences(of: "p.m.", with: "pm")
    let scalars = Array(lower.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if let digit = Self.digit(scalar) {
        index = readNumber(scalars, from: index, first: digit)
      } else if scalar.properties.isAlphabetic {
        var end = index
        while end < scalars.count && scalars[end].properties.isAlphabetic { end += 1 }
        readWord(String(String.UnicodeScalarView(scalars[index..<end])))
        index = end
      } else if scalar == "+" || scalar == "-", case .time? = items.last,
        let (offset, end) = Self.offset(scalars, from: index + 1, negative: scalar == "-")
      {
        items.append(.zone(offset))
        index = end
      } else {
        if "-/.,".unicodeScalars.contains(scalar) { items.append(.separator(Character(scalar))) }
        index += 1
      }
    }
  }

  private static func digit(_ scalar: Unicode.Scalar) -> Int? {
    scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
  }

  /// Digits, `HH:MM[:SS[.fff]]` when a colon follows.
  private mutating func readNumber(_ scalars: [Unicode.Scalar], from start: Int, first: Int)
    -> Int
  {
    var value = first
    var index = start + 1
    while index < scalars.count, let digit = Self.digit(scalars[index]) {
      if index - start < 14 { value = value * 10 + digit }
      index += 1
    }
    let width = index - start
    guard width <= 2, index + 2 < scalars.count, scalars[index] == ":",
      let minute = Self.twoDigits(scalars, at: index + 1)
    else {
      if width <= 13 { items.append(.number(value, width: width)) }
      return index
    }
    index += 3
    var second = 0
    if index < scalars.count, scalars[index] == ":",
      let seconds = Self.twoDigits(scalars, at: index + 1)
    {
      second = seconds
      index += 3
      // Fractions of a second.
      if index < scalars.count, scalars[index] == "." {
        index += 1
        while index < scalars.count, Self.digit(scalars[index]) != nil { index += 1 }
      }
    }
    items.append(.time(hour: value, minute: minute, second: second))
    return index
  }

  private static func twoDigits(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    guard index + 1 < scalars.count, let tens = digit(scalars[index]),
      let units = digit(scalars[index + 1])
    else { return nil }
    if index + 2 < scalars.count, digit(scalars[index + 2]) != nil { return nil }
    return tens * 10 + units
  }

  /// `01:00`, `0100` or `01` after a sign: minutes east of UTC and where it ends.
  private static func offset(_ scalars: [Unicode.Scalar], from start: Int, negative: Bool) -> (
    Int, Int
  )? {
    guard let hours = twoDigits(scalars, at: start) ?? fourDigitHours(scalars, at: start) else {
      return nil
    }
    var index = start + 2
    var minutes = 0
    if index < scalars.count, scalars[index] == ":", let value = twoDigits(scalars, at: index + 1) {
      minutes = value
      index += 3
    } else if index + 1 < scalars.count, let tens = digit(scalars[index]),
      let units = digit(scalars[index + 1])
    {
      minutes = tens * 10 + units
      index += 2
    }
    guard hours <= 14, minutes < 60 else { return nil }
    let total = hours * 60 + minutes
    return (negative ? -total : total, index)
  }

  private static func fourDigitHours(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    guard index + 3 < scalars.count, let tens = digit(scalars[index]),
      let units = digit(scalars[index + 1]), digit(scalars[index + 2]) != nil,
      digit(scalars[index + 3]) != nil
    else { return nil }
    return tens * 10 + units
  }

  private mutating func readWord(_ word: String) {
    if word == "am" || word == "pm" {
      items.append(.meridiem(isPM: word == "pm"))
    } else if let offset = Self.zones[word], word != "z" || isAfterTime {
      items.append(.zone(offset))
    } else if word.count >= 3, let month = Self.months.firstIndex(where: { $0.hasPrefix(word) }),
      word.count <= Self.months[month].count
    {
      items.append(.month(month + 1))
    } else if word == "t" || word == "st" || word == "nd" || word == "rd" || word == "th" {
      // The ISO `T` and ordinal endings (`5th`) carry nothing.
    } else if word == "sept" {
      items.append(.month(9))
    }
  }

  private var isAfterTime: Bool {
    if case .time? = items.last { return true }
    return false
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Zone names news sites use, as minutes east of UTC. `ET`, `CT` and `PT` are left out:
  /// they do not say whether summer time applies.
  private static let zones: [String: Int] = [
    "z": 0, "gmt": 0, "utc": 0, "ut": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120,
    "eest": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600, "aest": 600, "aedt": 660,
    "jst": 540, "kst": 540, "msk": 180, "wib": 420,
  ]
}
