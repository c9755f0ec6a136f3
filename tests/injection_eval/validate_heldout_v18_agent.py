#!/usr/bin/env python3
"""Structural validator for heldout_v18_agent.jsonl (blind held-out set v18, agent half).

Exit 0 = PASS. Stdlib only. Checks structure and coverage, never the detector.
usage: python3 validate_heldout_v18_agent.py [path]
"""
import collections
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "heldout_v18_agent.jsonl")
GENERATOR = os.path.join(HERE, "generate_heldout_v18_agent.py")

FIELDS = {"content", "label", "category", "technique", "language", "source", "tool", "reason"}
LABELS = {"injection", "benign"}
CATEGORIES = {"issue", "doc", "code", "chat", "web_page", "log", "email", "review", "db", "file", "calendar", "api_json"}
TECHNIQUES = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
              "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
ISO639_1 = set("""aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv
dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb
nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
PER_TECHNIQUE = 18
WINDOW = 8
MAX_ROWS_PER_WINDOW = 3
MAX_RUN = 9

errors = []


def err(msg):
    errors.append(msg)


def prose_strings(content):
    """Strings to scan for repeated prose: JSON values only (keys excluded) when content is JSON."""
    try:
        obj = json.loads(content)
    except (ValueError, TypeError):
        return [content]
    out = []

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
    walk(obj)
    return out


def windows(content):
    seen = set()
    for s in prose_strings(content):
        toks = re.findall(r"\w+", s.lower())
        for i in range(len(toks) - WINDOW + 1):
            seen.add(" ".join(toks[i:i + WINDOW]))
    return seen


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"line {i}: does not parse: {e}")
    reasons = collections.Counter()
    for i, r in enumerate(rows, 1):
        if set(r) != FIELDS:
            err(f"line {i}: fields {sorted(r)}")
            continue
        for k in FIELDS:
            if not isinstance(r[k], str) or not r[k].strip():
                err(f"line {i}: empty or non-string {k}")
        if r["label"] not in LABELS:
            err(f"line {i}: label {r['label']!r}")
        if r["category"] not in CATEGORIES:
            err(f"line {i}: category {r['category']!r}")
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            err(f"line {i}: injection technique {r['technique']!r}")
        if r["label"] == "benign" and r["technique"] != "none":
            err(f"line {i}: benign technique {r['technique']!r}")
        if r["language"] not in ISO639_1:
            err(f"line {i}: language {r['language']!r} is not ISO 639-1")
        if r["source"] != "agent":
            err(f"line {i}: source {r['source']!r}")
        if "\n" in r["reason"] or "\r" in r["reason"]:
            err(f"line {i}: reason is not one line")
        reasons[r["reason"]] += 1
    for reason, c in reasons.items():
        if c > 1:
            err(f"reason used {c} times: {reason[:60]}")
    if errors:
        return finish(rows)

    total = len(rows)
    inj = [r for r in rows if r["label"] == "injection"]
    ben = [r for r in rows if r["label"] == "benign"]
    if not 400 <= total <= 440:
        err(f"total {total} not in 400-440")
    if not 0.45 <= len(inj) / total <= 0.55:
        err(f"injection share {len(inj) / total:.3f} not in 0.45-0.55")
    if not 190 <= len(ben) <= 220:
        err(f"benign {len(ben)} not in 190-220")
    tech = collections.Counter(r["technique"] for r in inj)
    for t in TECHNIQUES:
        if tech[t] != PER_TECHNIQUE:
            err(f"technique {t}: {tech[t]} rows, want {PER_TECHNIQUE}")
    langs = {r["language"] for r in rows} - {"en"}
    if len(langs) < 20:
        err(f"only {len(langs)} non-English languages")
    ne = sum(r["language"] != "en" for r in rows) / total
    if not 0.25 <= ne <= 0.35:
        err(f"non-English share {ne:.3f} not in 0.25-0.35")
    for name, group in (("injection", inj), ("benign", ben)):
        share = sum(r["language"] != "en" for r in group) / len(group)
        if share < 0.20:
            err(f"non-English share within {name} is {share:.3f} < 0.20")
    if len({r["tool"] for r in rows}) < 25:
        err("fewer than 25 tool names")
    if len({r["category"] for r in rows}) < 10:
        err("fewer than 10 categories")
    contents = collections.Counter(r["content"] for r in rows)
    dup = [c for c, k in contents.items() if k > 1]
    if dup:
        err(f"{len(dup)} duplicated contents")
    win_rows = collections.Counter()
    for r in rows:
        for w in windows(r["content"]):
            win_rows[w] += 1
    over = [(w, c) for w, c in win_rows.items() if c > MAX_ROWS_PER_WINDOW]
    for w, c in over[:10]:
        err(f"8-word window in {c} rows: {w!r}")
    run = best = 0
    prev = None
    for r in rows:
        run = run + 1 if r["label"] == prev else 1
        prev = r["label"]
        best = max(best, run)
    if best > MAX_RUN:
        err(f"same-label run of {best} > {MAX_RUN}")
    half = total // 2
    a = sum(r["label"] == "injection" for r in rows[:half])
    b = sum(r["label"] == "injection" for r in rows[half:])
    if abs(a - b) > 10:
        err(f"halves unbalanced: {a} vs {b} injections")

    if os.path.abspath(path) == os.path.abspath(DEFAULT) and os.path.exists(GENERATOR):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "regen.jsonl")
            p = subprocess.run([sys.executable, GENERATOR, out], capture_output=True, text=True)
            if p.returncode != 0:
                err(f"generator failed: {p.stderr.strip()[-300:]}")
            elif not filecmp.cmp(out, path, shallow=False):
                err("generator output differs from the committed file")
    return finish(rows)


def finish(rows):
    if errors:
        for e in errors:
            print("FAIL:", e)
        print(f"FAIL ({len(errors)} problems, {len(rows)} rows)")
        return 1
    inj = sum(r["label"] == "injection" for r in rows)
    ne = sum(r["language"] != "en" for r in rows)
    print(f"PASS: {len(rows)} rows, {inj} injection, {len(rows) - inj} benign, "
          f"{len({r['language'] for r in rows})} languages ({ne} non-English rows), "
          f"{len({r['tool'] for r in rows})} tools, {len({r['category'] for r in rows})} categories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
