"""Identity configuration: which OIDC issuers Lockgate trusts, and how it reads their tokens.

Validated when decoded, so a dangerous setting (``none``, an HMAC algorithm) stops the
gateway at start with the path of the field rather than weakening it at run time.
"""

from __future__ import annotations

import msgspec

ASYMMETRIC_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "ES256K", "EdDSA"}
)


def normalize_typ(typ: str) -> str:
    """RFC 7515 §4.1.9: ``typ`` compares case-insensitively and may omit the ``application/`` prefix."""
    typ = typ.lower()
    return typ.removeprefix("application/")


class IssuerConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    issuer: str
    """Compared with the token's ``iss`` and the discovery document's ``issuer`` exactly."""
    audience: list[str]
    """A token passes if its ``aud`` (string or list) or its ``azp`` names one of these."""
    algorithms: list[str] = msgspec.field(default_factory=lambda: ["RS256", "ES256", "EdDSA"])
    jwks_uri: str = ""
    """Empty: taken from the issuer's discovery document."""
    roles_claim: str = "groups"
    """A claim name (``cognito:groups``) or a dotted path (``realm_access.roles``)."""
    leeway_s: float = 30.0
    accept_typ: list[str] = msgspec.field(default_factory=lambda: ["at+jwt", "JWT", ""])
    """Accepted ``typ`` header values; ``""`` accepts tokens without one."""
    client_id: str = ""
    client_secret_env: str = ""
    """Environment variable holding the client secret for the client-credentials grant."""
    claims: list[str] = msgspec.field(default_factory=lambda: ["client_id", "azp", "email"])
    """Claims (names or dotted paths) copied into ``Identity.claims`` as strings."""

    def __post_init__(self) -> None:
        if not self.issuer:
            raise ValueError("issuer: must not be empty")
        if not self.audience or not all(self.audience):
            raise ValueError("audience: must list at least one non-empty audience")
        if not self.algorithms:
            raise ValueError("algorithms: must list at least one algorithm")
        for alg in self.algorithms:
            if alg.lower() == "none":
                raise ValueError("algorithms: 'none' is never allowed (unsigned tokens)")
            if alg.upper().startswith("HS"):
                raise ValueError(
                    f"algorithms: {alg!r} is not allowed (HMAC needs a shared secret; "
                    "an issuer's public keys must never serve as one)"
                )
            if alg not in ASYMMETRIC_ALGORITHMS:
                raise ValueError(f"algorithms: unknown algorithm {alg!r}; use one of {sorted(ASYMMETRIC_ALGORITHMS)}")
        if not self.roles_claim:
            raise ValueError("roles_claim: must not be empty")
        if self.leeway_s < 0:
            raise ValueError("leeway_s: must not be negative")


class IdentityConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    issuers: list[IssuerConfig] = []
    dev_issuer: bool = False
    """Trust the embedded development issuer (``lockgate up``); production configs must refuse it."""
    jwks_refetch_floor_s: float = 30.0
    """Minimum time between two JWKS fetches of one issuer, so forged ``kid``s can't hammer it."""
    jwks_max_age_s: float = 3600.0
    """Cached keys are refreshed after this long, so keys an issuer withdrew stop verifying."""
    max_token_age_s: float | None = None
    """If set, tokens whose ``iat`` is older than this are refused even before they expire."""

    def __post_init__(self) -> None:
        seen = set()
        for issuer in self.issuers:
            if issuer.issuer in seen:
                raise ValueError(f"issuers: {issuer.issuer!r} is configured twice")
            seen.add(issuer.issuer)
        if self.jwks_refetch_floor_s < 0:
            raise ValueError("jwks_refetch_floor_s: must not be negative")
        if self.jwks_max_age_s <= 0:
            raise ValueError("jwks_max_age_s: must be positive")
        if self.max_token_age_s is not None and self.max_token_age_s <= 0:
            raise ValueError("max_token_age_s: must be positive")
