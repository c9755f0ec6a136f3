"""Replay: recorded events in, the difference a candidate policy makes out. Pure: no I/O, no clock, no counters.

Each recorded request and tool call is decided again by the functions the live stages run
(``services.authz.decide.authorize``, ``services.guard.worker.judge_request_body`` and
``judge_tool_input``, ``services.masker.engine.mask_text``) and compared with the verdicts
recorded for it. Events are fed in stream order; a request is compared once its last event
(``request.rejected``, ``response.completed`` or ``response.failed``) and ``SETTLE_EVENTS`` more
have arrived, or at the end.

What a replay cannot recompute is reported apart (``schemas.replay.Separate``): rate and
budget denials (they depend on time and on counters every replica shares), fail-closed
denials (no policy, a stage failure, a missing verdict), and tool calls recorded without a
sealed input. The guard's per-session marks (which messages are new) are kept in memory in
stream order, as the live guard keeps them in its bucket; under one policy they change
what is scanned, never the verdict.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field

import msgspec

from schemas.events import (
    Masked,
    RequestReceived,
    RequestRejected,
    ResponseCompleted,
    ResponseFailed,
    ToolUseProposed,
    ToolUseVerdict,
    Verdict,
)
from schemas.replay import CATEGORIES, Difference, Example, Rejected, ReplayReport, RuleDifference, Separate, Totals
from services.authz.decide import AuthzRequest, Outcome, authorize
from services.authz.policy import AuthzPolicy, load_authz_policy
from services.common.policy_store import PolicyDocument
from services.common.sealing import InputSealer, SealError
from services.guard.judge import Judgement
from services.guard.novelty import Mark, session_key
from services.guard.policy import GuardPolicy, load_guard_policy
from services.guard.worker import CONTENT_ENDPOINTS, judge_request_body, judge_tool_input
from services.masker.engine import Ruleset, mask_text
from services.masker.policy import (
    ALL_DETECTORS,
    ActivePolicy,
    MaskerPolicy,
    compile_policy,
    fields_for,
    load_masker_policy,
    masks_requests,
)
from services.masker.request import mask_request_body

EXAMPLES_PER_RULE = 3
REJECTED_LISTED = 100
SETTLE_EVENTS = 2000
"""A request is compared this many events after its last one: a stage's verdict may be recorded after the egress
already refused the request on another stage's denial."""
DETAIL_LIMIT = 200
LIMITED_RULES = (".rate", ".budget")
"""Suffixes of authz's rate and budget rules: reported apart, never recomputed."""
STAGE_FAILURE_RULES = frozenset({"authz", "guard.no_policy", "guard.internal_error"})
"""Fail-closed decisions: the stage could not decide, so there is no policy verdict to compare."""


@dataclass(frozen=True)
class Candidate:
    """The policy under test, decoded once by each stage's own loader (so a bad file fails as ``policy check`` does)."""

    version: str
    authz: AuthzPolicy
    guard: GuardPolicy
    masker: ActivePolicy
    examples: Ruleset
    """Masks every text an example shows: every built-in detector plus the candidate's own rules."""

    @classmethod
    def of(cls, document: PolicyDocument) -> Candidate:
        masker = load_masker_policy(document)
        everything = MaskerPolicy(detectors=list(ALL_DETECTORS), custom_rules=masker.policy.custom_rules)
        return cls(document.version, load_authz_policy(document), load_guard_policy(document), masker, compile_policy(everything))


@dataclass
class _Call:
    proposal: ToolUseProposed
    judgement: Judgement | None = None
    """The candidate's; None when the input could not be unsealed."""
    plain: str = ""
    """The unsealed input: only for masking here, never reported."""
    recorded: ToolUseVerdict | None = None
    masks: list[tuple[str, int, int]] = field(default_factory=list)
    """Recorded ``masked`` findings of the released call's input: (rule, start, end)."""


