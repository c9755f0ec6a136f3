"""The learned injection signal's own cost per KB (services/guard/injection_model.py), on bench/injection_speed.py's texts.

Hooked as measured (consulted only on texts the rules score in its band, from ``rule_score`` up to the flag score,
uncapped), the detector's figures in bench/injection_speed.py would not move on those texts, which score outside the
band; this times ``probability`` alone on the same four texts (prose, code, project, hostile): the cost a text in
the band would pay on top of the rules. CPU time, best of N, in ms per KB of UTF-8.

    .venv/bin/python bench/injection_model_speed.py WEIGHTS.json [--kb 150] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from injection_speed import bench_texts, best_ms  # noqa: E402

from services.guard.injection_model import load, probability  # noqa: E402
from services.guard.normalise import views  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("weights", type=Path, help="a weight file written by injection_model_train.py --out")
    parser.add_argument("--kb", type=int, default=150)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    model = load(args.weights)
    size = args.kb * 1000
    texts = bench_texts(size)
    print(f"learned injection signal, CPU ms per KB of the folded text (best of {args.runs}; window {model.window})")
    for name, text in texts.items():
        low = views(text).text
        kb = len(text.encode(errors="surrogatepass")) / 1024
        ms = best_ms(lambda t: probability(model, t), low, args.runs)
        print(f"{name:9s} {kb:6.0f} KB  {ms / kb:7.4f} ms/KB  highest window {probability(model, low):.2f}")


if __name__ == "__main__":
    main()
