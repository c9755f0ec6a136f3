"""The authz stage's pure decisions: policy, identity and request in, outcome out."""

from __future__ import annotations

import pytest

from schemas.events import Identity, RequestChanges, RequestReceived, Usage
from services.authz.decide import (
    AuthzRequest,
    Spent,
    authorize,
    budget_decision,
    cost_usd,
    over_budget,
    rate_decision,
    rate_limited,
    to_verdict,
    tokens_of,
    window_of,
)
from services.authz.policy import Budget, Rate, check_policy, load_authz_policy
from services.common.policy_store import PolicyError, policy_document

POLICY = """
version = "v7"

[guard]
anything = "belongs to another stage"

[roles.intern]
models = ["claude-haiku-*"]
endpoints = ["messages"]
tools = []
max_tokens = 1024
strip_excess = false

[roles.developer]
grants = ["engineering", "platform"]
models = ["claude-sonnet-*", "claude-haiku-*"]
tools = ["Bash", "Read", "Edit", "mcp__github__*"]
max_tokens = 8192
rate = { requests = 3, period_s = 60 }
budget = { tokens = 1000, usd = 0.5, window_s = 3600 }

[roles.admin]
models = ["*"]
tools = ["*"]

[prices."claude-sonnet-*"]
input_per_mtok = 3.0
output_per_mtok = 15.0

[prices."claude-*"]
input_per_mtok = 1.0
output_per_mtok = 5.0
"""

DOCUMENT = policy_document(POLICY)
VERSION = DOCUMENT.version
POLICY_OBJ = load_authz_policy(DOCUMENT)


def who(*roles: str) -> Identity:
    return Identity(subject="alice", issuer="https://issuer.test", roles=roles)


def decide(identity: Identity, endpoint="messages", model="claude-sonnet-4-5", max_tokens=1000, tools=()):
    return authorize(POLICY_OBJ, VERSION, identity, AuthzRequest(endpoint=endpoint, model=model, max_tokens=max_tokens, tools=tuple(tools)))


def test_allowed_model_glob_names_role_and_version():
    outcome = decide(who("developer"), model="claude-haiku-4-5", tools=["Bash"])
    assert (outcome.decision, outcome.rule, outcome.policy_version, outcome.changes) == ("allow", "roles.developer", VERSION, None)
    assert VERSION.startswith("v7@")


def test_model_outside_role_is_403_naming_model_and_role():
    outcome = decide(who("developer"), model="claude-opus-4-1")
    assert (outcome.decision, outcome.status, outcome.error_type, outcome.rule) == ("deny", 403, "permission_error", "roles.developer.models")
    assert "claude-opus-4-1" in outcome.reason and "developer" in outcome.reason


def test_grants_map_identity_groups_to_a_role():
    assert decide(who("platform")).rule == "roles.developer"


def test_no_role_is_403_naming_subject_and_version():
    outcome = decide(who("sales"))
    assert (outcome.decision, outcome.status, outcome.error_type, outcome.rule) == ("deny", 403, "permission_error", "roles")
    assert outcome.reason == f"identity alice holds no role in policy {VERSION}"


def test_first_role_in_file_order_decides():
    """An intern who is also an admin is held to the intern role: it comes first in the file."""
    outcome = decide(who("admin", "intern"), model="claude-sonnet-4-5")
    assert (outcome.decision, outcome.rule) == ("deny", "roles.intern.models")


def test_endpoint_outside_role_is_403():
    outcome = decide(who("intern"), endpoint="count_tokens", model="claude-haiku-4-5")
    assert (outcome.decision, outcome.status, outcome.rule) == ("deny", 403, "roles.intern.endpoints")


def test_forbidden_tools_are_stripped_and_mcp_globs_match():
    tools = ["Bash", "mcp__github__create_issue", "mcp__slack__post", "WebFetch", "mcp__slack__post"]
    outcome = decide(who("developer"), tools=tools)
    assert (outcome.decision, outcome.rule) == ("modify", "roles.developer.tools")
    assert outcome.changes == RequestChanges(remove_tools=("mcp__slack__post", "WebFetch"))


def test_forbidden_tool_is_denied_when_role_does_not_strip():
    outcome = decide(who("intern"), model="claude-haiku-4-5", max_tokens=100, tools=["Bash"])
    assert (outcome.decision, outcome.status, outcome.error_type, outcome.rule) == ("deny", 403, "permission_error", "roles.intern.tools")
    assert "Bash" in outcome.reason


def test_max_tokens_is_clamped_or_denied():
    clamped = decide(who("developer"), max_tokens=64000)
    assert (clamped.decision, clamped.rule, clamped.changes) == ("modify", "roles.developer.max_tokens", RequestChanges(max_tokens=8192))
    both = decide(who("developer"), max_tokens=64000, tools=["Write"])
    assert both.changes == RequestChanges(remove_tools=("Write",), max_tokens=8192)
    denied = decide(who("intern"), model="claude-haiku-4-5", max_tokens=4096)
    assert (denied.decision, denied.status, denied.rule) == ("deny", 403, "roles.intern.max_tokens")


def test_wildcard_role_allows_any_tool_and_model():
    assert decide(who("admin"), model="claude-opus-4-1", tools=["mcp__x__y", "Bash"], max_tokens=100000).decision == "allow"


def test_verdict_carries_the_outcome_and_the_request():
    event = RequestReceived(request_id="r1", session_id="s1", identity=who("developer"), gateway="g", method="POST", path="/v1/messages", endpoint="messages")
    verdict = to_verdict(decide(who("developer"), max_tokens=9000), event)
    assert (verdict.stage, verdict.decision, verdict.request_id, verdict.session_id) == ("authz", "modify", "r1", "s1")
    assert (verdict.policy_version, verdict.rule, verdict.changes.max_tokens) == (VERSION, "roles.developer.max_tokens", 8192)