@dataclass
class _Request:
    received: RequestReceived
    authz: Outcome | None = None
    guard: Verdict | None = None
    """The candidate's guard verdict (None: the body was missing)."""
    recorded: dict[str, Verdict] = field(default_factory=dict)
    calls: dict[str, _Call] = field(default_factory=dict)
    masks: dict[int, list[tuple[str, int, int]]] = field(default_factory=lambda: defaultdict(list))
    request_masks: list[tuple[str, str]] = field(default_factory=list)
    """Recorded ``masked`` findings of the request's own text (request masking): (rule, path)."""
    request_masks_now: list[tuple[str, str]] | None = None
    """What the candidate's request masking finds in the recorded body, still in the clear there: (rule, path); None
    when the body is not available."""


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, Counter] = {category: Counter() for category in CATEGORIES}
        self.examples: dict[tuple[str, str], list[Example]] = defaultdict(list)

    def add(self, category: str, rule: str, example: Example, count: int = 1) -> None:
        self.counts[category][rule] += count
        shown = self.examples[category, rule]
        if len(shown) < EXAMPLES_PER_RULE:
            shown.append(example)

    def per_rule(self, category: str) -> list[RuleDifference]:
        return [
            RuleDifference(rule=rule, count=count, examples=self.examples[category, rule])
            for rule, count in sorted(self.counts[category].items(), key=lambda item: (-item[1], item[0]))
        ]


