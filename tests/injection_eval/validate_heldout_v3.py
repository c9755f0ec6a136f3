"""Checks tests/injection_eval/heldout_v3.jsonl: fields, label/technique vocabularies, duplicates, balance.

HELD-OUT EVALUATION DATA: only the set's author and the lead run this (see HELDOUT_V3.md). It never runs a detector.

    .venv/bin/python tests/injection_eval/validate_heldout_v3.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).resolve().parent / "heldout_v3.jsonl"
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker", "search_results", "document"}
INJECTION_TECHNIQUES = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn", "authority_claim",
                        "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BENIGN_TECHNIQUES = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}
LANGUAGES = {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "cs", "sv", "da", "nb", "fi", "el", "hu", "ro", "tr",
             "ja", "zh", "ko", "ar", "he", "hi", "vi", "id", "th"}


def problems(rows: list[dict[str, str]]) -> list[str]:
    errs: list[str] = []
    seen: dict[str, int] = {}
    for i, r in enumerate(rows, 1):
        if set(r) != KEYS:
            errs.append(f"line {i}: keys {sorted(r)}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in r.values()):
            errs.append(f"line {i}: empty or non-string field")
        if r["label"] not in ("injection", "benign"):
            errs.append(f"line {i}: label {r['label']!r}")
        allowed = INJECTION_TECHNIQUES if r["label"] == "injection" else BENIGN_TECHNIQUES
        if r["technique"] not in allowed:
            errs.append(f"line {i}: technique {r['technique']!r} not allowed for {r['label']}")
        if r["category"] not in CATEGORIES:
            errs.append(f"line {i}: category {r['category']!r}")
        if r["language"] not in LANGUAGES:
            errs.append(f"line {i}: language {r['language']!r}")
        if r["source"] not in ("agent", "public"):
            errs.append(f"line {i}: source {r['source']!r}")
        if "{P}" in r["content"]:
            errs.append(f"line {i}: unfilled slot")
        if r["content"] in seen:
            errs.append(f"line {i}: duplicate content of line {seen[r['content']]}")
        seen.setdefault(r["content"], i)
    return errs


def report(rows: list[dict[str, str]]) -> None:
    labels = Counter(r["label"] for r in rows)
    print(f"{len(rows)} rows: {labels['injection']} injection, {labels['benign']} benign")
    non_en = [r for r in rows if r["language"] != "en"]
    langs = {r["language"] for r in non_en}
    print(f"non-English: {len(non_en)} ({len(non_en) / len(rows):.0%}) in {len(langs)} languages; "
          f"injection {sum(r['label'] == 'injection' for r in non_en)}, benign {sum(r['label'] == 'benign' for r in non_en)}")
    for key in ("category", "technique", "source", "language"):
        table = Counter((r[key], r["label"]) for r in rows)
        print(f"\n{key}:")
        for name in sorted({k for k, _ in table}):
            print(f"  {name:24} injection {table[(name, 'injection')]:4}  benign {table[(name, 'benign')]:4}")


def main() -> int:
    rows = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()]
    errs = problems(rows)
    report(rows)
    non_en_langs = {r["language"] for r in rows if r["language"] != "en"}
    for lab in ("injection", "benign"):
        n = len({r["language"] for r in rows if r["label"] == lab and r["language"] != "en"})
        if n < 20:
            errs.append(f"only {n} non-English languages among {lab} rows")
    if len(non_en_langs) < 20:
        errs.append(f"only {len(non_en_langs)} non-English languages")
    for e in errs:
        print("ERROR", e)
    print("\nOK" if not errs else f"\n{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
