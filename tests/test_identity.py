"""The OIDC relying party, against real issuers serving discovery and JWKS over HTTP."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
import stat
import time
import uuid

import aiohttp
import jwt
import msgspec
import pytest
from aiohttp import web
from cryptography.hazmat.primitives import serialization
from multidict import CIMultiDict, CIMultiDictProxy

from services.identity import (
    AuthenticationFailed,
    DevIssuer,
    IdentityConfig,
    IssuerConfig,
    IssuerUnavailable,
    TokenRequestFailed,
    TokenVerifier,
    extract_credential,
    fetch_token,
)
from tests.oidc_issuer import CLIENT_ID, CLIENT_SECRET, OidcTestIssuer, SigningKey


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def issuer():
    issuer = await OidcTestIssuer().start()
    yield issuer
    await issuer.stop()


def verifier_for(http, issuer, floor: float = 30.0, max_age: float = 3600.0, token_age=None, **issuer_fields):
    fields = {"issuer": issuer.issuer, "audience": ["lockgate"], **issuer_fields}
    config = IdentityConfig(
        issuers=[IssuerConfig(**fields)],
        jwks_refetch_floor_s=floor,
        jwks_max_age_s=max_age,
        max_token_age_s=token_age,
    )
    return TokenVerifier(config, http)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hand_made(header: dict, claims: dict, sign=lambda signing_input: b"") -> str:
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    return f"{signing_input}.{b64(sign(signing_input.encode()))}"


async def assert_refused(verifier: TokenVerifier, token: str, message: str) -> None:
    with pytest.raises(AuthenticationFailed) as info:
        await verifier.verify(token)
    assert str(info.value) == message
    leaked = [token[i : i + 8] for i in range(len(token) - 7) if token[i : i + 8] in str(info.value)]
    assert not leaked, "the message must not carry any part of the token"


# --- valid tokens and the Identity they produce ----------------------------------------------


async def test_valid_token_gives_identity(http, issuer):
    verifier = verifier_for(http, issuer, roles_claim="groups")
    token = issuer.mint(email="alice@example.com")
    identity = await verifier.verify(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert identity.subject == "alice"
    assert identity.issuer == issuer.issuer
    assert identity.roles == ("developer",)
    assert identity.token_id == claims["jti"]
    assert identity.token_fingerprint == hashlib.sha256(token.encode()).hexdigest()[:16]
    assert identity.claims == {"client_id": "agent-cli", "email": "alice@example.com"}
    assert token not in msgspec.json.encode(identity).decode()


@pytest.mark.parametrize(
    "roles_claim, claims, roles",
    [
        ("groups", {"groups": ["dev", "ops"]}, ("dev", "ops")),
        ("groups", {"groups": "dev"}, ("dev",)),
        ("groups", {"groups": None}, ()),
        ("roles", {"roles": ["Lockgate.Admin"]}, ("Lockgate.Admin",)),
        ("realm_access.roles", {"realm_access": {"roles": ["admin", "user"]}}, ("admin", "user")),
        ("resource_access.lockgate.roles", {"resource_access": {"lockgate": {"roles": ["ci"]}}}, ("ci",)),
        ("realm_access.roles", {"realm_access": "not an object"}, ()),
        ("cognito:groups", {"cognito:groups": ["analysts"]}, ("analysts",)),
        ("https://lockgate.example/roles", {"https://lockgate.example/roles": ["sre"]}, ("sre",)),
    ],
)
async def test_roles_from_configured_claim(http, issuer, roles_claim, claims, roles):
    verifier = verifier_for(http, issuer, roles_claim=roles_claim)
    assert (await verifier.verify(issuer.mint(**claims))).roles == roles


async def test_claims_copied_as_strings(http, issuer):
    verifier = verifier_for(http, issuer, claims=["client_id", "azp", "tenant.id", "scope_list"])
    token = issuer.mint(azp="lockgate", tenant={"id": 42}, scope_list=["a", "b"])
    identity = await verifier.verify(token)
    assert identity.claims == {"client_id": "agent-cli", "azp": "lockgate", "tenant.id": "42", "scope_list": '["a","b"]'}


async def test_audience_list_and_azp(http, issuer):
    verifier = verifier_for(http, issuer, accept_azp=True)
    await verifier.verify(issuer.mint(aud=["account", "lockgate"]))
    await verifier.verify(issuer.mint(aud="account", azp="lockgate"))
    await assert_refused(verifier, issuer.mint(aud=["account", "other"]), "token audience is not accepted")
    await assert_refused(verifier, issuer.mint(aud="other"), "token audience is not accepted")
    await assert_refused(verifier, issuer.mint(aud=None), "token audience is not accepted")


# --- refusals, each with its message -----------------------------------------------------------


async def test_time_claims(http, issuer):
    now = int(time.time())
    verifier = verifier_for(http, issuer)
    await verifier.verify(issuer.mint(exp=now - 10))  # within the 30 s leeway
    await verifier.verify(issuer.mint(nbf=None, iat=None))
    await assert_refused(verifier, issuer.mint(exp=now - 120), "token is expired")
    await assert_refused(verifier, issuer.mint(nbf=now + 120), "token is not yet valid")
    await assert_refused(verifier, issuer.mint(iat=now + 120, nbf=None), "token is issued in the future")
    await assert_refused(verifier, issuer.mint(exp=None), "token is missing the exp claim")


async def test_max_token_age(http, issuer):
    now = int(time.time())
    verifier = verifier_for(http, issuer, token_age=600)
    await verifier.verify(issuer.mint(iat=now - 60))
    await assert_refused(verifier, issuer.mint(iat=now - 1000), "token is too old")
    await assert_refused(verifier, issuer.mint(iat=None), "token is missing the iat claim")


async def test_untrusted_issuer(http, issuer):
    verifier = verifier_for(http, issuer)
    other = await OidcTestIssuer().start()
    try:
        await assert_refused(verifier, other.mint(), "token issuer is not trusted")
        await assert_refused(verifier, issuer.mint(iss=issuer.issuer + "/"), "token issuer is not trusted")
        await assert_refused(verifier, issuer.mint(iss=["x"]), "token issuer is not trusted")
        await assert_refused(verifier, issuer.mint(iss=None), "token is missing the iss claim")
        assert other.jwks_fetches == other.discovery_fetches == 0
    finally:
        await other.stop()


async def test_missing_subject(http, issuer):
    await assert_refused(verifier_for(http, issuer), issuer.mint(sub=None), "token is missing the sub claim")


async def test_unknown_kid(http, issuer):
    verifier = verifier_for(http, issuer)
    await assert_refused(verifier, issuer.mint(headers_overrides={"kid": "no-such-key"}), "token signing key is unknown")
    await assert_refused(verifier, issuer.mint(headers_overrides={"kid": None}), "token signing key is unknown")


async def test_alg_none(http, issuer):
    verifier = verifier_for(http, issuer)
    token = jwt.encode(issuer.claims(), None, algorithm="none", headers={"kid": issuer.key.kid})
    await assert_refused(verifier, token, "token algorithm is not allowed")
    await assert_refused(verifier, token.rstrip(".") + ".", "token algorithm is not allowed")


async def test_hs256_signed_with_the_public_key(http, issuer):
    """The classic confusion attack: HMAC keyed with the RSA public key the JWKS publishes."""
    verifier = verifier_for(http, issuer)
    public_pem = issuer.key.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = {"alg": "HS256", "typ": "at+jwt", "kid": issuer.key.kid}
    token = hand_made(header, issuer.claims(), lambda data: hmac.new(public_pem, data, "sha256").digest())
    await assert_refused(verifier, token, "token algorithm is not allowed")


async def test_algorithm_must_fit_config_and_key(http, issuer):
    ec_key = SigningKey.generate("ES256")
    verifier = verifier_for(http, issuer, algorithms=["RS256", "ES256"])
    # An ES256 signature presented under the RSA key's kid: the header alg does not pick the algorithm.
    await assert_refused(
        verifier, issuer.mint(key=ec_key, headers_overrides={"kid": issuer.key.kid}), "token algorithm is not allowed"
    )
    es_only = verifier_for(http, issuer, algorithms=["ES256"])
    await assert_refused(es_only, issuer.mint(), "token algorithm is not allowed")
    await assert_refused(verifier, issuer.mint(headers_overrides={"alg": "RS512"}), "token algorithm is not allowed")


async def test_keys_without_alg_allow_their_family():
    issuer = await OidcTestIssuer(publish_alg=False).start()
    try:
        async with aiohttp.ClientSession() as http:
            verifier = verifier_for(http, issuer, algorithms=["RS256", "PS256"])
            await verifier.verify(issuer.mint())
            await verifier.verify(issuer.mint(headers_overrides={"alg": "PS256"}))
            await assert_refused(
                verifier, issuer.mint(headers_overrides={"alg": "RS512"}), "token algorithm is not allowed"
            )
    finally:
        await issuer.stop()


async def test_tampered_or_foreign_signature(http, issuer):
    verifier = verifier_for(http, issuer)
    header, _, signature = issuer.mint().split(".")
    forged_claims = b64(json.dumps(issuer.claims(groups=["admin"])).encode())
    await assert_refused(verifier, f"{header}.{forged_claims}.{signature}", "token signature is invalid")
    impostor = SigningKey.generate("RS256", kid=issuer.key.kid)
    await assert_refused(verifier, issuer.mint(key=impostor), "token signature is invalid")


@pytest.mark.parametrize(
    "garbage",
    ["not-a-jwt", "a.b.c", "%%%.%%%.%%%", "e30.e30", "W10.W10.", "a.b.c.d.e", "Bearer x", "e30.bm90IGpzb24.sig"],
)
async def test_garbage(http, issuer, garbage):
    await assert_refused(verifier_for(http, issuer), garbage, "token is malformed")


async def test_header_and_claims_of_the_wrong_type(http, issuer):
    verifier = verifier_for(http, issuer)
    kid = issuer.key.kid
    for header, message in [
        ({"alg": ["RS256"], "kid": kid}, "token algorithm is not allowed"),
        ({"alg": "RS256", "kid": {"k": 1}}, "token signing key is unknown"),
        ({"alg": "RS256", "kid": kid, "typ": 7}, "token type is not accepted"),
    ]:
        await assert_refused(verifier, hand_made(header, issuer.claims()), message)
    await assert_refused(verifier, issuer.mint(aud=[{"x": 1}]), "token audience is not accepted")
    await assert_refused(verifier, issuer.mint(exp="soon"), "token claim exp must be a number of seconds")
    await assert_refused(verifier, issuer.mint(sub=12), "token is malformed")


async def test_empty(http, issuer):
    await assert_refused(verifier_for(http, issuer), "", "no credential presented")


async def test_typ(http, issuer):
    lenient = verifier_for(http, issuer)
    for typ in ("at+jwt", "JWT", "application/at+jwt", None):
        await lenient.verify(issuer.mint(headers_overrides={"typ": typ}))
    await assert_refused(lenient, issuer.mint(headers_overrides={"typ": "dpop+jwt"}), "token type is not accepted")
    strict = verifier_for(http, issuer, accept_typ=["at+jwt"])
    await strict.verify(issuer.mint(headers_overrides={"typ": "application/AT+JWT"}))
    await assert_refused(strict, issuer.mint(headers_overrides={"typ": "JWT"}), "token type is not accepted")
    await assert_refused(strict, issuer.mint(headers_overrides={"typ": None}), "token type is not accepted")


# --- keys: discovery, caching, rotation -----------------------------------------------------


async def test_rotation_is_picked_up(http, issuer):
    verifier = verifier_for(http, issuer, floor=0.3)
    old_token = issuer.mint()
    await verifier.verify(old_token)
    issuer.rotate()
    await asyncio.sleep(0.35)
    new_token = issuer.mint()
    assert (await verifier.verify(new_token)).subject == "alice"
    await verifier.verify(old_token)
    assert issuer.jwks_fetches == 2
    assert issuer.discovery_fetches == 1


async def test_forged_kids_do_not_hammer_the_issuer(http, issuer):
    verifier = verifier_for(http, issuer, floor=30.0)
    await verifier.verify(issuer.mint())
    for _ in range(50):
        forged = issuer.mint(headers_overrides={"kid": uuid.uuid4().hex})
        await assert_refused(verifier, forged, "token signing key is unknown")
    assert issuer.jwks_fetches == 1


async def test_concurrent_refetches_coalesce(http, issuer):
    verifier = verifier_for(http, issuer, floor=1.0)
    valid = [issuer.mint() for _ in range(20)]
    forged = [issuer.mint(headers_overrides={"kid": uuid.uuid4().hex}) for _ in range(50)]
    results = await asyncio.gather(*(verifier.verify(token) for token in valid + forged), return_exceptions=True)
    assert all(result.subject == "alice" for result in results[:20])
    assert all(isinstance(result, AuthenticationFailed) for result in results[20:])
    assert (issuer.discovery_fetches, issuer.jwks_fetches) == (1, 1)


async def test_withdrawn_key_stops_verifying_after_max_age(http, issuer):
    verifier = verifier_for(http, issuer, floor=0, max_age=2.0)  # long enough that a busy machine stays inside it
    old_token = issuer.mint()
    await verifier.verify(old_token)
    issuer.rotate()
    issuer.keys.pop(0)
    await verifier.verify(old_token)  # still cached
    await asyncio.sleep(2.1)
    await assert_refused(verifier, old_token, "token signing key is unknown")
    await verifier.verify(issuer.mint())


async def test_discovery_issuer_must_match_exactly(http):
    issuer = await OidcTestIssuer(path="/realms/lockgate").start()
    issuer.discovery_issuer = issuer.issuer + "/"
    try:
        verifier = verifier_for(http, issuer)
        with pytest.raises(IssuerUnavailable, match="names issuer .*/realms/lockgate/'"):
            await verifier.verify(issuer.mint())
        with pytest.raises(IssuerUnavailable):
            await verifier.prefetch()
        assert issuer.jwks_fetches == 0
    finally:
        await issuer.stop()


async def test_jwks_uri_from_config_skips_discovery(http, issuer):
    verifier = verifier_for(http, issuer, jwks_uri=f"{issuer.issuer}/keys")
    await verifier.prefetch()
    await verifier.verify(issuer.mint())
    assert (issuer.discovery_fetches, issuer.jwks_fetches) == (0, 1)


@pytest.mark.parametrize("content_type, accepted", [("application/json", True), ("text/html", False)])
async def test_jwks_content_type(http, content_type, accepted):
    issuer = await OidcTestIssuer(jwks_content_type=content_type).start()
    try:
        verifier = verifier_for(http, issuer)
        if accepted:
            await verifier.verify(issuer.mint())
        else:
            with pytest.raises(IssuerUnavailable, match="content type"):
                await verifier.verify(issuer.mint())
    finally:
        await issuer.stop()


async def test_cached_verification_is_fast(http, issuer):
    verifier = verifier_for(http, issuer)
    token = issuer.mint()
    await verifier.verify(token)
    rounds = 300
    started = time.perf_counter()
    for _ in range(rounds):
        await verifier.verify(token)
    per_call = (time.perf_counter() - started) / rounds
    assert per_call < 0.001, f"{per_call * 1e6:.0f} µs per verification"


# --- verified-token cache -------------------------------------------------------------------


class Clock:
    """An injectable clock for the verifier's cache (pyjwt keeps reading the real time)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def cached_verifier(http, issuer, clock=time.time, token_age=None, cache_size=10_000, cache_ttl_s=300.0, **issuer_fields):
    fields = {"issuer": issuer.issuer, "audience": ["lockgate"], "leeway_s": 0, **issuer_fields}
    config = IdentityConfig(issuers=[IssuerConfig(**fields)], max_token_age_s=token_age)
    return TokenVerifier(config, http, cache_size=cache_size, cache_ttl_s=cache_ttl_s, clock=clock)


