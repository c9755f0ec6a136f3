#!/usr/bin/env python3
"""Validate heldout_v15_assistant.jsonl (stdlib only). Exit 1 on any failure."""
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v15_assistant.jsonl")
FIELDS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue", "doc"}
TECHNIQUES = {"ignore_instructions", "addresses_assistant", "authority_claim", "task_change", "secret_request",
              "exfiltration", "fake_turn", "system_text", "misspelled", "encoded", "hidden_text", "payload_split"}
WINDOW, MAX_ROWS_PER_WINDOW = 8, 3

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: not JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != FIELDS:
            errors.append(f"line {i}: fields {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(FIELDS)}")
            continue
        for k in FIELDS:
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"line {i}: field {k} empty or not a string")
        if r["label"] not in ("injection", "benign"):
            errors.append(f"line {i}: bad label {r['label']!r}")
        if r["category"] not in CATEGORIES:
            errors.append(f"line {i}: bad category {r['category']!r}")
        if not (len(r["language"]) == 2 and r["language"].isalpha() and r["language"].islower()):
            errors.append(f"line {i}: bad language {r['language']!r}")
        if r["source"] != "assistant":
            errors.append(f"line {i}: source must be 'assistant'")
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            errors.append(f"line {i}: injection with bad technique {r['technique']!r}")
        if r["label"] == "benign" and r["technique"] != "none":
            errors.append(f"line {i}: benign row must have technique 'none'")
        if "\n" in r["reason"]:
            errors.append(f"line {i}: reason must be one line")
        rows.append(r)

n = len(rows)
labels = collections.Counter(r["label"] for r in rows)
share = labels["injection"] / n if n else 0
if not 0.45 <= share <= 0.55:
    errors.append(f"label balance out of range: injection share {share:.3f}")

# duplicates
seen = {}
for i, r in enumerate(rows, 1):
    if r["content"] in seen:
        errors.append(f"duplicate content: rows {seen[r['content']]} and {i}")
    seen.setdefault(r["content"], i)

# 8-word windows across rows
win_rows = collections.defaultdict(set)
for i, r in enumerate(rows):
    toks = r["content"].lower().split()
    for k in range(len(toks) - WINDOW + 1):
        win_rows[" ".join(toks[k:k + WINDOW])].add(i)
bad = sorted(((len(v), w) for w, v in win_rows.items() if len(v) > MAX_ROWS_PER_WINDOW), reverse=True)
if bad:
    print(f"8-word windows shared by more than {MAX_ROWS_PER_WINDOW} rows: {len(bad)}; worst offenders:")
    for c, w in bad[:15]:
        print(f"  {c:3d} rows: {w[:140]!r}")
    errors.append(f"{len(bad)} repeated 8-word windows")

# technique spread
tech = collections.Counter(r["technique"] for r in rows if r["label"] == "injection")
for t in TECHNIQUES:
    if tech[t] < 12:
        errors.append(f"technique {t} has only {tech[t]} rows (< 12)")

# languages
langs = collections.Counter(r["language"] for r in rows)
non_en = sum(v for k, v in langs.items() if k != "en")
if len(langs) - 1 < 15:
    errors.append(f"only {len(langs) - 1} non-English languages (< 15)")
if not 0.2 <= non_en / n <= 0.35:
    errors.append(f"non-English share {non_en / n:.3f} outside 0.20-0.35")

# shuffled: labels must be interleaved, not grouped
switches = sum(1 for a, b in zip(rows, rows[1:]) if a["label"] != b["label"])
if switches < 0.35 * (n - 1):
    errors.append(f"rows look unshuffled ({switches} label switches for {n} rows)")
# and the order must be the seeded one: regenerate and compare
gen = os.path.join(HERE, "generate_heldout_v15_assistant.py")
if os.path.exists(gen):
    spec = importlib.util.spec_from_file_location("gen15a", gen)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    regen = mod.build()
    if [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in regen] != \
       [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]:
        errors.append("file differs from seeded generator output (regenerate it)")

print(f"rows={n} labels={dict(labels)} injection_share={share:.3f} languages={len(langs)} non_en={non_en}")
print("techniques:", dict(sorted(tech.items())))
print("categories:", dict(sorted(collections.Counter(r['category'] for r in rows).items())))
print("tools:", len(set(r["tool"] for r in rows)), "label switches:", switches)
if errors:
    print(f"FAIL ({len(errors)} problems)")
    for e in errors[:60]:
        print("  -", e)
    sys.exit(1)
print("PASS")
