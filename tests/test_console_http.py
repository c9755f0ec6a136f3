"""Hostile requests to the console and to the development issuer's sign-in, over real HTTP against ``lockgate up``.

No browser: an aiohttp client with a cookie jar follows the same authorization code + PKCE flow.
Forged and altered cookies, wrong roles, missing or foreign CSRF tokens and origins, malformed and
oversized forms, a foreign redirect, a wrong PKCE verifier, and the headers every answer carries.
"""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from services.cli.workers import DEFAULT_POLICY

POLICY_TOML = DEFAULT_POLICY.read_text()


@pytest.fixture(scope="module")
def console_gateway(start_gateway, tmp_path_factory):
    policy = tmp_path_factory.mktemp("console-http-policy") / "policy.toml"
    policy.write_text(POLICY_TOML)
    return start_gateway(f'[policy]\nfile = "{policy}"\n')


async def sign_in(gateway, sub: str, roles: str) -> tuple[aiohttp.ClientSession, aiohttp.ClientResponse]:
    """The whole flow as a browser does it; returns the client (its cookies) and the callback's answer."""
    client = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), headers={"Accept": "text/html"})
    page = await client.get(gateway.url + "/console/signin")
    link = re.search(r'href="(/console/signin/\d+)">Development issuer', await page.text()).group(1)
    form = await client.get(gateway.url + link)
    request = re.search(r'name="request" value="([^"]+)"', await form.text()).group(1).replace("&amp;", "&")
    answer = await client.post(str(form.url), data={"request": request, "sub": sub, "roles": roles})
    return client, answer


async def csrf_of(client, gateway) -> str:
    page = await client.get(gateway.url + "/console/")
    return re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)


async def test_every_console_answer_carries_the_strict_headers(console_gateway):
    async with aiohttp.ClientSession() as client:
        for path in ("/console/signin", "/console/approvals", "/console/static/console.js", "/console/static/nothing.js"):
            response = await client.get(console_gateway.url + path, allow_redirects=False)
            csp = response.headers.get("Content-Security-Policy", "")
            assert "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp, path
            assert "unsafe-inline" not in csp and response.headers["X-Frame-Options"] == "DENY"


async def test_signed_in_cookie_is_httponly_strict_and_not_readable(console_gateway):
    client, answer = await sign_in(console_gateway, "rita", "reviewer")
    async with client:
        assert answer.status == 200
        cookie = answer.cookies["lockgate_console"]
        assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["path"] == "/console"
        assert not cookie["secure"], "plain HTTP on loopback"
        token = console_gateway.token("rita", ("reviewer",))
        assert token.split(".")[1] not in cookie.value, "the cookie is sealed, the token is not in it in the clear"
        page = await client.get(console_gateway.url + "/console/approvals")
        assert page.status == 200 and "Waiting for a decision" in await page.text()


async def test_forged_altered_and_missing_session_cookies_are_refused(console_gateway):
    client, _ = await sign_in(console_gateway, "rita", "reviewer")
    async with client:
        real = next(c for c in client.cookie_jar if c.key == "lockgate_console").value
    altered = real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")
    async with aiohttp.ClientSession() as anonymous:
        for value in (None, "x", altered, "A" * 7000, base64.urlsafe_b64encode(b"{}").decode()):
            cookies = {"lockgate_console": value} if value else {}
            response = await anonymous.get(console_gateway.url + "/console/approvals/pending", cookies=cookies)
            body = await response.json()
            assert response.status == 401 and body["type"] == "error" and body["error"]["type"] == "authentication_error"
            html = await anonymous.get(console_gateway.url + "/console/approvals", cookies=cookies, headers={"Accept": "text/html"},
                                       allow_redirects=False)
            assert html.status == 303 and html.headers["Location"] == "/console/signin"


async def test_nobody_but_reviewers_and_auditors_gets_in(console_gateway):
    client, answer = await sign_in(console_gateway, "dev", "developers")
    async with client:
        assert answer.status == 403 and "the console is for reviewers and auditors" in await answer.text()
        assert "lockgate_console" not in {c.key for c in client.cookie_jar}


