"""Discovery and a per-issuer JWKS cache.

Keys are fetched over HTTP, decoded once into ``PyJWK`` objects and looked up by
``(kid, alg)`` so that verifying with a cached key costs no parsing. An unknown
``kid`` triggers a refetch (the provider rotated its keys), but never more often
than a floor, and concurrent refetches share one HTTP call: a flood of tokens with
forged ``kid``s cannot turn the gateway into a load generator against the provider.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

import aiohttp
import msgspec
from jwt import PyJWK
from jwt.exceptions import PyJWKError

from .config import IssuerConfig

log = logging.getLogger("lockgate.identity")

JWKS_CONTENT_TYPES = frozenset({"application/json", "application/jwk-set+json"})
FETCH_TIMEOUT = aiohttp.ClientTimeout(total=10)

_ALGORITHMS_BY_KEY_TYPE = {
    ("RSA", None): ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512"),
    ("EC", "P-256"): ("ES256",),
    ("EC", "P-384"): ("ES384",),
    ("EC", "P-521"): ("ES512",),
    ("EC", "secp256k1"): ("ES256K",),
    ("OKP", "Ed25519"): ("EdDSA",),
    ("OKP", "Ed448"): ("EdDSA",),
}


class IssuerUnavailable(Exception):
    """The issuer's discovery document or keys could not be obtained or are not acceptable.

    Not the client's fault: the gateway should fail closed with 503, not 401.
    """


class ProviderMetadata(msgspec.Struct, kw_only=True):
    """The parts of an OpenID Provider's discovery document Lockgate uses."""

    issuer: str
    jwks_uri: str = ""
    token_endpoint: str = ""


def discovery_url(issuer: str) -> str:
    """OIDC Discovery §4: strip one trailing slash, then append the well-known path."""
    return issuer.removesuffix("/") + "/.well-known/openid-configuration"


async def _get_json(session: aiohttp.ClientSession, url: str, content_types: Iterable[str]) -> bytes:
    try:
        async with session.get(url, timeout=FETCH_TIMEOUT) as resp:
            if resp.status != 200:
                raise IssuerUnavailable(f"GET {url} answered HTTP {resp.status}")
            if resp.content_type not in content_types:
                raise IssuerUnavailable(f"GET {url} answered content type {resp.content_type!r}, not JSON")
            return await resp.read()
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise IssuerUnavailable(f"GET {url} failed: {exc!r}") from None


async def discover(session: aiohttp.ClientSession, issuer: str) -> ProviderMetadata:
    """Fetch and check the discovery document; its ``issuer`` must equal ours exactly (OIDC Discovery §4.3)."""
    url = discovery_url(issuer)
    body = await _get_json(session, url, ("application/json",))
    try:
        metadata = msgspec.json.decode(body, type=ProviderMetadata)
    except msgspec.DecodeError as exc:
        raise IssuerUnavailable(f"discovery document at {url} is invalid: {exc}") from None
    if metadata.issuer != issuer:
        raise IssuerUnavailable(
            f"discovery document at {url} names issuer {metadata.issuer!r}, not the configured {issuer!r}"
        )
    return metadata


def candidate_algorithms(jwk: dict, allowed: Iterable[str]) -> list[str]:
    """Algorithms a key may verify: its own ``alg`` if it has one, else those its type allows, within ``allowed``."""
    if isinstance(jwk.get("alg"), str):
        possible: tuple[str, ...] = (jwk["alg"],)
    else:
        kty = jwk.get("kty")
        possible = _ALGORITHMS_BY_KEY_TYPE.get((kty, None if kty == "RSA" else jwk.get("crv")), ())
    return [alg for alg in possible if alg in allowed]


