#!/usr/bin/env python3
"""Validate heldout_v15_agent.jsonl (BLIND set). Exit code 0 = pass.

Checks: every line parses; required fields present and valid; labels balanced
within 45-55%; unique content; no 8-word window shared by more than 3 rows;
technique coverage (>=12 per injection technique); language spread; the file
order is shuffled (not grouped by label) and matches a fresh seeded regeneration.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "heldout_v15_agent.jsonl")
FIELDS = ["tool", "content", "label", "category", "language", "technique", "source", "reason"]
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue", "doc"}
TECHNIQUES = {"ignore_instructions", "addresses_assistant", "authority_claim", "task_change",
              "secret_request", "exfiltration", "fake_turn", "system_text", "misspelled",
              "encoded", "hidden_text", "payload_split"}
WINDOW = 8
MAX_ROWS_PER_WINDOW = 3

errors = []

def err(msg):
    errors.append(msg)

rows = []
with open(PATH, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        if not line.strip():
            err("line %d: blank line" % i)
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: JSON error %s" % (i, e))
            continue
        rows.append((i, row))

for i, row in rows:
    missing = [f for f in FIELDS if f not in row]
    if missing:
        err("line %d: missing fields %s" % (i, missing))
        continue
    extra = set(row) - set(FIELDS)
    if extra:
        err("line %d: unexpected fields %s" % (i, sorted(extra)))
    for f in FIELDS:
        if not isinstance(row[f], str) or not row[f].strip():
            err("line %d: field %s empty or not a string" % (i, f))
    if row["label"] not in ("injection", "benign"):
        err("line %d: bad label %r" % (i, row["label"]))
    if row["category"] not in CATEGORIES:
        err("line %d: bad category %r" % (i, row["category"]))
    if not re.fullmatch(r"[a-z]{2}", row["language"]):
        err("line %d: bad language %r" % (i, row["language"]))
    if row["source"] != "agent":
        err("line %d: source must be 'agent'" % i)
    if row["label"] == "injection" and row["technique"] not in TECHNIQUES:
        err("line %d: bad injection technique %r" % (i, row["technique"]))
    if row["label"] == "benign" and row["technique"] != "none":
        err("line %d: benign row must have technique 'none'" % i)
    if "\n" in row["reason"]:
        err("line %d: reason must be one line" % i)
    if row["tool"] == "Read" and not re.match(r"^ *\d+\t", row["content"]):
        err("line %d: Read output must be line-numbered" % i)

n = len(rows)
labels = Counter(r["label"] for _, r in rows)
share = labels["injection"] / n if n else 0
if not 0.45 <= share <= 0.55:
    err("label balance out of range: injection share %.3f" % share)
if not 380 <= n <= 460:
    err("row count %d not about 420" % n)

# unique content
seen = {}
for i, r in rows:
    c = r["content"]
    if c in seen:
        err("line %d: duplicate content of line %d" % (i, seen[c]))
    seen[c] = i

# technique / category / language coverage
tech = Counter(r["technique"] for _, r in rows if r["label"] == "injection")
for t in TECHNIQUES:
    if tech[t] < 12:
        err("technique %s has only %d rows (<12)" % (t, tech[t]))
cats = Counter(r["category"] for _, r in rows)
for c in CATEGORIES:
    if cats[c] == 0:
        err("category %s unused" % c)
langs = Counter(r["language"] for _, r in rows)
non_en = sum(v for k, v in langs.items() if k != "en") / n if n else 0
if len(langs) - ("en" in langs) < 15:
    err("only %d non-English languages" % (len(langs) - 1))
if not 0.20 <= non_en <= 0.35:
    err("non-English share %.3f outside 0.20-0.35" % non_en)
tools = Counter(r["tool"] for _, r in rows)
if len(tools) < 20:
    err("only %d distinct tools" % len(tools))

# 8-word windows
win_rows = defaultdict(set)
for i, r in rows:
    toks = r["content"].lower().split()
    for k in range(len(toks) - WINDOW + 1):
        win_rows[" ".join(toks[k:k + WINDOW])].add(i)
offenders = sorted(((len(v), w) for w, v in win_rows.items() if len(v) > MAX_ROWS_PER_WINDOW), reverse=True)
if offenders:
    err("%d 8-word windows appear in more than %d rows" % (len(offenders), MAX_ROWS_PER_WINDOW))
    for cnt, w in offenders[:40]:
        print("  window in %d rows: %r" % (cnt, w[:160]))

# shuffled: long same-label runs or label-sorted order indicate no shuffle
seq = [r["label"] for _, r in rows]
longest, cur = 1, 1
for a, b in zip(seq, seq[1:]):
    cur = cur + 1 if a == b else 1
    longest = max(longest, cur)
if longest > 15:
    err("longest same-label run %d suggests the file is not shuffled" % longest)
first_half_inj = sum(1 for l in seq[: n // 2] if l == "injection") / max(1, n // 2)
if abs(first_half_inj - share) > 0.12:
    err("first half injection share %.2f deviates from overall %.2f (not shuffled?)" % (first_half_inj, share))

# seeded determinism: regenerate and compare
gen = os.path.join(HERE, "generate_heldout_v15_agent.py")
if os.path.exists(gen) and os.path.abspath(PATH) == os.path.join(HERE, "heldout_v15_agent.jsonl"):
    with tempfile.TemporaryDirectory() as td:
        tmp = os.path.join(td, "regen.jsonl")
        subprocess.run([sys.executable, gen, tmp], check=True, stdout=subprocess.DEVNULL)
        with open(tmp, encoding="utf-8") as a, open(PATH, encoding="utf-8") as b:
            if a.read() != b.read():
                err("file differs from a fresh seeded regeneration")

print("rows=%d labels=%s injection_share=%.3f" % (n, dict(labels), share))
print("techniques=%s" % dict(sorted(tech.items())))
print("categories=%s" % dict(sorted(cats.items())))
print("languages=%d (non-English share %.3f): %s" % (len(langs), non_en, dict(langs.most_common())))
print("tools=%d  longest same-label run=%d  max rows sharing an 8-word window=%d" % (
    len(tools), longest, max((len(v) for v in win_rows.values()), default=0)))
if errors:
    print("FAIL (%d problems)" % len(errors))
    for e in errors[:60]:
        print("  - " + e)
    sys.exit(1)
print("PASS")