async def test_an_auditor_may_not_approve_and_a_reviewer_may_not_read_the_audit(console_gateway):
    auditor, _ = await sign_in(console_gateway, "audrey", "auditors")
    reviewer, _ = await sign_in(console_gateway, "rita", "reviewer")
    async with auditor, reviewer:
        csrf = await csrf_of(auditor, console_gateway)
        refused = await auditor.post(console_gateway.url + "/console/approvals/" + "a" * 32 + "/approve",
                                     data={"csrf": csrf}, headers={"Accept": "application/json"})
        assert refused.status == 403 and (await refused.json())["error"]["type"] == "permission_error"
        for path in ("/console/sessions", "/console/audit", "/console/policy", "/console/audit/export.csv"):
            response = await reviewer.get(console_gateway.url + path, headers={"Accept": "application/json"})
            assert response.status == 403, path
        reviewer_csrf = await csrf_of(reviewer, console_gateway)
        sql = await reviewer.post(console_gateway.url + "/console/audit/sql", data={"csrf": reviewer_csrf, "sql": "SELECT 1"},
                                  headers={"Accept": "application/json"})
        assert sql.status == 403


async def test_state_changes_need_the_sessions_csrf_token_and_origin(console_gateway):
    client, _ = await sign_in(console_gateway, "rita", "reviewer, auditors")
    other, _ = await sign_in(console_gateway, "rex", "reviewer")
    async with client, other:
        csrf = await csrf_of(client, console_gateway)
        foreign = await csrf_of(other, console_gateway)
        url = console_gateway.url + "/console/audit/sql"
        json_accept = {"Accept": "application/json"}
        for data, headers in (
            ({"sql": "SELECT 1"}, {}),
            ({"sql": "SELECT 1", "csrf": ""}, {}),
            ({"sql": "SELECT 1", "csrf": foreign}, {}),
            ({"sql": "SELECT 1", "csrf": csrf}, {"Origin": "http://evil.example"}),
        ):
            response = await client.post(url, data=data, headers={**json_accept, **headers})
            assert response.status == 403 and (await response.json())["error"]["type"] == "permission_error", (data, headers)
        by_header = await client.post(url, data={"sql": "SELECT 1 AS one"}, headers={**json_accept, "X-CSRF-Token": csrf})
        assert by_header.status == 200 and "<th scope=\"col\">one</th>" in await by_header.text()


async def test_malformed_oversized_and_wrong_inputs_are_refused_in_the_anthropic_shape(console_gateway):
    client, _ = await sign_in(console_gateway, "rita", "reviewer, auditors")
    async with client:
        csrf = await csrf_of(client, console_gateway)
        base = console_gateway.url + "/console"
        accept = {"Accept": "application/json"}
        cases = [
            (await client.post(base + "/audit/sql", data={"csrf": csrf, "sql": "x" * 70_000}, headers=accept), 413, "request_too_large"),
            (await client.post(base + "/audit/sql", data={"csrf": csrf, "sql": "DROP TABLE records"}, headers=accept), 400, "invalid_request_error"),
            (await client.post(base + "/audit/sql", data={"csrf": csrf, "sql": ""}, headers=accept), 400, "invalid_request_error"),
            (await client.post(base + "/approvals/not-an-id/approve", data={"csrf": csrf}, headers=accept), 404, "not_found_error"),
            (await client.post(base + "/approvals/" + "b" * 32 + "/maybe", data={"csrf": csrf}, headers=accept), 404, "not_found_error"),
            (await client.post(base + "/approvals/" + "b" * 32 + "/approve", data={"csrf": csrf, "comment": "c" * 5000}, headers=accept), 400, "invalid_request_error"),
            (await client.post(base + "/approvals/" + "b" * 32 + "/approve", data=b"\xff\xfe", headers={**accept, "X-CSRF-Token": csrf,
                               "Content-Type": "application/x-www-form-urlencoded"}), 400, "invalid_request_error"),
            (await client.get(base + "/audit?view=drop_everything", headers=accept), 400, "invalid_request_error"),
            (await client.get(base + "/sessions/..%2F..%2Fetc", headers=accept), 404, "not_found_error"),
            (await client.get(base + "/static/..%2Fapp.py", headers=accept), 404, "not_found_error"),
            (await client.post(base + "/policy/replay", data={"csrf": csrf, "candidate": "roles = 3"}, headers=accept), 400, "invalid_request_error"),
            (await client.post(base + "/approvals/" + "b" * 32 + "/approve", data={"csrf": csrf}, headers=accept), 404, "not_found_error"),
        ]
        for response, status, error_type in cases:
            body = await response.json()
            assert (response.status, body["type"], body["error"]["type"]) == (status, "error", error_type), (str(response.url), body)
        filtered = await client.get(base + "/sessions", params={"subject": "o'brien%", "since_h": "-5", "decision": "x' OR 1=1"})
        assert filtered.status == 200 and "No session matches." in await filtered.text()


