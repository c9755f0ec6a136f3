"""The gateway process: the ingress and the egress over one HTTP server.

They share a process because they share the client's connection; they share
nothing else but the events the ingress hands the egress.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import traceback
from typing import cast

import msgspec
from aiohttp import hdrs, web
from aiohttp.http_exceptions import HttpProcessingError, LineTooLong

from schemas.events import new_id
from services.common.bus import Bus
from services.common.config import Config, GatewayConfig, split_host_port
from services.common.errors import ApiError, error_body, error_response
from services.common.sealing import InputSealer
from services.common.waits import wait_at_most
from services.console.app import Console
from services.egress.egress import Egress
from services.egress.upstream import Upstream
from services.egress.visible_changes import announce_changes
from services.identity import DevIssuer, IdentityConfig, IssuerUnavailable, TokenVerifier
from services.ingress.app import Ingress
from services.ingress.approvals_api import ApprovalsApi
from services.ingress.audit_api import AuditApi
from services.ingress.metrics_api import MetricsApi

log = logging.getLogger("lockgate.gateway")

READY_POLL_S = 0.1


async def _until_set(event: asyncio.Event | None, timeout_s: float) -> None:
    """Sleep ``timeout_s``, or less if ``event`` is set meanwhile."""
    if event is None:
        await asyncio.sleep(timeout_s)
        return
    await wait_at_most(event.wait(), timeout_s)


class BodyTimeout(TimeoutError):
    """The request body did not arrive within ``body_timeout_s``. A ``TimeoutError``, so that aiohttp's
    lingering read of the rest of the body ends quietly once the 408 is sent."""


@web.middleware
async def anthropic_errors(request: web.Request, handler):
    """Every error a client can get has the Anthropic shape, even the framework's own."""
    try:
        return await handler(request)
    except ApiError as exc:
        return exc.response()
    except BodyTimeout as exc:
        response = error_response("invalid_request_error", str(exc), 408)
        response.force_close()
        return response
    except web.RequestPayloadError:
        return error_response("invalid_request_error", "the request body is malformed (its framing or encoding)")
    except web.HTTPRequestEntityTooLarge:
        return error_response("request_too_large", "request body is too large", 413)
    except web.HTTPMethodNotAllowed:
        return error_response("not_found_error", f"{request.method} is not supported on {request.path}", 405)
    except web.HTTPNotFound:
        return error_response("not_found_error", f"no route for {request.method} {request.path}")
    except web.HTTPException as exc:
        return error_response("invalid_request_error", exc.reason, exc.status)


def refuse_unknown_expectations(app: web.Application) -> None:
    """``Expect: 100-continue`` is honoured; any other expectation is a 417 in the Anthropic shape that does not
    quote it. aiohttp asks a route's expect handler before any middleware runs, and its default one answers in
    plain text with the header's value, so every route of ``app`` gets this one (aiohttp takes it only when a
    route is made, hence the attribute)."""
    for route in app.router.routes():
        route._expect_handler = _continue_only(route._expect_handler)


def _continue_only(default):
    async def expect(request: web.Request) -> web.StreamResponse | None:
        if request.headers.get(hdrs.EXPECT, "").lower() != "100-continue":
            return error_response("invalid_request_error", "the Expect header may only ask for 100-continue", 417)
        return await default(request)

    return expect


def raw_error(status: int, reason: str, error_type: str, message: str) -> bytes:
    """An Anthropic error written straight to a connection, where there is no request to answer through aiohttp."""
    body = error_body(error_type, message)
    head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    return head.encode() + body


OVERLOADED = raw_error(503, "Service Unavailable", "overloaded_error", "the gateway has too many open connections; retry later")


