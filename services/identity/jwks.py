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
import ssl as ssl_module
import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import aiohttp
import msgspec
from jwt import PyJWK
from jwt.exceptions import PyJWKError

from .config import TENANT_PLACEHOLDER, IssuerConfig

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


async def _get_json(
    session: aiohttp.ClientSession,
    url: str,
    content_types: Iterable[str],
    ssl: ssl_module.SSLContext | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    try:
        async with session.get(url, timeout=FETCH_TIMEOUT, ssl=ssl if ssl is not None else True, headers=headers) as resp:
            if resp.status != 200:
                raise IssuerUnavailable(f"GET {url} answered HTTP {resp.status}")
            if resp.content_type not in content_types:
                raise IssuerUnavailable(f"GET {url} answered content type {resp.content_type!r}, not JSON")
            return await resp.read()
    except (TimeoutError, aiohttp.ClientError, ssl_module.SSLError) as exc:
        raise IssuerUnavailable(f"GET {url} failed: {exc!r}") from None


async def discover(
    session: aiohttp.ClientSession,
    issuer: str,
    ssl: ssl_module.SSLContext | None = None,
    headers: dict[str, str] | None = None,
) -> ProviderMetadata:
    """Fetch and check the discovery document; its ``issuer`` must equal ours exactly (OIDC Discovery §4.3).

    A multi-tenant issuer (``{tenantid}`` in it) is discovered at its ``common`` document, which
    names the template itself as its issuer (Entra ID).
    """
    url = discovery_url(issuer.replace(TENANT_PLACEHOLDER, "common"))
    body = await _get_json(session, url, ("application/json",), ssl, headers)
    try:
        metadata = msgspec.json.decode(body, type=ProviderMetadata)
    except msgspec.DecodeError as exc:
        raise IssuerUnavailable(f"discovery document at {url} is invalid: {exc}") from None
    if metadata.issuer != issuer:
        if metadata.issuer.rstrip("/") == issuer.rstrip("/"):
            raise IssuerUnavailable(
                f"discovery document at {url} names issuer {metadata.issuer!r}, which differs from the configured "
                f"{issuer!r} only by a trailing slash: configure the issuer exactly as the provider writes it"
            )
        raise IssuerUnavailable(
            f"discovery document at {url} names issuer {metadata.issuer!r}, not the configured {issuer!r}"
        )
    return metadata


def candidate_algorithms(jwk: dict, allowed: Iterable[str]) -> list[str]:
    """Algorithms a key may verify: its own ``alg`` if it has one, else those its type allows, within ``allowed``."""
    if isinstance(jwk.get("alg"), str):
        possible: tuple[str, ...] = (jwk["alg"],)
    else:
        kty, crv = jwk.get("kty"), jwk.get("crv")
        if not isinstance(kty, str) or not (crv is None or isinstance(crv, str)):
            return []
        possible = _ALGORITHMS_BY_KEY_TYPE.get((kty, None if kty == "RSA" else crv), ())
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


UNKNOWN_KID_TTL_S = 5.0
"""A kid a fresh JWKS did not hold is refused at once (no refetch) for this long: short, so that a kid
presented before its key was published delays that key by seconds at most."""
UNKNOWN_KID_CACHE_SIZE = 4096


def ssl_context(ca_file: str) -> ssl_module.SSLContext | None:
    """Trust exactly the CA bundle in ``ca_file`` (a private CA); None: the system's trust store."""
    if not ca_file:
        return None
    try:
        return ssl_module.create_default_context(cafile=ca_file)
    except (OSError, ssl_module.SSLError) as exc:
        raise IssuerUnavailable(f"ca_file {ca_file} cannot be used: {exc}") from None


def bearer_headers(token_file: str) -> dict[str, str] | None:
    """The ``Authorization`` header for JWKS endpoints that need one, read afresh (the token may rotate)."""
    if not token_file:
        return None
    try:
        token = Path(token_file).read_text().strip()
    except OSError as exc:
        raise IssuerUnavailable(f"jwks_token_file {token_file} cannot be read: {exc.strerror}") from None
    if not token:
        raise IssuerUnavailable(f"jwks_token_file {token_file} is empty")
    return {"Authorization": f"Bearer {token}"}


class JwksCache:
    """The signing keys of one issuer, fetched lazily and refreshed on rotation or age.

    Refetching on an unknown ``kid`` is rate-limited globally per issuer: fetches start at least
    ``refetch_floor_s`` apart, one at a time, and callers arriving meanwhile share the one in flight.
    A token with a new kid is checked against keys fetched no earlier than one floor before it
    arrived, so a key published at least one floor ago is accepted whatever other traffic does,
    while the JWKS endpoint sees at most one request per floor. A kid that a fresh JWKS did not
    hold is remembered for ``UNKNOWN_KID_TTL_S`` and refused at once without a fetch.
    """

    def __init__(
        self,
        issuer: IssuerConfig,
        session: aiohttp.ClientSession,
        refetch_floor_s: float = 1.0,
        max_age_s: float = 3600.0,
    ) -> None:
        self.issuer = issuer
        self._session = session
        self._floor = refetch_floor_s
        self._max_age = max_age_s
        self._jwks_uri = issuer.jwks_uri
        self._keys: dict[tuple[str, str], PyJWK] | None = None
        self._kids: frozenset[str] = frozenset()
        self._unknown: OrderedDict[str, float] = OrderedDict()
        self._fetched_at = float("-inf")
        self._started_at = float("-inf")
        self._last_ok = False
        self._last_error = ""
        self._lock = asyncio.Lock()
        self.fetches = 0

    @property
    def loaded(self) -> bool:
        return self._keys is not None

    @property
    def key_count(self) -> int:
        return len(self._kids)

    def has_kid(self, kid: str) -> bool:
        return kid in self._kids

    def known_unknown(self, kid: str) -> bool:
        """A fresh JWKS lacked ``kid`` a short while ago: refuse without refetching."""
        until = self._unknown.get(kid)
        return until is not None and time.monotonic() < until

    async def get(self, kid: str, alg: str) -> PyJWK | None:
        """The key for ``kid`` usable with ``alg``, refetching the JWKS if ``kid`` is new or the cache is old.

        Returns None if the key is unknown, or known but not for ``alg`` (check ``has_kid``).
        Raises IssuerUnavailable if the keys cannot be fetched and ``kid`` is not among cached ones.
        """
        asked = time.monotonic()
        stale = asked - self._fetched_at > self._max_age
        if self._keys is not None and kid in self._kids and stale:
            await self._refresh_if_due()
            return self._loaded().get((kid, alg))
        if not stale and self._keys is not None:
            key = self._keys.get((kid, alg))
            if key is not None or kid in self._kids or self.known_unknown(kid):
                return key
        fetched = await self._refresh_since(asked, kid)
        keys = self._loaded()
        if kid not in self._kids and not fetched:
            raise IssuerUnavailable(f"signing key {kid[:64]!r} of {self.issuer.issuer} cannot be checked: {self._last_error}")
        if kid not in self._kids:
            self._remember_unknown(kid)
        return keys.get((kid, alg))

    async def load(self) -> None:
        """Fetch the keys if none are cached; raises IssuerUnavailable if that fails."""
        if self._keys is None:
            await self._refresh_since(time.monotonic())
        self._loaded()

    def _loaded(self) -> dict[tuple[str, str], PyJWK]:
        if self._keys is None:
            raise IssuerUnavailable(f"no signing keys for issuer {self.issuer.issuer}: {self._last_error}")
        return self._keys

    def _remember_unknown(self, kid: str) -> None:
        self._unknown[kid] = time.monotonic() + UNKNOWN_KID_TTL_S
        self._unknown.move_to_end(kid)
        while len(self._unknown) > UNKNOWN_KID_CACHE_SIZE:
            self._unknown.popitem(last=False)

    async def _refresh_if_due(self) -> None:
        """Refresh old keys unless a fetch started within the floor; cached keys serve meanwhile."""
        async with self._lock:
            if time.monotonic() - self._started_at >= self._floor:
                await self._fetch_now()

    async def _refresh_since(self, asked: float, kid: str = "") -> bool:
        """Make sure the keys come from a fetch started no earlier than one floor before ``asked``,
        fetching now if not (one at a time: callers wait for a fetch in flight); True if that fetch got keys.
        A fetch that finished while waiting and brought ``kid`` is enough."""
        async with self._lock:
            if (kid and kid in self._kids) or self._started_at >= asked - self._floor:
                return self._last_ok
            return await self._fetch_now()

    async def _fetch_now(self) -> bool:
        """One fetch, under the lock; records its start, success and error."""
        self._started_at = time.monotonic()
        self.fetches += 1
        try:
            await self._fetch()
            self._last_ok = True
        except IssuerUnavailable as exc:
            self._last_ok = False
            self._last_error = str(exc)
            log.warning("JWKS refresh for %s failed: %s", self.issuer.issuer, exc)
        return self._last_ok

    async def _fetch(self) -> None:
        tls = ssl_context(self.issuer.ca_file)
        headers = bearer_headers(self.issuer.jwks_token_file)
        if not self._jwks_uri:
            self._jwks_uri = (await discover(self._session, self.issuer.issuer, tls, headers)).jwks_uri
            if not self._jwks_uri:
                raise IssuerUnavailable(f"discovery document of {self.issuer.issuer} has no jwks_uri")
        body = await _get_json(self._session, self._jwks_uri, JWKS_CONTENT_TYPES, tls, headers)
        keys = decode_jwks(body, self.issuer.algorithms)
        if not keys:
            raise IssuerUnavailable(f"JWKS at {self._jwks_uri} holds no key usable with {self.issuer.algorithms}")
        self._keys = keys
        self._kids = frozenset(kid for kid, _ in keys)
        for kid in self._kids:
            self._unknown.pop(kid, None)
        self._fetched_at = time.monotonic()
