"""Token verification at the ingress: a bearer JWT in, a verified ``Identity`` out.

The issuer is chosen by the token's unverified ``iss``; from then on everything is
checked by pyjwt with a key from that issuer's JWKS and an algorithm that the issuer
config, the key's type and the token header all agree on. The header's ``alg`` alone
never picks an algorithm, so ``none`` and HMAC-with-a-public-key tokens cannot pass.

Failure messages are fixed strings: they say what was wrong and never carry any part
of the token, so they are safe to return to the client and to log.

Verified tokens are cached (see ``TokenVerifier``): an agent presents the same token on every
call of a session, and an ES256 or RS256 signature check costs ~100 µs of CPU per call.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import aiohttp
import jwt
import msgspec
from jwt.types import Options

from schemas.events import Identity

from .claims import audience_accepted, claim_at, missing_scopes, roles_for
from .config import IdentityConfig, IssuerConfig, normalize_typ
from .jwks import IssuerUnavailable, JwksCache

log = logging.getLogger("lockgate.identity")
MAX_KID_LENGTH = 256

REQUIRED_CLAIMS = ("exp", "iss", "sub")
TIME_CLAIMS = ("exp", "iat", "nbf")
"""NumericDate claims (RFC 7519): a number of seconds. pyjwt would take ``"9999999999"`` as one."""


class AuthenticationFailed(Exception):
    """The presented credential is refused (HTTP 401 ``authentication_error``); the message is safe to show."""

    error_type = "authentication_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InsufficientScope(AuthenticationFailed):
    """A valid token without a scope its issuer requires (RFC 6750 §3.1: 403, not 401)."""

    error_type = "permission_error"


def token_fingerprint(token: str) -> str:
    """Correlates the calls made with one token without revealing it."""
    return _token_digest(token).hex()[:16]


def _token_digest(token: str) -> bytes:
    """SHA-256 of the whole token: the verified-token cache's key and the fingerprint's source."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


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


def claim_as_string(value: Any) -> str:
    if isinstance(value, str):
        return value
    return msgspec.json.encode(value).decode()


def non_numeric_time_claim(claims: Mapping[str, Any]) -> str:
    """The first time claim present that is not a finite number (a string, a boolean...), or ""."""
    for name in TIME_CLAIMS:
        value = claims.get(name)
        if name in claims and (isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)):
            return name
    return ""


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

    def __init__(self, config: IssuerConfig, keys: JwksCache, tenant: str = "") -> None:
        self.config = config
        self.keys = keys
        self.tenant = tenant
        """The tenant a multi-tenant issuer's ``iss`` names: the token's ``tid`` must say the same."""
        self.algorithms = frozenset(config.algorithms)
        self.accept_typ = frozenset(normalize_typ(typ) for typ in config.accept_typ)
        self.audience = frozenset(config.audience)


class _Verified(NamedTuple):
    """A cached verification: what it gave, until when it may be reused, and what it relied on."""

    identity: Identity
    not_before: float
    """The token's ``nbf`` (-inf without one): never served before it."""
    expires: float
    """The earliest of ``exp``, ``iat + max_token_age_s`` and ``cached_at + cache_ttl_s``."""
    cached_at: float
    issuer: _Issuer
    kid: str
    alg: str
    key: Any
    """The JWKS key object that verified the signature: a hit needs the issuer's cache to still hold it."""


class CacheInfo(NamedTuple):
    hits: int
    misses: int
    size: int
    maxsize: int


