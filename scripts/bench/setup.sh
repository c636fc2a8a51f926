# Sourced by the benchmarks: from the repository root, a release build in $bin and the
# generated base corpus (2,000 articles in every format) in $base, made once.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product dossier >/dev/null
bin=.build/release/dossier
base=.build-bench/base
if [ ! -d "$base" ]; then
  "$bin" scripts/generate-corpus.lua "$base" --articles 2000 --seed 42 >/dev/null
fi
