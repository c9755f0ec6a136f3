"""The masker worker: masks answer text for the egress, one upstream network chunk at a time.

Replicas serve ``lockgate-rpc.mask.masker`` in the queue group ``masker`` with core
NATS request/reply (``Bus.answer``; a replica in the gateway's own process is asked
directly, see ``services.common.bus``). That subject is outside the event stream on purpose: a request
holds unmasked text, which must never be recorded. Each request carries every
block's state (the held-back tail among it), so any replica can serve any chunk;
the egress has one request per stream in flight, so a stream's chunks keep their order.

Replicas also serve ``lockgate-rpc.mask_body.masker`` (same queue group): a client's
request body, asked by the ingress before it publishes ``request.received`` when
requests are masked (``[masker] mask_requests``, for ``request_roles``). The reply
is ``null`` when nothing changed, so the body keeps its bytes. A body too large for one
NATS message travels through the memory-only ``lockgate-rpc-bodies`` staging store.

What was masked is published as ``masked`` events: rule, type and character
offsets, never the value. A request the worker cannot serve is answered with an
error, and the egress withholds the text (fail closed).

Hash-style replacements use a per-session key, HMAC-SHA256 of the session (issuer,
subject, session id) under the masker's secret: ``LOCKGATE_MASKER_SECRET``, or else
``$LOCKGATE_DATA_DIR/masker.secret`` (``./data`` by default), created on first use.
Replicas on different hosts must share ``LOCKGATE_MASKER_SECRET``, or one value
would mask to different tokens depending on the replica that served it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

import msgspec

from schemas.events import (
    NO_STATE,
    Identity,
    MaskBodyReply,
    MaskBodyRequest,
    MaskChunk,
    Masked,
    MaskFinding,
    MaskReply,
    MaskRequest,
    MaskResult,
    new_id,
)
from schemas.subjects import mask_body_subject, mask_subject
from services.common import metrics
from services.common.bus import Bus, Subscription
from services.common.policy_store import FollowedPolicy
from services.masker.engine import PolicyError as RuleError
from services.masker.engine import Ruleset
from services.masker.policy import ActivePolicy, MaskerPolicy, compile_policy, fields_for, load_masker_policy, masks_requests
from services.masker.request import mask_request_body
from services.masker.stream import StreamMasker, StreamState

log = logging.getLogger("lockgate.masker")

STAGE = "masker"
SECRET_ENV = "LOCKGATE_MASKER_SECRET"
SECRET_FILE = "masker.secret"


DEFAULT_POLICY = ActivePolicy("", MaskerPolicy(), compile_policy(MaskerPolicy()))
"""Masks with the built-in defaults until a policy is read, so a started worker always masks."""



def masker_secret(env: Mapping[str, str] = os.environ) -> bytes:
    """The secret behind hash-style replacements: from the environment, or a file made once with 0600."""
    if env.get(SECRET_ENV):
        return env[SECRET_ENV].encode()
    path = Path(env.get("LOCKGATE_DATA_DIR") or "./data") / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(descriptor, "w") as file:
        file.write(secrets.token_hex(32))
    return path.read_bytes().strip()


def session_key(secret: bytes, identity: Identity, session_id: str) -> bytes:
    """Same value, same token within one caller's session; unlinkable across sessions and callers."""
    return hmac.new(secret, f"{identity.issuer}\n{identity.subject}\n{session_id}".encode(), hashlib.sha256).digest()


_state_decoder = msgspec.json.Decoder(StreamState)


def _mask_chunk(chunk: MaskChunk, masked: bool, rules: Ruleset, key: bytes) -> tuple[MaskResult, list]:
    """One block's new text: masked and held back as the stream needs, or passed as is if its field is not masked."""
    state = _state_decoder.decode(chunk.state) if bytes(chunk.state) != bytes(NO_STATE) else None
    masker = StreamMasker(rules, key, state)
    if masked:
        text, findings = masker.feed(chunk.text)
        if chunk.final:
            tail, more = masker.flush()
            text, findings = text + tail, findings + more
        carried = NO_STATE if chunk.final else msgspec.Raw(msgspec.json.encode(masker.state))
    else:
        # Not masked (for this caller, or no longer under a new policy): release what was held, then the text.
        text, findings = masker.flush() if state is not None else ("", [])
        text, carried = text + chunk.text, NO_STATE
    return MaskResult(block_index=chunk.block_index, field=chunk.field, text=text, state=carried), findings


def mask_request(request: MaskRequest, active: ActivePolicy, secret: bytes, stage: str = STAGE) -> tuple[MaskReply, list[Masked]]:
    """The reply to one request and the ``masked`` events to publish. Pure: no I/O."""
    fields = fields_for(active.policy, request.identity.roles)
    key = session_key(secret, request.identity, request.session_id)
    results, events = [], []
    for chunk in request.chunks:
        result, findings = _mask_chunk(chunk, chunk.field in fields, active.rules, key)
        results.append(result)
        if findings:
            events.append(
                Masked(
                    request_id=request.request_id,
                    session_id=request.session_id,
                    identity=request.identity,
                    stage=stage,
                    block_index=chunk.block_index,
                    field=chunk.field,
                    findings=[MaskFinding(rule_id=f.rule_id, type=f.type, start=f.start, end=f.end) for f in findings],
                    policy_version=active.version,
                )
            )
    return MaskReply(chunks=results, policy_version=active.version), events


