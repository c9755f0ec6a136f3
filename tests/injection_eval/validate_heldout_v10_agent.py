"""Validator for tests/injection_eval/heldout_v10_agent.jsonl (blind set v10, agent half).

Checks structure, vocabularies, duplicates and that no two cases share any run of
8 consecutive words (so every host text, filler, signature and attack sentence is its own).
It never executes or interprets case content.
Run: .venv/bin/python tests/injection_eval/validate_heldout_v10_agent.py
"""
import collections
import json
import os
import re
import sys

KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATEGORIES = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
              "issue_tracker", "search_results", "document"}
INJ_TECH = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
            "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_TECH = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
            "instructions_for_humans", "automation_text"}
NGRAM = 8
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text):
    words = [w.lower() for w in WORD.findall(text)]
    out = set()
    for i in range(len(words) - NGRAM + 1):
        sh = tuple(words[i:i + NGRAM])
        # letter-by-letter spaced obfuscation ("a s s i s t a n t") is not a sentence
        if all(len(w) == 1 for w in sh):
            continue
        out.add(sh)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout_v10_agent.jsonl")
    errors = []
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                cases.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad json {e}")
    seen_content = {}
    owner = {}
    for n, c in cases:
        if set(c) != KEYS:
            errors.append(f"line {n}: keys {sorted(set(c) ^ KEYS)}")
            continue
        for k in KEYS:
            if not isinstance(c[k], str) or not c[k].strip():
                errors.append(f"line {n}: empty or non-string {k}")
        if c["label"] not in ("injection", "benign"):
            errors.append(f"line {n}: label {c['label']}")
        if c["category"] not in CATEGORIES:
            errors.append(f"line {n}: category {c['category']}")
        allowed = INJ_TECH if c["label"] == "injection" else BEN_TECH
        if c["technique"] not in allowed:
            errors.append(f"line {n}: technique {c['technique']} not valid for {c['label']}")
        if c["source"] != "agent":
            errors.append(f"line {n}: source {c['source']}")
        if not re.fullmatch(r"[a-z]{2}", c["language"]):
            errors.append(f"line {n}: language {c['language']}")
        key = c["content"].strip()
        if key in seen_content:
            errors.append(f"line {n}: duplicate content of line {seen_content[key]}")
        seen_content[key] = n
        for sh in shingles(c["content"]):
            if sh in owner and owner[sh] != n:
                errors.append(f"line {n}: shares 8-word run with line {owner[sh]}: {' '.join(sh)}")
            else:
                owner.setdefault(sh, n)
    # summary
    all_cases = [c for _, c in cases]
    print("total", len(all_cases))
    print("labels", dict(collections.Counter(c["label"] for c in all_cases)))
    print("category x label:")
    for (cat, lab), k in sorted(collections.Counter((c["category"], c["label"]) for c in all_cases).items()):
        print(f"  {cat:15s} {lab:10s} {k}")
    print("technique x label:")
    for (lab, t), k in sorted(collections.Counter((c["label"], c["technique"]) for c in all_cases).items()):
        print(f"  {lab:10s} {t:25s} {k}")
    langs = collections.Counter(c["language"] for c in all_cases)
    non_en = sum(v for k, v in langs.items() if k != "en")
    print("languages", dict(langs))
    print(f"non-English {non_en}/{len(all_cases)} = {non_en / max(1, len(all_cases)):.1%}, "
          f"{len([k for k in langs if k != 'en'])} non-English languages")
    for lab in ("injection", "benign"):
        sub = [c for c in all_cases if c["label"] == lab]
        ne = sum(1 for c in sub if c["language"] != "en")
        print(f"  {lab}: non-English {ne}/{len(sub)}")
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors[:200]:
            print("  ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
