"""Guard latency: p50/p99 of judge_tool_call over a corpus mix, and of judge_request_text on new-turn content.

Run: /work/main/.venv/bin/python bench/guard_bench.py
"Cold" clears the parse caches before every call (a command never seen before); "warm" is the
steady state, where agents repeat commands and the caches hit.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.guard import judge_request_text, judge_tool_call  # noqa: E402
from services.guard.calls import shell_call  # noqa: E402
from services.guard.paths import host_of, is_dotenv, is_secret  # noqa: E402
from services.guard.shell import parse_shell  # noqa: E402
from services.guard.sql import parse_sql  # noqa: E402

CACHES = (shell_call, parse_shell, parse_sql, is_secret, is_dotenv, host_of)
from tests.guard_corpus import BENIGN, CORPUS_POLICY, DANGEROUS, REQUEST_BENIGN, REQUEST_DANGEROUS  # noqa: E402


def percentiles(samples_ns: list[int]) -> str:
    qs = statistics.quantiles(samples_ns, n=100)
    return f"p50 {qs[49] / 1000:8.1f} µs   p99 {qs[98] / 1000:8.1f} µs   (n={len(samples_ns)})"


def time_calls(fn, items, rounds: int, cold: bool) -> list[int]:
    samples = []
    for _ in range(rounds):
        for item in items:
            if cold:
                for cached in CACHES:
                    cached.cache_clear()
            t0 = time.perf_counter_ns()
            fn(item)
            samples.append(time.perf_counter_ns() - t0)
    return samples


def main() -> None:
    rng = random.Random(4)
    calls = BENIGN * 4 + DANGEROUS  # mostly benign, as in real traffic
    rng.shuffle(calls)
    judge = lambda c: judge_tool_call(c.tool, c.input, CORPUS_POLICY)  # noqa: E731
    for c in calls:
        judge(c)
    print(f"judge_tool_call, corpus mix, cold  {percentiles(time_calls(judge, calls, 3, cold=True))}")
    print(f"judge_tool_call, corpus mix, warm  {percentiles(time_calls(judge, calls, 20, cold=False))}")

    page = "\n".join(["The client library retries on 429 and 529 responses, honouring retry-after."] * 60)
    turns = [[t] for t in REQUEST_BENIGN + REQUEST_DANGEROUS[:2]] + [
        ["Tests passed: 128 passed in 4.1s", "I'll now update the README."],
        [page],
    ]
    texts = lambda t: judge_request_text(t, CORPUS_POLICY)  # noqa: E731
    print(f"judge_request_text, new-turn texts  {percentiles(time_calls(texts, turns, 50, cold=False))}")
    print(f"judge_request_text, 4.6 KB page     {percentiles(time_calls(texts, [[page]], 300, cold=False))}")


if __name__ == "__main__":
    main()
