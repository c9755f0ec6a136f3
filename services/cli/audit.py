"""``lockgate audit sql|export|verify`` and ``lockgate sessions list|show``: the auditor's commands.

They call the gateway's audit API (``/v1/lockgate/audit``) with the auditor's token (``--token`` or
``LOCKGATE_TOKEN``), at the address ``lockgate token`` and the gateway use (``LOCKGATE_LISTEN``,
or ``--url``). Only ``audit verify --file`` opens a DuckDB file itself, read-only: a stopped
recorder's file or a copy of it.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC
from pathlib import Path
from typing import Any

from services.common.config import Config, ConfigError, split_host_port

PAGE_ROWS = 5000


class AuditFailed(Exception):
    """The gateway or the recorder refused or could not answer; the message says why."""


class AuditClient:
    def __init__(self, base_url: str, token: str):
        self.base_url = base_url.rstrip("/") + "/v1/lockgate/audit"
        self.token = token

    def call(self, method: str, path: str, query: dict | None = None, body: dict | None = None) -> Any:
        url = self.base_url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method, headers={"authorization": f"Bearer {self.token}", "content-type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            try:
                message = json.loads(exc.read())["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = exc.reason
            raise AuditFailed(f"{exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise AuditFailed(f"cannot reach the gateway at {self.base_url}: {getattr(exc, 'reason', exc)}") from None

    def pages(self, method: str, path: str, query: dict | None = None, body: dict | None = None, limit: int | None = None):
        """(columns, rows) page after page until the last, or ``limit`` rows."""
        offset, sent = 0, 0
        while True:
            size = PAGE_ROWS if limit is None else min(PAGE_ROWS, limit - sent)
            if size <= 0:
                return
            paging = {"offset": offset, "limit": size}
            if body is not None:
                answer = self.call(method, path, query, {**body, **paging})
            else:
                answer = self.call(method, path, {**(query or {}), **paging})
            yield answer["columns"], answer["rows"]
            offset += len(answer["rows"])
            sent += len(answer["rows"])
            if not answer["truncated"] or not answer["rows"]:
                return


def client(config: Config, url: str | None, token: str | None) -> AuditClient:
    token = token or os.environ.get("LOCKGATE_TOKEN", "")
    if not token:
        raise ConfigError("an auditor's token is needed: --token or LOCKGATE_TOKEN (e.g. `lockgate token --dev --role auditor`)")
    if not url:
        host, port = split_host_port(config.gateway.listen)
        host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    return AuditClient(url, token)


def print_rows(columns: list[str], rows: list[list], fmt: str, out=sys.stdout, header: bool = True) -> None:
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row, strict=True)), default=str) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        if header:
            writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
    else:
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
        for row in cells:
            out.write("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, default=str)


def run_sql(api: AuditClient, sql: str, fmt: str, limit: int) -> None:
    columns, rows = [], []
    for page_columns, page in api.pages("POST", "/sql", body={"sql": sql}, limit=limit):
        columns = page_columns
        rows.extend(page)
    print_rows(columns, rows, fmt)


def parse_since(text: str) -> float:
    """Epoch seconds, an ISO date/time (UTC unless it says), or a duration ago: ``90m``, ``24h``, ``7d``."""
    if not text:
        return 0.0
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        if text[-1] in units and text[:-1].replace(".", "", 1).isdigit():
            return time.time() - float(text[:-1]) * units[text[-1]]
        return float(text)
    except ValueError:
        pass
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--since: not a time: {text!r} (epoch seconds, 2025-01-31, 2025-01-31T12:00, or 24h / 7d ago)") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def run_export(api: AuditClient, table: str, since: float, fmt: str, output: str) -> int:
    """Page the table out to ``output`` (JSON lines, or Parquet written by an in-memory DuckDB); progress on stderr."""
    target = Path(output)
    jsonl = target if fmt == "jsonl" else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    count, started = 0, time.monotonic()
    try:
        with open(jsonl, "w") as out:
            for columns, rows in api.pages("GET", "/export", {"table": table, "since": since}):
                print_rows(columns, rows, "json", out)
                count += len(rows)
                print(f"\rexported {count} rows from {table} ({time.monotonic() - started:.1f} s)", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        if fmt == "parquet":
            import duckdb

            db = duckdb.connect()
            try:
                if count:
                    db.execute(f"COPY (SELECT * FROM read_json_auto('{_path(jsonl)}')) TO '{_path(target)}' (FORMAT parquet)")
                else:
                    db.execute(f"COPY (SELECT NULL::VARCHAR AS empty WHERE false) TO '{_path(target)}' (FORMAT parquet)")
            finally:
                db.close()
    finally:
        if jsonl != target:
            jsonl.unlink(missing_ok=True)
    return count


def _path(path: Path) -> str:
    return str(path).replace("'", "''")


def show_session(document: dict, out=sys.stdout) -> None:
    out.write(f"session {document['session_id']}: {len(document['turns'])} turns\n")
    for turn in document["turns"]:
        usage = f"{turn['input_tokens']} in / {turn['output_tokens']} out"
        if turn.get("cost_usd") is not None:
            usage += f", ${turn['cost_usd']:.6f}"
        out.write(f"\n#{turn['turn']} {turn['started']}  {turn['subject']}  via {turn['agent'] or '-'}  {turn['model']}  "
                  f"request {turn['request_id']}\n")
        verdict = turn["decision"] + (f" by {turn['decided_by']} ({turn['rule']})" if turn.get("decided_by") else "")
        out.write(f"  decision: {verdict}; outcome: {turn['outcome'] or 'in flight'} {turn['status'] or ''}; usage: {usage}\n")
        for message in turn["prompt"]:
            out.write(f"  > {_message_text(message)}\n")
        for call in turn["tool_calls"]:
            approved = f", approved by {call['approved_by']}" if call.get("approved_by") else ""
            out.write(f"  tool {call['tool_name']} {_short(call['input'])}: {call['verdict']} ({call['rule'] or '-'}{approved})\n")
        if turn.get("answer"):
            out.write(f"  < {_message_text(turn['answer'])}\n")


def _message_text(message: Any) -> str:
    if not isinstance(message, dict):
        return _short(message)
    content = message.get("content")
    if isinstance(content, str):
        text = content
    elif isinstance(content, list):
        parts = []
        for block in content:
            if not isinstance(block, dict):
                continue
            kind = block.get("type")
            if kind == "text" and str(block.get("text", "")).lstrip().startswith("<system-reminder>"):
                parts.append("[system-reminder]")  # Claude Code's context notes; the user's own text follows
            elif kind == "text":
                parts.append(_short(block.get("text", "")))
            elif kind == "tool_use":
                parts.append(f"[tool_use {block.get('name')} {_short(block.get('input'))}]")
            elif kind == "tool_result":
                parts.append(f"[tool_result {_short(block.get('content'))}]")
            else:
                parts.append(f"[{kind}]")
        text = " ".join(parts)
    else:
        text = _short(content)
    return f"{message.get('role', '?')}: {_short(text, limit=1200)}"


def _short(value: Any, limit: int = 300) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def verify_result(result: dict, out=sys.stdout) -> bool:
    if result["ok"]:
        out.write(f"audit chain intact: {result['records']} records, head {result['head_seq']} {result['head_hash']}\n")
        return True
    problem = result["problem"]
    out.write(f"audit chain BROKEN at record {problem['seq']}: {problem['problem']}\n")
    return False

