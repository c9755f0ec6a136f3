"""Events beyond the stream's retention, from the recorder's DuckDB file, read from a private snapshot copy.

The live recorder holds its file open read-write, and DuckDB lets one process hold a file so: a
second process can open it neither read-write nor read-only while the recorder runs, and a
read-only connection taken while the recorder is down keeps a restarting recorder out. So a
replay never opens the recorder's file. It copies the file and its write-ahead log into a
private temporary directory (0700), checking that the file did not change during the copy (a
checkpoint moves the log into the file; the log itself only grows, and DuckDB ignores a torn
last entry as after a crash), opens the copy read-only and deletes it at the end. The events
read from here are the old ones, in any consistent copy.

Records come in the recorder's order (its ``seq``), the order the stream delivered them in. A
``request.received`` is recorded with its body split into masked contents; the body is rebuilt
from them, each part the recorder stored masked replaced by the part as sent (``sealed_parts``,
opened with the replay key), so the guard judges what it judged live. A part that was masked
and cannot be opened (no key, another key, a record from before ``sealed_parts``) leaves the
body unknown: that request's guard verdict is not recomputed and is counted apart.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import msgspec

from services.common.sealing import InputSealer, SealError
from services.recorder.record import content_hash, part_places
from services.recorder.store import SCHEMA_VERSION

READ_SCHEMAS = range(1, SCHEMA_VERSION + 1)
"""Recorder schema versions this replay reads (1: files written before ``schema_version`` existed)."""
NEEDED_COLUMNS = {
    "records": {"seq", "event_id", "type", "subject", "time", "believed", "data"},
    "contents": {"hash", "content"},
}
COPY_ATTEMPTS = 5
CONTENT_CACHE = 20_000
CHUNK = 1000
"""Records read per query (by seq): the contents and sealed parts of a chunk's requests are fetched in one query each."""


class ArchiveError(Exception):
    """The file cannot be read as the recorder's archive; the message says which file and why."""


@dataclass(frozen=True)
class ArchivedRecord:
    seq: int
    subject: str
    believed: bool
    data: bytes
    """The event's JSON as recorded (a ``request.received`` carries its body's skeleton, not the body)."""
    body: bytes | None = None
    """A ``request.received``'s body as the client sent it, when it could be rebuilt."""
    body_masked: bool = False
    """The body could not be rebuilt because the record keeps a part of it only masked."""


