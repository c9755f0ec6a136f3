"""Validate tests/injection_eval/heldout_v4_public.jsonl (structure only; never runs a detector or case content)."""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v4_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn", "authority_claim",
         "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
         "automation_text"}


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append("line %d: bad json %s" % (n, e))
                continue
            rows.append((n, r))
    seen = {}
    for n, r in rows:
        if set(r) != KEYS:
            errs.append("line %d: keys %s" % (n, sorted(r)))
            continue
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip():
                errs.append("line %d: empty/non-string %s" % (n, k))
        if r["label"] not in ("injection", "benign"):
            errs.append("line %d: label %r" % (n, r["label"]))
        if r["category"] not in CATS:
            errs.append("line %d: category %r" % (n, r["category"]))
        allowed = INJ_T if r["label"] == "injection" else BEN_T
        if r["technique"] not in allowed:
            errs.append("line %d: technique %r for %s" % (n, r["technique"], r["label"]))
        if r["source"] != "public":
            errs.append("line %d: source" % n)
        if len(r["language"]) != 2 or not r["language"].islower():
            errs.append("line %d: language %r" % (n, r["language"]))
        if "{P}" in r["content"] or "{X}" in r["content"]:
            errs.append("line %d: unfilled slot" % n)
        c = r["content"].strip()
        if r["category"] == "api_json" and c.startswith("{"):
            try:
                json.loads(c)
            except ValueError:
                errs.append("line %d: api_json content is not valid JSON" % n)
        if c.startswith("{\"id\": \"5k2j") or c.startswith("{\"hotel\"") or c.startswith("{\"query\""):
            try:
                json.loads(c)
            except ValueError:
                errs.append("line %d: JSON carrier broken" % n)
        key = r["content"]
        if key in seen:
            errs.append("line %d: duplicate content of line %d" % (n, seen[key]))
        seen[key] = n
    lab = collections.Counter(r["label"] for _, r in rows)
    print("rows:", len(rows), dict(lab))
    print("\nby category/label:")
    cl = collections.Counter((r["category"], r["label"]) for _, r in rows)
    for c in sorted(CATS):
        print("  %-15s injection=%3d benign=%3d" % (c, cl[(c, "injection")], cl[(c, "benign")]))
    print("\nby technique:")
    for (t, l), v in sorted(collections.Counter((r["technique"], r["label"]) for _, r in rows).items()):
        print("  %-24s %-9s %3d" % (t, l, v))
    langs = collections.Counter((r["language"], r["label"]) for _, r in rows)
    ne = sum(v for (lg, _), v in langs.items() if lg != "en")
    print("\nlanguages:", len({lg for lg, _ in langs}), "non-English rows:", ne,
          "(%.1f%%)" % (100.0 * ne / max(1, len(rows))))
    for lg in sorted({lg for lg, _ in langs}):
        print("  %s injection=%d benign=%d" % (lg, langs[(lg, "injection")], langs[(lg, "benign")]))
    if errs:
        print("\nERRORS:")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
