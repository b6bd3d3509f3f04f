// libcurl's easy interface through dlopen: see include/CCurl.h. The option and info
// numbers are libcurl's (curl/curl.h), part of its stable ABI, so no development headers
// are needed to build quoth.

// strdup, dlopen and dlsym are POSIX.
#define _POSIX_C_SOURCE 200809L

#include "CCurl.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  CURLOPT_WRITEDATA = 10001,
  CURLOPT_URL = 10002,
  CURLOPT_ERRORBUFFER = 10010,
  CURLOPT_WRITEFUNCTION = 20011,
  CURLOPT_USERAGENT = 10018,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_HEADERDATA = 10029,
  CURLOPT_FOLLOWLOCATION = 52,
  CURLOPT_MAXREDIRS = 68,
  CURLOPT_HEADERFUNCTION = 20079,
  CURLOPT_NOSIGNAL = 99,
  CURLOPT_ACCEPT_ENCODING = 10102,
  CURLOPT_MAXFILESIZE_LARGE = 30117,
  CURLOPT_TIMEOUT_MS = 155,
  CURLOPT_CONNECTTIMEOUT_MS = 156,
  CURLOPT_PROTOCOLS = 181,
  CURLOPT_REDIR_PROTOCOLS = 182,
  CURLINFO_EFFECTIVE_URL = 0x100000 + 1,
  CURLINFO_RESPONSE_CODE = 0x200000 + 2,
  CURLPROTO_HTTP = 1,
  CURLPROTO_HTTPS = 2,
  CURL_GLOBAL_DEFAULT = 3,
  CURLE_OK = 0,
  CURLE_WRITE_ERROR = 23,
  CURLE_FILESIZE_EXCEEDED = 63,
  CURL_ERROR_SIZE = 256,
};

typedef void CURL;
struct curl_slist;
typedef size_t (*data_callback)(char *, size_t, size_t, void *);

struct quoth_curl_library {
  int (*global_init)(long flags);
  CURL *(*easy_init)(void);
  int (*easy_setopt)(CURL *, int option, ...);
  int (*easy_perform)(CURL *);
  int (*easy_getinfo)(CURL *, int info, ...);
  void (*easy_cleanup)(CURL *);
  const char *(*easy_strerror)(int);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
};

#ifdef __APPLE__
static const char *const system_library = "libcurl.4.dylib";
#else
static const char *const system_library = "libcurl.so.4";
#endif

quoth_curl_library *quoth_curl_open(const char *library_name, char *error, size_t error_size) {
  const char *name = library_name ? library_name : system_library;
  void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    snprintf(error, error_size, "%s", dlerror());
    return NULL;
  }
  quoth_curl_library *library = calloc(1, sizeof *library);
  if (!library) {
    snprintf(error, error_size, "out of memory");
    dlclose(handle);
    return NULL;
  }
  struct {
    void **slot;
    const char *symbol;
  } functions[] = {
      {(void **)&library->global_init, "curl_global_init"},
      {(void **)&library->easy_init, "curl_easy_init"},
      {(void **)&library->easy_setopt, "curl_easy_setopt"},
      {(void **)&library->easy_perform, "curl_easy_perform"},
      {(void **)&library->easy_getinfo, "curl_easy_getinfo"},
      {(void **)&library->easy_cleanup, "curl_easy_cleanup"},
      {(void **)&library->easy_strerror, "curl_easy_strerror"},
      {(void **)&library->slist_append, "curl_slist_append"},
      {(void **)&library->slist_free_all, "curl_slist_free_all"},
  };
  for (size_t index = 0; index < sizeof functions / sizeof functions[0]; index++) {
    *functions[index].slot = dlsym(handle, functions[index].symbol);
    if (!*functions[index].slot) {
      snprintf(error, error_size, "%s has no %s", name, functions[index].symbol);
      free(library);
      dlclose(handle);
      return NULL;
    }
  }
  if (library->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    snprintf(error, error_size, "curl_global_init failed");
    free(library);
    dlclose(handle);
    return NULL;
  }
  return library;
}

/// A growing byte buffer; `limit` < 0 means unlimited.
typedef struct {
  unsigned char *bytes;
  size_t length;
  size_t capacity;
  long long limit;
  int overflowed;
} buffer;

