"""Validate tests/injection_eval/heldout_v4_agent.jsonl (blind set v4, agent half).

Checks: exact key set, allowed values, non-empty fields, no duplicate or near-duplicate content,
placeholders all filled, and prints counts per category / label / language / technique.
Reads the file as data only; never runs a detector.
"""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v4_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
         "automation_text"}
PLACEHOLDER = re.compile(r"\{(name|name2|first|first2|company|domain|email|email2|title|repo|day|mon|"
                         r"mnum|year|hh|mm|num|num2|big|hex|hex2|price|stars|pct|inj|inj_j|x)(:[^}]*)?\}")


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad json %s" % (i, e))
                continue
            rows.append((i, r))
    seen = {}
    norm_seen = {}
    for i, r in rows:
        if set(r) != KEYS:
            errors.append("line %d: keys %s" % (i, sorted(r)))
            continue
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append("line %d: empty/non-string %s" % (i, k))
        if r["label"] not in ("injection", "benign"):
            errors.append("line %d: label %r" % (i, r["label"]))
        if r["category"] not in CATS:
            errors.append("line %d: category %r" % (i, r["category"]))
        allowed = INJ_T if r["label"] == "injection" else BEN_T
        if r["technique"] not in allowed:
            errors.append("line %d: technique %r for %s" % (i, r["technique"], r["label"]))
        if r["source"] != "agent":
            errors.append("line %d: source %r" % (i, r["source"]))
        if not re.fullmatch(r"[a-z]{2}", r["language"]):
            errors.append("line %d: language %r" % (i, r["language"]))
        if PLACEHOLDER.search(r["content"]):
            errors.append("line %d: unfilled placeholder %s" % (i, PLACEHOLDER.search(r["content"]).group(0)))
        if len(r["content"]) < 80:
            errors.append("line %d: content too short (%d)" % (i, len(r["content"])))
        c = r["content"]
        if c in seen:
            errors.append("line %d: duplicate of line %d" % (i, seen[c]))
        seen[c] = i
        # near-duplicate: same content once digits and hex runs are removed
        n = re.sub(r"[0-9a-f]{6,}|\d+", "#", c.lower())
        if n in norm_seen:
            errors.append("line %d: near-duplicate of line %d" % (i, norm_seen[n]))
        norm_seen[n] = i
    recs = [r for _, r in rows]
    by = collections.Counter((r["category"], r["label"]) for r in recs)
    print("total", len(recs), collections.Counter(r["label"] for r in recs))
    for cat in sorted(CATS):
        print("  %-15s injection=%3d benign=%3d" % (cat, by[(cat, "injection")], by[(cat, "benign")]))
    langs = collections.Counter((r["language"], r["label"]) for r in recs)
    print("languages:", len({r["language"] for r in recs}))
    for lang in sorted({r["language"] for r in recs}):
        print("  %s injection=%d benign=%d" % (lang, langs[(lang, "injection")], langs[(lang, "benign")]))
    nonen = collections.Counter(r["label"] for r in recs if r["language"] != "en")
    print("non-English:", dict(nonen))
    print("techniques:", dict(sorted(collections.Counter((r["label"][0] + ":" + r["technique"]) for r in recs).items())))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
