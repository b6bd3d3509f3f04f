import Foundation

/// Pages and feeds kept between runs, one file each under a folder
/// (`$XDG_CACHE_HOME/quoth/web`), with the validators the server sent (ETag,
/// Last-Modified) so that the next run asks conditionally. Only responses that carry a
/// validator are kept: without one there is nothing to ask. The folder is held under
/// `maxBytes` by removing the entries used longest ago. An entry that cannot be read
/// (cut short, edited, another format) is ignored and removed: never an error.
/// Safe to call from several threads and processes (entries are written whole, then
/// renamed into place).
public final class WebCache: @unchecked Sendable {
  public let directory: URL
  public let maxBytes: Int
  private let lock = NSLock()

  /// 100 MB.
  public static let standardMaxBytes = 100 << 20

  public init(directory: URL, maxBytes: Int = WebCache.standardMaxBytes) {
    self.directory = directory
    self.maxBytes = maxBytes
  }

  /// The cache's folder for this environment: `$XDG_CACHE_HOME/quoth/web`, else
  /// `~/.cache/quoth/web`; nil when neither is known.
  public static func standardDirectory(environment: [String: String]) -> URL? {
    if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
      return URL(fileURLWithPath: base).appendingPathComponent("quoth/web")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/quoth/web")
  }

  /// The response kept for `address`, or nil (none kept, or unreadable: then removed).
  public func response(for address: String) -> WebResponse? {
    let file = self.file(for: address)
    guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
    guard let entry = CacheEntry(data), entry.header.url == address else {
      try? FileManager.default.removeItem(at: file)
      return nil
    }
    return entry.response
  }

  /// Keeps `response` (when it carries a validator), then trims the folder to `maxBytes`.
  public func store(_ response: WebResponse) {
    guard response.etag != nil || response.lastModified != nil,
      response.bytes.count < maxBytes
    else { return }
    let data = CacheEntry.encode(response)
    let file = self.file(for: response.url)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      // Written beside it, then renamed: a reader never sees half an entry.
      let partial = directory.appendingPathComponent(
        ".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
      try data.write(to: partial)
      if rename(partial.path, file.path) != 0 { try? FileManager.default.removeItem(at: partial) }
    } catch {
      return
    }
    trim()
  }

  /// Marks the entry for `address` as just used (a 304): it is evicted last.
  public func touch(_ address: String) {
    try? FileManager.default.setAttributes(
      [.modificationDate: Date()], ofItemAtPath: file(for: address).path)
  }

  /// Removes the entries used longest ago until the folder holds at most `maxBytes`.
  func trim() {
    lock.lock()
    defer { lock.unlock() }
    let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
    guard
      let files = try? FileManager.default.contentsOfDirectory(
        at: directory, includingPropertiesForKeys: keys)
    else { return }
    var entries = files.filter { $0.pathExtension == "entry" }.compactMap {
      file -> (url: URL, size: Int, used: Date)? in
      guard let values = try? file.resourceValues(forKeys: Set(keys)) else { return nil }
      return (file, values.fileSize ?? 0, values.contentModificationDate ?? .distantPast)
    }
    var total = entries.reduce(0) { $0 + $1.size }
    guard total > maxBytes else { return }
    entries.sort { $0.used < $1.used }
    for entry in entries where total > maxBytes {
      try? FileManager.default.removeItem(at: entry.url)
      total -= entry.size
    }
  }

  /// The file of an address: its 64-bit FNV-1a hash in hex (the entry names its address,
  /// so two addresses with one hash miss rather than mix).
  func file(for address: String) -> URL {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in address.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let name = String(hash, radix: 16)
    return directory.appendingPathComponent(
      String(repeating: "0", count: 16 - name.count) + name + ".entry")
  }
}

/// One kept response as stored: a line of JSON (the address, the type, the validators,
/// the body's length), then the body.
struct CacheEntry {
  struct Header: Codable {
    var url: String
    var finalURL: String
    var mimeType: String?
    var charset: String?
    var etag: String?
    var lastModified: String?
    var length: Int
  }

  var header: Header
  var body: [UInt8]

  /// Reads an entry; nil when it is not one (no header, a bad header, a body of another
  /// length than the header says).
  init?(_ data: Data) {
    guard let newline = data.firstIndex(of: 0x0A),
      let header = try? JSONDecoder().decode(Header.self, from: data[data.startIndex..<newline]),
      header.length == data.endIndex - newline - 1
    else { return nil }
    self.header = header
    body = Array(data[(newline + 1)...])
  }

  var response: WebResponse {
    WebResponse(
      url: header.url, finalURL: header.finalURL, bytes: body, mimeType: header.mimeType,
      charset: header.charset, etag: header.etag, lastModified: header.lastModified)
  }

  static func encode(_ response: WebResponse) -> Data {
    let header = Header(
      url: response.url, finalURL: response.finalURL, mimeType: response.mimeType,
      charset: response.charset, etag: response.etag, lastModified: response.lastModified,
      length: response.bytes.count)
    var data = (try? JSONEncoder().encode(header)) ?? Data()
    data.append(0x0A)
    data.append(contentsOf: response.bytes)
    return data
  }
}
