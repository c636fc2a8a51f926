#!/usr/bin/env bash
# Load benchmark: a generated corpus of about SIZE MB (default 100), release build.
#   scripts/bench-load.sh [SIZE_MB]
# The corpus is cached in .build-bench/: 2,000 generated articles in every format, copied
# until the size is reached (see sized_corpus in bench/setup.sh).
source "$(dirname "$0")/bench/setup.sh"
"$bin" scripts/bench/load.lua "$(sized_corpus "${1:-100}")"
