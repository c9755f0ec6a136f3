"""The approver's slice of the policy document, apart from the worker so checking a policy needs no bus client."""

from __future__ import annotations

import msgspec

from services.approver.rules import ApproverPolicy
from services.common.policy_store import PolicyDocument, decode_section


class _ApproverSection(msgspec.Struct):
    approver: ApproverPolicy = msgspec.field(default_factory=ApproverPolicy)


def load_approver_policy(document: PolicyDocument) -> ApproverPolicy:
    return decode_section(document, _ApproverSection).approver


def check_policy(document: PolicyDocument) -> None:
    """Raise ``PolicyError`` naming the field if the document's ``[approver]`` section cannot be used."""
    load_approver_policy(document)
