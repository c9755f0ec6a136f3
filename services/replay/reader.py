"""Reading the recorded stream for a replay: read-only, as the ``replay`` NATS identity, never disturbing the live system.

An ordered consumer of its own (ephemeral, unacknowledged, gone when the replay ends) reads
``LOCKGATE_EVENTS`` from the window's start to the last message the stream held when the
replay began; large bodies come from the ``lockgate-bodies`` store. The identity may read
nothing else and write nothing at all (``services/common/nats_auth.py``). Messages that are
not events, or arrive on a subject other than their own (``bus.subject_for``), are handed to
``Replay.reject`` and the replay goes on.
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
from services.replay.engine import Replay

IDLE_S = 2.0
"""No message for this long while some were expected: the replay reports what it has (and says so)."""
PROGRESS_EVERY_S = 1.0


async def replay_stream(bus: Bus, replay: Replay, progress: TextIO | None = sys.stderr) -> None:
    """Feed every recorded message from the window's start up to the stream's last message at the start."""
    info = await bus.js.stream_info(subjects.STREAM)
    last = info.state.last_seq
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
