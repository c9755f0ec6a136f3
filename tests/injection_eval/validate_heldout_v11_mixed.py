#!/usr/bin/env python3
"""Validate heldout_v11_mixed.jsonl: keys, labels, categories, techniques per label, languages, lengths,
duplicates, and that no two cases share a run of 8 consecutive words (\\w+ tokens, case-folded).
Run: .venv/bin/python tests/injection_eval/validate_heldout_v11_mixed.py [path]"""
import collections
import json
import os
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v11_mixed.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker", "search_results", "document"}
TECH = {"injection": {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration", "fake_turn", "system_text",
                      "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"},
        "benign": {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}}
LANGS = set("aa ab af ak am ar as az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja jv ka kk km kn ko ku ky "
            "la lo lt lv mk ml mn mr ms my nb ne nl nn no pa pl ps pt ro ru si sk sl so sq sr su sv sw ta te tg th tl tr uk ur uz vi xh yo zh zu".split())
N = 8

errors = []
rows = []
with open(PATH, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        try:
            rows.append((i, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(f"line {i}: bad JSON: {exc}")

seen_content = {}
owner = {}
for i, r in rows:
    if set(r) != KEYS:
        errors.append(f"line {i}: keys {sorted(r)}")
        continue
    if r["label"] not in TECH:
        errors.append(f"line {i}: label {r['label']}")
        continue
    if r["category"] not in CATEGORIES:
        errors.append(f"line {i}: category {r['category']}")
    if r["technique"] not in TECH[r["label"]]:
        errors.append(f"line {i}: technique {r['technique']} not allowed for {r['label']}")
    if r["language"] not in LANGS:
        errors.append(f"line {i}: language {r['language']}")
    if r["source"] != "mixed":
        errors.append(f"line {i}: source {r['source']}")
    if not r["tool"] or not r["reason"].strip() or "\n" in r["reason"]:
        errors.append(f"line {i}: empty tool or bad reason")
    n = len(r["content"])
    if not 50 <= n <= 12000:
        errors.append(f"line {i}: content length {n}")
    if r["content"] in seen_content:
        errors.append(f"line {i}: duplicate content of line {seen_content[r['content']]}")
    seen_content.setdefault(r["content"], i)
    toks = re.findall(r"\w+", r["content"].casefold())
    for k in set(tuple(toks[j:j + N]) for j in range(len(toks) - N + 1)):
        if k in owner and owner[k] != i:
            errors.append(f"line {i}: shares 8-word run with line {owner[k]}: {' '.join(k)}")
        else:
            owner.setdefault(k, i)


def show(title, counter):
    print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))))


recs = [r for _, r in rows]
show("label", collections.Counter(r["label"] for r in recs))
for lab in ("injection", "benign"):
    sub = [r for r in recs if r.get("label") == lab]
    show(f"category[{lab}]", collections.Counter(r["category"] for r in sub))
    show(f"language[{lab}]", collections.Counter(r["language"] for r in sub))
    show(f"technique[{lab}]", collections.Counter(r["technique"] for r in sub))
show("category", collections.Counter(r["category"] for r in recs))
show("language", collections.Counter(r["language"] for r in recs))
inj = [r for r in recs if r.get("label") == "injection"]
print(f"total={len(recs)} injections={len(inj)} non_english_injections={sum(r['language'] != 'en' for r in inj)} "
      f"languages={len(set(r['language'] for r in recs))} over_3000_chars={sum(len(r['content']) > 3000 for r in recs)}")
if errors:
    print(f"FAIL: {len(errors)} problems")
    for e in errors[:60]:
        print("  " + e)
    sys.exit(1)
print("OK")
