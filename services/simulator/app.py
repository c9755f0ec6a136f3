"""A simulated Claude Messages API upstream on loopback, for tests, demos and benchmarks.

The benchmark compares calls to it with calls through the gateway, so the hot path only decodes the
few fields it validates, serves precomputed bytes and records each request as one deque append.

The control endpoints (``/_simulator/*``: script answers, see recorded requests and stats) have no
authentication, so they answer loopback clients only (403 ``permission_error`` otherwise), even when
the simulator listens on another address; the recorded requests never show the key (``x-api-key``
and ``authorization`` are redacted, ``authenticated`` says whether the simulator's key was presented).
"""

from __future__ import annotations

import asyncio
import ipaddress
import signal
import uuid
from collections import deque
from typing import Annotated, Any

import msgspec
from aiohttp import web
from aiohttp.typedefs import Handler

from services.common.errors import STATUS_BY_TYPE, error_response
from services.simulator.script import DEFAULT_RENDERED, RenderedReply, Reply, ReplyError, ScriptQueue

REQUEST_LOG_SIZE = 200
CONTROL_PATH = "/_simulator"
CREDENTIAL_HEADERS = frozenset({"x-api-key", "authorization"})
REDACTED = "[REDACTED]"
MAX_BODY_BYTES = 32 * 1024 * 1024

MODELS = [
    {"type": "model", "id": model_id, "display_name": display_name, "created_at": created_at}
    for model_id, display_name, created_at in (
        ("claude-opus-4-5", "Claude Opus 4.5", "2025-11-24T00:00:00Z"),
        ("claude-haiku-4-5", "Claude Haiku 4.5", "2025-10-15T00:00:00Z"),
        ("claude-sonnet-4-5", "Claude Sonnet 4.5", "2025-09-29T00:00:00Z"),
    )
]
MODEL_LIST_JSON = msgspec.json.encode(
    {"data": MODELS, "has_more": False, "first_id": MODELS[0]["id"], "last_id": MODELS[-1]["id"]}
)
MODEL_JSON_BY_ID = {model["id"]: msgspec.json.encode(model) for model in MODELS}

JSON_HEADERS = {"Content-Type": "application/json"}
SSE_HEADERS = {"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache"}


class MessagesRequest(msgspec.Struct):
    """Only what the real API rejects requests over; every other field and role passes unread."""

    model: str
    max_tokens: Annotated[int, msgspec.Meta(ge=1)]
    messages: list[msgspec.Raw]
    stream: bool | None = None


class CountTokensRequest(msgspec.Struct):
    model: str
    messages: list[msgspec.Raw]


class Stats(msgspec.Struct):
    requests: int = 0
    streams_completed: int = 0
    streams_aborted: int = 0


class RecordedRequest(msgspec.Struct):
    method: str
    path: str
    query_string: str
    headers: dict[str, str]
    """Lowercase names; credentials redacted."""
    body: Any
    authenticated: bool
    """The request presented the simulator's key."""


_decode_messages_request = msgspec.json.Decoder(MessagesRequest).decode
_decode_count_tokens_request = msgspec.json.Decoder(CountTokensRequest).decode
_decode_script = msgspec.json.Decoder(list[Reply]).decode


def _json_response(body: bytes) -> web.Response:
    return web.Response(body=body, headers=JSON_HEADERS)


def _invalid_body(exc: msgspec.DecodeError) -> web.Response:
    if isinstance(exc, msgspec.ValidationError):
        return error_response("invalid_request_error", f"invalid request body: {exc}")
    return error_response("invalid_request_error", f"request body is not valid JSON: {exc}")


def _reply_error(error: ReplyError) -> web.Response:
    status = error.status or STATUS_BY_TYPE.get(error.type, 500)
    return error_response(error.type, error.message, status, error.retry_after)


