"""Signing people in: OAuth 2.0 authorization code with PKCE (S256) against the gateway's own OIDC issuers.

Each configured issuer with a ``client_id`` is offered, and the development issuer when it is on
(its "sign in as" form, loopback only; off in production mode). The access token that comes back
is verified exactly as an API call's token is. The sign-in in progress (state, PKCE verifier) travels
sealed in a cookie (``sealed.py``), so whichever gateway process the browser returns to can finish it.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import urlencode

import aiohttp

from services.identity.config import IssuerConfig

from .access import new_secret, pkce_challenge
from .sealed import Sealer

LOGIN_TTL_S = 600
LOGIN = "console-login"
EXCHANGE_DEADLINE_S = 10.0


class Issuer(NamedTuple):
    issuer: str
    client_id: str
    label: str


class SignInFailed(Exception):
    """Why a sign-in did not complete; safe to show (never quotes a code, token or secret)."""


class SignIn:
    def __init__(self, issuers: list[IssuerConfig], dev_issuer_url: str | None, client_secrets: dict[str, str], sealer: Sealer):
        self.issuers = [Issuer(i.issuer, i.client_id, i.issuer) for i in issuers if i.client_id and "{" not in i.issuer]
        if dev_issuer_url:
            self.issuers.append(Issuer(dev_issuer_url, "lockgate-dev", "Development issuer (this machine only)"))
        self._secrets = client_secrets
        self._sealer = sealer
        self._endpoints: dict[str, tuple[str, str]] = {}

    async def start(self, index: int, redirect_uri: str) -> tuple[str, str]:
        """(the issuer's authorization URL to send the browser to, the sealed sign-in to bind to the browser)."""
        if not 0 <= index < len(self.issuers):
            raise SignInFailed("no such issuer")
        issuer = self.issuers[index]
        authorize, _ = await self._discover(issuer)
        state, verifier = new_secret(), new_secret()
        login = self._sealer.seal(LOGIN, {"state": state, "verifier": verifier, "issuer": issuer.issuer, "redirect_uri": redirect_uri}, LOGIN_TTL_S)
        query = urlencode({
            "response_type": "code", "client_id": issuer.client_id, "redirect_uri": redirect_uri, "state": state,
            "code_challenge": pkce_challenge(verifier), "code_challenge_method": "S256", "scope": "openid",
        })
        return f"{authorize}{'&' if '?' in authorize else '?'}{query}", login

    async def finish(self, state: str, sealed_login: str | None, code: str) -> str:
        """The access token for a returning browser; the state must be the one this browser started with."""
        login = self._sealer.open(LOGIN, sealed_login)
        if login is None:
            raise SignInFailed("no sign-in of this browser is in progress (or it expired); start again")
        if not state or state != login["state"]:
            raise SignInFailed("the sign-in did not start in this browser (state mismatch); start again")
        issuer = next((i for i in self.issuers if i.issuer == login["issuer"]), None)
        if issuer is None:
            raise SignInFailed("the issuer is no longer offered")
        if not code:
            raise SignInFailed("the issuer returned no authorization code")
        _, token_endpoint = await self._discover(issuer)
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": login["redirect_uri"],
                "client_id": issuer.client_id, "code_verifier": login["verifier"]}
        secret = self._secrets.get(issuer.issuer)
        auth = aiohttp.BasicAuth(issuer.client_id, secret) if secret else None
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=EXCHANGE_DEADLINE_S)) as http:
                async with http.post(token_endpoint, data=form, auth=auth) as response:
                    answer = await response.json(content_type=None)
                    status = response.status
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise SignInFailed(f"the issuer's token endpoint could not be used ({type(exc).__name__})") from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if status != 200 or not isinstance(token, str):
            error = answer.get("error", "") if isinstance(answer, dict) else ""
            raise SignInFailed(f"the issuer refused the code ({status} {error})".strip())
        return token

    async def _discover(self, issuer: Issuer) -> tuple[str, str]:
        found = self._endpoints.get(issuer.issuer)
        if found is None:
            url = issuer.issuer.rstrip("/") + "/.well-known/openid-configuration"
            try:
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=EXCHANGE_DEADLINE_S)) as http:
                    async with http.get(url) as response:
                        document = await response.json(content_type=None)
                found = (str(document["authorization_endpoint"]), str(document["token_endpoint"]))
            except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, TypeError) as exc:
                raise SignInFailed(f"the issuer's discovery document could not be used ({type(exc).__name__})") from None
            self._endpoints[issuer.issuer] = found
        return found
