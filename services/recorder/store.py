"""The recorder's DuckDB file: the hash-chained ``records``, content-addressed ``contents``, and the audit views.

``sealed_parts`` keeps, per request, each body part stored masked as the client sent it, sealed
with the replay key (``services/common/sealing.py``): what ``lockgate replay`` needs to judge the
body again once the stream no longer holds it. Outside the chain: a replay input, not evidence.

One process opens the file, the recorder; every query reaches it through the recorder
(``lockgate-rpc.recorder.ask``). Each method here is blocking and runs on the recorder's one
database thread. Auditors' SQL is read-only three times over: it must parse as a single
``SELECT`` (sqlglot), it runs inside a transaction that is rolled back, and the database
refuses file access, ATTACH and configuration changes (``enable_external_access = false``,
``lock_configuration``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import msgspec
import sqlglot
from sqlglot import exp

from services.recorder.record import GENESIS, Row, chain_hash, chained_values, content_hash, message_refs

TABLES = """
CREATE TABLE IF NOT EXISTS records (
    seq BIGINT NOT NULL,
    event_id VARCHAR NOT NULL UNIQUE,
    type VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    request_id VARCHAR NOT NULL,
    session_id VARCHAR NOT NULL,
    session VARCHAR NOT NULL,
    time DOUBLE NOT NULL,
    believed BOOLEAN NOT NULL,
    data VARCHAR NOT NULL,
    cost_usd DOUBLE,
    prev_hash VARCHAR NOT NULL,
    hash VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS contents (
    hash VARCHAR PRIMARY KEY,
    size INTEGER NOT NULL,
    content VARCHAR NOT NULL,
    first_seen DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS chain (
    start_seq BIGINT NOT NULL,
    start_prev_hash VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS sealed_parts (
    event_id VARCHAR NOT NULL,
    place VARCHAR NOT NULL,
    sealed VARCHAR NOT NULL,
    time DOUBLE NOT NULL,
    PRIMARY KEY (event_id, place)
);
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    since_seq BIGINT NOT NULL
);
"""

SCHEMA_VERSION = 2
"""What this recorder writes, noted in ``schema_version`` with the first record it wrote. 2: ``sealed_parts`` holds every
body part stored masked, so ``lockgate replay`` can rebuild the body the guard judged; a record written before has none.
Add tables and columns only; a reader refuses a file of a version it does not know (``services/replay/archive.py``)."""

VIEWS = r"""
CREATE OR REPLACE VIEW events AS
SELECT seq, event_id, type, subject AS nats_subject, request_id, session AS session_id, session_id AS client_session_id,
       to_timestamp(time) AS time, believed, data::JSON AS data, cost_usd, hash
FROM records;

CREATE OR REPLACE VIEW approvals AS
WITH requested AS (
    SELECT data->>'$.approval.approval_id' AS approval_id, request_id, session, time, data FROM records
    WHERE type = 'approval.requested' AND believed
), decided AS (
    SELECT data->>'$.approval_id' AS approval_id,
           string_agg((data->>'$.reviewer.subject') || ':' || (data->>'$.decision'), ', ' ORDER BY seq) AS decided_by,
           arg_max(data->>'$.state', seq) AS state, max(time) AS time
    FROM records WHERE type = 'approval.decided' AND believed GROUP BY 1
), expired AS (
    SELECT data->>'$.approval_id' AS approval_id, max(time) AS time FROM records WHERE type = 'approval.expired' AND believed GROUP BY 1
)
SELECT q.approval_id, q.request_id, q.session AS session_id, q.data->>'$.approval.tool_use_id' AS tool_use_id,
       q.data->>'$.approval.tool_name' AS tool_name, q.data->>'$.approval.command' AS command,
       q.data->>'$.approval.rule' AS rule, q.data->>'$.identity.subject' AS requested_by,
       CASE WHEN e.approval_id IS NOT NULL THEN 'expired' ELSE coalesce(d.state, 'pending') END AS state,
       d.decided_by, to_timestamp(q.time) AS requested_at, to_timestamp(coalesce(d.time, e.time)) AS decided_at,
       to_timestamp((q.data->>'$.approval.expires_at')::DOUBLE) AS expires_at
FROM requested q LEFT JOIN decided d USING (approval_id) LEFT JOIN expired e USING (approval_id);

CREATE OR REPLACE VIEW tool_calls AS
WITH proposed AS (
    SELECT request_id, data->>'$.tool_use_id' AS tool_use_id, time, data FROM records WHERE type = 'tool_use.proposed' AND believed
), verdicts AS (
    SELECT request_id, data->>'$.tool_use_id' AS tool_use_id,
           arg_min(data->>'$.decision', seq) AS first_decision, arg_max(data->>'$.decision', seq) AS decision,
           arg_max(data->>'$.stage', seq) AS stage, arg_max(data->>'$.rule', seq) AS rule, arg_max(data->>'$.pack', seq) AS pack,
           arg_max(data->>'$.message', seq) AS message, arg_max(data->>'$.command', seq) AS command,
           arg_max(data->>'$.policy_version', seq) AS policy_version, max(time) AS time
    FROM records WHERE type = 'tool_use.verdict' AND believed GROUP BY 1, 2
), received AS (
    SELECT request_id, session, data->>'$.identity.subject' AS subject FROM records WHERE type = 'request.received' AND believed
)
SELECT p.request_id, r.session AS session_id, r.subject, p.tool_use_id, p.data->>'$.tool_name' AS tool_name,
       (p.data->'$.input') AS input, v.decision AS verdict, v.first_decision, v.stage, v.rule, v.pack, v.message, v.command,
       a.decided_by AS approved_by, a.state AS approval_state, v.policy_version,
       to_timestamp(p.time) AS proposed_at, to_timestamp(v.time) AS decided_at
FROM proposed p LEFT JOIN verdicts v USING (request_id, tool_use_id) LEFT JOIN received r USING (request_id)
LEFT JOIN approvals a ON a.tool_use_id = p.tool_use_id AND a.request_id = p.request_id;

CREATE OR REPLACE VIEW calls AS
WITH received AS (
    SELECT * FROM records WHERE type = 'request.received' AND believed
), verdicts AS (
    SELECT request_id,
           string_agg((data->>'$.stage') || ':' || (data->>'$.decision')
                      || CASE WHEN coalesce(data->>'$.rule', '') <> '' THEN ' ' || (data->>'$.rule') ELSE '' END, ', ' ORDER BY seq) AS verdicts,
           max(data->>'$.policy_version') AS policy_version,
           max(regexp_extract(data->>'$.rule', '^roles\.([^.]+)', 1)) FILTER (WHERE data->>'$.stage' = 'authz') AS role,
           bool_or(data->>'$.decision' = 'modify') AS modified
    FROM records WHERE type = 'verdict' AND believed GROUP BY request_id
), released AS (
    SELECT request_id, min(time) AS time FROM records WHERE type = 'request.released' AND believed GROUP BY request_id
), ended AS (
    SELECT request_id, arg_max(type, seq) AS type, arg_max(data, seq) AS data, arg_max(cost_usd, seq) AS cost_usd, max(time) AS time
    FROM records WHERE type IN ('request.rejected', 'response.completed', 'response.failed') AND believed GROUP BY request_id
), tools AS (
    SELECT request_id, count(*) AS tool_calls, count(*) FILTER (WHERE verdict = 'block') AS tool_calls_blocked
    FROM tool_calls GROUP BY request_id
)
SELECT r.request_id, r.session AS session_id, r.session_id AS client_session_id,
       r.data->>'$.identity.subject' AS subject, r.data->>'$.identity.issuer' AS issuer,
       array_to_string(from_json(r.data->'$.identity.roles', '["VARCHAR"]'), ',') AS roles, v.role,
       coalesce(nullif(r.data->>'$.headers."x-app"', ''), r.data->>'$.user_agent') AS agent, r.data->>'$.user_agent' AS user_agent,
       r.data->>'$.identity.token_fingerprint' AS token_fingerprint,
       r.data->>'$.model' AS model, r.data->>'$.endpoint' AS endpoint, (r.data->>'$.stream')::BOOLEAN AS stream,
       CASE WHEN e.type = 'request.rejected' THEN 'deny' WHEN v.modified THEN 'modify'
            WHEN rel.request_id IS NOT NULL THEN 'allow' ELSE 'pending' END AS decision,
       CASE WHEN e.type = 'request.rejected' THEN e.data->>'$.stage' END AS decided_by,
       CASE WHEN e.type = 'request.rejected' THEN e.data->>'$.rule' END AS rule,
       v.verdicts, v.policy_version,
       CASE e.type WHEN 'request.rejected' THEN 'rejected' WHEN 'response.completed' THEN 'completed'
                   WHEN 'response.failed' THEN 'failed' END AS outcome,
       (e.data->>'$.status')::INTEGER AS status, e.data->>'$.error_type' AS error_type, e.data->>'$.message' AS error_message,
       e.data->>'$.stop_reason' AS stop_reason,
       coalesce((e.data->>'$.usage.input_tokens')::BIGINT, 0) AS input_tokens,
       coalesce((e.data->>'$.usage.output_tokens')::BIGINT, 0) AS output_tokens,
       coalesce((e.data->>'$.usage.cache_creation_input_tokens')::BIGINT, 0) AS cache_creation_input_tokens,
       coalesce((e.data->>'$.usage.cache_read_input_tokens')::BIGINT, 0) AS cache_read_input_tokens,
       e.cost_usd, coalesce(t.tool_calls, 0) AS tool_calls, coalesce(t.tool_calls_blocked, 0) AS tool_calls_blocked,
       (SELECT c.content FROM contents c WHERE c.hash = r.data->>'$.body.messages[#-1]."$content"') AS last_message,
       to_timestamp(r.time) AS started, to_timestamp(e.time) AS ended, round((e.time - r.time) * 1000, 3) AS duration_ms
FROM received r LEFT JOIN verdicts v USING (request_id) LEFT JOIN released rel USING (request_id)
LEFT JOIN ended e USING (request_id) LEFT JOIN tools t USING (request_id);

CREATE OR REPLACE VIEW sessions AS
SELECT session_id, any_value(client_session_id) FILTER (WHERE client_session_id <> request_id) AS client_session_id,
       string_agg(DISTINCT subject, ',') AS subjects, string_agg(DISTINCT agent, ',') AS agents,
       string_agg(DISTINCT model, ',') AS models, count(*) AS calls,
       count(*) FILTER (WHERE decision = 'deny') AS denied, sum(tool_calls) AS tool_calls,
       sum(tool_calls_blocked) AS tool_calls_blocked, sum(input_tokens) AS input_tokens,
       sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd, min(started) AS started, max(ended) AS ended
FROM calls GROUP BY session_id;
"""

VIEW_NAMES = ("events", "calls", "tool_calls", "approvals", "sessions")
EXPORT_ORDER = {"events": "seq", "calls": "started, request_id", "tool_calls": "proposed_at, tool_use_id",
                "approvals": "requested_at, approval_id", "sessions": "started, session_id"}
EXPORT_SINCE = {"events": "time", "calls": "started", "tool_calls": "proposed_at", "approvals": "requested_at", "sessions": "started"}

ANSWER_BYTES = 768 * 1024
"""An answer's rows stop short of this, so they fit in one NATS message; the rest is paged (``truncated``)."""


class QueryRefused(Exception):
    """The SQL is not a single read-only query, or it failed; the message says why."""


def read_only_sql(sql: str) -> str:
    """The SQL if it is exactly one SELECT (or WITH ... SELECT / set operation); ``QueryRefused`` otherwise."""
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except sqlglot.errors.ParseError as exc:
        raise QueryRefused(f"the SQL does not parse: {str(exc).splitlines()[0][:200]}") from None
    if len(statements) != 1:
        raise QueryRefused("send exactly one statement")
    statement = statements[0]
    if not isinstance(statement, (exp.Select, exp.Union, exp.Intersect, exp.Except)):
        raise QueryRefused(f"only SELECT queries are allowed, not {statement.key.upper()}")
    if any(isinstance(node, (exp.Insert, exp.Update, exp.Delete, exp.Create, exp.Drop, exp.Command)) for node in statement.walk()):
        raise QueryRefused("only SELECT queries are allowed")
    return sql


def plain(value: Any) -> Any:
    """A DuckDB value as JSON can carry it (timestamps as ISO text)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class ChainBroken(msgspec.Struct):
    seq: int
    event_id: str
    problem: str


class Store:
    """The DuckDB file, opened by the recorder alone."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = duckdb.connect(str(path))
        self.db.execute("LOAD json")
        self.db.execute(TABLES)
        self.db.execute(VIEWS)
        if _one(self.db, "SELECT count(*) FROM chain")[0] == 0:
            self.db.execute("INSERT INTO chain VALUES (1, ?)", [GENESIS])
        last = self.db.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
        start_seq, start_prev = _one(self.db, "SELECT start_seq, start_prev_hash FROM chain")
        self.head_seq, self.head_hash = last if last else (start_seq - 1, start_prev)
        if _one(self.db, "SELECT count(*) FROM schema_version WHERE version = ?", [SCHEMA_VERSION])[0] == 0:
            self.db.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, self.head_seq + 1])
        self._column_types = {table: _column_types(self.db, table) for table in ("records", "contents", "sealed_parts")}
        """Each appended table's column types in its order, read from the file's schema (``TABLES``)."""
        self.db.execute("SET enable_external_access = false")
        self.db.execute("SET lock_configuration = true")
        self._interrupt_lock = threading.Lock()

    def close(self) -> None:
        self.db.close()

    def append(self, rows: list[Row]) -> list[Row]:
        """Store the rows not stored yet (by event id), chained in this order, in one transaction; returns them."""
        if not rows:
            return []
        known = self._stored_ids(rows)
        fresh: list[Row] = []
        for row in rows:
            if row.event_id not in known:
                known.add(row.event_id)
                fresh.append(row)
        if not fresh:
            return []
        contents: dict[str, bytes] = {}
        for row in fresh:
            contents.update(row.contents)
        seq, head = self.head_seq, self.head_hash
        for row in fresh:
            seq += 1
            row.seq, row.prev_hash = seq, head
            row.hash = head = chain_hash(head, seq, chained_values(row))
        now = time.time()
        self.db.execute("BEGIN")
        try:
            if contents:
                texts = [content.decode() for content in contents.values()]
                self._insert("contents", [list(contents), [len(c) for c in contents.values()], texts, [now] * len(texts)],
                             conflict="ON CONFLICT DO NOTHING")
            self._insert("records", [list(column) for column in zip(*((row.seq, *chained_values(row), row.prev_hash, row.hash) for row in fresh), strict=True)])
            sealed = [(row.event_id, place, text, row.time) for row in fresh for place, text in row.sealed_parts.items()]
            if sealed:
                self._insert("sealed_parts", [list(column) for column in zip(*sealed, strict=True)])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.head_seq, self.head_hash = seq, head
        return fresh

    def _stored_ids(self, rows: list[Row]) -> set[str]:
        """The rows' event ids already in the file. A copy of an event carries the event's own time, so rows that
        state one are looked up only where that time range is (DuckDB skips the row groups outside it: the lookup no
        longer grows with the file); rows timed at recording are looked up everywhere."""
        timed = [row for row in rows if row.time_stated]
        known: set[str] = set()
        if timed:
            times = [row.time for row in timed]
            known.update(found for (found,) in self.db.execute(
                "SELECT event_id FROM records WHERE time BETWEEN $2 AND $3 AND event_id IN (SELECT unnest($1::VARCHAR[]))",
                [[row.event_id for row in timed], min(times), max(times)],
            ).fetchall())
        untimed = [row.event_id for row in rows if not row.time_stated]
        if untimed:
            known.update(found for (found,) in self.db.execute(
                "SELECT event_id FROM records WHERE event_id IN (SELECT unnest($1::VARCHAR[]))", [untimed]
            ).fetchall())
        return known

    def _insert(self, table: str, columns: list[list], conflict: str = "") -> None:
        """Insert many rows in one statement, one list parameter per column: DuckDB converts each list at once, where
        a parameter per value cost ~130 us of CPU per record row (~20 us so)."""
        select = ", ".join(f"unnest(${i}::{kind}[])" for i, kind in enumerate(self._column_types[table], 1))
        self.db.execute(f"INSERT INTO {table} SELECT {select} {conflict}", columns)

    def prune(self, records_before: float | None, contents_before: float | None) -> tuple[int, int]:
        """Drop records older than ``records_before`` and stored prompt contents first seen before ``contents_before``
        (retention; None keeps them), and the sealed body parts of either. Records go as a prefix of the chain, whose new start is noted, so what remains
        still verifies; the chain heads published on the audit subject anchor it from outside. Returns the counts."""
        dropped_records = dropped_contents = 0
        self.db.execute("BEGIN")
        try:
            if records_before is not None:
                start_seq = _one(self.db, "SELECT start_seq FROM chain")[0]
                first_kept = _one(self.db, "SELECT min(seq) FROM records WHERE time >= ?", [records_before])[0]
                cutoff = first_kept if first_kept is not None else self.head_seq + 1
                if cutoff > start_seq:
                    kept = self.db.execute("SELECT prev_hash FROM records WHERE seq = ?", [cutoff]).fetchone()
                    new_start_prev = kept[0] if kept else self.head_hash
                    dropped_records = _one(self.db, "SELECT count(*) FROM records WHERE seq < ?", [cutoff])[0]
                    self.db.execute("DELETE FROM records WHERE seq < ?", [cutoff])
                    self.db.execute("DELETE FROM sealed_parts WHERE event_id NOT IN (SELECT event_id FROM records)")
                    self.db.execute("UPDATE chain SET start_seq = ?, start_prev_hash = ?", [cutoff, new_start_prev])
            if contents_before is not None:
                dropped_contents = _one(self.db, "SELECT count(*) FROM contents WHERE first_seen < ?", [contents_before])[0]
                self.db.execute("DELETE FROM contents WHERE first_seen < ?", [contents_before])
                self.db.execute("DELETE FROM sealed_parts WHERE time < ?", [contents_before])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return dropped_records, dropped_contents

    def session_of(self, request_id: str) -> str | None:
        found = self.db.execute("SELECT session FROM records WHERE request_id = ? AND type = 'request.received' LIMIT 1", [request_id]).fetchone()
        return found[0] if found else None

    def query(self, sql: str, limit: int, offset: int = 0, deadline_s: float = 30.0) -> tuple[list[str], list[list[Any]], bool]:
        """An auditor's read-only query: columns, at most ``limit`` rows from ``offset``, and whether more remain."""
        read_only_sql(sql)
        timer = threading.Timer(deadline_s, self.db.interrupt)
        timer.start()
        self.db.execute("BEGIN")
        try:
            cursor = self.db.execute(f"SELECT * FROM ({sql.strip().rstrip(';')}) LIMIT {int(limit) + 1} OFFSET {int(offset)}")
            columns = [d[0] for d in cursor.description]
            rows: list[list[Any]] = []
            size, truncated = 0, False
            for row in cursor.fetchall():
                if len(rows) == limit:
                    truncated = True
                    break
                values = plain(list(row))
                size += len(msgspec.json.encode(values))
                if size > ANSWER_BYTES and rows:
                    truncated = True
                    break
                rows.append(values)
            return columns, rows, truncated
        except duckdb.InterruptException:
            raise QueryRefused(f"the query ran longer than {deadline_s:g} s and was stopped") from None
        except duckdb.Error as exc:
            raise QueryRefused(f"the query failed: {str(exc).splitlines()[0][:300]}") from None
        finally:
            timer.cancel()
            self.db.execute("ROLLBACK")

    def export(self, view: str, since: float, offset: int, limit: int) -> tuple[list[str], list[list[Any]], bool]:
        if view not in VIEW_NAMES:
            raise QueryRefused(f"no such table {view!r}; tables: {', '.join(VIEW_NAMES)}")
        sql = f"SELECT * FROM {view} WHERE {EXPORT_SINCE[view]} >= to_timestamp({float(since)!r}) ORDER BY {EXPORT_ORDER[view]}"
        return self.query(sql, limit, offset)

    def sessions(self, limit: int) -> tuple[list[str], list[list[Any]], bool]:
        return self.query("SELECT * FROM sessions ORDER BY started DESC", limit)

    def content(self, digest: str | None) -> Any:
        if not digest:
            return None
        found = self.db.execute("SELECT content FROM contents WHERE hash = ?", [digest]).fetchone()
        return msgspec.json.decode(found[0]) if found else {"expired": digest}

    def session(self, session_id: str) -> dict | None:
        """The session turn by turn: who, when, model, the turn's new messages, tool calls and verdicts, the answer, usage."""
        columns, calls, _ = self.query(
            f"SELECT * FROM calls WHERE session_id = '{_literal(session_id)}' OR client_session_id = '{_literal(session_id)}' ORDER BY started, request_id",
            10_000,
        )
        if not calls:
            return None
        turns: list[dict] = []
        previous: list = []
        bodies = {
            request_id: msgspec.json.decode(data).get("body")
            for request_id, data in self.db.execute(
                "SELECT request_id, data FROM records WHERE type = 'request.received' AND (session = ? OR session_id = ?)", [session_id, session_id]
            ).fetchall()
        }
        _, tools, _ = self.query(
            f"SELECT request_id, tool_name, input, verdict, rule, message, approved_by FROM tool_calls WHERE request_id IN "
            f"(SELECT request_id FROM calls WHERE session_id = '{_literal(session_id)}' OR client_session_id = '{_literal(session_id)}') ORDER BY proposed_at",
            10_000,
        )
        for number, values in enumerate(calls, 1):
            call = dict(zip(columns, values, strict=True))
            refs = message_refs(bodies.get(call["request_id"]))
            new = refs[len(previous):] if refs[: len(previous)] == previous else refs
            answer = None
            later = [message_refs(bodies.get(dict(zip(columns, v, strict=True))["request_id"])) for v in calls[number:]]
            if later and later[0][: len(refs)] == refs and len(later[0]) > len(refs):
                answer = self.content(later[0][len(refs)])
            turns.append({
                "turn": number,
                **{k: call[k] for k in ("request_id", "subject", "agent", "model", "started", "decision", "decided_by", "rule",
                                        "outcome", "status", "stop_reason", "input_tokens", "output_tokens", "cost_usd")},
                "prompt": [self.content(digest) for digest in new],
                "tool_calls": [
                    {"tool_name": t[1], "input": t[2], "verdict": t[3], "rule": t[4], "message": t[5], "approved_by": t[6]}
                    for t in tools if t[0] == call["request_id"]
                ],
                "answer": answer,
            })
            previous = refs
        return {"session_id": session_id, "turns": turns}

    def verify(self) -> dict:
        return verify_database(self.db)


