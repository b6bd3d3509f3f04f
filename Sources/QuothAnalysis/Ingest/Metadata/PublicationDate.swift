/// A publication date read from whatever form a page gives it, written back as ISO 8601.
///
/// Reads ISO 8601 and its common variants (`2024-03-05T14:30:00.000+0100`, a space for
/// the `T`, slashes), RFC 2822 (`Tue, 05 Mar 2024 14:30:00 GMT`), dates in words
/// (`March 5, 2024 2:30 PM EST`, `5 March 2024`, `Mar. 5, 2024`), numeric dates
/// (`03/05/2024` month first, `05.03.2024` day first, `2024/03/05`) and Unix times in
/// seconds or milliseconds. A value that names no real day, or a placeholder year such as
/// 1 or 1970, is not a date.
struct PublicationDate: Equatable {
  var year: Int
  var month: Int
  var day: Int
  /// Hour, minute and second, when the page gives a time.
  var time: (hour: Int, minute: Int, second: Int)?
  /// Minutes east of UTC, when the page gives a zone.
  var offsetMinutes: Int?

  static func == (lhs: Self, rhs: Self) -> Bool { lhs.iso == rhs.iso }

  /// Years outside this range are placeholders (`0001-01-01`, the Unix epoch) or typos.
  static let plausibleYears = 1971...2100

  /// `2024-03-05`, `2024-03-05T14:30:00`, `2024-03-05T14:30:00Z` or `…+01:00`.
  var iso: String {
    var text = "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))"
    guard let time else { return text }
    text +=
      "T\(Self.digits(time.hour, 2)):\(Self.digits(time.minute, 2)):\(Self.digits(time.second, 2))"
    guard let offset = offsetMinutes else { return text }
    if offset == 0 { return text + "Z" }
    let magnitude = abs(offset)
    return text + (offset < 0 ? "-" : "+") + Self.digits(magnitude / 60, 2) + ":"
      + Self.digits(magnitude % 60, 2)
  }

  private static func digits(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  /// The date in `text` as ISO 8601, or nil when it is not a date.
  static func iso(_ text: String) -> String? { PublicationDate(text)?.iso }

  init?(year: Int, month: Int, day: Int) {
    guard Self.plausibleYears.contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  init?(_ text: String) {
    let tokens = DateTokens(text)
    if let date = Self.unixTime(tokens) ?? Self.yearFirst(tokens) ?? Self.inWords(tokens)
      ?? Self.numericDayOrMonthFirst(tokens)
    {
      self = date
    } else {
      return nil
    }
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // MARK: Forms

  /// `1709649000` or `1709649000000` alone.
  private static func unixTime(_ tokens: DateTokens) -> PublicationDate? {
    guard tokens.items.count == 1, case .number(let value, let width) = tokens.items[0],
      width == 10 || width == 13
    else { return nil }
    let seconds = width == 13 ? value / 1000 : value
    let days = seconds / 86_400
    let rest = seconds % 86_400
    let (year, month, day) = CalendarDays.civil(fromDays: days)
    guard var date = PublicationDate(year: year, month: month, day: day) else { return nil }
    date.time = (rest / 3600, rest % 3600 / 60, rest % 60)
    date.offsetMinutes = 0
    return date
  }

  /// `2024-03-05…`, `2024/03/05…`, `20240305`: the year first, then month and day.
  private static func yearFirst(_ tokens: DateTokens) -> PublicationDate? {
    let items = tokens.items
    guard let first = items.first, case .number(let value, let width) = first else { return nil }
    var date: PublicationDate?
    var next = 1
    if width == 4, items.count >= 5, case .separator(let mark) = items[1],
      mark == "-" || mark == "/",
      case .number(let month, _) = items[2], case .separator(mark) = items[3],
      case .number(let day, let dayWidth) = items[4], dayWidth <= 2
    {
      date = PublicationDate(year: value, month: month, day: day)
      next = 5
    } else if width == 8 {
      date = PublicationDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }
    guard var found = date else { return nil }
    found.readTime(items[next...])
    return found
  }

  /// `March 5, 2024`, `5 March 2024`, `Tue, 05 Mar 2024 14:30:00 GMT`, `Mar. 5 2024 2:30 pm`.
  private static func inWords(_ tokens: DateTokens) -> PublicationDate? {
    let items = tokens.items
    guard let monthIndex = items.firstIndex(where: { if case .month = $0 { true } else { false } }),
      case .month(let month) = items[monthIndex]
    else { return nil }
    // The day is the first number of one or two digits next to the month; the year the
    // first four-digit number after the day.
    var day: Int?
    var year: Int?
    var end = monthIndex + 1
    let before = items[..<monthIndex].reversed().first {
      if case .number = $0 { true } else { false }
    }
    if case .number(let value, let width)? = items[(monthIndex + 1)...].first(where: {
      if case .separator = $0 { false } else { true }
    }), width <= 2 {
      day = value
      end =
        items[(monthIndex + 1)...].firstIndex { if case .number = $0 { true } else { false } }! + 1
    } else if case .number(let value, let width)? = before, width <= 2 {
      day = value
    }
    for index in end..<items.count {
      if case .number(let value, 4) = items[index] {
        year = value
        end = index + 1
        break
      }
      if case .time = items[index] { break }
    }
    if year == nil, case .number(let value, 4)? = before { year = value }
    guard let day, let year, var date = PublicationDate(year: year, month: month, day: day) else {
      return nil
    }
    date.readTime(items[end...])
    if date.time == nil { date.readTime(items[..<monthIndex]) }
    return date
  }

  /// `03/05/2024` (month first, as in the US) and `05.03.2024` (day first, as in Europe);
  /// a first number above 12 is always the day.
  private static func numericDayOrMonthFirst(_ tokens: DateTokens) -> PublicationDate? {
    let items = tokens.items
    guard items.count >= 5, case .number(let first, let firstWidth) = items[0], firstWidth <= 2,
      case .separator(let mark) = items[1], mark == "/" || mark == "." || mark == "-",
      case .number(let second, let secondWidth) = items[2], secondWidth <= 2,
      case .separator(mark) = items[3], case .number(let year, 4) = items[4]
    else { return nil }
    let dayFirst = mark == "." || first > 12
    guard
      var date = PublicationDate(
        year: year, month: dayFirst ? second : first, day: dayFirst ? first : second)
    else { return nil }
    date.readTime(items[5...])
    return date
  }

  /// Reads a time of day and a zone from what follows (or precedes) the date.
  private mutating func readTime(_ items: ArraySlice<DateToken>) {
    var index = items.startIndex
    while index < items.endIndex {
      switch items[index] {
      case .time(var hour, let minute, let second):
        var offset: Int?
        var next = index + 1
        while next < items.endIndex {
          if case .meridiem(let isPM) = items[next] {
            guard (1...12).contains(hour) else { return }
            hour = hour % 12 + (isPM ? 12 : 0)
          } else if case .zone(let minutes) = items[next] {
            offset = minutes
          } else if case .separator = items[next] {
          } else {
            break
          }
          next += 1
        }
        guard hour < 24, minute < 60, second < 61 else { return }
        time = (hour, minute, min(second, 59))
        offsetMinutes = offset
        return
      default:
        index += 1
      }
    }
  }

}
