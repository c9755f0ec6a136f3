"""Writes a development set from its generator's cases (``python tests/injection_eval/devN_gen.py``).

Each case is ``(carrier, language, technique, body)``: the carrier wraps the body in its host (an email, a page,
a JSON record) and returns ``(tool, category, content)``. Benign cases come first, then injections, in the order
written, one JSON line each, and the set's file name is every case's ``reason``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

Case = tuple[Callable[[str], tuple[str, str, str]], str, str, str]


def write_set(out: Path, benign: Iterable[Case], injections: Iterable[Case]) -> None:
    rows = []
    for label, cases in (("benign", benign), ("injection", injections)):
        for carrier, language, technique, body in cases:
            tool, category, content = carrier(body)
            rows.append({"tool": tool, "content": content, "label": label, "category": category,
                         "language": language, "technique": technique, "reason": out.stem})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{out.name}: {len(rows)} cases")


def host(tool: str, category: str) -> Callable[[str], tuple[str, str, str]]:
    """A carrier that hands the body to the model as it is, from ``tool``."""
    return lambda body: (tool, category, body)


def numbered(tool: str, category: str) -> Callable[[str], tuple[str, str, str]]:
    """A file as the Read tool shows it: a line-number gutter."""
    return lambda body: (tool, category, "\n".join(f"{i:>6}\t{line}" for i, line in enumerate(body.split("\n"), 1)))


def write_with_holdout(out: Path, holdout: Path, benign: Iterable[Case], injections: Iterable[Case]) -> None:
    """Writes every third case of each label to ``holdout`` (the split whose misses the tuner never reads), the rest to ``out``."""
    benign, injections = list(benign), list(injections)
    write_set(out, [c for i, c in enumerate(benign) if i % 3 != 2], [c for i, c in enumerate(injections) if i % 3 != 2])
    write_set(holdout, [c for i, c in enumerate(benign) if i % 3 == 2], [c for i, c in enumerate(injections) if i % 3 == 2])
