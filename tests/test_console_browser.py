"""The web console in a real browser: Debian's headless Chromium driven by Playwright, against ``lockgate up``
(real NATS, approver, recorder, simulated upstream), the agent being the official ``anthropic`` SDK.

A reviewer signs in through the development issuer (authorization code with PKCE), sees a held tool
call appear live, approves it and the agent's stream goes on; denies another; an auditor opens the
session turn by turn, runs the ready audit views, exports CSV and the SQL box, and replays a candidate
policy. A person without the reviewer role cannot approve (403); a state change without the CSRF token
is refused. Each page is screenshotted into ``tests/artifacts/console/`` (gitignored).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import anthropic
import pytest

from services.cli.workers import DEFAULT_POLICY

MODEL = "claude-haiku-4-5"
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts" / "console"
BOUND_MS = 30_000
"""How long a step may take at most: a bound against hanging, never a measured threshold."""
LAUNCH_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"]

POLICY = DEFAULT_POLICY.read_text() + """
[guard]
rules = [
  { id = "ops.release", message = "Releasing needs a human", severity = "approve", command = "release-tool publish*" },
]
"""


def _chromium_available() -> bool:
    """Debian's chromium, installed here if missing (CI installs it in .ci/run); never a downloaded browser."""
    if os.path.exists(CHROMIUM):
        return True
    if shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], capture_output=True, timeout=600,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return os.path.exists(CHROMIUM)


playwright_api = pytest.importorskip("playwright.async_api", reason="the playwright package (test extra) is not installed")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not _chromium_available(), reason=f"{CHROMIUM} is absent and could not be installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def console_gateway(start_gateway, tmp_path_factory):
    policy = tmp_path_factory.mktemp("console-policy") / "policy.toml"
    policy.write_text(POLICY)
    return start_gateway(f"""
[gateway]
approval_timeout_s = 120
keepalive_s = 0.3

[policy]
file = "{policy}"
""")


@pytest.fixture(scope="module")
async def browser(tmp_path_factory):
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    print(f"\nconsole screenshots in {ARTIFACTS}")
    driver = await playwright_api.async_playwright().start()
    launched: dict = {}

    async def new_context(name: str):
        """One browser profile per person, kept for the module: a person signed in stays signed in."""
        if name in launched:
            return launched[name]
        context = await driver.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp(f"chromium-{name}")), executable_path=CHROMIUM, headless=True, args=LAUNCH_FLAGS,
            viewport={"width": 1366, "height": 900},
        )
        context.set_default_timeout(BOUND_MS)
        launched[name] = context
        return context

    yield new_context
    for context in launched.values():
        await context.close()
    await driver.stop()


async def shot(page, name: str) -> None:
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


async def sign_in(context, gateway, sub: str, roles: str):
    """Through the console's sign-in page and the development issuer's form, as a person would."""
    page = context.pages[0] if context.pages else await context.new_page()
    await page.goto(gateway.url + "/console/")
    assert page.url.endswith("/console/signin")
    await shot(page, "01-signin")
    await page.get_by_role("link", name="Development issuer (this machine only)").click()
    await page.get_by_label("Subject").fill(sub)
    await page.get_by_label("Roles (comma-separated)").fill(roles)
    await page.get_by_role("button", name="Sign in").click()
    # The callback's page moves on to the console by itself (meta refresh), unless it refused the person.
    # Polled from here: Playwright's wait_for_function evaluates its predicate with eval, which the console's CSP refuses.
    deadline = time.monotonic() + BOUND_MS / 1000
    while urlsplit(page.url).path.endswith("/callback") and await page.locator("#error-message").count() == 0:
        assert time.monotonic() < deadline, "the sign-in callback never moved on"
        await asyncio.sleep(0.05)
    await page.wait_for_load_state()
    return page


async def hold(gateway, simulator, session: str, command: str) -> asyncio.Task:
    reply = {
        "content": [{"type": "text", "text": "Let me release it."},
                    {"type": "tool_use", "id": f"toolu_{uuid.uuid4().hex[:12]}", "name": "Bash", "input": {"command": command}}],
        "chunk_size": 6,
    }
    simulator.script(reply)
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("alice", ("developer",)), max_retries=0)

    def call():
        with client.messages.stream(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": f"Please run {command}"}],
                                    extra_headers={"x-claude-code-session-id": session}) as stream:
            return stream.get_final_message()

    return asyncio.create_task(asyncio.to_thread(call))


