"""Validate heldout_v12_public.jsonl (blind held-out set, public-benchmark styles)."""
import json, re, sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("heldout_v12_public.jsonl")
KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ_T = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration", "fake_turn",
         "system_text", "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN_T = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}
LANGS = set("en de fr es it pt nl pl ru ja zh ko tr sv ar hi uk cs fi da no el he id vi th ro hu".split())
N = 8


def main() -> int:
    rows, errs = [], []
    for i, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:  # noqa: BLE001
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
        ok = INJ_T if r["label"] == "injection" else BEN_T
        if r["technique"] not in ok:
            errs.append(f"line {i}: technique {r['technique']} for {r['label']}")
        if r["language"] not in LANGS:
            errs.append(f"line {i}: language {r['language']}")
        if r["source"] != "public":
            errs.append(f"line {i}: source {r['source']}")
        if not (50 <= len(r["content"]) <= 12000):
            errs.append(f"line {i}: length {len(r['content'])}")
        if not r["reason"].strip() or "\n" in r["reason"] or not r["tool"].strip():
            errs.append(f"line {i}: reason/tool")
    seen = {}
    for i, r in enumerate(rows, 1):
        c = r.get("content")
        if c in seen:
            errs.append(f"line {i}: exact duplicate of line {seen[c]}")
        seen.setdefault(c, i)
    owner = {}
    for i, r in enumerate(rows, 1):
        toks = re.findall(r"\w+", r.get("content", "").casefold())
        mine = set()
        for k in range(len(toks) - N + 1):
            g = tuple(toks[k:k + N])
            if g in mine:
                continue
            mine.add(g)
            if g in owner and owner[g] != i:
                errs.append(f"line {i}: shares 8 words with line {owner[g]}: {' '.join(g)}")
            else:
                owner[g] = i
    for name in ("label", "category", "language", "technique"):
        print(name, dict(sorted(Counter(r.get(name) for r in rows).items())))
    for lab in ("injection", "benign"):
        print(lab, "techniques", dict(sorted(Counter(r["technique"] for r in rows if r.get("label") == lab).items())))
    long_ = sum(1 for r in rows if len(r.get("content", "")) > 3000)
    print(f"rows {len(rows)}  over 3000 chars: {long_}")
    for e in errs[:80]:
        print("ERROR", e)
    print("errors:", len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
