"""Which injection rules decide the flags, and how precise each is across independent authors.

Why: a phrase rule tuned on one set moves that set and nothing else. The blind sets were each written by a
different outsider, so a rule whose false alarms are spread over many of them is imprecise on the next author
too, while one whose false alarms sit in one set is that author's quirk. For every case of the given sets this
judges the text as the live guard does (``judge_request_text``, shipped policy, role ``developer``) and finds the
rules that *decided* its flag: a signal decides when the text, judged without that rule, is no longer flagged
(``inject.learned`` decides the texts it lifted). A flag no single rule decides is counted under ``(redundant)``;
one by a request-pack rule (not the injection detector) under its own id.

    .venv/bin/python bench/injection_rule_precision.py                      # heldout, heldout_v2 .. v10
    .venv/bin/python bench/injection_rule_precision.py --sets 'dev*.jsonl'  # any glob under tests/injection_eval
    .venv/bin/python bench/injection_rule_precision.py --by-set inject.reader_order
    .venv/bin/python bench/injection_rule_precision.py --scores             # the flag threshold's cross-author ROC
    .venv/bin/python bench/injection_rule_precision.py --scores --untuned /tmp/DIR/untuned_v*.json

``--untuned`` reports the records ``injection_rules_at.py`` wrote from old worktrees (each set judged by the rules
before anyone tuned on it) instead of today's rules: today's rules were tuned on every development set, so their
false alarms there are few and say little about the next author; the untuned verdicts are what each author's set
met when it was new.

Per rule: injections / benign flagged where it decided, over all sets, and in how many authors' sets (v2, v3, v4
... one author each; agent/public/mixed halves of a version are one author) it decided a benign flag. ``--scores``
prints, for each threshold, injections / benign at or above it on the rules' own score (learned signal off).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.cli.workers import DEFAULT_POLICY  # noqa: E402
from services.common.policy_store import policy_document  # noqa: E402
from services.guard import injection  # noqa: E402
from services.guard.injection_model import DECISIVE  # noqa: E402
from services.guard.judge import judge_request_text, request_memo_clear  # noqa: E402
from services.guard.policy import GuardPolicy, load_guard_policy  # noqa: E402

SETS = Path(__file__).resolve().parents[1] / "tests" / "injection_eval"
DEFAULT_SETS = ("heldout.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl", "heldout_v[4-9]_*.jsonl", "heldout_v10_*.jsonl")
BLIND = re.compile(r"heldout_v1[1-9]|heldout_v[2-9]\d")
"""Sets held back from development (v11 is this work's held-out split; v12 on are the lead's): never read here."""
AUTHOR = re.compile(r"^(heldout(?:_v\d+)?|dev[a-z_]*?\d*)")
REDUNDANT = "(redundant)"
THRESHOLDS = (0.4, 0.6, 0.8, 0.9, 1.0, 1.2, 1.4, 1.6, 2.0)


@dataclass(frozen=True, slots=True)
class Case:
    set: str
    label: str
    flagged: bool
    score: float
    rules_score: float
    additive: bool
    """The rules' flag (learned signal off) adds up weaker signals: none of them flags alone."""
    deciders: tuple[str, ...]
    signals: str


def author(set_name: str) -> str:
    """The writer of a set: the halves of one version (v10_agent, v10_public) are one author."""
    m = AUTHOR.match(set_name)
    return m.group(1) if m else set_name


def deciders(text: str, rule_id: str, policy: GuardPolicy) -> tuple[str, ...]:
    """The rules whose removal unflags a flagged text."""
    if not rule_id.startswith("inject."):
        return (rule_id,)
    found = injection.assess(text, frozenset(policy.disabled_rules))
    if any(s.name == injection.LEARNED and s.weight > 0 for s in found.signals):
        return (injection.LEARNED,)
    names = {s.name for s in found.signals if s.name not in injection.SUPPORTING}
    if rule_id == "inject.command":
        names.add(rule_id)
    out = []
    for name in sorted(names):
        off = frozenset({name})
        judged = judge_request_text([text], _without(policy, off), ("developer",))
        if judged.action == "allow":
            out.append(name)
    return tuple(out) or (REDUNDANT,)


_POLICIES: dict[frozenset[str], GuardPolicy] = {}


def _without(policy: GuardPolicy, rules: frozenset[str]) -> GuardPolicy:
    """The policy with ``rules`` disabled too (cached, so each is compiled once)."""
    if rules not in _POLICIES:
        _POLICIES[rules] = msgspec.structs.replace(policy, disabled_rules=sorted(set(policy.disabled_rules) | rules))
    return _POLICIES[rules]


def judged(path: Path, policy: GuardPolicy) -> list[Case]:
    out = []
    request_memo_clear()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        text = case["content"]
        j = judge_request_text([text], policy, ("developer",))
        flagged = j.action != "allow"
        rules = injection.assess(text, frozenset({injection.LEARNED}))
        additive = all(s.weight < DECISIVE for s in rules.signals)
        out.append(Case(path.stem, case["label"], flagged, j.score, rules.score, additive, deciders(text, j.rule_id, policy) if flagged else (), j.signals))
    return out


