import Foundation
import QuothAnalysis

/// Builds the gazetteer table from Tools/Gazetteers/*.txt (written by Tools/build-gazetteers.py
/// and Tools/build-organisation-gazetteers.py).
enum GazetteerBuilder {
  static let files: [(String, UInt16)] = [
    ("first-names", GazetteerEntry.firstName), ("last-names", GazetteerEntry.lastName),
    ("places", GazetteerEntry.place), ("demonyms", GazetteerEntry.demonym),
    ("groups", GazetteerEntry.group), ("org-heads", GazetteerEntry.orgHead),
    ("titles", GazetteerEntry.title), ("organisations", GazetteerEntry.organisation),
    ("teams", GazetteerEntry.team),
  ]
  /// The commonest words: the first `veryCommonCount` of the file are "very common".
  static let veryCommonCount = 1000

  static func build(folder: URL) throws -> Gazetteer {
    var entries: [(String, UInt16)] = []
    for (file, bits) in files {
      for line in try lines(folder.appendingPathComponent("\(file).txt")) {
        entries.append((line, bits))
      }
    }
    for (rank, word) in try lines(folder.appendingPathComponent("common-words.txt")).enumerated() {
      let bits = GazetteerEntry.common | (rank < veryCommonCount ? GazetteerEntry.veryCommon : 0)
      entries.append((word, bits))
    }
    for month in DateRules.monthNames { entries.append((month, GazetteerEntry.month)) }
    for day in DateRules.weekdayNames { entries.append((day, GazetteerEntry.weekday)) }

    var table = Gazetteer(capacity: entries.count)
    for (entry, bits) in entries {
      let scalars = Array(entry.unicodeScalars)
      var tokens: [EntityToken] = []
      scalars.withUnsafeBufferPointer {
        EntityTokenizer.tokenize($0, range: 0..<scalars.count, into: &tokens)
      }
      guard let first = tokens.first else { continue }
      if tokens.count == 1 {
        table.insert(first.lower, bits: bits)
      } else if tokens.count <= Gazetteer.longestPhrase {
        let hash = tokens.dropFirst().reduce(first.lower) {
          Gazetteer.phraseHash($0, adding: $1.lower)
        }
        table.insert(hash, bits: bits | GazetteerEntry.phrase)
        // Its first word starts a phrase: the tagger looks phrases up from those alone.
        table.insert(first.lower, bits: GazetteerEntry.phrase)
      }
    }
    return table
  }

  private static func lines(_ url: URL) throws -> [String] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }
}
