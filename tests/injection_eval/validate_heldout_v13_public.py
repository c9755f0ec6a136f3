#!/usr/bin/env python3
"""Validate heldout_v13_public.jsonl (BLIND set). Standard library only.

Checks: exact key set, label/category/technique vocabularies (technique allowed per label),
ISO 639-1 language codes, source == "public", content length 50..12000, no exact duplicate
content, and no two cases sharing a run of 8 consecutive words. Prints counts and exits
non-zero on any failure.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v13_public.jsonl")

KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
              "issue_tracker", "search_results", "document"}
TECH = {
    "injection": {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration",
                  "fake_turn", "system_text", "authority_claim", "payload_split", "encoded", "hidden_text",
                  "obfuscated", "multilingual"},
    "benign": {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
               "automation_text"},
}
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig
ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg
si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
yi yo za zh zu""".split())
NGRAM = 8
# a "word" is a run of 2+ letters (single letters from letter-spaced or zero-width-split text are skipped)
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                errors.append("line %d: empty" % n)
                continue
            try:
                rows.append((n, json.loads(line)))
            except ValueError as e:
                errors.append("line %d: bad json: %s" % (n, e))

    seen_content = {}
    gram_owner = {}
    for n, r in rows:
        if set(r) != KEYS:
            errors.append("line %d: keys %s" % (n, sorted(r)))
            continue
        for k in KEYS:
            if not isinstance(r[k], str):
                errors.append("line %d: %s is not a string" % (n, k))
        if r["label"] not in TECH:
            errors.append("line %d: label %r" % (n, r["label"]))
        elif r["technique"] not in TECH[r["label"]]:
            errors.append("line %d: technique %r not allowed for %s" % (n, r["technique"], r["label"]))
        if r["category"] not in CATEGORIES:
            errors.append("line %d: category %r" % (n, r["category"]))
        if r["language"] not in ISO639_1:
            errors.append("line %d: language %r" % (n, r["language"]))
        if r["source"] != "public":
            errors.append("line %d: source %r" % (n, r["source"]))
        if not r["tool"].strip() or not r["reason"].strip():
            errors.append("line %d: empty tool or reason" % n)
        L = len(r["content"])
        if not 50 <= L <= 12000:
            errors.append("line %d: content length %d" % (n, L))
        if r["content"] in seen_content:
            errors.append("line %d: duplicate content of line %d" % (n, seen_content[r["content"]]))
        seen_content.setdefault(r["content"], n)
        w = words(r["content"])
        mine = set(tuple(w[i:i + NGRAM]) for i in range(len(w) - NGRAM + 1))
        for g in mine:
            other = gram_owner.get(g)
            if other is not None and other != n:
                errors.append("line %d shares 8-word run with line %d: %s" % (n, other, " ".join(g)))
            else:
                gram_owner[g] = n

    recs = [r for _, r in rows]
    def table(key, subset=None):
        c = collections.Counter(r[key] for r in (subset if subset is not None else recs))
        return ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    inj = [r for r in recs if r["label"] == "injection"]
    ben = [r for r in recs if r["label"] == "benign"]
    print("label:", table("label"))
    print("category:", table("category"))
    print("language:", table("language"))
    print("technique (injection):", table("technique", inj))
    print("technique (benign):", table("technique", ben))
    print("tool:", table("tool"))
    ipi = sum(1 for r in inj if "ignore previous instructions" in r["content"].lower())
    print("injections using the literal 'ignore previous instructions': %d (%.1f%%)" % (ipi, 100.0 * ipi / max(1, len(inj))))
    if ipi >= 0.05 * max(1, len(inj)):
        errors.append("too many injections use 'ignore previous instructions'")
    for e in errors[:60]:
        print("ERROR:", e)
    if errors:
        print("FAIL: %d rows, %d errors" % (len(recs), len(errors)))
        return 1
    print("PASS: %d rows (%d injection, %d benign), 0 errors" % (len(recs), len(inj), len(ben)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
