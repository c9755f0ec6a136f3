"""Validate tests/injection_eval/heldout_v5_public.jsonl (structure only; runs no detector)."""
import json
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("heldout_v5_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
         "instructions_for_humans", "automation_text"}
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ja", "zh", "ko", "tr",
         "sv", "ar", "id", "vi", "hi", "cs"}


def main():
    errors = []
    rows = []
    for i, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: bad json {e}")
            continue
        rows.append(r)
        if set(r) != KEYS:
            errors.append(f"line {i}: keys {sorted(r)}")
            continue
        if not all(isinstance(r[k], str) and r[k].strip() for k in KEYS):
            errors.append(f"line {i}: empty or non-string field")
        if r["label"] not in ("injection", "benign"):
            errors.append(f"line {i}: label {r['label']}")
        if r["category"] not in CATS:
            errors.append(f"line {i}: category {r['category']}")
        if r["language"] not in LANGS:
            errors.append(f"line {i}: language {r['language']}")
        if r["source"] != "public":
            errors.append(f"line {i}: source")
        allowed = INJ_T if r["label"] == "injection" else BEN_T
        if r["technique"] not in allowed:
            errors.append(f"line {i}: technique {r['technique']} for {r['label']}")
        if "{P}" in r["content"] or "{PJ}" in r["content"]:
            errors.append(f"line {i}: unfilled placeholder")
        c = r["content"].lstrip()
        if c[:1] in "{[" and c.rstrip()[-1:] in "}]" and r["tool"] not in ("Read", "Bash", "Grep"):
            try:
                json.loads(r["content"])
            except json.JSONDecodeError:
                errors.append(f"line {i}: JSON-looking content does not parse ({r['tool']})")
    dup = [c for c, n in Counter(r["content"] for r in rows).items() if n > 1]
    if dup:
        errors.append(f"{len(dup)} duplicate contents")
    print("total", len(rows))
    print("labels", dict(Counter(r["label"] for r in rows)))
    for lab in ("injection", "benign"):
        sub = [r for r in rows if r["label"] == lab]
        print(lab, "categories", dict(sorted(Counter(r["category"] for r in sub).items())))
        print(lab, "techniques", dict(sorted(Counter(r["technique"] for r in sub).items())))
        print(lab, "languages", dict(sorted(Counter(r["language"] for r in sub).items())))
    non_en = sum(r["language"] != "en" for r in rows)
    print(f"non-English {non_en}/{len(rows)} = {non_en / max(len(rows), 1):.1%}; languages "
          f"{len({r['language'] for r in rows})}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
