"""The console's pure decisions: who gets in under the policy, PKCE, CSRF, cookies, and the audit pages' SQL and CSV."""

from __future__ import annotations

import base64
import csv
import hashlib
import io

import pytest

from schemas.events import Identity
from services.cli.workers import DEFAULT_POLICY
from services.common.policy_store import PolicyError, policy_document
from services.console.access import console_roles, cookie_secure, csrf_matches, pkce_challenge, same_origin
from services.console.render import Html, render, tag
from services.console.views import Filters, bar_chart, filters_from, literal, ready_view_query, sessions_query, to_csv

SHIPPED = policy_document(DEFAULT_POLICY.read_text())
WITH_RULES = policy_document(DEFAULT_POLICY.read_text() + """
[[approver.rules]]
rules = ["db.*"]
groups = ["sre", "security"]
quorum = 2
""")


def person(*roles: str, subject: str = "p") -> Identity:
    return Identity(subject=subject, issuer="https://idp", roles=tuple(roles))


@pytest.mark.parametrize("roles, reviewer, auditor", [
    (("reviewer",), True, False),
    (("auditors",), False, True),
    (("auditor",), False, True),
    (("reviewer", "auditors"), True, True),
    (("developer",), False, False),
    (("developers", "Reviewer"), False, False),
    ((), False, False),
])
def test_the_shipped_policy_lets_reviewers_and_auditors_in_and_nobody_else(roles, reviewer, auditor):
    decided = console_roles(SHIPPED, person(*roles))
    assert (decided.reviewer, decided.auditor, decided.any) == (reviewer, auditor, reviewer or auditor)


def test_reviewer_roles_of_approver_rules_and_groups_count():
    assert console_roles(WITH_RULES, person("sre")).reviewer
    assert not console_roles(SHIPPED, person("sre")).reviewer


def test_an_identity_without_a_subject_gets_nothing():
    assert not console_roles(SHIPPED, person("reviewer", "auditors", subject="")).any


def test_a_policy_that_cannot_be_read_fails_closed():
    with pytest.raises(PolicyError):
        console_roles(policy_document('version = "x"\n[approver]\nreviewers = "not-a-list"\n'), person("reviewer"))


def test_pkce_s256_matches_rfc_7636_appendix_b():
    assert pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert pkce_challenge("x") == base64.urlsafe_b64encode(hashlib.sha256(b"x").digest()).rstrip(b"=").decode()


@pytest.mark.parametrize("expected, given, ok", [("abc", "abc", True), ("abc", "abd", False), ("abc", None, False),
                                                 ("abc", "", False), ("", "", False)])
def test_csrf_tokens_must_match_exactly(expected, given, ok):
    assert csrf_matches(expected, given) is ok


def test_a_foreign_origin_is_refused_and_a_missing_one_left_to_the_csrf_token():
    assert same_origin("http://127.0.0.1:8080", "127.0.0.1:8080")
    assert not same_origin("http://evil.example", "127.0.0.1:8080")
    assert not same_origin("null", "127.0.0.1:8080")
    assert same_origin(None, "127.0.0.1:8080")


@pytest.mark.parametrize("host, secure", [("127.0.0.1", False), ("::1", False), ("[::1]", False), ("localhost", False),
                                          ("0.0.0.0", True), ("10.0.0.5", True), ("gateway.corp", True)])
def test_cookies_are_secure_everywhere_but_loopback(host, secure):
    assert cookie_secure(host) is secure


def test_filters_are_literals_in_the_sql_never_code():
    query = sessions_query(Filters(subject="o'brien%_", decision="deny' OR 1=1 --"))
    assert "'%o''brien\\%\\_%'" in query
    assert "decision = 'deny'' OR 1=1 --'" in query
    assert literal("a'b") == "'a''b'"


def test_unknown_windows_and_overlong_filters_fall_back():
    filters = filters_from({"since_h": "99999", "subject": "x" * 1000, "model": " haiku "})
    assert filters.since_h == 24 and len(filters.subject) == 200 and filters.model == "haiku"
    assert filters_from({"since_h": "soon"}).since_h == 24


@pytest.mark.parametrize("view", ["calls", "operations", "spend"])
def test_every_ready_view_has_a_windowed_query(view):
    assert "INTERVAL 168 HOUR" in ready_view_query(view, Filters(since_h=168))
    with pytest.raises(KeyError):
        ready_view_query("drop", Filters())


def test_csv_cells_that_a_spreadsheet_would_run_are_defused():
    text = to_csv(["subject", "n"], [["=HYPERLINK(\"http://x\")", 1], ["alice", None], ["-1+2", 3]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["subject", "n"], ["'=HYPERLINK(\"http://x\")", "1"], ["alice", ""], ["'-1+2", "3"]]


def test_charts_and_pages_escape_what_they_show():
    chart = bar_chart(["subject", "calls"], [["<script>alert(1)</script>", 3], ["bob", 1]], "subject", "calls")
    assert "<script>" not in chart and "&lt;script&gt;" in chart and chart.count("<rect") == 2
    assert "style=" not in chart, "the CSP forbids inline styles"
    page = render("error.html", status=403, error_type="permission_error", message='<img src=x onerror="1">')
    assert "<img" not in page and "&lt;img" in page
    assert tag("a", Html("<b>ok</b>"), href='"><x') == '<a href="&quot;&gt;&lt;x"><b>ok</b></a>'
