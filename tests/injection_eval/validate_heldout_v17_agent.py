#!/usr/bin/env python3
"""Validate heldout_v17_agent.jsonl (BLIND set, agent half). Exit 0 = PASS, 1 = FAIL. Stdlib only."""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v17_agent.jsonl")
GEN = os.path.join(HERE, "generate_heldout_v17_agent.py")

FIELDS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
TECHNIQUES = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
              "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
CATEGORIES = {"code", "issue", "review", "doc", "chat", "email", "calendar", "web_page", "api_json", "file",
              "log", "db"}
ISO639_1 = set("aa ab af am ar as az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu "
               "hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my nb ne nl no pa pl ps pt ro ru si "
               "sk sl so sq sr sv sw ta te th tl tr uk ur uz vi xh yo zh zu".split())
PER_TECHNIQUE = 18

errors = []


def err(msg):
    errors.append(msg)


def main():
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d: not JSON (%s)" % (i, e))
    if errors:
        return finish(rows)

    # ---- schema
    for i, r in enumerate(rows, 1):
        if set(r) != FIELDS:
            err("line %d: fields %s" % (i, sorted(set(r) ^ FIELDS)))
            continue
        for k in FIELDS:
            if not isinstance(r[k], str) or not r[k].strip():
                err("line %d: field %s empty or not a string" % (i, k))
        if r["label"] not in ("injection", "benign"):
            err("line %d: label %r" % (i, r["label"]))
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            err("line %d: technique %r" % (i, r["technique"]))
        if r["label"] == "benign" and r["technique"] != "none":
            err("line %d: benign technique must be 'none'" % i)
        if r["category"] not in CATEGORIES:
            err("line %d: category %r" % (i, r["category"]))
        if r["language"] not in ISO639_1:
            err("line %d: language %r not ISO 639-1" % (i, r["language"]))
        if r["source"] != "agent":
            err("line %d: source %r" % (i, r["source"]))
        if "\n" in r["reason"]:
            err("line %d: reason not one line" % i)
    if errors:
        return finish(rows)

    # ---- counts
    n = len(rows)
    lab = collections.Counter(r["label"] for r in rows)
    if not 400 <= n <= 440:
        err("total %d not in 400..440" % n)
    share = lab["injection"] / n
    if not 0.45 <= share <= 0.55:
        err("injection share %.3f not in 0.45..0.55" % share)
    tech = collections.Counter(r["technique"] for r in rows if r["label"] == "injection")
    for t in TECHNIQUES:
        if tech[t] != PER_TECHNIQUE:
            err("technique %s has %d rows, want %d" % (t, tech[t], PER_TECHNIQUE))
    if not 190 <= lab["benign"] <= 220:
        err("benign count %d not in 190..220" % lab["benign"])
    langs = collections.Counter(r["language"] for r in rows)
    if len(langs) - ("en" in langs) < 20:
        err("only %d non-English languages" % (len(langs) - 1))
    non_en = sum(v for k, v in langs.items() if k != "en") / n
    if not 0.25 <= non_en <= 0.35:
        err("non-English share %.3f not in 0.25..0.35" % non_en)
    for label in ("injection", "benign"):
        ne = sum(1 for r in rows if r["label"] == label and r["language"] != "en")
        if ne < 0.2 * lab[label]:
            err("%s: only %d non-English rows" % (label, ne))
    tools = collections.Counter(r["tool"] for r in rows)
    if len(tools) < 25:
        err("only %d distinct tools" % len(tools))
    cats = {r["category"] for r in rows}
    if len(cats) < 10:
        err("only %d categories" % len(cats))

    # ---- duplicates
    seen = {}
    for i, r in enumerate(rows, 1):
        if r["content"] in seen:
            err("line %d: duplicate content of line %d" % (i, seen[r["content"]]))
        seen.setdefault(r["content"], i)
    reasons = collections.Counter(r["reason"] for r in rows)
    for k, v in reasons.items():
        if v > 1:
            err("reason used %d times: %r" % (v, k))

    # ---- near-duplicate hand-written text: 8-word windows of the prose (JSON keys/boilerplate excluded)
    win = collections.defaultdict(set)
    for i, r in enumerate(rows):
        text = r["content"]
        try:
            obj = json.loads(text)
            vals = []

            def walk(o):
                if isinstance(o, dict):
                    for v in o.values():
                        walk(v)
                elif isinstance(o, list):
                    for v in o:
                        walk(v)
                elif isinstance(o, str):
                    vals.append(o)
            walk(obj)
            text = "\n".join(vals)
        except ValueError:
            pass
        toks = re.findall(r"\w+", text.lower())
        for j in range(len(toks) - 7):
            win[" ".join(toks[j:j + 8])].add(i)
    bad = sorted(((len(v), k) for k, v in win.items() if len(v) > 3), reverse=True)
    for c, k in bad[:10]:
        err("8-word window in %d rows: %r" % (c, k))

    # ---- shuffle
    run, best = 1, 1
    for a, b in zip(rows, rows[1:]):
        run = run + 1 if a["label"] == b["label"] else 1
        best = max(best, run)
    if best > 9:
        err("same-label run of %d rows" % best)
    half = n // 2
    for part, name in ((rows[:half], "first half"), (rows[half:], "second half")):
        s = sum(1 for r in part if r["label"] == "injection") / len(part)
        if not 0.40 <= s <= 0.62:
            err("%s injection share %.3f" % (name, s))

    # ---- reproducibility
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "regen.jsonl")
        subprocess.run([sys.executable, GEN, out], check=True, stdout=subprocess.DEVNULL)
        with open(out, "rb") as a, open(PATH, "rb") as b:
            if a.read() != b.read():
                err("generator output differs from heldout_v17_agent.jsonl")

    return finish(rows)


def finish(rows):
    if errors:
        for e in errors[:60]:
            print("FAIL:", e)
        print("FAIL (%d problems, %d rows)" % (len(errors), len(rows)))
        return 1
    lab = collections.Counter(r["label"] for r in rows)
    langs = collections.Counter(r["language"] for r in rows)
    print("PASS: %d rows (injection %d, benign %d), %d languages, %d tools, non-English %.1f%%" % (
        len(rows), lab["injection"], lab["benign"], len(langs), len({r["tool"] for r in rows}),
        100.0 * sum(v for k, v in langs.items() if k != "en") / len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
