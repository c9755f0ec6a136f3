"""Writes services/guard/respell_words.txt: the dictionary words near a key word of services/guard/respell.py.

A token near a key word is read as the key word only when it is no real word; this lists the real ones, from
pyspellchecker's word-frequency dictionaries (en, es, pt, it, de, nl, fr, ru; words seen at least ``MIN_COUNT``
times), and identifiers a program writes near a key word. Rerun after changing ``respell.KEYS``:

    pip install --target /tmp/spell pyspellchecker==0.9.1
    PYTHONPATH=/tmp/spell .venv/bin/python bench/respell_words.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import spellchecker

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "services" / "guard" / "respell_words.txt"

from services.guard import respell  # noqa: E402

LANGUAGES = ("en", "es", "pt", "it", "de", "nl", "fr", "ru")
MIN_COUNT = 5
IDENTIFIERS = ("passwd", "passwds", "secrets", "tokens", "sudoers", "dotenv", "envvar", "envvars", "upsert", "deleted", "removed",
               "prompts", "systemd", "sysctl", "remover", "uploader", "uploads", "forwarder", "summaries", "accountid")


def near(word: str) -> bool:
    probes = (word, *respell._deletions(word))
    return any(respell.distance(word, key, respell.reach(key)) <= respell.reach(key) for p in probes for key in respell.INDEX.get(p, ()))


def main() -> None:
    resources = Path(spellchecker.__file__).with_name("resources")
    words = set(IDENTIFIERS)
    for language in LANGUAGES:
        counts = json.loads(gzip.open(resources / f"{language}.json.gz").read())
        words |= {w for w, n in counts.items() if n >= MIN_COUNT and w.isalpha() and 5 <= len(w) <= 22 and w not in respell.KEY_SET and near(w)}
    OUT.write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words")


if __name__ == "__main__":
    main()
