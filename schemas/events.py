"""The Lockgate event contract: every event that crosses the bus.

These Structs are the public API between services and for outside consumers
(SIEMs, replay tools). Change them only by adding optional fields; anything
else bumps ``SCHEMA_VERSION`` and is documented in docs/ARCHITECTURE.md.

Events are encoded as JSON. The ``type`` field tags each event, so a consumer
can decode any message on ``lockgate.>`` with ``decode_event``.
"""

from __future__ import annotations

import os
import time
from typing import Literal, Protocol, TypedDict

import msgspec

SCHEMA_VERSION = 1


def new_id() -> str:
    """A random 128-bit identifier for events and requests, as 32 hex characters."""
    return os.urandom(16).hex()


def now() -> float:
    """Event time: seconds since the Unix epoch, as a float."""
    return time.time()


class Identity(msgspec.Struct, frozen=True, kw_only=True):
    """Who made a request, as verified at the ingress. Never holds the token itself."""

    subject: str = ""
    issuer: str = ""
    roles: tuple[str, ...] = ()
    token_id: str = ""
    """The token's ``jti`` claim where it has one."""
    token_fingerprint: str = ""
    """A truncated SHA-256 of the token: correlates calls made with one token without revealing it."""
    claims: dict[str, str] = {}
    """The few claims policy decisions need (e.g. ``client_id``, ``azp``), as strings."""


ANONYMOUS = Identity()


class Event(msgspec.Struct, tag_field="type", kw_only=True):
    """Fields every event carries."""

    schema_version: int = SCHEMA_VERSION
    event_id: str = msgspec.field(default_factory=new_id)
    request_id: str
    session_id: str = ""
    """The client's session (Claude Code's ``X-Claude-Code-Session-Id``) or, lacking one, the request id."""
    identity: Identity = ANONYMOUS
    time: float = msgspec.field(default_factory=now)


class About(TypedDict):
    """The fields every event about a request repeats: whose call it is. Spread into an event with ``**about(source)``."""

    request_id: str
    session_id: str
    identity: Identity


class _AboutARequest(Protocol):
    @property
    def request_id(self) -> str: ...
    @property
    def session_id(self) -> str: ...
    @property
    def identity(self) -> Identity: ...


def about(source: _AboutARequest) -> About:
    """Whose call ``source`` (an event, approval record or mask request) is about, for the next event about it."""
    return About(request_id=source.request_id, session_id=source.session_id, identity=source.identity)


class RequestReceived(Event, tag="request.received", kw_only=True):
    """The ingress accepted a well-formed request. Published before anything else happens to it."""

    gateway: str
    """Id of the gateway instance holding the client connection."""
    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = {}
    """Headers forwarded upstream (``anthropic-*`` and a few more); never credentials."""
    endpoint: str
    """Which API operation: ``messages``, ``count_tokens``, ``models.list``, ``models.get``."""
    model: str = ""
    stream: bool = False
    max_tokens: int | None = None
    tools: tuple[str, ...] = ()
    """Policy names of what the request offers the model, so stages need not read a large body for them: a custom
    tool's name, an Anthropic-defined tool's ``type`` (``web_search_20250305``), ``mcp__<server>__*`` for an MCP
    connector (``services/common/offered.py``)."""
    body: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b"null"))
    """The JSON request body, embedded as is, when it fits in one bus message; ``null`` otherwise."""
    body_ref: str = ""
    """Object-store key of the body when it was too large to embed (see ``lockgate.bodies``)."""
    body_size: int = 0
    client_address: str = ""
    user_agent: str = ""


class RequestRefused(Event, tag="request.refused", kw_only=True):
    """The ingress refused a call before accepting it: its token was missing or not valid (401). An audit record of
    the attempt; never the token, nor any part of it. ``identity`` is empty: nothing was proven."""

    gateway: str
    status: int = 401
    error_type: str = "authentication_error"
    reason: str
    """Why, as the client was told (e.g. the token expired), at most 300 characters."""
    method: str = ""
    path: str = ""
    client_address: str = ""
    user_agent: str = ""


Decision = Literal["allow", "modify", "deny", "approve"]
"""``approve`` (added in schema version 1, issue 13): the request is held, not sent, until the approval stage's
verdict for it allows it (a ``Verdict`` from stage ``approver``) or the hold ends. A consumer that decodes with an
older copy of this module refuses such a verdict (msgspec checks the literal) and must update; none may read it as ``allow``."""


