"""The gateway process: the ingress and the egress over one HTTP server.

They share a process because they share the client's connection; they share
nothing else but the events the ingress hands the egress.
"""

from __future__ import annotations

import logging

import msgspec
from aiohttp import web

from schemas.events import new_id
from services.common.bus import Bus
from services.common.config import Config, split_host_port
from services.common.errors import error_response
from services.egress.egress import Egress
from services.egress.upstream import Upstream
from services.identity import DevIssuer, IdentityConfig, IssuerUnavailable, TokenVerifier
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
        self.upstream = Upstream(config.upstream)
        self.egress = Egress(config.gateway, bus, self.upstream)
        self.ingress = Ingress(config.gateway, bus, self.egress, new_id()[:12], self.verifier)
        self.runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=self.config.gateway.max_body_bytes, middlewares=[anthropic_errors])
        app.add_routes(self.ingress.routes())
        if self.dev_issuer is not None:
            app.add_routes(self.dev_issuer.routes())
        return app

    async def start(self) -> str:
        """Serve on the configured address; returns the base URL clients use."""
        await self.egress.start()
        self.runner = web.AppRunner(self.app(), handler_cancellation=True, access_log=None)
        await self.runner.setup()
        host, port = split_host_port(self.config.gateway.listen)
        site = web.TCPSite(self.runner, host, port)
        await site.start()
        if self.dev_issuer is not None:
            log.warning("development OIDC issuer on at %s: for local use only", self.dev_issuer.issuer_url)
        try:
            await self.verifier.prefetch()
        except IssuerUnavailable as exc:
            log.warning("issuer keys not loaded yet; requests are refused until they are: %s", exc)
        return f"http://{host}:{port}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        await self.upstream.close()
        await self.verifier.close()
