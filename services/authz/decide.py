"""Pure authz decisions: policy, identity and request in, outcome out.

No I/O and no clock: the live worker, a replay tool and the tests share these
functions, so a past decision can be recomputed from the events alone. The
worker applies them in order: ``authorize`` (role, endpoint, model, tools,
``max_tokens``), then the budget (local, no round trip), then the rate (one
compare-and-set on the shared counters).

A role's ``approve_models``/``approve_tools`` make an otherwise allowed request an ``approve``: the egress holds
it until a reviewer decides (``services/approver``).

Statuses: a request outside the role is 403 ``permission_error``, including a
``max_tokens`` above the role's limit when the role does not strip (the request
is well formed; the caller is not allowed it). Rate and budget are 429
``rate_limit_error`` with ``retry_after``.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import msgspec

from schemas.events import Decision, Event, HeldRequest, Identity, RequestChanges, RequestReceived, Usage, Verdict
from services.authz.policy import AuthzPolicy, Budget, Price, Rate, Role

STAGE = "authz"


class AuthzRequest(msgspec.Struct, frozen=True, kw_only=True):
    """The parts of a request authz looks at."""

    endpoint: str
    model: str = ""
    max_tokens: int | None = None
    tools: tuple[str, ...] = ()


class Outcome(msgspec.Struct, frozen=True, kw_only=True):
    """A decision before it becomes a ``Verdict``; ``role`` tells the worker which limits apply next."""

    decision: Decision
    rule: str
    reason: str
    policy_version: str
    role: str = ""
    status: int = 200
    error_type: str = ""
    retry_after: float | None = None
    changes: RequestChanges | None = None


class Spent(NamedTuple):
    tokens: int = 0
    usd: float = 0.0


def to_verdict(outcome: Outcome, event: Event) -> Verdict:
    return Verdict(
        stage=STAGE,
        decision=outcome.decision,
        reason=outcome.reason,
        rule=outcome.rule,
        policy_version=outcome.policy_version,
        status=outcome.status,
        error_type=outcome.error_type,
        retry_after=outcome.retry_after,
        changes=outcome.changes,
        held=held_request(event) if outcome.decision == "approve" and isinstance(event, RequestReceived) else None,
        request_id=event.request_id,
        session_id=event.session_id,
        identity=event.identity,
    )


def deny(version: str, rule: str, reason: str, status: int = 403, error_type: str = "permission_error", role: str = "") -> Outcome:
    return Outcome(decision="deny", rule=rule, reason=reason, policy_version=version, role=role, status=status, error_type=error_type)


@lru_cache(maxsize=4096)
def _matcher(patterns: tuple[str, ...]) -> Callable[[str], re.Match | None]:
    """One compiled regex per glob list: a policy's lists are few and immutable, requests are many."""
    return re.compile("|".join(fnmatch.translate(p) for p in patterns) or "(?!)").match


def matches(patterns: tuple[str, ...], name: str) -> bool:
    """Shell-style globs, case-sensitive: ``claude-haiku-*``, ``mcp__github__*``, ``*``."""
    return _matcher(patterns)(name) is not None


def role_for(policy: AuthzPolicy, identity: Identity) -> tuple[str, Role] | None:
    """The first role, in file order, that the identity holds by name or through one of its grants."""
    held = set(identity.roles)
    for name, role in policy.roles.items():
        if name in held or not held.isdisjoint(role.grants):
            return name, role
    return None


def authorize(policy: AuthzPolicy, version: str, identity: Identity, request: AuthzRequest) -> Outcome:
    """Allow, allow with changes (tools removed, ``max_tokens`` clamped), or deny with the rule that decided."""
    found = role_for(policy, identity)
    if found is None:
        return deny(version, "roles", f"identity {identity.subject or '(anonymous)'} holds no role in policy {version}")
    name, role = found
    rule = f"roles.{name}"
    if not matches(role.endpoints, request.endpoint):
        return deny(version, f"{rule}.endpoints", f"role {name} may not call {request.endpoint}", role=name)
    if request.model and not matches(role.models, request.model):
        return deny(
            version, f"{rule}.models", f"model {request.model} is not allowed for role {name} (allowed: {', '.join(role.models)})", role=name
        )
    forbidden = tuple(dict.fromkeys(tool for tool in request.tools if not matches(role.tools, tool)))
    too_long = role.max_tokens is not None and request.max_tokens is not None and request.max_tokens > role.max_tokens
    if not role.strip_excess:
        if forbidden:
            return deny(version, f"{rule}.tools", f"role {name} may not use tool(s) {', '.join(forbidden)}", role=name)
        if too_long:
            return deny(version, f"{rule}.max_tokens", f"max_tokens {request.max_tokens} exceeds role {name}'s limit of {role.max_tokens}", role=name)
    changes = RequestChanges(remove_tools=forbidden, max_tokens=role.max_tokens if too_long else None) if forbidden or too_long else None
    held = _needs_approval(name, role, request, forbidden)
    if held is not None:
        field, reason = held
        return Outcome(decision="approve", rule=f"{rule}.{field}", reason=reason, policy_version=version, role=name, changes=changes)
    if changes is None:
        return Outcome(decision="allow", rule=rule, reason=f"allowed by role {name}", policy_version=version, role=name)
    done = []
    if forbidden:
        done.append(f"removed tool(s) {', '.join(forbidden)}")
    if too_long:
        done.append(f"clamped max_tokens {request.max_tokens} to {role.max_tokens}")
    return Outcome(
        decision="modify",
        rule=f"{rule}.tools" if forbidden else f"{rule}.max_tokens",
        reason=f"role {name}: {'; '.join(done)}",
        policy_version=version,
        role=name,
        changes=changes,
    )


