"""What the recorder reads from the policy, apart from the worker so checking a policy needs no DuckDB."""

from __future__ import annotations

from typing import NamedTuple

from services.authz.policy import AuthzPolicy, load_authz_policy
from services.common.policy_store import PolicyDocument
from services.masker.policy import ActivePolicy, load_masker_policy


class RecorderPolicy(NamedTuple):
    """What the recorder reads from the policy: request masking (``[masker]``), prices and the auditor role."""

    masker: ActivePolicy
    authz: AuthzPolicy


def load_recorder_policy(document: PolicyDocument) -> RecorderPolicy:
    return RecorderPolicy(load_masker_policy(document), load_authz_policy(document))


def check_policy(document: PolicyDocument) -> None:
    """The recorder uses the masker's and authz's sections; each must load."""
    load_recorder_policy(document)
