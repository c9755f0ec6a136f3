"""Validate tests/injection_eval/heldout_v6_public.jsonl (structure only; runs no detector)."""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v6_public.jsonl")
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
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                errs.append(f"line {n}: bad json {e}")
                continue
            rows.append(r)
            if set(r) != KEYS:
                errs.append(f"line {n}: keys {sorted(r)}")
                continue
            if r["label"] not in ("injection", "benign"):
                errs.append(f"line {n}: label {r['label']}")
            if r["category"] not in CATS:
                errs.append(f"line {n}: category {r['category']}")
            allowed = INJ_T if r["label"] == "injection" else BEN_T
            if r["technique"] not in allowed:
                errs.append(f"line {n}: technique {r['technique']} for {r['label']}")
            if r["source"] != "public":
                errs.append(f"line {n}: source")
            if not (isinstance(r["language"], str) and len(r["language"]) == 2 and r["language"].islower()):
                errs.append(f"line {n}: language {r['language']}")
            for k in ("tool", "content", "reason"):
                if not isinstance(r[k], str) or not r[k].strip():
                    errs.append(f"line {n}: empty {k}")
            if "{p}" in r["content"]:
                errs.append(f"line {n}: unfilled placeholder")
    contents = collections.Counter(r.get("content") for r in rows)
    for c, k in contents.items():
        if k > 1:
            errs.append(f"duplicate content x{k}: {c[:60]!r}")
    print("rows", len(rows))
    print("labels", dict(collections.Counter(r.get("label") for r in rows)))
    for lab in ("injection", "benign"):
        print(lab, "by category", dict(sorted(collections.Counter(
            r["category"] for r in rows if r.get("label") == lab).items())))
        print(lab, "by technique", dict(sorted(collections.Counter(
            r["technique"] for r in rows if r.get("label") == lab).items())))
        print(lab, "non-en", sum(1 for r in rows if r.get("label") == lab and r["language"] != "en"))
    print("languages", dict(sorted(collections.Counter(r.get("language") for r in rows).items())))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