SESSION_APPROVED = uuid.uuid4().hex
SESSION_DENIED = uuid.uuid4().hex


async def test_a_reviewer_sees_a_held_call_live_approves_it_and_the_stream_goes_on(console_gateway, simulator, browser):
    context = await browser("reviewer")
    page = await sign_in(context, console_gateway, "rita", "reviewer, auditors")
    assert page.url.endswith("/console/approvals")
    await page.locator("#live").filter(has_text="live").wait_for()
    assert await page.locator(".approval").count() == 0
    cookie = next(c for c in await context.cookies() if c["name"] == "lockgate_console")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    response = await page.request.get(console_gateway.url + "/console/approvals")
    assert "script-src 'self'" in response.headers["content-security-policy"]

    call = await hold(console_gateway, simulator, SESSION_APPROVED, "release-tool publish v1.0")
    card = page.locator(".approval")
    await card.wait_for()  # appears without a reload: the page follows the approver's events
    assert await card.locator(".command").inner_text() == "release-tool publish v1.0"
    assert "alice" in await card.locator(".who").inner_text()
    assert await card.locator(".rule").inner_text() == "ops.release"
    assert "left" in await card.locator(".countdown").inner_text()
    assert "0 of 1 approval" in await card.locator(".quorum").inner_text()
    await shot(page, "02-approvals-pending")
    assert not call.done(), "the agent's stream is held while nobody decided"

    await card.get_by_label("Comment").fill("ok for the CI host")
    await card.get_by_role("button", name="Approve").click()
    message = await asyncio.wait_for(call, BOUND_MS / 1000)
    [tool_use] = [b for b in message.content if b.type == "tool_use"]
    assert tool_use.input == {"command": "release-tool publish v1.0"}, "approved: the agent's stream went on with the call"
    await page.wait_for_load_state()
    history = page.locator("section", has=page.get_by_role("heading", name="History"))
    assert "rita:approve (ok for the CI host)" in await history.inner_text()
    await shot(page, "03-approvals-history")


async def test_a_reviewer_denies_another_and_the_agent_is_told(console_gateway, simulator, browser):
    context = await browser("denier")
    page = await sign_in(context, console_gateway, "dora", "reviewer")
    await page.locator("#live").filter(has_text="live").wait_for()
    call = await hold(console_gateway, simulator, SESSION_DENIED, "release-tool publish v2.0")
    card = page.locator(".approval", has_text="release-tool publish v2.0")
    await card.wait_for()
    await card.get_by_label("Comment").fill("not on the shared host")
    await card.get_by_role("button", name="Deny").click()
    message = await asyncio.wait_for(call, BOUND_MS / 1000)
    assert not [b for b in message.content if b.type == "tool_use"], "a denied call never reaches the agent"
    assert "denied by dora: not on the shared host" in message.content[-1].text
    await page.wait_for_load_state()
    assert "dora:deny" in await page.locator("section", has=page.get_by_role("heading", name="History")).inner_text()


async def test_an_auditor_opens_the_session_turn_by_turn(console_gateway, browser):
    context = await browser("auditor")
    page = await sign_in(context, console_gateway, "audrey", "auditors")
    assert page.url.endswith("/console/sessions"), "an auditor who is no reviewer starts at the sessions"
    assert await page.get_by_role("link", name="Approvals").count() == 0
    deadline = time.monotonic() + BOUND_MS / 1000
    while await page.get_by_role("link", name=SESSION_APPROVED).count() == 0:  # the recorder may still be storing it
        assert time.monotonic() < deadline, "the session never appeared"
        await asyncio.sleep(0.2)
        await page.reload()
    await page.get_by_label("Identity").fill("alice")
    await page.get_by_role("button", name="Filter").click()
    await shot(page, "04-sessions")
    await page.get_by_role("link", name=SESSION_APPROVED).click()
    turn = page.locator(".turn").first
    assert "Turn 1" in await turn.inner_text()
    assert "Please run release-tool publish v1.0" in await turn.locator(".prompt").inner_text()
    tools = await turn.locator("table").inner_text()
    assert "Bash" in tools and "release-tool publish v1.0" in tools
    assert "approver.approved" in tools and "rita:approve" in tools, "the tool call's verdict, rule and reviewer"
    await shot(page, "05-session-turns")


