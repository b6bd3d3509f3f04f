import Foundation

/// Reads articles from files, folders and standard input.
public enum ArticleLoader {
  /// What loading one input produced: the article, and warnings to show the user.
  public struct Loaded: Sendable {
    public var article: Article
    public var warnings: [String]
  }

  /// Expands folders among `paths` into the article files they hold (sorted by name);
  /// other paths are kept as given, `-` included. `recursive`: the files of subfolders
  /// too; `everyFile`: every file that is not hidden, not only those whose ending names
  /// a format quoth reads (the reader lists the others as unreadable, with the reason).
  /// A folder that cannot be listed, or holds no articles, is an error naming it.
  public static func expand(
    _ paths: [String], recursive: Bool = false, everyFile: Bool = false
  ) throws -> [String] {
    var result: [String] = []
    let files = FileManager.default
    for path in paths {
      var isFolder: ObjCBool = false
      guard path != "-", files.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
      else {
        result.append(path)
        continue
      }
      let names: [String]
      if recursive {
        names = (files.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { name in
          !name.split(separator: "/").contains { $0.hasPrefix(".") }
        }
      } else {
        guard let listed = try? files.contentsOfDirectory(atPath: path) else {
          let reason =
            access(path, R_OK | X_OK) == 0 ? "cannot be listed" : String(cString: strerror(errno))
          throw IngestError.unreadable(path, reason: reason)
        }
        names = listed
      }
      let articles = names.filter { name in
        var isSubfolder: ObjCBool = false
        let full = (path as NSString).appendingPathComponent(name)
        guard !(name as NSString).lastPathComponent.hasPrefix("."),
          files.fileExists(atPath: full, isDirectory: &isSubfolder), !isSubfolder.boolValue
        else { return false }
        return everyFile
          || FormatDetection.extensions[(name as NSString).pathExtension.lowercased()] != nil
      }.sorted()
      if articles.isEmpty { throw IngestError.isDirectory(path) }
      result += articles.map { (path as NSString).appendingPathComponent($0) }
    }
    return result
  }

  /// Reads one file (or `-` for standard input) and builds its article. The format
  /// is `format` when given, else guessed from the file name and the content.
  public static func load(
    _ path: String, format: SourceFormat? = nil, limits: InputLimits = InputLimits()
  ) throws -> Loaded {
    // Handed over, not shared: the bytes can go once they are decoded.
    try article(fromBytes: readBytes(path, limits: limits), source: path, format: format)
  }

  /// Builds an article from raw bytes; `source` names it in messages and its
  /// ending helps guess the format when `format` is nil.
  public static func article(
    fromBytes bytes: consuming [UInt8], source: String, format: SourceFormat? = nil
  ) throws -> Loaded {
    let utf16 = utf8(fromUTF16: bytes)
    let bytes: [UInt8] = if let utf16 { utf16.bytes } else { bytes }
    var replaced = utf16?.replacedSequences ?? 0
    var encoding = utf16?.encoding ?? "UTF-8"
    if TextDecoding.looksBinary(bytes) { throw IngestError.binary(source) }
    let format = format ?? FormatDetection.format(forPath: source, content: bytes)
    var warnings: [String] = []
    let article: Article
    switch format {
    case .html:
      let result = HTMLIngest.read(bytes, source: source)
      article = result.article
      if replaced == 0 {
        replaced = result.replacedSequences
        encoding = result.encoding
      }
      warnings += result.limitsHit.map { "\(source): \($0)" }
      if result.isCutAtTextLimit {
        warnings.append(
          "\(source): a text node longer than libxml2's 10 MB limit; the page is read only up to there"
        )
      }
      if result.isCutAtDepthLimit {
        warnings.append(
          "\(source): elements nested more than \(HTMLDocument.depthLimit) deep; the page is read only up to there"
        )
      }
    case .markdown, .text:
      let decoded = TextDecoding.decodeUTF8(bytes)
      replaced += decoded.replacedSequences
      article =
        format == .markdown
        ? MarkdownIngest.article(from: decoded.text, source: source)
        : PlainTextIngest.article(from: decoded.text, source: source)
    }
    if replaced > 0 {
      warnings.append(
        "\(source): \(replaced) invalid \(encoding) sequence(s) replaced with U+FFFD")
    }
    if article.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      warnings.append(
        format == .html
          ? "\(source): no article text found in the page" : "\(source): empty article")
    }
    return Loaded(article: article, warnings: warnings)
  }

