"""``lockgate replay`` beyond the stream's retention: the older events from the recorder's DuckDB file.

A recorded run through the real gateway (the recorder writing its file live), then the stream's
first half purged by the admin identity, as retention would drop it. The replay reads the first
half from a snapshot copy of the live recorder's file and the rest from the stream, and decides
exactly as it did when the stream held everything: the same report, policy by policy. The prompt
holding a key is stored masked in the file, yet its body comes back as the client sent it (the
part sealed with the replay key). Hostile files (missing, garbled, not a recorder's, from a newer
recorder, a tampered sealed part) are refused with exit 2 or counted apart, never a traceback.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import anthropic
import duckdb
import jsonschema
import msgspec
import pytest

from schemas import subjects
from schemas.events import RequestReceived, decode_event
from schemas.replay import report_schema
from services.cli.workers import DEFAULT_POLICY
from services.common.sealing import InputSealer
from services.replay.archive import open_archive, snapshot_copy
from tests.conftest import FAST_RETRIES
from tests.harness import CREDENTIALS, nats_connect, run_cli

pytestmark = pytest.mark.slow

MODEL = "claude-haiku-4-5"
AWS = "AKIAQYLPMN5HHHFPZAM2"
PROMPT_WITH_KEY = f"Keep my key {AWS} out of the repository, please"
LIVE = DEFAULT_POLICY.read_text()
CANDIDATES = {
    "live": LIVE,
    "no_aws_keys": LIVE + '\n[guard]\nrules = [{ id = "no.aws.keys", message = "No AWS keys in commands", regex = "AKIA[A-Z0-9]{16}" }]\n',
    "no_rm_rules": LIVE + '\n[guard]\ndisabled_rules = ["fs.rm_critical", "fs.delete_outside_workspace"]\n',
    "developers_sonnet_only": LIVE.replace('models = ["claude-haiku-*", "claude-sonnet-*", "claude-opus-*"]', 'models = ["claude-sonnet-*"]', 1),
    "request_masking": LIVE + "\n[masker]\nmask_requests = true\n",
}
CALLS = {
    "toolu_ls": {"command": "ls -la"},
    "toolu_rm": {"command": "rm -rf /"},
    "toolu_key": {"command": f"aws configure set aws_access_key_id {AWS}"},
}


async def recorder_caught_up(nats_url: str) -> tuple[int, int]:
    """Wait until the recorder has stored every message of the stream; returns the stream's (first, last) sequence."""
    nc = await nats_connect(nats_url, "admin")
    try:
        js = nc.jetstream()
        for _ in range(200):
            consumer = await js.consumer_info(subjects.STREAM, subjects.RECORDER_CONSUMER)
            if consumer.num_pending == 0 and consumer.num_ack_pending == 0:
                state = (await js.stream_info(subjects.STREAM)).state
                return state.first_seq, state.last_seq
            await asyncio.sleep(0.1)
        raise AssertionError(f"the recorder did not catch up: {consumer}")
    finally:
        await nc.close()


async def purge_first_half(nats_url: str) -> int:
    """Drop the stream's first half as retention would; returns the new first sequence."""
    nc = await nats_connect(nats_url, "admin")
    try:
        js = nc.jetstream()
        before = (await js.stream_info(subjects.STREAM)).state
        await js.purge_stream(subjects.STREAM, keep=before.messages // 2)
        return (await js.stream_info(subjects.STREAM)).state.first_seq
    finally:
        await nc.close()


@pytest.fixture(scope="module")
def run(start_gateway, simulator, tmp_path_factory):
    """A recorded run of mixed traffic; the reports of every candidate while the stream still held all of it."""
    gateway = start_gateway(FAST_RETRIES)
    developer = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("alice", ("developer",)), max_retries=0)
    analyst = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("bob", ("analyst",)), max_retries=0)
    hello = [{"role": "user", "content": "Hello"}]
    ids = {}
    simulator.script({"content": [{"type": "text", "text": "Noted."}]})
    ids["key_prompt"] = developer.messages.with_raw_response.create(
        model=MODEL, max_tokens=64, messages=[{"role": "user", "content": PROMPT_WITH_KEY}]
    ).headers["x-lockgate-request-id"]
    with pytest.raises(anthropic.PermissionDeniedError):
        analyst.messages.create(model="claude-opus-4-1", max_tokens=64, messages=hello)
    for tool_use_id in ("toolu_rm", "toolu_key", "toolu_ls"):
        simulator.script({"content": [{"type": "tool_use", "id": tool_use_id, "name": "Bash", "input": CALLS[tool_use_id]}]})
        developer.messages.create(model=MODEL, max_tokens=64, messages=hello)
    simulator.script({"content": [{"type": "text", "text": "Hello back."}], "chunk_size": 4})
    with developer.messages.with_streaming_response.create(model=MODEL, max_tokens=64, messages=hello, stream=True) as response:
        response.read()
    first, last = asyncio.run(recorder_caught_up(gateway.nats_url))
    assert first == 1
    directory = tmp_path_factory.mktemp("archive-replay")
    whole = {name: report_of(gateway, directory, text) for name, text in CANDIDATES.items()}
    return gateway, ids, directory, whole


