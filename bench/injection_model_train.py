"""Train the injection classifier (services/guard/injection_model.py) and write its weight file.

Input: a JSONL file of {"text", "label" (1 injection, 0 benign), "group"} built from public data only
(never tests/injection_eval/*: those measure it). The records are folded as the guard folds tool results
(services.guard.normalise.views), split by group (a fifth of the groups, e.g. of the attack goals, are held
out, so the validation split asks for wordings of goals never trained on), and fitted by logistic regression
with AdaGrad in pure Python (no dependency beyond the project's). The weights are pruned to the strongest
``--keep``, refitted on those alone, and the threshold is the lowest probability at which at most
``--benign-rate`` of the validation split's benign texts would be reported.

    .venv/bin/python bench/injection_model_train.py DATA.jsonl [--out services/guard/injection_model.json]

Deterministic: one seed orders the examples; the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.guard.injection_model import MODEL_FILE, grams  # noqa: E402
from services.guard.normalise import views  # noqa: E402

WINDOW = 1024


def featurised(records: list[dict], min_df: int) -> tuple[list[tuple[list[int], list[float], int]], list[str]]:
    """Each record as (feature indices, values, label) over a vocabulary of grams seen in ``min_df`` texts.
    Word grams are keyed ``w:``, character grams ``c:``; a value is the gram's count over the root of the text's gram count."""
    bags = []
    df: Counter[str] = Counter()
    for r in records:
        words, chars = grams(views(r["text"]).text)
        bag = Counter(["w:" + g for g in words] + ["c:" + g for g in chars])
        bags.append((bag, sum(bag.values()), r["label"]))
        df.update(bag.keys())
    vocab = sorted(g for g, n in df.items() if n >= min_df)
    index = {g: i for i, g in enumerate(vocab)}
    rows = []
    for bag, total, label in bags:
        scale = 1.0 / math.sqrt(total) if total else 0.0
        kept = [(index[g], n * scale) for g, n in bag.items() if g in index]
        rows.append(([i for i, _ in kept], [v for _, v in kept], label))
    return rows, vocab


def fit(rows, size: int, epochs: int, rate: float, l2: float, seed: int) -> tuple[list[float], float]:
    """Logistic regression by AdaGrad over the examples, classes weighted to balance."""
    w = [0.0] * size
    g2 = [1e-8] * size
    bias, bias_g2 = 0.0, 1e-8
    positives = sum(r[2] for r in rows)
    class_weight = {1: len(rows) / (2 * positives), 0: len(rows) / (2 * (len(rows) - positives))}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            idx, vals, label = rows[k]
            z = bias + sum(w[i] * v for i, v in zip(idx, vals, strict=False))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = (p - label) * class_weight[label]
            for i, v in zip(idx, vals, strict=False):
                g = err * v + l2 * w[i]
                g2[i] += g * g
                w[i] -= rate * g / math.sqrt(g2[i])
            bias_g2 += err * err
            bias -= rate * err / math.sqrt(bias_g2)
    return w, bias


def probabilities(rows, w: list[float], bias: float) -> list[float]:
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, bias + sum(w[i] * v for i, v in zip(idx, vals, strict=False)))))) for idx, vals, _ in rows]


def restricted(rows, keep: set[int]) -> tuple[list, dict[int, int]]:
    """The rows over the kept features only, renumbered."""
    renumber = {old: new for new, old in enumerate(sorted(keep))}
    return [([renumber[i] for i in idx if i in renumber], [v for i, v in zip(idx, vals, strict=False) if i in renumber], y) for idx, vals, y in rows], renumber


def threshold_for(scores: list[float], labels: list[int], benign_rate: float) -> float:
    """The lowest probability that reports at most ``benign_rate`` of the benign texts."""
    benign = sorted((s for s, y in zip(scores, labels, strict=False) if y == 0), reverse=True)
    allowed = int(benign_rate * len(benign))
    return min(0.99, max(0.5, benign[allowed] + 1e-4 if allowed < len(benign) else 0.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--keep", type=int, default=30000, help="weights kept after pruning")
    parser.add_argument("--min-df", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=3e-4)
    parser.add_argument("--benign-rate", type=float, default=0.002, help="validation benign texts a window may report")
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    rows, vocab = featurised(records, args.min_df)
    held = [zlib.crc32(r["group"].encode()) % 5 == 0 for r in records]
    train = [row for row, h in zip(rows, held, strict=False) if not h]
    valid = [row for row, h in zip(rows, held, strict=False) if h]
    print(f"{len(records)} texts ({sum(r[2] for r in rows)} injections), vocabulary {len(vocab)}; train {len(train)}, validation {len(valid)}")
    w, _ = fit(train, len(vocab), args.epochs, args.rate, args.l2, args.seed)
    keep = set(sorted(range(len(vocab)), key=lambda i: -abs(w[i]))[: args.keep])
    train_k, renumber = restricted(train, keep)
    valid_k, _ = restricted(valid, keep)
    w, bias = fit(train_k, len(keep), args.epochs, args.rate, args.l2, args.seed)
    scores = probabilities(valid_k, w, bias)
    labels = [y for _, _, y in valid_k]
    threshold = threshold_for(scores, labels, args.benign_rate)
    caught = [s >= threshold for s, y in zip(scores, labels, strict=False) if y == 1]
    false = [s >= threshold for s, y in zip(scores, labels, strict=False) if y == 0]
    print(f"validation: threshold {threshold:.3f}, injections reported {sum(caught) / len(caught):.3f}, benign reported {sum(false) / len(false):.4f}")
    names = {new: vocab[old] for old, new in renumber.items()}
    words = {names[i][2:]: round(x, 4) for i, x in sorted(enumerate(w), key=lambda t: names[t[0]]) if names[i].startswith("w:") and round(x, 4)}
    chars = {names[i][2:]: round(x, 4) for i, x in sorted(enumerate(w), key=lambda t: names[t[0]]) if names[i].startswith("c:") and round(x, 4)}
    model = {
        "about": "Injection classifier weights (bench/injection_model_train.py); public training data only, see bench/README.md.",
        "bias": round(bias, 4),
        "threshold": round(threshold, 4),
        "window": WINDOW,
        "words": words,
        "chars": chars,
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(words)} word and {len(chars)} character weights)")


if __name__ == "__main__":
    main()