def _needs_approval(name: str, role: Role, request: AuthzRequest, removed: tuple[str, ...]) -> tuple[str, str] | None:
    """``(field, reason)`` when the role lets this request through only with a reviewer's approval."""
    if request.model and role.approve_models and matches(role.approve_models, request.model):
        return "approve_models", f"model {request.model} needs a reviewer's approval for role {name}"
    kept = [tool for tool in request.tools if tool not in removed]
    asked = tuple(dict.fromkeys(tool for tool in kept if role.approve_tools and matches(role.approve_tools, tool)))
    if asked:
        return "approve_tools", f"tool(s) {', '.join(asked)} need a reviewer's approval for role {name}"
    return None


SUMMARY_CHARS = 500
"""Characters of the last user message a reviewer is shown for a held request."""


def held_request(event: RequestReceived) -> HeldRequest:
    """What a reviewer is shown of a held request: endpoint, model and the last user message as recorded
    (the ingress records the masked body when request masking is on, so nothing unmasked is shown)."""
    if event.body_ref:
        summary = "(the body is too large to show here)"
    else:
        summary = _last_user_text(bytes(event.body))
    if len(summary) > SUMMARY_CHARS:
        summary = summary[:SUMMARY_CHARS] + "…"
    return HeldRequest(endpoint=event.endpoint, model=event.model, summary=summary)


def _last_user_text(body: bytes) -> str:
    try:
        document = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return ""
    messages = document.get("messages") if isinstance(document, dict) else None
    users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"] if isinstance(messages, list) else []
    if not users:
        return ""
    content = users[-1].get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(b["text"] for b in content if isinstance(b, dict) and b.get("type") == "text" and isinstance(b.get("text"), str))
    return ""


def rate_decision(tat: float | None, now: float, rate: Rate) -> tuple[bool, float | None, float]:
    """GCRA: ``(allowed, new_tat, retry_after_s)``. ``tat`` is the theoretical arrival time of the next request.

    Each request moves the TAT one emission interval (``period_s / requests``) forward;
    a request is allowed while the TAT stays within ``period_s`` of now, so a burst of
    ``requests`` passes at once and then one more every interval. A denied request
    leaves the TAT unchanged, so retrying does not push the caller further back.
    """
    interval = rate.period_s / rate.requests
    new_tat = max(tat if tat is not None else now, now) + interval
    allow_at = new_tat - rate.period_s
    if allow_at - now > 1e-9:
        return False, tat, allow_at - now
    return True, new_tat, 0.0


def window_of(now: float, window_s: float) -> tuple[int, float]:
    """``(index, start)`` of the fixed budget window holding ``now``; windows align to the Unix epoch (UTC)."""
    index = int(now // window_s)
    return index, index * window_s


def budget_decision(spent: Spent, budget: Budget, now: float, window_start: float) -> tuple[bool, float]:
    """``(allowed, retry_after_s)``: allowed while every limit has some left; else wait for the next window.

    Checked before the call, charged after it: the request that crosses a limit completes.
    """
    exhausted = (budget.tokens is not None and spent.tokens >= budget.tokens) or (budget.usd is not None and spent.usd >= budget.usd)
    if exhausted:
        return False, max(0.0, window_start + budget.window_s - now)
    return True, 0.0


def rate_limited(outcome: Outcome, rate: Rate, retry_after: float) -> Outcome:
    return Outcome(
        decision="deny",
        rule=f"roles.{outcome.role}.rate",
        reason=f"rate limit of role {outcome.role} ({rate.requests} requests per {rate.period_s:g} s) reached; retry after {retry_after:.1f} s",
        policy_version=outcome.policy_version,
        role=outcome.role,
        status=429,
        error_type="rate_limit_error",
        retry_after=retry_after,
    )


def over_budget(outcome: Outcome, budget: Budget, spent: Spent, retry_after: float) -> Outcome:
    limits = []
    if budget.tokens is not None:
        limits.append(f"{spent.tokens}/{budget.tokens} tokens")
    if budget.usd is not None:
        limits.append(f"${spent.usd:.4f}/${budget.usd:g}")
    return Outcome(
        decision="deny",
        rule=f"roles.{outcome.role}.budget",
        reason=f"budget of role {outcome.role} spent for this {budget.window_s:g} s window ({', '.join(limits)}); retry after {retry_after:.0f} s",
        policy_version=outcome.policy_version,
        role=outcome.role,
        status=429,
        error_type="rate_limit_error",
        retry_after=retry_after,
    )


def tokens_of(usage: Usage) -> int:
    """Every token the call consumed, cached or not, counts against a token budget."""
    return usage.input_tokens + usage.output_tokens + usage.cache_creation_input_tokens + usage.cache_read_input_tokens


def cost_usd(prices: dict[str, Price], model: str, usage: Usage) -> float | None:
    """USD for one call at the first matching price glob; ``None`` when no glob prices the model.

    Cache writes and reads are charged at the input price: an overestimate for
    reads (0.1x upstream) and a slight underestimate for writes (1.25x), kept
    simple on purpose.
    """
    for glob, price in prices.items():
        if matches((glob,), model):
            input_tokens = usage.input_tokens + usage.cache_creation_input_tokens + usage.cache_read_input_tokens
            return (input_tokens * price.input_per_mtok + usage.output_tokens * price.output_per_mtok) / 1_000_000
    return None
