"""Train the learned injection signal (services/guard/injection_model.py), validated leave-one-author-out.

Training data: the project's labelled tool results, each file written by one author (``SETS`` below, an explicit
list; the lead's blind set is not in it and no pattern here can name it). Each text is folded as the guard folds
tool results (``normalise.views``) and scored by the rules (``injection.assess``, the learned signal off).

Validation: for each of ``LEFT_OUT`` (v4-v11, eighteen halves) in turn, a model is trained on every other file and
scores the file left out. The left-out file is judged by the rules as they were before anyone tuned on it, when
``--untuned`` gives their scores (``bench/injection_rules_at.py`` writes them from an old worktree); otherwise by the
rules in the tree, which were tuned on most of these files. Two decisions are chosen from those left-out scores only:

- the lift: flag when the rules flag, or when the model's probability is >= t and the rules' own score is >= s
  without a cap (see ``capped``); the (t, s) adding the most injections on average while adding at most
  ``--max-added-benign`` benign flags on every left-out set;
- the veto: a text the rules flag on at most one decisive signal and no certain one (``vetoable``) is left unflagged, at the cited cap (it
  still taints its session), when the model's probability is below v. Reported for every v of ``VETOES``; chosen:
  the lowest at which it pays on most of the left-out sets that have benign flags (removes at least a third of
  them and loses at most ``--max-lost-injections`` of the set's injections); none (v = 0) if no v does.

With ``--shipped``, the shipped model's figures are measured the same way (retrained without the left-out file on the
files it was trained on, ``SHIPPED_LACKS`` left out). With ``--out``, a model trained on every file is written there
with the chosen t, s and v.

Logistic regression by AdaGrad in pure Python (no dependency beyond the project's); the weights are pruned to the
strongest ``--keep``. Deterministic: one seed orders the examples; the same data gives the same file.

    .venv/bin/python bench/injection_model_train.py [--cache /tmp/DIR/prepared.json] [--untuned /tmp/DIR/untuned_v*.json]
        [--shipped] [--out /tmp/DIR/injection_model.json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from services.guard import injection  # noqa: E402
from services.guard.injection_model import CERTAIN, DECISIVE, READABLE, Model, grams, known_share, probability  # noqa: E402
from services.guard.normalise import views  # noqa: E402

EVAL = ROOT / "tests" / "injection_eval"
LEFT_OUT = tuple(f"heldout_v{v}_{half}.jsonl" for v in (4, 5, 6, 7, 8, 9) for half in ("agent", "public")) + tuple(
    f"heldout_v{v}_{half}.jsonl" for v in (10, 11) for half in ("agent", "public", "mixed"))
DEV = (
    "dev.jsonl", "dev10.jsonl", "dev10b.jsonl", "dev10c.jsonl", "dev10d.jsonl", "dev10e.jsonl", "dev10f.jsonl",
    "dev10g.jsonl", "dev11.jsonl", "dev11_code.jsonl", "dev11_human.jsonl", "dev11_quoted.jsonl", "dev15a.jsonl",
    "dev15b.jsonl", "dev16a.jsonl", "dev16b.jsonl", "dev17a.jsonl", "dev17b_benign.jsonl", "dev17b_benign2.jsonl",
    "dev18a2.jsonl", "dev18a_benign.jsonl", "dev18a_inj.jsonl", "dev18b.jsonl", "dev19_benign.jsonl", "dev4.jsonl",
    "dev5.jsonl", "dev6.jsonl", "dev7.jsonl", "dev_holdout.jsonl", "dev_holdout10.jsonl", "dev_holdout11.jsonl",
    "dev_holdout2.jsonl", "dev_holdout3.jsonl", "dev_holdout4.jsonl", "dev_holdout5.jsonl", "dev_holdout6.jsonl",
    "dev_holdout7.jsonl", "dev_holdout8.jsonl", "dev_holdout9.jsonl", "dev20.jsonl", "dev20b.jsonl", "dev20c.jsonl",
    "dev20d.jsonl", "dev20e.jsonl", "dev21a.jsonl", "dev21b.jsonl", "dev21c.jsonl", "dev21d.jsonl", "dev21e.jsonl",
    "dev21f.jsonl", "dev21p.jsonl", "dev21p_holdout.jsonl",
)
"""The development sets (every dev*.jsonl committed when this model was trained; a new one is added here by name)."""
SETS = ("heldout.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl") + LEFT_OUT + DEV
SHIPPED_LACKS = tuple(f"heldout_v{v}_{half}.jsonl" for v in (10, 11) for half in ("agent", "public", "mixed")) + tuple(
    name for name in DEV if name.startswith(("dev20", "dev21")))
"""Files the shipped model (c68bac6) was not trained on: its own left-out figures are retrained without them."""
SHIPPED_LIFT = (0.54, 0.4, 0.2)
"""The shipped model's t, s and v."""
WINDOW = 512
THRESHOLDS = tuple(round(0.5 + 0.01 * i, 2) for i in range(50))
RULE_SCORES = (0.4, 0.5, 0.6, 0.7, 0.8)
"""Rule scores the model may lift: above 0.35, the most that signals which only add to a score reach alone."""
VETOES = (0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3)


