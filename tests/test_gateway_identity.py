"""Authentication at the gateway: short-lived OIDC tokens in, precise 401s out, key rotation without restarts.

A real issuer runs in the test process (discovery and JWKS over HTTP); the gateway
is a separate ``lockgate up`` process that trusts it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time

import aiohttp
import pytest
from cryptography.hazmat.primitives import serialization

from tests.harness import Gateway, start_nats
from tests.oidc_issuer import OidcTestIssuer

MODEL = "claude-haiku-4-5"
HELLO = [{"role": "user", "content": "Hello"}]


@pytest.fixture(scope="module")
async def issuer():
    test_issuer = await OidcTestIssuer().start()
    yield test_issuer
    await test_issuer.stop()


@pytest.fixture(scope="module")
async def other_issuer():
    test_issuer = await OidcTestIssuer(path="/realms/other").start()
    yield test_issuer
    await test_issuer.stop()


@pytest.fixture(scope="module")
async def trusting_gateway(issuer, other_issuer, start_gateway):
    """Trusts ``issuer`` (its ``groups`` name Lockgate roles) and ``other_issuer`` (only its rule grants a role)."""
    config = f"""
[identity]
jwks_refetch_floor_s = 0.2

[[identity.issuers]]
issuer = "{issuer.issuer}"
audience = ["lockgate"]
roles_claim = "groups"

[[identity.issuers]]
issuer = "{other_issuer.issuer}"
audience = ["lockgate"]