@pytest.fixture
def decodes(monkeypatch):
    """Counts full (signature-checking) verifications."""
    calls = []
    real = jwt.decode

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(jwt, "decode", counting)
    return calls


async def test_cached_token_still_passes_without_a_second_signature_check(http, issuer, decodes):
    verifier = cached_verifier(http, issuer)
    token = issuer.mint(email="alice@example.com")
    first = await verifier.verify(token)
    for _ in range(5):
        assert await verifier.verify(token) == first
    assert len(decodes) == 1
    assert verifier.cache_info()[:3] == (5, 1, 1)
    assert first.token_fingerprint == hashlib.sha256(token.encode()).hexdigest()[:16]
    assert all(token not in repr(key) for key in verifier._cache), "the key is a digest, never the token"


async def test_expired_token_is_refused_even_if_cached(http, issuer):
    """Real time, default clock: the cache never serves a token at or past its exp."""
    verifier = cached_verifier(http, issuer)
    exp = int(time.time()) + 1
    token = issuer.mint(exp=exp)
    await verifier.verify(token)
    await verifier.verify(token)
    assert verifier.cache_info().hits == 1
    await asyncio.sleep(max(0.0, exp - time.time()) + 0.02)
    await assert_refused(verifier, token, "token is expired")
    assert verifier.cache_info().size == 0


