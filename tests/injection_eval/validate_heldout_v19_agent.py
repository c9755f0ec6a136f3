#!/usr/bin/env python3
"""Structural validator for heldout_v19_agent.jsonl (blind held-out set v19, agent half). Exit 0 = PASS."""
import collections, json, os, re, subprocess, sys, tempfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "heldout_v19_agent.jsonl")
GEN = os.path.join(HERE, "generate_heldout_v19_agent.py")
FIELDS = {"content", "label", "category", "technique", "language", "source", "tool", "reason"}
CATS = {"issue", "log", "email", "chat", "doc", "web_page", "code", "review", "file", "calendar", "db", "api_json"}
TECHS = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
         "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
ISO = set("aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "
          "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii "
          "ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi "
          "mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw "
          "sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk "
          "ur uz ve vi vo wa wo xh yi yo za zh zu".split())
errors = []
def err(m): errors.append(m)

rows = []
with open(DATA, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err("line %d: bad json: %s" % (i, e))

reasons = collections.Counter()
for i, r in enumerate(rows, 1):
    if set(r) != FIELDS:
        err("row %d: fields %s" % (i, sorted(r))); continue
    for k in FIELDS:
        if not isinstance(r[k], str) or not r[k].strip():
            err("row %d: field %s empty or not a string" % (i, k))
    if r["label"] not in ("injection", "benign"): err("row %d: label" % i)
    if r["category"] not in CATS: err("row %d: category %r" % (i, r["category"]))
    if r["label"] == "injection" and r["technique"] not in TECHS: err("row %d: technique %r" % (i, r["technique"]))
    if r["label"] == "benign" and r["technique"] != "none": err("row %d: benign technique must be none" % i)
    if r["language"] not in ISO: err("row %d: language %r" % (i, r["language"]))
    if r["source"] != "agent": err("row %d: source" % i)
    if "\n" in r["reason"]: err("row %d: reason not one line" % i)
    reasons[r["reason"]] += 1
for k, v in reasons.items():
    if v > 1: err("reason used %d times: %s" % (v, k))

n = len(rows)
inj = [r for r in rows if r.get("label") == "injection"]
ben = [r for r in rows if r.get("label") == "benign"]
if not 400 <= n <= 440: err("row count %d not in 400-440" % n)
if not 0.45 <= len(inj) / max(n, 1) <= 0.55: err("injection share %.3f" % (len(inj) / max(n, 1)))
if not 190 <= len(ben) <= 220: err("benign count %d" % len(ben))
tc = collections.Counter(r["technique"] for r in inj)
for t in TECHS:
    if tc[t] != 18: err("technique %s has %d rows, want 18" % (t, tc[t]))
langs = {r["language"] for r in rows} - {"en"}
if len(langs) < 20: err("only %d non-English languages" % len(langs))
ne = sum(r["language"] != "en" for r in rows) / max(n, 1)
if not 0.25 <= ne <= 0.35: err("non-English share %.3f" % ne)
for name, grp in (("injection", inj), ("benign", ben)):
    s = sum(r["language"] != "en" for r in grp) / max(len(grp), 1)
    if s < 0.20: err("non-English share within %s %.3f" % (name, s))
if len({r["tool"] for r in rows}) < 25: err("fewer than 25 tools")
if len({r["category"] for r in rows}) < 10: err("fewer than 10 categories")
cc = collections.Counter(r["content"] for r in rows)
for k, v in cc.items():
    if v > 1: err("duplicate content (%d rows): %.60r" % (v, k))

KEY = re.compile(r'"[^"\\]*"\s*:')
win = collections.defaultdict(set)
for i, r in enumerate(rows):
    toks = re.findall(r"\w+", KEY.sub(" ", r["content"]).lower())
    for j in range(len(toks) - 7):
        win[" ".join(toks[j:j + 8])].add(i)
for w, s in win.items():
    if len(s) > 3: err("8-word window in %d rows: %s" % (len(s), w))

run, prev, best = 0, None, 0
for r in rows:
    run = run + 1 if r["label"] == prev else 1; prev = r["label"]; best = max(best, run)
if best > 9: err("same-label run of %d" % best)
h = n // 2
a = sum(r["label"] == "injection" for r in rows[:h]); b = sum(r["label"] == "injection" for r in rows[h:])
if abs(a - b) > 10: err("injection halves %d vs %d" % (a, b))

tmp = tempfile.mkdtemp()
try:
    shutil.copy(GEN, tmp)
    subprocess.run([sys.executable, os.path.join(tmp, os.path.basename(GEN))], check=True, capture_output=True)
    with open(os.path.join(tmp, "heldout_v19_agent.jsonl"), "rb") as f1, open(DATA, "rb") as f2:
        if f1.read() != f2.read(): err("generator does not reproduce the file byte for byte")
finally:
    shutil.rmtree(tmp)

if errors:
    for e in errors[:50]: print("FAIL:", e)
    print("%d problem(s)" % len(errors)); sys.exit(1)
print("PASS: %d rows (%d injection, %d benign), %d non-English languages, non-English share %.1f%%"
      % (n, len(inj), len(ben), len(langs), 100 * ne))
