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
        names = (try? files.contentsOfDirectory(atPath: path)) ?? []
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
  public static func load(_ path: String, format: SourceFormat? = nil) throws -> Loaded {
    // Handed over, not shared: the bytes can go once they are decoded.
    try article(fromBytes: readBytes(path), source: path, format: format)
  }

  /// Builds an article from raw bytes; `source` names it in messages and its
  /// ending helps guess the format when `format` is nil.
  public static func article(
    fromBytes bytes: consuming [UInt8], source: String, format: SourceFormat? = nil
  ) throws -> Loaded {
    let bytes: [UInt8] = if let converted = utf8(fromUTF16: bytes) { converted } else { bytes }
    if TextDecoding.looksBinary(bytes) { throw IngestError.binary(source) }
    let format = format ?? FormatDetection.format(forPath: source, content: bytes)
    var warnings: [String] = []
    let article: Article
    var replaced = 0
    switch format {
    case .html:
      let result = HTMLIngest.read(bytes, source: source)
      article = result.article
      replaced = result.replacedSequences
      if result.isCutAtDepthLimit {
        warnings.append(
          "\(source): elements nested more than \(HTMLDocument.depthLimit) deep; the page is read only up to there"
        )
      }
    case .markdown, .text:
      let decoded = TextDecoding.decodeUTF8(bytes)
      replaced = decoded.replacedSequences
      article =
        format == .markdown
        ? MarkdownIngest.article(from: decoded.text, source: source)
        : PlainTextIngest.article(from: decoded.text, source: source)
    }
    if replaced > 0 {
      warnings.append("\(source): \(replaced) invalid UTF-8 sequence(s) replaced with U+FFFD")
    }
    if article.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      warnings.append(
        format == .html
          ? "\(source): no article text found in the page" : "\(source): empty article")
    }
    return Loaded(article: article, warnings: warnings)
  }

  /// Text in UTF-16 with a byte-order mark, re-encoded as UTF-8 (with a UTF-8 mark);
  /// nil for anything else.
  static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8]? {
    let littleEndian = bytes.starts(with: [0xFF, 0xFE])
    guard littleEndian || bytes.starts(with: [0xFE, 0xFF]) else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (low, high) =
        littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    return [0xEF, 0xBB, 0xBF] + Array(String(decoding: units, as: UTF16.self).utf8)
  }

  static func readBytes(_ path: String) throws -> [UInt8] {
    if path == "-" {
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw IngestError.notFound(path)
    }
    if isFolder.boolValue { throw IngestError.isDirectory(path) }
    // Read straight into the array: a huge file is held once, not as Data and a copy.
    let file = open(path, O_RDONLY)
    guard file >= 0 else { throw unreadable(path) }
    defer { close(file) }
    var status = stat()
    guard fstat(file, &status) == 0 else { throw unreadable(path) }
    let size = Int(status.st_size)
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

  /// The error for a file the system will not read, with its reason.
  private static func unreadable(_ path: String) -> IngestError {
    .unreadable(path, reason: String(cString: strerror(errno)))
  }
}
