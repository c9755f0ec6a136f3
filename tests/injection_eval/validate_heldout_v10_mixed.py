"""Validator for heldout_v10_mixed.jsonl (fields, labels, duplicates, 8-word shared sentences)."""
import collections
import json
import os
import re
import sys

KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
         "instructions_for_humans", "automation_text"}
N = 8


def words(text):
    return re.findall(r"\w+", text.lower())


def shingles(text):
    w = words(text)
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v10_mixed.jsonl")
    errors = []
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            r = json.loads(line)
            rows.append(r)
            if set(r) != KEYS:
                errors.append(f"line {i}: keys {sorted(r)}")
            if r["label"] not in ("injection", "benign"):
                errors.append(f"line {i}: label {r['label']}")
            if r["category"] not in CATS:
                errors.append(f"line {i}: category {r['category']}")
            allowed = INJ_T if r["label"] == "injection" else BEN_T
            if r["technique"] not in allowed:
                errors.append(f"line {i}: technique {r['technique']} for {r['label']}")
            if r["source"] != "mixed":
                errors.append(f"line {i}: source")
            if not re.fullmatch(r"[a-z]{2}", r["language"]):
                errors.append(f"line {i}: language {r['language']}")
            if not r["reason"].strip() or not r["tool"].strip():
                errors.append(f"line {i}: empty reason/tool")
            n = len(r["content"])
            if n < 60 or n > 3000:
                errors.append(f"line {i}: content length {n}")
    seen = {}
    for i, r in enumerate(rows, 1):
        c = r["content"].strip()
        if c in seen:
            errors.append(f"line {i}: duplicate content of line {seen[c]}")
        seen[c] = i
    owner = {}
    for i, r in enumerate(rows, 1):
        for s in shingles(r["content"]):
            j = owner.get(s)
            if j is not None and j != i:
                errors.append(f"line {i} shares 8 words with line {j}: '{s}'")
            else:
                owner[s] = i
    lab = collections.Counter(r["label"] for r in rows)
    print("labels", dict(lab))
    print("by category/label")
    for (c, l), n in sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()):
        print(f"  {c:15s} {l:9s} {n}")
    print("techniques", dict(collections.Counter((r["label"], r["technique"]) for r in rows)))
    langs = collections.Counter((r["language"], r["label"]) for r in rows)
    print("languages", dict(langs))
    non_en = sum(1 for r in rows if r["language"] != "en")
    print("non-English", non_en, "of", len(rows), "in", len({r['language'] for r in rows} - {'en'}), "languages")
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
