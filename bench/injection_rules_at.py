"""The injection rules' verdicts on labelled files, as the rules stood in another checkout (an old revision's worktree).

Why: a held-out file becomes a development set once measured, and the rules are tuned on it; figures from today's
rules on it are tuned figures. ``injection_model_train.py --untuned`` judges each left-out file by the rules as they
were before anyone tuned on it. The revisions (the parent of the first commit of the pass that read the file's
misses, or of the commit that made it a development set):

    v4 6480a83   v5 80702a6   v6 01f2ed7   v7 aa7da68   v8 f9dd351   v9 0223fb5   v10 and v11 f283a37

(f283a37: the rules before the twenty-first pass studied v10's misses; no rule pass read v11, so its untuned figures
are the rules of that same revision.)

    git worktree add --detach /tmp/DIR/r6480a83 6480a83
    .venv/bin/python bench/injection_rules_at.py /tmp/DIR/r6480a83 /tmp/DIR/untuned_v4.json heldout_v4_agent.jsonl heldout_v4_public.jsonl

Writes one record per text, in file order: {set, label, rules (score, learned signal off), capped, signals}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "tests" / "injection_eval"


def main() -> None:
    tree, out, names = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), sys.argv[3:]
    sys.path.insert(0, str(tree))
    from services.guard import injection  # the worktree's rules, not this checkout's

    if not Path(injection.__file__).resolve().is_relative_to(tree):
        raise SystemExit(f"imported {injection.__file__}, not the rules in {tree}")
    off = frozenset({getattr(injection, "LEARNED", "inject.learned")})
    records = []
    for name in names:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                found = injection.assess(case["content"], off)
                records.append({"set": name, "label": int(case["label"] == "injection"), "rules": found.score,
                                "capped": found.score < round(injection._score(list(found.signals)), 3),
                                "signals": [[s.name, s.weight] for s in found.signals]})
    out.write_text(json.dumps(records), encoding="utf-8")
    print(f"{tree.name}: {len(records)} texts judged")


if __name__ == "__main__":
    main()
