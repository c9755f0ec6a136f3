#!/usr/bin/env python3
"""Validator for heldout_v14_assistant.jsonl. Standard library only. Exit 1 on any violation."""
import collections, json, re, sys

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.replace("validate_heldout_v14_assistant.py", "heldout_v14_assistant.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration", "fake_turn", "system_text",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el
en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj
kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj
om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts
tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
IGN = re.compile(r"ignore\s+(all\s+)?previous\s+instructions", re.I)
N = 8

errors = []
rows = []
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        try:
            rows.append((ln, json.loads(line)))
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: bad JSON: {e}")

seen = {}
for ln, r in rows:
    if set(r) != KEYS:
        errors.append(f"line {ln}: keys {sorted(r)}"); continue
    if r["label"] not in ("injection", "benign"): errors.append(f"line {ln}: label {r['label']!r}")
    if r["category"] not in CATS: errors.append(f"line {ln}: category {r['category']!r}")
    allowed = INJ_T if r["label"] == "injection" else BEN_T
    if r["technique"] not in allowed: errors.append(f"line {ln}: technique {r['technique']!r} not allowed for {r['label']}")
    if r["language"] not in ISO639_1: errors.append(f"line {ln}: language {r['language']!r} not ISO 639-1")
    if r["source"] != "assistant": errors.append(f"line {ln}: source {r['source']!r}")
    if not (50 <= len(r["content"]) <= 12000): errors.append(f"line {ln}: content length {len(r['content'])}")
    for k in ("tool", "reason"):
        if not isinstance(r[k], str) or not r[k].strip(): errors.append(f"line {ln}: empty {k}")
    if r["content"] in seen: errors.append(f"line {ln}: exact duplicate of line {seen[r['content']]}")
    seen.setdefault(r["content"], ln)

# no two cases share a run of 8 consecutive \w+ tokens (lowercased)
owner = {}
clashes = set()
for ln, r in rows:
    toks = re.findall(r"\w+", r["content"].lower())
    for g in {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)}:
        o = owner.setdefault(g, ln)
        if o != ln and (o, ln) not in clashes:
            clashes.add((o, ln)); errors.append(f"lines {o} and {ln} share 8-gram: {' '.join(g)}")

inj = [r for _, r in rows if r["label"] == "injection"]
ben = [r for _, r in rows if r["label"] == "benign"]
lit = sum(1 for r in inj if IGN.search(r["content"]))
if inj and lit / len(inj) >= 0.05: errors.append(f"literal 'ignore previous instructions' in {lit}/{len(inj)} injections (>= 5%)")
tc = collections.Counter(r["technique"] for r in inj)
for t in sorted(INJ_T):
    if tc[t] < 10: errors.append(f"injection technique {t} has {tc[t]} < 10 rows")
langs = collections.Counter(r["language"] for _, r in rows)
if len(langs) < 20: errors.append(f"only {len(langs)} languages")

print(f"rows: {len(rows)}  injection: {len(inj)}  benign: {len(ben)}")
print(f"languages: {len(langs)}  non-English share: {1 - langs['en'] / max(1, len(rows)):.1%}")
print(f"literal 'ignore (all) previous instructions': {lit}/{len(inj)} injections ({lit / max(1, len(inj)):.1%})")
print("injection techniques:", dict(sorted(tc.items())))
print("benign techniques:", dict(sorted(collections.Counter(r["technique"] for r in ben).items())))
print("categories:", dict(sorted(collections.Counter((r["category"], r["label"][:3]) for _, r in rows).items())) if "-v" in sys.argv else
      dict(sorted(collections.Counter(r["category"] for _, r in rows).items())))
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors[:200]: print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
