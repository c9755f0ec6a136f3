"""The guard as `lockgate up` ships it, for the guard's unit tests: the shipped policy, a Bash call judged under it,
and the commands the dev sets already hold (so a test can say its cases are new)."""

from __future__ import annotations

import json
from pathlib import Path

from services.common.policy_store import PolicyDocument
from services.guard import GuardPolicy, judge_tool_call
from services.guard.policy import load_guard_policy

ROOT = Path(__file__).parents[1]
SHIPPED = load_guard_policy(PolicyDocument(version="t", source=(ROOT / "policies/default.toml").read_text()))


def bash(command: str, policy: GuardPolicy = SHIPPED):
    return judge_tool_call("Bash", {"command": command}, policy)


def dev_commands(pattern: str = "dev*.jsonl") -> set[str]:
    """Every command of the dev sets whose file names match ``pattern``."""
    return {
        json.loads(line)["command"]
        for path in (ROOT / "tests/guard_eval").glob(pattern)
        for line in path.read_text().splitlines()
        if line.strip()
    }
