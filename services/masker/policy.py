"""The masker's slice of the policy: which detectors, which styles, which fields, custom rules.

Secure by default: every secret and personal-data detector is on, IP addresses
are off (they are rarely personal in agent traffic and often in logs), and text
and tool input are masked (``role_fields`` narrows or widens that per role;
thinking is masked only where asked, see ``fields``). Requests are left alone
unless asked for.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Literal

import msgspec

from services.common.policy_store import PolicyDocument, decode_section

from .detectors import BUILTIN, NETWORK_TYPES, PII_TYPES, SECRET_TYPES
from .engine import PolicyError, Rule, Ruleset, Style

Field = Literal["text", "tool_input", "thinking"]
DEFAULT_DETECTORS = SECRET_TYPES + PII_TYPES
ALL_DETECTORS = DEFAULT_DETECTORS + NETWORK_TYPES


class CustomRule(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: str
    pattern: str
    """RE2 syntax (the part Python's ``re`` shares); no backreferences or lookarounds."""
    type: str
    """Appears in the replacement, e.g. ``[REDACTED:employee_id]``: lowercase letters, digits, ``_``."""
    style: Style = "redact"
    max_length: int = 256
    """Cap on each unbounded repetition (``+``, ``*``, ``{n,}``), so the rule has a maximum length (1-1000)."""


class MaskerPolicy(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    detectors: list[str] = msgspec.field(default_factory=lambda: list(DEFAULT_DETECTORS))
    """Built-in detector types that are on; add ``ipv4``/``ipv6`` to mask addresses."""
    styles: dict[str, Style] = {}
    """Replacement style per type (built-in or custom), e.g. ``{"card": "partial"}``; otherwise ``redact``."""
    custom_rules: list[CustomRule] = []
    fields: list[Field] = msgspec.field(default_factory=lambda: ["text", "tool_input"])
    """Response fields masked: ``text_delta`` and ``input_json_delta``; add ``thinking`` to mask
    ``thinking_delta`` too. Thinking is off by default because the API checks a thinking block's
    signature when a client sends it back: a masked block breaks the conversation's next turn."""
    role_fields: dict[str, list[Field]] = {}
    """Role -> fields. A caller holding a listed role gets the union of its roles' fields instead of ``fields``."""
    mask_requests: bool = False
    """Also mask what the client sends (e.g. a tool_result that printed credentials) before it is recorded
    or reaches the model provider: the system prompt, text, ``tool_result`` content and ``tool_use`` input
    strings of Messages and count_tokens calls. Takes effect where the gateway asks (``[gateway]
    mask_requests``); thinking blocks are never touched (their signatures would break)."""
    request_roles: list[str] = []
    """With ``mask_requests``: only callers holding one of these roles have their requests masked;
    empty masks every caller's."""

    def __post_init__(self):
        unknown = sorted(set(self.detectors) - set(ALL_DETECTORS))
        if unknown:
            raise PolicyError(f"unknown detector type(s) {unknown}; known: {', '.join(ALL_DETECTORS)}")
        for rule in self.custom_rules:
            if not 1 <= rule.max_length <= 1000:
                raise PolicyError(f"rule {rule.id!r}: max_length must be between 1 and 1000")
        for role in self.request_roles:
            if not isinstance(role, str) or not role.strip():
                raise PolicyError("request_roles: a role must be a non-empty name")
        if len(set(self.request_roles)) != len(self.request_roles):
            raise PolicyError("request_roles: a role is listed twice")
        stray = sorted(set(self.styles) - set(ALL_DETECTORS) - {rule.type for rule in self.custom_rules})
        if stray:
            raise PolicyError(f"styles name unknown type(s) {stray}")


def fields_for(policy: MaskerPolicy, roles: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The response fields masked for a caller with these roles (as the guard picks its packs)."""
    chosen = [fields for role, fields in policy.role_fields.items() if role in roles]
    return frozenset(f for fields in chosen for f in fields) if chosen else frozenset(policy.fields)


def masks_requests(policy: MaskerPolicy, roles: tuple[str, ...] | list[str]) -> bool:
    """Whether a caller with these roles has its requests masked."""
    if not policy.mask_requests:
        return False
    return not policy.request_roles or any(role in roles for role in policy.request_roles)


def compile_policy(policy: MaskerPolicy) -> Ruleset:
    """Enabled built-ins then custom rules, each with its style, compiled into one scan.

    Compiled once per process for each policy: the masker, the recorder, replay and ``policy check`` all ask
    for the same one, and compiling every rule takes seconds. A ``Ruleset`` is never changed after it is made."""
    return _compiled(msgspec.json.encode(policy))


@functools.lru_cache(maxsize=4)
def _compiled(policy_json: bytes) -> Ruleset:
    policy = msgspec.json.decode(policy_json, type=MaskerPolicy)
    enabled = set(policy.detectors)
    rules = [replace(r, style=policy.styles.get(r.type, r.style)) for r in BUILTIN if r.type in enabled]
    rules += [
        Rule(c.id, c.type, c.pattern, policy.styles.get(c.type, c.style), max_repeat=c.max_length)
        for c in policy.custom_rules
    ]
    return Ruleset(rules)


class _MaskerSection(msgspec.Struct):
    """The masker's slice of the policy document; an absent ``[masker]`` masks everything it knows."""

    masker: MaskerPolicy = msgspec.field(default_factory=MaskerPolicy)


@dataclass(frozen=True)
class ActivePolicy:
    version: str
    policy: MaskerPolicy
    rules: Ruleset


def load_masker_policy(document: PolicyDocument) -> ActivePolicy:
    """Decode and compile the ``[masker]`` section; a pattern RE2 cannot run safely is a ``PolicyError``."""
    policy = decode_section(document, _MaskerSection).masker
    try:
        rules = compile_policy(policy)
    except PolicyError as exc:
        raise PolicyError(f"policy {document.version}: masker: {exc}") from None
    return ActivePolicy(document.version, policy, rules)


def check_policy(document: PolicyDocument) -> None:
    """Raise ``PolicyError`` naming the field or rule if the document's ``[masker]`` section cannot be used.

    Here, not in the worker, so ``lockgate policy check`` compiles the document's rules without the worker's defaults."""
    load_masker_policy(document)
