"""What the gateway's staff APIs (reviewers, auditors) share: who is calling, and asking a service over NATS.

Both raise ``ApiError``, which the gateway's error middleware renders in the Anthropic shape; the service
itself decides what the verified identity may see and do.
"""

from __future__ import annotations

import logging

from aiohttp import web

from schemas.events import Identity
from services.common.bus import Bus, NoAnswer, NoReplica
from services.common.errors import ApiError
from services.identity import AuthenticationFailed, IssuerUnavailable, TokenVerifier, extract_credential

log = logging.getLogger("lockgate.ingress")


async def caller(verifier: TokenVerifier, request: web.Request, role: str) -> Identity:
    """The verified identity behind the request's token (401 if refused, 503 if its issuer cannot be reached)."""
    try:
        return await verifier.verify(extract_credential(request.headers))
    except AuthenticationFailed as exc:
        raise ApiError(str(exc), error_type="authentication_error") from None
    except IssuerUnavailable as exc:
        log.warning("refused a %s (503): the token's issuer is unavailable: %s", role, exc)
        raise ApiError("the token's issuer cannot be reached; try again", status=503) from None


async def ask(bus: Bus, subject: str, payload: bytes, deadline_s: float, service: str, unavailable: str) -> bytes:
    """One question to ``service`` (fail closed: no replica or no answer in time is a 503 saying so)."""
    try:
        return await bus.request(subject, payload, deadline_s)
    except NoReplica:
        raise ApiError(f"no {service} is running; {unavailable}", status=503) from None
    except NoAnswer:
        raise ApiError(f"the {service} did not answer in time; try again", status=503) from None
