#!/usr/bin/env bash
# Builds quoth's libFuzzer target with the address sanitizer and runs it on the seeds in
# Fuzz/corpus (new inputs it finds go to Fuzz/.work/corpus, crashes to Fuzz/.work/).
# Extra arguments go to libFuzzer, e.g. `Fuzz/run.sh -max_total_time=600`.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product quoth-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p .work/corpus
exec .build/release/quoth-fuzz -timeout=10 -rss_limit_mb=2048 -max_len=32768 \
  -artifact_prefix=.work/ .work/corpus corpus "$@"
