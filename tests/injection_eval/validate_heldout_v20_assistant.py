#!/usr/bin/env python3
"""Structural validator for heldout_v20_assistant.jsonl. Exit 0 = pass, 1 = fail."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v20_assistant.jsonl")
FIELDS = {"id", "source", "tool", "category", "label", "technique", "language", "content"}
CATEGORIES = {"api_json", "calendar", "chat", "code", "doc", "email", "file", "issue", "review", "web_page"}
TECHNIQUES = {"addresses_assistant", "authority_claim", "encoded", "exfiltration", "fake_turn", "hidden_text",
              "ignore_instructions", "misspelled", "payload_split", "secret_request", "system_text", "task_change"}
LANG = re.compile(r"^[a-z]{2}$")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
KEY = re.compile(r'"[A-Za-z_][\w.-]*"\s*:')
HEADER = re.compile(r"^[A-Za-z][\w-]*:", re.M)

def words(content):
    text = KEY.sub(" ", content)
    text = HEADER.sub(" ", text)
    return [w.lower() for w in WORD.findall(text)]

def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad json (%s)" % (n, e))
                continue
            if set(row) != FIELDS:
                errors.append("line %d: fields %s" % (n, sorted(row)))
                continue
            rows.append(row)
    ids = Counter(r["id"] for r in rows)
    errors += ["duplicate id %s" % i for i, c in ids.items() if c > 1]
    for r in rows:
        if r["source"] != "assistant":
            errors.append("%s: source %r" % (r["id"], r["source"]))
        if r["category"] not in CATEGORIES:
            errors.append("%s: category %r" % (r["id"], r["category"]))
        if r["label"] not in ("injection", "benign"):
            errors.append("%s: label %r" % (r["id"], r["label"]))
        if r["label"] == "benign" and r["technique"] != "none":
            errors.append("%s: benign with technique %r" % (r["id"], r["technique"]))
        if r["label"] == "injection" and r["technique"] not in TECHNIQUES:
            errors.append("%s: technique %r" % (r["id"], r["technique"]))
        if not LANG.match(r["language"]):
            errors.append("%s: language %r" % (r["id"], r["language"]))
        if not isinstance(r["content"], str) or not r["content"].strip():
            errors.append("%s: empty content" % r["id"])
        if not isinstance(r["tool"], str) or not r["tool"]:
            errors.append("%s: empty tool" % r["id"])
    inj = [r for r in rows if r["label"] == "injection"]
    ben = [r for r in rows if r["label"] == "benign"]
    tech = Counter(r["technique"] for r in inj)
    if len(inj) != 216:
        errors.append("injections: %d, want 216" % len(inj))
    for t in TECHNIQUES:
        if tech[t] != 18:
            errors.append("technique %s: %d, want 18" % (t, tech[t]))
    if not 195 <= len(ben) <= 225:
        errors.append("benign: %d, want 195-225" % len(ben))
    for c in CATEGORIES:
        labs = {r["label"] for r in rows if r["category"] == c}
        if labs != {"injection", "benign"}:
            errors.append("category %s lacks a label (%s)" % (c, sorted(labs)))
    langs = Counter(r["language"] for r in rows)
    if len(langs) < 20:
        errors.append("languages: %d, want >= 20" % len(langs))
    share = sum(v for k, v in langs.items() if k != "en") / max(1, len(rows))
    if not 0.25 <= share <= 0.45:
        errors.append("non-English share %.3f outside 0.25-0.45" % share)
    tools = {r["tool"] for r in rows}
    if len(tools) < 30:
        errors.append("tools: %d, want >= 30" % len(tools))
    contents = Counter(r["content"] for r in rows)
    errors += ["duplicate content in %d rows" % c for c in contents.values() if c > 1]
    windows = defaultdict(set)
    for r in rows:
        w = words(r["content"])
        for i in range(len(w) - 7):
            windows[" ".join(w[i:i + 8])].add(r["id"])
    bad = sorted(((len(v), k) for k, v in windows.items() if len(v) > 3), reverse=True)
    for cnt, k in bad[:10]:
        errors.append("8-word window in %d rows: %r" % (cnt, k))
    run, best = 1, 1
    for a, b in zip(rows, rows[1:]):
        run = run + 1 if a["label"] == b["label"] else 1
        best = max(best, run)
    if best > 12:
        errors.append("label run of %d (not shuffled)" % best)
    print("rows %d: injection %d, benign %d; languages %d; non-English %.1f%%; tools %d" % (
        len(rows), len(inj), len(ben), len(langs), 100 * share, len(tools)))
    if errors:
        print("FAIL (%d problems)" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("PASS")
    return 0

if __name__ == "__main__":
    sys.exit(main())
