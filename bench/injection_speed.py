"""The injection detector's cost per KB of new tool-result text, against the detector it replaced, in one run.

``assess`` (services/guard/injection.py with normalise.py) is timed on four texts, and so is the same detector
without its prefilter (plain ``re`` over the whole text and normalise as plain passes, from
tests/test_injection_speed.py, which asserts both decide alike):

- prose: the docstrings of ~80 standard-library modules (English technical prose, no injection cues);
- code: standard-library sources (argparse, json, textwrap, difflib, csv, calendar);
- project: this repository's README, docs and services (prose and code full of the detector's own vocabulary);
- hostile: a seeded soup of trigger words, fake turns, URLs, hidden and encoded payloads (tests' generator).

Then each shape that once cost more than linear time (tests/test_injection_speed.py's SUPERLINEAR_ONCE: unclosed
hidden tags, tags that never end, long tag names, long Cyrillic or mixed-script words) is timed at a quarter of its
length and whole: x4 is linear.

Each figure is the best of N runs of CPU time (process time, so other jobs on a shared machine inflate it
less), in ms per KB of UTF-8; ``x`` is old / new. Nothing is compared with a target.

    .venv/bin/python bench/injection_speed.py [--kb 150] [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import random
import sys
import sysconfig
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.guard.injection import assess  # noqa: E402
from tests.test_injection_speed import SUPERLINEAR_ONCE, hostile_text, phrase_words, reference  # noqa: E402

PROSE_MODULES = (
    "argparse json textwrap difflib csv calendar email http.client logging unittest collections functools itertools datetime "
    "decimal fractions statistics pathlib shutil subprocess threading asyncio socket sqlite3 xml.etree.ElementTree zipfile "
    "tarfile gzip heapq bisect random string re typing dataclasses enum contextlib abc io os time urllib.parse html base64 "
    "hashlib hmac secrets uuid pickle copy pprint inspect doctest pdb timeit trace tokenize ast dis codecs locale gettext "
    "optparse getopt configparser tomllib queue sched selectors signal mmap ctypes struct array weakref types operator numbers"
).split()
CODE_FILES = ("argparse.py", "json/decoder.py", "json/encoder.py", "textwrap.py", "difflib.py", "csv.py", "calendar.py")


def prose() -> str:
    docs = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in PROSE_MODULES:
            module = importlib.import_module(name)
            for obj in vars(module).values():
                if (inspect.isfunction(obj) or inspect.isclass(obj)) and isinstance(obj.__doc__, str) and obj.__module__ == module.__name__:
                    docs.append(inspect.cleandoc(obj.__doc__))
    return "\n\n".join(docs)


def code() -> str:
    stdlib = sysconfig.get_paths()["stdlib"]
    return "\n\n".join(Path(stdlib, name).read_text() for name in CODE_FILES)


def project() -> str:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "services").rglob("*.py"))]
    return "\n\n".join(p.read_text() for p in paths)


def bench_texts(size: int) -> dict[str, str]:
    """The four texts every figure here is measured on, ``size`` characters each."""
    return {
        "prose": prose()[:size],
        "code": code()[:size],
        "project": project()[:size],
        "hostile": hostile_text(random.Random(7), phrase_words(), size)[:size],
    }


def best_ms(judge, text: str, runs: int) -> float:
    judge(text)  # warm: RE2's DFA states are built on first use
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        judge(text)
        best = min(best, time.process_time() - started)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=int, default=150, help="characters of each text, in thousands (default 150)")
    parser.add_argument("--runs", type=int, default=5, help="runs per text and detector, best kept (default 5)")
    args = parser.parse_args()
    size = args.kb * 1000
    texts = bench_texts(size)
    old = reference().assess
    print(f"injection detector, CPU ms per KB (best of {args.runs}; old = without prefilter), {os.cpu_count()} cores")
    print(f"{'text':9s} {'KB':>6s} {'new ms/KB':>10s} {'old ms/KB':>10s} {'x old/new':>10s} {'1 MiB new':>10s}  signals (new = old)")
    for name, text in texts.items():
        kb = len(text.encode(errors="surrogatepass")) / 1024
        new_ms, old_ms = best_ms(assess, text, args.runs), best_ms(old, text, max(1, args.runs // 2))
        same = "yes" if _judged(assess(text)) == _judged(old(text)) else "NO"
        print(f"{name:9s} {kb:6.0f} {new_ms / kb:10.4f} {old_ms / kb:10.4f} {old_ms / new_ms:10.1f} {new_ms / kb * 1024:8.0f}ms  "
              f"{assess(text).explain() or '-'} ({same})")
    growth(args.runs)


def growth(runs: int) -> None:
    """Each shape that once cost more than linear time, at a quarter of its length and whole: linear cost is x4."""
    print(f"\nonce-superlinear shapes: CPU ms at 1/4 and at full length (best of {runs}); x = full / quarter, 4 is linear")
    for name, text in SUPERLINEAR_ONCE.items():
        quarter, whole = best_ms(assess, text[: len(text) // 4], runs), best_ms(assess, text, runs)
        print(f"  {name:42s} {len(text) // 1000:4d} KB  {quarter:8.2f} {whole:8.2f}  x{whole / max(quarter, 1e-3):.1f}")


def _judged(found) -> tuple:
    return found.score, tuple((s.name, s.weight, s.evidence) for s in found.signals)


if __name__ == "__main__":
    main()
