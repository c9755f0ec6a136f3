"""``GET /metrics`` (Prometheus) and the access log: one line and one count per request.

``observe`` is the gateway's outermost middleware: it gives each request a ``RequestTrace``
that the ingress and the egress fill in, and once the answer is complete (a stream included)
counts it and writes one access-log line: request id, subject, role, model, endpoint, status,
decision, deciding stage and rule, latencies. Never a token, a header value or content.
Probes and scrapes (``/healthz``, ``/readyz``, ``/metrics``) are neither logged nor counted.

Who may scrape: clients on loopback only, unless ``[metrics] allow_remote`` (the figures say who
uses the gateway, with which models, and how often they are refused).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time

from aiohttp import web

from services.common import metrics
from services.common.config import MetricsConfig
from services.common.errors import error_response
from services.common.logs import ACCESS_LOGGER

access_log = logging.getLogger(ACCESS_LOGGER)

UNOBSERVED_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def is_loopback(address: str | None) -> bool:
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


@web.middleware
async def observe(request: web.Request, handler):
    if request.path in UNOBSERVED_PATHS:
        return await handler(request)
    trace = metrics.RequestTrace()
    request[metrics.TRACE] = trace
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except asyncio.CancelledError:
        status = 499  # the client went away
        raise
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        record(trace, request.method, request.path, status)


def record(trace: metrics.RequestTrace, method: str, path: str, status: int) -> None:
    """Count the answered request and log its one access line."""
    finished = time.perf_counter()
    endpoint = trace.endpoint or "other"
    metrics.REQUESTS.labels(endpoint, str(status), trace.role, trace.stage).inc()
    if trace.upstream_at is not None:
        metrics.ADDED_LATENCY.observe(trace.upstream_at - trace.started)
    if trace.first_token_at is not None:
        metrics.TIME_TO_FIRST_TOKEN.observe(trace.first_token_at - trace.started)
    fields = {
        "request_id": trace.request_id,
        "method": method,
        "path": path if trace.endpoint else "",
        "endpoint": endpoint,
        "subject": trace.subject,
        "role": trace.role,
        "model": trace.model,
        "stream": trace.stream,
        "status": status,
        "decision": trace.decision,
        "stage": trace.stage,
        "rule": trace.rule,
        "duration_ms": round((finished - trace.started) * 1000, 3),
        "added_ms": trace.since_start_ms(trace.upstream_at),
        "upstream_ms": trace.upstream_ms,
        "first_token_ms": trace.since_start_ms(trace.first_token_at),
    }
    access_log.info("%s %s %d", method, endpoint, status, extra={"fields": fields})


NATS_STATE_INTERVAL_S = 1.0


class MetricsApi:
    def __init__(self, settings: MetricsConfig, bus):
        self.settings = settings
        self.bus = bus

    def install(self, app: web.Application) -> None:
        """The access-log middleware (outermost, so it sees the final status), ``/metrics``, and the NATS gauge."""
        app.middlewares.insert(0, observe)
        if self.settings.enabled:
            app.add_routes([web.get("/metrics", self.scrape, allow_head=False)])
            app.cleanup_ctx.append(self._follow_nats)

    async def _follow_nats(self, app: web.Application):
        """Every process keeps its NATS gauge current, so a scrape of any one shows every process's connection."""

        async def follow() -> None:
            while True:
                metrics.NATS_CONNECTED.set(1 if self.bus.connected else 0)
                await asyncio.sleep(NATS_STATE_INTERVAL_S)

        task = asyncio.create_task(follow())
        yield
        task.cancel()

    async def scrape(self, request: web.Request) -> web.Response:
        if not self.settings.allow_remote and not is_loopback(request.remote):
            return error_response("permission_error", "metrics are served to loopback clients only ([metrics] allow_remote)", 403)
        metrics.NATS_CONNECTED.set(1 if self.bus.connected else 0)
        return web.Response(body=metrics.exposition(), headers={"content-type": metrics.CONTENT_TYPE})
