"""The recorder with real processes: ``lockgate up`` (recorder inside) on an authenticated nats-server,
the simulated upstream, the ``anthropic`` SDK, the audit API and CLI, and the DuckDB file itself."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request

import anthropic
import duckdb
import jsonschema
import pytest

from schemas import subjects
from schemas.audit import AUDIT_SCHEMA_VERSION
from tests.harness import UPSTREAM_KEY, nats_connect

MODEL = "claude-haiku-4-5"
SECRET = "ghp_4fK9xQ2mZ7pL0aR8sT3vW6yB1cD5eH9jN2kM"
"""A credential-shaped value (GitHub token) a client pastes into a prompt; the masker's secret rules catch it."""
ANSWER_SECRET = "AKIAQ3EGRHXK7PLMZ2TB"
"""An AWS key id the simulated model answers with; the masker masks it in the answer."""


def cli(gateway, *args: str, token: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "LOCKGATE_LISTEN": f"127.0.0.1:{gateway.port}", "LOCKGATE_DATA_DIR": str(gateway.data_dir)}
    if token is not None:
        env["LOCKGATE_TOKEN"] = token
    result = subprocess.run([sys.executable, "-m", "services.cli.main", *args], capture_output=True, text=True, env=env, timeout=60)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def sql(gateway, token: str, query: str) -> list[dict]:
    return [json.loads(line) for line in cli(gateway, "audit", "sql", query, "--format", "json", token=token).stdout.splitlines()]


def wait_for(gateway, token: str, query: str, expected, timeout_s: float = 30.0) -> list[dict]:
    """Poll the audit API until ``query`` returns ``expected`` rows' first value (the recorder commits in batches)."""
    deadline = time.monotonic() + timeout_s
    rows: list[dict] = []
    while time.monotonic() < deadline:
        rows = sql(gateway, token, query)
        if rows and list(rows[0].values())[0] == expected:
            return rows
        time.sleep(0.3)
    raise AssertionError(f"{query} -> {rows}, expected {expected}")


@pytest.fixture(scope="module")
def recorded(start_gateway, tmp_path_factory):
    policy = tmp_path_factory.mktemp("recorder-policy") / "policy.toml"
    from services.cli.workers import DEFAULT_POLICY

    policy.write_text(DEFAULT_POLICY.read_text().replace("rate = { requests = 120, period_s = 60 }", "rate = { requests = 100000, period_s = 60 }"))
    return start_gateway(f'[recorder]\nhead_interval_s = 0.5\n\n[policy]\nfile = "{policy}"\n')


@pytest.fixture(scope="module")
def auditor(recorded):
    return recorded.token("audrey", ("auditors",))


