"""Indirect prompt injection: flag rate on injections and on benign tool results, per category, language and technique.

Each case is judged as one tool result through the function the live guard uses
(services.guard.judge.judge_request_text with the shipped policy's [guard] section, role
``developer``): flagged means the guard would refuse it or name it in the ``lockgate-injection``
header (any injection verdict: flag, neutralise, approve or block). "tainted" counts cases
whose score reached the taint threshold (their session's next risky tool calls are held).

    .venv/bin/python bench/injection_eval.py                          # the dev set
    .venv/bin/python bench/injection_eval.py FILE [FILE ...]          # each file, reported separately
    .venv/bin/python bench/injection_eval.py --misses [FILE ...]      # also list the cases judged wrongly
    .venv/bin/python bench/injection_eval.py --policy other.toml      # another policy's [guard] section

Without FILE it reports tests/injection_eval/dev.jsonl. tests/injection_eval/dev_holdout.jsonl is the dev set's
own held-out split (read once, at the end of a change); other held-out files are passed by whoever holds them.
Each line is {"content", "label": "injection"|"benign", "category", "language", "technique", ...}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.cli.workers import DEFAULT_POLICY  # noqa: E402
from services.common.policy_store import policy_document  # noqa: E402
from services.guard.judge import judge_request_text, request_memo_clear  # noqa: E402
from services.guard.policy import load_guard_policy  # noqa: E402

SETS = Path(__file__).resolve().parents[1] / "tests" / "injection_eval"
ROLES = ("developer",)


def judged(cases: list[dict], policy) -> list[tuple[dict, bool, bool, str]]:
    """(case, flagged, tainted, rule) for each case."""
    out = []
    for case in cases:
        j = judge_request_text([case["content"]], policy, ROLES)
        flagged = j.action != "allow"
        out.append((case, flagged, flagged or j.score >= policy.injection.taint_score, j.rule_id))
    return out


def table(title: str, results, key: str) -> None:
    groups: dict[str, list] = defaultdict(list)
    for r in results:
        groups[r[0].get(key, "?")].append(r)
    print(f"\n{title} by {key}")
    print(f"  {key:<18} {'inj n':>6} {'flagged':>8} {'tainted':>8}   {'benign n':>8} {'flagged':>8}")
    for name in sorted(groups):
        inj = [r for r in groups[name] if r[0]["label"] == "injection"]
        ben = [r for r in groups[name] if r[0]["label"] == "benign"]
        print(
            f"  {name:<18} {len(inj):>6} {_rate(inj, 1):>8} {_rate(inj, 2):>8}   {len(ben):>8} {_rate(ben, 1):>8}"
        )


def _rate(rows, index: int) -> str:
    return f"{sum(r[index] for r in rows) / len(rows):.3f}" if rows else "-"


def report(name: str, path: Path, policy, misses: bool) -> dict:
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    request_memo_clear()
    started = time.perf_counter()
    results = judged(cases, policy)
    elapsed = time.perf_counter() - started
    inj = [r for r in results if r[0]["label"] == "injection"]
    ben = [r for r in results if r[0]["label"] == "benign"]
    size = sum(len(c["content"]) for c in cases)
    print(f"\n=== {name}: {len(cases)} cases ({len(inj)} injections, {len(ben)} benign) ===")
    print(f"injections flagged {_rate(inj, 1)}  tainted (flagged or below-threshold signal) {_rate(inj, 2)}")
    print(f"benign flagged     {_rate(ben, 1)}  tainted {_rate(ben, 2)}")
    print(f"judged in {elapsed * 1000:.0f} ms ({size / 1024:.0f} KB, {elapsed / max(len(cases), 1) * 1e6:.0f} us per case)")
    for key in ("category", "language", "technique"):
        table(name, results, key)
    if misses:
        for case, flagged, _tainted, rule in results:
            if flagged != (case["label"] == "injection"):
                print(f"  MISS {case['label']:<9} {case['category']:<10} {case['language']:<3} {case['technique']:<18} {rule or '-':<22} {case['content'][:110]!r}")
    return {"cases": len(cases), "injections_flagged": _rate(inj, 1), "benign_flagged": _rate(ben, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL sets to report (default: the dev set)")
    parser.add_argument("--policy", type=Path, default=DEFAULT_POLICY, help="policy whose [guard] section judges")
    parser.add_argument("--misses", action="store_true", help="list the cases judged wrongly")
    args = parser.parse_args()
    policy = load_guard_policy(policy_document(args.policy.read_text()))
    for path in args.files or [SETS / "dev.jsonl"]:
        report(path.stem, path, policy, args.misses)


if __name__ == "__main__":
    main()
