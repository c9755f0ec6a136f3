"""``lockgate token``: a short-lived access token for a workload, printed on stdout.

Made for Claude Code's ``apiKeyHelper`` (which reruns it when the gateway answers
401) and for CI jobs: ``ANTHROPIC_AUTH_TOKEN=$(lockgate token)``. It reads only the
identity settings (and, with ``--dev``, the gateway's address and data directory):
a client needs no upstream key and no production checks.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import aiohttp

from services.common.config import Config, ConfigError
from services.identity import TokenRequestFailed, fetch_token, read_client_secret
from services.identity.client_credentials import token_grant
from services.identity.dev_issuer import DEV_CLIENT_ID

DEV_ISSUER_PATH = "/dev-issuer"


def _loopback_url(url: str) -> str:
    """``url`` without a trailing slash if its host is a loopback address or ``localhost``; else a ConfigError."""
    host = urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ConfigError(f"--url {url}: development tokens come only from a gateway on loopback (127.0.0.1, ::1, localhost)")
    return url.rstrip("/")


async def dev_token(config: Config, gateway_url: str, sub: str, roles: list[str], ttl_s: float) -> str:
    """Ask the running gateway's development issuer, so the token carries its current key and issuer URL."""
    base = _loopback_url(gateway_url or config.gateway_url)
    secret_path = config.data_path / "dev-issuer" / "client-secret"
    try:
        secret = secret_path.read_text().strip()
    except OSError:
        raise TokenRequestFailed(
            f"no development client secret at {secret_path}: run this with the data directory of the running "
            "`lockgate up` (LOCKGATE_DATA_DIR or --config), or start `lockgate up` first"
        ) from None
    form = {"sub": sub, "role": roles or ["developer"], "ttl": str(max(1, int(ttl_s)))}
    async with aiohttp.ClientSession() as session:
        try:
            return await token_grant(session, f"{base}{DEV_ISSUER_PATH}/token", DEV_CLIENT_ID, secret, form)
        except TokenRequestFailed as exc:
            raise TokenRequestFailed(
                f"{exc}. Is `lockgate up` running at {base} with the development issuer on "
                f"(identity.dev_issuer), and with the data directory {config.data_path}? Pass --url or set LOCKGATE_LISTEN "
                "and LOCKGATE_DATA_DIR to those of the running gateway"
            ) from None


async def issuer_token(
    config: Config, issuer_url: str, scope: str | None = None, audience: str | None = None, resource: str | None = None
) -> str:
    """Ask a configured issuer for a token with the client-credentials grant."""
    issuers = [i for i in config.identity.issuers if not issuer_url or i.issuer == issuer_url]
    if not issuers:
        raise ConfigError(f"identity.issuers: no configured issuer {issuer_url!r}; use --dev for the development issuer")
    issuer = issuers[0]
    async with aiohttp.ClientSession() as session:
        return await fetch_token(issuer, session, read_client_secret(issuer), scope, audience=audience, resource=resource)
