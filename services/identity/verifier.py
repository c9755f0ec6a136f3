"""Token verification at the ingress: a bearer JWT in, a verified ``Identity`` out.

The issuer is chosen by the token's unverified ``iss``; from then on everything is
checked by pyjwt with a key from that issuer's JWKS and an algorithm that the issuer
config, the key's type and the token header all agree on. The header's ``alg`` alone
never picks an algorithm, so ``none`` and HMAC-with-a-public-key tokens cannot pass.

Failure messages are fixed strings: they say what was wrong and never carry any part
of the token, so they are safe to return to the client and to log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import time
from collections.abc import Mapping
from typing import Any

import aiohttp
import jwt
import msgspec

from schemas.events import Identity

from .config import IdentityConfig, IssuerConfig, normalize_typ
from .jwks import IssuerUnavailable, JwksCache

REQUIRED_CLAIMS = ("exp", "iss", "sub")


class AuthenticationFailed(Exception):
    """The presented credential is refused (HTTP 401 ``authentication_error``); the message is safe to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def token_fingerprint(token: str) -> str:
    """Correlates the calls made with one token without revealing it."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]


def extract_credential(headers: Mapping[str, str]) -> str:
    """The token from ``x-api-key`` or ``Authorization: Bearer``.

    Claude Code with an ``apiKeyHelper`` sends the same token in both headers; two
    different credentials in one request are ambiguous and refused.
    """
    found: set[str] = set()
    for name, value in headers.items():
        name = name.lower()
        if name == "x-api-key":
            found.add(value.strip())
        elif name == "authorization":
            scheme, _, credential = value.strip().partition(" ")
            if scheme.lower() != "bearer":
                raise AuthenticationFailed("Authorization header must use the Bearer scheme")
            found.add(credential.strip())
    found.discard("")
    if len(found) > 1:
        raise AuthenticationFailed("conflicting credentials in x-api-key and Authorization")
    if not found:
        raise AuthenticationFailed("no credential presented")
    return found.pop()


def claim_at(claims: Mapping[str, Any], path: str) -> Any:
    """A claim by literal name (``cognito:groups``, ``https://x.example/roles``), else by dotted path."""
    if path in claims:
        return claims[path]
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def roles_from(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(role for role in value if isinstance(role, str))
    return ()


def claim_as_string(value: Any) -> str:
    if isinstance(value, str):
        return value
    return msgspec.json.encode(value).decode()


def _b64_json(segment: str) -> Any:
    return msgspec.json.decode(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def peek(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and claims, unverified: only to choose the issuer and key."""
    parts = token.split(".")
    if len(parts) != 3:
        raise AuthenticationFailed("token is malformed")
    try:
        header, claims = _b64_json(parts[0]), _b64_json(parts[1])
    except (binascii.Error, ValueError, msgspec.DecodeError):
        raise AuthenticationFailed("token is malformed") from None
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise AuthenticationFailed("token is malformed")
    return header, claims


_PYJWT_ERRORS: tuple[tuple[type[Exception], str], ...] = (
    (jwt.InvalidSignatureError, "token signature is invalid"),
    (jwt.ExpiredSignatureError, "token is expired"),
    (jwt.InvalidAlgorithmError, "token algorithm is not allowed"),
    (jwt.InvalidIssuerError, "token issuer is not trusted"),
    (jwt.InvalidAudienceError, "token audience is not accepted"),
)
# Any other pyjwt error is a claim of the wrong type or an undecodable part: the token is malformed.


class _Issuer:
    """One trusted issuer: its config, keys and the derived lookups verification needs."""

    def __init__(self, config: IssuerConfig, keys: JwksCache) -> None:
        self.config = config
        self.keys = keys
        self.algorithms = frozenset(config.algorithms)
        self.accept_typ = frozenset(normalize_typ(typ) for typ in config.accept_typ)
        self.audience = frozenset(config.audience)


class TokenVerifier:
    """Verifies bearer tokens against the configured issuers. One per process; safe for concurrent use."""

    def __init__(
        self,
        config: IdentityConfig,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        self.config = config
        self._own_session = session is None
        self._session = session or aiohttp.ClientSession()
        self._issuers: dict[str, _Issuer] = {}
        require = [*REQUIRED_CLAIMS, "iat"] if config.max_token_age_s is not None else list(REQUIRED_CLAIMS)
        # The audience is checked after decoding because ``azp`` may carry it, which pyjwt does not consider.
        self._options = {"require": require, "verify_aud": False}
        for issuer in config.issuers:
            if issuer.issuer in self._issuers:
                raise ValueError(f"issuer {issuer.issuer!r} is configured twice")
            cache = JwksCache(issuer, self._session, config.jwks_refetch_floor_s, config.jwks_max_age_s)
            self._issuers[issuer.issuer] = _Issuer(issuer, cache)

    async def close(self) -> None:
        if self._own_session:
            await self._session.close()

    async def __aenter__(self) -> TokenVerifier:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def prefetch(self) -> None:
        """Load every issuer's keys now (e.g. at start), so a broken issuer shows up before the first request.

        Raises IssuerUnavailable naming the first issuer whose keys could not be obtained.
        """
        for issuer in self._issuers.values():
            await issuer.keys.load()

    async def verify(self, token: str) -> Identity:
        """The verified identity behind ``token``.

        Raises AuthenticationFailed for a refused token, IssuerUnavailable if the
        issuer's keys cannot be obtained at all (fail closed, but not the client's fault).
        """
        if not token:
            raise AuthenticationFailed("no credential presented")
        header, unverified = peek(token)
        iss = unverified.get("iss")
        if iss is None:
            raise AuthenticationFailed("token is missing the iss claim")
        issuer = self._issuers.get(iss) if isinstance(iss, str) else None
        if issuer is None:
            raise AuthenticationFailed("token issuer is not trusted")
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in issuer.algorithms:
            raise AuthenticationFailed("token algorithm is not allowed")
        typ = header.get("typ", "")
        if not isinstance(typ, str) or normalize_typ(typ) not in issuer.accept_typ:
            raise AuthenticationFailed("token type is not accepted")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise AuthenticationFailed("token signing key is unknown")
        key = await issuer.keys.get(kid, alg)
        if key is None:
            if issuer.keys.has_kid(kid):
                raise AuthenticationFailed("token algorithm is not allowed")
            raise AuthenticationFailed("token signing key is unknown")

        config = issuer.config
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[key.algorithm_name],
                issuer=config.issuer,
                leeway=config.leeway_s,
                options=self._options,
            )
        except jwt.MissingRequiredClaimError as exc:
            raise AuthenticationFailed(f"token is missing the {exc.claim} claim") from None
        except jwt.ImmatureSignatureError:
            # The signature was verified before the time claims, so the peeked claims are authentic.
            raise AuthenticationFailed(self._immature_reason(unverified, config.leeway_s)) from None
        except jwt.InvalidTokenError as exc:
            message = next((msg for cls, msg in _PYJWT_ERRORS if isinstance(exc, cls)), "token is malformed")
            raise AuthenticationFailed(message) from None

        if not self._audience_accepted(claims, issuer.audience):
            raise AuthenticationFailed("token audience is not accepted")
        max_age = self.config.max_token_age_s
        if max_age is not None and time.time() - int(claims["iat"]) > max_age + config.leeway_s:
            raise AuthenticationFailed("token is too old")
        return self._identity(token, claims, config)

    @staticmethod
    def _immature_reason(claims: Mapping[str, Any], leeway: float) -> str:
        nbf = claims.get("nbf")
        if isinstance(nbf, (int, float)) and nbf > time.time() + leeway:
            return "token is not yet valid"
        return "token is issued in the future"

    @staticmethod
    def _audience_accepted(claims: Mapping[str, Any], accepted: frozenset[str]) -> bool:
        """Either ``aud`` (a string or a list) or ``azp`` must name an accepted audience."""
        aud = claims.get("aud")
        audiences = {aud} if isinstance(aud, str) else set()
        if isinstance(aud, list):
            audiences.update(a for a in aud if isinstance(a, str))
        azp = claims.get("azp")
        if isinstance(azp, str):
            audiences.add(azp)
        return not accepted.isdisjoint(audiences)

    @staticmethod
    def _identity(token: str, claims: dict[str, Any], config: IssuerConfig) -> Identity:
        jti = claims.get("jti")
        copied = {}
        for name in config.claims:
            value = claim_at(claims, name)
            if value is not None:
                copied[name] = claim_as_string(value)
        return Identity(
            subject=claims["sub"],
            issuer=claims["iss"],
            roles=roles_from(claim_at(claims, config.roles_claim)),
            token_id=jti if isinstance(jti, str) else "",
            token_fingerprint=token_fingerprint(token),
            claims=copied,
        )


__all__ = [
    "AuthenticationFailed",
    "IssuerUnavailable",
    "TokenVerifier",
    "extract_credential",
    "token_fingerprint",
]
