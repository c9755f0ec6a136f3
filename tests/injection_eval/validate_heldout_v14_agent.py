#!/usr/bin/env python3
"""Validator for heldout_v14_agent.jsonl. Standard library only. Exit 1 on any violation.
With --tables, also prints markdown count tables."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "heldout_v14_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
              "issue_tracker", "search_results", "document"}
INJ_TECH = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration",
            "fake_turn", "system_text", "authority_claim", "payload_split", "encoded", "hidden_text",
            "obfuscated", "multilingual"}
BEN_TECH = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
            "instructions_for_humans", "automation_text"}
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie
ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi
mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc
sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi
vo wa wo xh yi yo za zh zu""".split())
LITERAL = re.compile(r"ignore\s+(all\s+)?previous\s+instructions", re.I)
N = 8


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {i}: bad json {e}")
    seen = {}
    for i, r in enumerate(rows, 1):
        if set(r) != KEYS:
            errors.append(f"row {i}: keys {sorted(r)}")
            continue
        if r["label"] not in ("injection", "benign"):
            errors.append(f"row {i}: label {r['label']}")
        allowed = INJ_TECH if r["label"] == "injection" else BEN_TECH
        if r["technique"] not in allowed:
            errors.append(f"row {i}: technique {r['technique']} not allowed for {r['label']}")
        if r["category"] not in CATEGORIES:
            errors.append(f"row {i}: category {r['category']}")
        if r["language"] not in ISO639_1:
            errors.append(f"row {i}: language {r['language']}")
        if r["source"] != "agent":
            errors.append(f"row {i}: source {r['source']}")
        if not (50 <= len(r["content"]) <= 12000):
            errors.append(f"row {i}: content length {len(r['content'])}")
        for k in ("tool", "reason"):
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"row {i}: empty {k}")
        if r["content"] in seen:
            errors.append(f"row {i}: exact duplicate of row {seen[r['content']]}")
        seen.setdefault(r["content"], i)

    # no two cases share a run of N consecutive \w+ tokens (lowercased)
    owner = {}
    clashes = collections.defaultdict(set)
    for i, r in enumerate(rows, 1):
        toks = re.findall(r"\w+", r["content"].lower())
        grams = {tuple(toks[j:j + N]) for j in range(len(toks) - N + 1)}
        for g in grams:
            if g in owner and owner[g] != i:
                clashes[(owner[g], i)].add(" ".join(g))
            else:
                owner.setdefault(g, i)
    for (a, b), gs in sorted(clashes.items()):
        errors.append(f"rows {a} and {b} share an {N}-word run: '{sorted(gs)[0]}'")

    inj = [r for r in rows if r.get("label") == "injection"]
    ben = [r for r in rows if r.get("label") == "benign"]
    lit = sum(1 for r in inj if LITERAL.search(r["content"]))
    if inj and lit / len(inj) >= 0.05:
        errors.append(f"literal 'ignore (all) previous instructions' in {lit}/{len(inj)} injections (>= 5%)")
    tech = collections.Counter(r["technique"] for r in inj)
    for t in sorted(INJ_TECH):
        if tech[t] < 10:
            errors.append(f"injection technique {t} has {tech[t]} rows (< 10)")
    langs = collections.Counter(r["language"] for r in rows)
    if len(langs) < 20:
        errors.append(f"only {len(langs)} languages (< 20)")
    non_en = sum(v for k, v in langs.items() if k != "en") / max(1, len(rows))
    if not 0.25 <= non_en <= 0.40:
        errors.append(f"non-English share {non_en:.1%} outside 25-40 %")
    if abs(len(inj) - len(ben)) > 0.05 * len(rows):
        errors.append(f"label imbalance {len(inj)} vs {len(ben)}")
    hard = sum(1 for r in ben if r["technique"] != "plain")
    if hard * 2 < len(ben):
        errors.append(f"hard benign {hard}/{len(ben)} (< half)")

    print(f"rows={len(rows)} injection={len(inj)} benign={len(ben)} languages={len(langs)} "
          f"non_en={non_en:.1%} literal_ignore_previous={lit}/{len(inj)} hard_benign={hard}/{len(ben)}")
    if "--tables" in sys.argv:
        for key in ("category", "language", "technique"):
            c = collections.Counter((r[key], r["label"]) for r in rows)
            vals = sorted({k for k, _ in c}, key=lambda v: (-(c[(v, 'injection')] + c[(v, 'benign')]), v))
            print(f"\n| {key} | injection | benign | total |\n|---|---:|---:|---:|")
            for v in vals:
                a, b = c[(v, "injection")], c[(v, "benign")]
                print(f"| {v} | {a} | {b} | {a + b} |")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