def replay(gateway, directory: Path, policy_text: str, *args: str, env: dict | None = None,
           in_process: bool = True) -> subprocess.CompletedProcess:
    """``lockgate replay`` through its entry point in this process, or (``in_process=False``) as a user runs it."""
    policy = directory / f"candidate-{abs(hash(policy_text))}.toml"
    policy.write_text(policy_text)
    environment = {
        "NATS_URL": gateway.nats_url,
        "LOCKGATE_NATS_CREDENTIALS": str(CREDENTIALS[gateway.nats_url].directory),
        "LOCKGATE_DATA_DIR": str(gateway.data_dir),
        **(env or {}),
    }
    argv = ["replay", "--policy", str(policy), *args]
    if in_process:
        return run_cli(argv, env=environment, timeout=120)
    return subprocess.run([sys.executable, "-m", "services.cli.main", *argv],
                          capture_output=True, text=True, env={**os.environ, **environment}, timeout=120)


def report_of(gateway, directory: Path, policy_text: str, *args: str, env: dict | None = None) -> dict:
    result = replay(gateway, directory, policy_text, "--format", "json", *args, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, report_schema())
    return report


def without_source(report: dict) -> dict:
    return {**report, "totals": {**report["totals"], "archived_events": 0}}


@pytest.fixture(scope="module")
def purged(run):
    gateway, ids, directory, whole = run
    assert asyncio.run(purge_first_half(gateway.nats_url)) > 1
    return run


def test_the_whole_run_replays_as_recorded_and_each_candidate_changes_what_it_should(run):
    _, ids, _, whole = run
    assert {name: {k: v for k, v in report["counts"].items() if v} for name, report in whole.items()} == {
        "live": {}, "no_aws_keys": {"newly-blocked": 1}, "no_rm_rules": {"released": 1}, "developers_sonnet_only": {"newly-denied": 5},
        "request_masking": {"masks-added": 1},
    }
    (added,) = whole["request_masking"]["difference"]["masks_added"]
    assert added["rule"] == "aws_access_key_id" and added["examples"][0]["request_id"] == ids["key_prompt"]
    assert whole["live"]["totals"]["requests"] == 6 and whole["live"]["totals"]["archived_events"] == 0


@pytest.mark.parametrize("name", list(CANDIDATES))
def test_beyond_the_streams_retention_the_recorders_file_gives_the_same_report(purged, name):
    """The default recorder file (the config's), copied while the recorder runs, covers what the stream dropped."""
    gateway, _, directory, whole = purged
    report = report_of(gateway, directory, CANDIDATES[name])
    assert report["totals"]["archived_events"] > 0
    assert without_source(report) == whole[name]


def test_the_recorders_file_named_on_the_command_line_is_used_too(purged):
    gateway, _, directory, whole = purged
    elsewhere = directory / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    env = {"LOCKGATE_DATA_DIR": str(elsewhere), "LOCKGATE_REPLAY_KEY_FILE": str(gateway.data_dir / "replay.key")}
    stream_only = replay(gateway, directory, LIVE, "--format", "json", env=env)
    assert stream_only.returncode == 0 and "no recorder file to read the older ones from" in stream_only.stderr
    assert json.loads(stream_only.stdout)["totals"]["requests"] < whole["live"]["totals"]["requests"]
    named = report_of(gateway, directory, LIVE, "--duckdb", str(gateway.data_dir / "recorder" / "audit.duckdb"), env=env)
    assert without_source(named) == whole["live"]