class Refusal(asyncio.Protocol):
    """A connection past ``max_connections``: answered 503 at once and half-closed; what the client sends is
    dropped, and the connection closes when the client closes it or a second later (not a reset that could
    discard the answer)."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop):
        transport.write(OVERLOADED)
        transport.write_eof()
        self._close = loop.call_later(1.0, transport.close)

    def data_received(self, data: bytes) -> None:
        pass

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self._close.cancel()


class GatewayProtocol(web.RequestHandler):
    """aiohttp's HTTP/1 connection with the gateway's deadlines and connection limit, and Anthropic-shaped
    answers to what aiohttp's parser refuses. aiohttp answers those itself, in text/plain quoting the offending
    line (a token, perhaps), and no middleware sees them (aio-libs/aiohttp#3287): ``handle_error`` is the hook.

    Deadlines: the idle timer (aiohttp's keep-alive timeout) runs only while no request has begun; a new
    connection, or the first byte of a later request, starts the header deadline instead (408 once a byte
    arrived, else a silent close); complete headers start the body deadline (a 408 from the handler's read).
    """

    def __init__(self, manager: web.Server, *, limits: GatewayConfig, **kwargs):
        super().__init__(manager, keepalive_timeout=limits.keepalive_timeout_s, **kwargs)
        self._server = manager
        self._limits = limits
        self._header_deadline: asyncio.TimerHandle | None = None
        self._request_begun = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if len(self._server.connections) >= self._limits.max_connections:
            transport.set_protocol(Refusal(cast(asyncio.Transport, transport), self._loop))  # a stream server's transports are Transports
            return
        super().connection_made(transport)
        self._await_headers()

    def data_received(self, data: bytes) -> None:
        if data and self._header_deadline is None and self._waiter is not None:
            self._await_headers()
        if data and self._header_deadline is not None:
            self._request_begun = True
        queued = len(self._messages)
        super().data_received(data)
        if len(self._messages) > queued:
            self._stop_header_deadline()
            for _, payload in list(self._messages)[queued:]:
                self._await_body(payload)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._stop_header_deadline()
        super().connection_lost(exc)

    def _await_headers(self) -> None:
        self.keep_alive(True)  # cancels the idle timer; aiohttp starts it again after the answer
        self._request_begun = False
        self._header_deadline = self._loop.call_later(self._limits.header_timeout_s, self._headers_late)

    def _stop_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _headers_late(self) -> None:
        self._header_deadline = None
        if self._request_begun and self.transport is not None:
            message = f"the request headers did not arrive within {self._limits.header_timeout_s:g} s"
            self.transport.write(raw_error(408, "Request Timeout", "invalid_request_error", message))
        self.force_close()

    def _await_body(self, payload) -> None:
        if payload.is_eof():
            return
        late = BodyTimeout(f"the request body did not arrive within {self._limits.body_timeout_s:g} s")
        deadline = self._loop.call_later(self._limits.body_timeout_s, payload.set_exception, late)
        payload.on_eof(deadline.cancel)

    def log_exception(self, *args, **kwargs) -> None:
        """A malformed body is answered by the middleware; aiohttp meets it again reading the rest and would log an error."""
        if isinstance(kwargs.get("exc_info"), web.RequestPayloadError):
            log.info("closed a connection whose request body was malformed")
            return
        super().log_exception(*args, **kwargs)

    def handle_error(self, request, status: int = 500, exc: BaseException | None = None, message: str | None = None):
        if request.writer.output_size > 0:
            raise ConnectionError("the answer had begun; the connection is closed instead")
        if isinstance(exc, LineTooLong):
            log.info("refused a request from %s: a header or the request line is too long", request.remote)
            response = error_response("invalid_request_error", "a request header or the request line is too long", 431)
        elif isinstance(exc, HttpProcessingError):
            log.info("refused a malformed HTTP request from %s: %s", request.remote, type(exc).__name__)
            response = error_response("invalid_request_error", f"the HTTP request is malformed ({type(exc).__name__})")
        elif status == 504:
            response = error_response("timeout_error", "the gateway timed out answering the request", 504)
        else:
            self.log_exception("Error handling request from %s", request.remote, exc_info=exc)
            response = error_response("api_error", "the gateway failed to answer the request", 500)
        response.force_close()
        return response


class GatewayServer(web.Server):
    """aiohttp's server, making ``GatewayProtocol`` connections."""

    def __init__(self, made: web.Server, limits: GatewayConfig):
        super().__init__(
            made.request_handler,
            request_factory=made.request_factory,
            handler_cancellation=made.handler_cancellation,
            **made._kwargs,
        )
        self.limits = limits

    def __call__(self) -> GatewayProtocol:
        return GatewayProtocol(self, loop=self._loop, limits=self.limits, **self._kwargs)


class GatewayRunner(web.AppRunner):
    """An AppRunner whose server is a ``GatewayServer`` (aiohttp has no setting for the connection class)."""

    def __init__(self, app: web.Application, limits: GatewayConfig, **kwargs):
        super().__init__(app, **kwargs)
        self.limits = limits

    async def _make_server(self) -> web.Server:
        return GatewayServer(await super()._make_server(), self.limits)


class WithholdExceptionText(logging.Filter):
    """aiohttp's loggers log exceptions whose text may quote request data (a parser error quotes the offending
    header line, a token perhaps): keep the traceback and the exception's type, withhold its text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            frames = "".join(traceback.format_tb(exc.__traceback__))
            kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
            record.exc_text = f"Traceback (most recent call last):\n{frames}{kind} (text withheld: it may quote request data)"
        return True


WITHHOLD_EXCEPTION_TEXT = WithholdExceptionText()


def raise_descriptor_limit(max_connections: int) -> None:
    """Each connection holds a file descriptor, two while its call is upstream, and the usual soft limit (1024)
    is below what ``max_connections`` needs: raise it toward the hard limit, as Go programs do at start."""
    wanted = 2 * max_connections + 256
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return
    raised = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
    if raised < wanted:
        log.warning("open-file limit %d is below the %d that max_connections = %d needs", raised, wanted, max_connections)


def trusted_issuers(config: Config, dev_issuer: DevIssuer | None) -> IdentityConfig:
    """The configured issuers, plus the development issuer when it is on."""
    if dev_issuer is None:
        return config.identity
    issuers = [*config.identity.issuers, dev_issuer.issuer_config()]
    return msgspec.structs.replace(config.identity, issuers=issuers)


class Gateway:
    def __init__(self, config: Config, bus: Bus):
        self.config = config
        self.bus = bus
        self.dev_issuer = DevIssuer(config.data_path, config.dev_issuer_url) if config.identity.dev_issuer else None
        self.verifier = TokenVerifier(trusted_issuers(config, self.dev_issuer))
        self.upstream = Upstream(config.upstream, config.gateway.max_event_bytes)
        self.egress = Egress(config.gateway, bus, self.upstream, InputSealer.at(config.data_path))
        self.ingress = Ingress(config.gateway, bus, self.egress, new_id()[:12], self.verifier)
        self.runner: GatewayRunner | None = None
        self.base_url = ""

    def app(self) -> web.Application:
        app = web.Application(client_max_size=self.config.gateway.max_body_bytes, middlewares=[anthropic_errors])
        app.add_routes(self.ingress.routes())
        app.add_routes(ApprovalsApi(self.bus, self.verifier).routes())
        app.add_routes(AuditApi(self.bus, self.verifier).routes())
        Console(self.config, self.bus, self.verifier, self.dev_issuer.issuer_url if self.dev_issuer else None).attach(app)
        MetricsApi(self.config.metrics, self.bus).install(app)
        if self.dev_issuer is not None:
            app.add_routes(self.dev_issuer.routes())
        app.on_response_prepare.append(announce_changes)
        refuse_unknown_expectations(app)
        return app

    async def start(self, reuse_port: bool = False) -> str:
        """Serve on the configured address (shared with other gateway processes where ``reuse_port``); returns the base URL clients use."""
        await self.egress.start()
        for name in ("aiohttp.server", "aiohttp.web"):
            logging.getLogger(name).addFilter(WITHHOLD_EXCEPTION_TEXT)
        raise_descriptor_limit(self.config.gateway.max_connections)
        self.runner = GatewayRunner(self.app(), self.config.gateway, handler_cancellation=True, access_log=None)
        await self.runner.setup()
        host, port = split_host_port(self.config.gateway.listen)
        site = web.TCPSite(self.runner, host, port, reuse_port=reuse_port or None)
        await site.start()
        if self.dev_issuer is not None:
            log.warning(
                "development OIDC issuer on at %s, besides %d configured issuer(s): for local use only "
                "(identity.dev_issuer = false turns it off)",
                self.dev_issuer.issuer_url,
                len(self.config.identity.issuers),
            )
        try:
            await self.verifier.prefetch()
        except IssuerUnavailable as exc:
            log.warning("issuer keys not loaded yet; requests are refused until they are: %s", exc)
        self.base_url = f"http://{host}:{port}"
        return self.base_url

    async def until_ready(self, timeout_s: float, stop: asyncio.Event | None = None) -> str | None:
        """Wait until this process's ``/readyz`` would answer ready: None then, or after ``timeout_s`` why it would
        not. A start banner that says "listening" must not send clients to a process that refuses them.

        Once ``stop`` is set it returns at once with why not yet: a stop asked during start-up whose cancellation an
        await swallowed must not wait out the deadline before start-up ends."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while True:
            reason = await self.ingress.unready_reason()
            if reason is None or loop.time() >= deadline or (stop is not None and stop.is_set()):
                return reason
            await _until_set(stop, READY_POLL_S)

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        await self.upstream.close()
        await self.verifier.close()