async def test_an_auditor_runs_the_audit_views_exports_and_queries(console_gateway, browser):
    context = await browser("auditor")
    page = context.pages[0]
    await page.goto(console_gateway.url + "/console/audit?view=calls")
    result = page.locator("#result")
    assert "alice" in await result.locator("table").inner_text()
    assert await result.locator("svg rect.chart-bar").count() >= 1
    await shot(page, "06-audit-calls")
    await page.get_by_role("link", name="Blocked and approved operations").click()
    operations = await page.locator("#result table").inner_text()
    assert "approver.approved\theld: approved" in operations and "approver.denied\theld: denied" in operations
    await shot(page, "07-audit-operations")
    exported = await page.request.get(console_gateway.url + "/console/audit/export.csv?view=operations&since_h=24")
    assert exported.status == 200 and exported.headers["content-type"].startswith("text/csv")
    assert (await exported.text()).splitlines()[0] == "rule,outcome,count,example"
    await page.get_by_label("Query").fill("SELECT state, count(*) AS n FROM approvals GROUP BY state ORDER BY state")
    await page.get_by_role("button", name="Run").click()
    answer = await page.locator("#sql-result table").inner_text()
    assert "approved" in answer and "denied" in answer
    await shot(page, "08-audit-sql")
    await page.get_by_label("Query").fill("DELETE FROM records")
    await page.get_by_role("button", name="Run").click()
    assert "400" in await page.locator(".error").inner_text(), "the SQL box is read-only"


async def test_an_auditor_sees_the_policy_and_a_candidates_difference(console_gateway, browser):
    context = await browser("auditor")
    page = context.pages[0]
    await page.goto(console_gateway.url + "/console/policy")
    assert (await page.locator("#policy-version").inner_text()).startswith("default-1@")
    candidate = POLICY.replace('severity = "approve", command = "release-tool publish*"', 'severity = "block", command = "release-tool publish*"')
    await page.get_by_label("Candidate policy (TOML)").fill(candidate)
    await page.get_by_role("button", name="Show the difference").click()
    report = page.locator("#report")
    assert "tool call(s) replayed" in await report.locator("#replay-summary").inner_text()
    assert "newly_blocked" in await report.inner_text()
    await shot(page, "09-policy-replay")


async def test_without_the_reviewer_role_nobody_approves_and_no_state_change_passes_without_csrf(console_gateway, simulator, browser):
    auditor = (await browser("auditor")).pages[0]
    await auditor.goto(console_gateway.url + "/console/sessions")
    csrf = await auditor.locator("input[name=csrf]").first.get_attribute("value")
    call = await hold(console_gateway, simulator, uuid.uuid4().hex, "release-tool publish v3.0")
    reviewer_context = await browser("reviewer")
    reviewer = reviewer_context.pages[0]
    await reviewer.goto(console_gateway.url + "/console/approvals")
    card = reviewer.locator(".approval", has_text="v3.0")
    await card.wait_for()
    approval_id = await card.get_attribute("data-approval")

    refused = await auditor.request.post(f"{console_gateway.url}/console/approvals/{approval_id}/approve", form={"csrf": csrf})
    assert refused.status == 403 and (await refused.json())["error"]["type"] == "permission_error"
    page = await auditor.goto(f"{console_gateway.url}/console/approvals")
    assert page.status == 403
    await shot(auditor, "10-refused-not-a-reviewer")

    forged = await reviewer.request.post(f"{console_gateway.url}/console/approvals/{approval_id}/approve", form={"comment": "no token"})
    assert forged.status == 403 and "CSRF" in (await forged.json())["error"]["message"]
    wrong = await reviewer.request.post(f"{console_gateway.url}/console/approvals/{approval_id}/approve", form={"csrf": csrf})
    assert wrong.status == 403, "another session's CSRF token does not count"
    assert not call.done(), "nothing was decided"

    outsider = await sign_in(await browser("outsider"), console_gateway, "dev", "developers")
    assert "the console is for reviewers and auditors" in await outsider.locator("#error-message").inner_text()
    await shot(outsider, "11-refused-outsider")

    await card.get_by_role("button", name="Deny").click()
    await asyncio.wait_for(call, BOUND_MS / 1000)
