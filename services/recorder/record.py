"""Pure functions from a recorded event to what the recorder stores and publishes.

- ``split_body``: a request body into content-addressed parts (system prompt, tool definitions,
  each message) and a skeleton that references them, so a conversation re-sent every turn is
  stored once, not once per turn.
- ``conversation_session``: the session a call belongs to when the client named none.
- ``chain_hash``: each stored record's hash, chained to the previous record's.
- ``audit_record``: the flat SIEM record of a stored event, with its OCSF classification.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import msgspec

from schemas.audit import AuditRecord

GENESIS = "0" * 64
"""The ``prev_hash`` of the first record."""

CONTENT_REF = "$content"
"""A skeleton's reference to a stored content: ``{"$content": "<sha256>"}``."""

_encode = msgspec.json.encode


def content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def ref(digest: str) -> dict:
    return {CONTENT_REF: digest}


def ref_of(value: Any) -> str | None:
    """The content hash a skeleton value stands for, if it is a reference."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get(CONTENT_REF), str):
        return value[CONTENT_REF]
    return None


def split_body(document: Any) -> tuple[Any, dict[str, bytes]]:
    """The body with ``system``, ``tools`` and each message replaced by references, and the referenced contents."""
    contents: dict[str, bytes] = {}
    if not isinstance(document, dict):
        return document, contents

    def stored(value: Any) -> dict:
        data = _encode(value)
        digest = content_hash(data)
        contents[digest] = data
        return ref(digest)

    skeleton = dict(document)
    for key in ("system", "tools"):
        if key in skeleton:
            skeleton[key] = stored(skeleton[key])
    if isinstance(skeleton.get("messages"), list):
        skeleton["messages"] = [stored(message) for message in skeleton["messages"]]
    return skeleton, contents


def message_refs(skeleton: Any) -> list[str]:
    if not isinstance(skeleton, dict) or not isinstance(skeleton.get("messages"), list):
        return []
    return [digest for digest in map(ref_of, skeleton["messages"]) if digest]


def part_places(skeleton: Any) -> list[tuple[str, str]]:
    """(place, content hash) of each part a skeleton references: ``system``, ``tools``, ``messages.<i>``."""
    if not isinstance(skeleton, dict):
        return []
    places = [(key, digest) for key in ("system", "tools") if (digest := ref_of(skeleton.get(key)))]
    messages = skeleton.get("messages")
    if isinstance(messages, list):
        places += [(f"messages.{i}", digest) for i, message in enumerate(messages) if (digest := ref_of(message))]
    return places


def conversation_session(issuer: str, subject: str, skeleton: Any, request_id: str) -> str:
    """Calls without a client session id are grouped by who sent them and how their conversation began
    (system prompt and first message): each turn re-sends that prefix. No messages: a session of its own."""
    refs = message_refs(skeleton)
    if not refs:
        return request_id
    system = ref_of(skeleton.get("system")) or ""
    prefix = f"{issuer}\n{subject}\n{system}\n{refs[0]}".encode()
    return "conv-" + hashlib.sha256(prefix).hexdigest()[:32]


@dataclass
class Row:
    """One record as stored in the ``records`` table (before its place in the chain is known)."""

    event_id: str
    type: str
    subject: str
    request_id: str
    session_id: str
    session: str
    time: float
    believed: bool
    data: str
    cost_usd: float | None = None
    contents: dict[str, bytes] = field(default_factory=dict)
    seq: int = 0
    prev_hash: str = ""
    hash: str = ""
    fields: dict = field(default_factory=dict)
    """The decoded event (body replaced by its skeleton), for the audit record."""
    sealed_parts: dict[str, str] = field(default_factory=dict)
    """Place in the body (``part_places``) -> that part as the client sent it, sealed for replay (``""``: the recorder
    masked it but holds no replay key), for each part stored masked."""
    time_stated: bool = True
    """``time`` is the event's own (every copy of the event has it); False: the time of recording."""


def chain_hash(prev_hash: str, seq: int, row_values: tuple) -> str:
    """SHA-256 over the previous hash, the position and every stored column of the record."""
    return hashlib.sha256(_encode([prev_hash, seq, *row_values])).hexdigest()


