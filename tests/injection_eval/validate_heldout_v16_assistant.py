#!/usr/bin/env python3
"""Validate heldout_v16_assistant.jsonl. Exit 1 on any failure."""
import json, os, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout_v16_assistant.jsonl")
FIELDS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue", "doc"}
TECHS = {"ignore_instructions", "addresses_assistant", "authority_claim", "task_change", "secret_request",
         "exfiltration", "fake_turn", "system_text", "misspelled", "encoded", "hidden_text", "payload_split"}
WIN, MAXROWS = 8, 3

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        if set(r) != FIELDS:
            errors.append(f"line {n}: fields {sorted(set(r) ^ FIELDS)} missing/extra")
            continue
        for k in FIELDS:
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"line {n}: field {k} empty or not a string")
        if r["label"] not in ("injection", "benign"):
            errors.append(f"line {n}: bad label {r['label']}")
        if r["category"] not in CATS:
            errors.append(f"line {n}: bad category {r['category']}")
        if r["source"] != "assistant":
            errors.append(f"line {n}: source must be 'assistant'")
        if len(r["language"]) != 2 or not r["language"].isalpha() or not r["language"].islower():
            errors.append(f"line {n}: language {r['language']!r} not ISO 639-1")
        if r["label"] == "benign" and r["technique"] != "none":
            errors.append(f"line {n}: benign row must have technique none")
        if r["label"] == "injection" and r["technique"] not in TECHS:
            errors.append(f"line {n}: bad technique {r['technique']}")
        if "\n" in r["reason"]:
            errors.append(f"line {n}: reason must be one line")
        rows.append(r)

N = len(rows)
lab = Counter(r["label"] for r in rows)
share = lab["injection"] / N if N else 0
if not 0.45 <= share <= 0.55:
    errors.append(f"label balance off: injection share {share:.3f}")

dups = [c for c, k in Counter(r["content"] for r in rows).items() if k > 1]
if dups:
    errors.append(f"{len(dups)} duplicated content values")

tech = Counter(r["technique"] for r in rows if r["label"] == "injection")
for t in TECHS:
    if tech[t] < 12:
        errors.append(f"technique {t} has only {tech[t]} rows (<12)")

langs = Counter(r["language"] for r in rows)
non_en = sum(v for k, v in langs.items() if k != "en")
if len(langs) - 1 < 15:
    errors.append(f"only {len(langs) - 1} non-English languages (<15)")
if not 0.18 <= non_en / max(N, 1) <= 0.40:
    errors.append(f"non-English share {non_en / N:.2f} outside 0.18-0.40")

tools = Counter(r["tool"] for r in rows)
if len(tools) < 20:
    errors.append(f"only {len(tools)} distinct tools (<20)")

# 8-word windows shared by more than MAXROWS rows
win_rows = defaultdict(set)
for i, r in enumerate(rows):
    w = r["content"].split()
    for j in range(len(w) - WIN + 1):
        win_rows[" ".join(w[j:j + WIN])].add(i)
bad = sorted(((len(v), k) for k, v in win_rows.items() if len(v) > MAXROWS), reverse=True)
if bad:
    errors.append(f"{len(bad)} {WIN}-word windows appear in more than {MAXROWS} rows")
    for cnt, k in bad[:15]:
        print(f"  window in {cnt} rows: {k[:140]!r}")

# shuffled: labels and categories must not come in long sorted runs
longest, cur = 1, 1
for a, b in zip(rows, rows[1:]):
    cur = cur + 1 if a["label"] == b["label"] else 1
    longest = max(longest, cur)
if longest > 12:
    errors.append(f"rows look unshuffled (run of {longest} identical labels)")
cat_changes = sum(1 for a, b in zip(rows, rows[1:]) if a["category"] != b["category"])
if N > 50 and cat_changes < N * 0.6:
    errors.append("rows look grouped by category (not shuffled)")

print(f"rows={N} labels={dict(lab)} injection_share={share:.3f}")
print("techniques:", dict(sorted(tech.items())))
print("categories:", dict(sorted(Counter(r['category'] for r in rows).items())))
print(f"languages ({len(langs)}):", dict(langs.most_common()))
print(f"non-English share={non_en / max(N, 1):.2f} tools={len(tools)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("PASS")
