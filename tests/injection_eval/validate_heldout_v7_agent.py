"""Validate heldout_v7_agent.jsonl: fields, labels, categories, techniques, duplicates, counts.

Reads the file as data only; never executes or evaluates case content. Does not run any detector.
"""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v7_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn", "authority_claim", "payload_split",
         "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {i}: bad json {e}")
                continue
            rows.append(r)
            if set(r) != KEYS:
                errs.append(f"line {i}: keys {sorted(r)}")
                continue
            if r["label"] not in ("injection", "benign"):
                errs.append(f"line {i}: label {r['label']}")
            if r["category"] not in CATS:
                errs.append(f"line {i}: category {r['category']}")
            allowed = INJ_T if r["label"] == "injection" else BEN_T
            if r["technique"] not in allowed:
                errs.append(f"line {i}: technique {r['technique']} for {r['label']}")
            if r["source"] != "agent":
                errs.append(f"line {i}: source")
            if not (isinstance(r["language"], str) and len(r["language"]) == 2 and r["language"].islower()):
                errs.append(f"line {i}: language {r['language']}")
            for k in ("tool", "content", "reason"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errs.append(f"line {i}: empty {k}")
            if "{P}" in r["content"]:
                errs.append(f"line {i}: unfilled slot")
    contents = collections.Counter(r["content"] for r in rows)
    dups = [c for c, n in contents.items() if n > 1]
    if dups:
        errs.append(f"{len(dups)} duplicate contents")
    # JSON-shaped tool results must still parse after payload insertion
    for i, r in enumerate(rows, 1):
        c = r["content"]
        if c[:1] in "{[":
            try:
                json.loads(c)
            except ValueError:
                errs.append(f"row {i}: JSON-shaped content does not parse ({r['tool']})")
        if c.startswith("HTTP/1.1 200 OK"):
            try:
                json.loads(c.split("\n\n", 1)[1])
            except ValueError:
                errs.append(f"row {i}: HTTP JSON body does not parse")

    by = collections.Counter((r["category"], r["label"]) for r in rows)
    lab = collections.Counter(r["label"] for r in rows)
    langs = collections.Counter(r["language"] for r in rows)
    tech = collections.Counter((r["label"], r["technique"]) for r in rows)
    non_en = sum(n for l, n in langs.items() if l != "en")
    print("total", len(rows), dict(lab))
    print("non-English", non_en, f"({non_en / max(1, len(rows)):.0%})", "languages", len(langs))
    for l in ("injection", "benign"):
        print(l, "non-en", sum(1 for r in rows if r["label"] == l and r["language"] != "en"))
    for c in sorted(CATS):
        print(f"  {c:15s} inj={by[(c, 'injection')]:3d} ben={by[(c, 'benign')]:3d}")
    for (l, t), n in sorted(tech.items()):
        print(f"  {l:9s} {t:24s} {n}")
    print("languages", dict(sorted(langs.items())))
    for c in sorted(CATS):
        if by[(c, "injection")] == 0 or by[(c, "benign")] == 0:
            errs.append(f"category {c} missing a label")
    if errs:
        print("ERRORS:")
        for e in errs[:50]:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