def test_the_file_keeps_the_prompt_masked_and_replay_gets_it_back_as_sent(purged):
    gateway, ids, _, _ = purged
    database = gateway.data_dir / "recorder" / "audit.duckdb"
    stored = database.read_bytes() + (Path(f"{database}.wal").read_bytes() if Path(f"{database}.wal").exists() else b"")
    assert AWS.encode() not in stored
    with open_archive(database, InputSealer.at(gateway.data_dir, create=False)) as archive:
        (record,) = [r for r in archive.records(None, None, None, None)
                     if r.believed and isinstance(event := decode_event(r.data), RequestReceived) and event.request_id == ids["key_prompt"]]
    assert record.body is not None and not record.body_masked
    assert msgspec.json.decode(record.body)["messages"] == [{"role": "user", "content": PROMPT_WITH_KEY}]


def test_a_part_kept_only_masked_is_counted_apart_not_judged_on_the_masked_text(purged, tmp_path):
    """Without the replay key (or with a tampered sealed part) the body is unknown: that request's guard is not re-judged."""
    gateway, _, directory, whole = purged
    copy = tmp_path / "audit.duckdb"
    snapshot_copy(gateway.data_dir / "recorder" / "audit.duckdb", copy)
    with duckdb.connect(str(copy)) as db:
        (count,) = db.execute("SELECT count(*) FROM sealed_parts WHERE sealed <> ''").fetchone()
        assert count >= 1
        db.execute("UPDATE sealed_parts SET sealed = regexp_replace(sealed, '.$', CASE WHEN right(sealed, 1) = 'A' THEN 'B' ELSE 'A' END)")
    report = report_of(gateway, directory, CANDIDATES["no_aws_keys"], "--duckdb", str(copy))
    assert report["separate"]["masked_bodies"] == 1
    assert report["counts"] == whole["no_aws_keys"]["counts"]


def newer_recorder_file(path: Path) -> None:
    with duckdb.connect(str(path)) as db:
        db.execute("CREATE TABLE records (seq BIGINT, event_id VARCHAR, type VARCHAR, subject VARCHAR, request_id VARCHAR, "
                   "time DOUBLE, believed BOOLEAN, data VARCHAR)")
        db.execute("CREATE TABLE contents (hash VARCHAR, content VARCHAR)")
        db.execute("CREATE TABLE schema_version (version INTEGER, since_seq BIGINT)")
        db.execute("INSERT INTO schema_version VALUES (99, 1)")


def another_duckdb_file(path: Path) -> None:
    with duckdb.connect(str(path)) as db:
        db.execute("CREATE TABLE sales (id INTEGER)")


@pytest.mark.parametrize(
    "make, message",
    [
        (None, "no recorder file at"),
        (lambda path: path.write_bytes(b"\x00garbage, not a database" * 500), "is not a DuckDB file this replay can read"),
        (lambda path: path.write_bytes(b""), "is not a DuckDB file this replay can read"),
        (lambda path: path.mkdir(), "is not a file"),
        (another_duckdb_file, "is not a Lockgate recorder file"),
        (newer_recorder_file, "written by a newer recorder (schema version 99)"),
    ],
    ids=["missing", "garbled", "empty", "directory", "not-a-recorder-file", "newer-schema"],
)
def test_an_unusable_recorder_file_exits_2_saying_why(run, tmp_path, make, message):
    gateway, _, directory, _ = run
    path = tmp_path / "audit.duckdb"
    if make is not None:
        make(path)
    # the missing file in its own process: the exit status and message as a user sees them
    result = replay(gateway, directory, LIVE, "--duckdb", str(path), in_process=make is not None)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr


def test_the_replay_copy_never_holds_the_live_recorders_file(purged):
    """The recorder keeps writing while a replay reads its file: a request made after the replay is recorded."""
    gateway, _, directory, _ = purged
    report_of(gateway, directory, LIVE)
    client = anthropic.Anthropic(base_url=gateway.url, api_key=gateway.token("carol", ("developer",)), max_retries=0)
    client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "still recording?"}])
    asyncio.run(recorder_caught_up(gateway.nats_url))
    assert "recorder: storing a batch failed" not in gateway.log()
