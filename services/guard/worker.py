"""The guard worker: judges the new content of every request and every tool call the model proposes.

Requests come through the ``guard`` core NATS queue group on ``request.received``; tool
calls are asked by the egress, request/reply, through the ``guard-tool-use`` group on
``lockgate-rpc.tool_use.guard`` (``Bus.answer``), a subject outside the recorded stream
because it carries the model's raw tool input (the egress records the call masked).
Replicas in a group share the work, each message goes to exactly one of them; core
subscriptions, not durable consumers, for the reason in docs/ARCHITECTURE.md (Scaling: a
verdict is useful only until the egress's deadline). A request or proposal no replica
answers in time is refused or blocked by the egress (fail closed).

Fail closed: no policy, or any error while judging, is a deny (request) or block (tool call)
verdict that says why. A request judgement of ``approve`` is a deny too: there is no
approver for requests yet, so the message says the content needs approval.
"""

from __future__ import annotations

import logging

import msgspec

from schemas import subjects
from schemas.events import (
    AnyEvent,
    InjectionFound,
    RequestChanges,
    RequestReceived,
    ToolUseDecision,
    ToolUseProposed,
    ToolUseVerdict,
    Verdict,
    about,
    decode_event,
    encode_event,
)
from services.common.bus import Bus, Subscription
from services.common.policy_store import FollowedPolicy
from services.guard.judge import Judgement, judge_request_text, judge_texts, judge_tool_call
from services.guard.novelty import (
    Injected,
    Mark,
    SessionMarks,
    Taint,
    first_new,
    last_user_turn,
    mark_of,
    pieces_of,
    session_key,
    split_body,
)
from services.guard.policy import GuardPolicy, load_guard_policy
from services.guard.taint import under_taint

log = logging.getLogger("lockgate.guard")

STAGE = "guard"
GROUP = "guard"
TOOL_USE_GROUP = "guard-tool-use"
COMMAND_LIMIT = 300
"""Characters of the judged command a verdict carries."""
CONTENT_ENDPOINTS = ("messages", "count_tokens")
"""Endpoints whose body carries conversation content to the provider."""


def request_verdict(event: RequestReceived, judgement: Judgement, policy_version: str) -> Verdict:
    """Allow, or a 403 ``permission_error`` naming the rule. ``approve`` is refused: requests have no approver yet."""
    if judgement.action == "allow":
        return Verdict(stage=STAGE, decision="allow", policy_version=policy_version, **about(event))
    reason = f"Lockgate guard refused the request: {judgement.message} [rule {judgement.rule_id}]"
    if judgement.action == "approve":
        reason = (
            f"Lockgate guard refused the request: its content needs approval ({judgement.message}) "
            f"[rule {judgement.rule_id}], and requests cannot be approved yet"
        )
    return Verdict(
        stage=STAGE,
        decision="deny",
        reason=reason,
        rule=judgement.rule_id,
        policy_version=policy_version,
        status=403,
        error_type="permission_error",
        **about(event),
    )


def failed_request_verdict(event: RequestReceived, policy_version: str, rule: str, reason: str) -> Verdict:
    return Verdict(
        stage=STAGE,
        decision="deny",
        reason=reason,
        rule=rule,
        policy_version=policy_version,
        status=503,
        error_type="api_error",
        request_id=event.request_id,
        session_id=event.session_id,
        identity=event.identity,
    )


_TOOL_DECISIONS: dict[str, ToolUseDecision] = {"allow": "allow", "approve": "approve"}
"""A call's judgement is allow, approve or block; a text-only action (flag, neutralise) on a call blocks it."""


def tool_use_verdict(event: ToolUseProposed, judgement: Judgement, policy_version: str) -> ToolUseVerdict:
    return ToolUseVerdict(
        stage=STAGE,
        tool_use_id=event.tool_use_id,
        decision=_TOOL_DECISIONS.get(judgement.action, "block"),
        rule=judgement.rule_id,
        pack=judgement.pack,
        message=f"{judgement.message} (effect {judgement.effect} on {judgement.target})" if judgement.effect else judgement.message,
        tool_name=event.tool_name,
        command=_clip(judgement.command),
        policy_version=policy_version,
        request_id=event.request_id,
        session_id=event.session_id,
        identity=event.identity,
    )


def _clip(text: str) -> str:
    return text if len(text) <= COMMAND_LIMIT else text[: COMMAND_LIMIT - 1] + "…"


def _failure(rule: str, message: str) -> Judgement:
    return Judgement(action="block", rule_id=rule, pack="guard", message=message)


