"""What the masker's seeded development-set generators share (`dev_pass3_make.py`, `dev_pass4_make.py`,
`dev_holdout3_make.py`): one seeded random source, the records, and helpers that place values and note their spans.

Imported by those scripts from their own folder (run them as `.venv/bin/python tests/masker_eval/<name>.py`).
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

DIGITS = string.digits


class DevCases:
    """One development set being written: every random choice comes from ``rng``, in call order, so a generator
    rewrites its file byte for byte."""

    def __init__(self, seed: int, out: Path):
        self.rng = random.Random(seed)
        self.out = out
        self.records: list[dict] = []

    def pick(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def positive(self, template: str, values: list[tuple[str, str]], reason: str) -> None:
        """Each ``{n}`` of ``template`` (other braces are literal) is replaced by the n-th (type, value), whose span is
        recorded with its type."""
        pieces = re.split(r"\{(\d)\}", template)
        text, spans = pieces[0], []
        for index, rest in zip(pieces[1::2], pieces[2::2], strict=False):
            kind, value = values[int(index)]
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value + rest
        self.records.append({"text": text, "spans": spans, "class": "positive", "reason": reason})

    def negative(self, text: str, cls: str, reason: str) -> None:
        self.records.append({"text": text, "spans": [], "class": cls, "reason": reason})

    def number(self, module, length: int, valid: bool = True, first: str = "123456789") -> str:
        """Random digits of ``length`` whose checksum holds for the stdnum ``module`` (with ``valid`` False: fails)."""
        while True:
            digits = self.rng.choice(first) + self.pick(DIGITS, length - 1)
            if module.is_valid(digits) == valid and len(set(digits)) >= 4:
                return digits

    def write(self) -> None:
        with self.out.open("w") as out:
            for record in self.records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{self.out}: {len(self.records)} records, {sum(bool(r['spans']) for r in self.records)} positive")


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    """``digits`` in groups of ``sizes`` joined by ``sep``."""
    out, at = [], 0
    for size in sizes:
        out.append(digits[at:at + size])
        at += size
    return sep.join(out)
