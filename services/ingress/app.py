"""The ingress: accepts Anthropic API calls, checks them, and publishes ``request.received``.

It never talks to the upstream. It hands each accepted request, as the event
it published, to the egress, which answers the client.
Every call must carry an OIDC token (``x-api-key`` or ``Authorization: Bearer``);
it is verified here, and only the identity it proves travels on: the token is
never forwarded or recorded.

With ``mask_requests`` on, a Messages or count_tokens body is first put to each
masking stage (``lockgate-rpc.mask_body.<stage>``, outside the recorded stream), and
only the masked body is published and forwarded: no answer in time refuses the
request with 503 before anything was published or sent upstream (fail closed).
"""

from __future__ import annotations

import logging
from typing import Protocol

import msgspec
from aiohttp import web
from aiohttp.web_protocol import RequestPayloadError

from schemas.events import NO_STATE, Identity, MaskBodyReply, MaskBodyRequest, RequestReceived, RequestRefused, new_id
from schemas.subjects import mask_body_subject
from services.common import metrics
from services.common.bus import Bus, NoAnswer, NoReplica, Publication
from services.common.config import GatewayConfig
from services.common.errors import ApiError, error_response
from services.common.offered import offered_names
from services.identity import AuthenticationFailed, IssuerUnavailable, TokenVerifier, extract_credential
from services.ingress.body import InvalidBody, RequestSummary, is_model_id, read_body

log = logging.getLogger("lockgate.ingress")

FORWARDED_HEADERS = frozenset({"user-agent", "x-app", "x-claude-code-session-id"})
FORWARDED_PREFIXES = ("anthropic-", "x-stainless-")
"""Headers the upstream sees. An allow-list, so no credential or cookie can slip through."""


class Egress(Protocol):
    def expect(self, event: RequestReceived) -> None:
        """Called just before ``event`` is published, so no verdict about it can arrive unexpected."""

    async def relay(self, request: web.Request, event: RequestReceived, body: bytes, received: Publication) -> web.StreamResponse:
        """Answer the client: release or reject, call the upstream, relay its answer."""


_mask_reply_decoder = msgspec.json.Decoder(MaskBodyReply)
MASKED_ENDPOINTS = frozenset({"messages", "count_tokens"})
"""Endpoints whose body holds client text (system prompt, messages) to mask."""
ISSUER_UNAVAILABLE = "the token's issuer cannot be reached; try again"
"""All an unauthenticated caller learns; the issuer's address and the error go to the log."""
REQUEST_MARGIN = 4096
REFUSAL_FIELD_CHARS = 300
"""Bounds what a refused caller puts into the record (its path, user agent; the reason may quote its token's claims)."""
"""Room for a masking request's other fields when deciding whether a body fits in one NATS message."""


class RequestMaskingFailed(ApiError):
    """The body could not be masked, so the request is refused (fail closed)."""

    status = 503
    error_type = "api_error"


def forwarded_headers(request: web.Request) -> dict[str, str]:
    return {
        name.lower(): value
        for name, value in request.headers.items()
        if name.lower() in FORWARDED_HEADERS or name.lower().startswith(FORWARDED_PREFIXES)
    }


