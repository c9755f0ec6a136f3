"""OIDC relying party: verifies the bearer tokens agents present and yields an ``Identity``."""

from .client_credentials import TokenRequestFailed, fetch_token, read_client_secret
from .config import IdentityConfig, IssuerConfig, RoleRule
from .dev_issuer import DevIssuer
from .jwks import IssuerUnavailable
from .verifier import AuthenticationFailed, InsufficientScope, TokenVerifier, extract_credential, token_fingerprint

__all__ = [
    "AuthenticationFailed",
    "DevIssuer",
    "IdentityConfig",
    "InsufficientScope",
    "IssuerConfig",
    "IssuerUnavailable",
    "RoleRule",
    "TokenRequestFailed",
    "TokenVerifier",
    "extract_credential",
    "fetch_token",
    "read_client_secret",
    "token_fingerprint",
]
