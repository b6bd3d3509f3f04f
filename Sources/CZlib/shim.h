// The system zlib, for the gzip members of .warc.gz crawls and gzip-encoded HTTP bodies.
#include <zlib.h>