def judge_request_body(
    event: RequestReceived, body: bytes, policy: GuardPolicy, version: str, mark: Mark | None
) -> tuple[Verdict, Mark | None]:
    """The verdict on a Messages or count_tokens body, scanned from the session's mark on, and the session's new
    mark when it is allowed (with its taint and the tool results judged injections). Pure: the worker (marks from
    the shared bucket) and ``lockgate replay`` (marks it keeps itself, in stream order) share it."""
    conversation = split_body(body)
    messages = conversation.messages
    start = first_new(messages, mark, version)
    pieces = pieces_of(messages[start:], conversation.system if start == 0 else None)
    judgement = judge_request_text([p.text for p in pieces], policy, event.identity.roles)
    if not forwarded(judgement):
        return request_verdict(event, judgement, version), None
    carried = mark if start else None
    injected = list(carried.injected) if carried else []
    turn = last_user_turn(messages[start:])
    taint = carried.taint if carried and turn < 0 else None
    if judgement.score >= policy.injection.taint_score:
        per_text = judge_texts([p.text for p in pieces], policy, event.identity.roles)
        for piece, one in zip(pieces, per_text, strict=True):
            if one.pack == "prompt_injection" and one.action in INJECTION_FORWARDED and piece.tool_use_id:
                injected.append(Injected(piece.tool_use_id, one.rule_id, one.action != "flag"))
            if piece.tool_use_id and piece.message > turn and one.score >= policy.injection.taint_score and (taint is None or one.score > taint.score):
                rule = one.rule_id or one.signals.split(" ", 1)[0]
                taint = Taint(rule=rule, score=one.score, hold_all=one.action == "approve" or (taint is not None and taint.hold_all))
    resent = injected
    if injected:
        present = {p.tool_use_id for p in pieces} | _tool_result_ids(messages[:start])
        resent = [i for i in injected if i.tool_use_id in present]
    verdict = forwarded_verdict(event, judgement, version, resent)
    new_mark = mark_of(messages, version, taint, injected) if event.endpoint == "messages" else None
    return verdict, new_mark


INJECTION_FORWARDED = ("flag", "neutralise", "approve")
"""Injection actions under which the request still goes upstream."""


def forwarded(judgement: Judgement) -> bool:
    return judgement.action == "allow" or (judgement.pack == "prompt_injection" and judgement.action in INJECTION_FORWARDED)


def _tool_result_ids(messages) -> set[str]:
    """Tool results already judged: a re-sent one stays marked in every later request."""
    return {p.tool_use_id for p in pieces_of(messages) if p.tool_use_id} if messages else set()


def forwarded_verdict(event: RequestReceived, judgement: Judgement, version: str, injected: list[Injected]) -> Verdict:
    """Allow, or allow with the injection named and its tool results to neutralise (``modify``)."""
    if judgement.pack != "prompt_injection" or judgement.action == "allow":
        if not injected:
            return Verdict(stage=STAGE, decision="allow", policy_version=version, **about(event))
        judgement = Judgement(action="neutralise" if any(i.neutralise for i in injected) else "flag", rule_id=injected[-1].rule, pack="prompt_injection",
                              message="tool results judged injections earlier in this session are re-sent")
    neutralise = tuple(dict.fromkeys(i.tool_use_id for i in injected if i.neutralise))
    found = InjectionFound(rule=judgement.rule_id, action=judgement.action, tool_results=neutralise, signals=judgement.signals)
    reason = f"Lockgate guard forwarded content judged a prompt injection ({judgement.action}): {judgement.message} [rule {judgement.rule_id}]"
    return Verdict(
        stage=STAGE,
        decision="modify" if neutralise else "allow",
        reason=reason,
        rule=judgement.rule_id,
        policy_version=version,
        changes=RequestChanges(injection=found),
        **about(event),
    )


def judge_tool_input(tool_name: str, raw_input: bytes, policy: GuardPolicy, roles: tuple[str, ...]) -> Judgement:
    """A tool call's judgement from its input as JSON text. Pure: shared by the worker and ``lockgate replay``.

    Raises on input that is not JSON; the caller blocks it (fail closed)."""
    tool_input = msgspec.json.decode(raw_input)
    if not isinstance(tool_input, dict):
        return _failure("guard.bad_input", f"the tool input is a JSON {type(tool_input).__name__}, not an object; blocked (fail closed)")
    return judge_tool_call(tool_name, tool_input, policy, roles)


def judge_tainted(judgement: Judgement, taint: Taint, tool_name: str, raw_input: bytes, policy: GuardPolicy) -> Judgement:
    """A tool call's judgement in a tainted session. Pure: shared by the worker and tests."""
    tool_input = msgspec.json.decode(raw_input)
    return under_taint(judgement, taint, tool_name, tool_input if isinstance(tool_input, dict) else {}, policy)


NO_POLICY = "no guard policy loaded; push one with `lockgate policy push` (fail closed)"


