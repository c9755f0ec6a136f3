"""The guard's slice of the policy file, decoded strictly with msgspec.

Secure by default: an empty ``[guard]`` section enables every built-in pack. A typo in a
field name fails at load time instead of silently disabling protection.
"""

from __future__ import annotations

import re
from typing import Literal

import msgspec

from services.common.policy_store import PolicyDocument, decode_section

Severity = Literal["block", "approve"]
Action = Literal["allow", "block", "approve"]

PACKS = (
    "filesystem_destruction",
    "credential_access",
    "exfiltration",
    "git_history",
    "cloud_infrastructure",
    "database_destruction",
    "system_control",
    "supply_chain",
    "prompt_injection",
)


class CustomRule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An operator-defined rule. Every matcher that is set must match (they combine with AND)."""

    id: str
    message: str
    severity: Severity = "block"
    tools: list[str] = msgspec.field(default_factory=lambda: ["@shell"])
    """Tool-name globs; ``@shell``, ``@sql``, ``@read``, ``@write``, ``@fetch`` name the tool classes."""
    roles: list[str] = []
    """Applies only to callers holding one of these roles; empty means everyone."""
    command: str = ""
    """Glob over a normalised command, e.g. ``docker rm *``."""
    argv_prefix: list[str] = []
    """Leading argv of a normalised command, e.g. ``["npm", "publish"]``."""
    regex: str = ""
    """Regex searched in a normalised command, SQL statement, path or URL."""
    sql_statement: list[str] = []
    """SQL statement kinds, lower case: ``drop``, ``delete``, ``insert``…"""
    paths: list[str] = []
    """Globs of paths the call touches (``**`` crosses directories)."""

    def __post_init__(self) -> None:
        if not (self.command or self.argv_prefix or self.regex or self.sql_statement or self.paths):
            raise ValueError(f"rule {self.id!r} needs a matcher: command, argv_prefix, regex, sql_statement or paths")
        if self.regex:
            try:
                re.compile(self.regex)
            except re.error as exc:
                raise ValueError(f"rule {self.id!r}: bad regex: {exc}") from None


class AllowList(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    paths: list[str] = []
    """Path globs that destructive file rules leave alone, e.g. ``./build`` or ``/srv/scratch/**``. Empty by default:
    ``/tmp`` is shared with other processes and users, so deleting there outside the workspace needs approval."""
    hosts: list[str] = []
    """Host globs that network rules trust, e.g. ``docs.example.com`` or ``*.internal.example.com``."""


class ToolClasses(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Which tool names (globs) carry shell commands, SQL, file reads, file writes and URLs."""

    shell: list[str] = msgspec.field(default_factory=lambda: ["Bash", "mcp__*__bash", "mcp__*shell*", "*exec*"])
    sql: list[str] = msgspec.field(default_factory=lambda: ["*sql*", "*query*", "mcp__*postgres*"])
    read: list[str] = msgspec.field(default_factory=lambda: ["Read", "Grep", "NotebookRead", "mcp__*read*", "mcp__*file*"])
    write: list[str] = msgspec.field(default_factory=lambda: ["Write", "Edit", "MultiEdit", "NotebookEdit", "mcp__*write*", "mcp__*edit*"])
    fetch: list[str] = msgspec.field(default_factory=lambda: ["WebFetch", "mcp__*fetch*"])


InjectionAction = Literal["flag", "neutralise", "approve", "block"]
TaintAction = Literal["approve", "block"]


class InjectionPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What to do with a tool result judged an injection, and how strictly a tainted session's tool calls are judged.

    ``flag`` forwards it and records it; ``neutralise`` (the default) forwards it wrapped as untrusted data;
    ``approve`` neutralises it and holds every tool call of the session for a reviewer until the user's next turn;
    ``block`` refuses the request (403). Every one of them names the rule in the ``lockgate-injection`` header."""

    action: InjectionAction = "neutralise"
    role_actions: dict[str, InjectionAction] = {}
    """Role -> action; a caller holding several listed roles gets the strictest."""
    flag_score: float = 1.0
    """Score (services/guard/injection.py) at and above which a text is an injection."""
    taint_score: float = 0.4
    """Score at and above which a text taints its session, below the flag threshold too."""
    taint_action: TaintAction = "approve"
    """What a tainted session's tool calls with a ``taint_effects`` effect get."""
    taint_effects: list[str] = msgspec.field(
        default_factory=lambda: ["exfiltrate", "read-credential", "escalate", "delete", "destroy-infrastructure", "overwrite", "persist", "evade", "disrupt"]
    )
    """Effects judged stricter while a session is tainted (data out, credentials, access, destruction)."""

    def __post_init__(self) -> None:
        if not 0 < self.taint_score <= self.flag_score:
            raise ValueError(f"injection scores need 0 < taint_score <= flag_score, got {self.taint_score} and {self.flag_score}")
        from .effects import EFFECTS

        unknown = sorted(set(self.taint_effects) - set(EFFECTS))
        if unknown:
            raise ValueError(f"unknown taint effects {unknown}; effects: {list(EFFECTS)}")

    def action_for(self, roles: tuple[str, ...]) -> InjectionAction:
        chosen = [action for role, action in self.role_actions.items() if role in roles]
        return max(chosen, key=INJECTION_ACTIONS.index) if chosen else self.action


INJECTION_ACTIONS = ("flag", "neutralise", "approve", "block")


class GuardPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    version: str = ""
    """Reported in every verdict, so a decision can be traced to the policy that made it."""
    packs: list[str] = msgspec.field(default_factory=lambda: list(PACKS))
    """Built-in packs enabled for every caller."""
    role_packs: dict[str, list[str]] = {}
    """Role -> packs. A caller holding a listed role gets the union of its roles' packs instead of ``packs``."""
    disabled_rules: list[str] = []
    """Built-in rule ids switched off, e.g. ``["git.push_force"]``."""
    severities: dict[str, Severity] = {}
    """Built-in rule id -> severity override."""
    effects: dict[str, Action] = {}
    """``effect`` or ``effect@target`` -> allow, approve or block, over the severity of every built-in rule finding that
    effect (``delete@temp = "allow"``, ``discard-work = "allow"``); ``severities`` for a rule id still wins.
    Effects and targets: services/guard/effects.py (EFFECTS, TARGETS)."""
    rules: list[CustomRule] = []
    injection: InjectionPolicy = msgspec.field(default_factory=InjectionPolicy)
    allow: AllowList = msgspec.field(default_factory=AllowList)
    tools: ToolClasses = msgspec.field(default_factory=ToolClasses)

    def __post_init__(self) -> None:
        unknown = {p for p in [*self.packs, *(p for ps in self.role_packs.values() for p in ps)] if p not in PACKS}
        if unknown:
            raise ValueError(f"unknown guard packs {sorted(unknown)}; known: {list(PACKS)}")
        from .effects import EFFECTS, TARGETS

        for key in self.effects:
            effect, _, target = key.partition("@")
            if effect not in EFFECTS or (target and target not in TARGETS):
                raise ValueError(f"unknown guard effect {key!r}; effects: {list(EFFECTS)}, targets: {list(TARGETS)}")


class _GuardSection(msgspec.Struct):
    """The guard's slice of the policy document; an absent ``[guard]`` enables every pack."""

    guard: GuardPolicy = msgspec.field(default_factory=GuardPolicy)


def load_guard_policy(document: PolicyDocument) -> GuardPolicy:
    return decode_section(document, _GuardSection).guard


def check_policy(document: PolicyDocument) -> None:
    """Raise ``PolicyError`` naming the field if the document's ``[guard]`` section cannot be used.

    Here, not in the worker, so ``lockgate policy check`` does not import (and compile) the guard's detectors."""
    load_guard_policy(document)


def load_policy(data: bytes | str) -> GuardPolicy:
    """Decode a TOML ``[guard]`` table (without the header) into a GuardPolicy."""
    return msgspec.toml.decode(data, type=GuardPolicy)
