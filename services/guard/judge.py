"""The guard's decision: policy in, verdict out. Pure, so the live worker, replay and tests share it.

Every applicable rule is asked; the most severe outcome wins (block > approve > allow) and,
among equals, the first rule in pack order. Parsing is cached per command text and rule
selection per (policy, tool, roles), so a repeated or typical call costs microseconds.

The judgement of each request text is memoised (bounded LRU, ``TEXT_MEMO_SIZE`` entries) by
the SHA-256 of the text, the compiled policy, the roles and the workspace: system prompts and
tool results repeat across requests and sessions, and a 15 KB Claude Code system prompt costs
milliseconds to scan. The key is a collision-resistant digest, never the text (no copy of
client content is kept) and never Python's ``hash`` (a chosen collision would hand a dangerous
text a benign verdict). The memoised value is exactly what judging the text alone gives, and
``judge_request_text`` combines the per-text verdicts as before, so memoisation never changes
a judgement. A shell tool call's judgement is memoised the same way (``CALL_MEMO_SIZE``), keyed
by the digest of its command line with the compiled policy, tool, roles and workspace.
"""

from __future__ import annotations

import fnmatch
import hashlib
import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

import msgspec

from . import injection, request
from .calls import Call, build_call, shell_source, tool_kind
from .effects import effect_of, target_of
from .packs import RULES, Context, Rule
from .paths import path_matches, workspace_root
from .policy import Action as ToolAction
from .policy import CustomRule, GuardPolicy, Severity

Action = Literal["allow", "flag", "neutralise", "block", "approve"]
"""``flag`` and ``neutralise`` judge request content only (an injection the policy forwards)."""


class Judgement(msgspec.Struct, frozen=True, kw_only=True):
    action: Action
    rule_id: str = ""
    pack: str = ""
    message: str = ""
    """What was found and why it matters, for the user."""
    command: str = ""
    """The normalised command, SQL, path or URL judged (or the text that triggered a request rule)."""
    effect: str = ""
    """What the call would do (services/guard/effects.py EFFECTS), for a tool-call finding of a built-in rule."""
    target: str = ""
    """What it would do it to: workspace, temp, home, system; loopback, private, public; prod, staging, dev; unknown."""
    score: float = 0.0
    """Request content: the highest injection score among the texts (services/guard/injection.py), below the flag
    threshold too, so a session can be tainted by a signal too weak to flag."""
    signals: str = ""
    """Request content: the named signals behind ``score`` with their weights, the explanation of an injection verdict."""


def judge_tool_call(tool_name: str, tool_input: dict, policy: GuardPolicy, roles: Sequence[str] = (), workspace: str = "") -> Judgement:
    """Judge one complete tool_use input.

    ``workspace`` is the agent's working directory when the caller knows it: an absolute path under it counts as
    inside the workspace for the delete rules (``rm -rf /work/app/build`` is then ``rm -rf ./build``). Without it,
    every absolute path is outside. Values too broad to be a project (``/``, a home directory, ``/tmp``) are ignored.
    """
    compiled = _compiled(policy)
    kind = compiled.kind(tool_name)
    rules = compiled.rules_for(tool_name, kind, tuple(roles))
    if not rules:
        return Judgement(action="allow")
    tool_input = tool_input if isinstance(tool_input, dict) else {}
    source = shell_source(tool_input) if kind == "shell" else ""
    key = (hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest(), compiled.serial, tool_name, tuple(roles), workspace) if source else None
    known = _CALL_MEMO.get(key) if key else None
    if known is not None:
        return known
    try:
        call = build_call(tool_name, tool_input, kind)
    except Exception as exc:  # a parser bug must not wave a call through
        return Judgement(action="block", rule_id="guard.internal_error", pack="guard", message=f"The guard could not analyse this call ({type(exc).__name__})")
    verdict = _decide(call, rules, compiled.context(workspace), policy.effects)
    if key:
        _CALL_MEMO.put(key, verdict)
    return verdict


def judge_request_text(texts: list[str], policy: GuardPolicy, roles: Sequence[str] = (), workspace: str = "") -> Judgement:
    """Judge new client content (tool results, user turns): prompt injection and exfiltration instructions.

    The worst verdict over the texts wins (the first among equals); a block ends the walk.
    """
    best = ALLOW
    suspicion = ALLOW
    for verdict in judge_texts(texts, policy, roles, workspace):
        best = _worse(best, verdict)
        if verdict.score > suspicion.score:
            suspicion = verdict
        if best.action == "block":
            break
    if suspicion.score > best.score:
        best = msgspec.structs.replace(best, score=suspicion.score, signals=suspicion.signals)
    return best


def judge_texts(texts: Sequence[str], policy: GuardPolicy, roles: Sequence[str] = (), workspace: str = "") -> list[Judgement]:
    """Each text's own judgement, in order (memoised): which tool result to neutralise, which one tainted the session."""
    compiled = _compiled(policy)
    roles = tuple(roles)
    packs: set[str] | None = None
    out = []
    for text in texts:
        if not text:
            out.append(ALLOW)
            continue
        key = (hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), compiled.serial, roles, workspace)
        verdict = _TEXT_MEMO.get(key)
        if verdict is None:
            if packs is None:
                packs = compiled.packs_for(roles)
            verdict = _judge_text(text, compiled, packs, policy, roles, workspace)
            _TEXT_MEMO.put(key, verdict)
        out.append(verdict)
    return out


