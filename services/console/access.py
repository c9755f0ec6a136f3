"""Who may use the console and how a browser proves it: pure decisions, no I/O.

The roles come from the active policy, exactly as the services behind the console read them: a
reviewer holds one of the approver's reviewer roles or groups (``[approver]``), an auditor holds
the ``auditor`` role by name or grant (``[roles.auditor]``). Anyone else is refused at sign-in.
The approver and the recorder check again on every call: the console only decides what to show.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets
from typing import NamedTuple

from schemas.events import Identity
from services.approver.policy import load_approver_policy
from services.authz.policy import load_authz_policy
from services.common.policy_store import PolicyDocument

AUDITOR_ROLE = "auditor"


class ConsoleRoles(NamedTuple):
    reviewer: bool
    auditor: bool

    @property
    def any(self) -> bool:
        return self.reviewer or self.auditor


def console_roles(document: PolicyDocument, identity: Identity) -> ConsoleRoles:
    """What ``identity`` may do in the console under ``document`` (``PolicyError`` if the policy cannot be read)."""
    held = set(identity.roles)
    approver = load_approver_policy(document)
    reviewer_roles = {*approver.reviewers}
    for rule in approver.rules:
        reviewer_roles.update(rule.reviewers, rule.groups)
    auditor = load_authz_policy(document).roles.get(AUDITOR_ROLE)
    is_auditor = auditor is not None and (AUDITOR_ROLE in held or not held.isdisjoint(auditor.grants))
    return ConsoleRoles(reviewer=bool(identity.subject) and not held.isdisjoint(reviewer_roles), auditor=bool(identity.subject) and is_auditor)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def pkce_challenge(verifier: str) -> str:
    """RFC 7636 S256: BASE64URL(SHA256(verifier)) without padding."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(expected) and given is not None and hmac.compare_digest(expected.encode(), given.encode())


def same_origin(origin: str | None, host: str | None) -> bool:
    """A state change's ``Origin`` (when the browser sends one) must be this console's own host."""
    if origin is None:
        return True
    return host is not None and origin.split("://", 1)[-1] == host


def cookie_secure(listen_host: str) -> bool:
    """Secure cookies everywhere but loopback, where browsers reach the console over plain HTTP."""
    try:
        return not ipaddress.ip_address(listen_host.strip("[]")).is_loopback
    except ValueError:
        return listen_host != "localhost"