class GuardWorker:
    """One replica of the guard stage. ``await start()``, later ``await stop()``."""

    def __init__(self, bus: Bus):
        self.bus = bus
        self.marks = SessionMarks(bus)
        self.policy = FollowedPolicy(bus, load_guard_policy, STAGE)
        self._subscriptions: list[Subscription] = []

    @property
    def policy_version(self) -> str:
        return self.policy.version

    async def start(self) -> None:
        """Load the active policy before taking work, so a started worker judges at once."""
        await self.bus.ensure_streams()
        await self.marks.start()
        await self.policy.start()
        self._subscriptions = [
            await self.bus.serve(subjects.REQUEST_RECEIVED, GROUP, self._on_request),
            await self.bus.answer(subjects.tool_use_rpc_subject(STAGE), TOOL_USE_GROUP, self._answer_proposal),
        ]

    async def stop(self) -> None:
        """Stop taking work, after answering what was already delivered."""
        for subscription in self._subscriptions:
            try:
                await subscription.drain()
            except Exception as exc:  # connection already closed or draining: nothing left to answer
                log.debug("subscription not drained: %r", exc)
        self._subscriptions = []
        await self.policy.stop()

    async def _on_request(self, event: AnyEvent) -> None:
        if not isinstance(event, RequestReceived):
            return
        mark = None
        try:
            verdict, mark = await self._judge_request(event)
        except Exception as exc:
            log.error("guard failed on request %s (%s); denied, fail closed", event.request_id, type(exc).__name__)
            verdict = failed_request_verdict(
                event,
                self.policy_version,
                "guard.internal_error",
                f"the guard could not inspect the request ({type(exc).__name__}: {exc}); it was not sent (fail closed)",
            )
        if mark is not None and mark.taint is not None:
            # Before the verdict: the model's next tool call must find the taint. Unrecorded, it would be lost: deny.
            if not await self._keep_mark(event, mark):
                verdict = failed_request_verdict(
                    event, self.policy_version, "guard.taint_unrecorded",
                    "the guard could not record that this session received a suspicious tool result; it was not sent (fail closed)",
                )
            mark = None
        await self.bus.emit(verdict)
        if verdict.decision == "deny":
            log.info("request %s denied by %s: %s", event.request_id, verdict.rule, verdict.reason)
        elif verdict.rule.startswith("inject."):
            log.info("request %s: content judged a prompt injection (%s), forwarded under %s", event.request_id, verdict.rule, verdict.changes.injection.action)
        # A session of its own (no session header) is never asked for its scan mark again; only a taint, kept above,
        # outlives its request. Storing the mark would cost a KV write per request for nothing (issue 17).
        if mark is not None and event.session_id != event.request_id:
            await self._keep_mark(event, mark)

    async def _keep_mark(self, event: RequestReceived, mark: Mark) -> bool:
        try:
            await self.marks.put(session_key(event.identity, event.session_id), mark)
        except Exception:
            log.warning("could not store the scan mark of session %s; its next request is scanned in full", event.session_id)
            return False
        return True

    async def _judge_request(self, event: RequestReceived):
        """The verdict, and the session's new mark when the request is allowed."""
        active = await self.policy.current()
        if active is None:
            return failed_request_verdict(event, "", "guard.no_policy", NO_POLICY), None
        version, policy = active
        if event.endpoint not in CONTENT_ENDPOINTS:
            return request_verdict(event, Judgement(action="allow"), version), None
        body = await self.bus.request_body(event)
        # A request without a session header is a session of its own, named by its new id: no mark can exist yet,
        # and asking the bucket put a NATS round trip before every such verdict (issue 17).
        fresh = event.session_id == event.request_id
        mark = None if fresh else await self.marks.get(session_key(event.identity, event.session_id))
        return judge_request_body(event, body, policy, version, mark)

    async def _answer_proposal(self, data: bytes) -> bytes | None:
        """The answer to the egress's question; the egress records it with the command masked."""
        event = decode_event(data)
        if not isinstance(event, ToolUseProposed):
            return None
        active = await self.policy.current()
        version = active[0] if active else ""
        try:
            judgement = await self._judge_tool(event, active)
        except Exception as exc:
            log.exception("guard failed on tool call %s of request %s", event.tool_use_id, event.request_id)
            judgement = _failure("guard.internal_error", f"the guard could not judge this call ({type(exc).__name__}: {exc}); blocked (fail closed)")
        if judgement.action != "allow":
            log.info("tool call %s (%s) of request %s: %s by %s", event.tool_use_id, event.tool_name, event.request_id, judgement.action, judgement.rule_id)
        return encode_event(tool_use_verdict(event, judgement, version))

    async def _judge_tool(self, event: ToolUseProposed, active: tuple[str, GuardPolicy] | None) -> Judgement:
        """The packs' judgement, made stricter while the session is tainted (the bucket's mark, not a cached one)."""
        if active is None:
            return _failure("guard.no_policy", NO_POLICY)
        _, policy = active
        judgement = judge_tool_input(event.tool_name, bytes(event.input), policy, event.identity.roles)
        if judgement.action == "block":
            return judgement
        mark = await self.marks.latest(session_key(event.identity, event.session_id))
        if mark is None or mark.taint is None:
            return judgement
        return judge_tainted(judgement, mark.taint, event.tool_name, bytes(event.input), policy)