def _judge_text(text: str, compiled: _Compiled, packs: set[str], policy: GuardPolicy, roles: tuple[str, ...], workspace: str) -> Judgement:
    """The verdict on one text alone (ALLOW if nothing applies).

    Folding these per-text verdicts with ``_worse`` in text order gives exactly the verdict of
    folding every finding of every text in order: ``_worse`` keeps the first of the most severe.
    """
    best = ALLOW
    for f in request.scan(text):
        if f.pack in packs and f.rule_id not in compiled.disabled:
            best = _worse(best, Judgement(action=compiled.severity(f.rule_id, f.severity), rule_id=f.rule_id, pack=f.pack, message=f.message, command=f.evidence))
    if "prompt_injection" not in packs:
        return best
    command = None
    if "inject.command" not in compiled.disabled:
        for code in request.cued_commands(text):
            inner = judge_tool_call("Bash", {"command": code}, policy, roles, workspace)
            if inner.action != "allow":
                command = injection.Signal("inject.command", injection.FLAG_SCORE, f"{inner.rule_id}: {inner.command}")
                break
    assessed = injection.assess(text, compiled.disabled, command)
    if not assessed.signals:
        return best
    explained = assessed.explain()
    if assessed.score < policy.injection.flag_score:
        return msgspec.structs.replace(best, score=assessed.score, signals=explained)
    strongest = max(assessed.signals, key=lambda s: s.weight)
    verdict = Judgement(
        action=policy.injection.action_for(roles),
        rule_id=strongest.name,
        pack="prompt_injection",
        message=f"Client content tries to instruct the model ({explained}; score {assessed.score:.2f})",
        command=strongest.evidence,
        score=assessed.score,
        signals=explained,
    )
    if _RANK[best.action] > _RANK[verdict.action]:
        return msgspec.structs.replace(best, score=assessed.score, signals=explained)
    return verdict


class MemoInfo(NamedTuple):
    hits: int
    misses: int
    size: int
    maxsize: int


class _Memo:
    """A bounded LRU from a key to a Judgement; a lock keeps it consistent if judged from threads."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[tuple, Judgement] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> Judgement | None:
        with self._lock:
            verdict = self._data.get(key)
            if verdict is None:
                self.misses += 1
            else:
                self.hits += 1
                self._data.move_to_end(key)
            return verdict

    def put(self, key: tuple, verdict: Judgement) -> None:
        with self._lock:
            self._data[key] = verdict
            self._data.move_to_end(key)
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self.hits = self.misses = 0

    def info(self) -> MemoInfo:
        with self._lock:
            return MemoInfo(self.hits, self.misses, len(self._data), self.maxsize)


TEXT_MEMO_SIZE = 4096
_TEXT_MEMO = _Memo(TEXT_MEMO_SIZE)


CALL_MEMO_SIZE = 4096
_CALL_MEMO = _Memo(CALL_MEMO_SIZE)
"""Shell-call judgements by command text, policy compilation, tool, roles and workspace: agents repeat commands a lot,
and a repeat costs a hash and a lookup instead of asking every rule again."""


def tool_memo_clear() -> None:
    """Forget every memoised shell-call judgement (benchmarks measuring the uncached path)."""
    _CALL_MEMO.clear()


def request_memo_info() -> MemoInfo:
    """Hits, misses and size of the per-text memo of ``judge_request_text``."""
    return _TEXT_MEMO.info()


def request_memo_clear() -> None:
    """Forget every memoised text judgement (benchmarks measuring the uncached path, tests)."""
    _TEXT_MEMO.clear()


ALLOW = Judgement(action="allow")
_RANK = {"allow": 0, "flag": 1, "neutralise": 2, "approve": 3, "block": 4}


def _worse(a: Judgement, b: Judgement) -> Judgement:
    return b if _RANK[b.action] > _RANK[a.action] else a


@dataclass(frozen=True, slots=True)
class _Applied:
    """A rule as this policy applies it (severity overridden, custom rules compiled)."""

    rule: Rule
    severity: Severity
    by_effect: bool = True
    """False when the policy sets this rule's severity by id, which wins over an effect mapping."""


def _decide(call: Call, rules: list[_Applied], ctx: Context, effects: dict[str, ToolAction]) -> Judgement:
    """Ask every rule; a finding's action is the policy's for its effect@target or effect, else the rule's severity."""
    approve: Judgement | None = None
    for applied in rules:
        found = applied.rule.check(call, ctx)
        if not found:
            continue
        rule = applied.rule
        effect = target = ""
        action: ToolAction = applied.severity
        if rule.pack != "custom":
            effect = effect_of(rule.id, rule.pack)
            target = target_of(effect, found)
            if applied.by_effect:
                action = effects.get(f"{effect}@{target}") or effects.get(effect) or action
        if action == "allow":
            continue
        verdict = Judgement(action=action, rule_id=rule.id, pack=rule.pack, message=rule.message, command=found, effect=effect, target=target)
        if action == "block":
            return verdict
        if approve is None or (rule.pack == "custom" and approve.pack != "custom"):
            approve = verdict  # at the same action the policy's own rule names the organisation's reason
    return approve or Judgement(action="allow", command=call.summary)


