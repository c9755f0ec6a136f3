#!/usr/bin/env python3
"""Validator for heldout_v13_mixed.jsonl (BLIND set). Standard library only.

Checks keys, vocabularies (technique allowed per label), ISO 639-1 language codes,
content length 50..12000, exact duplicates, and that no two cases share a run of
8 consecutive words. Prints counts per label, category, language and technique.
Exit code 0 on success, 1 on any failure.
"""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v13_mixed.jsonl")
KEYS = ["tool", "content", "label", "category", "language", "technique", "source", "reason"]
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
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
N = 8


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append((ln, json.loads(line)))
            except ValueError as e:
                errors.append("line %d: bad json: %s" % (ln, e))
    seen = {}
    grams = {}
    for ln, r in rows:
        if list(r.keys()) != KEYS and sorted(r.keys()) != sorted(KEYS):
            errors.append("line %d: keys %s" % (ln, sorted(r.keys())))
            continue
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k]:
                errors.append("line %d: %s must be a non-empty string" % (ln, k))
        lab = r["label"]
        if lab not in TECH:
            errors.append("line %d: label %r" % (ln, lab))
        elif r["technique"] not in TECH[lab]:
            errors.append("line %d: technique %r not allowed for %s" % (ln, r["technique"], lab))
        if r["category"] not in CATEGORIES:
            errors.append("line %d: category %r" % (ln, r["category"]))
        if r["language"] not in ISO639_1:
            errors.append("line %d: language %r" % (ln, r["language"]))
        if r["source"] != "mixed":
            errors.append("line %d: source %r" % (ln, r["source"]))
        n = len(r["content"])
        if not 50 <= n <= 12000:
            errors.append("line %d: content length %d" % (ln, n))
        if r["content"] in seen:
            errors.append("line %d: exact duplicate of line %d" % (ln, seen[r["content"]]))
        seen.setdefault(r["content"], ln)
        words = WORD.findall(r["content"].lower())
        own = set(tuple(words[i:i + N]) for i in range(len(words) - N + 1))
        for g in own:
            if g in grams and grams[g] != ln:
                errors.append("line %d: shares 8-word run with line %d: %s" % (ln, grams[g], " ".join(g)))
            else:
                grams[g] = ln
    recs = [r for _, r in rows]
    for key in ("label", "category", "language", "technique"):
        c = collections.Counter(r.get(key) for r in recs)
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))))
    inj = [r for r in recs if r.get("label") == "injection"]
    ben = [r for r in recs if r.get("label") == "benign"]
    if inj:
        print("injection non-English share: %.1f%%" % (100.0 * sum(r["language"] != "en" for r in inj) / len(inj)))
    if ben:
        print("benign non-English share: %.1f%%" % (100.0 * sum(r["language"] != "en" for r in ben) / len(ben)))
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("FAIL: %d rows, %d errors" % (len(recs), len(errors)))
        return 1
    print("OK: %d rows (%d injection, %d benign), all checks passed" % (len(recs), len(inj), len(ben)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
