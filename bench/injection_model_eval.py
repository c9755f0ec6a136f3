"""The injection classifier against the rules, on sets it was not trained on: rules alone, model alone, combined.

For each JSONL set (same format as bench/injection_eval.py) it prints, per label and then by technique and
language, the share reported by: the rules (``assess``, score >= the default flag score), the model alone (its probability >= its threshold), and
the combination proposed in issue 21: the rules, or the model together with a weak rule signal (probability >= its
threshold and a rule score >= the default taint score). The classifier is not hooked into ``assess``: this
combination lost on the dev sets (bench/README.md), so it is measured here only.

    .venv/bin/python bench/injection_model_eval.py [--by technique,language] FILE [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.guard import injection  # noqa: E402
from services.guard.injection_model import load, probability  # noqa: E402
from services.guard.normalise import views  # noqa: E402

MODEL = load()


def judged(case: dict) -> tuple[bool, bool, bool]:
    text = case["content"]
    score = injection.assess(text).score
    model = probability(MODEL, views(text).text) >= MODEL.threshold
    return score >= injection.FLAG_SCORE, model, score >= injection.FLAG_SCORE or (model and score >= injection.TAINT_SCORE)


def rates(rows: list[tuple[dict, tuple[bool, bool, bool]]]) -> str:
    if not rows:
        return f"{'-':>7} {'-':>7} {'-':>7}"
    return " ".join(f"{sum(r[1][k] for r in rows) / len(rows):7.3f}" for k in range(3))


def report(path: Path, keys: list[str]) -> None:
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    started = time.perf_counter()
    results = [(c, judged(c)) for c in cases]
    elapsed = time.perf_counter() - started
    print(f"\n=== {path.stem}: {len(cases)} cases ({elapsed:.1f} s) ===   columns: rules  model  combined")
    for label in ("injection", "benign"):
        rows = [r for r in results if r[0]["label"] == label]
        print(f"  {label:<28} n={len(rows):<4} {rates(rows)}")
    for key in keys:
        groups: dict[str, list] = defaultdict(list)
        for r in results:
            groups[f"{r[0]['label'][:3]} {r[0].get(key, '?')}"].append(r)
        print(f"  by {key}")
        for name in sorted(groups):
            print(f"    {name:<26} n={len(groups[name]):<4} {rates(groups[name])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--by", default="", help="comma-separated keys to break figures down by (technique, language, category)")
    args = parser.parse_args()
    for path in args.files:
        report(path, [k for k in args.by.split(",") if k])


if __name__ == "__main__":
    main()
