"""Guard latency: p50/p99 of judge_tool_call over a corpus mix, and of judge_request_text on new-turn content.

Run: .venv/bin/python bench/guard_bench.py
Judgements/s are 1 / median latency (robust on a shared machine); the baseline is bashlex.parse alone on the same shell commands in the same run
(the parse every judgement starts with), so the ratio says what the analysis and the rules add to it.
"Cold" clears the parse caches and the judgement memo before every call (a command never seen before); "warm" is the
steady state, where agents repeat commands and the caches hit.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

import bashlex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.guard import judge_request_text, judge_tool_call  # noqa: E402
from services.guard.calls import shell_call  # noqa: E402
from services.guard.judge import tool_memo_clear  # noqa: E402
from services.guard.paths import host_of, is_dotenv, is_secret  # noqa: E402
from services.guard.shell import parse_shell  # noqa: E402
from services.guard.sql import parse_sql  # noqa: E402

CACHES = (shell_call, parse_shell, parse_sql, is_secret, is_dotenv, host_of)
from tests.guard_corpus import BENIGN, CORPUS_POLICY, DANGEROUS, REQUEST_BENIGN, REQUEST_DANGEROUS  # noqa: E402


def percentiles(samples_ns: list[int]) -> str:
    qs = statistics.quantiles(samples_ns, n=100)
    return f"p50 {qs[49] / 1000:8.1f} µs   p99 {qs[98] / 1000:8.1f} µs   (n={len(samples_ns)})"


def bare_parse(command: str) -> None:
    """The baseline: bashlex on the command as given (some corpus commands are not bash it accepts)."""
    try:
        bashlex.parse(command)
    except Exception:  # noqa: BLE001, S110 - a refusal costs what it costs; the bench only times it
        pass


def rate(samples_ns: list[int]) -> float:
    return 1e9 / statistics.median(samples_ns)


def time_calls(fn, items, rounds: int, cold: bool, rules_again: bool = False) -> list[int]:
    """Cold clears every cache; rules_again only the judgement memo (parses cached, every rule asked again)."""
    samples = []
    for _ in range(rounds):
        for item in items:
            if cold:
                for cached in CACHES:
                    cached.cache_clear()
            if cold or rules_again:
                tool_memo_clear()
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
    cold = time_calls(judge, calls, 3, cold=True)
    warm = time_calls(judge, calls, 20, cold=False)
    rules = time_calls(judge, calls, 5, cold=False, rules_again=True)
    commands = [c.input["command"] for c in calls if isinstance(c.input.get("command"), str)]
    baseline = time_calls(bare_parse, commands, 3, cold=False)
    print(f"judge_tool_call, corpus mix, cold  {percentiles(cold)}   {rate(cold):>9,.0f} judgements/s")
    print(f"judge_tool_call, corpus mix, warm  {percentiles(warm)}   {rate(warm):>9,.0f} judgements/s")
    print(f"  warm parse, rules asked again    {percentiles(rules)}   {rate(rules):>9,.0f} judgements/s")
    print(f"bashlex.parse alone (baseline)     {percentiles(baseline)}   {rate(baseline):>9,.0f} parses/s")
    print(f"cold judgement / bare parse: {statistics.median(cold) / statistics.median(baseline):.2f}x the time (medians) "
          f"(shell commands: {len(commands)} of {len(calls)} calls)")

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