class Archive:
    """An open snapshot of the recorder's file."""

    def __init__(self, db: duckdb.DuckDBPyConnection, source: Path, sealer: InputSealer | None):
        self.db = db
        self.source = source
        self.sealer = sealer
        self.sealed_since = _sealed_since(db)
        self._cache: OrderedDict[str, bytes] = OrderedDict()
        """The first record written with ``sealed_parts`` (earlier records cannot say which parts were masked)."""

    def seq_of(self, event_id: str) -> int | None:
        found = self.db.execute("SELECT seq FROM records WHERE event_id = ?", [event_id]).fetchone()
        return found[0] if found else None

    def count(self, before_seq: int | None, before_time: float | None, start: float | None, end: float | None) -> int:
        where, parameters = _range(before_seq, before_time, start, end)
        found = self.db.execute(f"SELECT count(*) FROM records WHERE {where}", parameters).fetchone()
        return found[0] if found else 0

    def records(self, before_seq: int | None, before_time: float | None, start: float | None, end: float | None) -> Iterator[ArchivedRecord]:
        """Records older than the stream's first (by the recorder's seq, else by time) within the window, in order."""
        where, parameters = _range(before_seq, before_time, start, end)
        after = None
        while rows := self.db.execute(
            f"SELECT seq, subject, believed, type, event_id, request_id, data FROM records WHERE {where} AND seq > ? ORDER BY seq LIMIT {CHUNK}",
            [*parameters, after if after is not None else -(2**62)],
        ).fetchall():
            after = rows[-1][0]
            received = [row for row in rows if row[3] == "request.received" and row[2]]
            skeletons = {row[4]: _skeleton(row[6]) for row in received}
            places = {event_id: part_places(skeleton) for event_id, skeleton in skeletons.items()}
            contents = self._contents({digest for found in places.values() for _, digest in found})
            sealed = self._sealed([row[4] for row in received])
            for seq, subject, believed, kind, event_id, request_id, data in rows:
                if kind == "request.received" and believed:
                    body, masked = self._body(seq, request_id, skeletons[event_id], places[event_id], contents, sealed.get(event_id, {}))
                    yield ArchivedRecord(seq, subject, believed, data.encode(), body, masked)
                else:
                    yield ArchivedRecord(seq, subject, believed, data.encode())

    def _contents(self, digests: set[str]) -> dict[str, bytes]:
        """The stored contents of these hashes (a conversation re-sends its parts every turn: recent ones are cached);
        one altered since it was stored (its hash no longer matches) is left out, as if dropped."""
        found = {digest: self._cache[digest] for digest in digests if digest in self._cache}
        for digest in found:
            self._cache.move_to_end(digest)
        missing = [digest for digest in digests if digest not in found]
        for start in range(0, len(missing), CHUNK):
            listed = missing[start:start + CHUNK]
            for digest, text in self.db.execute(f"SELECT hash, content FROM contents WHERE hash IN ({', '.join(['?'] * len(listed))})", listed).fetchall():
                content = text.encode()
                if content_hash(content) == digest:
                    found[digest] = self._cache[digest] = content
        while len(self._cache) > CONTENT_CACHE:
            self._cache.popitem(last=False)
        return found

    def _sealed(self, event_ids: list[str]) -> dict[str, dict[str, str]]:
        if not event_ids or self.sealed_since is None:
            return {}
        rows = self.db.execute(
            f"SELECT event_id, place, sealed FROM sealed_parts WHERE event_id IN ({', '.join(['?'] * len(event_ids))})", event_ids
        ).fetchall()
        out: dict[str, dict[str, str]] = {}
        for event_id, place, text in rows:
            out.setdefault(event_id, {})[place] = text
        return out

    def _body(self, seq: int, request_id: str, skeleton: Any, places: list[tuple[str, str]], contents: dict[str, bytes],
              sealed: dict[str, str]) -> tuple[bytes | None, bool]:
        """(the body as sent, False) or (None, whether it is unknown because a part is kept only masked)."""
        if skeleton is None:
            return None, False
        if places and (self.sealed_since is None or seq < self.sealed_since):
            return None, True
        parts: dict[str, msgspec.Raw] = {}
        for place, digest in places:
            if place in sealed:
                if not sealed[place] or self.sealer is None:
                    return None, True
                try:
                    parts[place] = msgspec.Raw(self.sealer.open_part(sealed[place], request_id, place))
                except SealError:
                    return None, True
            elif digest in contents:
                parts[place] = msgspec.Raw(contents[digest])
            else:
                return None, False  # its content was dropped by the recorder's content retention
        return msgspec.json.encode(_rebuilt(skeleton, parts)), False


class ArchiveSource:
    """The recorder's file, snapshotted and opened on first ``get()`` (only a replay that reaches beyond the stream pays
    for the copy); ``close()`` deletes the snapshot."""

    def __init__(self, path: Path, sealer: InputSealer | None):
        self.path = path
        self.sealer = sealer
        self._stack = contextlib.ExitStack()
        self._archive: Archive | None = None

    def get(self) -> Archive:
        if self._archive is None:
            self._archive = self._stack.enter_context(open_archive(self.path, self.sealer))
        return self._archive

    def close(self) -> None:
        self._stack.close()


