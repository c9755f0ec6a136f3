"""OIDC relying party: verifies the bearer tokens agents present and yields an ``Identity``."""

from .client_credentials import TokenRequestFailed, fetch_token, read_client_secret
from .config import IdentityConfig, IssuerConfig
from .dev_issuer import DevIssuer
from .jwks import IssuerUnavailable
from .verifier import AuthenticationFailed, TokenVerifier, extract_credential, token_fingerprint

__all__ = [
    "AuthenticationFailed",
    "DevIssuer",
    "IdentityConfig",
    "IssuerConfig",
    "IssuerUnavailable",
    "TokenRequestFailed",
    "TokenVerifier",
    "extract_credential",
    "fetch_token",
    "read_client_secret",
    "token_fingerprint",
]