class TokenVerifier:
    """Verifies bearer tokens against the configured issuers. One per process; safe for concurrent use.

    **Verified-token cache.** A token that passed full verification is remembered, keyed by the
    SHA-256 of the whole token (the token itself is never kept), in a bounded LRU of
    ``cache_size`` entries (0 disables it). Refused tokens are never cached, so a refusal always
    costs a full check and gives the full check's message. A cached entry is reused only if all hold:

    - ``nbf <= now < exp``, with ``now`` from ``clock``: no leeway at all, so the cache never
      accepts a token that full verification (which allows ``leeway_s`` past ``exp`` and before
      ``nbf``) would refuse; at ``exp`` (and before ``nbf``) the token goes back through full
      verification, which applies the leeway exactly as without a cache;
    - ``now < iat + max_token_age_s`` when a maximum age is configured (again without leeway);
    - ``0 <= now - cached_at < cache_ttl_s`` (300 s by default): every token is fully
      re-verified at least that often, and a clock stepped backwards drops the entry;
    - the issuer's JWKS cache still holds the very key object that verified the signature,
      asked through the same ``JwksCache.get`` as a full verification (a dict look-up while the
      keys are fresh), so a key withdrawn from the JWKS stops being honoured exactly when it
      would without this cache: at the next refetch (rotation, or ``jwks_max_age_s``).

    A different token, including a tampered copy of a cached one, has a different digest and
    gets full verification. Security trade-off: the audience, issuer and type checks are
    per-verifier config and hold for the entry's life; the only decision the cache can
    stretch is one made outside the token and the JWKS, and there is none (no revocation
    list is consulted). Revocation by key removal is therefore unchanged, and short token
    lifetimes bound everything else anyway; ``cache_ttl_s`` is a further cap on how long
    any one verification is trusted. ``clock`` (``time.time`` by default) is read only by
    the cache; pyjwt reads the real time for full verification.
    """

    def __init__(
        self,
        config: IdentityConfig,
        session: aiohttp.ClientSession | None = None,
        *,
        cache_size: int = 10_000,
        cache_ttl_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if cache_size < 0 or cache_ttl_s < 0:
            raise ValueError("cache_size and cache_ttl_s must not be negative")
        self.config = config
        self._cache: OrderedDict[bytes, _Verified] = OrderedDict()
        self._cache_size = cache_size
        self._cache_ttl = cache_ttl_s
        self._clock = clock
        self._cache_lock = threading.Lock()
        self._hits = self._misses = 0
        self._own_session = session is None
        self._session = session or aiohttp.ClientSession()
        self._issuers: dict[str, _Issuer] = {}
        require = [*REQUIRED_CLAIMS, "iat"] if config.max_token_age_s is not None else list(REQUIRED_CLAIMS)
        # The audience is checked after decoding because ``azp`` may carry it, which pyjwt does not consider.
        self._options: Options = {"require": require, "verify_aud": False}
        self._caches: list[JwksCache] = []
        self._near_misses_logged: set[str] = set()
        for issuer in config.issuers:
            cache = JwksCache(issuer, self._session, config.jwks_refetch_floor_s, config.jwks_max_age_s)
            self._caches.append(cache)
            for iss, tenant in issuer.concrete_issuers().items():
                if iss in self._issuers:
                    raise ValueError(f"issuer {iss!r} is configured twice")
                self._issuers[iss] = _Issuer(issuer, cache, tenant)

    async def close(self) -> None:
        if self._own_session:
            await self._session.close()

    async def __aenter__(self) -> TokenVerifier:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def prefetch(self) -> list[str]:
        """Load every issuer's keys now (at start), so broken issuers show up before the first request.

        Tries all of them, logs each failure, and returns the failures; raises IssuerUnavailable,
        naming every failed issuer, only when no issuer's keys could be loaded.
        """
        results = await asyncio.gather(*(cache.load() for cache in self._caches), return_exceptions=True)
        failures = []
        for cache, result in zip(self._caches, results, strict=True):
            if isinstance(result, IssuerUnavailable):
                failures.append(str(result))
                log.warning("issuer %s: keys not loaded: %s", cache.issuer.issuer, result)
            elif isinstance(result, BaseException):
                raise result
            else:
                log.info("issuer %s: %d signing key(s) loaded", cache.issuer.issuer, cache.key_count)
        if self._caches and len(failures) == len(self._caches):
            raise IssuerUnavailable("no issuer's keys could be loaded: " + "; ".join(failures))
        return failures

    async def ready(self) -> bool:
        """Some issuer's keys are loaded (without any, every token would be refused); if none are,
        try loading them again (at most once per refetch floor)."""
        if any(cache.loaded for cache in self._caches):
            return True
        await asyncio.gather(*(cache.load() for cache in self._caches), return_exceptions=True)
        return any(cache.loaded for cache in self._caches)

    def _untrusted(self, iss: object) -> AuthenticationFailed:
        """The refusal for an ``iss`` no issuer matches; an issuer that differs only by a trailing slash is logged once."""
        if isinstance(iss, str):
            for configured in self._issuers:
                if configured != iss and configured.rstrip("/") == iss.rstrip("/") and configured not in self._near_misses_logged:
                    self._near_misses_logged.add(configured)
                    log.warning(
                        "a token's iss differs from the configured issuer %s only by a trailing slash: "
                        "configure the issuer exactly as its tokens write it",
                        configured,
                    )
        return AuthenticationFailed("token issuer is not trusted")

    @staticmethod
    def _refetch_refusal(unverified: Mapping[str, Any], issuer: _Issuer, kid: str) -> str:
        """Why a token whose kid is not cached does not even justify fetching the JWKS ("" if it does)."""
        if not 0 < len(kid) <= MAX_KID_LENGTH:
            return "token signing key is unknown"
        exp = unverified.get("exp")
        if not isinstance(exp, bool) and isinstance(exp, (int, float)) and exp + issuer.config.leeway_s < time.time():
            return "token is expired"
        if not audience_accepted(unverified, issuer.audience, issuer.config.accept_azp):
            return "token audience is not accepted"
        return ""

    async def verify(self, token: str) -> Identity:
        """The verified identity behind ``token``.

        Raises AuthenticationFailed for a refused token, IssuerUnavailable if the
        issuer's keys cannot be obtained at all (fail closed, but not the client's fault).
        """
        if not token:
            raise AuthenticationFailed("no credential presented")
        digest = _token_digest(token)
        if self._cache_size:
            identity = await self._cached(digest)
            if identity is not None:
                return identity
        header, unverified = peek(token)
        iss = unverified.get("iss")
        if iss is None:
            raise AuthenticationFailed("token is missing the iss claim")
        issuer = self._issuers.get(iss) if isinstance(iss, str) else None
        if issuer is None:
            raise self._untrusted(iss)
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in issuer.algorithms:
            raise AuthenticationFailed("token algorithm is not allowed")
        typ = header.get("typ", "")
        if not isinstance(typ, str) or normalize_typ(typ) not in issuer.accept_typ:
            raise AuthenticationFailed("token type is not accepted")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise AuthenticationFailed("token signing key is unknown")
        if issuer.keys.loaded and not issuer.keys.has_kid(kid):
            refusal = self._refetch_refusal(unverified, issuer, kid)
            if refusal:
                raise AuthenticationFailed(refusal)
        key = await issuer.keys.get(kid, alg)
        if key is None:
            if issuer.keys.has_kid(kid):
                raise AuthenticationFailed("token algorithm is not allowed")
            raise AuthenticationFailed("token signing key is unknown")

        not_a_number = non_numeric_time_claim(unverified)
        if not_a_number:
            raise AuthenticationFailed(f"token claim {not_a_number} must be a number of seconds")
        config = issuer.config
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[key.algorithm_name],
                issuer=iss,
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

        if not audience_accepted(claims, issuer.audience, config.accept_azp):
            raise AuthenticationFailed("token audience is not accepted")
        if issuer.tenant and claims.get("tid") != issuer.tenant:
            raise AuthenticationFailed("token tenant does not match its issuer")
        missing = missing_scopes(config.required_scopes, claims)
        if missing:
            raise InsufficientScope(f"token lacks the required scope(s) {', '.join(missing)}")
        max_age = self.config.max_token_age_s
        if max_age is not None and time.time() - int(claims["iat"]) > max_age + config.leeway_s:
            raise AuthenticationFailed("token is too old")
        identity = self._identity(digest, claims, config)
        if self._cache_size:
            self._remember(digest, identity, claims, issuer, kid, alg, key)
        return identity

    async def _cached(self, digest: bytes) -> Identity | None:
        """The identity of an earlier verification of this exact token, if it may still be reused."""
        with self._cache_lock:
            entry = self._cache.get(digest)
            if entry is None:
                self._misses += 1
                return None
        now = self._clock()
        fresh = entry.not_before <= now < entry.expires and 0 <= now - entry.cached_at < self._cache_ttl
        # Same key look-up as a full verification: refetches on age, so a withdrawn key is dropped as usual.
        if fresh and await entry.issuer.keys.get(entry.kid, entry.alg) is entry.key:
            with self._cache_lock:
                self._hits += 1
                if digest in self._cache:
                    self._cache.move_to_end(digest)
            return entry.identity
        with self._cache_lock:
            self._misses += 1
            if self._cache.get(digest) is entry:
                del self._cache[digest]
        return None

    def _remember(
        self, digest: bytes, identity: Identity, claims: Mapping[str, Any], issuer: _Issuer, kid: str, alg: str, key: Any
    ) -> None:
        now = self._clock()
        # The time claims read as pyjwt read them when it accepted the token (``int()`` of the value).
        try:
            expires = min(float(int(claims["exp"])), now + self._cache_ttl)
            max_age = self.config.max_token_age_s
            if max_age is not None:
                expires = min(expires, float(int(claims["iat"])) + max_age)
            not_before = float(int(claims["nbf"])) if "nbf" in claims else float("-inf")
        except (TypeError, ValueError, OverflowError):
            return
        if not not_before <= now < expires:
            return  # accepted only thanks to the leeway: never served from the cache
        entry = _Verified(identity, not_before, expires, now, issuer, kid, alg, key)
        with self._cache_lock:
            self._cache[digest] = entry
            self._cache.move_to_end(digest)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def cache_info(self) -> CacheInfo:
        with self._cache_lock:
            return CacheInfo(self._hits, self._misses, len(self._cache), self._cache_size)

    def cache_clear(self) -> None:
        with self._cache_lock:
            self._cache.clear()

    @staticmethod
    def _immature_reason(claims: Mapping[str, Any], leeway: float) -> str:
        nbf = claims.get("nbf")
        if isinstance(nbf, (int, float)) and nbf > time.time() + leeway:
            return "token is not yet valid"
        return "token is issued in the future"

    @staticmethod
    def _identity(digest: bytes, claims: dict[str, Any], config: IssuerConfig) -> Identity:
        jti = claims.get("jti")
        copied = {}
        for name in config.claims:
            value = claim_at(claims, name)
            if value is not None:
                copied[name] = claim_as_string(value)
        return Identity(
            subject=claims["sub"],
            issuer=claims["iss"],
            roles=roles_for(config, claims),
            token_id=jti if isinstance(jti, str) else "",
            token_fingerprint=digest.hex()[:16],
            claims=copied,
        )


__all__ = [
    "AuthenticationFailed",
    "InsufficientScope",
    "IssuerUnavailable",
    "TokenVerifier",
    "extract_credential",
    "token_fingerprint",
]