class Ingress:
    def __init__(
        self,
        config: GatewayConfig,
        bus: Bus,
        egress: Egress,
        gateway_id: str,
        verifier: TokenVerifier,
    ):
        self.config = config
        self.bus = bus
        self.egress = egress
        self.gateway_id = gateway_id
        self.verifier = verifier

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/v1/messages", self.messages),
            web.post("/v1/messages/count_tokens", self.count_tokens),
            web.get("/v1/models", self.list_models, allow_head=False),
            web.get("/v1/models/{model_id}", self.get_model, allow_head=False),
            web.get("/healthz", self.healthz),
            web.get("/readyz", self.readyz),
        ]

    async def messages(self, request: web.Request) -> web.StreamResponse:
        return await self._accept(request, "messages")

    async def count_tokens(self, request: web.Request) -> web.StreamResponse:
        return await self._accept(request, "count_tokens")

    async def list_models(self, request: web.Request) -> web.StreamResponse:
        return await self._accept(request, "models.list")

    async def get_model(self, request: web.Request) -> web.StreamResponse:
        return await self._accept(request, "models.get")

    async def healthz(self, request: web.Request) -> web.Response:
        """Healthy while the bus is connected: without it every request is refused (fail closed), so say so."""
        if self.bus.connected:
            return web.json_response({"status": "ok"})
        return web.json_response({"status": "unhealthy", "reason": "NATS is unreachable: requests are refused until it is back"}, status=503)

    async def readyz(self, request: web.Request) -> web.Response:
        """Names the gateway process that answered, since several may share the address (``[gateway] processes``)."""
        reason = await self.unready_reason()
        if reason is None:
            return web.json_response({"status": "ready", "gateway": self.gateway_id})
        return web.json_response({"status": "not ready", "reason": reason, "gateway": self.gateway_id}, status=503)

    async def unready_reason(self) -> str | None:
        """Why this process would refuse every request now, or None when it is ready (``/readyz``, and ``lockgate up``'s banner)."""
        if not await self.verifier.ready():
            return "no trusted issuer's signing keys are loaded: every token would be refused"
        if not await self.bus.ready():
            return "NATS or the event stream is unavailable"
        return None

    async def _accept(self, request: web.Request, endpoint: str) -> web.StreamResponse:
        trace = metrics.trace_of(request)
        trace.endpoint = endpoint
        try:
            identity = await self.verifier.verify(extract_credential(request.headers))
        except AuthenticationFailed as exc:
            trace.decision, trace.stage = "refused", "identity"
            refusal = error_response(exc.error_type, str(exc))
            await self._refused(request, refusal.status, exc.error_type, str(exc))
            return refusal
        except IssuerUnavailable as exc:
            log.warning("refused a request (503): the token's issuer is unavailable: %s", exc)
            return error_response("api_error", ISSUER_UNAVAILABLE, 503)
        trace.subject, trace.role = identity.subject, identity.roles[0] if identity.roles else ""

        body = b""
        summary = RequestSummary(model=request.match_info.get("model_id", ""))
        if summary.model and not is_model_id(summary.model):
            return error_response("not_found_error", "no model has that id")
        if request.method == "POST":
            if request.content_length is not None and request.content_length > self.config.max_body_bytes:
                return _too_large(self.config.max_body_bytes)
            try:
                body = await request.read()
            except web.HTTPRequestEntityTooLarge:
                return _too_large(self.config.max_body_bytes)
            except RequestPayloadError:
                return error_response("invalid_request_error", "request body could not be read (is its content-encoding right?)")
            try:
                summary = read_body(body)
            except InvalidBody:
                trace.decision = "invalid"
                raise

        request_id = new_id()
        trace.request_id, trace.model, trace.stream = request_id, summary.model, summary.stream
        session_id = request.headers.get("x-claude-code-session-id", request_id)
        if body and self.config.mask_requests and self.config.mask_stages and endpoint in MASKED_ENDPOINTS:
            body = await self._mask_body(request_id, session_id, identity, body)
        event = RequestReceived(
            request_id=request_id,
            session_id=session_id,
            identity=identity,
            gateway=self.gateway_id,
            method=request.method,
            path=request.path,
            query=request.rel_url.raw_query_string,
            headers=forwarded_headers(request),
            endpoint=endpoint,
            model=summary.model,
            stream=summary.stream,
            max_tokens=summary.max_tokens,
            tools=offered_names(
                ((tool.name, tool.type, tool.mcp_server_name) for tool in summary.tools),
                (server.name for server in summary.mcp_servers),
            ),
            body_size=len(body),
            client_address=request.remote or "",
            user_agent=request.headers.get("user-agent", ""),
        )
        if len(body) <= self.config.inline_body_bytes:
            if body:
                event.body = msgspec.Raw(body)
        else:
            event.body_ref = request_id
            await self.bus.put_body(request_id, body)
        self.egress.expect(event)
        received = await self.bus.emit(event)
        return await self.egress.relay(request, event, body, received)

    async def _refused(self, request: web.Request, status: int, error_type: str, reason: str) -> None:
        """A refused token is an audit event too (never the token). Not recordable now: logged, the refusal still goes."""
        event = RequestRefused(
            request_id=new_id(),
            gateway=self.gateway_id,
            status=status,
            error_type=error_type,
            reason=reason[:REFUSAL_FIELD_CHARS],
            method=request.method,
            path=request.path[:REFUSAL_FIELD_CHARS],
            client_address=request.remote or "",
            user_agent=request.headers.get("user-agent", "")[:REFUSAL_FIELD_CHARS],
        )
        try:
            await self.bus.emit(event)
        except Exception as exc:  # the bus is down: the refusal stands; the log keeps the trace
            log.warning("refused a token (%s); the refusal could not be recorded: %s", event.reason, type(exc).__name__)

    async def _mask_body(self, request_id: str, session_id: str, identity: Identity, body: bytes) -> bytes:
        """The body as every masking stage, in order, left it; unchanged bytes where nothing was masked."""
        deadline_s = (self.config.mask_deadline_ms + self.config.verdict_deadline_per_mib_ms * len(body) / (1 << 20)) / 1000
        for stage in self.config.mask_stages:
            body = await self._ask_masker(stage, deadline_s, MaskBodyRequest(request_id=request_id, session_id=session_id, identity=identity), body)
        return body

    async def _ask_masker(self, stage: str, deadline_s: float, ask: MaskBodyRequest, body: bytes) -> bytes:
        refused = "Lockgate refused the request: it could not be masked before leaving the gateway"
        staged = ""
        try:
            if len(body) + REQUEST_MARGIN <= self.bus.nc.max_payload:
                ask.body = msgspec.Raw(body)
            else:
                staged = ask.body_ref = f"{ask.request_id}.{stage}.{new_id()}"
                await self.bus.stage(staged, body)
            reply = _mask_reply_decoder.decode(await self.bus.request(mask_body_subject(stage), msgspec.json.encode(ask), deadline_s))
            if reply.error:
                raise RequestMaskingFailed(f"{refused}: the {stage} failed with {reply.error} (fail closed)")
            if not reply.masked:
                return body  # nothing masked: the client's bytes, exactly
            if reply.body_ref:
                return await self.bus.take_staged(reply.body_ref)
            if bytes(reply.body) == bytes(NO_STATE):
                raise RequestMaskingFailed(f"{refused}: the {stage} said it masked the body but sent none (fail closed)")
            return bytes(reply.body)
        except NoReplica:
            raise RequestMaskingFailed(f"{refused}: no {stage} replica is running (fail closed)") from None
        except NoAnswer:
            raise RequestMaskingFailed(f"{refused}: the {stage} did not answer within {deadline_s * 1000:.0f} ms (fail closed)") from None
        except msgspec.DecodeError:
            raise RequestMaskingFailed(f"{refused}: the {stage} sent an unreadable reply (fail closed)") from None
        except RequestMaskingFailed:
            raise
        except Exception as exc:  # the staging store, or anything else: never forward what was not masked
            raise RequestMaskingFailed(f"{refused}: {type(exc).__name__} while asking the {stage} (fail closed)") from None
        finally:
            if staged:
                await self.bus.discard_staged(staged)


def _too_large(limit: int) -> web.Response:
    return error_response("request_too_large", f"request body exceeds the gateway's limit of {limit} bytes", 413)
