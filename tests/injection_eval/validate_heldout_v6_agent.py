"""Validate tests/injection_eval/heldout_v6_agent.jsonl (structure only; runs no detector)."""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(__file__), "heldout_v6_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn", "authority_claim",
         "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
         "automation_text"}


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {n}: bad json {e}")
                continue
            rows.append(r)
            if set(r) != KEYS:
                errs.append(f"line {n}: keys {sorted(r)}")
                continue
            for k in KEYS:
                if not isinstance(r[k], str) or not r[k].strip():
                    errs.append(f"line {n}: empty/non-str {k}")
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
            if "{P}" in r["content"]:
                errs.append(f"line {n}: unfilled slot")
    dup = [c for c, k in collections.Counter(r["content"] for r in rows).items() if k > 1]
    if dup:
        errs.append(f"{len(dup)} duplicate contents")
    for e in errs:
        print("ERROR", e)
    lab = collections.Counter(r["label"] for r in rows)
    print("rows", len(rows), dict(lab))
    for cat in sorted(CATS):
        c = collections.Counter(r["label"] for r in rows if r["category"] == cat)
        print(f"  {cat:15s} injection={c['injection']:3d} benign={c['benign']:3d}")
    print("techniques", dict(collections.Counter((r["label"], r["technique"]) for r in rows)))
    langs = collections.Counter(r["language"] for r in rows)
    non_en = sum(v for k, v in langs.items() if k != "en")
    print("languages", len(langs), dict(langs), f"non-en {non_en}/{len(rows)}")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
