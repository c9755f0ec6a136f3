"""Rate and budget counters shared by every authz replica through the NATS KV bucket ``lockgate-counters``.

Keys, per identity (``<who>`` is a hash of issuer and subject, since KV keys allow
only ``[-/_=.a-zA-Z0-9]`` and subjects may hold anything):

- ``rate.<who>``: the GCRA theoretical arrival time, a JSON number;
- ``budget.<who>.<window_ms>.<index>``: ``[tokens, usd]`` spent in one fixed window
  (the window length is part of the key, so changing it in the policy starts afresh).

Every write is a compare-and-set on the key's last revision (``kv.create`` /
``kv.update(last=...)``); a replica that loses the race re-reads and re-applies its
increment, so no increment is ever lost. A local mirror fed by a watch on the whole
bucket holds every key; the mirror may lag by milliseconds.

Writes are coalesced: each key has at most one background writer per replica, and it
writes at most once every ``flush_interval_s`` (default 0.05 s). A key idle for that
long is written at once; a busy one accumulates its increments in memory and writes them
together, so a busy identity costs one write (and one watch message on every replica)
per interval, not per request. ``flush``/``stop`` write everything pending without
waiting for the interval.

Budgets are checked from the mirror plus the charges this replica has accumulated but
not yet seen in the mirror, and charged after the call (``charge_later``, fed by the
durable ``response.completed`` consumer). A charge's event is acknowledged only after
the write that includes it succeeded: if the process dies first, or the write keeps
failing, the event is redelivered and charged then, so no charge is lost (one whose ack
itself is lost is charged twice, erring towards refusing). A stale budget can let a
request or two through at the edge of a window; across replicas the window during which
another replica's charges are invisible grows by up to ``flush_interval_s``.

Rates are decided without a round trip (``take``): from the larger of the mirrored TAT
and the TAT this replica's own decisions have reached, which it advances at once. The
new TAT is then written in the background by the key's writer, later increments batched
into its next write. What that guarantees:

- counted exactly: every allowed request moves the shared TAT one interval, on every
  replica's write path, conflicts included; nothing is lost by coalescing, only delayed
  (at most ``flush_interval_s`` plus the write);
- one replica never admits more than the rate, since its own decisions count at once;
- across replicas the decision may overshoot: a replica does not see what another one
  allowed until that write lands and the watch delivers it: up to ``flush_interval_s``
  plus well under a millisecond on one host. The excess is at most the requests the
  other replicas allowed within that lag: in a burst that reaches every replica at once,
  up to ``replicas - 1`` times the burst size (or what the rate admits during the
  interval, if more). Since those requests are counted, the TAT ends up past the limit
  and the caller is refused until it is paid back: over any longer period the rate
  holds for the whole fleet.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, NamedTuple, TypeVar

import msgspec
from nats.js.api import Header
from nats.js.errors import APIError, KeyNotFoundError, KeyWrongLastSequenceError
from nats.js.kv import KeyValue

from schemas import subjects
from schemas.events import Identity
from services.authz.decide import Spent, rate_decision
from services.authz.policy import Rate
from services.common.bus import Bus, StorageAcks

log = logging.getLogger("lockgate.authz")

COUNTER_BUCKET = subjects.COUNTER_BUCKET
MAX_ATTEMPTS = 50
"""Compare-and-set attempts before giving up; each failed one means another replica made progress."""
WRITE_RETRIES = 5
"""Background writes that fail for another reason (timeout, reconnect) are retried this often, backing off."""
FLUSH_INTERVAL_S = 0.05
"""Each key is written at most once per this interval per replica (see the module docstring)."""

EXPECTED_LAST_SUBJECT_SEQUENCE = Header.EXPECTED_LAST_SUBJECT_SEQUENCE.value
WRONG_LAST_SEQUENCE = (10071, 10164)
"""JetStream's error codes for a compare-and-set that lost (as nats-py's ``KeyValue.update`` reads them)."""

T = TypeVar("T")


class _Entry(NamedTuple):
    revision: int
    value: bytes


def identity_key(identity: Identity) -> str:
    """A KV-safe, stable name for one identity: the same caller on any replica and any gateway."""
    return hashlib.sha256(f"{identity.issuer}\n{identity.subject}".encode()).hexdigest()[:32]


def budget_key(who: str, window_s: float, index: int) -> str:
    return f"budget.{who}.{round(window_s * 1000)}.{index}"


class Counters:
    """The shared counters plus their local mirror. ``await start()`` before use."""

    def __init__(self, bus: Bus, flush_interval_s: float = FLUSH_INTERVAL_S):
        self._bus = bus
        self._interval = flush_interval_s
        self._kv: KeyValue
        """The counters bucket, from ``start()`` on."""
        self._acks: StorageAcks
        """The stream's answers to this replica's counter writes, from ``start()`` on."""
        self._mirror: dict[str, _Entry] = {}
        self._watcher: KeyValue.KeyWatcher | None = None
        self._follower: asyncio.Task | None = None
        self._ahead: dict[str, float] = {}
        """Rate key -> the TAT this replica's decisions reached, until they are written (then the mirror has it)."""
        self._unwritten: dict[str, list[tuple[float, float]]] = {}
        """Rate key -> ``(decision time, interval)`` of each allowed request not yet handed to a write."""
        self._charges: dict[str, tuple[Spent, list[Callable[[], Awaitable[None]]]]] = {}
        """Budget key -> the charges accumulated and not yet handed to a write, and their events' acks."""
        self._charging: dict[str, Spent] = {}
        """Budget key -> the charges in the write under way (until it returns, the mirror may lack them)."""
        self._writers: dict[str, asyncio.Task] = {}
        """Rate or budget key -> its one background writer."""
        self._hurry = False
        """True while ``flush`` runs: writers write at once instead of waiting for their interval."""
        self._pauses: set[asyncio.Future] = set()
        """The writers' pauses under way (``_pace``), which ``flush`` ends at once."""

    async def start(self) -> None:
        """Open (or create) the bucket and return once the mirror holds every current key."""
        self._kv = await self._bus.key_value(COUNTER_BUCKET)
        self._acks = StorageAcks(self._bus.nc)
        self._watcher = await self._kv.watchall()
        loaded = asyncio.get_running_loop().create_future()
        self._follower = asyncio.create_task(self._follow(self._watcher, loaded))
        await loaded

    async def stop(self) -> None:
        """Write every pending rate increment and budget charge, then stop following the bucket."""
        await self.flush()
        if self._watcher is not None:
            await self._watcher.stop()
        if self._follower is not None:
            self._follower.cancel()

    async def _follow(self, watcher: KeyValue.KeyWatcher, loaded: asyncio.Future) -> None:
        async for entry in watcher:
            if entry is None:
                if not loaded.done():
                    loaded.set_result(None)
                continue
            self._remember(entry.key, entry.revision, None if entry.operation else entry.value)

    def _remember(self, key: str, revision: int, value: bytes | None) -> None:
        """Keep the newest revision: our own writes and the watch both report, in any order."""
        current = self._mirror.get(key)
        if current is not None and current.revision >= revision:
            return
        if value is None:
            self._mirror.pop(key, None)
        else:
            self._mirror[key] = _Entry(revision, value)

    async def _read(self, key: str) -> _Entry | None:
        try:
            entry = await self._kv.get(key)
        except KeyNotFoundError:
            return None
        assert entry.revision is not None and entry.value is not None  # nats-py types them Optional; a read entry has both
        self._remember(key, entry.revision, entry.value)
        return _Entry(entry.revision, entry.value)

    async def _compare_and_set(self, key: str, step: Callable[[bytes | None], tuple[bytes | None, T]]) -> T:
        """Apply ``step`` (current value -> new value or ``None`` to write nothing, plus a result) atomically."""
        current = self._mirror.get(key)
        for _ in range(MAX_ATTEMPTS):
            value, result = step(current.value if current else None)
            if value is None:
                return result
            try:
                if current is None:
                    revision = await self._kv.create(key, value)
                else:
                    revision = await self._update(key, value, current.revision)
            except KeyWrongLastSequenceError:
                current = await self._read(key)
                continue
            self._remember(key, revision, value)
            return result
        raise RuntimeError(f"counter {key} stayed contended for {MAX_ATTEMPTS} attempts")

    async def _update(self, key: str, value: bytes, last: int) -> int:
        """``KeyValue.update`` (the same publish, header and errors, on nats-py 2.x's KV subjects), its answer awaited
        through ``StorageAcks``: without nats-py's request machinery (a timer, a random token, a dataclass per answer),
        which cost ~5% of a gateway process's CPU at c=32 for a write or two per request (py-spy)."""
        stored = await self._acks.publish(self._kv._pre + key, value, {EXPECTED_LAST_SUBJECT_SEQUENCE: str(last)})
        await asyncio.wait([stored])
        if stored.cancelled():
            raise TimeoutError(f"no answer to the write of {key}")
        failure = stored.exception()
        if isinstance(failure, APIError) and failure.err_code in WRONG_LAST_SEQUENCE:
            raise KeyWrongLastSequenceError(description=failure.description)
        if failure is not None:
            raise failure
        return stored.result().seq

    def take(self, who: str, rate: Rate, now: float) -> tuple[bool, float]:
        """Spend one request of ``who``'s rate: ``(allowed, retry_after_s)``, decided locally, no round trip.

        An allowed request advances this replica's TAT at once and is written to the bucket
        in the background (see the module docstring for what that guarantees). Denials
        write nothing.
        """
        key = f"rate.{who}"
        entry = self._mirror.get(key)
        tat = msgspec.json.decode(entry.value, type=float) if entry else None
        ahead = self._ahead.get(key)
        if ahead is not None and (tat is None or ahead > tat):
            tat = ahead
        allowed, new_tat, retry_after = rate_decision(tat, now, rate)
        if allowed and new_tat is not None:
            self._ahead[key] = new_tat
            self._unwritten.setdefault(key, []).append((now, rate.period_s / rate.requests))
            self._start_writer(key, self._write_rate)
        return allowed, retry_after

    async def flush(self) -> None:
        """Return once every rate increment and budget charge so far is written (or given up on, logged)."""
        self._hurry = True
        for pause in self._pauses:
            _end_pause(pause)
        try:
            while self._writers:
                await asyncio.gather(*self._writers.values(), return_exceptions=True)
        finally:
            self._hurry = False

    async def _pace(self, written_at: float | None) -> None:
        """Wait until ``flush_interval_s`` after the key's last write (none: yield once), or until ``flush``.

        A future and a timer, not ``asyncio.wait_for`` on an event: that ran a task per pause and, when the
        interval passed (nearly always), cancelled it and waited for the cancellation, ~10-20 us of CPU per write."""
        loop = asyncio.get_running_loop()
        delay = 0.0 if written_at is None else written_at + self._interval - loop.time()
        if delay <= 0 or self._hurry:
            # Created while a request is being decided: let its verdict go out first.
            await asyncio.sleep(0)
            return
        pause = loop.create_future()
        timer = loop.call_later(delay, _end_pause, pause)
        self._pauses.add(pause)
        try:
            await pause
        finally:
            timer.cancel()
            self._pauses.discard(pause)

    def _start_writer(self, key: str, write: Callable[[str], Coroutine[Any, Any, None]]) -> None:
        if key not in self._writers:
            self._writers[key] = asyncio.create_task(write(key))

    async def _write_rate(self, key: str) -> None:
        """The key's writer: apply the unwritten increments to the stored TAT, at most once per interval.

        It lives until an interval passed after its last write with nothing new to write,
        so the next increment waits for the rest of the interval, not for a new writer.
        """
        try:
            written_at = None
            failures = 0
            while True:
                await self._pace(written_at)
                if key not in self._unwritten:
                    break
                increments = self._unwritten.pop(key)
                try:
                    await self._compare_and_set(key, functools.partial(_advanced, increments=increments))
                except Exception as exc:
                    failures += 1
                    self._unwritten[key] = increments + self._unwritten.get(key, [])
                    if failures > WRITE_RETRIES:
                        dropped = self._unwritten.pop(key)
                        log.error("rate counter %s: %d increment(s) not written after %d attempts: %r", key, len(dropped), failures, exc)
                        return  # keep _ahead: this replica still counts them
                    log.warning("rate counter %s: write failed (%r), retrying", key, exc)
                    await asyncio.sleep(0.05 * 2**failures)
                    continue
                failures = 0
                written_at = asyncio.get_running_loop().time()
            # Everything this replica allowed is in the revision it last wrote (and the mirror
            # keeps the newest), so the mirror alone is at least as far as _ahead now.
            self._ahead.pop(key, None)
        finally:
            self._writers.pop(key, None)

    def spent(self, who: str, window_s: float, index: int) -> Spent:
        """What ``who`` spent in one budget window, from the mirror plus this replica's unwritten charges (no round trip)."""
        key = budget_key(who, window_s, index)
        entry = self._mirror.get(key)
        spent = Spent(*msgspec.json.decode(entry.value, type=tuple[int, float])) if entry else Spent()
        for pending in (self._charges.get(key, (None,))[0], self._charging.get(key)):
            if pending is not None:
                spent = _plus(spent, pending)
        return spent

    def charge_later(self, who: str, window_s: float, index: int, cost: Spent, ack: Callable[[], Awaitable[None]]) -> None:
        """Add ``cost`` to ``who``'s window in the key's next write (at most one per interval); ``await ack()`` once written.

        If the write keeps failing, ``ack`` is never called, so its event is redelivered
        and charged again then.
        """
        key = budget_key(who, window_s, index)
        total, acks = self._charges.get(key, (Spent(), []))
        acks.append(ack)
        self._charges[key] = (_plus(total, cost), acks)
        self._start_writer(key, self._write_budget)

    async def _write_budget(self, key: str) -> None:
        """The key's writer: add the accumulated charges, then acknowledge their events; at most once per interval."""
        try:
            written_at = None
            failures = 0
            while True:
                await self._pace(written_at)
                if key not in self._charges:
                    break
                cost, acks = self._charges.pop(key)
                self._charging[key] = cost
                try:
                    await self._compare_and_set(key, functools.partial(_charged, cost=cost))
                except Exception as exc:
                    failures += 1
                    newer, newer_acks = self._charges.get(key, (Spent(), []))
                    self._charges[key] = (_plus(cost, newer), acks + newer_acks)
                    if failures > WRITE_RETRIES:
                        _, dropped = self._charges.pop(key)
                        log.error(
                            "budget counter %s: %d charge(s) not written after %d attempts (%r); left unacknowledged for redelivery",
                            key, len(dropped), failures, exc,
                        )
                        return
                    log.warning("budget counter %s: write failed (%r), retrying", key, exc)
                    await asyncio.sleep(0.05 * 2**failures)
                    continue
                finally:
                    self._charging.pop(key, None)
                failures = 0
                written_at = asyncio.get_running_loop().time()
                for ack in acks:
                    try:
                        await ack()
                    except Exception as exc:  # written, but the event comes back: charged twice, never lost
                        log.warning("budget counter %s: charge written but not acknowledged: %r", key, exc)
        finally:
            self._writers.pop(key, None)


def _end_pause(pause: asyncio.Future) -> None:
    if not pause.done():
        pause.set_result(None)


def _decode_spent(value: bytes | None) -> Spent:
    return Spent(*msgspec.json.decode(value, type=tuple[int, float])) if value else Spent()


def _plus(a: Spent, b: Spent) -> Spent:
    return Spent(a.tokens + b.tokens, a.usd + b.usd)


def _advanced(old: bytes | None, increments: list[tuple[float, float]]) -> tuple[bytes, None]:
    """``_compare_and_set``'s step for a rate key."""
    return _advance(old, increments), None


def _charged(old: bytes | None, cost: Spent) -> tuple[bytes, None]:
    """``_compare_and_set``'s step for a budget key."""
    return msgspec.json.encode(_plus(_decode_spent(old), cost)), None


def _advance(old: bytes | None, increments: list[tuple[float, float]]) -> bytes:
    """The stored TAT moved one interval per allowed request, each from the time it was decided (GCRA)."""
    tat = msgspec.json.decode(old, type=float) if old else None
    for now, interval in increments:
        tat = max(tat if tat is not None else now, now) + interval
    return msgspec.json.encode(tat)
