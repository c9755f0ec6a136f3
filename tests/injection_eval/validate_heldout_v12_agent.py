#!/usr/bin/env python3
"""Validate heldout_v12_agent.jsonl (blind held-out set, agent half)."""
import json, re, sys, collections, pathlib

P = pathlib.Path(__file__).with_name("heldout_v12_agent.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration",
       "fake_turn", "system_text", "authority_claim", "payload_split", "encoded", "hidden_text",
       "obfuscated", "multilingual"}
BEN = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
       "instructions_for_humans", "automation_text"}
LANGS = set("en de fr es it pt nl pl ru uk ja zh ko ar tr sv da no fi cs hu ro el he hi id vi th".split())

def main():
    errs = []
    rows = [json.loads(l) for l in P.read_text(encoding="utf-8").splitlines() if l.strip()]
    seen = {}
    shingles = {}
    for i, r in enumerate(rows):
        if set(r) != KEYS:
            errs.append(f"{i}: keys {sorted(r)}"); continue
        if r["label"] not in ("injection", "benign"): errs.append(f"{i}: label")
        if r["category"] not in CATS: errs.append(f"{i}: category {r['category']}")
        if r["language"] not in LANGS: errs.append(f"{i}: language {r['language']}")
        if r["source"] != "agent": errs.append(f"{i}: source")
        ok = INJ if r["label"] == "injection" else BEN
        if r["technique"] not in ok: errs.append(f"{i}: technique {r['technique']} for {r['label']}")
        n = len(r["content"])
        if not 50 <= n <= 12000: errs.append(f"{i}: length {n}")
        if not r["reason"].strip() or "\n" in r["reason"]: errs.append(f"{i}: reason")
        if not r["tool"].strip(): errs.append(f"{i}: tool")
        if r["content"] in seen: errs.append(f"{i}: duplicate of {seen[r['content']]}")
        seen[r["content"]] = i
        toks = re.findall(r"\w+", r["content"].casefold())
        own = set(tuple(toks[k:k + 8]) for k in range(len(toks) - 7))
        for s in own:
            j = shingles.get(s)
            if j is not None and j != i:
                errs.append(f"{i}: shares 8-word run with {j}: {' '.join(s)}")
            else:
                shingles[s] = i
    for name in ("label", "category", "language", "technique"):
        c = collections.Counter(r.get(name) for r in rows)
        print(name, dict(sorted(c.items(), key=lambda kv: -kv[1])))
    for lab in ("injection", "benign"):
        c = collections.Counter(r["technique"] for r in rows if r["label"] == lab)
        print(lab, "techniques", dict(c))
    long_ = sum(len(r["content"]) > 3000 for r in rows)
    print(f"total {len(rows)}, over 3000 chars: {long_}")
    inj_langs = {r["language"] for r in rows if r["label"] == "injection"}
    print("injection languages:", len(inj_langs))
    if errs:
        print(f"{len(errs)} errors"); [print(" ", e) for e in errs[:60]]; sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