  /// Text in UTF-16 with a byte-order mark, re-encoded as UTF-8 (with a UTF-8 mark),
  /// with the count of invalid sequences replaced and the encoding; nil for anything else.
  static func utf8(fromUTF16 bytes: [UInt8]) -> (
    bytes: [UInt8], replacedSequences: Int, encoding: String
  )? {
    let encoding =
      bytes.starts(with: [0xFF, 0xFE])
      ? "UTF-16LE" : bytes.starts(with: [0xFE, 0xFF]) ? "UTF-16BE" : nil
    guard let encoding,
      let converted = TextDecoding.utf8Bytes(Array(bytes.dropFirst(2)), from: encoding)
    else { return nil }
    return ([0xEF, 0xBB, 0xBF] + converted.bytes, converted.replacedSequences, encoding)
  }

  /// The bytes of a file, `-` (standard input), a FIFO or a device, within `limits`:
  /// a regular file larger than the limit is not read at all; a stream is read until
  /// it ends, goes over the limit, or (not standard input) sends nothing for the timeout.
  static func readBytes(_ path: String, limits: InputLimits = InputLimits()) throws -> [UInt8] {
    if path == "-" {
      return try readStream(STDIN_FILENO, source: path, limits: limits, timeout: nil)
    }
    var status = stat()
    guard stat(path, &status) == 0 else {
      if errno == ENOENT {
        throw path.unicodeScalars.contains("\u{FFFD}")
          ? IngestError.nameNotUTF8(path) : IngestError.notFound(path)
      }
      throw unreadable(path)
    }
    if status.st_mode & S_IFMT == S_IFDIR { throw IngestError.isDirectory(path) }
    // Not blocking: opening a FIFO would otherwise wait for a writer forever.
    let file = open(path, O_RDONLY | O_NONBLOCK)
    guard file >= 0 else { throw unreadable(path) }
    defer { close(file) }
    guard fstat(file, &status) == 0 else { throw unreadable(path) }
    guard status.st_mode & S_IFMT == S_IFREG else {
      return try readStream(file, source: path, limits: limits, timeout: limits.streamTimeout)
    }
    let size = Int(status.st_size)
    if size > limits.maxBytes { throw IngestError.tooLarge(path, limit: limits.maxBytes) }
    // Read straight into the array: a huge file is held once, not as Data and a copy.
    return try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      count = 0
      while count < size {
        let read = Foundation.read(file, buffer.baseAddress! + count, size - count)
        if read < 0 && errno == EINTR { continue }
        guard read >= 0 else { throw unreadable(path) }
        if read == 0 { break }
        count += read
      }
    }
  }

  /// Reads `file` to its end in chunks, stopping with an error past `limits.maxBytes`
  /// or, when `timeout` is given, after that many seconds without data.
  private static func readStream(
    _ file: Int32, source: String, limits: InputLimits, timeout: Double?
  ) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      if let timeout {
        var request = pollfd(fd: file, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, Int32(timeout * 1000))
        if ready < 0 && errno == EINTR { continue }
        if ready == 0 { throw IngestError.timedOut(source, seconds: timeout) }
      }
      let read = chunk.withUnsafeMutableBytes { Foundation.read(file, $0.baseAddress, $0.count) }
      if read < 0 {
        let failure = errno
        if failure == EAGAIN && timeout == nil {
          // Standard input left non-blocking by another program: wait for data.
          var request = pollfd(fd: file, events: Int16(POLLIN), revents: 0)
          _ = poll(&request, 1, -1)
        }
        if failure == EINTR || failure == EAGAIN { continue }
        throw unreadable(source)
      }
      if read == 0 { return bytes }
      if bytes.count + read > limits.maxBytes {
        throw IngestError.tooLarge(source, limit: limits.maxBytes)
      }
      bytes.append(contentsOf: chunk[..<read])
    }
  }

  /// The error for a file the system will not read, with its reason.
  private static func unreadable(_ path: String) -> IngestError {
    .unreadable(path, reason: String(cString: strerror(errno)))
  }
}
