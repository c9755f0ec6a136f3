"""NATS subjects and JetStream names: where each event travels.

One stream, ``LOCKGATE_EVENTS``, captures every subject under ``lockgate.``
so the whole life of every request can be audited and replayed in order.
"""

STREAM = "LOCKGATE_EVENTS"
STREAM_SUBJECTS = ["lockgate.>"]
BODY_BUCKET = "lockgate-bodies"
"""Object store holding request bodies too large to embed in an event."""
POLICY_BUCKET = "lockgate-policy"
"""KV bucket holding the active policy (key ``active``); written only by the admin identity."""
COUNTER_BUCKET = "lockgate-counters"
"""KV bucket of authz's rate and budget counters, shared by its replicas."""
COUNTER_TTL_S = 35 * 86400.0
"""A counter untouched this long is dropped: the longest rate period or budget window a policy may use."""
GUARD_SESSION_BUCKET = "lockgate-guard-sessions"
"""KV bucket recording how much of each session's conversation the guard has scanned."""
GUARD_SESSION_TTL_S = 24 * 3600.0
CHARGES_CONSUMER = "authz-charges"
"""authz's durable pull consumer of ``response.completed`` (budget charging), shared by its replicas."""
RECORDER_CONSUMER = "recorder"
"""The recorder's durable pull consumer of the whole stream (``lockgate.>``, from the first event)."""
AUDIT_SUBJECT = "lockgate-audit.records"
"""Flat audit records for SIEMs (``schemas/audit.py``): outside ``lockgate.>`` so the stream does not record them."""
RECORDER_RPC = "lockgate-rpc.recorder.ask"
"""Audit queries to the recorder (``RecorderAsk`` -> ``RecorderAnswer``), the one door to its DuckDB file."""
IN_PROCESS_HEADER = "Lockgate-In-Process"
"""The one NATS header of the contract besides ``Nats-Msg-Id``: on an event that replicas in the publishing
process already took (in-process delivery), their queue groups, comma-separated. A replica of a named group
skips the event, so each event is handled once per group; stream consumers and replicas of other groups ignore it."""

REQUEST_RECEIVED = "lockgate.request.received"
REQUEST_RELEASED = "lockgate.request.released"
REQUEST_REFUSED = "lockgate.request.refused"
"""A call refused before it was accepted (no valid token): an audit record, never the token."""
REQUEST_REJECTED = "lockgate.request.rejected"
RESPONSE_STARTED = "lockgate.response.started"
RESPONSE_COMPLETED = "lockgate.response.completed"
RESPONSE_FAILED = "lockgate.response.failed"
TOOL_USE_PROPOSED = "lockgate.tool_use.proposed"
TOOL_USE_VERDICT_PREFIX = "lockgate.tool_use.verdict"
TOOL_USE_VERDICTS = TOOL_USE_VERDICT_PREFIX + ".*"
TOOL_USE_RPC = "lockgate-rpc.tool_use"
"""Tool calls put to the guard carry the model's input unmasked: outside ``lockgate.>``, never recorded."""
MASKED = "lockgate.masked"
MASK_RPC = "lockgate-rpc.mask"
"""Masking requests travel outside ``lockgate.>``: they carry unmasked text, which is never recorded."""
MASK_BODY_RPC = "lockgate-rpc.mask_body"
"""Client request bodies put to the masker before ``request.received``: unmasked, so outside ``lockgate.>``."""
STAGING_BUCKET = "lockgate-rpc-bodies"
"""Object store (memory only, short TTL) carrying request bodies too large for one NATS message to and from
the masker; each object is deleted as soon as it was used. Never part of the recorded stream."""
APPROVAL_PREFIX = "lockgate.approval"
APPROVAL_REQUESTED = APPROVAL_PREFIX + ".requested"
APPROVAL_DECIDED = APPROVAL_PREFIX + ".decided"
APPROVAL_EXPIRED = APPROVAL_PREFIX + ".expired"
APPROVAL_NOTIFIED = APPROVAL_PREFIX + ".notified"
APPROVAL_BUCKET = "lockgate-approvals"
"""KV bucket of approval requests (``req.<id>``) and grants (``grant.<hash>``), shared by the approver's replicas."""
APPROVAL_TTL_S = 7 * 86400.0
"""A settled request stays listable this long."""
APPROVAL_RPC = "lockgate-rpc.approvals"
"""Reviewers' questions and decisions, asked by the gateway's reviewer API: ``lockgate-rpc.approvals.<operation>``."""
APPROVER_CONSUMER = "approver"
"""The approver's durable pull consumer of ``lockgate.tool_use.verdict.*`` (the calls a stage holds for approval)."""
APPROVER_REQUESTS_CONSUMER = "approver-requests"
"""The approver's durable pull consumer of ``lockgate.verdict.*`` (the requests a stage holds for approval)."""
VERDICT_PREFIX = "lockgate.verdict"
VERDICTS = VERDICT_PREFIX + ".*"


def verdict_subject(stage: str) -> str:
    """Each stage publishes its verdicts on its own subject, e.g. ``lockgate.verdict.authz``."""
    return f"{VERDICT_PREFIX}.{stage}"


def tool_use_verdict_subject(stage: str) -> str:
    return f"{TOOL_USE_VERDICT_PREFIX}.{stage}"


def tool_use_rpc_subject(stage: str) -> str:
    """Each tool-use stage serves its own subject, e.g. ``lockgate-rpc.tool_use.guard``, in a queue group named after it."""
    return f"{TOOL_USE_RPC}.{stage}"


def mask_subject(stage: str) -> str:
    """Each masking stage serves its own subject, e.g. ``lockgate-rpc.mask.masker``, in a queue group named after it."""
    return f"{MASK_RPC}.{stage}"


def approval_rpc_subject(operation: str) -> str:
    return f"{APPROVAL_RPC}.{operation}"


def mask_body_subject(stage: str) -> str:
    """Each masking stage serves request bodies on its own subject, e.g. ``lockgate-rpc.mask_body.masker``."""
    return f"{MASK_BODY_RPC}.{stage}"


SUBJECT_BY_TYPE = {
    "masked": MASKED,
    "tool_use.proposed": TOOL_USE_PROPOSED,
    "request.received": REQUEST_RECEIVED,
    "request.released": REQUEST_RELEASED,
    "request.refused": REQUEST_REFUSED,
    "request.rejected": REQUEST_REJECTED,
    "response.started": RESPONSE_STARTED,
    "response.completed": RESPONSE_COMPLETED,
    "response.failed": RESPONSE_FAILED,
    "approval.requested": APPROVAL_REQUESTED,
    "approval.decided": APPROVAL_DECIDED,
    "approval.expired": APPROVAL_EXPIRED,
    "approval.notified": APPROVAL_NOTIFIED,
}
