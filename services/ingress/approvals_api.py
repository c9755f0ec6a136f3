"""The reviewer API on the gateway: list, show, approve and deny held tool calls and held requests (each
record's ``kind`` says which: ``tool_use`` or ``request``).

``GET /v1/lockgate/approvals[?state=pending]``, ``GET /v1/lockgate/approvals/{id}``,
``POST /v1/lockgate/approvals/{id}/approve|deny`` (body optional: ``{"comment": "..."}``).
The reviewer's OIDC token is verified here, as for every API call; the approver, asked over
``lockgate-rpc.approvals.<operation>``, decides what that identity may see and decide (the
policy's ``[approver]`` section), so the rules live in one place. No approver answering is a 503.
"""

from __future__ import annotations

import re

import msgspec
from aiohttp import web

from schemas.events import ApprovalAnswer, ApprovalCall, ApprovalState, Identity, ReviewDecision
from schemas.subjects import approval_rpc_subject
from services.approver.rules import COMMENT_LIMIT
from services.common.bus import Bus
from services.common.errors import ApiError, error_response
from services.identity import TokenVerifier
from services.ingress.staff import ask, caller

PATH = "/v1/lockgate/approvals"
APPROVAL_ID = re.compile(r"[0-9a-f]{32}")
DECISIONS: dict[str, ReviewDecision] = {"approve": "approve", "deny": "deny"}
STATES: dict[str, ApprovalState] = {"pending": "pending", "approved": "approved", "denied": "denied", "expired": "expired"}
MAX_BODY_BYTES = 16 * 1024
APPROVER_DEADLINE_S = 5.0


class DecisionBody(msgspec.Struct, forbid_unknown_fields=True):
    comment: str = ""


_answer = msgspec.json.Decoder(ApprovalAnswer)
_body = msgspec.json.Decoder(DecisionBody)


class ApprovalsApi:
    def __init__(self, bus: Bus, verifier: TokenVerifier):
        self.bus = bus
        self.verifier = verifier

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get(PATH, self.list, allow_head=False),
            web.get(PATH + "/{approval_id}", self.show, allow_head=False),
            web.post(PATH + "/{approval_id}/{decision}", self.decide),
        ]

    async def list(self, request: web.Request) -> web.Response:
        asked = request.query.get("state") or None
        state = STATES.get(asked) if asked is not None else None
        if asked is not None and state is None:
            return error_response("invalid_request_error", f"state must be one of {', '.join(STATES)}")
        reviewer = await self._reviewer(request)
        return await self._ask(ApprovalCall(operation="list", reviewer=reviewer, state=state), many=True)

    async def show(self, request: web.Request) -> web.Response:
        reviewer = await self._reviewer(request)
        approval_id = _approval_id(request)
        return await self._ask(ApprovalCall(operation="get", reviewer=reviewer, approval_id=approval_id))

    async def decide(self, request: web.Request) -> web.Response:
        decision = DECISIONS.get(request.match_info["decision"])
        if decision is None:
            return error_response("not_found_error", f"no route for {request.method} {request.path}")
        reviewer = await self._reviewer(request)
        approval_id = _approval_id(request)
        comment = await _comment(request)
        call = ApprovalCall(operation="decide", reviewer=reviewer, approval_id=approval_id, decision=decision, comment=comment)
        return await self._ask(call)

    async def _reviewer(self, request: web.Request) -> Identity:
        return await caller(self.verifier, request, "reviewer")

    async def _ask(self, call: ApprovalCall, many: bool = False) -> web.Response:
        reply = await ask(
            self.bus, approval_rpc_subject(call.operation), msgspec.json.encode(call), APPROVER_DEADLINE_S,
            "approver", "nothing was decided",
        )
        try:
            answer = _answer.decode(reply)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return error_response("api_error", "the approver's answer was unreadable; nothing is assumed", 503)
        if answer.status != 200:
            return error_response(answer.error_type or "api_error", answer.message, answer.status)
        body: object
        if many:
            body = {"data": answer.approvals, "has_more": False}
        elif answer.approvals:
            body = answer.approvals[0]
        else:
            return error_response("api_error", "the approver answered without the request", 503)
        return web.Response(body=msgspec.json.encode(body), content_type="application/json")


def _approval_id(request: web.Request) -> str:
    approval_id = request.match_info["approval_id"]
    if not APPROVAL_ID.fullmatch(approval_id):
        raise ApiError("no approval request has that id", error_type="not_found_error")
    return approval_id


async def _comment(request: web.Request) -> str:
    """The optional ``{"comment": "..."}`` body; anything else is a 400 (or 413 when too large)."""
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise ApiError(f"the body is larger than {MAX_BODY_BYTES} bytes", error_type="request_too_large")
    raw = await request.content.read(MAX_BODY_BYTES + 1)
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(f"the body is larger than {MAX_BODY_BYTES} bytes", error_type="request_too_large")
    if not raw.strip():
        return ""
    try:
        body = _body.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ApiError(f"the body must be {{\"comment\": string}}: {exc}", error_type="invalid_request_error") from None
    if len(body.comment) > COMMENT_LIMIT:
        raise ApiError(f"the comment is longer than {COMMENT_LIMIT} characters", error_type="invalid_request_error")
    return body.comment