async def test_cache_honours_exp_nbf_max_age_and_ttl_exactly(http, issuer, decodes):
    clock = Clock()
    verifier = cached_verifier(http, issuer, clock=clock, token_age=600, cache_ttl_s=300)
    now = int(clock.now)
    token = issuer.mint(nbf=now - 5, iat=now - 10, exp=now + 400)
    await verifier.verify(token)
    assert len(decodes) == 1
    clock.now = now + 250.0
    await verifier.verify(token)
    assert len(decodes) == 1, "cached within exp and the cap"
    clock.now = now - 6.0  # before nbf (a clock stepped back): neither served from nor stored in the cache
    await verifier.verify(token)
    await verifier.verify(token)
    assert len(decodes) == 3
    # Cached again at `now`; the cap (300 s after caching) ends the entry although exp is later.
    clock.now = float(now)
    await verifier.verify(token)
    clock.now = now + 299.0
    await verifier.verify(token)
    assert len(decodes) == 4
    clock.now = now + 300.5
    await verifier.verify(token)
    assert len(decodes) == 5
    # exp is the bound, not exp + leeway: at exp the token goes back to full verification.
    short = issuer.mint(iat=now, exp=now + 100)
    clock.now = now
    await verifier.verify(short)
    clock.now = now + 99.9
    await verifier.verify(short)
    assert len(decodes) == 6
    clock.now = now + 100.0
    await verifier.verify(short)
    assert len(decodes) == 7
    # iat + max_token_age_s bounds an entry too.
    aged = issuer.mint(iat=now - 500, exp=now + 3600)
    clock.now = now
    await verifier.verify(aged)
    clock.now = now + 99.0
    await verifier.verify(aged)
    assert len(decodes) == 8
    clock.now = now + 100.0
    await verifier.verify(aged)
    assert len(decodes) == 9


