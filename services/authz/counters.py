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

Budgets are checked from the mirror and charged after the call (``charge``, on the
durable ``response.completed`` consumer): a stale budget can let a request or two
through at the edge of a window.

Rates are decided without a round trip (``take``): from the larger of the mirrored TAT
and the TAT this replica's own decisions have reached, which it advances at once. The
new TAT is then written in the background, one writer per key (so one replica's writes
to a key never race each other), later increments batched into its next write;
``flush``/``stop`` wait for every pending write. What that guarantees:

- counted exactly: every allowed request moves the shared TAT one interval, on every
  replica's write path, conflicts included;
- one replica never admits more than the rate, since its own decisions count at once;
- across replicas the decision may overshoot: a replica does not see what another one
  allowed until that write lands and the watch delivers it (typically well under a
  millisecond on one host). The excess is at most the requests the other replicas allowed
  within that lag: in a burst that reaches every replica at once, up to ``replicas - 1``
  times the burst size. Since those requests are counted, the TAT ends up past the
  limit and the caller is refused until it is paid back: over any longer period the
  rate holds for the whole fleet.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import Callable, NamedTuple, TypeVar

import msgspec
from nats.js.api import KeyValueConfig, StorageType
from nats.js.errors import BucketNotFoundError, KeyNotFoundError, KeyWrongLastSequenceError

from schemas.events import Identity
from services.authz.decide import Spent, rate_decision
from services.authz.policy import COUNTER_TTL_S, Rate
from services.common.bus import Bus

log = logging.getLogger("lockgate.authz")

COUNTER_BUCKET = "lockgate-counters"
MAX_ATTEMPTS = 50
"""Compare-and-set attempts before giving up; each failed one means another replica made progress."""
WRITE_RETRIES = 5
"""Background rate writes that fail for another reason (timeout, reconnect) are retried this often, backing off."""

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

    def __init__(self, bus: Bus):
        self._bus = bus
        self._kv = None
        self._mirror: dict[str, _Entry] = {}
        self._watcher = None
        self._follower: asyncio.Task | None = None
        self._ahead: dict[str, float] = {}
        """Rate key -> the TAT this replica's decisions reached, until they are written (then the mirror has it)."""
        self._unwritten: dict[str, list[tuple[float, float]]] = {}
        """Rate key -> ``(decision time, interval)`` of each allowed request not yet handed to a write."""
        self._writers: dict[str, asyncio.Task] = {}
        """Rate key -> its one background writer."""

    async def start(self) -> None:
        """Open (or create) the bucket and return once the mirror holds every current key."""
        try:
            self._kv = await self._bus.js.key_value(COUNTER_BUCKET)
        except BucketNotFoundError:
            self._kv = await self._bus.js.create_key_value(
                config=KeyValueConfig(
                    bucket=COUNTER_BUCKET,
                    history=1,
                    ttl=COUNTER_TTL_S,
                    storage=StorageType.FILE,
                    description="Lockgate authz rate (GCRA) and budget counters, shared by every replica",
                )
            )
        self._watcher = await self._kv.watchall()
        loaded = asyncio.get_running_loop().create_future()
        self._follower = asyncio.create_task(self._follow(loaded))
        await loaded

    async def stop(self) -> None:
        """Write every pending rate increment, then stop following the bucket."""
        await self.flush()
        if self._watcher is not None:
            await self._watcher.stop()
        if self._follower is not None:
            self._follower.cancel()

    async def _follow(self, loaded: asyncio.Future) -> None:
        async for entry in self._watcher:
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
                    revision = await self._kv.update(key, value, last=current.revision)
            except KeyWrongLastSequenceError:
                current = await self._read(key)
                continue
            self._remember(key, revision, value)
            return result
        raise RuntimeError(f"counter {key} stayed contended for {MAX_ATTEMPTS} attempts")

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
        if allowed:
            self._ahead[key] = new_tat
            self._unwritten.setdefault(key, []).append((now, rate.period_s / rate.requests))
            if key not in self._writers:
                self._writers[key] = asyncio.create_task(self._write_rate(key))
        return allowed, retry_after

    async def flush(self) -> None:
        """Return once every rate increment decided so far is written (or given up on, logged)."""
        while self._writers:
            await asyncio.gather(*self._writers.values(), return_exceptions=True)

    async def _write_rate(self, key: str) -> None:
        """The key's writer: apply the unwritten increments to the stored TAT until none is left."""
        try:
            # Created while the request is being decided: let its verdict go out first.
            await asyncio.sleep(0)
            failures = 0
            while key in self._unwritten:
                increments = self._unwritten.pop(key)
                try:
                    await self._compare_and_set(key, lambda old: (_advance(old, increments), None))
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
            # Everything this replica allowed is in the revision it just wrote (and the mirror
            # keeps the newest), so the mirror alone is at least as far as _ahead now.
            self._ahead.pop(key, None)
        finally:
            self._writers.pop(key, None)

    def spent(self, who: str, window_s: float, index: int) -> Spent:
        """What ``who`` spent in one budget window, from the mirror (no round trip)."""
        entry = self._mirror.get(budget_key(who, window_s, index))
        return Spent(*msgspec.json.decode(entry.value, type=tuple[int, float])) if entry else Spent()

    async def charge(self, who: str, window_s: float, index: int, cost: Spent) -> Spent:
        """Add ``cost`` to ``who``'s window; returns the new total."""

        def step(old: bytes | None) -> tuple[bytes, Spent]:
            before = Spent(*msgspec.json.decode(old, type=tuple[int, float])) if old else Spent()
            total = Spent(before.tokens + cost.tokens, before.usd + cost.usd)
            return msgspec.json.encode(total), total

        return await self._compare_and_set(budget_key(who, window_s, index), step)


def _advance(old: bytes | None, increments: list[tuple[float, float]]) -> bytes:
    """The stored TAT moved one interval per allowed request, each from the time it was decided (GCRA)."""
    tat = msgspec.json.decode(old, type=float) if old else None
    for now, interval in increments:
        tat = max(tat if tat is not None else now, now) + interval
    return msgspec.json.encode(tat)