def _input_tokens(body: bytes) -> int:
    return max(1, len(body) // 4)


def _is_loopback(remote: str | None) -> bool:
    try:
        address = ipaddress.ip_address(remote or "")
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


@web.middleware
async def control_from_loopback_only(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The control endpoints script the answers and show what callers sent, unauthenticated: this machine only."""
    if request.path.startswith(CONTROL_PATH) and not _is_loopback(request.remote):
        return error_response("permission_error", "the simulator's control endpoints answer loopback clients only")
    return await handler(request)


def _shown_headers(headers) -> dict[str, str]:
    return {name.lower(): REDACTED if name.lower() in CREDENTIAL_HEADERS else value for name, value in headers.items()}


def _parsed_body(body: bytes) -> Any:
    try:
        return msgspec.json.decode(body) if body else None
    except msgspec.DecodeError:
        return None


class Simulator:
    """The upstream's state (script queue, request log, stats) and its HTTP handlers."""

    def __init__(self, key: str) -> None:
        self._key = key
        self._bearer = f"Bearer {key}"
        self.script = ScriptQueue()
        self.request_log: deque[tuple] = deque(maxlen=REQUEST_LOG_SIZE)
        self.stats = Stats()

    @web.middleware
    async def upstream_front_door(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Records and authenticates every /v1 request, including those no route matches."""
        if not request.path.startswith("/v1/"):
            return await handler(request)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            body = None
        self.stats.requests += 1
        api_key = request.headers.get("x-api-key")
        authorization = request.headers.get("Authorization")
        authenticated = api_key == self._key or authorization == self._bearer
        self.request_log.append(
            (request.method, request.path, request.query_string, request.headers, body, authenticated)
        )
        if body is None:
            return error_response("request_too_large", f"request body exceeds {MAX_BODY_BYTES} bytes")
        if api_key is None and authorization is None:
            return error_response("authentication_error", "x-api-key header is required")
        if not authenticated:
            return error_response("authentication_error", "invalid x-api-key")
        return await handler(request)

    async def create_message(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        try:
            params = _decode_messages_request(body)
        except msgspec.DecodeError as exc:
            return _invalid_body(exc)
        reply = self.script.next()
        if reply is None:
            rendered = DEFAULT_RENDERED
        elif reply.error is not None:
            return _reply_error(reply.error)
        elif reply.stream_error is not None and not params.stream:
            return _reply_error(reply.stream_error)
        else:
            rendered = RenderedReply(reply)
        message_id = f"msg_sim_{uuid.uuid4().hex}"
        input_tokens = _input_tokens(body)
        if params.stream:
            opening = rendered.message_start(message_id, params.model, input_tokens)
            return await self._stream(request, opening, rendered)
        return _json_response(rendered.message(message_id, params.model, input_tokens))

    async def _stream(
        self, request: web.Request, opening: bytes, rendered: RenderedReply
    ) -> web.StreamResponse:
        """Writes the events, counting a client that leaves before the end as an aborted stream."""
        response = web.StreamResponse(headers=SSE_HEADERS)
        try:
            await response.prepare(request)
            if rendered.delay_s:
                await response.write(opening)
                for frame in rendered.frames:
                    await asyncio.sleep(rendered.delay_s)
                    await response.write(frame)
            else:
                await response.write(opening + rendered.joined_frames)
            await response.write_eof()
        except asyncio.CancelledError:
            self.stats.streams_aborted += 1
            raise
        except ConnectionError:
            self.stats.streams_aborted += 1
            return response
        self.stats.streams_completed += 1
        return response

    async def count_tokens(self, request: web.Request) -> web.Response:
        body = await request.read()
        try:
            _decode_count_tokens_request(body)
        except msgspec.DecodeError as exc:
            return _invalid_body(exc)
        return _json_response(b'{"input_tokens":%d}' % _input_tokens(body))

    async def list_models(self, request: web.Request) -> web.Response:
        return _json_response(MODEL_LIST_JSON)

    async def get_model(self, request: web.Request) -> web.Response:
        model_id = request.match_info["model_id"]
        model_json = MODEL_JSON_BY_ID.get(model_id)
        if model_json is None:
            return error_response("not_found_error", f"model: {model_id}")
        return _json_response(model_json)

    async def not_found(self, request: web.Request) -> web.Response:
        return error_response("not_found_error", f"{request.method} {request.path} not found")

    async def append_script(self, request: web.Request) -> web.Response:
        try:
            replies = _decode_script(await request.read())
        except msgspec.DecodeError as exc:
            return error_response("invalid_request_error", f"invalid script: {exc}")
        self.script.extend(replies)
        return _json_response(msgspec.json.encode({"queued": self.script.pending()}))

    async def reset(self, request: web.Request) -> web.Response:
        self.script.clear()
        self.request_log.clear()
        self.stats = Stats()
        return _json_response(msgspec.json.encode({"queued": 0}))

    async def recorded_requests(self, request: web.Request) -> web.Response:
        recorded = [
            RecordedRequest(method, path, query, _shown_headers(headers), _parsed_body(body), authenticated)
            for method, path, query, headers, body, authenticated in self.request_log
        ]
        return _json_response(msgspec.json.encode(recorded))

    async def current_stats(self, request: web.Request) -> web.Response:
        return _json_response(msgspec.json.encode(self.stats))


def create_app(key: str) -> web.Application:
    simulator = Simulator(key)
    app = web.Application(
        middlewares=[control_from_loopback_only, simulator.upstream_front_door], client_max_size=MAX_BODY_BYTES
    )
    app.router.add_post("/v1/messages", simulator.create_message)
    app.router.add_post("/v1/messages/count_tokens", simulator.count_tokens)
    app.router.add_get("/v1/models", simulator.list_models)
    app.router.add_get("/v1/models/{model_id}", simulator.get_model)
    app.router.add_post("/_simulator/script", simulator.append_script)
    app.router.add_delete("/_simulator/script", simulator.reset)
    app.router.add_get("/_simulator/requests", simulator.recorded_requests)
    app.router.add_get("/_simulator/stats", simulator.current_stats)
    app.router.add_route("*", "/{path:.*}", simulator.not_found)
    return app


async def serve(host: str, port: int, key: str) -> web.AppRunner:
    """Starts the simulator; the caller owns the returned runner and calls `cleanup()` on it."""
    runner = web.AppRunner(create_app(key), handler_cancellation=True, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port, backlog=1024).start()
    return runner


async def _serve_until_signalled(host: str, port: int, key: str) -> None:
    runner = await serve(host, port, key)
    bound_port = runner.addresses[0][1]
    url_host = f"[{host}]" if ":" in host else host
    print(f"simulated Claude upstream listening on http://{url_host}:{bound_port}", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopped.set)
    try:
        await stopped.wait()
    finally:
        await runner.cleanup()


def run(host: str, port: int, key: str) -> None:
    """Blocking entry point for `lockgate simulate`; runs until SIGINT or SIGTERM."""
    try:
        import uvloop
    except ImportError:
        loop_factory = None
    else:
        loop_factory = uvloop.new_event_loop
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        runner.run(_serve_until_signalled(host, port, key))