CHAINED_COLUMNS = ("event_id", "type", "subject", "request_id", "session_id", "session", "time", "believed", "data", "cost_usd")


def _one(db: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None) -> tuple:
    """The one row an aggregate (or a single-row table's) query always returns."""
    row = db.execute(sql, parameters).fetchone()
    if row is None:
        raise RuntimeError(f"no row from {sql!r}")
    return row


def verify_database(db: duckdb.DuckDBPyConnection) -> dict:
    """Walk the chain from its start: the first missing, altered or reordered record, then any altered content."""
    start_seq, prev = _one(db, "SELECT start_seq, start_prev_hash FROM chain")
    cursor = db.execute(f"SELECT seq, {', '.join(CHAINED_COLUMNS)}, prev_hash, hash FROM records ORDER BY seq")
    broken = first_break(_batches(cursor), start_seq, prev)
    count, head_seq, head = _one(db, "SELECT count(*), max(seq), arg_max(hash, seq) FROM records")
    if broken is None:
        for digest, content in db.execute("SELECT hash, content FROM contents ORDER BY hash").fetchall():
            if content_hash(content.encode()) != digest:
                broken = ChainBroken(0, "", f"content {digest} was altered: its text no longer has that hash")
                break
    return {
        "ok": broken is None,
        "records": count,
        "head_seq": head_seq or start_seq - 1,
        "head_hash": head or prev,
        "problem": None if broken is None else msgspec.to_builtins(broken),
    }


