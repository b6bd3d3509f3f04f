import CCurl
import Foundation

/// libcurl, opened with `dlopen` on the first fetch (see `Sources/CCurl`): a quoth that
/// reads only local files never loads it, nor the TLS, SSH, Kerberos and LDAP libraries
/// it links.
final class CurlLibrary: @unchecked Sendable {
  /// Why libcurl could not be opened, as the loader says it.
  struct Unavailable: Error {
    let detail: String
  }

  /// One transfer's outcome.
  struct Transfer {
    var outcome: quoth_fetch_outcome
    var curlCode: Int
    /// The final response's HTTP status (0 when none came).
    var status: Int
    var finalURL: String?
    /// The final response's headers, by lower-cased name.
    var headers: [String: String]
    var body: [UInt8]
    /// libcurl's description of a failure.
    var message: String
  }

  /// The system's libcurl. Swift runs this initialiser once per process, under a lock,
  /// which is what `curl_global_init` asks for.
  static let system = Result { () throws(Unavailable) in try CurlLibrary(name: nil) }

  // Opened once and never closed: immutable after `init`, safe to share between threads.
  private let library: OpaquePointer

  /// Opens `name` (nil: the system's libcurl).
  init(name: String?) throws(Unavailable) {
    var error = [CChar](repeating: 0, count: 512)
    guard let library = quoth_curl_open(name, &error, error.count) else {
      throw Unavailable(detail: error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
    }
    self.library = library
  }

  /// GETs `url` on the calling thread with its own easy handle (blocking).
  func get(
    _ url: String, userAgent: String, headers: [String], maxRedirects: Int, timeout: Double,
    maxBytes: Int
  ) -> Transfer {
    let lines = headers.map { strdup($0) }
    defer { for line in lines { free(line) } }
    var result = quoth_fetch_result()
    url.withCString { url in
      userAgent.withCString { userAgent in
        lines.map { UnsafePointer($0) }.withUnsafeBufferPointer { lines in
          var request = quoth_fetch_request(
            url: url, user_agent: userAgent, headers: lines.baseAddress,
            header_count: Int32(lines.count), max_redirects: maxRedirects,
            timeout_ms: milliseconds(timeout), max_bytes: Int64(maxBytes))
          quoth_fetch(library, &request, &result)
        }
      }
    }
    defer { quoth_fetch_result_free(&result) }
    let message = withUnsafeBytes(of: result.error) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
    return Transfer(
      outcome: result.outcome, curlCode: Int(result.curl_code), status: result.status,
      finalURL: result.final_url.map { String(cString: $0) },
      headers: CurlLibrary.headerFields(
        result.headers.map {
          String(
            decoding: UnsafeRawBufferPointer(start: $0, count: result.headers_length),
            as: UTF8.self)
        } ?? ""),
      body: result.body.map { Array(UnsafeBufferPointer(start: $0, count: result.body_length)) }
        ?? [],
      message: message)
  }

  /// `seconds` as libcurl's milliseconds: at least 1 (0 would mean no timeout), at most a
  /// 32-bit `long`'s worth (24 days).
  private func milliseconds(_ seconds: Double) -> Int {
    Int((min(max(seconds * 1000, 1), Double(Int32.max))).rounded())
  }

  /// `Name: value` lines by lower-cased name (the status line and folded lines skipped).
  static func headerFields(_ block: String) -> [String: String] {
    var fields: [String: String] = [:]
    for line in block.split(whereSeparator: \.isNewline) {
      guard let colon = line.firstIndex(of: ":"), line.first?.isWhitespace == false else {
        continue
      }
      let name = line[..<colon].lowercased()
      fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return fields
  }
}