@dataclass(slots=True)
class _Compiled:
    policy: GuardPolicy
    ctx: Context
    disabled: frozenset[str]
    custom: list[tuple[CustomRule, Rule]]
    serial: int = field(default_factory=lambda: next(_SERIALS))
    """Unique per compilation, never reused (unlike ``id``): the text memo's policy key."""
    _kinds: dict[str, str] = field(default_factory=dict)
    _rules: dict[tuple, list[_Applied]] = field(default_factory=dict)
    _contexts: dict[str, Context] = field(default_factory=dict)

    def context(self, workspace: str) -> Context:
        if not workspace:
            return self.ctx
        hit = self._contexts.get(workspace)
        if hit is None:
            if len(self._contexts) > 256:
                self._contexts.clear()
            hit = self._contexts[workspace] = replace(self.ctx, workspace=workspace_root(workspace))
        return hit

    def kind(self, tool: str) -> str:
        if tool not in self._kinds:
            self._kinds[tool] = tool_kind(tool, self.policy.tools)
        return self._kinds[tool]

    def severity(self, rule_id: str, default: Severity) -> Severity:
        return self.policy.severities.get(rule_id, default)

    def packs_for(self, roles: tuple[str, ...]) -> set[str]:
        chosen = [packs for role, packs in self.policy.role_packs.items() if role in roles]
        return {p for packs in chosen for p in packs} if chosen else set(self.policy.packs)

    def rules_for(self, tool: str, kind: str, roles: tuple[str, ...]) -> list[_Applied]:
        key = (tool, roles)
        if key not in self._rules:
            packs = self.packs_for(roles)
            out = [
                _Applied(r, self.severity(r.id, r.severity), r.id not in self.policy.severities)
                for r in RULES
                if (r.pack in packs or r.pack == "guard") and r.id not in self.disabled and _tool_applies(r.tools, tool, kind)
            ]
            out += [
                _Applied(rule, rule.severity, False)
                for spec, rule in self.custom
                if _tool_applies(rule.tools, tool, kind) and (not spec.roles or set(spec.roles) & set(roles))
            ]
            self._rules[key] = out
        return self._rules[key]


def _tool_applies(patterns: Sequence[str], tool: str, kind: str) -> bool:
    return any(p == f"@{kind}" if p.startswith("@") else fnmatch.fnmatchcase(tool, p) for p in patterns)


_CACHE: dict[int, _Compiled] = {}
_SERIALS: Iterator[int] = itertools.count()


def _compiled(policy: GuardPolicy) -> _Compiled:
    """Per-policy precomputation, keyed by identity: treat a GuardPolicy as immutable once judged with."""
    hit = _CACHE.get(id(policy))
    if hit is not None and hit.policy is policy:
        return hit
    if len(_CACHE) > 64:
        _CACHE.clear()
    compiled = _Compiled(
        policy=policy,
        ctx=Context(tuple(policy.allow.paths), tuple(policy.allow.hosts)),
        disabled=frozenset(policy.disabled_rules),
        custom=[(spec, _custom_rule(spec)) for spec in policy.rules],
    )
    _CACHE[id(policy)] = compiled
    return compiled


def _custom_rule(spec: CustomRule) -> Rule:
    """Compile a policy rule: it matches when one subject of the call satisfies every matcher set."""
    regex = re.compile(spec.regex) if spec.regex else None
    prefix = tuple(spec.argv_prefix)
    kinds = {k.lower() for k in spec.sql_statement}

    def check(call: Call, ctx: Context) -> str | None:
        for text, argv, sql_kind, paths in _subjects(call):
            if spec.command and (argv is None or not fnmatch.fnmatchcase(" ".join(argv), spec.command)):
                continue
            if prefix and (argv is None or argv[: len(prefix)] != prefix):
                continue
            if kinds and sql_kind not in kinds:
                continue
            if spec.paths and not any(path_matches(p, spec.paths) for p in paths):
                continue
            if regex and not regex.search(text):
                continue
            return text
        return None

    return Rule(spec.id, "custom", spec.severity, spec.message, tuple(spec.tools), check)


def _subjects(call: Call):
    """(text, argv, sql kind, paths) for every command, statement, path and URL of a call."""
    for cmd in call.commands:
        yield cmd.text, cmd.argv, None, (*cmd.operands(), *(t for _, t in cmd.redirects))
    for stmt, _ in call.sql:
        yield stmt.text, None, stmt.kind, ()
    for path, via in call.reads:
        yield via, None, None, (path,)
    for path, _, via in call.writes:
        yield via, None, None, (path,)
    for url in call.urls:
        yield url, None, None, ()
