"""What the masker's format-by-format pass generators share (`dev_pass21_make.py`, `dev_pass22_make.py`,
`dev_pass23_make.py`): a family's records by syntax, the split of a third of each family's syntaxes into a holdout,
and the writer.

Imported by those scripts from their own folder (run them as `.venv/bin/python tests/masker_eval/<name>.py`).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path


class Family:
    """A family's syntaxes (each one builder writing one or more positives) and its negatives by syntax."""

    def __init__(self, name: str):
        self.name = name
        self.syntaxes: dict[str, list[dict]] = {}

    def add(self, syntax: str, template: str, values: list[tuple[str, str]], reason: str) -> None:
        text, spans = "", []
        for piece in re.split(r"(\{\{|\}\}|\{\d\})", template):
            if piece in ("{{", "}}"):
                text += piece[0]
            elif re.fullmatch(r"\{\d\}", piece):
                kind, value = values[int(piece[1])]
                spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
                text += value
            else:
                text += piece
        self.syntaxes.setdefault(syntax, []).append(
            {"text": text, "spans": spans, "kind": "positive", "class": f"{self.name}/{syntax}", "reason": reason})

    def neg(self, syntax: str, text: str, reason: str) -> None:
        self.syntaxes.setdefault(syntax, []).append(
            {"text": text, "spans": [], "kind": "negative", "class": f"{self.name}_lookalike/{syntax}", "reason": reason})


def split(families: list[Family], rng: random.Random) -> tuple[list[dict], list[dict]]:
    """A third of each family's syntaxes, chosen by ``rng`` (the generator's seeded source, so its files stay byte
    for byte), with all their records (positives and negatives), is the holdout."""
    dev: list[dict] = []
    holdout: list[dict] = []
    seen: set[str] = set()
    for family in families:
        names = sorted(family.syntaxes)
        rng.shuffle(names)
        held = set(names[: len(names) // 3])
        for name in sorted(family.syntaxes):
            for record in family.syntaxes[name]:
                if record["text"] not in seen:  # a random draw may repeat a short text
                    seen.add(record["text"])
                    (holdout if name in held else dev).append(record)
    return dev, holdout


def write(records: list[dict], path: Path, prefix: str) -> None:
    with path.open("w") as out:
        for number, record in enumerate(records, 1):
            out.write(json.dumps({"id": f"{prefix}{number:04d}", **record}, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(records)} records, {sum(bool(r['spans']) for r in records)} positive, "
          f"{sum(len(r['spans']) for r in records)} spans")