def per_rule(cases: list[Case]) -> None:
    inj: dict[str, int] = defaultdict(int)
    ben: dict[str, int] = defaultdict(int)
    ben_authors: dict[str, set[str]] = defaultdict(set)
    for c in cases:
        for rule in c.deciders:
            if c.label == "injection":
                inj[rule] += 1
            else:
                ben[rule] += 1
                ben_authors[rule].add(author(c.set))
    n_inj = sum(c.label == "injection" for c in cases)
    n_ben = len(cases) - n_inj
    authors = len({author(c.set) for c in cases})
    print(f"\n{len(cases)} cases ({n_inj} injections, {n_ben} benign) from {authors} authors")
    print(f"flagged: injections {sum(c.flagged for c in cases if c.label == 'injection')}, benign {sum(c.flagged for c in cases if c.label == 'benign')}")
    print(f"\n  {'rule (decided the flag)':<30} {'inj':>6} {'benign':>7} {'authors':>8} {'inj per benign':>15}")
    for rule in sorted(set(inj) | set(ben), key=lambda r: (-ben[r], -inj[r], r)):
        ratio = f"{inj[rule] / ben[rule]:.1f}" if ben[rule] else "-"
        print(f"  {rule:<30} {inj[rule]:>6} {ben[rule]:>7} {len(ben_authors[rule]):>8} {ratio:>15}")


def by_set(cases: list[Case], rule: str) -> None:
    print(f"\n{rule} decided, per set (injections / benign flagged)")
    groups: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        groups[c.set].append(c)
    for name, group in groups.items():
        i = sum(rule in c.deciders for c in group if c.label == "injection")
        b = sum(rule in c.deciders for c in group if c.label == "benign")
        if i or b:
            print(f"  {name:<26} {i:>4} / {b}")


def scores(cases: list[Case]) -> None:
    """The rules' score ROC per author, over all texts and over the texts no single signal flags (additive)."""
    groups: dict[str, list[Case]] = defaultdict(list)
    for c in cases:
        groups[author(c.set)].append(c)
    for title, picked in (("all texts", lambda c: True), ("additive: no signal flags alone; counts", lambda c: c.additive)):
        print(f"\nrules' own score (learned off) at or above t, {title}: injections / benign, per author")
        print(f"  {'author':<16}" + "".join(f"{t:>14}" for t in THRESHOLDS))
        for name, group in [*groups.items(), ("all", cases)]:
            inj = [c for c in group if c.label == "injection"]
            ben = [c for c in group if c.label == "benign"]
            row = "".join(f"{_at(inj, t, picked, title != 'all texts'):>7}/{_at(ben, t, picked, title != 'all texts'):<6}" for t in THRESHOLDS)
            print(f"  {name:<16}{row}")


def _at(rows: list[Case], t: float, picked: Callable[[Case], bool], counts: bool) -> str:
    hits = sum(c.rules_score >= t and picked(c) for c in rows)
    if counts:
        return str(hits)
    return f"{hits / len(rows):.3f}" if rows else "-"


def untuned_cases(paths: list[Path]) -> list[Case]:
    """Cases from ``injection_rules_at.py`` records: each set judged by the rules before anyone tuned on it (learned
    signal off). Deciders are read from the weights: a signal decides when the others add up to less than the flag."""
    out = []
    for path in paths:
        for r in json.loads(path.read_text(encoding="utf-8")):
            if BLIND.search(r["set"]):
                continue
            weights: dict[str, float] = {}
            for name, weight in r["signals"]:
                weights[name] = max(weights.get(name, 0.0), weight)
            flagged = r["rules"] >= injection.FLAG_SCORE
            total = sum(weights.values())
            decide = tuple(n for n, w in weights.items() if n not in injection.SUPPORTING and total - w < injection.FLAG_SCORE)
            out.append(Case(r["set"].removesuffix(".jsonl"), "injection" if r["label"] else "benign", flagged, r["rules"], r["rules"],
                            all(w < DECISIVE for w in weights.values()), (decide or (REDUNDANT,)) if flagged else (), ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(DEFAULT_SETS), help="globs under tests/injection_eval")
    parser.add_argument("--by-set", nargs="*", default=(), metavar="RULE", help="per-set counts for these rules")
    parser.add_argument("--scores", action="store_true", help="the score threshold's ROC per author")
    parser.add_argument("--untuned", nargs="*", type=Path, default=(), help="injection_rules_at.py records to report instead of today's rules")
    parser.add_argument("--dump", type=Path, help="write every case's record (JSON lines) here")
    args = parser.parse_args()
    policy = load_guard_policy(policy_document(DEFAULT_POLICY.read_text()))
    paths = sorted({p for g in args.sets for p in SETS.glob(g) if not BLIND.search(p.name)})
    cases = untuned_cases(args.untuned) if args.untuned else [c for p in paths for c in judged(p, policy)]
    per_rule(cases)
    for rule in args.by_set:
        by_set(cases, rule)
    if args.scores:
        scores(cases)
    if args.dump:
        args.dump.write_text("".join(json.dumps(_record(c)) + "\n" for c in cases))


def _record(c: Case) -> dict:
    return {f: getattr(c, f) for f in Case.__slots__}


if __name__ == "__main__":
    main()
