"""Identity configuration: which OIDC issuers Lockgate trusts, and how it reads their tokens.

Validated when decoded, so a dangerous setting (``none``, an HMAC algorithm) stops the
gateway at start with the path of the field rather than weakening it at run time.

Roles are bound to the issuer that vouches for them: an issuer's ``roles_claim`` and its
``[[identity.issuers.roles]]`` rules are the only ways a token of that issuer gets a role, so a
group of one provider can never grant a role meant for another provider's group.
"""

from __future__ import annotations

import msgspec

ASYMMETRIC_ALGORITHMS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "ES256K", "EdDSA"}
)
TENANT_PLACEHOLDER = "{tenantid}"


def normalize_typ(typ: str) -> str:
    """RFC 7515 §4.1.9: ``typ`` compares case-insensitively and may omit the ``application/`` prefix."""
    typ = typ.lower()
    return typ.removeprefix("application/")


class RoleRule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Grants ``role`` to a token of this issuer whose claims all match.

    ``claims`` maps a claim (a name, a dotted path, or both: ``kubernetes.io.namespace``) to a
    pattern or a list of patterns. A string claim matches if it matches one pattern; a list claim
    if one of its strings does. In a pattern ``*`` stands for any run of characters except ``:``
    and ``/`` (so ``repo:acme/*:ref:refs/heads/main`` names one repository level), ``**`` for any
    run at all, ``?`` for one character; everything else is literal and case-sensitive.
    """

    role: str
    claims: dict[str, str | list[str]]

    def __post_init__(self) -> None:
        if not self.role:
            raise ValueError("roles: role must not be empty")
        if not self.claims:
            raise ValueError(f"roles: the rule for {self.role!r} must match at least one claim")
        for claim, patterns in self.claims.items():
            listed = [patterns] if isinstance(patterns, str) else patterns
            if not claim or not listed or not all(listed):
                raise ValueError(f"roles: the rule for {self.role!r} has an empty claim name or pattern for {claim!r}")


class IssuerConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    issuer: str
    """Compared with the token's ``iss`` and the discovery document's ``issuer`` exactly.

    May contain ``{tenantid}`` (Entra ID ``common``/``organizations``): then ``tenants`` lists the
    tenants accepted, and a token's ``tid`` must be the tenant its ``iss`` names.
    """
    audience: list[str]
    """A token passes if its ``aud`` (string or list) names one of these."""
    accept_azp: bool = False
    """Also accept a token whose ``azp`` names one of ``audience`` (opt-in: ``azp`` is the client, not the API)."""
    tenants: list[str] = []
    """With ``{tenantid}`` in ``issuer``: the tenant ids trusted."""
    algorithms: list[str] = msgspec.field(default_factory=lambda: ["RS256", "ES256", "EdDSA"])
    jwks_uri: str = ""
    """Empty: taken from the issuer's discovery document."""
    ca_file: str = ""
    """PEM bundle trusted for this issuer's HTTPS endpoints (a private CA); empty: the system's."""
    jwks_token_file: str = ""
    """A file whose content is sent as a bearer token with discovery and JWKS requests (read at each fetch)."""
    roles_claim: str | list[str] = ""
    """Claim(s) whose values ARE Lockgate role names for this issuer (``realm_access.roles``). Empty: none."""
    roles: list[RoleRule] = []
    """Claim rules: ``[[identity.issuers.roles]] role = "ci"  claims = { sub = "repo:acme/*:ref:refs/heads/main" }``."""
    required_scopes: list[str] = []
    """Scopes every token must carry, read from ``scp`` (list or string) or ``scope`` (space-separated)."""
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
        if isinstance(self.roles_claim, list) and not all(self.roles_claim):
            raise ValueError("roles_claim: must not list an empty claim name")
        if self.leeway_s < 0:
            raise ValueError("leeway_s: must not be negative")
        templated = TENANT_PLACEHOLDER in self.issuer
        if templated and not self.tenants:
            raise ValueError(f"tenants: an issuer with {TENANT_PLACEHOLDER} must list the tenants it trusts")
        if self.tenants and not templated:
            raise ValueError(f"tenants: only for an issuer with {TENANT_PLACEHOLDER} in it")
        if not all(tenant and "/" not in tenant for tenant in self.tenants):
            raise ValueError("tenants: must be non-empty tenant ids without '/'")

    @property
    def roles_claims(self) -> list[str]:
        if isinstance(self.roles_claim, str):
            return [self.roles_claim] if self.roles_claim else []
        return list(self.roles_claim)

    def concrete_issuers(self) -> dict[str, str]:
        """Every ``iss`` value this config trusts, with the tenant it names (``""`` when not multi-tenant)."""
        if TENANT_PLACEHOLDER not in self.issuer:
            return {self.issuer: ""}
        return {self.issuer.replace(TENANT_PLACEHOLDER, tenant): tenant for tenant in self.tenants}


class IdentityConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    issuers: list[IssuerConfig] = []
    dev_issuer: bool | None = None
    """Trust the embedded development issuer (``lockgate up``). Unset: on in development mode, off in
    production mode (which refuses an explicit ``true``); adding issuers does not turn it off."""
    jwks_refetch_floor_s: float = 1.0
    """An unknown ``kid`` refetches the JWKS, at most once per this many seconds per issuer; tokens with
    new kids wait for that one shared fetch instead of being refused."""
    jwks_max_age_s: float = 3600.0
    """Cached keys are refreshed after this long, so keys an issuer withdrew stop verifying."""
    max_token_age_s: float | None = None
    """If set, tokens whose ``iat`` is older than this are refused even before they expire."""

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for issuer in self.issuers:
            for iss in issuer.concrete_issuers():
                if iss in seen:
                    raise ValueError(f"issuers: {iss!r} is configured twice")
                seen.add(iss)
        if self.jwks_refetch_floor_s < 0:
            raise ValueError("jwks_refetch_floor_s: must not be negative")
        if self.jwks_max_age_s <= 0:
            raise ValueError("jwks_max_age_s: must be positive")
        if self.max_token_age_s is not None and self.max_token_age_s <= 0:
            raise ValueError("max_token_age_s: must be positive")

    def dev_issuer_on(self, mode: str) -> bool:
        """Whether the development issuer is trusted in ``mode``."""
        return self.dev_issuer if self.dev_issuer is not None else mode == "development"
