"""Validate tests/injection_eval/heldout_v5_agent.jsonl (structure only; runs no detector)."""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v5_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ_TECH = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn", "authority_claim",
            "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_TECH = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
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
            rows.append(r)
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
            tech = INJ_TECH if r["label"] == "injection" else BEN_TECH
            if r["technique"] not in tech:
                errs.append("line %d: technique %r for %s" % (n, r["technique"], r["label"]))
            if r["source"] != "agent":
                errs.append("line %d: source %r" % (n, r["source"]))
            if len(r["language"]) != 2 or not r["language"].isalpha() or not r["language"].islower():
                errs.append("line %d: language %r" % (n, r["language"]))
    seen = collections.Counter(r.get("content") for r in rows)
    for c, k in seen.items():
        if k > 1:
            errs.append("duplicate content x%d: %r" % (k, c[:80]))
    lab = collections.Counter(r.get("label") for r in rows)
    print("rows", len(rows), dict(lab))
    print("by category/label:")
    for (c, l), k in sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()):
        print("  %-15s %-9s %d" % (c, l, k))
    print("by technique:", dict(collections.Counter((r["label"], r["technique"]) for r in rows)))
    langs = collections.Counter(r["language"] for r in rows)
    ne = sum(k for l, k in langs.items() if l != "en")
    print("languages:", len(langs), dict(langs), "non-English share %.1f%%" % (100.0 * ne / max(1, len(rows))))
    for l in ("injection", "benign"):
        sub = [r for r in rows if r["label"] == l]
        print("  %s non-English: %d/%d, languages %d" % (l, sum(r["language"] != "en" for r in sub), len(sub),
                                                      len({r["language"] for r in sub})))
    if errs:
        print("\n".join(errs))
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