async def test_token_accepted_only_by_leeway_is_not_cached(http, issuer):
    now = int(time.time())
    verifier = cached_verifier(http, issuer, leeway_s=30)
    await verifier.verify(issuer.mint(exp=now - 10))
    await verifier.verify(issuer.mint(nbf=now + 10))
    assert verifier.cache_info().size == 0


async def test_tampered_copy_of_a_cached_token_is_refused(http, issuer):
    verifier = cached_verifier(http, issuer, roles_claim="groups")
    token = issuer.mint()
    await verifier.verify(token)
    header, payload, signature = token.split(".")
    forged_claims = b64(json.dumps(issuer.claims(groups=["admin"])).encode())
    await assert_refused(verifier, f"{header}.{forged_claims}.{signature}", "token signature is invalid")
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    await assert_refused(verifier, f"{header}.{payload}.{flipped}", "token signature is invalid")
    await assert_refused(verifier, token + "x", "token is malformed")
    assert (await verifier.verify(token)).roles == ("developer",)
    info = verifier.cache_info()
    assert (info.hits, info.size) == (1, 1), "refused tokens are never cached"


async def test_refused_tokens_are_never_cached(http, issuer):
    verifier = cached_verifier(http, issuer)
    bad = issuer.mint(aud="other")
    for _ in range(3):
        await assert_refused(verifier, bad, "token audience is not accepted")
    assert verifier.cache_info().size == 0