def test_gcra_allows_a_burst_then_one_per_interval():
    rate = Rate(requests=3, period_s=60)
    tat, now = None, 1000.0
    for _ in range(3):
        allowed, tat, retry_after = rate_decision(tat, now, rate)
        assert allowed and retry_after == 0
    allowed, same_tat, retry_after = rate_decision(tat, now, rate)
    assert not allowed and same_tat == tat and retry_after == pytest.approx(20.0)
    assert not rate_decision(tat, now + 19.9, rate)[0]
    allowed, tat, _ = rate_decision(tat, now + 20.0, rate)
    assert allowed
    assert not rate_decision(tat, now + 20.0, rate)[0]
    later = now + 200
    for _ in range(3):
        allowed, tat, _ = rate_decision(tat, later, rate)
        assert allowed, "after a quiet period the whole burst is available again"
    assert not rate_decision(tat, later, rate)[0]


def test_gcra_has_no_float_drift_at_the_burst_edge():
    rate = Rate(requests=7, period_s=1.0)
    tat, allowed_count = None, 0
    for _ in range(20):
        allowed, tat, _ = rate_decision(tat, 5.0, rate)
        allowed_count += allowed
    assert allowed_count == 7


def test_rate_limited_is_429_with_retry_after():
    outcome = rate_limited(decide(who("developer")), Rate(requests=3, period_s=60), 12.5)
    assert (outcome.decision, outcome.status, outcome.error_type, outcome.rule, outcome.retry_after) == (
        "deny", 429, "rate_limit_error", "roles.developer.rate", 12.5
    )
    assert outcome.policy_version == VERSION


def test_budget_exhausted_is_429_until_the_window_ends():
    budget = Budget(tokens=1000, usd=0.5, window_s=3600)
    index, start = window_of(7300.0, 3600)
    assert (index, start) == (2, 7200.0)
    assert budget_decision(Spent(999, 0.49), budget, 7300.0, start) == (True, 0.0)
    assert budget_decision(Spent(1000, 0.0), budget, 7300.0, start) == (False, 3500.0)
    assert budget_decision(Spent(0, 0.5), budget, 7300.0, start) == (False, 3500.0)
    outcome = over_budget(decide(who("developer")), budget, Spent(1200, 0.1), 3500.0)
    assert (outcome.status, outcome.error_type, outcome.rule, outcome.retry_after) == (429, "rate_limit_error", "roles.developer.budget", 3500.0)
    assert "1200/1000 tokens" in outcome.reason


def test_cost_uses_first_matching_price_and_input_price_for_cache():
    usage = Usage(input_tokens=1000, output_tokens=2000, cache_creation_input_tokens=500, cache_read_input_tokens=500)
    assert tokens_of(usage) == 4000
    assert cost_usd(POLICY_OBJ.prices, "claude-sonnet-4-5", usage) == pytest.approx((2000 * 3.0 + 2000 * 15.0) / 1e6)
    assert cost_usd(POLICY_OBJ.prices, "claude-haiku-4-5", usage) == pytest.approx((2000 * 1.0 + 2000 * 5.0) / 1e6)
    assert cost_usd(POLICY_OBJ.prices, "gpt-4o", usage) is None


def test_roles_keep_file_order():
    assert list(POLICY_OBJ.roles) == ["intern", "developer", "admin"]


@pytest.mark.parametrize(
    "fragment, field",
    [
        ('[roles.a]\nmodels = []\n', "roles.a.models"),
        ('[roles.a]\nmodels = ["x"]\nrate = { requests = 0, period_s = 1 }\n', "roles.a.rate.requests"),
        ('[roles.a]\nmodels = ["x"]\nrate = { requests = 1, period_s = 0 }\n', "roles.a.rate.period_s"),
        ('[roles.a]\nmodels = ["x"]\nendpoints = ["messages", "batches"]\n', "roles.a.endpoints"),
        ('[roles.a]\nmodels = ["x"]\nmax_tokens = 0\n', "roles.a.max_tokens"),
        ('[roles.a]\nmodels = ["x"]\nbudget = { window_s = 60 }\n', "roles.a.budget"),
        ('[roles.a]\nmodels = ["x"]\nbudget = { tokens = 5, window_s = 4000000 }\n', "roles.a.budget.window_s"),
        ('[roles.a]\nmodels = ["x"]\nbudget = { usd = 5.0 }\n', "roles.a.budget.usd"),
        ('[roles.a]\nmodels = ["x"]\nmax_token = 5\n', "roles.a: Object contains unknown field `max_token`"),
        ('[roles.a]\nmodels = ["x"]\nrate = { requests = "many", period_s = 1 }\n', "roles.a: Expected `int`, got `str` - at `$.rate.requests`"),
        ('[roles.a]\nendpoints = ["messages"]\n', "roles.a: Object missing required field `models`"),
        ('[prices."claude-*"]\ninput_per_mtok = 1.0\n', "prices.claude-*: Object missing required field `output_per_mtok`"),
    ],
)
def test_policy_errors_name_the_field(fragment, field):
    with pytest.raises(PolicyError) as caught:
        check_policy(policy_document('version = "bad"\n' + fragment))
    assert field in str(caught.value)
    assert str(caught.value).startswith("policy bad@")


def test_other_stages_sections_are_ignored():
    check_policy(policy_document('[guard]\nwhatever = 1\n[masker.rules]\nx = "y"\n[roles.a]\nmodels = ["x"]\n'))