def verify_file(path: Path) -> dict:
    """Verify a stopped recorder's file, or a copy of it, opened read-only."""
    db = duckdb.connect(str(path), read_only=True)
    try:
        return verify_database(db)
    finally:
        db.close()


def _batches(cursor) -> Iterable[tuple]:
    while True:
        rows = cursor.fetchmany(10_000)
        if not rows:
            return
        yield from rows


def first_break(rows: Iterable[tuple], start_seq: int, start_prev_hash: str) -> ChainBroken | None:
    """The first record that is missing (a gap in ``seq``), altered (its hash is not its content's) or out of
    order (it does not chain to the record before it). Pure: rows are ``(seq, *CHAINED_COLUMNS, prev_hash, hash)``."""
    expected, prev = start_seq, start_prev_hash
    for row in rows:
        seq, values, prev_hash, digest = row[0], tuple(row[1:-2]), row[-2], row[-1]
        if seq != expected:
            if seq > expected:
                return ChainBroken(expected, "", f"record {expected} is missing (deleted): the chain goes from {expected - 1} to {seq}")
            return ChainBroken(seq, values[0], f"record {seq} (event {values[0]}) appears twice or out of order")
        if prev_hash != prev:
            return ChainBroken(seq, values[0], f"record {seq} (event {values[0]}) does not follow record {seq - 1}: records were reordered, or record {seq - 1} was rewritten")
        if chain_hash(prev_hash, seq, values) != digest:
            return ChainBroken(seq, values[0], f"record {seq} (event {values[0]}) was altered: its hash does not match its content")
        expected, prev = seq + 1, digest
    return None


def _column_types(db: duckdb.DuckDBPyConnection, table: str) -> tuple[str, ...]:
    return tuple(kind for (kind,) in db.execute(
        "SELECT data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall())


def _literal(text: str) -> str:
    return text.replace("'", "''")
