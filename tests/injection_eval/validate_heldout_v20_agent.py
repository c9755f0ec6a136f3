#!/usr/bin/env python3
"""Structural validator for heldout_v20_agent.jsonl (blind set v20, agent half). Exit 0 = PASS."""
import json, os, re, subprocess, sys, tempfile, shutil
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v20_agent.jsonl")
FIELDS = ["content", "label", "category", "technique", "language", "source", "tool", "reason"]
CATS = {"email", "issue", "doc", "chat", "log", "web_page", "code", "file", "review", "db", "calendar", "api_json"}
TECHS = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
         "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
ISO = set("aa ab af ak am ar as az be bg bn bo bs ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu hy id "
          "is it ja jv ka kk km kn ko ku ky la lb lo lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl ps pt ro ru sd si sk "
          "sl so sq sr sv sw ta te tg th tk tl tr tt ug uk ur uz vi xh yi yo zh zu".split())
errs = []


def err(m):
    errs.append(m)


rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err("line %d: bad json %s" % (i, e))
reasons = Counter()
for i, r in enumerate(rows, 1):
    if sorted(r) != sorted(FIELDS):
        err("row %d: fields %s" % (i, sorted(r)))
        continue
    for k in FIELDS:
        if not isinstance(r[k], str) or not r[k].strip():
            err("row %d: empty %s" % (i, k))
    if r["label"] not in ("injection", "benign"): err("row %d: label" % i)
    if r["category"] not in CATS: err("row %d: category %s" % (i, r["category"]))
    if r["label"] == "injection" and r["technique"] not in TECHS: err("row %d: technique %s" % (i, r["technique"]))
    if r["label"] == "benign" and r["technique"] != "none": err("row %d: benign technique" % i)
    if r["language"] not in ISO: err("row %d: language %s" % (i, r["language"]))
    if r["source"] != "agent": err("row %d: source" % i)
    if "\n" in r["reason"]: err("row %d: multi-line reason" % i)
    reasons[r["reason"]] += 1
for k, v in reasons.items():
    if v > 1: err("duplicate reason: %s" % k)

n = len(rows)
inj = [r for r in rows if r.get("label") == "injection"]
ben = [r for r in rows if r.get("label") == "benign"]
if not 400 <= n <= 440: err("row count %d" % n)
if not 0.45 <= len(inj) / max(n, 1) <= 0.55: err("injection share %.3f" % (len(inj) / n))
if not 190 <= len(ben) <= 220: err("benign count %d" % len(ben))
tc = Counter(r["technique"] for r in inj)
for t in TECHS:
    if tc[t] != 18: err("technique %s has %d rows" % (t, tc[t]))
langs = {r["language"] for r in rows} - {"en"}
if len(langs) < 20: err("only %d non-English languages" % len(langs))
ne = sum(r["language"] != "en" for r in rows) / n
if not 0.25 <= ne <= 0.40: err("non-English share %.3f" % ne)
for lab, rs in (("injection", inj), ("benign", ben)):
    if sum(r["language"] != "en" for r in rs) / len(rs) < 0.20: err("non-English share in %s < 20%%" % lab)
if len({r["tool"] for r in rows}) < 25: err("fewer than 25 tools")
if len({r["category"] for r in rows}) < 10: err("fewer than 10 categories")
if len({r["content"] for r in rows}) != n: err("duplicate content")

# 8-word windows of prose (JSON keys removed)
win = defaultdict(set)
for i, r in enumerate(rows):
    text = re.sub(r'"[A-Za-z_][\w.]*"\s*:', " ", r["content"]).lower()
    toks = re.findall(r"\w+", text)
    for j in range(len(toks) - 7):
        win[" ".join(toks[j:j + 8])].add(i)
bad = [w for w, s in win.items() if len(s) > 3]
if bad: err("%d 8-word windows in >3 rows, e.g. %r" % (len(bad), bad[0]))

# shuffle
run, last, mx = 0, None, 0
for r in rows:
    run = run + 1 if r["label"] == last else 1
    last = r["label"]
    mx = max(mx, run)
if mx > 9: err("same-label run %d" % mx)
h = n // 2
a = sum(r["label"] == "injection" for r in rows[:h]); b = sum(r["label"] == "injection" for r in rows[h:])
if abs(a - b) > 10: err("halves unbalanced %d vs %d" % (a, b))

# reproducibility
tmp = tempfile.mkdtemp()
try:
    shutil.copy(os.path.join(HERE, "generate_heldout_v20_agent.py"), tmp)
    subprocess.run([sys.executable, os.path.join(tmp, "generate_heldout_v20_agent.py")], check=True, capture_output=True)
    with open(os.path.join(tmp, "heldout_v20_agent.jsonl"), "rb") as x, open(PATH, "rb") as y:
        if x.read() != y.read(): err("generator does not reproduce the file byte for byte")
finally:
    shutil.rmtree(tmp)

if errs:
    print("FAIL")
    for e in errs[:50]: print(" -", e)
    sys.exit(1)
print("PASS: %d rows, %d injection, %d benign, %d languages, %d tools" % (n, len(inj), len(ben), len(langs) + 1, len({r['tool'] for r in rows})))
