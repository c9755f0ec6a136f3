"""``lockgate token``: a short-lived access token for a workload, printed on stdout.

Made for Claude Code's ``apiKeyHelper`` (which reruns it when the gateway answers
401) and for CI jobs: ``ANTHROPIC_AUTH_TOKEN=$(lockgate token)``.
"""

from __future__ import annotations

import aiohttp

from services.common.config import Config, ConfigError
from services.identity import DevIssuer, fetch_token, read_client_secret


def dev_token(config: Config, sub: str, roles: list[str], ttl_s: float) -> str:
    """Mint from the development issuer that ``lockgate up`` serves with the same configuration."""
    if not config.identity.dev_issuer:
        raise ConfigError("identity.dev_issuer is off: --dev tokens would not be accepted")
    return DevIssuer(config.data_path, config.dev_issuer_url).mint(sub, roles or ["developer"], ttl_s)


async def issuer_token(config: Config, issuer_url: str, scope: str | None) -> str:
    """Ask a configured issuer for a token with the client-credentials grant."""
    issuers = [i for i in config.identity.issuers if not issuer_url or i.issuer == issuer_url]
    if not issuers:
        raise ConfigError(f"identity.issuers: no configured issuer {issuer_url!r}; use --dev for the development issuer")
    issuer = issuers[0]
    async with aiohttp.ClientSession() as session:
        return await fetch_token(issuer, session, read_client_secret(issuer), scope)
