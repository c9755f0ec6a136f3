"""The authz slice of the policy file: ``version``, ``[roles.*]`` and ``[prices.*]``.

The policy is one TOML document shared by every stage, so the top level ignores
sections it does not know (``[guard]``, ``[masker]``...); the authz tables forbid
unknown fields, so a typo fails at load time instead of silently granting more.

Roles keep their order in the file and the FIRST role the identity holds decides:
list the narrowest roles first if an identity can hold several.

    version = "2025-06-01"

    [roles.developer]
    grants = ["engineering"]            # identity roles/groups that grant it (its own name always does)
    models = ["claude-sonnet-*", "claude-haiku-*"]
    tools = ["Bash", "Read", "Edit", "mcp__github__*"]
    max_tokens = 8192
    strip_excess = true                 # remove forbidden tools, clamp max_tokens (false: deny)
    rate = { requests = 60, period_s = 60 }
    budget = { tokens = 2_000_000, usd = 25.0, window_s = 86400 }
    approve_models = ["claude-opus-*"]  # allowed, but each request waits for a reviewer's approval

    [prices."claude-sonnet-*"]
    input_per_mtok = 3.0
    output_per_mtok = 15.0
"""

from __future__ import annotations

import msgspec

from services.common.policy_store import PolicyDocument, PolicyError, decode_section

ENDPOINTS = ("messages", "count_tokens", "models.list", "models.get")

COUNTER_TTL_S = 35 * 86400.0
"""How long the shared counters live (see ``counters.py``); no window may be longer."""
APPROVE_GLOBS_LIMIT = 100
APPROVE_GLOB_CHARS = 200


class Rate(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """At most ``requests`` per ``period_s`` per identity, all of them at once if it likes (GCRA)."""

    requests: int
    period_s: float


class Budget(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Tokens and/or US dollars one identity may spend per fixed window of ``window_s`` seconds."""

    tokens: int | None = None
    usd: float | None = None
    window_s: float = 86400.0


class Role(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    grants: tuple[str, ...] = ()
    """Identity role or group values that grant this role, besides the role's own name."""
    models: tuple[str, ...]
    """Model globs, e.g. ``claude-haiku-*``."""
    endpoints: tuple[str, ...] = ENDPOINTS
    tools: tuple[str, ...] = ()
    """Tool names and globs (``mcp__github__*``; ``*`` allows any tool). Empty: no tools."""
    max_tokens: int | None = None
    strip_excess: bool = True
    """Remove forbidden tools and clamp ``max_tokens`` instead of denying the request."""
    rate: Rate | None = None
    budget: Budget | None = None
    approve_models: tuple[str, ...] = ()
    """Model globs this role may call only once a reviewer approved the request (the egress holds it meanwhile)."""
    approve_tools: tuple[str, ...] = ()
    """Tool globs: a request offering one of them is held for approval the same way."""


class Price(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """USD per million tokens for models matching the table's glob; cache tokens count at the input price."""

    input_per_mtok: float
    output_per_mtok: float


class AuthzPolicy(msgspec.Struct, frozen=True, kw_only=True):
    version: str = ""
    roles: dict[str, Role] = {}
    prices: dict[str, Price] = {}


class _Tables(msgspec.Struct, kw_only=True):
    """The authz slice with each table still untyped, so an error can name the role or price it is in."""

    version: str = ""
    roles: dict[str, dict] = {}
    prices: dict[str, dict] = {}


def load_authz_policy(document: PolicyDocument) -> AuthzPolicy:
    """Decode and check the authz slice; ``PolicyError`` names the offending field."""
    tables = decode_section(document, _Tables)
    policy = AuthzPolicy(
        version=tables.version,
        roles={name: _convert(document, f"roles.{name}", table, Role) for name, table in tables.roles.items()},
        prices={glob: _convert(document, f"prices.{glob}", table, Price) for glob, table in tables.prices.items()},
    )
    problem = next(_problems(policy), None)
    if problem is not None:
        raise PolicyError(f"policy {document.version}: {problem}")
    return policy


def _convert(document: PolicyDocument, path: str, table: dict, struct_type: type):
    try:
        return msgspec.convert(table, struct_type)
    except msgspec.ValidationError as exc:
        raise PolicyError(f"policy {document.version}: {path}: {exc}") from None


def _problems(policy: AuthzPolicy):
    """What msgspec's types cannot say: ranges, required combinations, known names."""
    for name, role in policy.roles.items():
        for field, problem in _role_problems(role):
            yield f"roles.{name}.{field}: {problem}"
        if role.budget and role.budget.usd is not None and not policy.prices:
            yield f"roles.{name}.budget.usd: needs a [prices] table to charge against"
    for glob, price in policy.prices.items():
        if price.input_per_mtok < 0 or price.output_per_mtok < 0:
            yield f"prices.{glob}: prices must not be negative"


def _role_problems(role: Role):
    if not role.models:
        yield "models", "must list at least one model glob"
    unknown = [endpoint for endpoint in role.endpoints if endpoint not in ENDPOINTS]
    if unknown:
        yield "endpoints", f"unknown endpoint(s) {', '.join(unknown)}; known: {', '.join(ENDPOINTS)}"
    for field, globs in (("approve_models", role.approve_models), ("approve_tools", role.approve_tools)):
        if len(globs) > APPROVE_GLOBS_LIMIT:
            yield field, f"at most {APPROVE_GLOBS_LIMIT} globs"
        if any(not glob.strip() or len(glob) > APPROVE_GLOB_CHARS for glob in globs):
            yield field, f"globs must be non-blank and at most {APPROVE_GLOB_CHARS} characters"
    if role.max_tokens is not None and role.max_tokens < 1:
        yield "max_tokens", "must be at least 1"
    if role.rate is not None:
        if role.rate.requests < 1:
            yield "rate.requests", "must be at least 1"
        if not 0 < role.rate.period_s <= COUNTER_TTL_S:
            yield "rate.period_s", f"must be more than 0 and at most {COUNTER_TTL_S:.0f} s"
    if role.budget is not None:
        if role.budget.tokens is None and role.budget.usd is None:
            yield "budget", "needs tokens, usd or both"
        if (role.budget.tokens or 0) < 0:
            yield "budget.tokens", "must not be negative"
        if (role.budget.usd or 0) < 0:
            yield "budget.usd", "must not be negative"
        if not 0 < role.budget.window_s <= COUNTER_TTL_S:
            yield "budget.window_s", f"must be more than 0 and at most {COUNTER_TTL_S:.0f} s (the counters' lifetime)"


def check_policy(document: PolicyDocument) -> None:
    """Raise ``PolicyError`` naming the field if the document's authz slice cannot be used."""
    load_authz_policy(document)
