"""Digests of the masker's output on every development set, to show an engine change masks nothing differently.

    .venv/bin/python bench/masker_same.py --out /tmp/after.json          # in this tree
    (cd OLD_TREE && .venv/bin/python bench/masker_same.py --out /tmp/before.json)
    .venv/bin/python bench/masker_same.py --compare /tmp/before.json /tmp/after.json

One digest of the masked text and its findings (rule, type, offsets) per text: every ``tests/masker_eval/dev*.jsonl``,
``heldout.jsonl`` to ``heldout_v8.jsonl`` (the blind sets from v9 on are never read), ``tests/masker_corpus.py``,
2 MB of the bench's corpus in 64 KB pieces and 0.2 MB of its hostile soup; with all detectors and with the default
policy; with the Hyperscan hit search and with RE2's; whole, and (all detectors) streamed in 7-character deltas (the
bench corpus's first 0.3 MB in 23-character ones). A speed change must leave every digest as it was: an A/B of figures says
nothing if the masks moved. ``--compare`` also checks that each streamed digest equals the whole text's, so a tree
streamed (``--stream``) and one not (``--stream ''``) compare: streamed = whole in both, and whole alike.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import masker_bench  # noqa: E402
from bench.masker_eval import load  # noqa: E402
from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text  # noqa: E402
from services.masker.engine import Ruleset  # noqa: E402
from services.masker.policy import ALL_DETECTORS  # noqa: E402
from tests.masker_corpus import CLEAN, POSITIVE  # noqa: E402

EVAL = Path(__file__).resolve().parents[1] / "tests" / "masker_eval"
DEVELOPMENT = re.compile(r"(dev.*|heldout(_v[2-8])?)\.jsonl")
"""The sets any pass may read: every dev set and the held-out sets up to v8 (later ones stay blind)."""


def texts() -> dict[str, list[str]]:
    """Named sets of texts, in a fixed order."""
    sets = {path.name: [text for text, _, _ in load(path)] for path in sorted(EVAL.glob("*.jsonl"))
            if DEVELOPMENT.fullmatch(path.name)}
    sets["masker_corpus"] = [sample.text for sample in POSITIVE] + list(CLEAN)
    corpus = masker_bench.corpus(2_000_000)
    sets["bench_corpus"] = [corpus[at:at + 65536] for at in range(0, len(corpus), 65536)]
    sets["hostile_soup"] = [masker_bench.hostile_soup(200_000)]
    return sets


def digest(masked: str, findings) -> str:
    found = ";".join(f"{f.rule_id},{f.type},{f.start},{f.end}" for f in findings)
    return hashlib.sha256(f"{masked}\0{found}".encode()).hexdigest()[:16]


def streamed(text: str, rules: Ruleset, delta: int) -> tuple[str, list]:
    masker, out, findings = StreamMasker(rules, b"k"), [], []
    for at in range(0, len(text), delta):
        piece, found = masker.feed(text[at:at + delta])
        out.append(piece)
        findings += found
    piece, found = masker.flush()
    return "".join(out) + piece, findings + found


def digests(stream: tuple[str, ...]) -> dict[str, list[str]]:
    sets = texts()
    out: dict[str, list[str]] = {}
    policies = {"all": MaskerPolicy(detectors=list(ALL_DETECTORS)), "default": MaskerPolicy()}
    for policy_name, policy in policies.items():
        rules = [c.rule for c in compile_policy(policy).rules]
        for search in ("hyperscan", "re2"):
            ruleset = Ruleset(rules, hyperscan=search == "hyperscan")
            if search == "hyperscan" and not ruleset.wait_for_hyperscan():
                raise SystemExit("no Hyperscan database: run `python -m services.masker.hyperscan_build` first")
            for name, items in sets.items():
                label = f"{policy_name}/{search}/{name}"
                out[f"{label}/whole"] = [digest(*mask_text(text, ruleset, b"k")) for text in items]
                if policy_name != "all" or search not in stream:  # the default policy is all rules but the IP ones
                    continue
                if name == "bench_corpus":
                    out[f"{label}/streamed23"] = [digest(*streamed(items[0] + items[1] + items[2] + items[3], ruleset, 23))]
                elif name != "hostile_soup":
                    out[f"{label}/streamed7"] = [digest(*streamed(text, ruleset, 7)) for text in items]
            print(f"{policy_name}/{search}: done", file=sys.stderr, flush=True)
    return out


def compare(before_path: str, after_path: str) -> int:
    before, after = json.loads(Path(before_path).read_text()), json.loads(Path(after_path).read_text())
    differing = 0
    for key in sorted(set(before) ^ set(after)):
        print(f"{key}: only in {'the first' if key in before else 'the second'} (streamed in one tree only)")
    for key in sorted(set(before) & set(after)):
        old, new = before[key], after[key]
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
        if len(old) != len(new) or changed:
            differing += 1
            print(f"{key}: {len(changed)} texts differ (first {changed[:5]}), {len(old)} -> {len(new)} texts")
    for digested in (before, after):
        for key in sorted(digested):
            if key.endswith("/streamed7") and digested[key] != digested[key.replace("/streamed7", "/whole")]:
                differing += 1
                print(f"{key}: streamed differs from whole")
    total = sum(len(v) for v in after.values())
    print(f"{total} digests in {len(after)} groups; {'identical' if not differing else f'{differing} groups differ'}")
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="write this tree's digests here (JSON)")
    parser.add_argument("--stream", default="hyperscan,re2",
                        help="hit searches whose streamed output is digested too (comma-separated; '' for none): "
                             "streaming every set in 7-character deltas takes CPU minutes")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two digest files")
    args = parser.parse_args()
    if args.compare:
        raise SystemExit(compare(*args.compare))
    if not args.out:
        parser.error("--out or --compare")
    Path(args.out).write_text(json.dumps(digests(tuple(filter(None, args.stream.split(","))))))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
