/// Dates as pages give them (`2019-11-19`, `2019-11-19T08:30:00Z`) written for people:
/// `19 Nov 2019`. Anything else is shown as the page wrote it.
enum ReadableDate {
  static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `text` as a day, month and year when it starts with an ISO 8601 date; else `text`.
  static func format(_ text: String) -> String {
    let trimmed = text.trimmingSpaces
    guard let (year, month, day) = parts(of: trimmed) else { return trimmed }
    return "\(day) \(months[month - 1]) \(year)"
  }

  /// The day `text` starts with as `YYYY-MM-DD` (which sorts as the days do); nil when it
  /// does not start with an ISO 8601 date.
  static func day(_ text: String) -> String? {
    let trimmed = text.trimmingSpaces
    return parts(of: trimmed) == nil ? nil : String(trimmed.prefix(10))
  }

  private static func parts(of trimmed: String) -> (year: Int, month: Int, day: Int)? {
    let parts = trimmed.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    // Only a date, or a date with a time after `T` or a space.
    if trimmed.count > 10, let next = trimmed.dropFirst(10).first, next != "T", next != " " {
      return nil
    }
    return (year, month, day)
  }
}

extension String {
  /// The string without spaces and line breaks at either end.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