def mask_body(request: MaskBodyRequest, body: bytes, active: ActivePolicy, secret: bytes, stage: str = STAGE) -> tuple[bytes | None, list[Masked]]:
    """A request body masked for this caller (``None``: unchanged, keep its bytes) and the ``masked`` events. Pure."""
    if not masks_requests(active.policy, request.identity.roles):
        return None, []
    document, found = mask_request_body(msgspec.json.decode(body), active.rules, session_key(secret, request.identity, request.session_id))
    if not found:
        return None, []
    events = [
        Masked(
            request_id=request.request_id,
            session_id=request.session_id,
            identity=request.identity,
            stage=stage,
            block_index=field.block_index,
            field=field.field,
            findings=[MaskFinding(rule_id=f.rule_id, type=f.type, start=f.start, end=f.end) for f in field.findings],
            policy_version=active.version,
            direction="request",
            path=field.path,
        )
        for field in found
    ]
    return msgspec.json.encode(document), events


_request_decoder = msgspec.json.Decoder(MaskRequest)
_body_request_decoder = msgspec.json.Decoder(MaskBodyRequest)
_encode = msgspec.json.encode
THREAD_BYTES = 256 * 1024
"""Bodies larger than this are masked off the event loop."""
REPLY_MARGIN = 4096
"""Room for the reply's other fields when deciding whether a masked body fits in one message."""


class MaskerWorker:
    """One replica of the masking stage. ``await start()``, later ``await stop()``."""

    def __init__(self, bus: Bus, stage: str = STAGE):
        self.bus = bus
        self.stage = stage
        self.policy = FollowedPolicy(bus, load_masker_policy, stage, default=DEFAULT_POLICY)
        self._secret = b""
        self._subscription: Subscription | None = None
        self._body_subscription: Subscription | None = None
        self.served = 0

    @property
    def policy_version(self) -> str:
        return self.policy.version

    async def start(self) -> None:
        await self.bus.ensure_streams()
        self._secret = masker_secret()
        await self.policy.start()
        await asyncio.to_thread(self._active().rules.warm)  # off the loop: the gateway's other stages start meanwhile
        self._subscription = await self.bus.answer(mask_subject(self.stage), self.stage, self._answer)
        self._body_subscription = await self.bus.answer(mask_body_subject(self.stage), self.stage, self._answer_body)

    async def stop(self) -> None:
        if self._subscription is not None:
            await self._subscription.unsubscribe()
            self._subscription = None
        if self._body_subscription is not None:
            await self._body_subscription.unsubscribe()
            self._body_subscription = None
        await self.policy.stop()

    def _active(self) -> ActivePolicy:
        """The section in force: the worker starts with the shipped default, so one is always there; if not, the
        request fails (the egress then withholds the text) rather than passing unmasked."""
        active = self.policy.section
        if active is None:
            raise RuleError("no masker policy in force")
        return active

    async def _answer(self, data: bytes) -> bytes:
        try:
            reply, events = mask_request(_request_decoder.decode(data), self._active(), self._secret, self.stage)
        except Exception as exc:
            # Only the exception's type: its message could quote the text being masked.
            log.error("masker could not serve a request (%s); the egress withholds the text", type(exc).__name__)
            reply, events = MaskReply(policy_version=self.policy_version, error=f"the masker failed ({type(exc).__name__})"), []
        self.served += 1
        for event in events:
            metrics.count_masks(event)
            await self.bus.emit(event)
        return _encode(reply)

    async def _answer_body(self, data: bytes) -> bytes:
        events: list[Masked] = []
        try:
            request = _body_request_decoder.decode(data)
            active = self._active()
            if not masks_requests(active.policy, request.identity.roles):
                if request.body_ref:
                    await self.bus.discard_staged(request.body_ref)
                masked = None  # not this caller's: unchanged, at once
            else:
                body = await self.bus.take_staged(request.body_ref) if request.body_ref else bytes(request.body)
                if len(body) > THREAD_BYTES:  # keep serving answer chunks meanwhile
                    masked, events = await asyncio.to_thread(mask_body, request, body, active, self._secret, self.stage)
                else:
                    masked, events = mask_body(request, body, active, self._secret, self.stage)
            reply = MaskBodyReply(masked=masked is not None, policy_version=active.version)
            if masked is not None:
                if len(masked) + REPLY_MARGIN <= self.bus.nc.max_payload:
                    reply.body = msgspec.Raw(masked)
                else:
                    reply.body_ref = f"{request.request_id}.masked.{new_id()}"
                    await self.bus.stage(reply.body_ref, masked)
        except Exception as exc:
            # Only the exception's type: its message could quote the body.
            log.error("masker could not serve a request body (%s); the ingress refuses the request", type(exc).__name__)
            reply, events = MaskBodyReply(policy_version=self.policy_version, error=f"the masker failed ({type(exc).__name__})"), []
        # Published before the reply, on the same connection: they precede the request.received the ingress publishes next.
        for event in events:
            metrics.count_masks(event)
            await self.bus.emit(event)
        self.served += 1
        return _encode(reply)