async def test_cache_stays_bounded_and_evicts_least_recently_used(http, issuer, decodes):
    verifier = cached_verifier(http, issuer, cache_size=5)
    tokens = [issuer.mint(jti=f"t{i}") for i in range(20)]
    for token in tokens:
        await verifier.verify(token)
    assert verifier.cache_info().size == 5
    await verifier.verify(tokens[15])  # the oldest survivor, now the most recent
    await verifier.verify(issuer.mint(jti="new"))
    assert len(decodes) == 21
    await verifier.verify(tokens[15])
    assert len(decodes) == 21
    await verifier.verify(tokens[16])  # evicted by "new"
    assert len(decodes) == 22
    assert verifier.cache_info().size == 5


async def test_cached_token_of_a_withdrawn_key_is_refused_at_the_next_refetch(http, issuer):
    """The key set stays fresh for 2 s (long enough for the second verify to hit the cache on a loaded machine),
    then the next verify refetches it and finds the kid withdrawn."""
    verifier = TokenVerifier(
        IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])], jwks_refetch_floor_s=0, jwks_max_age_s=2.0),
        http,
    )
    old_token = issuer.mint()
    await verifier.verify(old_token)
    issuer.rotate()
    issuer.keys.pop(0)
    await verifier.verify(old_token)
    assert verifier.cache_info().hits == 1
    await asyncio.sleep(2.05)
    await assert_refused(verifier, old_token, "token signing key is unknown")


