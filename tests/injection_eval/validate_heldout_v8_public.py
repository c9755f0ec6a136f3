"""Validate heldout_v8_public.jsonl (structure only; never runs a detector).

Run: .venv/bin/python tests/injection_eval/validate_heldout_v8_public.py
"""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v8_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
              "issue_tracker", "search_results", "document"}
INJ_TECH = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
            "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_TECH = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
            "instructions_for_humans", "automation_text"}


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
                continue
            rows.append((n, r))
    seen = {}
    for n, r in rows:
        if set(r) != KEYS:
            errors.append("line %d: keys %s" % (n, sorted(set(r) ^ KEYS)))
            continue
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append("line %d: empty or non-string %s" % (n, k))
        if r["label"] not in ("injection", "benign"):
            errors.append("line %d: label %r" % (n, r["label"]))
        if r["category"] not in CATEGORIES:
            errors.append("line %d: category %r" % (n, r["category"]))
        techs = INJ_TECH if r["label"] == "injection" else BEN_TECH
        if r["technique"] not in techs:
            errors.append("line %d: technique %r not valid for %s" % (n, r["technique"], r["label"]))
        if r["source"] != "public":
            errors.append("line %d: source %r" % (n, r["source"]))
        lang = r["language"]
        if not (len(lang) == 2 and lang.isalpha() and lang.islower()):
            errors.append("line %d: language %r" % (n, lang))
        if r["technique"] == "multilingual" and lang == "en":
            errors.append("line %d: multilingual case marked en" % n)
        key = r["content"].strip()
        if key in seen:
            errors.append("line %d: duplicate content of line %d" % (n, seen[key]))
        seen[key] = n
        if len(r["content"]) < 40:
            errors.append("line %d: content suspiciously short" % n)
        if r["category"] == "api_json" and r["content"].lstrip()[:1] in "{[":
            try:
                json.loads(r["content"])
            except ValueError:
                errors.append("line %d: api_json content is not valid JSON" % n)
    labels = collections.Counter(r["label"] for _, r in rows)
    cats = collections.Counter((r["category"], r["label"]) for _, r in rows)
    techs = collections.Counter((r["label"], r["technique"]) for _, r in rows)
    langs = collections.Counter(r["language"] for _, r in rows)
    non_en = collections.Counter(r["label"] for _, r in rows if r["language"] != "en")
    print("rows:", len(rows), dict(labels))
    print("non-English:", dict(non_en), "languages:", len(langs))
    print("by category:")
    for c in sorted(CATEGORIES):
        print("  %-15s injection=%3d benign=%3d" % (c, cats[(c, "injection")], cats[(c, "benign")]))
    print("by technique:")
    for (lab, t), v in sorted(techs.items()):
        print("  %-9s %-24s %3d" % (lab, t, v))
    print("by language:", dict(sorted(langs.items())))
    for c in CATEGORIES:
        if not cats[(c, "injection")] or not cats[(c, "benign")]:
            errors.append("category %s lacks one label" % c)
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