@contextlib.contextmanager
def open_archive(path: Path, sealer: InputSealer | None) -> Iterator[Archive]:
    """A read-only snapshot of the recorder's file; ``ArchiveError`` if it is missing, unreadable, garbled, not a
    recorder's file, or written by a newer recorder."""
    if not path.exists():
        raise ArchiveError(f"no recorder file at {path}")
    if not path.is_file():
        raise ArchiveError(f"{path} is not a file")
    with tempfile.TemporaryDirectory(prefix="lockgate-replay-") as directory:
        copy = Path(directory) / "audit.duckdb"
        snapshot_copy(path, copy)
        try:
            db = duckdb.connect(str(copy), read_only=True)
        except duckdb.Error as exc:
            raise ArchiveError(f"{path} is not a DuckDB file this replay can read: {_first_line(exc)}") from None
        try:
            _check_schema(db, path)
            yield Archive(db, path, sealer)
        finally:
            db.close()


def snapshot_copy(path: Path, copy: Path) -> None:
    """Copy the file and its write-ahead log, again if a checkpoint rewrote the file meanwhile."""
    log = path.with_name(path.name + ".wal")
    for _ in range(COPY_ATTEMPTS):
        try:
            before = _state(path)
            shutil.copyfile(path, copy)
            if log.exists():
                shutil.copyfile(log, copy.with_name(copy.name + ".wal"))
            if _state(path) == before:
                return
        except FileNotFoundError:
            pass  # the log went with a checkpoint: copy again
        except OSError as exc:
            raise ArchiveError(f"cannot copy {path}: {exc.strerror or type(exc).__name__}") from None
        time.sleep(0.2)
    raise ArchiveError(f"{path} kept changing while it was copied ({COPY_ATTEMPTS} attempts): try again, or replay a copy of it")


def _state(path: Path) -> tuple[int, int, int]:
    stat = os.stat(path)
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _check_schema(db: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        columns: dict[str, set[str]] = {}
        for table, column in db.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall():
            columns.setdefault(table, set()).add(column)
        for table, needed in NEEDED_COLUMNS.items():
            if not needed <= columns.get(table, set()):
                raise ArchiveError(f"{path} is not a Lockgate recorder file: no {table} table with columns {', '.join(sorted(needed))}")
        if "schema_version" in columns:
            found = db.execute("SELECT max(version) FROM schema_version").fetchone()
            newest = found[0] if found and found[0] is not None else 1
            if newest not in READ_SCHEMAS:
                raise ArchiveError(
                    f"{path} was written by a newer recorder (schema version {newest}); this replay reads versions "
                    f"{READ_SCHEMAS.start}-{READ_SCHEMAS.stop - 1}: replay with the Lockgate that wrote it"
                )
    except duckdb.Error as exc:
        raise ArchiveError(f"{path} cannot be read as a recorder file: {_first_line(exc)}") from None


def _sealed_since(db: duckdb.DuckDBPyConnection) -> int | None:
    tables = {name for (name,) in db.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not {"schema_version", "sealed_parts"} <= tables:
        return None
    found = db.execute("SELECT min(since_seq) FROM schema_version WHERE version >= 2").fetchone()
    return found[0] if found else None


def _range(before_seq: int | None, before_time: float | None, start: float | None, end: float | None) -> tuple[str, list]:
    clauses, parameters = ["true"], []
    for clause, value in (("seq < ?", before_seq), ("time < ?", before_time), ("time >= ?", start), ("time <= ?", end)):
        if value is not None:
            clauses.append(clause)
            parameters.append(value)
    return " AND ".join(clauses), parameters


def _skeleton(data: str) -> Any:
    try:
        fields = msgspec.json.decode(data)
    except msgspec.DecodeError:
        return None
    return fields.get("body") if isinstance(fields, dict) else None


def _rebuilt(skeleton: dict, parts: dict[str, msgspec.Raw]) -> dict:
    """The skeleton with each referenced part in place, as its stored JSON (the text the client sent, re-encoded once
    by the recorder)."""
    document = dict(skeleton)
    for key in ("system", "tools"):
        if key in parts:
            document[key] = parts[key]
    if isinstance(document.get("messages"), list):
        document["messages"] = [parts.get(f"messages.{i}", message) for i, message in enumerate(document["messages"])]
    return document


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:300]
