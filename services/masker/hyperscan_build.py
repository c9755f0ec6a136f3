"""Compile the masker's Hyperscan hit search databases into the cache (``hyperscan_keywords``).

    .venv/bin/python -m services.masker.hyperscan_build          # the default policy and all detectors (make)
    .venv/bin/python -m services.masker.hyperscan_build --stdin DIR   # the groups given as JSON (a ruleset's child)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import hyperscan_keywords
from .policy import ALL_DETECTORS, MaskerPolicy, compile_policy


def main(argv: list[str]) -> int:
    if not hyperscan_keywords.enabled():
        print("masker: no Hyperscan here (no wheel for this platform, or LOCKGATE_MASKER_HYPERSCAN=0); "
              "the RE2 hit search serves", file=sys.stderr)
        return 0
    if argv[:1] == ["--stdin"]:
        given = json.loads(sys.stdin.buffer.read())
        groups = [tuple((w, bool(f), t) for w, f, t in g) for g in given["groups"]]
        hyperscan_keywords.build(groups, Path(argv[1]), [bool(b) for b in given["bounded"]])
        return 0
    for policy in (MaskerPolicy(), MaskerPolicy(detectors=list(ALL_DETECTORS))):
        ruleset = compile_policy(policy)
        ready = ruleset.wait_for_hyperscan()
        print(f"masker: hit search database for {len(ruleset.rules)} rules in {hyperscan_keywords.cache_dir()}: "
              f"{'ready' if ready else 'not built'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
