"""The active policy, distributed through the NATS KV bucket ``lockgate-policy``.

The policy is one TOML document; each stage decodes only its own section of it
(authz the ``roles``, the guard ``guard``, ...), so stages stay independent.
``lockgate policy push`` stores the document; every worker watches the bucket
and switches to a new version on the next request, without a restart.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import tomllib
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import msgspec
from nats.js.errors import KeyNotFoundError

from schemas import subjects
from services.common.bus import Bus

log = logging.getLogger("lockgate.policy")

ACTIVE_KEY = "active"


class PolicyError(ValueError):
    """The policy document cannot be used; the message names the section and field. A ValueError, so one raised
    while msgspec decodes a section (``__post_init__``) is reported with the field's path."""


class PolicyDocument(msgspec.Struct, frozen=True):
    version: str
    """The document's own ``version`` plus a content hash, so two different documents never share a version."""
    source: str
    """The TOML text, exactly as pushed."""


def policy_document(source: str) -> PolicyDocument:
    try:
        declared = tomllib.loads(source).get("version", "")
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"policy is not valid TOML: {exc}") from None
    digest = hashlib.sha256(source.encode()).hexdigest()
    return PolicyDocument(version=f"{declared}@{digest[:8]}" if declared else digest[:12], source=source)


def decode_section(document: PolicyDocument, section_type: type):
    """Decode the part of the policy one stage uses; other stages' sections are ignored."""
    try:
        return msgspec.toml.decode(document.source.encode(), type=section_type)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise PolicyError(f"policy {document.version}: {exc}") from None


async def _bucket(bus: Bus):
    return await bus.key_value(subjects.POLICY_BUCKET)


async def push_policy(bus: Bus, document: PolicyDocument) -> None:
    await (await _bucket(bus)).put(ACTIVE_KEY, msgspec.json.encode(document))


async def active_policy(bus: Bus) -> PolicyDocument | None:
    try:
        entry = await (await _bucket(bus)).get(ACTIVE_KEY)
    except KeyNotFoundError:
        return None
    return msgspec.json.decode(entry.value, type=PolicyDocument) if entry.value else None


async def watch_policy(bus: Bus, on_change: Callable[[PolicyDocument], Awaitable[None]]) -> asyncio.Task:
    """Call ``on_change`` with the active policy now and with every policy pushed later.

    Returns the watching task; cancel it to stop. A document a stage cannot use is
    reported by ``on_change`` raising ``PolicyError``: the stage keeps its previous policy.
    """
    watcher = await (await _bucket(bus)).watch(ACTIVE_KEY)

    async def follow() -> None:
        try:
            async for entry in watcher:
                if entry is None or not entry.value:
                    continue
                document = msgspec.json.decode(entry.value, type=PolicyDocument)
                try:
                    await on_change(document)
                except PolicyError as exc:
                    log.error("ignoring policy %s, keeping the previous one: %s", document.version, exc)
        finally:
            await watcher.stop()

    return asyncio.create_task(follow())


Section = TypeVar("Section")


class FollowedPolicy(Generic[Section]):
    """One stage's section of the active policy, kept current without a restart.

    ``start`` loads the active document before the stage takes work, then follows every
    push; a document the stage cannot use is logged and the previous section stays.
    """

    def __init__(self, bus: Bus, load: Callable[[PolicyDocument], Section], stage: str, default: Section | None = None):
        self.bus = bus
        self.load = load
        self.stage = stage
        self.version = ""
        self.section: Section | None = default
        self._watch: asyncio.Task | None = None

    async def start(self) -> None:
        document = await active_policy(self.bus)
        if document is not None:
            try:
                await self._use(document)
            except PolicyError as exc:
                log.error("%s: active policy %s unusable, starting without it: %s", self.stage, document.version, exc)
        self._watch = await watch_policy(self.bus, self._use)

    async def stop(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None

    async def current(self) -> tuple[str, Section] | None:
        """The version and section in force, or None when no usable policy was ever pushed.

        A policy pushed just before a request may sit one task hop behind it in the watch's
        queue: yielding once, then asking the bucket when there is still none, lets a pushed
        policy decide the very next request.
        """
        await asyncio.sleep(0)
        if self.section is None:
            document = await active_policy(self.bus)
            if document is not None:
                await self._use(document)
        return None if self.section is None else (self.version, self.section)

    async def _use(self, document: PolicyDocument) -> None:
        if document.version == self.version:
            return
        self.section = self.load(document)
        self.version = document.version
        log.info("%s: policy %s active", self.stage, document.version)