def prepared(cache: Path | None) -> list[dict]:
    """Every record of ``SETS`` as {set, label (1 injection), folded, rules, capped, signals (name, weight)}: the folded text and the rules' verdict."""
    if cache and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    records = []
    for name in SETS:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                text = case["content"]
                rules = injection.assess(text, frozenset({injection.LEARNED}))
                records.append({"set": name, "label": int(case["label"] == "injection"), "folded": views(text).text,
                                "rules": rules.score, "capped": capped(rules), "signals": [[s.name, s.weight] for s in rules.signals]})
    if cache:
        cache.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records


def untuned(records: list[dict], paths: list[Path]) -> list[dict]:
    """``records`` with the rules' verdicts replaced, set by set, by those of the rules before anyone tuned on that set."""
    old: dict[str, list[dict]] = {}
    for path in paths:
        for r in json.loads(path.read_text(encoding="utf-8")):
            old.setdefault(r["set"], []).append(r)
    seen: Counter[str] = Counter()
    out = []
    for r in records:
        if r["set"] in old:
            o = old[r["set"]][seen[r["set"]]]
            seen[r["set"]] += 1
            assert o["label"] == r["label"], f"{r['set']}: the untuned verdicts are not in the order of the file"
            r = {**r, "rules": o["rules"], "capped": o["capped"], "signals": o["signals"]}
        out.append(r)
    return out


def capped(rules: injection.Assessment) -> bool:
    """Whether the rules scored the text below what its signals add up to: they judged it cited, an article about
    attacks, a template, a procedure or correspondence between people, and the model must not overrule that."""
    return rules.score < round(injection._score(list(rules.signals)), 3)


def bag(folded: str) -> tuple[Counter[str], int]:
    """The text's grams (words ``w:``, characters ``c:``) and how many there are."""
    words, chars = grams(folded)
    found = Counter(["w:" + g for g in words] + ["c:" + g for g in chars])
    return found, len(words) + len(chars)


