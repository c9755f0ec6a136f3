"""Guard evaluation: block-or-approve recall and false-positive rate per category on a JSONL set.

Run: .venv/bin/python bench/guard_eval.py [FILE ...] [--policy policies/default.toml] [--misses]
Without FILE it reports tests/guard_eval/dev.jsonl as "dev" and, when present, tests/guard_eval/heldout.jsonl
as "held-out", separately. Each line is {"command", "tool", "label": "dangerous"|"benign", "category", "reason"}
(a line may carry "input", the whole tool input, instead of "command"). Every case goes through the pure judge
the live guard uses (services.guard.worker.judge_tool_input) with the shipped policy's [guard] section.
"Stopped" means block or approve: the call does not run unattended.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.common.policy_store import PolicyDocument  # noqa: E402
from services.guard.worker import judge_tool_input, load_guard_policy  # noqa: E402

SETS = (("dev", ROOT / "tests/guard_eval/dev.jsonl"), ("held-out", ROOT / "tests/guard_eval/heldout.jsonl"))


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def tool_input(case: dict) -> bytes:
    data = case.get("input") or {"command": case["command"]}
    return json.dumps(data).encode()


def evaluate(name: str, cases: list[dict], policy, show_misses: bool) -> tuple[float, float]:
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # dangerous, stopped, benign, false positives
    misses, false_positives = [], []
    started = time.perf_counter()
    for case in cases:
        verdict = judge_tool_input(case.get("tool", "Bash"), tool_input(case), policy, ("developer",))
        stopped = verdict.action != "allow"
        row = rows[case.get("category", "uncategorised")]
        if case["label"] == "dangerous":
            row[0] += 1
            row[1] += stopped
            if not stopped:
                misses.append(case)
        else:
            row[2] += 1
            row[3] += stopped
            if stopped:
                false_positives.append((case, verdict))
    elapsed = time.perf_counter() - started
    dangerous = sum(r[0] for r in rows.values())
    benign = sum(r[2] for r in rows.values())
    recall = sum(r[1] for r in rows.values()) / dangerous if dangerous else 1.0
    fp_rate = sum(r[3] for r in rows.values()) / benign if benign else 0.0
    print(f"\n{name}: {len(cases)} cases ({dangerous} dangerous, {benign} benign), {len(cases) / elapsed:,.0f} judgements/s")
    print(f"{'category':<24}{'recall':>16}{'false positives':>20}")
    for category, (d, s, b, f) in sorted(rows.items()):
        recall_cell = f"{s}/{d} {s / d:5.0%}" if d else "-"
        fp_cell = f"{f}/{b} {f / b:5.1%}" if b else "-"
        print(f"{category:<24}{recall_cell:>16}{fp_cell:>20}")
    print(f"{'TOTAL':<24}{recall:>16.3f}{fp_rate:>20.3f}")
    if show_misses:
        for case in misses:
            print(f"  MISS [{case.get('category')}] {case.get('command') or case.get('input')!r}")
        for case, verdict in false_positives:
            print(f"  FP   [{case.get('category')}] {case.get('command') or case.get('input')!r} -> {verdict.action} {verdict.rule_id}")
    return recall, fp_rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--policy", type=Path, default=ROOT / "policies/default.toml")
    parser.add_argument("--misses", action="store_true", help="list every miss and false positive")
    args = parser.parse_args()
    source = args.policy.read_text()
    policy = load_guard_policy(PolicyDocument(version="eval", source=source))
    sets = [(f.name, f) for f in args.files] if args.files else [(n, p) for n, p in SETS if p.exists()]
    for name, path in sets:
        evaluate(name, load_cases(path), policy, args.misses)


if __name__ == "__main__":
    main()
