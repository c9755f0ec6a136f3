"""Rate and budget counters shared by every authz replica through the NATS KV bucket ``lockgate-counters``.

Keys, per identity (``<who>`` is a hash of issuer and subject, since KV keys allow
only ``[-/_=.a-zA-Z0-9]`` and subjects may hold anything):

- ``rate.<who>``: the GCRA theoretical arrival time, a JSON number;
- ``budget.<who>.<window_ms>.<index>``: ``[tokens, usd]`` spent in one fixed window
  (the window length is part of the key, so changing it in the policy starts afresh).

Every write is a compare-and-set on the key's last revision (``kv.create`` /
``kv.update(last=...)``); a replica that loses the race re-reads and retries, so no
increment is ever lost. A local mirror fed by a watch on the whole bucket makes the
budget check free and the rate check a single round trip. The mirror may lag by
milliseconds: a stale rate value only makes the compare-and-set fail and retry; a
stale budget can let a request or two through at the edge of a window.
"""

from __future__ import annotations

import asyncio
import hashlib
from typing import Callable, NamedTuple, TypeVar

import msgspec
from nats.js.api import KeyValueConfig, StorageType
from nats.js.errors import BucketNotFoundError, KeyNotFoundError, KeyWrongLastSequenceError

from schemas.events import Identity
from services.authz.decide import Spent, rate_decision
from services.authz.policy import COUNTER_TTL_S, Rate
from services.common.bus import Bus

COUNTER_BUCKET = "lockgate-counters"
MAX_ATTEMPTS = 50
"""Compare-and-set attempts before giving up; each failed one means another replica made progress."""

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

    async def take(self, who: str, rate: Rate, now: float) -> tuple[bool, float]:
        """Spend one request of ``who``'s rate: ``(allowed, retry_after_s)``. Denials write nothing."""

        def step(old: bytes | None) -> tuple[bytes | None, tuple[bool, float]]:
            allowed, tat, retry_after = rate_decision(msgspec.json.decode(old, type=float) if old else None, now, rate)
            return (msgspec.json.encode(tat) if allowed else None), (allowed, retry_after)

        return await self._compare_and_set(f"rate.{who}", step)

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
