import Foundation
import QuothAnalysis

/// Feed dates (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, W3C-DTF in RSS 1.0)
/// as instants and as ISO 8601 text.
enum FeedDate {
  /// The date as ISO 8601 (`2024-03-05T14:30:00Z`, UTC), or nil when it is not one of
  /// the forms feeds use.
  static func iso(_ text: String) -> String? {
    // The forms nearly every feed uses, read by hand: DateFormatter costs a tenth of a
    // millisecond a date, and a feed of 1,000 entries must list in well under 100 ms.
    if let seconds = quickSeconds(text) { return isoText(seconds) }
    lock.lock()
    defer { lock.unlock() }
    return date(text).map { isoWriter.string(from: $0) }
  }

  /// The formatters are shared, and used by one thread at a time.
  private static let lock = NSLock()

  private static func date(_ text: String) -> Date? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    if trimmed.first?.isNumber == true {
      for formatter in isoReaders {
        if let date = formatter.date(from: trimmed) { return date }
      }
      return dayOnly.date(from: String(trimmed.prefix(10)))
    }
    // RFC 822: an optional weekday, a two- or four-digit year, a zone as an offset or a name.
    var words = trimmed.split(separator: " ").map(String.init)
    if let first = words.first, first.hasSuffix(",") || first.count == 3 && Int(first) == nil {
      words.removeFirst()
    }
    let joined = words.joined(separator: " ")
    for formatter in rfc822Readers {
      if let date = formatter.date(from: joined) { return date }
    }
    return nil
  }

  private static func formatter(_ format: String) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = format
    return formatter
  }

  private static let isoReaders: [DateFormatter] = [
    "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mmXXXXX",
    "yyyy-MM-dd'T'HH:mm:ss",
  ].map(formatter)
  private static let dayOnly = formatter("yyyy-MM-dd")
  private static let rfc822Readers: [DateFormatter] = [
    "d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm Z",
    "d MMM yyyy HH:mm zzz",
    "d MMM yy HH:mm:ss Z", "d MMM yy HH:mm:ss zzz", "d MMM yyyy",
  ].map(formatter)
  private static let isoWriter = formatter("yyyy-MM-dd'T'HH:mm:ss'Z'")

  /// Seconds since 1970 of `yyyy-MM-dd[THH:mm[:ss[.fff]]][Z|±hh:mm]` or RFC 822's
  /// `[Wkd, ]d MMM yyyy HH:mm[:ss] ±hhmm|GMT|UT|UTC|Z`; nil for anything else.
  static func quickSeconds(_ text: String) -> Int? {
    let bytes = Array(text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D })
    var position = 0
    func number(_ digits: Int) -> Int? {
      guard position + digits <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[position..<(position + digits)] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      position += digits
      return value
    }
    func skip(_ byte: UInt8) -> Bool {
      guard position < bytes.count, bytes[position] == byte else { return false }
      position += 1
      return true
    }
    var year = 0
    var month = 0
    var day = 0
    var hour = 0
    var minute = 0
    var second = 0
    if bytes.first.map({ (0x30...0x39).contains($0) }) == true, bytes.count >= 10,
      bytes[4] == UInt8(ascii: "-")
    {
      guard let y = number(4), skip(UInt8(ascii: "-")), let m = number(2),
        skip(UInt8(ascii: "-")), let d = number(2)
      else { return nil }
      (year, month, day) = (y, m, d)
      if skip(UInt8(ascii: "T")) || skip(UInt8(ascii: " ")) {
        guard let h = number(2), skip(UInt8(ascii: ":")), let mi = number(2) else { return nil }
        (hour, minute) = (h, mi)
        if skip(UInt8(ascii: ":")) {
          guard let se = number(2) else { return nil }
          second = se
          if skip(UInt8(ascii: ".")) {
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
          }
        }
      }
    } else {
      // RFC 822: the weekday is optional and not checked.
      if let comma = bytes.firstIndex(of: UInt8(ascii: ",")) { position = comma + 1 }
      while skip(0x20) {}
      var dayDigits = 0
      while position + dayDigits < bytes.count, (0x30...0x39).contains(bytes[position + dayDigits])
      {
        dayDigits += 1
      }
      guard (1...2).contains(dayDigits), let d = number(dayDigits), skip(0x20),
        position + 3 <= bytes.count
      else { return nil }
      let name = String(decoding: bytes[position..<(position + 3)], as: UTF8.self).lowercased()
      guard let m = monthNames.firstIndex(of: name) else { return nil }
      position += 3
      guard skip(0x20) else { return nil }
      var yearDigits = 0
      while position + yearDigits < bytes.count,
        (0x30...0x39).contains(bytes[position + yearDigits])
      {
        yearDigits += 1
      }
      guard yearDigits == 4 || yearDigits == 2, let y = number(yearDigits), skip(0x20),
        let h = number(2), skip(UInt8(ascii: ":")), let mi = number(2)
      else { return nil }
      (year, month, day, hour, minute) = (yearDigits == 2 ? 2000 + y : y, m + 1, d, h, mi)
      if skip(UInt8(ascii: ":")) {
        guard let se = number(2) else { return nil }
        second = se
      }
      while skip(0x20) {}
    }
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    // The zone: none (taken as UTC), Z, ±hh:mm, ±hhmm or a UTC name.
    var offset = 0
    let rest = String(decoding: bytes[position...], as: UTF8.self)
    switch rest {
    case "", "Z", "z", "GMT", "UT", "UTC": break
    default:
      guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
      let digits = rest.dropFirst().filter { $0 != ":" }
      guard digits.count == 4, let value = Int(digits) else { return nil }
      offset = (value / 100 * 3600 + value % 100 * 60) * (sign == "-" ? -1 : 1)
    }
    return daysSince1970(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60
      + second - offset
  }

  private static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
  private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  /// Seconds since 1970 as `yyyy-MM-ddTHH:mm:ssZ`.
  private static func isoText(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let time = seconds - days * 86400
    let (year, month, day) = CalendarDays.civil(fromDays: days)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return
      "\(year)-\(two(month))-\(two(day))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
  }
}