class Replay:
    """Feed believed events in stream order (``feed``), garbled or forged ones to ``reject``; then ``report``."""

    def __init__(self, candidate: Candidate, sealer: InputSealer | None, window_start: float | None = None,
                 window_end: float | None = None, session: str = ""):
        self.candidate = candidate
        self.sealer = sealer
        self.window_start = window_start
        self.window_end = window_end
        self.session = session
        self.totals = Totals()
        self.separate = Separate()
        self.tally = _Tally()
        self.recorded_versions: dict[str, None] = {}
        self.rejected: list[Rejected] = []
        self.rejected_count = 0
        self._open: dict[str, _Request] = {}
        self._marks: dict[str, Mark] = {}
        self._ended: deque[tuple[int, str]] = deque()
        """(events fed, request id) of requests whose last event arrived: compared once ``SETTLE_EVENTS`` more came."""

    def reject(self, sequence: int, subject: str, reason: str) -> None:
        self.rejected_count += 1
        if len(self.rejected) < REJECTED_LISTED:
            self.rejected.append(Rejected(sequence=sequence, subject=subject, reason=reason))

    def wanted(self, event) -> bool:
        """In the window and session asked for."""
        if self.session and event.session_id != self.session:
            return False
        if self.window_start is not None and event.time < self.window_start:
            return False
        return self.window_end is None or event.time <= self.window_end

    def feed(self, event, body: bytes | None = None) -> None:
        """One believed event; ``body`` is a ``request.received``'s body when it was stored apart (None: missing)."""
        if isinstance(event, RequestReceived):
            if self.wanted(event) and event.request_id not in self._open:
                self._received(event, bytes(event.body) if not event.body_ref else body)
            return
        self._follow(event)

    def feed_archived(self, event, body: bytes | None = None, body_masked: bool = False) -> None:
        """One believed event from the recorder's file; a ``request.received``'s ``body`` is the one rebuilt from the
        record (None: not rebuilt, because a part is kept only masked when ``body_masked``, else dropped)."""
        self.totals.archived_events += 1
        if isinstance(event, RequestReceived):
            if self.wanted(event) and event.request_id not in self._open:
                self._received(event, body, body_masked)
            return
        self._follow(event)

    def _follow(self, event) -> None:
        """An event after its request's ``request.received``: what was decided and masked for it, or its end."""
        request = self._open.get(event.request_id)
        if request is None:
            return  # its request.received is outside the window (or never was): nothing to compare with
        self.totals.events += 1
        if isinstance(event, Verdict):
            request.recorded.setdefault(event.stage, event)
            if event.policy_version:
                self.recorded_versions.setdefault(event.policy_version)
        elif isinstance(event, ToolUseProposed):
            if event.tool_use_id not in request.calls:
                request.calls[event.tool_use_id] = self._proposed(request, event)
        elif isinstance(event, ToolUseVerdict):
            call = request.calls.get(event.tool_use_id)
            if call is not None and event.stage == "guard" and call.recorded is None:
                call.recorded = event
        elif isinstance(event, Masked):
            if event.direction == "response" and event.field == "tool_input":
                request.masks[event.block_index] += [(f.rule_id, f.start, f.end) for f in event.findings]
            elif event.direction == "request":
                request.request_masks += [(f.rule_id, event.path) for f in event.findings]
        elif isinstance(event, (RequestRejected, ResponseCompleted, ResponseFailed)):
            self._ended.append((self.totals.events, event.request_id))
        while self._ended and self._ended[0][0] < self.totals.events - SETTLE_EVENTS:
            ended = self._open.pop(self._ended.popleft()[1], None)
            if ended is not None:
                self._compare(ended)

    def report(self) -> ReplayReport:
        for request in list(self._open.values()):
            self._compare(request)
        self._open.clear()
        difference = Difference(**{category.replace("-", "_"): self.tally.per_rule(category) for category in CATEGORIES})
        return ReplayReport(
            policy_version=self.candidate.version,
            recorded_policy_versions=list(self.recorded_versions),
            window_start=self.window_start,
            window_end=self.window_end,
            session=self.session,
            totals=self.totals,
            counts={category: sum(self.tally.counts[category].values()) for category in CATEGORIES},
            difference=difference,
            separate=self.separate,
            rejected=self.rejected,
            rejected_count=self.rejected_count,
        )

    def _received(self, event: RequestReceived, body: bytes | None, body_masked: bool = False) -> None:
        self.totals.events += 1
        self.totals.requests += 1
        candidate = self.candidate
        request = _Request(event)
        authz_request = AuthzRequest(endpoint=event.endpoint, model=event.model, max_tokens=event.max_tokens, tools=event.tools)
        request.authz = authorize(candidate.authz, candidate.version, event.identity, authz_request)
        if event.endpoint not in CONTENT_ENDPOINTS:
            request.guard = Verdict(stage="guard", decision="allow", request_id=event.request_id)
        elif body is None and body_masked:
            self.separate.masked_bodies += 1
        elif body is None:
            self.separate.missing_bodies += 1
        else:
            key = session_key(event.identity, event.session_id)
            try:
                request.guard, mark = judge_request_body(event, body, candidate.guard, candidate.version, self._marks.get(key))
            except Exception as exc:  # as the live guard: a body it cannot read is denied
                request.guard = Verdict(stage="guard", decision="deny", rule="guard.internal_error", reason=type(exc).__name__,
                                        request_id=event.request_id)
                mark = None
            if mark is not None:
                self._marks[key] = mark
            request.request_masks_now = self._request_masks(event, body)
        self._open[event.request_id] = request

    def _proposed(self, request: _Request, event: ToolUseProposed) -> _Call:
        self.totals.tool_calls += 1
        call = _Call(event)
        if not event.sealed_input or self.sealer is None:
            return call
        try:
            plain = self.sealer.open(event.sealed_input, event.request_id, event.tool_use_id)
        except SealError:
            return call
        try:
            call.judgement = judge_tool_input(event.tool_name, plain, self.candidate.guard, event.identity.roles)
        except Exception as exc:  # as the live guard: input it cannot read is blocked
            call.judgement = Judgement(action="block", rule_id="guard.internal_error", pack="guard", message=type(exc).__name__)
        call.plain = plain.decode("utf-8", "replace")
        return call

    def _example(self, request: _Request, recorded: str, replayed: str, detail: str, tool_name: str = "") -> Example:
        event = request.received
        masked, _ = mask_text(detail, self.candidate.examples, b"")
        if len(masked) > DETAIL_LIMIT:
            masked = masked[: DETAIL_LIMIT - 1] + "…"
        return Example(request_id=event.request_id, session_id=event.session_id, subject=event.identity.subject,
                       tool_name=tool_name, recorded=recorded, replayed=replayed, detail=masked)

    def _request_masks(self, event: RequestReceived, body: bytes) -> list[tuple[str, str]]:
        """The candidate's request masking of the body as recorded: anything it finds was sent on in the clear."""
        masker = self.candidate.masker
        if not masks_requests(masker.policy, event.identity.roles):
            return []
        try:
            _, found = mask_request_body(msgspec.json.decode(body), masker.rules, b"")
        except msgspec.DecodeError:
            return []
        return [(finding.rule_id, place.path) for place in found for finding in place.findings]

    def _compare(self, request: _Request) -> None:
        self._compare_request(request)
        masked_now = masks_requests(self.candidate.masker.policy, request.received.identity.roles)
        if request.request_masks_now is not None and (masked_now or request.request_masks):
            self._compare_request_masks(request, request.request_masks_now)
        for call in request.calls.values():
            self._compare_call(request, call)

    def _compare_request(self, request: _Request) -> None:
        event = request.received
        recorded_authz, recorded_guard = request.recorded.get("authz"), request.recorded.get("guard")
        if recorded_authz is None or recorded_guard is None:
            self.separate.undecided_requests += 1
            return
        for verdict in (recorded_authz, recorded_guard):
            if verdict.decision == "deny" and (verdict.status == 503 or verdict.rule in STAGE_FAILURE_RULES):
                self.separate.stage_failures[verdict.rule or verdict.stage] = self.separate.stage_failures.get(verdict.rule or verdict.stage, 0) + 1
                return
        if request.guard is None or request.authz is None:
            return  # body missing: counted apart
        limited = recorded_authz.decision == "deny" and recorded_authz.rule.endswith(LIMITED_RULES)
        if limited:
            self.separate.rate_and_budget[recorded_authz.rule] = self.separate.rate_and_budget.get(recorded_authz.rule, 0) + 1
        # (stage, decision, rule, changes) recorded and replayed; a rate or budget denial passed authorize then.
        authz = request.authz
        then = [_policy_part(recorded_authz, limited), _policy_part(recorded_guard, False)]
        now = [("authz", authz.decision, authz.rule, authz.changes), ("guard", request.guard.decision, request.guard.rule, None)]
        if limited and now[0][1] != "deny":
            now[0] = then[0]  # passed authorize then and now: the limit is what decided, reported apart
        (state_then, deciding_then), (state_now, deciding_now) = _outcome(then), _outcome(now)
        detail = f"{event.endpoint} {event.model} tools={','.join(event.tools)}".strip()
        if state_now == "deny" and state_then != "deny":
            self.tally.add("newly-denied", deciding_now[2], self._example(request, _summary(then), "deny", detail))
        elif state_then == "deny" and state_now == "allow":
            self.tally.add("newly-allowed", deciding_then[2], self._example(request, "deny", _summary(now), detail))
        elif state_now == "approve" and state_then != "approve":
            self.tally.add("newly-held", deciding_now[2], self._example(request, _summary(then), _summary(now), detail))
        elif state_then == "approve" and state_now == "allow":
            self.tally.add("no-longer-held", deciding_then[2], self._example(request, _summary(then), _summary(now), detail))
        elif then != now:
            changed = next(n for t, n in zip(then, now, strict=True) if t != n)
            self.tally.add("requests-changed", changed[2] or changed[0], self._example(request, _summary(then), _summary(now), detail))

    def _compare_call(self, request: _Request, call: _Call) -> None:
        recorded = call.recorded
        if recorded is None:
            return  # no guard verdict recorded (no answer in time): blocked fail closed
        if recorded.rule == "guard.no_policy":
            self.separate.stage_failures[recorded.rule] = self.separate.stage_failures.get(recorded.rule, 0) + 1
            return
        judgement = call.judgement
        if judgement is None:
            self.separate.unsealed_tool_calls += 1
            return
        then, now = recorded.decision, judgement.action
        tool = call.proposal.tool_name
        if then != now:
            category = {"block": "newly-blocked", "approve": "newly-approval", "allow": "released"}[now]
            rule = judgement.rule_id if now != "allow" else recorded.rule
            detail = judgement.command if now != "allow" else recorded.command
            self.tally.add(category, rule or "guard", self._example(request, then, now, detail, tool))
        elif recorded.rule != judgement.rule_id:
            self.tally.add("tool-calls-changed", judgement.rule_id or recorded.rule,
                           self._example(request, f"{then} {recorded.rule}", f"{now} {judgement.rule_id}", judgement.command, tool))
        if then == "allow" and now == "allow":
            self._compare_masks(request, call)

    def _compare_request_masks(self, request: _Request, now: list[tuple[str, str]]) -> None:
        """Request masking: what the candidate would mask that went upstream in the clear, and what was masked then by
        a rule the candidate no longer applies to this caller. A span masked then is not in the record to test again:
        a rule the candidate keeps is taken to mask it again."""
        self.totals.masked_requests += 1
        masker = self.candidate.masker
        kept = {compiled.rule.id for compiled in masker.rules.rules} if masks_requests(masker.policy, request.received.identity.roles) else set()
        for rule, path in now:
            self.tally.add("masks-added", rule, self._example(request, "clear", rule, f"request {path}"))
        for rule, path in request.request_masks:
            if rule not in kept:
                self.tally.add("masks-dropped", rule, self._example(request, rule, "clear", f"request {path}"))

    def _compare_masks(self, request: _Request, call: _Call) -> None:
        """The released call's input as the candidate masks it, against the ``masked`` events recorded for it."""
        self.totals.masked_tool_inputs += 1
        masker = self.candidate.masker
        replayed: list[tuple[str, int, int]] = []
        if "tool_input" in fields_for(masker.policy, request.received.identity.roles):
            _, findings = mask_text(call.plain, masker.rules, b"")
            replayed = [(f.rule_id, f.start, f.end) for f in findings]
        recorded = Counter(request.masks.get(call.proposal.block_index, ()))
        replayed_counts = Counter(replayed)
        tool = call.proposal.tool_name
        for (rule, start, end), count in (replayed_counts - recorded).items():
            self.tally.add("masks-added", rule, self._example(request, "clear", rule, f"characters {start}-{end} of the input", tool), count)
        for (rule, start, end), count in (recorded - replayed_counts).items():
            self.tally.add("masks-dropped", rule, self._example(request, rule, "clear", f"characters {start}-{end} of the input", tool), count)


def _policy_part(verdict: Verdict, limited: bool) -> tuple:
    if limited:
        return (verdict.stage, "allow-limited", "", None)
    return (verdict.stage, verdict.decision, verdict.rule, verdict.changes if verdict.stage == "authz" else None)


def _outcome(parts: list[tuple]) -> tuple[str, tuple]:
    """What the request's stages amount to: ``deny`` (any stage denies), ``approve`` (held for a reviewer), else
    ``allow``; with the part that decides it (the first allowing part for ``allow``)."""
    for state in ("deny", "approve"):
        deciding = next((part for part in parts if part[1] == state), None)
        if deciding is not None:
            return state, deciding
    return "allow", parts[0]


def _summary(parts: list[tuple]) -> str:
    return "; ".join(f"{stage} {decision}{' ' + rule if rule else ''}" for stage, decision, rule, _ in parts)

