"""Liveness and readiness over HTTP for processes that serve no other HTTP (``lockgate worker STAGE --health``).

Orchestrators restart a replica whose ``/healthz`` fails and send it no work while ``/readyz`` fails; a
worker's work arrives over NATS, so both say whether its bus can reach NATS and the event stream.
"""

from __future__ import annotations

from aiohttp import web

from services.common.bus import Bus
from services.common.config import split_host_port


def health_app(bus: Bus, name: str) -> web.Application:
    async def healthz(request: web.Request) -> web.Response:
        if bus.connected:
            return web.json_response({"status": "ok", "service": name})
        return web.json_response({"status": "unhealthy", "service": name, "reason": "NATS is unreachable"}, status=503)

    async def readyz(request: web.Request) -> web.Response:
        if await bus.ready():
            return web.json_response({"status": "ready", "service": name})
        return web.json_response(
            {"status": "not ready", "service": name, "reason": "NATS or the event stream is unavailable"}, status=503
        )

    app = web.Application(client_max_size=1024)
    app.add_routes([web.get("/healthz", healthz), web.get("/readyz", readyz)])
    return app


async def serve_health(bus: Bus, name: str, listen: str) -> web.AppRunner:
    """Serve ``/healthz`` and ``/readyz`` on ``listen`` (``HOST:PORT``); returns the runner to clean up."""
    host, port = split_host_port(listen)
    runner = web.AppRunner(health_app(bus, name), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