static int append(buffer *target, const char *data, size_t length) {
  if (target->limit >= 0 && (long long)(target->length + length) > target->limit) {
    target->overflowed = 1;
    return 0;
  }
  if (target->length + length + 1 > target->capacity) {
    size_t capacity = target->capacity ? target->capacity : 16384;
    while (capacity < target->length + length + 1) capacity *= 2;
    unsigned char *grown = realloc(target->bytes, capacity);
    if (!grown) return 0;
    target->bytes = grown;
    target->capacity = capacity;
  }
  memcpy(target->bytes + target->length, data, length);
  target->length += length;
  target->bytes[target->length] = 0;
  return 1;
}

static size_t write_body(char *data, size_t size, size_t count, void *context) {
  return append(context, data, size * count) ? size * count : 0;
}

/// Keeps the header lines of the last response only: a status line ("HTTP/…") starts a
/// new response (after a redirect, or a proxy's CONNECT answer).
static size_t write_header(char *data, size_t size, size_t count, void *context) {
  buffer *headers = context;
  size_t length = size * count;
  if (length >= 5 && memcmp(data, "HTTP/", 5) == 0) headers->length = 0;
  return append(headers, data, length) ? length : 0;
}

void quoth_fetch(const quoth_curl_library *library, const quoth_fetch_request *request,
                 quoth_fetch_result *result) {
  memset(result, 0, sizeof *result);
  CURL *easy = library->easy_init();
  if (!easy) {
    result->outcome = QUOTH_FETCH_FAILED;
    snprintf(result->error, sizeof result->error, "curl_easy_init failed");
    return;
  }
  char message[CURL_ERROR_SIZE] = "";
  buffer body = {.limit = request->max_bytes};
  buffer headers = {.limit = 1 << 20};
  struct curl_slist *header_list = NULL;
  for (int index = 0; index < request->header_count; index++) {
    struct curl_slist *longer = library->slist_append(header_list, request->headers[index]);
    if (longer) header_list = longer;
  }
  library->easy_setopt(easy, CURLOPT_URL, request->url);
  library->easy_setopt(easy, CURLOPT_ERRORBUFFER, message);
  library->easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  library->easy_setopt(easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  library->easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  library->easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
  library->easy_setopt(easy, CURLOPT_MAXREDIRS, request->max_redirects);
  library->easy_setopt(easy, CURLOPT_TIMEOUT_MS, request->timeout_ms);
  library->easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, request->timeout_ms);
  library->easy_setopt(easy, CURLOPT_USERAGENT, request->user_agent);
  library->easy_setopt(easy, CURLOPT_HTTPHEADER, header_list);
  // Every encoding this libcurl decodes (gzip, deflate, brotli…); the cap counts decoded bytes.
  library->easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
  library->easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, (long long)request->max_bytes);
  library->easy_setopt(easy, CURLOPT_WRITEFUNCTION, (data_callback)write_body);
  library->easy_setopt(easy, CURLOPT_WRITEDATA, &body);
  library->easy_setopt(easy, CURLOPT_HEADERFUNCTION, (data_callback)write_header);
  library->easy_setopt(easy, CURLOPT_HEADERDATA, &headers);

  int code = library->easy_perform(easy);
  result->curl_code = code;
  library->easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &result->status);
  const char *final_url = NULL;
  if (library->easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url)
    result->final_url = strdup(final_url);
  if (body.overflowed || code == CURLE_FILESIZE_EXCEEDED) {
    result->outcome = QUOTH_FETCH_TOO_LARGE;
  } else if (code != CURLE_OK) {
    result->outcome = QUOTH_FETCH_FAILED;
    snprintf(result->error, sizeof result->error, "%s",
             message[0] ? message : library->easy_strerror(code));
  }
  result->body = body.bytes;
  result->body_length = body.length;
  result->headers = (char *)headers.bytes;
  result->headers_length = headers.length;
  library->slist_free_all(header_list);
  library->easy_cleanup(easy);
}

void quoth_fetch_result_free(quoth_fetch_result *result) {
  free(result->final_url);
  free(result->headers);
  free(result->body);
  result->final_url = NULL;
  result->headers = NULL;
  result->body = NULL;
}
