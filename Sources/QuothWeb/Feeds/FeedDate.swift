import Foundation

/// Feed dates (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, W3C-DTF in RSS 1.0)
/// as instants and as ISO 8601 text.
enum FeedDate {
  /// The date as ISO 8601 (`2024-03-05T14:30:00Z`, UTC), or nil when it is not one of
  /// the forms feeds use.
  static func iso(_ text: String) -> String? {
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
}