def decode_jwks(body: bytes, allowed_algorithms: Iterable[str]) -> dict[tuple[str, str], PyJWK]:
    """Decode a JWK Set into ``{(kid, alg): PyJWK}``, skipping keys that cannot verify tokens here."""
    allowed = frozenset(allowed_algorithms)
    try:
        document = msgspec.json.decode(body)
    except msgspec.DecodeError as exc:
        raise IssuerUnavailable(f"JWKS is not valid JSON: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise IssuerUnavailable("JWKS has no 'keys' list")
    keys: dict[tuple[str, str], PyJWK] = {}
    for jwk in document["keys"]:
        if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str):
            continue
        if jwk.get("use", "sig") != "sig" or "d" in jwk:
            continue
        for alg in candidate_algorithms(jwk, allowed):
            try:
                keys[(jwk["kid"], alg)] = PyJWK(jwk, alg)
            except PyJWKError as exc:
                log.warning("ignoring JWKS key %r for %s: %s", jwk["kid"], alg, exc)
    return keys


class JwksCache:
    """The signing keys of one issuer, fetched lazily and refreshed on rotation or age."""

    def __init__(
        self,
        issuer: IssuerConfig,
        session: aiohttp.ClientSession,
        refetch_floor_s: float = 30.0,
        max_age_s: float = 3600.0,
    ) -> None:
        self.issuer = issuer
        self._session = session
        self._floor = refetch_floor_s
        self._max_age = max_age_s
        self._jwks_uri = issuer.jwks_uri
        self._keys: dict[tuple[str, str], PyJWK] | None = None
        self._kids: frozenset[str] = frozenset()
        self._fetched_at = float("-inf")
        self._attempted_at = float("-inf")
        self._last_error = ""
        self._generation = 0
        self._lock = asyncio.Lock()

    def has_kid(self, kid: str) -> bool:
        return kid in self._kids

    async def get(self, kid: str, alg: str) -> PyJWK | None:
        """The key for ``kid`` usable with ``alg``, refetching the JWKS if ``kid`` is unknown or the cache is old.

        Returns None if the key is unknown, or known but not for ``alg`` (check ``has_kid``).
        Raises IssuerUnavailable only if no keys were ever obtained.
        """
        stale = time.monotonic() - self._fetched_at > self._max_age
        if not stale and self._keys is not None:
            key = self._keys.get((kid, alg))
            if key is not None:
                return key
        if stale or kid not in self._kids:
            await self.refresh()
        return self._loaded().get((kid, alg))

    async def load(self) -> None:
        """Fetch the keys if none are cached; raises IssuerUnavailable if that fails."""
        if self._keys is None:
            await self.refresh()
        self._loaded()

    def _loaded(self) -> dict[tuple[str, str], PyJWK]:
        if self._keys is None:
            raise IssuerUnavailable(f"no signing keys for issuer {self.issuer.issuer}: {self._last_error}")
        return self._keys

    async def refresh(self) -> None:
        """Refetch the JWKS unless another task just did, or the floor has not passed since the last try."""
        generation = self._generation
        async with self._lock:
            if self._generation != generation:
                return
            if time.monotonic() - self._attempted_at < self._floor:
                return
            try:
                await self._fetch()
            except IssuerUnavailable as exc:
                self._last_error = str(exc)
                log.warning("JWKS refresh for %s failed: %s", self.issuer.issuer, exc)
            self._attempted_at = time.monotonic()
            self._generation += 1

    async def _fetch(self) -> None:
        if not self._jwks_uri:
            self._jwks_uri = (await discover(self._session, self.issuer.issuer)).jwks_uri
            if not self._jwks_uri:
                raise IssuerUnavailable(f"discovery document of {self.issuer.issuer} has no jwks_uri")
        body = await _get_json(self._session, self._jwks_uri, JWKS_CONTENT_TYPES)
        keys = decode_jwks(body, self.issuer.algorithms)
        if not keys:
            raise IssuerUnavailable(f"JWKS at {self._jwks_uri} holds no key usable with {self.issuer.algorithms}")
        self._keys = keys
        self._kids = frozenset(kid for kid, _ in keys)
        self._fetched_at = time.monotonic()