async def test_cached_token_is_refused_once_its_kid_names_another_key(http, issuer):
    """The entry holds the key object that verified it: the same kid with new key material does not count."""
    verifier = TokenVerifier(
        IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])], jwks_refetch_floor_s=0, jwks_max_age_s=0.3),
        http,
    )
    token = issuer.mint()
    await verifier.verify(token)
    issuer.keys[:] = [SigningKey.generate("RS256", kid=issuer.key.kid)]
    await asyncio.sleep(0.35)
    await assert_refused(verifier, token, "token signature is invalid")


async def test_cache_can_be_disabled(http, issuer, decodes):
    verifier = cached_verifier(http, issuer, cache_size=0)
    token = issuer.mint()
    await verifier.verify(token)
    await verifier.verify(token)
    assert len(decodes) == 2 and verifier.cache_info().size == 0


# --- credentials in headers ---------------------------------------------------------------


def test_extract_credential():
    assert extract_credential({"x-api-key": "tok"}) == "tok"
    assert extract_credential({"Authorization": "Bearer tok"}) == "tok"
    assert extract_credential({"authorization": "bearer  tok "}) == "tok"
    proxy = CIMultiDictProxy(CIMultiDict({"X-Api-Key": "tok", "AUTHORIZATION": "Bearer tok"}))
    assert extract_credential(proxy) == "tok"


@pytest.mark.parametrize(
    "headers, message",
    [
        ({}, "no credential presented"),
        ({"x-api-key": ""}, "no credential presented"),
        ({"Authorization": "Bearer "}, "no credential presented"),
        ({"x-api-key": "tok-a", "Authorization": "Bearer tok-b"}, "conflicting credentials in x-api-key and Authorization"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "Authorization header must use the Bearer scheme"),
    ],
)
def test_extract_credential_refusals(headers, message):
    with pytest.raises(AuthenticationFailed) as info:
        extract_credential(headers)
    assert str(info.value) == message


def test_repeated_header_with_different_values_conflicts():
    headers = CIMultiDict([("x-api-key", "tok-a"), ("x-api-key", "tok-b")])
    with pytest.raises(AuthenticationFailed, match="conflicting credentials"):
        extract_credential(headers)


# --- configuration ------------------------------------------------------------------------


@pytest.mark.parametrize("alg", ["none", "HS256", "hs512", "XX999"])
def test_config_refuses_dangerous_algorithms(alg):
    document = {"issuers": [{"issuer": "https://idp.example", "audience": ["lockgate"], "algorithms": [alg]}]}
    with pytest.raises(msgspec.ValidationError, match=r"algorithms: .* at `\$.issuers\[0\]`"):
        msgspec.convert(document, IdentityConfig)


def test_config_from_toml():
    toml = b"""
jwks_refetch_floor_s = 10
[[issuers]]
issuer = "https://idp.example/realms/lockgate"
audience = ["lockgate"]
roles_claim = "realm_access.roles"
"""
    config = msgspec.toml.decode(toml, type=IdentityConfig)
    assert config.issuers[0].algorithms == ["RS256", "ES256", "EdDSA"]
    assert config.issuers[0].accept_typ == ["at+jwt", "JWT", ""]
    with pytest.raises(msgspec.ValidationError, match="audience"):
        msgspec.toml.decode(b'[[issuers]]\nissuer = "x"\naudience = []\n', type=IdentityConfig)
    with pytest.raises(msgspec.ValidationError, match="configured twice"):
        msgspec.toml.decode(b'[[issuers]]\nissuer = "x"\naudience = ["a"]\n' * 2, type=IdentityConfig)
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.toml.decode(b'[[issuers]]\nissuer = "x"\naudience = ["a"]\naud = "a"\n', type=IdentityConfig)


# --- development issuer -----------------------------------------------------------------------


