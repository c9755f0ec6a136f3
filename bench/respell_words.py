"""Writes services/guard/respell_words.txt: the dictionary words near a key word of services/guard/respell.py.

A token near a key word is read as the key word only when it is no real word; this lists the real ones, from
pyspellchecker's word-frequency dictionaries (en, es, pt, it, de, nl, fr, ru; words seen at least ``MIN_COUNT``
times), identifiers a program writes near a key word, and words of other languages near one. Rerun after changing ``respell.KEYS``:

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
OTHER_LANGUAGES = ("asystent", "asystenta", "asystencie", "asystenci", "asistent", "asistenta", "asistentul", "asistentka", "asistente",
                   "assistenten", "assistentin", "asisten", "anterioare", "anterioara", "anteriorul", "instrucțiuni", "instructiuni",
                   "instrukcje", "instrukcji", "instrukce", "instrukcí", "instrukcije", "instruktioner", "instruksjoner", "instruktion",
                   "instruksi", "poprzednie", "poprzednich", "wcześniejsze", "předchozí", "prethodne", "tidigare", "tidligere",
                   "hasło", "hasła", "parola", "parolele", "heslo", "hesla", "lozinka", "lozinke", "salasana", "jelszó", "şifre",
                   "asistan", "asistanı", "asistana", "asistanın", "talimatları", "talimatlar")
"""Words of languages without a dictionary here (pl, ro, cs, hr, sv, da, no, id, fi, hu, tr) near a key word."""


def near(word: str) -> bool:
    probes = (word, *respell._deletions(word))
    return any(respell.distance(word, key, respell.reach(key)) <= respell.reach(key) for p in probes for key in respell.INDEX.get(p, ()))


def main() -> None:
    resources = Path(spellchecker.__file__).with_name("resources")
    words = {w for w in (*IDENTIFIERS, *OTHER_LANGUAGES) if w not in respell.KEY_SET}
    for language in LANGUAGES:
        counts = json.loads(gzip.open(resources / f"{language}.json.gz").read())
        words |= {w for w, n in counts.items() if n >= MIN_COUNT and w.isalpha() and 5 <= len(w) <= 22 and w not in respell.KEY_SET and near(w)}
    OUT.write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words")


if __name__ == "__main__":
    main()