def chained_values(row: Row) -> tuple:
    """The columns the chain covers, in a fixed order (``verify`` reads them back in the same order)."""
    return (row.event_id, row.type, row.subject, row.request_id, row.session_id, row.session, row.time, row.believed, row.data, row.cost_usd)


OCSF_API_ACTIVITY = (6003, 6)
OCSF_AUTHORIZATION = (3003, 3)
"""OCSF 1.x API Activity (Application Activity category) and Authorize Session (Identity & Access Management)."""

OCSF_ACTIVITY = {"request.received": 1, "tool_use.proposed": 1, "response.completed": 2, "response.started": 2}
"""API Activity: 1 Create, 2 Read; every other event is 99 (Other)."""


def _ocsf(kind: str, decision: str, status: int) -> tuple[tuple[int, int], int, int, int]:
    """(class, category), activity, status (1 success, 2 failure, 0 unknown), severity (1 info, 3 medium)."""
    if kind in ("verdict", "tool_use.verdict") or kind.startswith("approval."):
        failed = decision in ("deny", "block", "rejected")
        status_id = 2 if failed else 0 if decision == "approve" else 1
        return OCSF_AUTHORIZATION, 99, status_id, 3 if failed else 1
    if kind in ("request.rejected", "response.failed"):
        return OCSF_API_ACTIVITY, OCSF_ACTIVITY.get(kind, 99), 2, 3
    status_id = 1 if kind == "response.completed" else 0
    return OCSF_API_ACTIVITY, OCSF_ACTIVITY.get(kind, 99), status_id, 1


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _mapping(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def audit_record(row: Row) -> AuditRecord:
    """The flat SIEM record of one stored event."""
    event = row.fields
    identity = _mapping(event.get("identity"))
    usage = _mapping(event.get("usage"))
    roles = identity.get("roles")
    if not isinstance(roles, list):
        roles = []
    decision = "rejected" if row.type == "request.rejected" else _text(event.get("decision"))
    status = _int(event.get("status"))
    (class_uid, category_uid), activity_id, status_id, severity_id = _ocsf(row.type, decision, status)
    return AuditRecord(
        seq=row.seq,
        hash=row.hash,
        time=row.time,
        event_id=row.event_id,
        type=row.type,
        request_id=row.request_id,
        session_id=row.session,
        actor_subject=_text(identity.get("subject")),
        actor_issuer=_text(identity.get("issuer")),
        actor_roles=",".join(role for role in roles if isinstance(role, str)),
        token_fingerprint=_text(identity.get("token_fingerprint")),
        user_agent=_text(event.get("user_agent")),
        model=_text(event.get("model")),
        endpoint=_text(event.get("endpoint")),
        stage=_text(event.get("stage")),
        decision=decision,
        rule=_text(event.get("rule")),
        policy_version=_text(event.get("policy_version")),
        status=status,
        error_type=_text(event.get("error_type")),
        message=_text(event.get("message")) or _text(event.get("reason")),
        tool_name=_text(event.get("tool_name")),
        tool_use_id=_text(event.get("tool_use_id")),
        input_tokens=_int(usage.get("input_tokens")),
        output_tokens=_int(usage.get("output_tokens")),
        cost_usd=row.cost_usd or 0.0,
        believed=row.believed,
        ocsf_class_uid=class_uid,
        ocsf_category_uid=category_uid,
        ocsf_activity_id=activity_id,
        ocsf_status_id=status_id,
        ocsf_severity_id=severity_id,
    )


def head_record(seq: int, digest: str, time: float) -> AuditRecord:
    """The chain head, published periodically: a SIEM that keeps these can later prove a rewritten file."""
    (class_uid, category_uid) = OCSF_API_ACTIVITY
    return AuditRecord(
        kind="chain_head", seq=seq, hash=digest, time=time, ocsf_class_uid=class_uid, ocsf_category_uid=category_uid,
        ocsf_activity_id=99, ocsf_severity_id=1,
    )
