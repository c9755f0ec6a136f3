"""The recorder's outside contracts: flat audit records for SIEMs, and audit queries.

``AuditRecord`` is what the recorder publishes on ``lockgate-audit.records`` for every
event it stored (and, periodically, for the head of its hash chain): one flat JSON object
per record, no nesting, so Vector, Fluent Bit or a SIEM connector maps it field by field.
Its JSON Schema is exported by ``lockgate schemas export`` (``lockgate-audit.v<N>.schema.json``);
the OCSF mapping of each field is in docs/AUDIT.md. Change it only by adding optional fields;
anything else bumps ``AUDIT_SCHEMA_VERSION``.

``RecorderAsk``/``RecorderAnswer`` travel on ``lockgate-rpc.recorder.ask`` between the
gateway's audit API and the recorder, the only process that opens the DuckDB file.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from schemas.events import ANONYMOUS, Identity

AUDIT_SCHEMA_VERSION = 1


class AuditRecord(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One stored event (``kind = "event"``) or the chain head (``kind = "chain_head"``), flat."""

    audit_version: int = AUDIT_SCHEMA_VERSION
    kind: Literal["event", "chain_head"] = "event"
    seq: int
    """Position in the recorder's hash chain (1, 2, ...)."""
    hash: str
    """SHA-256 chaining this record to the previous one; on a ``chain_head`` record, the head's."""
    time: float
    """Event time (seconds since the epoch); on a ``chain_head``, when the head was published."""
    event_id: str = ""
    type: str = ""
    """The event's ``type`` (``request.received``, ``verdict``, ``tool_use.verdict``...)."""
    request_id: str = ""
    session_id: str = ""
    """The recorder's session: Claude Code's session id, or one derived from the conversation's first message."""
    actor_subject: str = ""
    actor_issuer: str = ""
    actor_roles: str = ""
    """The token's roles, comma-separated."""
    token_fingerprint: str = ""
    user_agent: str = ""
    model: str = ""
    endpoint: str = ""
    stage: str = ""
    decision: str = ""
    """``allow``/``modify``/``deny`` (request verdicts), ``allow``/``block``/``approve`` (tool calls), ``rejected``."""
    rule: str = ""
    policy_version: str = ""
    status: int = 0
    """HTTP status the client got (or gets, on a deny)."""
    error_type: str = ""
    message: str = ""
    tool_name: str = ""
    tool_use_id: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    believed: bool = True
    """False for an event that arrived on another event's subject (a forgery) or whose type this recorder does not know."""
    ocsf_class_uid: int = 0
    """OCSF class: 6003 API Activity, 3003 Authorize Session (docs/AUDIT.md)."""
    ocsf_category_uid: int = 0
    ocsf_activity_id: int = 0
    ocsf_status_id: int = 0
    """OCSF status: 1 success, 2 failure, 0 unknown."""
    ocsf_severity_id: int = 0
    """OCSF severity: 1 informational, 3 medium (a refusal or a blocked call)."""


def audit_schema() -> dict:
    """JSON Schema (2020-12) of one audit record."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://lockgate.dev/schemas/audit/v{AUDIT_SCHEMA_VERSION}.json",
        "title": f"Lockgate audit record, schema version {AUDIT_SCHEMA_VERSION}",
        **msgspec.json.schema(AuditRecord),
    }


RecorderOp = Literal["sql", "sessions", "session", "export", "verify"]


class RecorderAsk(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An audit question, with the verified identity of the person asking (the recorder checks the role)."""

    identity: Identity = ANONYMOUS
    op: RecorderOp
    sql: str = ""
    session_id: str = ""
    table: str = "events"
    since: float = 0.0
    offset: int = 0
    limit: int = 1000


class RecorderAnswer(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Rows for ``sql``/``sessions``/``export``, a document for ``session``/``verify``, or an error."""

    columns: list[str] = []
    rows: list[list[Any]] = []
    truncated: bool = False
    """More rows than fit in one answer: page on with ``offset``."""
    document: Any = None
    error_type: str = ""
    error: str = ""
    status: int = 200
