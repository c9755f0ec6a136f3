"""The guard worker: judges the new content of every request and every tool call the model proposes.

Requests come through the ``guard`` core NATS queue group on ``request.received``; tool
calls are asked by the egress, request/reply, through the ``guard-tool-use`` group on
``lockgate-rpc.tool_use.guard`` (``Bus.answer``), a subject outside the recorded stream
because it carries the model's raw tool input (the egress records the call masked).
Replicas in a group share the work, each message goes to exactly one of them. A verdict is
only useful while the egress waits for it (its deadline, 2 s), so JetStream's durable
consumers bought nothing here: their redelivery comes after a 30 s ack wait, when the
egress has long since failed closed, while the ack and the consumer's bookkeeping cost
latency on every request and every held tool call. A request or proposal no replica
answers in time is refused or blocked by the egress (fail closed).

Fail closed: no policy, or any error while judging, is a deny (request) or block (tool call)
verdict that says why. A request judgement of ``approve`` is a deny too: there is no
approver for requests yet, so the message says the content needs approval.
"""

from __future__ import annotations

import logging

import msgspec

from schemas import subjects
from schemas.events import AnyEvent, RequestReceived, ToolUseProposed, ToolUseVerdict, Verdict, decode_event, encode_event
from services.common.bus import Bus
from services.common.policy_store import FollowedPolicy, PolicyDocument, decode_section
from services.guard.judge import Judgement, judge_request_text, judge_tool_call
from services.guard.novelty import Mark, SessionMarks, first_new, mark_of, session_key, split_body, texts_of
from services.guard.policy import GuardPolicy

log = logging.getLogger("lockgate.guard")

STAGE = "guard"
GROUP = "guard"
TOOL_USE_GROUP = "guard-tool-use"
COMMAND_LIMIT = 300
"""Characters of the judged command a verdict carries."""
CONTENT_ENDPOINTS = ("messages", "count_tokens")
"""Endpoints whose body carries conversation content to the provider."""


class _GuardSection(msgspec.Struct):
    """The guard's slice of the policy document; an absent ``[guard]`` enables every pack."""

    guard: GuardPolicy = msgspec.field(default_factory=GuardPolicy)


def load_guard_policy(document: PolicyDocument) -> GuardPolicy:
    return decode_section(document, _GuardSection).guard


def check_policy(document: PolicyDocument) -> None:
    """Raise ``PolicyError`` naming the field if the document's ``[guard]`` section cannot be used."""
    load_guard_policy(document)


def request_verdict(event: RequestReceived, judgement: Judgement, policy_version: str) -> Verdict:
    """Allow, or a 403 ``permission_error`` naming the rule. ``approve`` is refused: requests have no approver yet."""
    about = dict(request_id=event.request_id, session_id=event.session_id, identity=event.identity)
    if judgement.action == "allow":
        return Verdict(stage=STAGE, decision="allow", policy_version=policy_version, **about)
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
        **about,
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


def tool_use_verdict(event: ToolUseProposed, judgement: Judgement, policy_version: str) -> ToolUseVerdict:
    return ToolUseVerdict(
        stage=STAGE,
        tool_use_id=event.tool_use_id,
        decision=judgement.action,
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
    mark when it is allowed. Pure: the worker (marks from the shared bucket) and ``lockgate replay`` (marks it
    keeps itself, in stream order) share it."""
    conversation = split_body(body)
    messages = conversation.messages
    start = first_new(messages, mark, version)
    texts = texts_of(messages[start:], conversation.system if start == 0 else None)
    judgement = judge_request_text(texts, policy, event.identity.roles)
    verdict = request_verdict(event, judgement, version)
    if verdict.decision == "allow" and event.endpoint == "messages":
        return verdict, mark_of(messages, version)
    return verdict, None


def judge_tool_input(tool_name: str, raw_input: bytes, policy: GuardPolicy, roles: tuple[str, ...]) -> Judgement:
    """A tool call's judgement from its input as JSON text. Pure: shared by the worker and ``lockgate replay``.

    Raises on input that is not JSON; the caller blocks it (fail closed)."""
    tool_input = msgspec.json.decode(raw_input)
    if not isinstance(tool_input, dict):
        return _failure("guard.bad_input", f"the tool input is a JSON {type(tool_input).__name__}, not an object; blocked (fail closed)")
    return judge_tool_call(tool_name, tool_input, policy, roles)


NO_POLICY = "no guard policy loaded; push one with `lockgate policy push` (fail closed)"


class GuardWorker:
    """One replica of the guard stage. ``await start()``, later ``await stop()``."""

    def __init__(self, bus: Bus):
        self.bus = bus
        self.marks = SessionMarks(bus)
        self.policy = FollowedPolicy(bus, load_guard_policy, STAGE)
        self._subscriptions = []

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
        await self.bus.emit(verdict)
        if verdict.decision == "deny":
            log.info("request %s denied by %s: %s", event.request_id, verdict.rule, verdict.reason)
        if mark is not None:
            try:
                await self.marks.put(session_key(event.identity, event.session_id), mark)
            except Exception:
                log.warning("could not store the scan mark of session %s; its next request is scanned in full", event.session_id)

    async def _judge_request(self, event: RequestReceived):
        """The verdict, and the session's new mark when the request is allowed."""
        active = await self.policy.current()
        if active is None:
            return failed_request_verdict(event, "", "guard.no_policy", NO_POLICY), None
        version, policy = active
        if event.endpoint not in CONTENT_ENDPOINTS:
            return request_verdict(event, Judgement(action="allow"), version), None
        body = await self.bus.request_body(event)
        return judge_request_body(event, body, policy, version, await self.marks.get(session_key(event.identity, event.session_id)))

    async def _answer_proposal(self, data: bytes) -> bytes | None:
        """The answer to the egress's question; the egress records it with the command masked."""
        event = decode_event(data)
        if not isinstance(event, ToolUseProposed):
            return None
        active = await self.policy.current()
        version = active[0] if active else ""
        try:
            judgement = self._judge_tool(event, active)
        except Exception as exc:
            log.exception("guard failed on tool call %s of request %s", event.tool_use_id, event.request_id)
            judgement = _failure("guard.internal_error", f"the guard could not judge this call ({type(exc).__name__}: {exc}); blocked (fail closed)")
        if judgement.action != "allow":
            log.info("tool call %s (%s) of request %s: %s by %s", event.tool_use_id, event.tool_name, event.request_id, judgement.action, judgement.rule_id)
        return encode_event(tool_use_verdict(event, judgement, version))

    def _judge_tool(self, event: ToolUseProposed, active: tuple[str, GuardPolicy] | None) -> Judgement:
        if active is None:
            return _failure("guard.no_policy", NO_POLICY)
        _, policy = active
        return judge_tool_input(event.tool_name, bytes(event.input), policy, event.identity.roles)