[[identity.issuers.roles]]
role = "analyst"
claims = {{ groups = "data-team" }}
"""
    return await asyncio.to_thread(start_gateway, config)


async def call(gateway, token: str | None, header: str = "x-api-key", **fields) -> tuple[int, dict]:
    """One Messages call presenting ``token`` in exactly ``header``; returns the status and the JSON body."""
    status, body, _ = await call_with_headers(gateway, token, header, **fields)
    return status, body


async def call_with_headers(gateway, token: str | None, header: str = "x-api-key", **fields) -> tuple[int, dict, dict]:
    headers = {"anthropic-version": "2023-06-01"}
    if token is not None:
        headers.update({"x-api-key": token} if header == "x-api-key" else {"authorization": f"Bearer {token}"})
    body = {"model": MODEL, "max_tokens": 16, "messages": HELLO, **fields}
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{gateway.url}/v1/messages", json=body, headers=headers) as response:
            return response.status, await response.json(), dict(response.headers)


async def test_a_valid_token_passes_in_either_header(trusting_gateway, issuer):
    token = issuer.mint()
    assert (await call(trusting_gateway, token, "x-api-key"))[0] == 200
    assert (await call(trusting_gateway, token, "authorization"))[0] == 200


def _tampered(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["groups"] = ["admin"]
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _hs256_with_public_key(issuer: OidcTestIssuer) -> str:
    """The classic key-confusion forgery: HMAC-signed with the issuer's public key as the secret."""
    public_pem = issuer.key.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = _b64(json.dumps({"alg": "HS256", "typ": "at+jwt", "kid": issuer.key.kid}).encode())
    payload = _b64(json.dumps(issuer.claims()).encode())
    signature = hmac.new(public_pem, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def _alg_none(issuer: OidcTestIssuer) -> str:
    header = _b64(json.dumps({"alg": "none", "typ": "at+jwt", "kid": issuer.key.kid}).encode())
    return f"{header}.{_b64(json.dumps(issuer.claims()).encode())}."


BAD_TOKENS = {
    "expired": (lambda i: i.mint(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200, nbf=None), "token is expired"),
    "not yet valid": (lambda i: i.mint(nbf=int(time.time()) + 3600), "token is not yet valid"),
    "wrong audience": (lambda i: i.mint(aud="someone-else"), "token audience is not accepted"),
    "wrong issuer": (lambda i: i.mint(iss="https://evil.example"), "token issuer is not trusted"),
    "unknown kid": (lambda i: i.mint(headers_overrides={"kid": "no-such-key"}), "token signing key is unknown"),
    "alg none": (_alg_none, "token algorithm is not allowed"),
    "HS256 with the RSA public key": (_hs256_with_public_key, "token algorithm is not allowed"),
    "tampered payload": (lambda i: _tampered(i.mint()), "token signature is invalid"),
    "garbage": (lambda i: "this-is-not-a-jwt", "token is malformed"),
}


@pytest.mark.parametrize("case", list(BAD_TOKENS))
async def test_bad_tokens_get_401_saying_what_was_wrong(trusting_gateway, issuer, case):
    make, message = BAD_TOKENS[case]
    token = make(issuer)
    status, body = await call(trusting_gateway, token)
    assert status == 401
    assert body["error"] == {"type": "authentication_error", "message": message}
    assert token not in json.dumps(body)


async def test_a_request_without_credentials_gets_401(trusting_gateway):
    status, body = await call(trusting_gateway, None)
    assert status == 401
    assert body["error"]["type"] == "authentication_error"
    assert body["error"]["message"] == "no credential presented"


async def test_after_the_issuer_rotates_its_key_new_tokens_work_without_a_restart(trusting_gateway, issuer):
    old_token = issuer.mint()
    assert (await call(trusting_gateway, old_token))[0] == 200
    issuer.rotate()
    await asyncio.sleep(0.3)
    assert (await call(trusting_gateway, issuer.mint()))[0] == 200
    assert (await call(trusting_gateway, old_token))[0] == 200, "the old key stays published for a while"
    assert trusting_gateway.process.poll() is None


async def test_a_group_grants_a_role_only_through_its_own_issuers_rules(trusting_gateway, issuer, other_issuer):
    assert (await call(trusting_gateway, other_issuer.mint(groups=["data-team"])))[0] == 200
    status, body = await call(trusting_gateway, other_issuer.mint(groups=["developer", "developers"]))
    assert status == 403 and body["error"]["type"] == "permission_error"
    assert "holds no role" in body["error"]["message"]
    status, body = await call(trusting_gateway, issuer.mint(groups=["data-team"]))
    assert status == 403, "the other issuer's rule never applies to this issuer's token"


async def test_an_azp_only_audience_gets_401(trusting_gateway, issuer):
    status, body = await call(trusting_gateway, issuer.mint(aud="another-api", azp="lockgate"))
    assert (status, body["error"]["message"]) == (401, "token audience is not accepted")


async def test_a_new_kid_while_the_issuer_is_down_gets_503(trusting_gateway, issuer):
    cached = issuer.mint()
    assert (await call(trusting_gateway, cached))[0] == 200
    issuer.down = True
    try:
        issuer.rotate()
        await asyncio.sleep(0.3)
        status, body = await call(trusting_gateway, issuer.mint())
        assert (status, body["error"]["type"]) == (503, "api_error")
        assert (await call(trusting_gateway, issuer.mint(key=issuer.keys[-2])))[0] == 200, "cached keys keep working"
    finally:
        issuer.down = False
    await asyncio.sleep(0.3)
    assert (await call(trusting_gateway, issuer.mint()))[0] == 200


async def test_the_development_issuer_stays_on_beside_configured_issuers(trusting_gateway):
    assert (await call(trusting_gateway, trusting_gateway.token()))[0] == 200
    assert "development OIDC issuer on" in trusting_gateway.log()


async def test_stripped_tools_and_clamped_max_tokens_are_named_in_headers(trusting_gateway, issuer):
    tools = [{"name": n, "input_schema": {"type": "object"}} for n in ("Read", "get_weather", "Bash")]
    status, _, headers = await call_with_headers(trusting_gateway, issuer.mint(groups=["analyst"]), tools=tools, max_tokens=9000)
    assert status == 200
    assert sorted(headers["x-lockgate-stripped-tools"].split(",")) == ["Bash", "get_weather"]
    assert headers["x-lockgate-clamped-max-tokens"] == "4096"
    status, _, headers = await call_with_headers(trusting_gateway, issuer.mint(groups=["developer"]), tools=tools)
    assert status == 200
    assert "x-lockgate-stripped-tools" not in headers and "x-lockgate-clamped-max-tokens" not in headers, (
        "the shipped developer role keeps the application's own tools"
    )


@pytest.fixture
def gateway_without_keys(simulator, tmp_path):
    """Trusts one issuer that never answers, and not the development issuer: it can verify nothing."""
    config = '[identity]\ndev_issuer = false\n[[identity.issuers]]\nissuer = "http://127.0.0.1:9/idp"\naudience = ["lockgate"]\n'
    nats = start_nats(tmp_path / "nats")
    gateway = Gateway(tmp_path / "gateway", nats.url, simulator.url, config, ready_path="/healthz")
    yield gateway
    gateway.stop()
    nats.stop()


async def test_readyz_is_503_while_no_issuers_keys_are_loaded(gateway_without_keys):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{gateway_without_keys.url}/readyz") as response:
            assert response.status == 503
            assert "signing keys" in (await response.json())["reason"]
