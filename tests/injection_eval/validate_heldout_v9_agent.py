"""Validate heldout_v9_agent.jsonl: fields, labels, categories, techniques, duplicates, counts.
Run: .venv/bin/python tests/injection_eval/validate_heldout_v9_agent.py
Does not run any detector; only reads the data as JSON."""
import collections
import json
import sys
from pathlib import Path

P = Path(__file__).with_name("heldout_v9_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
         "instructions_for_humans", "automation_text"}

errs = []
rows = []
for i, line in enumerate(P.read_text(encoding="utf-8").splitlines(), 1):
    try:
        r = json.loads(line)
    except Exception as e:  # noqa: BLE001
        errs.append(f"line {i}: bad json {e}")
        continue
    rows.append(r)
    if set(r) != KEYS:
        errs.append(f"line {i}: keys {sorted(r)}")
        continue
    if r["label"] not in ("injection", "benign"):
        errs.append(f"line {i}: label {r['label']}")
    if r["category"] not in CATS:
        errs.append(f"line {i}: category {r['category']}")
    allowed = INJ_T if r["label"] == "injection" else BEN_T
    if r["technique"] not in allowed:
        errs.append(f"line {i}: technique {r['technique']} for {r['label']}")
    if r["source"] != "agent":
        errs.append(f"line {i}: source")
    if not (isinstance(r["language"], str) and len(r["language"]) == 2 and r["language"].islower()):
        errs.append(f"line {i}: language {r['language']}")
    for k in ("tool", "content", "reason"):
        if not isinstance(r[k], str) or not r[k].strip():
            errs.append(f"line {i}: empty {k}")
    if "{P}" in r.get("content", ""):
        errs.append(f"line {i}: unfilled template")

c = collections.Counter(r["content"] for r in rows)
dups = [k for k, v in c.items() if v > 1]
if dups:
    errs.append(f"{len(dups)} duplicate contents")

lab = collections.Counter(r["label"] for r in rows)
print("total", len(rows), dict(lab))
print("category x label:")
for (cat, l), n in sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()):
    print(f"  {cat:15s} {l:9s} {n}")
print("technique:", dict(sorted(collections.Counter((r["label"][:3], r["technique"]) for r in rows).items())))
langs = collections.Counter(r["language"] for r in rows)
ne = sum(v for k, v in langs.items() if k != "en")
print("languages:", len(langs), dict(sorted(langs.items())))
print(f"non-English: {ne} ({ne / len(rows):.1%}); inj {sum(1 for r in rows if r['language'] != 'en' and r['label'] == 'injection')}, "
      f"benign {sum(1 for r in rows if r['language'] != 'en' and r['label'] == 'benign')}")
if errs:
    print("ERRORS:")
    for e in errs[:50]:
        print(" ", e)
    sys.exit(1)
print("OK")
