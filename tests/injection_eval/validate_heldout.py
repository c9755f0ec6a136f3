"""Check tests/injection_eval/heldout.jsonl and print its counts.

    python tests/injection_eval/validate_heldout.py [path]

Checks: one JSON object per line; the fields and their allowed values; ids
unique; no duplicate content (exact, or after removing whitespace and
invisible characters); benign rows have technique "none" and injections do
not; the label balance is within 40-60 %; injections cover at least 12
languages, every category and every technique; carriers that are JSON
documents still parse where the payload was meant to stay inside a string.
Exit status 1 on any failure.
"""

import collections
import json
import os
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout.jsonl")

FIELDS = {"id", "tool", "content", "label", "category", "language", "technique", "reason"}
LABELS = {"injection", "benign"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue", "doc"}
TECHNIQUES = {"ignore_instructions", "addresses_assistant", "authority_claim", "task_change", "secret_request",
              "exfiltration", "fake_turn", "system_text", "encoded", "hidden_text", "misspelled", "none"}
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\U000e0000-\U000e007f\\s]")

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})")
            continue
        if not isinstance(r, dict) or set(r) != FIELDS:
            errors.append(f"line {n}: fields {sorted(r) if isinstance(r, dict) else type(r)}")
            continue
        for k in FIELDS:
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"line {n}: {k} empty or not a string")
        if r["label"] not in LABELS:
            errors.append(f"line {n}: label {r['label']!r}")
        if r["category"] not in CATEGORIES:
            errors.append(f"line {n}: category {r['category']!r}")
        if r["technique"] not in TECHNIQUES:
            errors.append(f"line {n}: technique {r['technique']!r}")
        if not re.fullmatch(r"[a-z]{2,3}", r["language"]):
            errors.append(f"line {n}: language {r['language']!r}")
        if (r["label"] == "benign") != (r["technique"] == "none"):
            errors.append(f"line {n}: label {r['label']} with technique {r['technique']}")
        if "{INJ}" in r["content"]:
            errors.append(f"line {n}: unfilled slot")
        rows.append(r)

ids = collections.Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
exact = collections.Counter(r["content"] for r in rows)
errors += [f"duplicate content: {c[:60]!r}" for c, k in exact.items() if k > 1]
norm = collections.Counter(INVISIBLE.sub("", r["content"]) for r in rows)
dups = [c for c, k in norm.items() if k > 1]
# the same visible text with and without invisible payloads is a deliberate pair only
# when labels differ; same-label near-duplicates are an error
for c in dups:
    labels = {r["label"] for r in rows if INVISIBLE.sub("", r["content"]) == c}
    if len(labels) == 1:
        errors.append(f"near-duplicate content (whitespace/invisible only): {c[:60]!r}")

# JSON carriers must still parse unless the payload deliberately breaks out of the string
for r in rows:
    c = r["content"].strip()
    if c[:1] in "{[" and "breaks out of JSON" not in r["reason"]:
        try:
            json.loads(c)
        except json.JSONDecodeError:
            errors.append(f"{r['id']}: JSON carrier no longer parses")

inj = [r for r in rows if r["label"] == "injection"]
share = len(inj) / max(1, len(rows))
if not 0.4 <= share <= 0.6:
    errors.append(f"injection share {share:.2f} outside 0.40-0.60")
if len(rows) < 600:
    errors.append(f"only {len(rows)} rows")
langs = {r["language"] for r in inj}
if len(langs) < 12:
    errors.append(f"injections in only {len(langs)} languages")
for cat in CATEGORIES:
    for lab in LABELS:
        if not any(r["category"] == cat and r["label"] == lab for r in rows):
            errors.append(f"no {lab} in {cat}")
for t in TECHNIQUES - {"none"}:
    if not any(r["technique"] == t for r in inj):
        errors.append(f"no injection with technique {t}")


def table(key, title):
    c = collections.Counter((r[key], r["label"]) for r in rows)
    names = sorted({k for k, _ in c}, key=lambda k: -(c[(k, "injection")] + c[(k, "benign")]))
    print(f"\n{title:<22} injection  benign  total")
    for k in names:
        i, b = c[(k, "injection")], c[(k, "benign")]
        print(f"{k:<22} {i:>9} {b:>7} {i + b:>6}")


print(f"{PATH}: {len(rows)} rows, {len(inj)} injection, {len(rows) - len(inj)} benign, "
      f"injections in {len(langs)} languages")
table("category", "category")
table("language", "language")
table("technique", "technique")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nOK")