@pytest.fixture
async def dev_server(tmp_path):
    """A DevIssuer served by aiohttp at /dev-issuer on a free loopback port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/dev-issuer"
    dev = DevIssuer(tmp_path, url, client_roles=["ci"])
    app = web.Application()
    app.add_routes(dev.routes())
    runner = web.AppRunner(app)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    yield dev
    await runner.cleanup()


async def test_dev_issuer_token_verifies(http, dev_server):
    verifier = TokenVerifier(IdentityConfig(issuers=[dev_server.issuer_config()]), http)
    token = dev_server.mint("alice", ["developer", "ops"], ttl_s=60)
    identity = await verifier.verify(token)
    assert (identity.subject, identity.issuer, identity.roles) == ("alice", dev_server.issuer_url, ("developer", "ops"))
    assert identity.claims["client_id"] == "lockgate-dev"
    assert jwt.get_unverified_header(token)["typ"] == "at+jwt"
    expired = dev_server.mint("alice", [], ttl_s=1, extra={"exp": int(time.time()) - 300})
    await assert_refused(verifier, expired, "token is expired")


async def test_dev_issuer_serves_discovery_and_jwks(http, dev_server):
    async with http.get(f"{dev_server.issuer_url}/.well-known/openid-configuration") as resp:
        discovery = await resp.json()
    assert discovery["issuer"] == dev_server.issuer_url
    assert discovery["grant_types_supported"] == ["client_credentials", "authorization_code"]
    assert discovery["code_challenge_methods_supported"] == ["S256"]
    async with http.get(discovery["jwks_uri"]) as resp:
        assert resp.content_type == "application/jwk-set+json"
        jwks = await resp.json(content_type=None)
    assert [key["kid"] for key in jwks["keys"]] == [dev_server.kid]
    assert all("d" not in key for key in jwks["keys"])


async def test_dev_issuer_key_persists_and_rotates(http, tmp_path, dev_server):
    key_file = tmp_path / "dev-issuer" / "key.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert DevIssuer(tmp_path, dev_server.issuer_url).kid == dev_server.kid

    verifier = TokenVerifier(IdentityConfig(issuers=[dev_server.issuer_config()], jwks_refetch_floor_s=0), http)
    old_token = dev_server.mint("alice", ["developer"], ttl_s=60)
    await verifier.verify(old_token)
    old_kid = dev_server.kid
    new_kid = dev_server.rotate()
    assert new_kid != old_kid
    await verifier.verify(dev_server.mint("bob", ["developer"], ttl_s=60))
    await verifier.verify(old_token)
    reloaded = DevIssuer(tmp_path, dev_server.issuer_url)
    assert reloaded.kid == new_kid
    assert [key["kid"] for key in reloaded.jwks()["keys"]] == [new_kid, old_kid]


async def test_dev_issuer_client_credentials(http, dev_server):
    config = dev_server.issuer_config()
    token = await fetch_token(config, http, dev_server.client_secret)
    identity = await TokenVerifier(IdentityConfig(issuers=[config]), http).verify(token)
    assert (identity.subject, identity.roles) == ("lockgate-dev", ("ci",))
    with pytest.raises(TokenRequestFailed, match="invalid_client"):
        await fetch_token(config, http, "wrong")


# --- client-credentials grant -----------------------------------------------------------------


async def test_client_credentials(http, issuer):
    config = IssuerConfig(issuer=issuer.issuer, audience=["lockgate"], client_id=CLIENT_ID, roles_claim="groups")
    token = await fetch_token(config, http, CLIENT_SECRET, scope="messages")
    identity = await TokenVerifier(IdentityConfig(issuers=[config]), http).verify(token)
    assert (identity.subject, identity.roles, identity.claims["client_id"]) == (CLIENT_ID, ("ci",), CLIENT_ID)
    assert jwt.decode(token, options={"verify_signature": False})["scope"] == "messages"


async def test_client_credentials_errors(http, issuer):
    config = IssuerConfig(issuer=issuer.issuer, audience=["lockgate"], client_id=CLIENT_ID)
    with pytest.raises(TokenRequestFailed, match="invalid_client") as info:
        await fetch_token(config, http, "wrong-secret-value")
    assert "wrong-secret-value" not in str(info.value)
    with pytest.raises(TokenRequestFailed, match="no client_id"):
        await fetch_token(IssuerConfig(issuer=issuer.issuer, audience=["lockgate"]), http, CLIENT_SECRET)
    unreachable = IssuerConfig(issuer="http://127.0.0.1:9/nowhere", audience=["lockgate"], client_id=CLIENT_ID)
    with pytest.raises(TokenRequestFailed, match="failed"):
        await fetch_token(unreachable, http, CLIENT_SECRET)
