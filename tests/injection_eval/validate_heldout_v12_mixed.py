"""Validate heldout_v12_mixed.jsonl (blind set; do not tune against it)."""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path

KEYS = {"tool", "content", "label", "category", "language", "technique", "source", "reason"}
CATS = {"email", "web_page", "file", "code", "calendar", "review", "api_json", "chat", "issue_tracker",
        "search_results", "document"}
INJ = {"ignore_previous", "action_request", "task_change", "secret_request", "exfiltration", "fake_turn",
       "system_text", "authority_claim", "payload_split", "encoded", "hidden_text", "obfuscated", "multilingual"}
BEN = {"plain", "quoted_attack", "code_with_prompts", "self_correction", "instructions_for_humans", "automation_text"}
LANGS = set("af ar bg bn ca cs da de el en es et fa fi fr he hi hr hu id it ja ko lt lv ms nl no pl pt ro ru sk sl sr sv sw th tl tr uk ur vi zh".split())
N = 8


def main(path=Path(__file__).with_name("heldout_v12_mixed.jsonl")):
    errs = []
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    seen = {}
    grams = defaultdict(set)
    for i, r in enumerate(rows):
        if set(r) != KEYS:
            errs.append(f"{i}: keys {sorted(r)}")
            continue
        if r["label"] not in ("injection", "benign"):
            errs.append(f"{i}: label {r['label']}")
        if r["category"] not in CATS:
            errs.append(f"{i}: category {r['category']}")
        if r["source"] != "mixed":
            errs.append(f"{i}: source {r['source']}")
        allowed = INJ if r["label"] == "injection" else BEN
        if r["technique"] not in allowed:
            errs.append(f"{i}: technique {r['technique']} not allowed for {r['label']}")
        if r["language"] not in LANGS:
            errs.append(f"{i}: language {r['language']}")
        if not (50 <= len(r["content"]) <= 12000):
            errs.append(f"{i}: length {len(r['content'])}")
        if not r["reason"].strip() or "\n" in r["reason"]:
            errs.append(f"{i}: reason")
        if r["content"] in seen:
            errs.append(f"{i}: exact duplicate of {seen[r['content']]}")
        seen[r["content"]] = i
        toks = re.findall(r"\w+", r["content"].casefold())
        for j in range(len(toks) - N + 1):
            grams[tuple(toks[j:j + N])].add(i)
    shared = {g: s for g, s in grams.items() if len(s) > 1}
    for g, s in list(shared.items())[:30]:
        errs.append(f"shared {N}-gram {' '.join(g)!r} in cases {sorted(s)}")
    if shared:
        errs.append(f"{len(shared)} shared {N}-grams in total")
    for name in ("label", "category", "language", "technique"):
        c = Counter(r[name] for r in rows)
        print(name + ":", ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    inj = [r for r in rows if r["label"] == "injection"]
    print("injection technique:", dict(Counter(r["technique"] for r in inj)))
    print("injection non-English:", sum(r["language"] != "en" for r in inj), "of", len(inj))
    print("over 3000 chars:", sum(len(r["content"]) > 3000 for r in rows), "of", len(rows))
    print("total:", len(rows))
    if errs:
        print("\n".join(errs))
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
