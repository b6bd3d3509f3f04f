import Foundation
import QuothTestSupport
import Testing

/// A folder quoth may not read is reported with the system's reason. Root reads every
/// folder, so as root quoth runs as `nobody` (through setpriv) for this test.
@Suite(.timeLimit(.minutes(1))) struct UnreadableFolderTests {
  @Test func anUnreadableFolderIsReportedAsPermissionDenied() throws {
    let binary = try #require(QuothProcess.binary, "needs a built quoth (swift build)")
    // A folder anyone may enter (TMPDIR may be private), holding a copy of quoth and a
    // locked folder with an article in it.
    let place = "/tmp/quoth-unreadable-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: place, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    defer { try? FileManager.default.removeItem(atPath: place) }
    let quoth = place + "/quoth"
    try FileManager.default.copyItem(atPath: binary, toPath: quoth)
    let locked = place + "/locked"
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: locked + "/a.txt", contents: Data("x".utf8)))
    chmod(locked, 0)
    defer { chmod(locked, 0o755) }

    let process = Process()
    let asRoot = getuid() == 0
    process.executableURL = URL(fileURLWithPath: asRoot ? "/usr/bin/setpriv" : quoth)
    process.arguments =
      (asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", quoth] : [])
      + ["analyze", locked]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(message.contains("\(locked)") && message.contains("Permission denied"), "\(message)")
  }
}