class InjectionFound(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """The guard judged content of the request an injection (issue 21). Added in schema version 1 as an optional
    field of ``RequestChanges``; consumers that do not know it ignore it."""

    rule: str
    """The strongest signal, e.g. ``inject.agent_directive``; the answer's ``lockgate-injection`` header."""
    action: str
    """``flag``, ``neutralise`` or ``approve`` (a ``block`` is a deny verdict instead)."""
    tool_results: tuple[str, ...] = ()
    """``tool_use_id`` of each tool result the egress wraps as untrusted data before the upstream sees it."""
    signals: str = ""
    """The named signals and their weights, e.g. ``inject.override 1.00, inject.exfil 0.80``."""


class RequestChanges(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """Edits a stage makes to a request it allows (least privilege: strip, don't fail)."""

    remove_tools: tuple[str, ...] = ()
    max_tokens: int | None = None
    injection: InjectionFound | None = None
    """Optional (issue 21): an injection the guard let through, flagged or with its tool results to neutralise."""


class Verdict(Event, tag="verdict", kw_only=True):
    """A stage's decision on a request. The egress releases a request once every required stage allowed it."""

    stage: str
    decision: Decision
    reason: str = ""
    rule: str = ""
    """Id of the policy rule that decided."""
    policy_version: str = ""
    status: int = 200
    """HTTP status the client gets on ``deny`` (403, 429, 503...)."""
    error_type: str = ""
    """Anthropic error type on ``deny`` (``permission_error``, ``rate_limit_error``...)."""
    retry_after: float | None = None
    changes: RequestChanges | None = None
    held: HeldRequest | None = None
    """Optional (issue 13), on ``approve`` only: what a reviewer is shown of the held request."""


class HeldRequest(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """What a reviewer sees of a request a stage holds for approval: never more than the recorded (masked) body."""

    endpoint: str = ""
    model: str = ""
    summary: str = ""
    """The last user message's text as recorded in ``request.received`` (masked when request masking is on), cut short."""


class RequestReleased(Event, tag="request.released", kw_only=True):
    """The egress let the request go upstream, with the changes the stages asked for."""

    stages: tuple[str, ...] = ()
    changes: RequestChanges | None = None
    waited_ms: float = 0.0


class RequestRejected(Event, tag="request.rejected", kw_only=True):
    """The egress refused the request: a stage denied it or a verdict did not arrive in time."""

    status: int
    error_type: str
    message: str
    stage: str = ""
    rule: str = ""


class ResponseStarted(Event, tag="response.started", kw_only=True):
    """The upstream answered and the gateway began sending the answer to the client."""

    status: int
    attempts: int = 1
    upstream_ms: float = 0.0
    """Time from release to the upstream's response headers."""


class Usage(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0


class ResponseCompleted(Event, tag="response.completed", kw_only=True):
    """The client received the whole answer."""

    status: int
    model: str = ""
    stop_reason: str | None = None
    usage: Usage = Usage()
    bytes_sent: int = 0
    duration_ms: float = 0.0


class ResponseFailed(Event, tag="response.failed", kw_only=True):
    """The call ended without a complete answer: upstream error, retries exhausted, or the client left."""

    status: int
    error_type: str
    message: str
    attempts: int = 1
    client_disconnected: bool = False


class ToolUseProposed(Event, tag="tool_use.proposed", kw_only=True):
    """The model asked the agent to run a tool. The egress holds the block until it is judged."""

    gateway: str
    block_index: int
    """The block's index in the response's ``content``."""
    tool_use_id: str
    tool_name: str
    input: msgspec.Raw
    """The complete tool input, as JSON."""
    sealed_input: str = ""
    """Recorded events only: the unmasked input the stages judged, sealed (AES-256-GCM) with the replay key that
    only the gateway and ``lockgate replay`` hold (``services/common/sealing.py``), so a replay re-judges
    exactly what was judged; ``input`` is then the masked copy. Empty on the question to the stages."""


ToolUseDecision = Literal["allow", "block", "approve"]


class ToolUseVerdict(Event, tag="tool_use.verdict", kw_only=True):
    """A stage's judgement of one tool call: released unchanged, replaced by an explanation, or held for approval."""

    stage: str
    tool_use_id: str
    decision: ToolUseDecision
    rule: str = ""
    pack: str = ""
    message: str = ""
    """Shown to the user in place of a blocked call: what was blocked and why."""
    tool_name: str = ""
    command: str = ""
    """What was judged, e.g. the normalised shell command (truncated)."""
    policy_version: str = ""


MaskField = Literal["text", "tool_input", "thinking"]
"""What a masked text is: a text block, a tool call's input (JSON text), or thinking."""


class MaskFinding(msgspec.Struct, frozen=True, kw_only=True):
    """What was masked where, as character offsets into the block's original text; never the value."""

    rule_id: str
    type: str
    start: int
    end: int


class Masked(Event, tag="masked", kw_only=True):
    """The masker replaced secrets or personal data in one block of an answer."""

    stage: str = "masker"
    block_index: int
    field: MaskField
    findings: list[MaskFinding]
    policy_version: str = ""
    direction: Literal["response", "request"] = "response"
    """``request``: text the client sent (``block_index`` is then the message index, -1 for ``system``)."""
    path: str = ""
    """In a request, where the masked string was, e.g. ``messages[3].content[0].content[1].text``
    (structure only: indices and the tool input's keys, never a value)."""


NO_STATE = msgspec.Raw(b"null")


class MaskChunk(msgspec.Struct, kw_only=True):
    """New text of one block, with the masker state the previous chunk of that block left."""

    block_index: int
    field: MaskField
    text: str
    state: msgspec.Raw = msgspec.field(default_factory=lambda: NO_STATE)
    """The masker's carried state (held-back original text among it), opaque to everyone else; ``null`` at first."""
    final: bool = False
    """The block ended (``content_block_stop``, or a whole Message): release everything."""


class MaskRequest(msgspec.Struct, kw_only=True):
    """Egress -> masker, on ``lockgate-rpc.mask.<stage>``: core NATS request/reply, never recorded.

    It carries unmasked text, which must never reach the event stream. One request
    per upstream network chunk, holding every delta it brought, in order.
    """

    request_id: str
    session_id: str = ""
    identity: Identity = ANONYMOUS
    """Decides the fields masked (per role) and the session's hash key."""
    chunks: list[MaskChunk]


class MaskResult(msgspec.Struct, kw_only=True):
    """The masked text that may be released now, and the state to carry to the block's next chunk."""

    block_index: int
    field: MaskField
    text: str
    state: msgspec.Raw = msgspec.field(default_factory=lambda: NO_STATE)
    """``null`` once the block is final."""


class MaskReply(msgspec.Struct, kw_only=True):
    """Masker -> egress: one result per chunk, in order, or an error (the egress then fails closed)."""

    chunks: list[MaskResult] = []
    policy_version: str = ""
    error: str = ""


class MaskBodyRequest(msgspec.Struct, kw_only=True):
    """Ingress -> masker, on ``lockgate-rpc.mask_body.<stage>``: core NATS request/reply, never recorded.

    A client's request body (Messages or count_tokens), asked before ``request.received``
    is published, so neither the event stream nor the upstream sees what the masker replaces.
    """

    request_id: str
    session_id: str = ""
    identity: Identity = ANONYMOUS
    """Decides whether this caller's requests are masked (``[masker] request_roles``) and the session's hash key."""
    body: msgspec.Raw = msgspec.field(default_factory=lambda: NO_STATE)
    """The JSON body as the client sent it; ``null`` when it travels in the staging store instead."""
    body_ref: str = ""
    """Key in the ``lockgate-rpc-bodies`` staging store of a body too large for one NATS message."""


class MaskBodyReply(msgspec.Struct, kw_only=True):
    """Masker -> ingress: the masked body, ``null`` when nothing changed, or an error (the ingress then refuses, 503)."""

    body: msgspec.Raw = msgspec.field(default_factory=lambda: NO_STATE)
    body_ref: str = ""
    """Key in the staging store of a masked body too large for one NATS message (``body`` is then ``null``)."""
    masked: bool = False
    policy_version: str = ""
    error: str = ""


ApprovalState = Literal["pending", "approved", "denied", "expired"]
ApprovalKind = Literal["tool_use", "request"]
"""What is held: one tool call in an answer, or a whole request before it is sent upstream (issue 13)."""
ReviewDecision = Literal["approve", "deny"]


class ApprovalVote(msgspec.Struct, frozen=True, kw_only=True):
    """One reviewer's word on an approval request."""

    reviewer: Identity
    decision: ReviewDecision
    comment: str = ""
    time: float = msgspec.field(default_factory=now)


class ApprovalRecord(msgspec.Struct, kw_only=True):
    """A held tool call awaiting people, as the approver keeps it (``lockgate-approvals`` KV) and reviewers see it.

    Who asked is ``identity``/``session_id``; what, the tool and its command as recorded (masked); why, the
    rule and its message. The review rule in force when it opened (reviewer roles, quorum, groups, grant)
    travels with it, so a policy pushed meanwhile does not change what an open request needs.
    """

    approval_id: str
    state: ApprovalState = "pending"
    request_id: str
    session_id: str = ""
    identity: Identity = ANONYMOUS
    """The requester: it may never approve its own request."""
    stage: str = ""
    """The tool-use stage whose verdict asked for approval (``guard``)."""
    tool_use_id: str
    """Empty for a held request."""
    tool_name: str = ""
    command: str = ""
    """What the call would run, masked as recorded."""
    rule: str = ""
    pack: str = ""
    message: str = ""
    policy_version: str = ""
    created_at: float = msgspec.field(default_factory=now)
    expires_at: float
    kind: ApprovalKind = "tool_use"
    """Optional (issue 13): a held tool call, or a held request (``endpoint``, ``model``, ``summary`` say what)."""
    endpoint: str = ""
    model: str = ""
    summary: str = ""
    """A held request's last user message as recorded (masked when request masking is on), cut short."""
    reviewers: tuple[str, ...] = ()
    """Token roles that may review it."""
    quorum: int = 1
    """Distinct reviewers who must approve."""
    groups: tuple[str, ...] = ()
    """Each of these roles must be held by a distinct approving reviewer (one from each group)."""
    grant_s: float = 0.0
    """Once approved, the same command in the same session by the same identity passes for this long without asking."""
    votes: list[ApprovalVote] = []
    decided_at: float | None = None
    granted_by: str = ""
    """Set when a grant of an earlier approval let this call through without asking anyone."""


class ApprovalRequested(Event, tag="approval.requested", kw_only=True):
    """The approver opened a request for people to decide (``identity`` is the requester)."""

    approval: ApprovalRecord


class ApprovalDecided(Event, tag="approval.decided", kw_only=True):
    """A reviewer approved or denied (``state`` says whether that settled it), or a grant covered the call."""

    approval_id: str
    reviewer: Identity = ANONYMOUS
    """Who decided; anonymous when a grant (``granted_by``) did."""
    decision: ReviewDecision
    comment: str = ""
    state: ApprovalState
    tool_use_id: str = ""
    granted_by: str = ""


class ApprovalExpired(Event, tag="approval.expired", kw_only=True):
    """Nobody settled the request before it expired: the call is blocked."""

    approval_id: str
    tool_use_id: str = ""
    expires_at: float = 0.0


class ApprovalNotified(Event, tag="approval.notified", kw_only=True):
    """The webhook notification of a request: delivered, or failed after every attempt (the request stays open)."""

    approval_id: str
    delivered: bool
    attempts: int
    error: str = ""
    """Why the last attempt failed (status or exception type; never the webhook's address)."""


ApprovalOperation = Literal["list", "get", "decide"]


class ApprovalCall(msgspec.Struct, kw_only=True):
    """Gateway -> approver, on ``lockgate-rpc.approvals.<operation>``: a reviewer's question or decision.

    ``reviewer`` is the identity the gateway verified from the reviewer's token; the approver decides
    what that reviewer may see and do (the policy's ``[approver]`` section).
    """

    operation: ApprovalOperation
    reviewer: Identity
    approval_id: str = ""
    decision: ReviewDecision | None = None
    comment: str = ""
    state: ApprovalState | None = None
    """``list`` only: just the requests in this state (none: every one the reviewer may review)."""


class ApprovalAnswer(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Approver -> gateway: the requests asked for, or an error the gateway answers with that HTTP status."""

    status: int = 200
    error_type: str = ""
    message: str = ""
    approvals: list[ApprovalRecord] = []


AnyEvent = (
    RequestReceived
    | RequestRefused
    | Verdict
    | RequestReleased
    | RequestRejected
    | ResponseStarted
    | ResponseCompleted
    | ResponseFailed
    | ToolUseProposed
    | ToolUseVerdict
    | Masked
    | ApprovalRequested
    | ApprovalDecided
    | ApprovalExpired
    | ApprovalNotified
)

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(AnyEvent)


def encode_event(event: Event) -> bytes:
    return _encoder.encode(event)


def decode_event(data: bytes) -> AnyEvent:
    return _decoder.decode(data)
