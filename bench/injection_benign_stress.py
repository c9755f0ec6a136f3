"""Indirect prompt injection: how much real, benign text the detector would flag (no labels needed).

Text nobody wrote to attack an agent: the sources and READMEs of the packages in this virtualenv (the anthropic
SDK's prompts and docstrings about Claude, HTTP, mail, auth and validation libraries), the Python reference's
topics, the standard library's sources and this repository's docs. Each is cut into 3,000-character chunks and judged by ``assess`` alone (the
score the guard compares with ``flag_score``); every flagged chunk is a false alarm. The figures depend on the
installed packages' and Python's versions, so compare runs in one environment.

    .venv/bin/python bench/injection_benign_stress.py            # counts per corpus
    .venv/bin/python bench/injection_benign_stress.py --list     # also each flagged chunk and its signals
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.guard.injection import FLAG_SCORE, assess  # noqa: E402

CHUNK = 3000
SITE = Path(sysconfig.get_paths()["purelib"])
PACKAGES = ("anthropic", "aiohttp", "nats", "jwt", "msgspec", "tenacity", "duckdb", "httpx", "pydantic")
STDLIB = ("argparse", "json", "textwrap", "difflib", "csv", "calendar", "email.message", "smtplib", "http.client", "urllib.request",
          "logging", "subprocess", "shutil", "os", "pathlib", "unittest", "asyncio.base_events", "imaplib", "ftplib", "ssl", "secrets",
          "getpass", "netrc", "mailbox", "tarfile", "zipfile", "sqlite3", "configparser", "string", "socket")


def chunks(name: str, text: str, limit: int) -> Iterator[tuple[str, str]]:
    for i in range(0, min(len(text), limit), CHUNK):
        yield f"{name}@{i}", text[i : i + CHUNK]


def package_sources() -> Iterator[tuple[str, str]]:
    for package in PACKAGES:
        for path in sorted((SITE / package).rglob("*.py"))[:400]:
            yield from chunks(str(path.relative_to(SITE)), path.read_text(errors="ignore"), 30_000)


def package_readmes() -> Iterator[tuple[str, str]]:
    for path in sorted(SITE.glob("*.dist-info/METADATA")):
        yield from chunks(path.parent.name, path.read_text(errors="ignore"), 60_000)


def stdlib_and_docs() -> Iterator[tuple[str, str]]:
    for module in STDLIB:
        yield from chunks(module, inspect.getsource(importlib.import_module(module)), 10**9)
    for path in sorted((ROOT / "docs").rglob("*.md")) + [ROOT / "README.md"]:
        yield from chunks(str(path.relative_to(ROOT)), path.read_text(errors="ignore"), 10**9)


def python_docs() -> Iterator[tuple[str, str]]:
    import pydoc_data.topics

    for topic, text in sorted(pydoc_data.topics.topics.items()):
        yield from chunks(topic, text, 10**9)


CORPORA = {
    "package sources": package_sources, "package READMEs": package_readmes, "Python reference (pydoc topics)": python_docs,
    "stdlib and repo docs": stdlib_and_docs,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each flagged chunk with its signals")
    args = parser.parse_args()
    for corpus, texts in CORPORA.items():
        judged = flagged = 0
        for name, text in texts():
            judged += 1
            found = assess(text)
            if found.score >= FLAG_SCORE:
                flagged += 1
                if args.list:
                    print(f"  {name[:70]:<70} {found.score:.2f} {found.explain()[:120]}")
        print(f"{corpus}: {flagged} of {judged} chunks flagged ({flagged / max(judged, 1):.3f})")


if __name__ == "__main__":
    main()
