import Foundation
import QuothAnalysis
import QuothLibrary
import QuothTestSupport

/// A temporary `XDG_DATA_HOME` with its library, and articles written for the tests;
/// removed with the value.
final class LibraryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "quoth-library-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// The environment a quoth run gets: the library in this folder.
  var environment: [String: String] { ["XDG_DATA_HOME": url.path, "XDG_CONFIG_HOME": url.path] }

  /// The library file's path.
  var libraryPath: String { LibraryLocation.path(environment: environment) }

  func openLibrary() throws -> Library { try Library(environment: environment) }

  /// Writes an article file and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  /// Runs the real quoth with this folder's environment.
  func quoth(_ arguments: String..., input: Data = Data()) throws -> QuothProcess.Result {
    try QuothProcess.run(arguments, input: input, environment: environment)
  }

  /// An article analysed as `quoth` would, its source a path in this folder.
  func analysed(_ name: String, _ text: String) -> Analysis {
    Analyzer().analyze(
      PlainTextIngest.article(from: text, source: url.appendingPathComponent(name).path))
  }
}

/// Articles written for these tests (never taken from a corpus).
enum TestArticles {
  static let harbour = """
    Harbour ferry to run through winter

    The harbour ferry will keep sailing through the winter months, the city council said on Tuesday.

    "We heard the islanders loud and clear," said Marta Lindqvist, who chairs the transport committee. "The boat stays."

    Lindqvist said the extra crossings would cost about two million crowns a year.

    "It is money well spent," said Jonas Ek, a ferry captain. "People here have no other road."
    """

  static let bridge = """
    Bridge repairs delayed again

    Repairs to the old stone bridge will not start before spring, engineers said.

    "The frost makes the mortar useless," said Jonas Ek, who also sits on the bridge board.

    Marta Lindqvist said the council had asked for a new timetable. "We want dates, not promises," Lindqvist said.
    """

  static let bakery = """
    Night bakery opens on the square

    A bakery that works through the night opened on Market Square this week.

    "Bread at three in the morning is a small joy," said Petra Holm, who owns it.
    """
}
