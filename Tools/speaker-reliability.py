#!/usr/bin/env python3
"""Reliability of quoth's speakerConfidence: of the quotes at each confidence, how many
have the right speaker name (the scorer's name-level check).

usage: python3 Tools/speaker-reliability.py SPLIT_DIR ANALYSIS_DIR
  SPLIT_DIR     ../shared/corpus/polnear/dev (gold.jsonl, referents.jsonl, text/)
  ANALYSIS_DIR  `quoth analyze --format json --output-dir ANALYSIS_DIR SPLIT_DIR/text/*.txt`
Uses ../shared/eval/score_quotes.py for matching and the name check.
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score_quotes as sq  # noqa: E402

BINS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]


def main(split, out):
    referents = sq.load_referents(os.path.join(split, "referents.jsonl"))
    counts = [[0, 0, 0.0] for _ in BINS]
    for line in open(os.path.join(split, "gold.jsonl"), encoding="utf-8"):
        row = json.loads(line)
        art = row["article"]
        text = open(os.path.join(split, "text", art), encoding="utf-8", newline="").read()
        path = os.path.join(out, art + ".json")
        if not os.path.exists(path):
            continue
        quotes = json.load(open(path, encoding="utf-8")).get("quotes", [])
        for q in quotes:
            if q.get("speaker") is None or q.get("speakerConfidence") is None:
                continue
            s, e = sq.trim(text, q["spans"][0][0], q["spans"][-1][1])
            for g in row["quotes"]:
                gs, ge = sq.trim(text, g["start"], g["end"])
                ov = min(ge, e) - max(gs, s)
                if ov > 0 and ov >= 0.5 * (ge - gs) and ov >= 0.5 * (e - s) and g.get("source"):
                    ok = sq.name_ok(g["source"], text, q, referents.get(art, {}))
                    c = q["speakerConfidence"]
                    for k, (lo, hi) in enumerate(BINS):
                        if lo <= c < hi:
                            counts[k][0] += 1
                            counts[k][1] += bool(ok)
                            counts[k][2] += c
                    break
    print("| confidence | quotes | mean confidence | right (name level) |")
    print("|---|---|---|---|")
    for (lo, hi), (n, right, total) in zip(BINS, counts):
        if n:
            print(f"| {lo:.2f}–{min(hi, 1):.2f} | {n} | {total / n:.2f} | {right / n:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
