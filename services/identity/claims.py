"""Pure claim reading: where a claim lives, whether it matches a pattern, which roles and scopes a token holds.

No I/O: the verifier calls these on claims whose signature it has already checked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .config import IssuerConfig, RoleRule

_MISSING = object()


def claim_at(claims: Mapping[str, Any], path: str) -> Any:
    """A claim by literal name (``cognito:groups``, ``https://x.example/roles``), else by dotted path.

    A path may cross keys that themselves contain dots: ``kubernetes.io.namespace`` finds
    ``claims["kubernetes.io"]["namespace"]``. The longest literal key wins at each level.
    """
    value = _walk(claims, path.split("."))
    return None if value is _MISSING else value


def _walk(node: Any, parts: list[str]) -> Any:
    if not parts:
        return node
    if not isinstance(node, Mapping):
        return _MISSING
    for cut in range(len(parts), 0, -1):
        key = ".".join(parts[:cut])
        if key in node:
            found = _walk(node[key], parts[cut:])
            if found is not _MISSING:
                return found
    return _MISSING


def strings_of(value: Any) -> tuple[str, ...]:
    """A claim as the strings it holds: a string, or the strings in a list; anything else holds none."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(item for item in value if isinstance(item, str))
    return ()


@lru_cache(maxsize=1024)
def _pattern(pattern: str) -> re.Pattern[str]:
    """``*``: any run without ``:`` or ``/``; ``**``: any run; ``?``: one character; the rest literal."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^:/]*")
            i += 1
        elif pattern[i] == "?":
            out.append(".")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out), re.DOTALL)


def matches(pattern: str, value: str) -> bool:
    return _pattern(pattern).fullmatch(value) is not None


def rule_matches(rule: RoleRule, claims: Mapping[str, Any]) -> bool:
    """Every claim the rule names is present and one of its strings matches one of the rule's patterns."""
    for path, patterns in rule.claims.items():
        listed = (patterns,) if isinstance(patterns, str) else patterns
        values = strings_of(claim_at(claims, path))
        if not any(matches(pattern, value) for pattern in listed for value in values):
            return False
    return True


def roles_for(config: IssuerConfig, claims: Mapping[str, Any]) -> tuple[str, ...]:
    """The roles this issuer vouches for: its role claims' values, then the roles its rules grant."""
    roles: list[str] = []
    for path in config.roles_claims:
        roles.extend(strings_of(claim_at(claims, path)))
    roles.extend(rule.role for rule in config.roles if rule_matches(rule, claims))
    return tuple(dict.fromkeys(roles))


def scopes_of(claims: Mapping[str, Any]) -> frozenset[str]:
    """``scp`` (a list, Okta; or a space-separated string, Entra ID) and ``scope`` (RFC 9068, a string)."""
    scopes: set[str] = set()
    for name in ("scp", "scope"):
        for value in strings_of(claims.get(name)):
            scopes.update(value.split())
    return frozenset(scopes)


def missing_scopes(required: list[str], claims: Mapping[str, Any]) -> list[str]:
    held = scopes_of(claims)
    return [scope for scope in required if scope not in held]


def audience_accepted(claims: Mapping[str, Any], accepted: frozenset[str], accept_azp: bool) -> bool:
    """``aud`` (a string or a list) must name an accepted audience; ``azp`` counts only when opted in."""
    audiences = set(strings_of(claims.get("aud")))
    if accept_azp:
        audiences.update(strings_of(claims.get("azp")))
    return not accepted.isdisjoint(audiences)
