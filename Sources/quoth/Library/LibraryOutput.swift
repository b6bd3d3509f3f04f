import ArgumentParser
import Foundation
import QuothAnalysis
import QuothLibrary
import QuothReader

/// How `quoth library` commands print their rows.
enum LibraryFormat: String, ExpressibleByArgument, CaseIterable {
  /// Aligned columns for reading, made safe for the terminal.
  case text
  /// One JSON array of objects.
  case json
  /// A header row, then one row per item (RFC 4180: CRLF, fields quoted when needed).
  case csv
}

/// The `--format` option every listing command takes.
struct LibraryFormatOption: ParsableArguments {
  @Option(help: "Output format: text, json or csv.")
  var format: LibraryFormat = .text
}

/// A table of rows printed as text, JSON or CSV.
struct LibraryTable {
  /// Column names (the JSON keys and the CSV header).
  var columns: [String]
  /// Each row's values, one per column; nil is JSON null and an empty CSV field.
  var rows: [[LibraryValue]]
  /// For text: which columns to show, in order, and whether each is right-aligned.
  var textColumns: [(name: String, rightAligned: Bool)]

  /// The table in `format`, ready to print.
  func formatted(_ format: LibraryFormat) -> String {
    switch format {
    case .csv:
      return ([columns] + rows.map { $0.map(\.csvField) })
        .map { $0.map(LibraryTable.csvQuoted).joined(separator: ",") + "\r\n" }.joined()
    case .json:
      let objects = rows.map { row in
        "{"
          + zip(columns, row).map { LibraryTable.jsonString($0) + ":" + $1.json }
          .joined(separator: ",") + "}"
      }
      return "[" + objects.joined(separator: ",\n") + "]\n"
    case .text:
      let indices = textColumns.compactMap { column in columns.firstIndex(of: column.name) }
      let cells = rows.map { row in
        indices.map { TerminalText.sanitized(row[$0].text) }
      }
      var widths = indices.map { _ in 0 }
      for row in cells {
        // The last column (a title or quote) is not padded.
        for (position, cell) in row.enumerated().dropLast() {
          widths[position] = max(widths[position], cell.count)
        }
      }
      return cells.map { row in
        row.enumerated().map { position, cell in
          let pad = String(repeating: " ", count: max(0, widths[position] - cell.count))
          if position == row.count - 1 { return cell }
          return textColumns[position].rightAligned ? pad + cell : cell + pad
        }.joined(separator: "  ")
      }.map { $0 + "\n" }.joined()
    }
  }

  /// A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180).
  static func csvQuoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A JSON string literal.
  static func jsonString(_ text: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
  }
}

/// One value of a library table.
enum LibraryValue {
  case string(String?)
  case int(Int64)
  case number(Double?)
  case bool(Bool)

  var text: String {
    switch self {
    case .string(let value): value ?? ""
    case .int(let value): "\(value)"
    case .number(let value): value.map { String(format: "%.2f", $0) } ?? ""
    case .bool(let value): value ? "yes" : ""
    }
  }

  var csvField: String {
    if case .bool(let value) = self { return value ? "true" : "false" }
    if case .number(let value) = self { return value.map { "\($0)" } ?? "" }
    return text
  }

  var json: String {
    switch self {
    case .string(let value): value.map(LibraryTable.jsonString) ?? "null"
    case .int(let value): "\(value)"
    case .number(let value): value.map { "\($0)" } ?? "null"
    case .bool(let value): value ? "true" : "false"
    }
  }
}

/// Writes `text` to standard output; a failed write (a full disk, a closed pipe) is an error.
func writeOutput(_ text: String) throws {
  do {
    try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
  } catch {
    printError("cannot write to standard output: \(writeFailureReason(error))")
    throw ExitCode(1)
  }
}

/// Opens the library for a command; a library that cannot be opened is an error
/// naming the file.
func openLibrary() throws -> Library {
  do {
    return try Library(environment: ProcessInfo.processInfo.environment)
  } catch {
    printError("\(error)")
    throw ExitCode(1)
  }
}

/// Runs a library operation; its error (naming the file) ends the command with status 1.
func withLibraryErrors<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as ExitCode {
    throw error
  } catch {
    printError("\(error)")
    throw ExitCode(1)
  }
}

/// A date's day as `YYYY-MM-DD` in UTC (without a formatter: the library's list makes one
/// for every article).
func dayString(_ date: Date) -> String {
  let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
  let (year, month, day) = CalendarDays.civil(fromDays: days)
  return String(format: "%04d-%02d-%02d", year, month, day)
}

/// A date as ISO 8601 in UTC, for JSON and CSV.
func isoString(_ date: Date) -> String {
  ISO8601DateFormatter().string(from: date)
}

/// The user's config, its problems printed on standard error.
func loadConfigReporting() -> ReaderConfig {
  let loaded = ReaderConfig.load(
    path: ReaderConfig.path(environment: ProcessInfo.processInfo.environment))
  for problem in loaded.problems { printError(problem.description) }
  return loaded.config
}
