"""Validate heldout_v7_public.jsonl: fields, labels, categories, techniques, duplicates. Reads data only."""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v7_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat",
        "issue_tracker", "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "fake_turn",
         "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction",
         "instructions_for_humans", "automation_text"}


def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {ln}: bad json {e}")
                continue
            rows.append(r)
            if set(r) != KEYS:
                errs.append(f"line {ln}: keys {sorted(r)}")
                continue
            if r["label"] not in ("injection", "benign"):
                errs.append(f"line {ln}: label {r['label']}")
            if r["category"] not in CATS:
                errs.append(f"line {ln}: category {r['category']}")
            allowed = INJ_T if r["label"] == "injection" else BEN_T
            if r["technique"] not in allowed:
                errs.append(f"line {ln}: technique {r['technique']} for {r['label']}")
            if r["source"] != "public":
                errs.append(f"line {ln}: source")
            if not (isinstance(r["language"], str) and len(r["language"]) == 2 and r["language"].islower()):
                errs.append(f"line {ln}: language {r['language']}")
            for k in ("tool", "content", "reason"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errs.append(f"line {ln}: empty {k}")
            if "{P}" in r["content"]:
                errs.append(f"line {ln}: unfilled slot")
    contents = collections.Counter(r["content"] for r in rows)
    for c, k in contents.items():
        if k > 1:
            errs.append(f"duplicate content x{k}: {c[:60]!r}")
    lab = collections.Counter(r["label"] for r in rows)
    print("total", len(rows), dict(lab))
    print("per category/label:")
    for (c, l), k in sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()):
        print(f"  {c:15s} {l:9s} {k}")
    print("techniques:", dict(sorted(collections.Counter((r["label"][0], r["technique"]) for r in rows).items())))
    langs = collections.Counter(r["language"] for r in rows)
    non_en = sum(k for l, k in langs.items() if l != "en")
    print("languages:", len(langs), dict(langs.most_common()))
    for l in ("injection", "benign"):
        sub = [r for r in rows if r["label"] == l]
        ne = sum(r["language"] != "en" for r in sub)
        print(f"  non-English {l}: {ne}/{len(sub)}")
    print("non-English total:", non_en, f"{non_en / max(len(rows), 1):.1%}")
    if errs:
        print("ERRORS:")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
