#!/usr/bin/env python3
"""Structural validator for heldout_v19_assistant.jsonl. Exit 0 = pass, 1 = failure."""
import collections, json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v19_assistant.jsonl")
FIELDS = {"id", "source", "tool", "category", "label", "technique", "language", "content"}
CATS = {"api_json", "calendar", "chat", "code", "doc", "email", "file", "issue", "review", "web_page"}
TECHS = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
         "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
errors = []


def err(msg):
    errors.append(msg)


rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            err("line %d: bad json (%s)" % (n, e)); continue
        if set(r) != FIELDS:
            err("line %d: fields %s" % (n, sorted(r))); continue
        if r["source"] != "assistant": err("line %d: source %r" % (n, r["source"]))
        if r["category"] not in CATS: err("line %d: category %r" % (n, r["category"]))
        if r["label"] not in ("injection", "benign"): err("line %d: label %r" % (n, r["label"]))
        if r["label"] == "benign" and r["technique"] != "none": err("line %d: benign with technique" % n)
        if r["label"] == "injection" and r["technique"] not in TECHS: err("line %d: technique %r" % (n, r["technique"]))
        if not re.fullmatch(r"[a-z]{2}", r["language"]): err("line %d: language %r" % (n, r["language"]))
        if not isinstance(r["content"], str) or len(r["content"]) < 20: err("line %d: content too short" % n)
        if not r["tool"]: err("line %d: empty tool" % n)
        rows.append(r)

ids = collections.Counter(r["id"] for r in rows)
if any(v > 1 for v in ids.values()): err("duplicate ids")
inj = [r for r in rows if r["label"] == "injection"]
ben = [r for r in rows if r["label"] == "benign"]
if len(inj) != 216: err("injections: %d (want 216)" % len(inj))
tc = collections.Counter(r["technique"] for r in inj)
for t in TECHS:
    if tc[t] != 18: err("technique %s: %d (want 18)" % (t, tc[t]))
if not 195 <= len(ben) <= 225: err("benign: %d (want 195-225)" % len(ben))
for c in CATS:
    labs = {r["label"] for r in rows if r["category"] == c}
    if labs != {"injection", "benign"}: err("category %s lacks a label: %s" % (c, labs))
langs = {r["language"] for r in rows}
if len(langs) < 20: err("only %d languages" % len(langs))
share = sum(r["language"] != "en" for r in rows) / max(len(rows), 1)
if not 0.25 <= share <= 0.45: err("non-English share %.2f outside 0.25-0.45" % share)
if len({r["tool"] for r in rows}) < 30: err("fewer than 30 tools")
cc = collections.Counter(r["content"] for r in rows)
if any(v > 1 for v in cc.values()): err("duplicate content")

# 8-word windows of natural-language words (JSON keys and header names skipped) in more than 3 rows
KEY = re.compile(r'"[A-Za-z_][\w.-]*"\s*:|^[A-Za-z][\w-]*:', re.M)
WORD = re.compile(r"[^\W\d_]{2,}", re.U)
seen = collections.defaultdict(set)
for i, r in enumerate(rows):
    words = WORD.findall(KEY.sub(" ", r["content"]).lower())
    for k in range(len(words) - 7):
        seen[" ".join(words[k:k + 8])].add(i)
bad = sorted(((len(v), w) for w, v in seen.items() if len(v) > 3), reverse=True)
if bad:
    err("%d 8-word windows in more than 3 rows" % len(bad))
    for n, w in bad[:10]:
        print("  %d rows: %s" % (n, w))

run, longest, prev = 0, 0, None
for r in rows:
    run = run + 1 if r["label"] == prev else 1
    prev = r["label"]
    longest = max(longest, run)
if longest > 12: err("label run of %d (max 12)" % longest)

print("rows %d: injection %d, benign %d; languages %d; non-English %.1f%%; tools %d" % (
    len(rows), len(inj), len(ben), len(langs), 100 * share, len({r["tool"] for r in rows})))
for e in errors:
    print("FAIL:", e)
print("PASS" if not errors else "FAILED (%d)" % len(errors))
sys.exit(1 if errors else 0)
