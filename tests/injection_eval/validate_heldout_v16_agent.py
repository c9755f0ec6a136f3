#!/usr/bin/env python3
"""Validate heldout_v16_agent.jsonl. Exit code 0 = pass, 1 = fail.

Checks: every line parses; required fields present and valid; labels balanced 45-55%;
no duplicate content; no 8-word window shared by more than 3 rows (worst offenders reported);
order is shuffled (no label/category blocks) and reproducible from the seeded generator.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v16_agent.jsonl")
GEN = os.path.join(HERE, "generate_heldout_v16_agent.py")

FIELDS = ["tool", "content", "label", "category", "language", "technique", "source", "reason"]
LABELS = {"injection", "benign"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue", "doc"}
TECHNIQUES = {"ignore_instructions", "addresses_assistant", "authority_claim", "task_change", "secret_request",
              "exfiltration", "fake_turn", "system_text", "misspelled", "encoded", "hidden_text", "payload_split"}
WINDOW = 8
MAX_ROWS_PER_WINDOW = 3
MIN_PER_TECHNIQUE = 12
MIN_LANGUAGES = 15


def words(text):
    return re.findall(r"\w+", text.lower())


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: JSON error %s" % (n, e))
                continue
            rows.append((n, row))

    for n, row in rows:
        if not isinstance(row, dict):
            errors.append("line %d: not an object" % n)
            continue
        missing = [k for k in FIELDS if k not in row]
        extra = [k for k in row if k not in FIELDS]
        if missing:
            errors.append("line %d: missing fields %s" % (n, missing))
            continue
        if extra:
            errors.append("line %d: unexpected fields %s" % (n, extra))
        for k in FIELDS:
            if not isinstance(row[k], str) or not row[k].strip():
                errors.append("line %d: field %s must be a non-empty string" % (n, k))
        if row["label"] not in LABELS:
            errors.append("line %d: bad label %r" % (n, row["label"]))
        if row["category"] not in CATEGORIES:
            errors.append("line %d: bad category %r" % (n, row["category"]))
        if not re.fullmatch(r"[a-z]{2}", row["language"]):
            errors.append("line %d: language must be ISO 639-1, got %r" % (n, row["language"]))
        if row["source"] != "agent":
            errors.append("line %d: source must be 'agent'" % n)
        if "\n" in row["reason"]:
            errors.append("line %d: reason must be one line" % n)
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", row["tool"]):
            errors.append("line %d: odd tool name %r" % (n, row["tool"]))
        if row["label"] == "benign" and row["technique"] != "none":
            errors.append("line %d: benign row must have technique 'none'" % n)
        if row["label"] == "injection" and row["technique"] not in TECHNIQUES:
            errors.append("line %d: bad injection technique %r" % (n, row["technique"]))

    good = [r for _, r in rows if isinstance(r, dict) and all(k in r for k in FIELDS)]
    total = len(good)
    labels = Counter(r["label"] for r in good)
    share = labels["injection"] / total if total else 0
    if not 0.45 <= share <= 0.55:
        errors.append("label balance out of range: injection share %.3f" % share)

    # duplicates
    seen = {}
    for n, r in rows:
        c = r.get("content") if isinstance(r, dict) else None
        if c is None:
            continue
        if c in seen:
            errors.append("line %d: duplicate content of line %d" % (n, seen[c]))
        else:
            seen[c] = n

    # 8-word windows
    win_rows = defaultdict(set)
    for n, r in rows:
        if not isinstance(r, dict) or "content" not in r:
            continue
        w = words(r["content"])
        for i in range(len(w) - WINDOW + 1):
            win_rows[" ".join(w[i:i + WINDOW])].add(n)
    offenders = sorted(((len(v), k) for k, v in win_rows.items() if len(v) > MAX_ROWS_PER_WINDOW), reverse=True)
    if offenders:
        errors.append("%d 8-word windows appear in more than %d rows" % (len(offenders), MAX_ROWS_PER_WINDOW))
        print("worst repeated 8-word windows:")
        for cnt, k in offenders[:15]:
            print("  %3d rows: %s" % (cnt, k))

    # coverage
    tech = Counter(r["technique"] for r in good if r["label"] == "injection")
    for t in TECHNIQUES:
        if tech[t] < MIN_PER_TECHNIQUE:
            errors.append("technique %s has %d rows (< %d)" % (t, tech[t], MIN_PER_TECHNIQUE))
    langs = Counter(r["language"] for r in good)
    non_en = [l for l in langs if l != "en"]
    if len(non_en) < MIN_LANGUAGES:
        errors.append("only %d non-English languages" % len(non_en))
    cats = Counter(r["category"] for r in good)
    for c in CATEGORIES:
        if cats[c] == 0:
            errors.append("category %s unused" % c)
    tools = Counter(r["tool"] for r in good)
    if len(tools) < 20:
        errors.append("only %d distinct tool names" % len(tools))

    # shuffled order: no long label runs, halves balanced, not sorted by category/technique
    seq = [r["label"] for r in good]
    longest, cur = 1, 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        longest = max(longest, cur)
    if longest > 12:
        errors.append("order not shuffled: run of %d identical labels" % longest)
    half = total // 2
    for name, part in (("first half", good[:half]), ("second half", good[half:])):
        s = sum(r["label"] == "injection" for r in part) / max(1, len(part))
        if not 0.35 <= s <= 0.65:
            errors.append("order not shuffled: %s injection share %.2f" % (name, s))
    cat_seq = [r["category"] for r in good]
    if cat_seq == sorted(cat_seq):
        errors.append("order not shuffled: rows sorted by category")

    # reproducibility: the seeded generator must reproduce the file byte-for-byte
    if os.path.exists(GEN):
        ns = {"__file__": GEN, "__name__": "heldout_v16_agent_gen"}
        with open(GEN, encoding="utf-8") as f:
            exec(compile(f.read(), GEN, "exec"), ns)
        regen = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ns["make_rows"]())
        with open(PATH, encoding="utf-8") as f:
            if f.read() != regen:
                errors.append("file differs from seeded generator output (regenerate it)")
    else:
        errors.append("generator script not found: %s" % GEN)

    print("rows: %d  labels: %s  injection share: %.3f" % (total, dict(labels), share))
    print("techniques: %s" % dict(sorted(tech.items())))
    print("categories: %s" % dict(sorted(cats.items())))
    print("languages: %d (%d non-English), non-English share %.3f" % (
        len(langs), len(non_en), sum(v for k, v in langs.items() if k != "en") / max(1, total)))
    print("distinct tools: %d, longest same-label run: %d" % (len(tools), longest))
    if errors:
        print("FAIL (%d problems)" % len(errors))
        for e in errors[:60]:
            print("  - " + e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