def fit(bags: list[tuple[Counter[str], int, int]], min_df: int, epochs: int, rate: float, l2: float, keep: int, seed: int) -> tuple[dict[str, float], float]:
    """Logistic regression by AdaGrad, classes weighted to balance, over grams seen in ``min_df`` texts; the strongest ``keep`` weights."""
    df: Counter[str] = Counter()
    for found, _, _ in bags:
        df.update(found.keys())
    vocab = sorted(g for g, n in df.items() if n >= min_df)
    index = {g: i for i, g in enumerate(vocab)}
    rows = []
    for found, total, label in bags:
        scale = 1.0 / math.sqrt(total) if total else 0.0
        kept = [(index[g], n * scale) for g, n in found.items() if g in index]
        rows.append(([i for i, _ in kept], [v for _, v in kept], label))
    w = [0.0] * len(vocab)
    g2 = [1e-8] * len(vocab)
    bias, bias_g2 = 0.0, 1e-8
    positives = sum(r[2] for r in rows)
    class_weight = {1: len(rows) / (2 * positives), 0: len(rows) / (2 * (len(rows) - positives))}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            idx, vals, label = rows[k]
            z = bias + sum(w[i] * v for i, v in zip(idx, vals, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = (p - label) * class_weight[label]
            for i, v in zip(idx, vals, strict=True):
                g = err * v + l2 * w[i]
                g2[i] += g * g
                w[i] -= rate * g / math.sqrt(g2[i])
            bias_g2 += err * err
            bias -= rate * err / math.sqrt(bias_g2)
    strongest = sorted(range(len(vocab)), key=lambda i: (-abs(w[i]), vocab[i]))[:keep]
    return {vocab[i]: round(w[i], 4) for i in sorted(strongest) if round(w[i], 4)}, round(bias, 4)


def model_of(weights: dict[str, float], bias: float, threshold: float = 0.5, rule_score: float = 0.4, veto: float = 0.0) -> Model:
    return Model(bias=bias, words={g[2:]: x for g, x in weights.items() if g[0] == "w"},
                 chars={g[2:]: x for g, x in weights.items() if g[0] == "c"}, threshold=threshold, rule_score=rule_score,
                 veto=veto, window=WINDOW)


def flags(r: dict) -> bool:
    return r["rules"] >= injection.FLAG_SCORE


def combined(r: dict, t: float, s: float, v: float = 0.0, p: str = "p", known: str = "known") -> bool:
    """The hook in injection.assess: the rules flag (unless the model vetoes it: below v, see ``vetoable``), or they
    found the text suspicious (>= s, not capped) and the model is >= t."""
    if flags(r):
        return not (r[p] < v and vetoable(r, known))
    return r[p] >= t and r["rules"] >= s and not r["capped"]


def vetoable(r: dict, known: str = "known") -> bool:
    """As injection_model.vetoed judges a flagged text: no certain signal, at most one decisive, a text the model can read."""
    signals = r["signals"]
    return not CERTAIN.intersection(n for n, _ in signals) and sum(w >= DECISIVE for _, w in signals) <= 1 and r[known] >= READABLE


def rates(rows: list[dict], flagged: Callable[[dict], bool]) -> tuple[float, float]:
    """(injections flagged, benign flagged) of ``rows`` under ``flagged(row)``."""
    inj = [flagged(r) for r in rows if r["label"]]
    ben = [flagged(r) for r in rows if not r["label"]]
    return sum(inj) / max(1, len(inj)), sum(ben) / max(1, len(ben))


def chosen(scored: dict[str, list[dict]], max_added_benign: float) -> tuple[float, float, float]:
    """The (t, s) adding the most injections on average with at most ``max_added_benign`` added benign on each set; its mean gain."""
    best = (0.0, 0.99, 1.0)
    base = {name: rates(rows, flags) for name, rows in scored.items()}
    for t in THRESHOLDS:
        for s in RULE_SCORES:
            gains, ok = [], True
            for name, rows in scored.items():
                inj, ben = rates(rows, partial(combined, t=t, s=s))
                ok = ok and ben - base[name][1] <= max_added_benign + 1e-9
                gains.append(inj - base[name][0])
            if ok and sum(gains) / len(gains) > best[0]:
                best = (sum(gains) / len(gains), t, s)
    return best


def veto_effect(rows: list[dict], v: float) -> tuple[int, int, int, int]:
    """(benign flags, of them vetoed, injections flagged, of them vetoed) by the rules on ``rows`` at veto threshold v."""
    flagged = [r for r in rows if flags(r)]
    gone = [r for r in flagged if not combined(r, 2.0, 2.0, v)]
    return (sum(not r["label"] for r in flagged), sum(not r["label"] for r in gone),
            sum(r["label"] for r in flagged), sum(r["label"] for r in gone))


def chosen_veto(scored: dict[str, list[dict]], max_lost: float) -> float:
    """The lowest v at which the veto pays on most left-out sets that have benign flags (it removes at least a third
    of them and loses at most ``max_lost`` of the set's injections); 0 when none does. Prints the whole grid."""
    print("\nveto (rules flag, vetoable, model < v): benign flags vetoed / injections lost, per left-out set")
    print(f"{'v':>5} " + " ".join(f"{n[8:-6]:>13}" for n in scored))
    chosen_v = 0.0
    for v in VETOES:
        cells, pays, sets_with_benign = [], 0, 0
        for rows in scored.values():
            ben, ben_gone, _, inj_gone = veto_effect(rows, v)
            sets_with_benign += ben > 0
            pays += ben > 0 and ben_gone * 3 >= ben and inj_gone <= max_lost * sum(r["label"] for r in rows) + 1e-9
            cells.append(f"{ben_gone:>3}/{ben:<3} {inj_gone:>3}")
        print(f"{v:5.2f} " + " ".join(f"{c:>13}" for c in cells) + f"   pays on {pays}/{sets_with_benign}")
        if not chosen_v and pays * 2 > sets_with_benign:
            chosen_v = v
    return chosen_v


def scored_left_out(records: list[dict], bags: list, train_sets: set[str], args: argparse.Namespace, started: float) -> dict[str, list[dict]]:
    """For each left-out set, its records with ``p`` from a model trained on ``train_sets`` without it (one fit per distinct training set)."""
    fitted: dict[frozenset[str], Model] = {}
    scored = {}
    for name in LEFT_OUT:
        used = frozenset(train_sets - {name})
        if used not in fitted:
            train = [b for b, r in zip(bags, records, strict=True) if r["set"] in used]
            fitted[used] = model_of(*fit(train, args.min_df, args.epochs, args.rate, args.l2, args.keep, args.seed))
            print(f"  trained on {len(train)} texts without {name} ({time.perf_counter() - started:.0f} s)", flush=True)
        model = fitted[used]
        scored[name] = [{**r, "p": probability(model, r["folded"]), "known": known_share(model, r["folded"])} for r in records if r["set"] == name]
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the folded texts and rule scores here between runs")
    parser.add_argument("--untuned", type=Path, nargs="*", default=[], help="rule verdicts from before any tuning on each set (injection_rules_at.py)")
    parser.add_argument("--shipped", action="store_true", help="also measure the shipped model's training list, left out the same way")
    parser.add_argument("--out", type=Path, help="train on every file and write the weights here")
    parser.add_argument("--keep", type=int, default=40000)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--max-added-benign", type=float, default=0.005)
    parser.add_argument("--max-lost-injections", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    started = time.perf_counter()
    records = untuned(prepared(args.cache), args.untuned)
    bags = [(*bag(r["folded"]), r["label"]) for r in records]
    print(f"{len(records)} texts ({sum(r['label'] for r in records)} injections) from {len(SETS)} files; prepared in {time.perf_counter() - started:.0f} s")
    scored = scored_left_out(records, bags, set(SETS), args, started)
    if args.shipped:
        old = scored_left_out(records, bags, set(SETS) - set(SHIPPED_LACKS), args, started)
        for name, rows in scored.items():
            for r, o in zip(rows, old[name], strict=True):
                r["p_shipped"], r["known_shipped"] = o["p"], o["known"]
    gain, t, s = chosen(scored, args.max_added_benign)
    print(f"\nlift: rules, or model >= {t} with a rule score >= {s}, not capped (mean injections added {gain:.3f})")
    v = chosen_veto(scored, args.max_lost_injections)
    print(f"veto: v = {v}" + ("" if v else " (none pays on most sets)"))
    columns: list[tuple[str, Callable[[dict], bool]]] = [("rules", flags)]
    if args.shipped:
        columns.append(("shipped", lambda r: combined(r, *SHIPPED_LIFT, p="p_shipped", known="known_shipped")))
    columns += [("new", lambda r: combined(r, t, s)), (f"new+veto {v}", lambda r: combined(r, t, s, v))]
    print(f"\n{'left out (inj / ben)':<24}" + "".join(f"{c:>17}" for c, _ in columns))
    totals = []
    for name, rows in scored.items():
        row = [rates(rows, f) for _, f in columns]
        totals.append(row)
        print(f"{name:<24}" + "".join(f"{i:9.3f} / {b:.3f}" for i, b in row))
    print(f"{'mean':<24}" + "".join(f"{sum(x[k][0] for x in totals) / len(totals):9.3f} / {sum(x[k][1] for x in totals) / len(totals):.3f}" for k in range(len(columns))))
    if args.cache:
        args.cache.with_name("scored.json").write_text(json.dumps(scored, ensure_ascii=False), encoding="utf-8")
    if not args.out:
        return
    weights, bias = fit(bags, args.min_df, args.epochs, args.rate, args.l2, args.keep, args.seed)
    model = model_of(weights, bias, t, s, v)
    out = {
        "about": "Learned injection signal (bench/injection_model_train.py): the project's labelled tool results, validated leave-one-author-out.",
        "bias": model.bias, "threshold": t, "rule_score": s, "veto": model.veto, "window": WINDOW,
        "words": dict(sorted(model.words.items())), "chars": dict(sorted(model.chars.items())),
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model.words)} word and {len(model.chars)} character weights)")


if __name__ == "__main__":
    main()
