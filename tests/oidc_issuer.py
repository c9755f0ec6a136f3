"""A real OIDC issuer for tests: its own keys, discovery, JWKS and a token endpoint over HTTP.

    issuer = OidcTestIssuer()
    await issuer.start()
    token = issuer.mint(groups=["developer"])          # a good token
    bad = issuer.mint(exp=0)                           # claims overridden; None removes a claim
    forged = issuer.mint(headers_overrides={"kid": "nope"})
    await issuer.stop()

Counters (``jwks_fetches``, ``discovery_fetches``) let tests check how the relying
party caches. ``discovery_issuer`` makes discovery lie about the issuer.
"""

from __future__ import annotations

import datetime
import hmac
import ipaddress
import json
import ssl
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jwt
from aiohttp import BasicAuth, web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

CLIENT_ID = "lockgate-test-client"
CLIENT_SECRET = "test-secret: not/so%secret"


@dataclass
class SigningKey:
    kid: str
    alg: str
    private_key: Any

    @classmethod
    def generate(cls, alg: str = "RS256", kid: str | None = None) -> SigningKey:
        if alg.startswith(("RS", "PS")):
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        elif alg == "ES256":
            private = ec.generate_private_key(ec.SECP256R1())
        elif alg == "EdDSA":
            private = ed25519.Ed25519PrivateKey.generate()
        else:
            raise ValueError(f"unsupported test key algorithm {alg}")
        return cls(kid or uuid.uuid4().hex[:12], alg, private)

    def public_jwk(self, with_alg: bool = True) -> dict:
        algorithm = {"ES": ECAlgorithm, "Ed": OKPAlgorithm}.get(self.alg[:2], RSAAlgorithm)
        jwk = algorithm.to_jwk(self.private_key.public_key(), as_dict=True)
        if isinstance(jwk, str):
            jwk = json.loads(jwk)
        jwk.update(kid=self.kid, use="sig")
        if with_alg:
            jwk["alg"] = self.alg
        return jwk


class OidcTestIssuer:
    """An aiohttp server on a free loopback port that behaves like an OpenID Provider."""

    def __init__(
        self,
        path: str = "",
        alg: str = "RS256",
        discovery_issuer: str | None = None,
        jwks_content_type: str = "application/jwk-set+json",
        publish_alg: bool = True,
        client_groups: list[str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        jwks_bearer: str = "",
    ) -> None:
        self.path = path.rstrip("/")
        self.keys = [SigningKey.generate(alg)]
        self.discovery_issuer = discovery_issuer
        self.jwks_content_type = jwks_content_type
        self.publish_alg = publish_alg
        self.client_groups = client_groups or ["ci"]
        self.ssl_context = ssl_context
        self.jwks_bearer = jwks_bearer
        """Discovery and JWKS answer 401 unless this bearer token is presented (a Kubernetes API server)."""
        self.down = False
        """Discovery and JWKS answer 503 (the provider is having an outage)."""
        self.token_forms: list[dict] = []
        self.jwks_fetches = 0
        self.discovery_fetches = 0
        self.token_requests = 0
        self.url = ""
        self._runner: web.AppRunner | None = None

    @property
    def issuer(self) -> str:
        return self.url + self.path

    @property
    def key(self) -> SigningKey:
        """The current signing key: the newest one."""
        return self.keys[-1]

    async def start(self) -> OidcTestIssuer:
        app = web.Application()
        app.add_routes(
            [
                web.get(f"{self.path}/.well-known/openid-configuration", self._discovery),
                web.get(f"{self.path}/keys", self._jwks),
                web.post(f"{self.path}/token", self._token),
            ]
        )
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self.ssl_context)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self.ssl_context else 'http'}://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def rotate(self, alg: str | None = None) -> SigningKey:
        """Publish a new key (new kid) and sign with it; older keys stay published."""
        self.keys.append(SigningKey.generate(alg or self.key.alg))
        return self.key

    def claims(self, **overrides: Any) -> dict:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": "alice",
            "aud": "lockgate",
            "iat": now,
            "nbf": now,
            "exp": now + 300,
            "jti": uuid.uuid4().hex,
            "client_id": "agent-cli",
            "groups": ["developer"],
        }
        claims.update(overrides)
        return {name: value for name, value in claims.items() if value is not None}

    def mint(self, headers_overrides: dict | None = None, key: SigningKey | None = None, **claims_overrides: Any) -> str:
        """A token signed by ``key`` (default: the current key); a claim or header set to None is left out."""
        key = key or self.key
        headers = {"typ": "at+jwt", "kid": key.kid}
        headers.update(headers_overrides or {})
        alg = headers.pop("alg", key.alg)
        # pyjwt drops a falsy typ itself; other None headers are left out here.
        headers = {name: value for name, value in headers.items() if value is not None or name == "typ"}
        # Signed at the JWS level so that claims pyjwt would refuse to encode (e.g. a list ``iss``) can be tested.
        payload = json.dumps(self.claims(**claims_overrides)).encode()
        return jwt.api_jws.encode(payload, key.private_key, algorithm=alg, headers=headers)

    def _refusal(self, request: web.Request) -> web.Response | None:
        if self.down:
            return web.Response(status=503, text="down for maintenance")
        if self.jwks_bearer and request.headers.get("Authorization") != f"Bearer {self.jwks_bearer}":
            return web.json_response({"kind": "Status", "code": 401}, status=401)
        return None

    async def _discovery(self, request: web.Request) -> web.Response:
        self.discovery_fetches += 1
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        return web.json_response(
            {
                "issuer": self.discovery_issuer if self.discovery_issuer is not None else self.issuer,
                "jwks_uri": f"{self.issuer}/keys",
                "token_endpoint": f"{self.issuer}/token",
                "id_token_signing_alg_values_supported": sorted({k.alg for k in self.keys}),
                "grant_types_supported": ["client_credentials"],
            }
        )

    async def _jwks(self, request: web.Request) -> web.Response:
        self.jwks_fetches += 1
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        keys = [key.public_jwk(with_alg=self.publish_alg) for key in self.keys]
        return web.json_response({"keys": keys}, content_type=self.jwks_content_type)

    async def _token(self, request: web.Request) -> web.Response:
        """Client-credentials grant for one fixed client, authenticated with client_secret_basic."""
        self.token_requests += 1
        try:
            auth = BasicAuth.decode(request.headers.get("Authorization", ""), encoding="utf-8")
        except ValueError:
            return web.json_response({"error": "invalid_client"}, status=401)
        if unquote(auth.login) != CLIENT_ID or not hmac.compare_digest(unquote(auth.password), CLIENT_SECRET):
            return web.json_response({"error": "invalid_client", "error_description": "bad credentials"}, status=401)
        form = await request.post()
        self.token_forms.append(dict(form))
        if form.get("grant_type") != "client_credentials":
            return web.json_response({"error": "unsupported_grant_type"}, status=400)
        extra = {"scope": form["scope"]} if "scope" in form else {}
        token = self.mint(sub=CLIENT_ID, client_id=CLIENT_ID, groups=self.client_groups, **extra)
        return web.json_response({"access_token": token, "token_type": "Bearer", "expires_in": 300})


def loopback_tls(directory: Path) -> tuple[ssl.SSLContext, Path]:
    """A private CA and a certificate for 127.0.0.1 it signed: the server's context and the CA bundle's path."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "lockgate test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = directory / "ca.crt", directory / "server.crt", directory / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return context, ca_path
