import Foundation
import QuothTestSupport
import Testing

/// The PySpark job (`Scripts/spark/quoth_spark.py`) in Spark's local mode on two cores:
/// quoth shipped to the executors, JSON Lines piped through it partition by partition,
/// WARC files analysed whole, JSON Lines and Parquet written. Needs python3 with pyspark
/// and Java (`.ci/run` installs them); `SparkPresenceTests` says loudly when they are
/// missing.
@Suite(
  .serialized, .timeLimit(.minutes(10)),
  .enabled(if: SparkJob.isAvailable, "needs python3 with pyspark, java and a built quoth"))
final class SparkJobTests {
  let folder: URL

  init() throws {
    folder = try QuothProcess.temporaryFolder()
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  struct Line: Decodable {
    var id: Int?
    var error: String?
    var source: String?
    var targetURI: String?
    var speakers: [Speaker]?
    struct Speaker: Decodable { var name: String }
  }

  @Test func jsonLinesGoThroughQuothOnEachPartition() throws {
    let speakers = ["Mara Quint", "Ivo Brandt", "Ada Lind"]
    var input = ""
    for index in 0..<30 {
      let text =
        "Harbour report \(index)\n\n“We will keep service \(index) running,” said "
        + "\(speakers[index % 3]), who chairs the transport board."
      let line = try JSONSerialization.data(withJSONObject: ["id": index, "text": text])
      input += String(decoding: line, as: UTF8.self) + "\n"
    }
    input += "{\"id\": 30, \"text\": \n"
    let source = folder.appendingPathComponent("stories.jsonl")
    try Data(input.utf8).write(to: source)
    let output = folder.appendingPathComponent("analyses")
    let run = try SparkJob.run(
      [source.path, output.path, "--partitions", "3"], temporary: folder)
    #expect(run.status == 0, "\(run.errors.suffix(3000))")
    let lines = try SparkJob.outputLines(output).map {
      try JSONDecoder().decode(Line.self, from: Data($0.utf8))
    }
    let analysed = lines.filter { $0.error == nil }
    #expect(analysed.compactMap(\.id).sorted() == Array(0..<30))
    for line in analysed {
      #expect(line.speakers?.map(\.name) == [speakers[(line.id ?? 0) % 3]])
    }
    #expect(lines.filter { $0.error != nil }.count == 1)
  }

  @Test func crawlsAreAnalysedWholeAndWrittenAsParquet() throws {
    var crawl: [UInt8] = []
    for (index, speaker) in ["Mara Quint", "Ivo Brandt"].enumerated() {
      let page = WARCBuilder.page(
        title: "Harbour news \(index)", quote: "We stay open", speaker: speaker)
      crawl += WARCBuilder.gzip(
        WARCBuilder.response(
          uri: "https://harbour.example/\(index)", headers: ["Content-Type: text/html"],
          body: page))
      crawl += WARCBuilder.gzip(
        WARCBuilder.record(type: "metadata", block: Array("fetchTimeMs: 9\r\n".utf8)))
    }
    let source = folder.appendingPathComponent("harbour.warc.gz")
    try Data(crawl).write(to: source)
    let output = folder.appendingPathComponent("analyses.parquet")
    let run = try SparkJob.run(
      [source.path, output.path, "--output-format", "parquet"], temporary: folder)
    #expect(run.status == 0, "\(run.errors.suffix(3000))")
    let rows = try SparkJob.parquetRows(output, temporary: folder)
    #expect(
      rows.compactMap(\.targetURI).sorted() == [
        "https://harbour.example/0", "https://harbour.example/1",
      ])
    // The crawl as Spark names it (file:/…), not the task's temporary copy.
    #expect(
      rows.allSatisfy {
        $0.source?.hasPrefix("file:") == true && $0.source?.hasSuffix(source.path) == true
      })
    #expect(rows.allSatisfy { $0.quotes == 1 && $0.error == nil })
    #expect(rows.allSatisfy { $0.analysis?.contains("We stay open") == true })
  }
}

/// Says loudly when the Spark tests cannot run: a failure in CI (CI=true), a warning
/// elsewhere.
@Suite struct SparkPresenceTests {
  @Test func pysparkAndJavaAreThere() {
    guard !SparkJob.isAvailable else { return }
    let message =
      "python3 cannot import pyspark, or java or a built quoth is missing: the Spark job's tests are skipped (pip install pyspark)"
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message))
    } else {
      print("WARNING: \(message)")
    }
  }
}

/// Running the PySpark job and reading what it wrote.
enum SparkJob {
  /// How a run of python3 ended and what it printed.
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  static let script = QuothBinary.packageRoot.appendingPathComponent(
    "Scripts/spark/quoth_spark.py"
  ).path

  /// Whether python3 can import pyspark and java is there, with a built quoth.
  static let isAvailable: Bool = {
    guard QuothBinary.path != nil,
      let result = try? runPython([
        "-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)",
      ]),
      result.status == 0
    else { return false }
    return true
  }()

  /// Runs the job in local mode on two cores, with its temporary files in `temporary`.
  static func run(_ arguments: [String], temporary: URL) throws -> SparkJob.Result {
    guard let quoth = QuothBinary.path else { throw CocoaError(.fileNoSuchFile) }
    return try runPython(
      [script, "--master", "local[2]", "--quoth", quoth] + arguments,
      environment: ["TMPDIR": temporary.path])
  }

  /// The lines of the part files Spark wrote into `folder`.
  static func outputLines(_ folder: URL) throws -> [String] {
    let parts = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("part-") }.sorted()
    return try parts.flatMap { part in
      try String(contentsOf: folder.appendingPathComponent(part), encoding: .utf8)
        .split(separator: "\n").map(String.init)
    }
  }

  struct ParquetRow: Decodable {
    var id: String?
    var targetURI: String?
    var source: String?
    var quotes: Int
    var error: String?
    var analysis: String?
  }

  /// The rows of a Parquet folder, read back through Spark.
  static func parquetRows(_ folder: URL, temporary: URL) throws -> [ParquetRow] {
    let reader = """
      import sys
      from pyspark.sql import SparkSession
      spark = SparkSession.builder.master("local[1]").getOrCreate()
      for row in spark.read.parquet(sys.argv[1]).toJSON().collect():
          print(row)
      spark.stop()
      """
    let result = try runPython(
      ["-c", reader, folder.path], environment: ["TMPDIR": temporary.path])
    return try result.output.split(separator: "\n").filter { $0.hasPrefix("{") }.map {
      try JSONDecoder().decode(ParquetRow.self, from: Data($0.utf8))
    }
  }

  private static func runPython(
    _ arguments: [String], environment: [String: String] = [:]
  ) throws -> SparkJob.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both while it runs: Spark's log fills a pipe's buffer. The box is written by
    // the reading thread before it signals, and read here only after the signal.
    final class Box: @unchecked Sendable { var data = Data() }
    let errorText = Box()
    let done = DispatchSemaphore(value: 0)
    Thread {
      errorText.data = errors.fileHandleForReading.readDataToEndOfFile()
      done.signal()
    }.start()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    done.wait()
    return SparkJob.Result(
      status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
      errors: String(decoding: errorText.data, as: UTF8.self))
  }
}
