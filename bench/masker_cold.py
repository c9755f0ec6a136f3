"""CPU of a stream's first deltas on texts the process has not seen, and of a fresh process's first answer.

    .venv/bin/python bench/masker_cold.py [--texts N] [--policy default|all]
    (cd OLD_TREE && ../wt/.venv/bin/python /path/to/this/bench/masker_cold.py)   # the same figures for another tree

A stream's liveness search runs reversed RE2 programs whose DFA builds its states as text reaches them: on text a
process has not seen (every real answer) each delta builds some, which the bench's warm throughput and stream
figures never show. The texts are the development sets' (``tests/masker_eval/dev*.jsonl``), each streamed in
7-character deltas for its first 70 characters: thread CPU of the first delta, the second, the third to tenth, and
of the first delta again once every text was seen. Before those, a fresh ruleset streams the bench's TTFT answer
(``masker_overhead.ANSWER``) in 8-character deltas: the first answer of a process, with and without
``Ruleset.warm`` where the tree has it. Figures only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path.cwd()
sys.path.insert(0, str(REPO))

from bench.masker_overhead import ANSWER  # noqa: E402
from services.masker import MaskerPolicy, StreamMasker, compile_policy  # noqa: E402
from services.masker.engine import Ruleset  # noqa: E402
from services.masker.policy import ALL_DETECTORS  # noqa: E402


def texts(count: int) -> list[str]:
    found = []
    for path in sorted((REPO / "tests" / "masker_eval").glob("dev*.jsonl")):
        for line in path.read_text().splitlines():
            text = json.loads(line).get("text") or ""
            if len(text) > 60:
                found.append(text)
    return found[:count]


def first_answer(rules: Ruleset, warm: bool) -> str:
    """A ruleset nothing has run yet (its own compiled programs) streaming the TTFT answer."""
    fresh = Ruleset([c.rule for c in rules.rules])
    note = ""
    if warm and hasattr(fresh, "warm"):
        start = time.thread_time()
        fresh.warm()
        note = f" (after warm(): {(time.thread_time() - start) * 1e3:.0f} ms CPU)"
    masker, start = StreamMasker(fresh, b"k"), time.thread_time()
    masker.feed(ANSWER[:8])
    first = time.thread_time() - start
    for at in range(8, len(ANSWER), 8):
        masker.feed(ANSWER[at:at + 8])
    masker.flush()
    return f"first answer {(time.thread_time() - start) * 1e3:.0f} ms CPU, its first delta {first * 1e3:.1f} ms{note}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--policy", choices=("default", "all"), default="default")
    args = parser.parse_args()
    rules = compile_policy(MaskerPolicy() if args.policy == "default" else MaskerPolicy(detectors=list(ALL_DETECTORS)))
    print(f"fresh ruleset: {first_answer(rules, warm=False)}")
    print(f"fresh ruleset: {first_answer(rules, warm=True)}")
    sample = texts(args.texts)
    firsts: list[float] = []
    seconds: list[float] = []
    rest: list[float] = []
    for text in sample:
        masker = StreamMasker(rules, b"k")
        for n, at in enumerate(range(0, min(len(text), 70), 7)):
            start = time.thread_time()
            masker.feed(text[at:at + 7])
            (firsts if n == 0 else seconds if n == 1 else rest).append(time.thread_time() - start)
    again = []
    for text in sample:
        start = time.thread_time()
        StreamMasker(rules, b"k").feed(text[:7])
        again.append(time.thread_time() - start)

    def figures(values: list[float]) -> str:
        return (f"p50 {statistics.median(values) * 1e3:.3f} ms, p90 {statistics.quantiles(values, n=10)[8] * 1e3:.3f}, "
                f"mean {statistics.mean(values) * 1e3:.3f}")
    print(f"{args.policy} policy ({len(rules.rules)} rules), {len(sample)} unseen texts in 7-character deltas: "
          f"first delta {figures(firsts)}; second {figures(seconds)}; third to tenth {figures(rest)}; "
          f"first delta again, seen {figures(again)}")


if __name__ == "__main__":
    main()
