#!/usr/bin/env python3
"""Validate heldout_v11_public.jsonl (blind set; do not tune against it)."""
import collections
import json
import re
import sys
from pathlib import Path

PATH = Path(__file__).with_name("heldout_v11_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
              "issue_tracker", "search_results", "document"}
INJ_TECH = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration",
            "fake_turn", "system_text", "authority_claim", "payload_split", "encoded", "hidden_text",
            "obfuscated", "multilingual"}
BEN_TECH = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
            "instructions_for_humans", "automation_text"}
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig
ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg
si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
yi yo za zh zu""".split())
N = 8


def main():
    errors = []
    rows = []
    for i, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append((i, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(f"line {i}: bad JSON ({exc})")
    seen = {}
    grams = {}
    for i, r in rows:
        if set(r) != KEYS:
            errors.append(f"line {i}: keys {sorted(set(r) ^ KEYS)}")
            continue
        if not all(isinstance(r[k], str) and r[k] for k in KEYS):
            errors.append(f"line {i}: empty or non-string field")
        if r["label"] not in ("injection", "benign"):
            errors.append(f"line {i}: label {r['label']}")
        if r["category"] not in CATEGORIES:
            errors.append(f"line {i}: category {r['category']}")
        allowed = INJ_TECH if r["label"] == "injection" else BEN_TECH
        if r["technique"] not in allowed:
            errors.append(f"line {i}: technique {r['technique']} not allowed for {r['label']}")
        if r["language"] not in ISO639_1:
            errors.append(f"line {i}: language {r['language']}")
        if r["source"] != "public":
            errors.append(f"line {i}: source {r['source']}")
        n = len(r["content"])
        if not 50 <= n <= 12000:
            errors.append(f"line {i}: content length {n}")
        if r["content"] in seen:
            errors.append(f"line {i}: duplicate of line {seen[r['content']]}")
        seen.setdefault(r["content"], i)
        toks = re.findall(r"\w+", r["content"].casefold())
        for g in {tuple(toks[k:k + N]) for k in range(len(toks) - N + 1)}:
            other = grams.get(g)
            if other is not None and other != i:
                errors.append(f"line {i}: shares 8-word run with line {other}: {' '.join(g)}")
            else:
                grams[g] = i
    labels = collections.Counter(r["label"] for _, r in rows)
    print(f"cases: {len(rows)}")
    for field in ("label", "category", "language", "technique"):
        print(f"\n== {field}")
        c = collections.Counter((r[field], r["label"]) for _, r in rows) if field != "label" else labels
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {k if isinstance(k, str) else k[0] + ' / ' + k[1]}: {v}")
    longc = sum(len(r["content"]) > 3000 for _, r in rows)
    print(f"\ncontent > 3000 chars: {longc} ({longc / max(1, len(rows)):.0%})")
    print(f"languages: {len({r['language'] for _, r in rows})} overall, "
          f"{len({r['language'] for _, r in rows if r['label'] == 'injection'})} among injections")
    if errors:
        print(f"\n{len(errors)} ERRORS", file=sys.stderr)
        for e in errors[:80]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
