"""The auditor API on the gateway: SQL over the audit views, sessions, export pages and chain verification.

``POST /v1/lockgate/audit/sql`` (``{"sql": "SELECT ...", "limit": 1000, "offset": 0}``),
``GET /v1/lockgate/audit/sessions[?limit=N]``, ``GET /v1/lockgate/audit/sessions/{id}``,
``GET /v1/lockgate/audit/export?table=events&since=EPOCH&offset=N&limit=N``,
``GET /v1/lockgate/audit/verify``. The caller's OIDC token is verified here; the recorder, asked
on ``lockgate-rpc.recorder.ask``, decides whether that identity holds the policy's ``auditor``
role and runs the question against its DuckDB file (the only process that opens it). No
recorder answering is a 503.
"""

from __future__ import annotations

import re

import msgspec
from aiohttp import web

from schemas.audit import RecorderAnswer, RecorderAsk
from schemas.events import Identity
from schemas.subjects import RECORDER_RPC
from services.common.bus import Bus
from services.common.errors import ApiError, error_response
from services.identity import TokenVerifier
from services.ingress.staff import ask, caller

PATH = "/v1/lockgate/audit"
MAX_BODY_BYTES = 64 * 1024
RECORDER_DEADLINE_S = 35.0
"""Longer than the recorder's own query deadline (30 s), so a slow query is answered by the recorder's message."""
SESSION_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
TABLES = ("events", "calls", "tool_calls", "approvals", "sessions")


class SqlBody(msgspec.Struct, forbid_unknown_fields=True):
    sql: str
    limit: int = 1000
    offset: int = 0


_body = msgspec.json.Decoder(SqlBody)
_answer = msgspec.json.Decoder(RecorderAnswer)


class AuditApi:
    def __init__(self, bus: Bus, verifier: TokenVerifier):
        self.bus = bus
        self.verifier = verifier

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post(PATH + "/sql", self.sql),
            web.get(PATH + "/sessions", self.sessions, allow_head=False),
            web.get(PATH + "/sessions/{session_id}", self.session, allow_head=False),
            web.get(PATH + "/export", self.export, allow_head=False),
            web.get(PATH + "/verify", self.verify, allow_head=False),
        ]

    async def sql(self, request: web.Request) -> web.Response:
        identity = await self._auditor(request)
        body = await _sql_body(request)
        return await self._ask(RecorderAsk(identity=identity, op="sql", sql=body.sql, limit=body.limit, offset=body.offset))

    async def sessions(self, request: web.Request) -> web.Response:
        identity = await self._auditor(request)
        limit = _number(request, "limit", 100, int)
        return await self._ask(RecorderAsk(identity=identity, op="sessions", limit=limit))

    async def session(self, request: web.Request) -> web.Response:
        identity = await self._auditor(request)
        session_id = request.match_info["session_id"]
        if not SESSION_ID.fullmatch(session_id):
            return error_response("not_found_error", "no recorded session has that id")
        return await self._ask(RecorderAsk(identity=identity, op="session", session_id=session_id))

    async def export(self, request: web.Request) -> web.Response:
        identity = await self._auditor(request)
        table = request.query.get("table", "events")
        if table not in TABLES:
            raise ApiError(f"table must be one of {', '.join(TABLES)}", error_type="invalid_request_error")
        ask = RecorderAsk(
            identity=identity, op="export", table=table, since=_number(request, "since", 0.0, float),
            offset=_number(request, "offset", 0, int), limit=_number(request, "limit", 1000, int),
        )
        return await self._ask(ask)

    async def verify(self, request: web.Request) -> web.Response:
        identity = await self._auditor(request)
        return await self._ask(RecorderAsk(identity=identity, op="verify"))

    async def _auditor(self, request: web.Request) -> Identity:
        return await caller(self.verifier, request, "audit call")

    async def _ask(self, question: RecorderAsk) -> web.Response:
        reply = await ask(
            self.bus, RECORDER_RPC, msgspec.json.encode(question), RECORDER_DEADLINE_S,
            "recorder", "the audit record cannot be read now",
        )
        try:
            answer = _answer.decode(reply)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return error_response("api_error", "the recorder's answer was unreadable", 503)
        if answer.status != 200:
            return error_response(answer.error_type or "api_error", answer.error, answer.status)
        if answer.document is not None:
            return web.Response(body=msgspec.json.encode(answer.document), content_type="application/json")
        body = {"columns": answer.columns, "rows": answer.rows, "truncated": answer.truncated}
        return web.Response(body=msgspec.json.encode(body), content_type="application/json")


def _number(request: web.Request, name: str, default, kind):
    text = request.query.get(name)
    if text is None:
        return default
    try:
        value = kind(text)
    except ValueError:
        raise ApiError(f"{name} must be a number", error_type="invalid_request_error") from None
    if value != value or value < 0 or value in (float("inf"),):
        raise ApiError(f"{name} must be a finite number, at least 0", error_type="invalid_request_error")
    return value


async def _sql_body(request: web.Request) -> SqlBody:
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise ApiError(f"the body is larger than {MAX_BODY_BYTES} bytes", error_type="request_too_large")
    raw = await request.content.read(MAX_BODY_BYTES + 1)
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(f"the body is larger than {MAX_BODY_BYTES} bytes", error_type="request_too_large")
    try:
        return _body.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ApiError(f'the body must be {{"sql": string, "limit": int, "offset": int}}: {exc}', error_type="invalid_request_error") from None
