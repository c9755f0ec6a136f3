"""Tokens for workloads: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4).

``lockgate token`` uses this to print a short-lived token for CI jobs and for
Claude Code's ``apiKeyHelper``. Errors name the step that failed and never carry
the client secret.
"""

from __future__ import annotations

import base64
import os
import ssl
from collections.abc import Mapping, Sequence
from urllib.parse import quote

import aiohttp
import msgspec

from .config import IssuerConfig
from .jwks import FETCH_TIMEOUT, IssuerUnavailable, discover, ssl_context


class TokenRequestFailed(Exception):
    """No token could be obtained; the message says why."""


class _TokenResponse(msgspec.Struct):
    access_token: str = ""
    token_type: str = ""
    error: str = ""
    error_description: str = ""


def read_client_secret(issuer: IssuerConfig, env: Mapping[str, str] | None = None) -> str:
    """The secret from the environment variable ``issuer.client_secret_env`` names."""
    env = os.environ if env is None else env
    if not issuer.client_secret_env:
        raise TokenRequestFailed(f"issuer {issuer.issuer} has no client_secret_env configured")
    secret = env.get(issuer.client_secret_env, "")
    if not secret:
        raise TokenRequestFailed(f"environment variable {issuer.client_secret_env} is not set")
    return secret


async def fetch_token(
    issuer: IssuerConfig,
    session: aiohttp.ClientSession,
    client_secret: str,
    scope: str | None = None,
    *,
    audience: str | None = None,
    resource: str | None = None,
) -> str:
    """Discovery, then a client-credentials grant at the token endpoint; returns the access token.

    ``audience`` is Auth0's parameter, ``resource`` RFC 8707's (Entra ID v1, ADFS); Entra ID v2 and
    Keycloak take the API in ``scope`` (``api://lockgate/.default``).
    """
    if not issuer.client_id:
        raise TokenRequestFailed(f"issuer {issuer.issuer} has no client_id configured")
    try:
        tls = ssl_context(issuer.ca_file)
        endpoint = (await discover(session, issuer.issuer, tls)).token_endpoint
    except IssuerUnavailable as exc:
        raise TokenRequestFailed(str(exc)) from None
    if not endpoint:
        raise TokenRequestFailed(f"discovery document of {issuer.issuer} has no token_endpoint")
    form = {name: value for name, value in (("scope", scope), ("audience", audience), ("resource", resource)) if value}
    return await token_grant(session, endpoint, issuer.client_id, client_secret, form, tls)


async def token_grant(
    session: aiohttp.ClientSession,
    endpoint: str,
    client_id: str,
    client_secret: str,
    form: Mapping[str, str | Sequence[str]],
    tls: ssl.SSLContext | None = None,
) -> str:
    """POST a client-credentials grant (``client_secret_basic``) with ``form``'s extra fields; returns the access token."""
    fields = [("grant_type", "client_credentials")]
    for name, value in form.items():
        fields.extend((name, item) for item in ([value] if isinstance(value, str) else value))
    # RFC 6749 §2.3.1: id and secret are form-urlencoded before going into Basic auth.
    basic = base64.b64encode(f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}".encode()).decode()
    headers = {"Authorization": f"Basic {basic}", "Accept": "application/json"}
    try:
        async with session.post(
            endpoint, data=fields, headers=headers, timeout=FETCH_TIMEOUT, allow_redirects=False, ssl=tls if tls is not None else True
        ) as resp:
            body = await resp.read()
            status = resp.status
    except (TimeoutError, aiohttp.ClientError, ssl.SSLError) as exc:
        raise TokenRequestFailed(f"POST {endpoint} failed: {exc!r}") from None
    try:
        answer = msgspec.json.decode(body, type=_TokenResponse)
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise TokenRequestFailed(f"token endpoint {endpoint} answered HTTP {status} without a JSON token response") from None
    if status != 200 or answer.error:
        detail = f"{answer.error}: {answer.error_description}" if answer.error else "no error given"
        raise TokenRequestFailed(f"token endpoint {endpoint} refused the grant (HTTP {status}, {detail})")
    if not answer.access_token:
        raise TokenRequestFailed(f"token endpoint {endpoint} answered without an access_token")
    if answer.token_type.lower() != "bearer":
        raise TokenRequestFailed(f"token endpoint {endpoint} issued a {answer.token_type!r} token, not a Bearer token")
    return answer.access_token