def test_200_calls_are_rows_with_decisions_usage_and_masked_content(recorded, auditor, simulator):
    """JSON, streamed, denied (a model the role may not use) and tool calls blocked: one row each, right decision."""
    client = anthropic.Anthropic(base_url=recorded.url, api_key=recorded.token("carol", ("developer",)), max_retries=0)
    simulator.script(
        {"content": [{"type": "text", "text": "ok"}], "repeat": 100},
        *[{"content": [{"type": "tool_use", "id": f"toolu_rec_{i:04d}", "name": "Bash", "input": {"command": "rm -rf /"}}]} for i in range(50)],
    )
    sent = [0, 0]
    for i in range(50):
        answer = client.messages.create(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": f"json {i} token {SECRET}"}])
        sent = [sent[0] + answer.usage.input_tokens, sent[1] + answer.usage.output_tokens]
    for i in range(50):
        with client.messages.stream(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": f"stream {i}"}]) as stream:
            stream.get_final_message()
    for i in range(50):
        with pytest.raises(anthropic.PermissionDeniedError):
            client.messages.create(model="claude-fable-9", max_tokens=64, messages=[{"role": "user", "content": f"denied {i}"}])
    bash = [{"name": "Bash", "description": "run", "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}}}]
    for i in range(50):
        answer = client.messages.create(model=MODEL, max_tokens=64, tools=bash, messages=[{"role": "user", "content": f"tool {i}"}])
        assert all(block.type != "tool_use" for block in answer.content)

    wait_for(recorded, auditor, "SELECT count(*) AS n FROM calls WHERE subject = 'carol' AND outcome IS NOT NULL", 200)
    by_decision = {
        (row["decision"], row["outcome"]): row["n"]
        for row in sql(recorded, auditor, "SELECT decision, outcome, count(*) AS n FROM calls WHERE subject = 'carol' GROUP BY ALL")
    }
    assert by_decision == {("allow", "completed"): 150, ("deny", "rejected"): 50}
    denied = sql(recorded, auditor, "SELECT DISTINCT decided_by, rule, status FROM calls WHERE subject = 'carol' AND decision = 'deny'")
    assert denied == [{"decided_by": "authz", "rule": "roles.developer.models", "status": 403}]
    usage = sql(recorded, auditor, "SELECT sum(input_tokens) AS i, sum(output_tokens) AS o, count(cost_usd) AS priced FROM calls "
                                   "WHERE subject = 'carol' AND last_message LIKE '%json %'")
    assert usage == [{"i": sent[0], "o": sent[1], "priced": 50}] and sent[1] > 0
    blocked = sql(recorded, auditor, "SELECT count(*) AS n, any_value(verdict) AS verdict, any_value(input::VARCHAR) AS input "
                                     "FROM tool_calls WHERE subject = 'carol'")
    assert blocked[0]["n"] == 50 and blocked[0]["verdict"] == "block" and "rm -rf" in blocked[0]["input"]
    prompts = sql(recorded, auditor, "SELECT last_message FROM calls WHERE subject = 'carol' AND last_message LIKE '%json 7 %'")
    assert SECRET not in prompts[0]["last_message"] and "REDACTED" in prompts[0]["last_message"]


def test_audit_subject_records_validate_against_the_published_schema(recorded, auditor, simulator, tmp_path):
    subprocess.run([sys.executable, "-m", "services.cli.main", "schemas", "export", str(tmp_path)], check=True)
    schema = json.loads((tmp_path / f"lockgate-audit.v{AUDIT_SCHEMA_VERSION}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    async def collect() -> list[dict]:
        nc = await nats_connect(recorded.nats_url)
        received: list[dict] = []

        async def keep(msg) -> None:
            received.append(json.loads(msg.data))

        subscription = await nc.subscribe(subjects.AUDIT_SUBJECT, cb=keep)
        await nc.flush()
        client = anthropic.AsyncAnthropic(base_url=recorded.url, api_key=recorded.token("dave", ("developer",)), max_retries=0)
        for i in range(5):
            await client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": f"siem {i}"}])
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (
            sum(1 for r in received if r.get("type") == "response.completed" and r.get("actor_subject") == "dave") == 5
            and any(r.get("kind") == "chain_head" for r in received)
        ):
            await asyncio.sleep(0.2)
        await subscription.unsubscribe()
        await nc.close()
        return received

    records = asyncio.run(collect())
    assert any(r.get("kind") == "chain_head" for r in records)
    mine = [r for r in records if r.get("actor_subject") == "dave"]
    assert {r["type"] for r in mine} >= {"request.received", "verdict", "request.released", "response.completed"}
    for record in records:
        validator.validate(record)
    wrong = dict(mine[0], seq="first")
    assert not validator.is_valid(wrong)


def test_audit_api_refuses_non_auditors_forged_tokens_and_hostile_sql(recorded, auditor):
    developer = recorded.token("mallory", ("developer",))
    assert "403" in cli(recorded, "audit", "sql", "SELECT 1", token=developer, check=False).stderr
    forged = auditor[:-4] + ("AAAA" if not auditor.endswith("AAAA") else "BBBB")
    assert "401" in cli(recorded, "audit", "sql", "SELECT 1", token=forged, check=False).stderr
    for hostile in ("DELETE FROM records", "SELECT 1; DROP TABLE records", "COPY records TO '/tmp/x.csv'",
                    "SELECT * FROM read_csv('/etc/passwd')", "SET lock_configuration = false", "ATTACH '/tmp/x.db'"):
        result = cli(recorded, "audit", "sql", hostile, token=auditor, check=False)
        assert result.returncode == 1 and "400" in result.stderr, (hostile, result.stderr)

    def raw(method: str, path: str, body: bytes | None = None, token: str = auditor) -> tuple[int, dict]:
        request = urllib.request.Request(recorded.url + path, data=body, method=method, headers={"authorization": f"Bearer {token}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    for body in (b"not json", b'{"sql": 5}', b'{"sql": "SELECT 1", "limit": -1}', b'{"sql": "SELECT 1", "extra": 1}'):
        status, answer = raw("POST", "/v1/lockgate/audit/sql", body)
        assert status == 400 and answer["type"] == "error" and answer["error"]["type"] == "invalid_request_error", (body, answer)
    status, answer = raw("POST", "/v1/lockgate/audit/sql", b'{"sql": "' + b"x" * 70_000 + b'"}')
    assert status == 413 and answer["error"]["type"] == "request_too_large"
    assert raw("GET", "/v1/lockgate/audit/export?table=secrets")[0] == 400
    assert raw("GET", "/v1/lockgate/audit/export?since=nan")[0] == 400
    assert raw("GET", "/v1/lockgate/audit/sessions/..%2f..%2fetc")[0] == 404
    assert raw("GET", "/v1/lockgate/audit/verify", token="")[0] == 401
    status, answer = raw("GET", "/v1/lockgate/audit/verify")
    assert status == 200 and answer["ok"] is True


def test_sessions_show_lists_turns_in_order(recorded, auditor, simulator):
    client = anthropic.Anthropic(
        base_url=recorded.url, api_key=recorded.token("erin", ("developer",)), max_retries=0,
        default_headers={"x-claude-code-session-id": "cc-session-0001"},
    )
    history: list[dict] = []
    simulator.script(*[{"content": [{"type": "text", "text": f"answer {n}"}]} for n in range(3)])
    for n in range(3):
        history.append({"role": "user", "content": f"question {n}"})
        answer = client.messages.create(model=MODEL, max_tokens=32, messages=history)
        history.append({"role": "assistant", "content": answer.content[0].text})
    wait_for(recorded, auditor, "SELECT count(*) FROM calls WHERE session_id = 'cc-session-0001' AND outcome = 'completed'", 3)
    shown = cli(recorded, "sessions", "show", "cc-session-0001", token=auditor).stdout
    positions = [shown.index(f"user: question {n}") for n in range(3)]
    assert positions == sorted(positions)
    assert "assistant: answer 0" in shown and "assistant: answer 1" in shown
    listed = cli(recorded, "sessions", "list", "--format", "json", token=auditor).stdout
    assert any(json.loads(line)["session_id"] == "cc-session-0001" and json.loads(line)["calls"] == 3 for line in listed.splitlines())


def test_export_jsonl_and_parquet(recorded, auditor, tmp_path):
    out = tmp_path / "events.jsonl"
    cli(recorded, "audit", "export", "--since", "1h", "--format", "jsonl", "--output", str(out), token=auditor)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines and [line["seq"] for line in lines] == sorted(line["seq"] for line in lines)
    parquet = tmp_path / "calls.parquet"
    cli(recorded, "audit", "export", "--table", "calls", "--format", "parquet", "--output", str(parquet), token=auditor)
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{parquet}'").fetchone()[0] >= 1


def test_no_token_upstream_key_or_masked_secret_in_the_database_file(recorded, auditor, simulator):
    token = recorded.token("frank", ("developer",))
    client = anthropic.Anthropic(base_url=recorded.url, api_key=token, max_retries=0)
    simulator.script({"content": [{"type": "text", "text": f"your key is {ANSWER_SECRET}"}]})
    answer = client.messages.create(model=MODEL, max_tokens=32, messages=[{"role": "user", "content": f"keep {SECRET}"}])
    masked_answer = answer.content[0].text
    assert ANSWER_SECRET not in masked_answer
    client.messages.create(model=MODEL, max_tokens=32, messages=[
        {"role": "user", "content": f"keep {SECRET}"}, {"role": "assistant", "content": masked_answer}, {"role": "user", "content": "next"},
    ])
    wait_for(recorded, auditor, "SELECT count(*) FROM calls WHERE subject = 'frank' AND outcome = 'completed'", 2)
    cli(recorded, "audit", "sql", "SELECT 1", token=auditor)  # a checkpointed file after a query is as good as any
    database = recorded.data_dir / "recorder" / "audit.duckdb"
    data = database.read_bytes() + (database.with_suffix(".duckdb.wal").read_bytes() if database.with_suffix(".duckdb.wal").exists() else b"")
    for needle in (SECRET, ANSWER_SECRET, UPSTREAM_KEY, token, auditor):
        assert needle.encode() not in data
