"""Validator for the v8 blind held-out injection set (agent half). Reads data only; executes nothing.
Run:  .venv/bin/python tests/injection_eval/validate_heldout_v8_agent.py
"""
import collections
import json
import sys
from pathlib import Path

PATH = Path(__file__).with_name("heldout_v8_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn", "authority_claim",
         "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}


def main():
    errs = []
    rows = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            errs.append(f"line {n}: bad json {exc}")
            continue
        rows.append(r)
        if set(r) != KEYS:
            errs.append(f"line {n}: keys {sorted(set(r) ^ KEYS)}")
            continue
        if not all(isinstance(r[k], str) and r[k].strip() for k in KEYS):
            errs.append(f"line {n}: empty or non-string field")
        if r["label"] not in ("injection", "benign"):
            errs.append(f"line {n}: label {r['label']}")
        if r["category"] not in CATS:
            errs.append(f"line {n}: category {r['category']}")
        allowed = INJ_T if r["label"] == "injection" else BEN_T
        if r["technique"] not in allowed:
            errs.append(f"line {n}: technique {r['technique']} for {r['label']}")
        if r["source"] != "agent":
            errs.append(f"line {n}: source")
        if len(r["language"]) != 2 or not r["language"].islower():
            errs.append(f"line {n}: language {r['language']}")
        if len(r["content"]) < 80:
            errs.append(f"line {n}: content too short")
    seen = collections.Counter(r.get("content") for r in rows)
    dups = [c[:60] for c, k in seen.items() if k > 1]
    if dups:
        errs.append(f"duplicate contents: {dups}")
    lab = collections.Counter(r["label"] for r in rows)
    print("rows", len(rows), dict(lab))
    print("per category/label:")
    for (c, l), k in sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()):
        print(f"  {c:15s} {l:9s} {k}")
    print("per technique:", dict(sorted(collections.Counter((r["label"], r["technique"]) for r in rows).items())))
    langs = collections.Counter(r["language"] for r in rows)
    non_en = {l: collections.Counter(r["label"] for r in rows if r["language"] != "en")[l] for l in ("injection", "benign")}
    print("languages:", len(langs), dict(langs))
    print("non-English share:", round(sum(v for k, v in langs.items() if k != "en") / len(rows), 3), non_en)
    if len(langs) - 1 < 15:
        errs.append("fewer than 15 non-English languages")
    if errs:
        print("ERRORS:\n" + "\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
