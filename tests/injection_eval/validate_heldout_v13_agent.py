#!/usr/bin/env python3
"""Validate heldout_v13_agent.jsonl (structure, vocabularies, lengths, duplicates, 8-word overlap)."""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v13_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
TECH = {
    "injection": {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration", "fake_turn",
                  "system_text", "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated",
                  "multilingual"},
    "benign": {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans",
               "automation_text"},
}
LANGS = set("aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz "
            "ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik "
            "io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml "
            "mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
            "se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi "
            "vo wa wo xh yi yo za zh zu".split())
N = 8


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            try:
                rows.append((no, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(f"line {no}: bad json {exc}")
    seen = {}
    for no, r in rows:
        if set(r) != KEYS:
            errors.append(f"line {no}: keys {sorted(r)}")
            continue
        if r["label"] not in TECH:
            errors.append(f"line {no}: label {r['label']}")
            continue
        if r["category"] not in CATS:
            errors.append(f"line {no}: category {r['category']}")
        if r["technique"] not in TECH[r["label"]]:
            errors.append(f"line {no}: technique {r['technique']} not allowed for {r['label']}")
        if r["language"] not in LANGS:
            errors.append(f"line {no}: language {r['language']}")
        if r["source"] != "agent":
            errors.append(f"line {no}: source {r['source']}")
        if not (50 <= len(r["content"]) <= 12000):
            errors.append(f"line {no}: content length {len(r['content'])}")
        if not r["reason"].strip() or not r["tool"].strip():
            errors.append(f"line {no}: empty tool/reason")
        if r["content"] in seen:
            errors.append(f"line {no}: exact duplicate of line {seen[r['content']]}")
        seen.setdefault(r["content"], no)
    # 8-word rule: no run of 8 consecutive words (\w+ tokens, lowercased) shared by two cases.
    owner = {}
    clashes = 0
    for no, r in rows:
        words = re.findall(r"\w+", r.get("content", "").lower())
        for i in range(len(words) - N + 1):
            g = " ".join(words[i:i + N])
            o = owner.get(g)
            if o is None:
                owner[g] = no
            elif o != no:
                clashes += 1
                if clashes <= 30:
                    errors.append(f"line {no}: shares 8 words with line {o}: '{g}'")
                owner[g] = no if False else o
    if clashes > 30:
        errors.append(f"... {clashes} 8-word clashes in total")
    ign = sum(1 for _, r in rows if r.get("label") == "injection"
              and re.search(r"ignore (all )?(the )?(previous|prior|above) instructions", r["content"], re.I))
    ninj = sum(1 for _, r in rows if r.get("label") == "injection")
    if ninj and ign / ninj >= 0.05:
        errors.append(f"'ignore previous instructions' wording in {ign}/{ninj} injections (>= 5%)")
    for field in ("label", "category", "language", "technique", "tool"):
        c = collections.Counter(r.get(field) for _, r in rows)
        print(f"{field}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
    for lab in ("injection", "benign"):
        c = collections.Counter(r["technique"] for _, r in rows if r.get("label") == lab)
        print(f"technique[{lab}]: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAIL: {len(errors)} problem(s) in {len(rows)} rows")
        return 1
    print(f"OK: {len(rows)} rows, {ninj} injection, {len(rows) - ninj} benign, ignore-previous wording {ign}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