def _dev_issuer_query(gateway, **changes) -> dict:
    verifier = "v" * 43
    query = {
        "response_type": "code", "client_id": "lockgate-dev", "redirect_uri": gateway.url + "/console/callback", "state": "s1",
        "code_challenge": base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode(),
        "code_challenge_method": "S256",
    }
    return {**query, **changes}


async def test_the_development_issuer_redirects_only_home_and_only_with_pkce(console_gateway):
    authorize = console_gateway.url + "/dev-issuer/authorize"
    async with aiohttp.ClientSession() as client:
        for changes in ({"redirect_uri": "http://evil.example/console/callback"}, {"redirect_uri": "http://127.0.0.1:1/console/callback"},
                        {"code_challenge_method": "plain"}, {"code_challenge": "short"}, {"client_id": "someone"},
                        {"response_type": "token"}, {"state": ""}):
            response = await client.get(authorize, params=_dev_issuer_query(console_gateway, **changes))
            assert response.status == 400 and (await response.json())["error"] == "invalid_request", changes
        query = _dev_issuer_query(console_gateway)
        form = await client.get(authorize, params=query)
        assert form.status == 200 and "default-src 'none'" in form.headers["Content-Security-Policy"]
        request = "&".join(f"{k}={v}" for k, v in query.items())
        issued = await client.post(authorize, data={"request": request, "sub": "mallory", "roles": "reviewer"}, allow_redirects=False)
        location = urlsplit(issued.headers["Location"])
        assert issued.status == 303 and location.path == "/console/callback"
        code = parse_qs(location.query)["code"][0]
        token = console_gateway.url + "/dev-issuer/token"
        redeem = {"grant_type": "authorization_code", "code": code, "redirect_uri": query["redirect_uri"], "client_id": "lockgate-dev"}
        wrong = await client.post(token, data={**redeem, "code_verifier": "w" * 43})
        assert wrong.status == 400 and (await wrong.json())["error"] == "invalid_grant"
        altered = await client.post(token, data={**redeem, "code": code[:-3] + "AAA", "code_verifier": "v" * 43})
        assert altered.status == 400 and (await altered.json())["error"] == "invalid_grant"
        right = await client.post(token, data={**redeem, "code_verifier": "v" * 43})
        assert right.status == 200 and (await right.json())["token_type"] == "Bearer"
        assert "mallory" not in form.headers.get("Set-Cookie", "")


async def test_a_callback_from_another_browser_or_with_a_forged_state_is_refused(console_gateway):
    client, _ = await sign_in(console_gateway, "rita", "reviewer")
    async with client, aiohttp.ClientSession(headers={"Accept": "application/json"}) as stranger:
        for query in ({"code": "x", "state": "y"}, {"error": "access_denied"}, {}):
            response = await stranger.get(console_gateway.url + "/console/callback", params=query)
            assert response.status == 401 and (await response.json())["error"]["type"] == "authentication_error"
