"""The gateway process: the ingress and the egress over one HTTP server.

They share a process because they share the client's connection; they share
nothing else but the events the ingress hands the egress.
"""

from __future__ import annotations

import logging

from aiohttp import web

from schemas.events import new_id
from services.common.bus import Bus
from services.common.config import Config, split_host_port
from services.common.errors import error_response
from services.egress.egress import Egress
from services.egress.upstream import Upstream
from services.ingress.app import Ingress

log = logging.getLogger("lockgate.gateway")


@web.middleware
async def anthropic_errors(request: web.Request, handler):
    """Every error a client can get has the Anthropic shape, even the framework's own."""
    try:
        return await handler(request)
    except web.HTTPRequestEntityTooLarge:
        return error_response("request_too_large", "request body is too large", 413)
    except web.HTTPMethodNotAllowed:
        return error_response("not_found_error", f"{request.method} is not supported on {request.path}", 405)
    except web.HTTPNotFound:
        return error_response("not_found_error", f"no route for {request.method} {request.path}")
    except web.HTTPException as exc:
        return error_response("invalid_request_error", exc.reason, exc.status)


class Gateway:
    def __init__(self, config: Config, bus: Bus):
        self.config = config
        self.bus = bus
        self.upstream = Upstream(config.upstream)
        self.egress = Egress(config.gateway, bus, self.upstream)
        self.ingress = Ingress(config.gateway, bus, self.egress, gateway_id=new_id()[:12])
        self.runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=self.config.gateway.max_body_bytes, middlewares=[anthropic_errors])
        app.add_routes(self.ingress.routes())
        return app

    async def start(self) -> str:
        """Serve on the configured address; returns the base URL clients use."""
        await self.egress.start()
        self.runner = web.AppRunner(self.app(), handler_cancellation=True, access_log=None)
        await self.runner.setup()
        host, port = split_host_port(self.config.gateway.listen)
        site = web.TCPSite(self.runner, host, port)
        await site.start()
        return f"http://{host}:{port}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        await self.upstream.close()
