"""Reading the recorded stream for a replay: read-only, as the ``replay`` NATS identity, never disturbing the live system.

An ordered consumer of its own (ephemeral, unacknowledged, gone when the replay ends) reads
``LOCKGATE_EVENTS`` from the window's start to the last message the stream held when the
replay began; large bodies come from the ``lockgate-bodies`` store. The identity may read
nothing else and write nothing at all (``services/common/nats_auth.py``). Messages that are
not events, or arrive on a subject other than their own (``bus.subject_for``), are handed to
``Replay.reject`` and the replay goes on.

The stream is the source of truth; when it no longer holds the start of the window (its first
message is not the first ever), the older events come first from the recorder's DuckDB file
(``services/replay/archive.py``), up to the record of the stream's first message.
"""

from __future__ import annotations

import datetime
import sys
import time
from typing import TextIO

import msgspec
import nats.errors
from nats.js.api import ConsumerConfig, DeliverPolicy

from schemas import subjects
from schemas.events import RequestReceived, decode_event
from services.common.bus import Bus, subject_for
from services.replay.archive import Archive, ArchiveSource
from services.replay.engine import Replay

IDLE_S = 2.0
"""No message for this long while some were expected: the replay reports what it has (and says so)."""
PROGRESS_EVERY_S = 1.0


async def replay_stream(bus: Bus, replay: Replay, progress: TextIO | None = sys.stderr, archived: ArchiveSource | None = None) -> None:
    """Feed every recorded message from the window's start up to the stream's last message at the start; first, when
    the window reaches before the stream's first message, the older ones from the recorder's file."""
    info = await bus.js.stream_info(subjects.STREAM)
    last = info.state.last_seq
    if info.state.first_seq > 1 or (info.state.messages == 0 and last > 0):
        first = await _first_message(bus) if info.state.messages else None
        if replay.window_start is None or first is None or replay.window_start < first[1]:
            if archived is None:
                if progress is not None:
                    print(f"replay: the stream starts at message {info.state.first_seq}; no recorder file to read the "
                          "older ones from (--duckdb PATH): they are not replayed", file=progress)
            else:
                replay_archive(archived.get(), replay, first, progress)
    if info.state.messages == 0:
        return
    config = ConsumerConfig(deliver_policy=DeliverPolicy.ALL)
    if replay.window_start is not None:
        start = datetime.datetime.fromtimestamp(replay.window_start, datetime.UTC)
        config = ConsumerConfig(deliver_policy=DeliverPolicy.BY_START_TIME, opt_start_time=start.isoformat().replace("+00:00", "Z"))  # type: ignore[arg-type]  # nats-py types it datetime yet sends it unconverted: the server wants RFC 3339 text
    subscription = await bus.js.subscribe(subjects.STREAM_SUBJECTS[0], ordered_consumer=True, config=config)
    shown = time.monotonic()
    read = 0
    try:
        while True:
            try:
                message = await subscription.next_msg(timeout=IDLE_S)
            except (TimeoutError, nats.errors.TimeoutError):
                if progress is not None and read:
                    print(f"replay: no message for {IDLE_S:g} s after {read} read; reporting what was read", file=progress)
                return
            read += 1
            sequence = message.metadata.sequence.stream
            await _feed(bus, replay, sequence, message.subject, message.data)
            pending = message.metadata.num_pending
            if progress is not None and time.monotonic() - shown >= PROGRESS_EVERY_S:
                shown = time.monotonic()
                print(f"replay: {read} messages read, {pending} to go, {replay.totals.requests} requests", file=progress, flush=True)
            if sequence >= last or pending == 0:
                return
            if replay.window_end is not None and message.metadata.timestamp.timestamp() > replay.window_end + 60:
                return  # recorded a minute past the window's end: nothing later can be in it
    finally:
        await subscription.unsubscribe()


async def _first_message(bus: Bus) -> tuple[str, float] | None:
    """The event id (empty if garbled) and stream time of the stream's first message, read by an ordered consumer."""
    subscription = await bus.js.subscribe(subjects.STREAM_SUBJECTS[0], ordered_consumer=True, config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL))
    try:
        message = await subscription.next_msg(timeout=IDLE_S)
    except (TimeoutError, nats.errors.TimeoutError):
        return None
    finally:
        await subscription.unsubscribe()
    try:
        found = msgspec.json.decode(message.data)
    except msgspec.DecodeError:
        found = None
    event_id = found.get("event_id") if isinstance(found, dict) else None
    return (event_id if isinstance(event_id, str) else ""), message.metadata.timestamp.timestamp()


def replay_archive(archive: Archive, replay: Replay, first: tuple[str, float] | None, progress: TextIO | None) -> None:
    """Feed the recorder's records older than the stream's first message (by the recorder's order when it recorded that
    message, else by time), in the window."""
    before_seq = archive.seq_of(first[0]) if first and first[0] else None
    before_time = first[1] if first and before_seq is None else None
    end = replay.window_end + 60 if replay.window_end is not None else None
    total = archive.count(before_seq, before_time, replay.window_start, end)
    if progress is not None:
        print(f"replay: reading {total} older records from the recorder's file {archive.source} (a snapshot copy)", file=progress, flush=True)
    shown = time.monotonic()
    for read, record in enumerate(archive.records(before_seq, before_time, replay.window_start, end), 1):
        subject = record.subject
        if not record.believed:
            replay.reject(record.seq, subject, f"recorder file record {record.seq}: recorded as not believed (garbled or forged)")
            continue
        try:
            event = decode_event(record.data)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            replay.reject(record.seq, subject, f"recorder file record {record.seq}: not a Lockgate event: {str(exc)[:120]}")
            continue
        if subject_for(event) != subject:
            replay.reject(record.seq, subject, f"recorder file record {record.seq}: a {type(event).__name__} on {subject}: forged, ignored")
            continue
        replay.feed_archived(event, record.body, record.body_masked)
        if progress is not None and time.monotonic() - shown >= PROGRESS_EVERY_S:
            shown = time.monotonic()
            print(f"replay: {read} of {total} older records read, {replay.totals.requests} requests", file=progress, flush=True)


async def _feed(bus: Bus, replay: Replay, sequence: int, subject: str, data: bytes) -> None:
    try:
        event = decode_event(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        replay.reject(sequence, subject, f"not a Lockgate event: {str(exc)[:120]}")
        return
    if subject_for(event) != subject:
        replay.reject(sequence, subject, f"a {type(event).__name__} recorded on {subject} instead of {subject_for(event)}: forged, ignored")
        return
    body = None
    if isinstance(event, RequestReceived) and event.body_ref and replay.wanted(event):
        try:
            body = await bus.request_body(event)
        except Exception:  # expired or never stored: the guard cannot be re-judged, counted apart
            body = None
    replay.feed(event, body)
