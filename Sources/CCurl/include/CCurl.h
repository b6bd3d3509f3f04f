#ifndef QUOTH_CCURL_H
#define QUOTH_CCURL_H

// One HTTP(S) GET through libcurl's easy interface. libcurl is opened with dlopen on the
// first fetch, so a quoth that reads only local files never loads it (nor its TLS, SSH,
// Kerberos and LDAP libraries).

#include <stddef.h>

/// What to fetch and the limits to keep.
typedef struct {
  const char *url;
  const char *user_agent;
  /// Further request headers, each "Name: value".
  const char *const *headers;
  int header_count;
  long max_redirects;
  /// The whole transfer, connecting included, in milliseconds.
  long timeout_ms;
  /// The largest body kept; reading stops past it.
  long long max_bytes;
} quoth_fetch_request;

/// How a transfer ended, besides libcurl's own result code.
typedef enum {
  QUOTH_FETCH_DONE = 0,
  /// The body passed `max_bytes` (or its Content-Length did); reading stopped.
  QUOTH_FETCH_TOO_LARGE = 1,
  /// libcurl failed; `curl_code` is its CURLcode and `error` its description.
  QUOTH_FETCH_FAILED = 2,
} quoth_fetch_outcome;

/// What came back. Free with `quoth_fetch_result_free`.
typedef struct {
  quoth_fetch_outcome outcome;
  int curl_code;
  /// The final response's HTTP status.
  long status;
  /// The address the body came from, after redirects (malloc'd, may be NULL).
  char *final_url;
  /// The final response's header lines, as received (malloc'd, may be NULL).
  char *headers;
  size_t headers_length;
  unsigned char *body;
  size_t body_length;
  char error[512];
} quoth_fetch_result;

/// A loaded libcurl: its easy-interface functions, found with dlsym.
typedef struct quoth_curl_library quoth_curl_library;

/// Opens `library_name` (NULL: the system's libcurl), finds the functions quoth calls and
/// runs curl_global_init. NULL when it cannot, with the loader's message in `error`. Call
/// it once per process (curl_global_init is not thread-safe); the library stays loaded.
quoth_curl_library *quoth_curl_open(const char *library_name, char *error, size_t error_size);

/// Runs the request on the calling thread (blocking) with its own easy handle, so several
/// threads may fetch at once.
void quoth_fetch(const quoth_curl_library *library, const quoth_fetch_request *request,
                 quoth_fetch_result *result);

void quoth_fetch_result_free(quoth_fetch_result *result);

// libcurl's result codes quoth tells apart (curl/curl.h; stable across libcurl 7 and 8).
enum {
  QUOTH_CURLE_UNSUPPORTED_PROTOCOL = 1,
  QUOTH_CURLE_URL_MALFORMAT = 3,
  QUOTH_CURLE_COULDNT_RESOLVE_PROXY = 5,
  QUOTH_CURLE_COULDNT_RESOLVE_HOST = 6,
  QUOTH_CURLE_COULDNT_CONNECT = 7,
  QUOTH_CURLE_OPERATION_TIMEDOUT = 28,
  QUOTH_CURLE_SSL_CONNECT_ERROR = 35,
  QUOTH_CURLE_TOO_MANY_REDIRECTS = 47,
  QUOTH_CURLE_SSL_ENGINE_NOTFOUND = 53,
  QUOTH_CURLE_SSL_ENGINE_SETFAILED = 54,
  QUOTH_CURLE_SSL_CERTPROBLEM = 58,
  QUOTH_CURLE_SSL_CIPHER = 59,
  QUOTH_CURLE_PEER_FAILED_VERIFICATION = 60,
  QUOTH_CURLE_USE_SSL_FAILED = 64,
  QUOTH_CURLE_SSL_ENGINE_INITFAILED = 66,
  QUOTH_CURLE_SSL_CACERT_BADFILE = 77,
  QUOTH_CURLE_SSL_SHUTDOWN_FAILED = 80,
  QUOTH_CURLE_SSL_CRL_BADFILE = 82,
  QUOTH_CURLE_SSL_ISSUER_ERROR = 83,
  QUOTH_CURLE_SSL_PINNEDPUBKEYNOTMATCH = 90,
  QUOTH_CURLE_SSL_INVALIDCERTSTATUS = 91,
};

#endif
