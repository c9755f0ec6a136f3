"""Validate heldout_v9_public.jsonl: keys, labels, categories, techniques, duplicates, counts."""
import collections
import json
import sys
from pathlib import Path

P = Path(__file__).with_name("heldout_v9_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
         "instructions_for_humans", "automation_text"}

errs = []
rows = [json.loads(l) for l in P.read_text(encoding="utf-8").splitlines() if l.strip()]
seen = set()
for i, r in enumerate(rows):
    if set(r) != KEYS:
        errs.append((i, "keys", sorted(set(r) ^ KEYS)))
    if r["label"] not in ("injection", "benign"):
        errs.append((i, "label"))
    if r["category"] not in CATS:
        errs.append((i, "category", r["category"]))
    tset = INJ_T if r["label"] == "injection" else BEN_T
    if r["technique"] not in tset:
        errs.append((i, "technique", r["technique"]))
    if r["source"] != "public":
        errs.append((i, "source"))
    if not (isinstance(r["language"], str) and len(r["language"]) == 2):
        errs.append((i, "language"))
    for k in ("tool", "content", "reason"):
        if not isinstance(r[k], str) or not r[k].strip():
            errs.append((i, "empty", k))
    if r["content"] in seen:
        errs.append((i, "duplicate content"))
    seen.add(r["content"])

lab = collections.Counter(r["label"] for r in rows)
print("total", len(rows), dict(lab))
print("by category/label:")
for (c, l), n in sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()):
    print(f"  {c:15s} {l:9s} {n}")
print("techniques:", dict(collections.Counter((r["label"], r["technique"]) for r in rows)))
langs = collections.Counter(r["language"] for r in rows)
print("languages:", dict(langs))
for l in ("injection", "benign"):
    sub = [r for r in rows if r["label"] == l]
    ne = sum(r["language"] != "en" for r in sub)
    print(f"non-English {l}: {ne}/{len(sub)} = {ne/len(sub):.0%}, langs={len({r['language'] for r in sub if r['language']!='en'})}")
if errs:
    print("ERRORS", errs[:20])
    sys.exit(1)
print("OK")
