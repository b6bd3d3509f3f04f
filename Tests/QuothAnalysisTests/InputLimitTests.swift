import Foundation
import Testing

@testable import QuothAnalysis

/// Reading inputs within limits: size (before reading a regular file, while reading a
/// stream), a timeout for FIFOs and devices, and reports that say what went wrong.
@Suite(.serialized) final class InputLimitTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "quoth-limits-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  /// Each test has a folder of its own, removed with it.
  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }

  func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

  func readError(_ path: String, _ limits: InputLimits) -> IngestError? {
    do {
      _ = try ArticleLoader.readBytes(path, limits: limits)
      return nil
    } catch {
      return error as? IngestError
    }
  }

  @Test func sizesParse() {
    #expect(InputLimits.byteCount("1000") == 1000)
    #expect(InputLimits.byteCount("64k") == 64 << 10)
    #expect(InputLimits.byteCount("512M") == 512 << 20)
    #expect(InputLimits.byteCount("2G") == 2 << 30)
    #expect(InputLimits.byteCount("2048M") == 2 << 30)
    for bad in ["", "M", "-1M", "0", "12X", "1.5G", "99999999999999999G", "3G", "2049M"] {
      #expect(InputLimits.byteCount(bad) == nil, "\(bad)")
    }
    #expect(InputLimits().maxBytes == 256 << 20)
    #expect(InputLimits.describe(256 << 20) == "256 MB")
  }

  @Test func aRegularFileOverTheLimitIsRefusedBeforeReading() throws {
    // Sparse: 3 GB on disk in name only; reading it would take minutes and the memory.
    let huge = path("huge.txt")
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: huge))
    try handle.truncate(atOffset: 3 << 30)
    try handle.close()
    #expect(readError(huge, InputLimits()) == .tooLarge(huge, limit: 256 << 20))
    #expect(IngestError.tooLarge(huge, limit: 256 << 20).description.contains("256 MB input limit"))
  }

  @Test func aDeviceIsReadOnlyUpToTheLimit() {
    #expect(
      readError("/dev/zero", InputLimits(maxBytes: 1 << 20))
        == .tooLarge("/dev/zero", limit: 1 << 20))
  }

  @Test func aFIFOWithNoWriterTimesOut() throws {
    let fifo = path("fifo.txt")
    #expect(mkfifo(fifo, 0o600) == 0)
    let limits = InputLimits(streamTimeout: 0.3)
    #expect(readError(fifo, limits) == .timedOut(fifo, seconds: 0.3))
  }

  @Test func aFIFOIsReadToItsEnd() throws {
    let fifo = path("written.txt")
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = Thread {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data("Text through a pipe.\n".utf8))
      try? handle?.close()
    }
    writer.start()
    let bytes = try ArticleLoader.readBytes(fifo, limits: InputLimits(streamTimeout: 5))
    #expect(String(decoding: bytes, as: UTF8.self) == "Text through a pipe.\n")
  }

  @Test func aSymlinkLoopIsReportedAsOne() throws {
    let first = path("loop1.txt")
    let second = path("loop2.txt")
    try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
    try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
    let error = try #require(readError(first, InputLimits()))
    #expect(error.description.contains("symbolic links"))
  }

  @Test func aMissingFileWithAMangledNameSaysSo() {
    // A name that was not UTF-8 reaches quoth with U+FFFD in place of its bytes.
    let mangled = path("caf\u{FFFD}.txt")
    #expect(readError(mangled, InputLimits()) == .nameNotUTF8(mangled))
    #expect(readError(path("missing.txt"), InputLimits()) == .notFound(path("missing.txt")))
  }
}
