#!/usr/bin/env bash
# Load benchmark: a generated corpus of about SIZE MB (default 100), release build; then one
# JSON Lines file of the same size, loaded alone.
#   scripts/bench-load.sh [SIZE_MB]
# The corpora are cached in .build-bench/: 2,000 generated articles in every format, copied
# until the size is reached (see sized_corpus and one_file_corpus in bench/setup.sh).
source "$(dirname "$0")/bench/setup.sh"
"$bin" scripts/bench/load.lua "$(sized_corpus "${1:-100}")"
echo
echo "one JSON Lines file:"
"$bin" scripts/bench/load.lua "$(one_file_corpus "${1:-100}")" --load-only
