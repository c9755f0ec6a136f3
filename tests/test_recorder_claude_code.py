"""The real Claude Code (through the Claude Agent SDK) leaves a session the recorder shows turn by turn."""

from __future__ import annotations

import json

import pytest

from tests.agent import clean_environment, run_agent
from tests.test_recorder import cli, wait_for

PROMPT = "List the workspace, then say you are done."
COMMAND = "ls -la"
FINAL_TEXT = "Done: the workspace is listed."


@pytest.mark.slow
@pytest.mark.timeout(120)
async def test_a_claude_code_session_shows_its_turns_in_order(start_gateway, simulator, tmp_path, monkeypatch):
    gateway = start_gateway()
    auditor = gateway.token("audrey", ("auditors",))
    clean_environment(monkeypatch)
    simulator.script(
        {"content": [{"type": "text", "text": "Listing it."},
                     {"type": "tool_use", "id": "toolu_rec_cc_01", "name": "Bash", "input": {"command": COMMAND}}]},
        {"content": [{"type": "text", "text": FINAL_TEXT}]},
    )
    _, result, stderr = await run_agent(gateway.url, PROMPT, tmp_path, {"ANTHROPIC_API_KEY": gateway.token(sub="cc-agent")})
    assert result is not None and not result.is_error, stderr[-2000:]

    sessions = [json.loads(line) for line in cli(gateway, "sessions", "list", "--format", "json", token=auditor).stdout.splitlines()]
    (session,) = [s for s in sessions if s.get("subject") == "cc-agent" or "cc-agent" in json.dumps(s)]
    wait_for(gateway, auditor, f"SELECT count(*) FROM calls WHERE session_id = '{session['session_id']}' AND outcome = 'completed'", 2)
    shown = cli(gateway, "sessions", "show", session["session_id"], token=auditor).stdout
    prompt_at, tool_at = shown.index(PROMPT), shown.index(COMMAND)
    assert prompt_at < tool_at, "the prompt's turn comes before the tool call it led to"
    assert "allow" in shown[tool_at:], "the tool call's verdict is shown with it"
    assert gateway.token(sub="cc-agent") not in shown
