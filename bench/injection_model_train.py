"""Train the learned injection signal (services/guard/injection_model.py), validated leave-one-author-out.

Training data: the project's labelled tool results, each file written by one author (``SETS`` below, an explicit
list; the lead's blind set is not in it and no pattern here can name it). Each text is folded as the guard folds
tool results (``normalise.views``) and scored by the rules (``injection.assess``).

Validation: for each of ``LEFT_OUT`` (v4-v7, eight halves) in turn, a model is trained on every other file and
scores the file left out. The combination rule (flag when the rules flag, or when the model's probability is >= t
and the rules' own score is >= s without a cap, see ``capped``) is chosen from those left-out scores only: the
(t, s) that adds the most injections on average while adding at most ``--max-added-benign`` benign flags on every
left-out set. With ``--out``, a model trained on every file is written there with that (t, s).

Logistic regression by AdaGrad in pure Python (no dependency beyond the project's); the weights are pruned to the
strongest ``--keep``. Deterministic: one seed orders the examples; the same data gives the same file.

    .venv/bin/python bench/injection_model_train.py [--cache /tmp/DIR/prepared.json] [--out /tmp/DIR/injection_model.json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from services.guard import injection  # noqa: E402
from services.guard.injection_model import Model, grams, probability  # noqa: E402
from services.guard.normalise import views  # noqa: E402

EVAL = ROOT / "tests" / "injection_eval"
LEFT_OUT = tuple(f"heldout_v{v}_{half}.jsonl" for v in (4, 5, 6, 7) for half in ("agent", "public"))
SETS = ("heldout.jsonl", "heldout_v2.jsonl", "heldout_v3.jsonl") + LEFT_OUT + tuple(sorted(p.name for p in EVAL.glob("dev*.jsonl")))
WINDOW = 512
THRESHOLDS = tuple(round(0.5 + 0.01 * i, 2) for i in range(50))
RULE_SCORES = (0.4, 0.5, 0.6, 0.7, 0.8)
"""Rule scores the model may lift: above 0.35, the most that signals which only add to a score reach alone."""


def prepared(cache: Path | None) -> list[dict]:
    """Every record of ``SETS`` as {set, label (1 injection), folded, rules}: the folded text and the rules' score."""
    if cache and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    records = []
    for name in SETS:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                text = case["content"]
                rules = injection.assess(text)
                records.append({"set": name, "label": int(case["label"] == "injection"), "folded": views(text).text,
                                "rules": rules.score, "capped": capped(rules)})
    if cache:
        cache.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records


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


def model_of(weights: dict[str, float], bias: float, threshold: float = 0.5, rule_score: float = 0.4) -> Model:
    return Model(bias=bias, words={g[2:]: x for g, x in weights.items() if g[0] == "w"},
                 chars={g[2:]: x for g, x in weights.items() if g[0] == "c"}, threshold=threshold, rule_score=rule_score, window=WINDOW)


def combined(r: dict, t: float, s: float) -> bool:
    """The hook in injection.assess: the rules flag, or they found the text suspicious (>= s, not capped) and the model is >= t."""
    return r["rules"] >= injection.FLAG_SCORE or (r["p"] >= t and r["rules"] >= s and not r["capped"])


def rates(rows: list[dict], flagged) -> tuple[float, float]:
    """(injections flagged, benign flagged) of ``rows`` under ``flagged(row)``."""
    inj = [flagged(r) for r in rows if r["label"]]
    ben = [flagged(r) for r in rows if not r["label"]]
    return sum(inj) / max(1, len(inj)), sum(ben) / max(1, len(ben))


def chosen(scored: dict[str, list[dict]], max_added_benign: float) -> tuple[float, float, float]:
    """The (t, s) adding the most injections on average with at most ``max_added_benign`` added benign on each set; its mean gain."""
    best = (0.0, 0.99, 1.0)
    base = {name: rates(rows, lambda r: r["rules"] >= injection.FLAG_SCORE) for name, rows in scored.items()}
    for t in THRESHOLDS:
        for s in RULE_SCORES:
            gains, ok = [], True
            for name, rows in scored.items():
                inj, ben = rates(rows, lambda r, t=t, s=s: combined(r, t, s))
                ok = ok and ben - base[name][1] <= max_added_benign + 1e-9
                gains.append(inj - base[name][0])
            if ok and sum(gains) / len(gains) > best[0]:
                best = (sum(gains) / len(gains), t, s)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the folded texts and rule scores here between runs")
    parser.add_argument("--out", type=Path, help="train on every file and write the weights here")
    parser.add_argument("--keep", type=int, default=40000)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--max-added-benign", type=float, default=0.005)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    started = time.perf_counter()
    records = prepared(args.cache)
    bags = [(*bag(r["folded"]), r["label"]) for r in records]
    print(f"{len(records)} texts ({sum(r['label'] for r in records)} injections) from {len(SETS)} files; prepared in {time.perf_counter() - started:.0f} s")
    scored: dict[str, list[dict]] = {}
    for name in LEFT_OUT:
        train = [b for b, r in zip(bags, records, strict=True) if r["set"] != name]
        weights, bias = fit(train, args.min_df, args.epochs, args.rate, args.l2, args.keep, args.seed)
        model = model_of(weights, bias)
        scored[name] = [{**r, "p": probability(model, r["folded"])} for r in records if r["set"] == name]
        print(f"  left out {name}: trained on {len(train)} ({time.perf_counter() - started:.0f} s)", flush=True)
    gain, t, s = chosen(scored, args.max_added_benign)
    print(f"\nchosen: rules, or model >= {t} with a rule score >= {s}, not capped (mean injections added {gain:.3f})")
    print(f"{'left out':<24} {'rules inj/ben':>15} {'combined inj/ben':>18} {'model alone inj/ben':>21}")
    totals = []
    for name, rows in scored.items():
        r = rates(rows, lambda x: x["rules"] >= injection.FLAG_SCORE)
        c = rates(rows, lambda x: combined(x, t, s))
        m = rates(rows, lambda x: x["p"] >= t)
        totals.append((r, c))
        print(f"{name:<24} {r[0]:7.3f} / {r[1]:.3f}   {c[0]:7.3f} / {c[1]:.3f}   {m[0]:9.3f} / {m[1]:.3f}")
    mean = [sum(x[k][j] for x in totals) / len(totals) for k in (0, 1) for j in (0, 1)]
    print(f"{'mean':<24} {mean[0]:7.3f} / {mean[1]:.3f}   {mean[2]:7.3f} / {mean[3]:.3f}")
    if args.cache:
        args.cache.with_name("scored.json").write_text(json.dumps(scored, ensure_ascii=False), encoding="utf-8")
    if not args.out:
        return
    weights, bias = fit(bags, args.min_df, args.epochs, args.rate, args.l2, args.keep, args.seed)
    model = model_of(weights, bias, t, s)
    out = {
        "about": "Learned injection signal (bench/injection_model_train.py): the project's labelled tool results, validated leave-one-author-out.",
        "bias": model.bias, "threshold": t, "rule_score": s, "window": WINDOW,
        "words": dict(sorted(model.words.items())), "chars": dict(sorted(model.chars.items())),
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model.words)} word and {len(model.chars)} character weights)")


if __name__ == "__main__":
    main()
