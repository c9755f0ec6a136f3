"""The real Claude Code agent (via the Claude Agent SDK) through Lockgate, with one tool round trip.

The CLI bundled in ``claude-agent-sdk`` talks to the gateway exactly as it would to the Anthropic API;
the simulated upstream scripts a Bash ``tool_use`` and then a final answer. The agent really runs the
command in a throwaway workspace, so this proves the whole loop: request out, streamed tool call back,
tool executed locally, ``tool_result`` out on the next turn, final text back to the SDK caller.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict

import pytest
from claude_agent_sdk import ResultMessage

from schemas.events import (
    RequestReceived,
    RequestReleased,
    ResponseCompleted,
    ResponseStarted,
    ToolUseProposed,
    ToolUseVerdict,
    Verdict,
)
from tests.agent import clean_environment, run_agent
from tests.harness import UPSTREAM_KEY, read_events

TOOL_ID = "toolu_lockgate_e2e_0001"
PROOF = "lockgate-was-here"
COMMAND = f"echo {PROOF} > proof.txt"
FINAL_TEXT = "Done: the proof file is written and Lockgate relayed every turn."
LIFE_CYCLE = [RequestReceived, RequestReleased, ResponseStarted, ResponseCompleted]


def _tool_results(body: dict) -> list[dict]:
    """Every tool_result block in a Messages request body."""
    results = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, list):
            results += [block for block in content if isinstance(block, dict) and block.get("type") == "tool_result"]
    return results


def _tool_uses(body: dict) -> list[dict]:
    uses = []
    for message in body.get("messages", []):
        content = message.get("content")
        if message.get("role") == "assistant" and isinstance(content, list):
            uses += [block for block in content if isinstance(block, dict) and block.get("type") == "tool_use"]
    return uses


@pytest.mark.slow
@pytest.mark.timeout(120)
async def test_claude_code_runs_a_bash_tool_round_trip_through_the_gateway(
    gateway, simulator, nats_server, tmp_path, monkeypatch
):
    clean_environment(monkeypatch)
    workspace = tmp_path / "workspace"

    simulator.script(
        {
            "content": [
                {"type": "text", "text": "I will write the proof file."},
                {
                    "type": "tool_use",
                    "id": TOOL_ID,
                    "name": "Bash",
                    "input": {"command": COMMAND, "description": "Write the proof file"},
                },
            ],
            "chunk_size": 7,
        },
        {"content": [{"type": "text", "text": FINAL_TEXT}], "chunk_size": 9},
    )

    client_credential = gateway.token(sub="claude-code-agent")
    started = time.monotonic()
    messages, _, stderr = await run_agent(
        gateway.url,
        "Write the proof file, then tell me you are done.",
        tmp_path,
        {"ANTHROPIC_API_KEY": client_credential},  # CLAUDE_CODE_MAX_RETRIES=0: a gateway error fails the test
    )
    elapsed = time.monotonic() - started
    diagnostics = f"\nCLI stderr:\n{stderr[-4000:]}\ngateway log:\n{gateway.log()[-4000:]}"

    # The agent ran the scripted command for real, in its workspace.
    proof = workspace / "proof.txt"
    assert proof.exists(), f"the agent did not run the Bash tool{diagnostics}"
    assert proof.read_text() == PROOF + "\n"

    # The SDK's final result carries the scripted final text.
    results = [m for m in messages if isinstance(m, ResultMessage)]
    assert len(results) == 1, f"expected one result message, got {messages}{diagnostics}"
    result = results[0]
    assert not result.is_error, f"{result}{diagnostics}"
    assert result.subtype == "success"
    assert FINAL_TEXT in (result.result or "")

    # What the upstream saw: only streamed Messages calls, all with the gateway's key.
    seen = simulator.requests()
    assert seen, "the upstream saw nothing"
    for request in seen:
        assert (request["method"], request["path"]) == ("POST", "/v1/messages"), request["path"]
        assert request["query_string"] == "beta=true", "the CLI's ?beta=true must be relayed"
        assert request["body"]["stream"] is True
        assert request["authenticated"] and UPSTREAM_KEY not in json.dumps(request), "the gateway's key, redacted in the log"
        assert "authorization" not in request["headers"]
        assert client_credential not in json.dumps(request), "the client's credential leaked upstream"

    # The tool round trip: the turn after the tool_use answers it with a tool_result for that id.
    first_with_result = next(
        (i for i, r in enumerate(seen) if any(b.get("tool_use_id") == TOOL_ID for b in _tool_results(r["body"]))),
        None,
    )
    assert first_with_result is not None, f"no request carried a tool_result for {TOOL_ID}"
    assert first_with_result >= 1
    answered = seen[first_with_result]["body"]
    assert [u["id"] for u in _tool_uses(answered)] == [TOOL_ID]
    assert _tool_uses(answered)[0]["input"]["command"] == COMMAND
    tool_result = next(b for b in _tool_results(answered) if b["tool_use_id"] == TOOL_ID)
    assert not tool_result.get("is_error"), tool_result
    # The request that got the tool_use back was the agent's first turn: the prompt, no tool history.
    asked = seen[first_with_result - 1]["body"]
    assert not _tool_results(asked) and not _tool_uses(asked)
    assert any(tool.get("name") == "Bash" for tool in asked.get("tools", []))
    # The gateway read every upstream stream to its end; none was cut short.
    stats = simulator.stats()
    assert (stats["requests"], stats["streams_completed"], stats["streams_aborted"]) == (len(seen), len(seen), 0)
    main_loop = seen[first_with_result - 1 : first_with_result + 1]

    # Every one of those requests left its whole life cycle on JetStream, in order.
    session_ids = {r["headers"].get("x-claude-code-session-id") for r in seen}
    assert len(session_ids) == 1 and None not in session_ids, session_ids
    session_id = session_ids.pop()
    by_request: dict[str, list] = defaultdict(list)
    for event in await read_events(nats_server.url):
        if event.session_id == session_id:
            by_request[event.request_id].append(event)
    assert len(by_request) == len(seen), f"{len(by_request)} requests on the bus, {len(seen)} upstream"
    life_cycles = sorted(by_request.values(), key=lambda events: events[0].time)
    for events, upstream in zip(life_cycles, seen, strict=True):
        assert [type(e) for e in events if type(e) in LIFE_CYCLE] == LIFE_CYCLE, [e.__class__.__name__ for e in events]
        verdicts = {(e.stage, e.decision) for e in events if isinstance(e, Verdict)}
        assert verdicts == {("authz", "allow"), ("guard", "allow")}, "the shipped policy lets Claude Code work unchanged"
        received, completed = events[0], events[-1]
        assert received.path == "/v1/messages" and received.query == "beta=true" and received.stream is True
        assert client_credential not in json.dumps(received.headers)
        assert completed.status == 200
        if not received.body_ref:
            assert json.loads(bytes(received.body))["messages"] == upstream["body"]["messages"]
    tool_turn = life_cycles[seen.index(main_loop[0])]
    proposed = [e for e in tool_turn if isinstance(e, ToolUseProposed)]
    judged = [e for e in tool_turn if isinstance(e, ToolUseVerdict)]
    assert [(p.tool_use_id, p.tool_name) for p in proposed] == [(TOOL_ID, "Bash")]
    assert [(j.stage, j.decision, j.tool_use_id) for j in judged] == [("guard", "allow", TOOL_ID)]
    stop_reasons = [events[-1].stop_reason for events in life_cycles]
    index = seen.index(main_loop[0])
    assert stop_reasons[index : index + 2] == ["tool_use", "end_turn"]

    print(f"\nclaude code round trip: {len(seen)} upstream request(s), agent run {elapsed:.1f}s")
