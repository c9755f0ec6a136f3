"""Validator for tests/injection_eval/heldout_v10_public.jsonl (never runs case content)."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v10_public.jsonl")

KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
         "instructions_for_humans", "automation_text"}
SHINGLE = 8


def words(text):
    return re.findall(r"\w+", text.lower())


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:  # noqa: BLE001
                errors.append(f"line {n}: bad json {e}")
                continue
            rows.append(r)
            if set(r) != KEYS:
                errors.append(f"line {n}: keys {sorted(r)}")
                continue
            if r["label"] not in ("injection", "benign"):
                errors.append(f"line {n}: label {r['label']}")
            if r["category"] not in CATS:
                errors.append(f"line {n}: category {r['category']}")
            allowed = INJ_T if r["label"] == "injection" else BEN_T
            if r["technique"] not in allowed:
                errors.append(f"line {n}: technique {r['technique']} for {r['label']}")
            if r["source"] != "public":
                errors.append(f"line {n}: source")
            if not re.fullmatch(r"[a-z]{2}", r["language"]):
                errors.append(f"line {n}: language {r['language']}")
            for k in ("tool", "content", "reason"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errors.append(f"line {n}: empty {k}")
            if len(r["content"]) < 50:
                errors.append(f"line {n}: content too short")
    # exact duplicates
    seen = {}
    for i, r in enumerate(rows):
        c = r["content"]
        if c in seen:
            errors.append(f"duplicate content rows {seen[c] + 1} and {i + 1}")
        seen[c] = i
    # shared 8-word sequences across different cases
    owner = {}
    shared = collections.Counter()
    for i, r in enumerate(rows):
        w = words(r["content"])
        grams = {tuple(w[j:j + SHINGLE]) for j in range(len(w) - SHINGLE + 1)}
        for g in grams:
            if g in owner and owner[g] != i:
                shared[(owner[g], i)] += 1
                if shared[(owner[g], i)] == 1:
                    errors.append(f"rows {owner[g] + 1} and {i + 1} share 8 words: {' '.join(g)}")
            else:
                owner[g] = i
    # counts
    by = collections.Counter((r["category"], r["label"]) for r in rows)
    lab = collections.Counter(r["label"] for r in rows)
    langs = collections.Counter((r["language"], r["label"]) for r in rows)
    tech = collections.Counter((r["technique"], r["label"]) for r in rows)
    print("total", len(rows), dict(lab))
    for k in sorted(by):
        print("  cat", k, by[k])
    for k in sorted(tech):
        print("  tech", k, tech[k])
    for k in sorted(langs):
        print("  lang", k, langs[k])
    non_en = sum(1 for r in rows if r["language"] != "en")
    print("non-English", non_en, f"{non_en / max(1, len(rows)):.2%}",
          "languages", len({r['language'] for r in rows}))
    if errors:
        print("ERRORS:")
        for e in errors[:200]:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
