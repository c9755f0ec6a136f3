#!/usr/bin/env python3
"""Validate heldout_v11_agent.jsonl (blind set; do not tune against it)."""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v11_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration", "fake_turn",
         "system_text", "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
         "automation_text"}
LANGS = set("aa ab af ak am ar as ay az ba be bg bn bo br bs ca cs cy da de el en eo es et eu fa fi fj fo fr fy ga "
            "gd gl gn gu ha he hi hr ht hu hy id ig is it ja jv ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn "
            "mr ms mt my ne nl no ny or pa pl ps pt qu ro ru rw sa sd si sk sl sm sn so sq sr st su sv sw ta te tg "
            "th ti tk tl tn tr ts tt uk ur uz vi wo xh yi yo zh zu".split())
N = 8


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {ln}: bad json {e}")
    seen = {}
    shingles = {}
    for i, r in enumerate(rows):
        tag = f"case {i} ({r.get('tool')}, {r.get('label')})"
        if set(r) != KEYS:
            errs.append(f"{tag}: keys {sorted(r)}")
            continue
        if r["label"] not in ("injection", "benign"):
            errs.append(f"{tag}: label {r['label']}")
        if r["category"] not in CATS:
            errs.append(f"{tag}: category {r['category']}")
        allowed = INJ_T if r["label"] == "injection" else BEN_T
        if r["technique"] not in allowed:
            errs.append(f"{tag}: technique {r['technique']} not allowed for {r['label']}")
        if r["language"] not in LANGS:
            errs.append(f"{tag}: language {r['language']}")
        if r["source"] != "agent":
            errs.append(f"{tag}: source {r['source']}")
        if not r["reason"].strip() or "\n" in r["reason"]:
            errs.append(f"{tag}: reason must be one non-empty line")
        if not r["tool"].strip():
            errs.append(f"{tag}: empty tool")
        n = len(r["content"])
        if not 50 <= n <= 12000:
            errs.append(f"{tag}: content length {n}")
        if r["content"] in seen:
            errs.append(f"{tag}: exact duplicate of case {seen[r['content']]}")
        seen.setdefault(r["content"], i)
        toks = re.findall(r"\w+", r["content"].casefold())
        mine = set(tuple(toks[k:k + N]) for k in range(len(toks) - N + 1))
        for s in mine:
            j = shingles.get(s)
            if j is not None and j != i:
                errs.append(f"{tag}: shares 8-word run with case {j}: {' '.join(s)}")
            else:
                shingles[s] = i
    for k in ("label", "category", "language", "technique", "tool"):
        c = collections.Counter(r.get(k) for r in rows)
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items(), key=lambda x: (-x[1], str(x[0])))))
    for lab in ("injection", "benign"):
        c = collections.Counter(r["technique"] for r in rows if r.get("label") == lab)
        print(f"technique[{lab}]: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items(), key=lambda x: -x[1])))
        c = collections.Counter(r["category"] for r in rows if r.get("label") == lab)
        print(f"category[{lab}]: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items(), key=lambda x: -x[1])))
        c = collections.Counter(r["language"] for r in rows if r.get("label") == lab)
        print(f"language[{lab}]: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items(), key=lambda x: -x[1])))
    long_ = sum(1 for r in rows if len(r.get("content", "")) > 3000)
    print(f"total={len(rows)} over_3000_chars={long_} ({100 * long_ / max(1, len(rows)):.1f}%)")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:200]:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
