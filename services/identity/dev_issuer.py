"""A development OIDC issuer for the embedded default (``lockgate up``).

For local use only: its signing key sits in the data directory, and anyone who can
read that directory can mint tokens with any roles. Production configurations must
refuse it (the integrator enforces that); the gateway trusts it only when
``IdentityConfig.dev_issuer`` is on.

It publishes discovery and a JWKS like a real provider, so the gateway verifies its
tokens on exactly the same path as any other issuer's. Keys are ES256 (P-256) and
their ``kid`` is the RFC 7638 thumbprint, so reloading the same key gives the same kid.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import ipaddress
import json
import os
import secrets
import time
import uuid
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

import jwt
from aiohttp import BasicAuth, web
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from jwt.algorithms import ECAlgorithm

from .config import IssuerConfig

DEV_CLIENT_ID = "lockgate-dev"
DEFAULT_TTL_S = 900
MAX_TTL_S = 86400
MAX_ROLES = 32
MAX_FIELD_LENGTH = 256
JWKS_CONTENT_TYPE = "application/jwk-set+json"
CODE_TTL_S = 60
SIGN_IN_TTL_S = 3600
SIGN_IN_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development sign-in</title></head>
<body><h1>Development issuer: sign in as</h1><p>Local use only: anyone on this machine can sign in as anyone.</p>
<form method="post"><input type="hidden" name="request" value="{request}">
<p><label>Subject <input name="sub" required maxlength="256" autofocus></label></p>
<p><label>Roles (comma-separated) <input name="roles" maxlength="2048"></label></p>
<p><button type="submit">Sign in</button></p></form></body></html>"""


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _write_private(path: Path, data: bytes, replace: bool) -> None:
    """Write a 0600 file atomically; without ``replace``, keep an existing file (another process won the race)."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
    finally:
        tmp.unlink(missing_ok=True)


class _Key:
    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        self.private_key = private_key
        jwk = ECAlgorithm.to_jwk(private_key.public_key(), as_dict=True)
        thumbprint_input = json.dumps({k: jwk[k] for k in ("crv", "kty", "x", "y")}, separators=(",", ":"), sort_keys=True)
        self.kid = _b64url(hashlib.sha256(thumbprint_input.encode()).digest())
        self.jwk = {**jwk, "kid": self.kid, "alg": "ES256", "use": "sig"}

    def pem(self) -> bytes:
        return self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    @classmethod
    def load(cls, path: Path) -> _Key:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
            raise ValueError(f"{path} is not an EC P-256 private key")
        return cls(key)

    @classmethod
    def generate(cls) -> _Key:
        return cls(ec.generate_private_key(ec.SECP256R1()))


class DevIssuer:
    """Signs tokens with a key kept at ``data_dir/dev-issuer/key.pem`` and serves discovery and JWKS.

    After ``rotate()`` the previous key (``previous.pem``) stays published, as real providers do.
    The token endpoint grants client-credentials tokens to the client ``lockgate-dev`` whose
    secret is kept at ``data_dir/dev-issuer/client-secret``.
    """

    def __init__(self, data_dir: Path, issuer_url: str, client_roles: list[str] | None = None) -> None:
        self.issuer_url = issuer_url.removesuffix("/")
        self.client_roles = list(client_roles or [])
        self._dir = Path(data_dir) / "dev-issuer"
        self._dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._key_path = self._dir / "key.pem"
        self._previous_path = self._dir / "previous.pem"
        if not self._key_path.exists():
            _write_private(self._key_path, _Key.generate().pem(), replace=False)
        self._key = _Key.load(self._key_path)
        self._previous = _Key.load(self._previous_path) if self._previous_path.exists() else None
        secret_path = self._dir / "client-secret"
        if not secret_path.exists():
            _write_private(secret_path, secrets.token_urlsafe(32).encode(), replace=False)
        self.client_secret = secret_path.read_text().strip()
        self._codes = AESGCM(hashlib.sha256(b"lockgate-dev-codes\0" + self.client_secret.encode()).digest())
        """Authorization codes are sealed, self-contained and short-lived: any gateway process sharing this data
        directory redeems them. They are bound to the PKCE challenge, so a code is useless without the verifier."""

    @property
    def kid(self) -> str:
        """The kid of the current signing key."""
        return self._key.kid

    @property
    def jwks_uri(self) -> str:
        return f"{self.issuer_url}/jwks"

    @property
    def token_endpoint(self) -> str:
        return f"{self.issuer_url}/token"

    def issuer_config(self, audience: list[str] | None = None) -> IssuerConfig:
        """How the gateway trusts this issuer; the JWKS is still fetched over HTTP like any other."""
        return IssuerConfig(
            issuer=self.issuer_url,
            audience=audience or ["lockgate"],
            algorithms=["ES256"],
            client_id=DEV_CLIENT_ID,
            roles_claim="groups",
        )

    def rotate(self) -> str:
        """Sign with a new key from now on; the old one stays published for tokens already out. Returns the new kid."""
        new = _Key.generate()
        _write_private(self._previous_path, self._key.pem(), replace=True)
        _write_private(self._key_path, new.pem(), replace=True)
        self._previous, self._key = self._key, new
        return new.kid

    def jwks(self) -> dict:
        keys = [self._key.jwk] + ([self._previous.jwk] if self._previous else [])
        return {"keys": keys}

    def mint(
        self,
        sub: str,
        roles: list[str],
        ttl_s: float,
        audience: str = "lockgate",
        extra: dict | None = None,
    ) -> str:
        """An RFC 9068 access token for ``sub`` carrying ``roles`` in ``groups``."""
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        now = int(time.time())
        claims = {
            "iss": self.issuer_url,
            "sub": sub,
            "aud": audience,
            "iat": now,
            "nbf": now,
            "exp": now + max(1, int(ttl_s)),
            "jti": uuid.uuid4().hex,
            "client_id": DEV_CLIENT_ID,
            "groups": list(roles),
            **(extra or {}),
        }
        return jwt.encode(claims, self._key.private_key, algorithm="ES256", headers={"typ": "at+jwt", "kid": self.kid})

    def routes(self) -> list[web.RouteDef]:
        """Routes under the issuer URL's path, e.g. ``/dev-issuer/.well-known/openid-configuration``."""
        prefix = urlsplit(self.issuer_url).path
        return [
            web.get(f"{prefix}/.well-known/openid-configuration", self._discovery),
            web.get(f"{prefix}/jwks", self._jwks),
            web.post(f"{prefix}/token", self._token),
            web.get(f"{prefix}/authorize", self._authorize_form),
            web.post(f"{prefix}/authorize", self._authorize),
        ]

    async def _discovery(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "issuer": self.issuer_url,
                "jwks_uri": self.jwks_uri,
                "token_endpoint": self.token_endpoint,
                "id_token_signing_alg_values_supported": ["ES256"],
                "authorization_endpoint": f"{self.issuer_url}/authorize",
                "grant_types_supported": ["client_credentials", "authorization_code"],
                "response_types_supported": ["code"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic", "none"],
            }
        )

    async def _jwks(self, request: web.Request) -> web.Response:
        return web.json_response(self.jwks(), content_type=JWKS_CONTENT_TYPE)

    async def _token(self, request: web.Request) -> web.Response:
        """Client credentials for ``lockgate-dev``, from loopback only. Being a development issuer, it also
        takes ``sub``, ``role`` (repeatable) and ``ttl`` form fields: ``lockgate token --dev`` asks for them."""
        if not _is_loopback(request.remote):
            return _oauth_error(403, "access_denied", "the development issuer serves tokens to loopback clients only")
        if "Authorization" not in request.headers:
            return await self._redeem(request)
        try:
            auth = BasicAuth.decode(request.headers.get("Authorization", ""))
        except ValueError:
            return _oauth_error(401, "invalid_client", "client_secret_basic authentication is required")
        client_ok = unquote(auth.login) == DEV_CLIENT_ID
        secret_ok = hmac.compare_digest(unquote(auth.password).encode(), self.client_secret.encode())
        if not (client_ok and secret_ok):
            return _oauth_error(401, "invalid_client", "unknown client or wrong secret")
        form = await request.post()
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", "only client_credentials is supported")
        sub = form.get("sub", DEV_CLIENT_ID)
        roles = form.getall("role", []) or self.client_roles
        try:
            ttl = int(str(form.get("ttl", DEFAULT_TTL_S)))  # a file upload is no number either
        except (TypeError, ValueError):
            return _oauth_error(400, "invalid_request", "ttl must be a whole number of seconds")
        fields = [sub, *roles]
        if not all(isinstance(f, str) and 0 < len(f) <= MAX_FIELD_LENGTH for f in fields) or len(roles) > MAX_ROLES:
            return _oauth_error(400, "invalid_request", f"sub and roles must be 1 to {MAX_FIELD_LENGTH} characters, at most {MAX_ROLES} roles")
        if not 0 < ttl <= MAX_TTL_S:
            return _oauth_error(400, "invalid_request", f"ttl must be from 1 to {MAX_TTL_S} seconds")
        names = [str(f) for f in fields]  # all text, checked above
        token = self.mint(names[0], names[1:], ttl)
        return web.json_response({"access_token": token, "token_type": "Bearer", "expires_in": ttl})


    def _authorization_request(self, query) -> tuple[str, str, str] | web.Response:
        """(redirect_uri, state, code_challenge) of an authorization-code request with PKCE (S256), or why not.
        The redirect must come back to this gateway (the issuer's own origin): the issuer is no open redirector."""
        if query.get("response_type") != "code" or query.get("client_id") != DEV_CLIENT_ID:
            return _oauth_error(400, "invalid_request", f"response_type=code and client_id={DEV_CLIENT_ID} are required")
        if query.get("code_challenge_method") != "S256" or not 43 <= len(query.get("code_challenge", "")) <= 128:
            return _oauth_error(400, "invalid_request", "PKCE with code_challenge_method=S256 is required")
        redirect_uri, state = query.get("redirect_uri", ""), query.get("state", "")
        own = urlsplit(self.issuer_url)
        target = urlsplit(redirect_uri)
        if (target.scheme, target.netloc) != (own.scheme, own.netloc) or not 0 < len(state) <= MAX_FIELD_LENGTH:
            return _oauth_error(400, "invalid_request", "redirect_uri must be on this gateway and state is required")
        return redirect_uri, state, query["code_challenge"]

    async def _authorize_form(self, request: web.Request) -> web.Response:
        """A "sign in as" form for people (the console), from loopback only."""
        if not _is_loopback(request.remote):
            return _oauth_error(403, "access_denied", "the development issuer signs in loopback clients only")
        checked = self._authorization_request(request.query)
        if isinstance(checked, web.Response):
            return checked
        page = SIGN_IN_PAGE.format(request=html.escape(request.query_string, quote=True))
        return web.Response(text=page, content_type="text/html", headers=_PAGE_HEADERS)

    async def _authorize(self, request: web.Request) -> web.Response:
        """The form's answer: a one-time code (60 s) bound to the PKCE challenge, sent back to the redirect URI."""
        if not _is_loopback(request.remote):
            return _oauth_error(403, "access_denied", "the development issuer signs in loopback clients only")
        form = await request.post()
        query = parse_qs(str(form.get("request", "")), keep_blank_values=True, max_num_fields=16)
        checked = self._authorization_request({k: v[0] for k, v in query.items()})
        if isinstance(checked, web.Response):
            return checked
        redirect_uri, state, challenge = checked
        sub = str(form.get("sub", "")).strip()
        roles = [r.strip() for r in str(form.get("roles", "")).split(",") if r.strip()]
        if not 0 < len(sub) <= MAX_FIELD_LENGTH or len(roles) > MAX_ROLES or any(len(r) > MAX_FIELD_LENGTH for r in roles):
            return _oauth_error(400, "invalid_request", f"sub and roles must be 1 to {MAX_FIELD_LENGTH} characters, at most {MAX_ROLES} roles")
        grant = json.dumps([time.time() + CODE_TTL_S, sub, roles, redirect_uri, challenge]).encode()
        nonce = os.urandom(12)
        code = _b64url(nonce + self._codes.encrypt(nonce, grant, b"code"))
        separator = "&" if "?" in redirect_uri else "?"
        return web.Response(status=303, headers={"Location": f"{redirect_uri}{separator}{urlencode({'code': code, 'state': state})}"})

    async def _redeem(self, request: web.Request) -> web.Response:
        """The authorization-code grant of a public client: the code once, with the verifier of its challenge."""
        form = await request.post()
        if form.get("grant_type") != "authorization_code":
            return _oauth_error(401, "invalid_client", "client_secret_basic authentication is required")
        try:
            text = str(form.get("code", ""))
            sealed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            expires, sub, roles, redirect_uri, challenge = json.loads(self._codes.decrypt(sealed[:12], sealed[12:], b"code"))
        except (ValueError, TypeError, InvalidTag):
            return _oauth_error(400, "invalid_grant", "the code is unknown or was altered")
        if expires <= time.time():
            return _oauth_error(400, "invalid_grant", "the code expired")
        verifier = str(form.get("code_verifier", ""))
        computed = _b64url(hashlib.sha256(verifier.encode()).digest())
        if form.get("redirect_uri") != redirect_uri or form.get("client_id") != DEV_CLIENT_ID or not hmac.compare_digest(computed, challenge):
            return _oauth_error(400, "invalid_grant", "redirect_uri, client_id or code_verifier does not match the authorization")
        token = self.mint(sub, roles, SIGN_IN_TTL_S)
        return web.json_response({"access_token": token, "token_type": "Bearer", "expires_in": SIGN_IN_TTL_S})


_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; form-action 'self'; frame-ancestors 'none'", "Cache-Control": "no-store"}


def _is_loopback(address: str | None) -> bool:
    try:
        return address is not None and ipaddress.ip_address(address.split("%")[0]).is_loopback
    except ValueError:
        return False


def _oauth_error(status: int, error: str, description: str) -> web.Response:
    return web.json_response({"error": error, "error_description": description}, status=status)
