"""Which part of a request is new: the guard scans each message of a conversation once.

Claude Code re-sends the whole conversation on every turn. Per session the guard keeps a
``Mark``: how many messages it has already passed, a digest of the last of them, and the
policy version that passed them. The next request of the session is scanned from the mark
on if the conversation grew and the message at the mark is unchanged; otherwise (history
rewritten, compacted, new session, new policy) from the start. Only what a request allowed
becomes a mark, so a retried request that was denied is denied again.

The check looks at the message at the mark only, so the cost stays proportional to new
content. An edit further back that keeps the conversation growing and that message intact
goes unseen: the threat is content the agent fetched, which always arrives as new messages.

``split_body``, ``first_new``, ``mark_of`` and ``texts_of`` are pure, shared by the worker,
tests and the benchmark; ``SessionMarks`` stores marks in a NATS KV bucket shared by every
guard replica, behind a small local cache.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Sequence

import msgspec
from nats.js.errors import KeyNotFoundError

from schemas import subjects
from schemas.events import Identity

SESSION_BUCKET = subjects.GUARD_SESSION_BUCKET
"""A session idle for ``subjects.GUARD_SESSION_TTL_S`` is scanned in full on its next request."""


class Mark(msgspec.Struct, frozen=True):
    count: int
    """Messages already scanned and allowed."""
    digest: str
    """Digest of the last of them (``message_digest``)."""
    policy_version: str


class Conversation(msgspec.Struct):
    """A Messages body with each message left as raw JSON: nothing is built for the history."""

    messages: list[msgspec.Raw] = []
    system: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b"null"))


class _Block(msgspec.Struct):
    type: str = ""
    text: str = ""
    content: str | list[_Block] = ""


class _Message(msgspec.Struct):
    role: str = ""
    content: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b"null"))


_conversation = msgspec.json.Decoder(Conversation | None)
_message = msgspec.json.Decoder(_Message)
_content = msgspec.json.Decoder(str | list[_Block] | None)


def split_body(body: bytes) -> Conversation:
    """The request body's ``messages`` as raw JSON, one entry per message."""
    return _conversation.decode(body) or Conversation()


def message_digest(raw: bytes) -> str:
    """Digest of one message in a canonical form, so that re-sending it the way Claude Code does is no rewrite.

    Claude Code marks its newest turn with ``cache_control`` and, on the next turn, re-sends that
    message without it, a lone text block becoming a plain string.
    """
    canonical = msgspec.json.encode(_canonical(msgspec.json.decode(raw)))
    return hashlib.blake2b(canonical, digest_size=16).hexdigest()


def _canonical(value):
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _canonical(v) for k, v in value.items() if k != "cache_control"}
    content = out.get("content")
    if isinstance(content, list) and len(content) == 1 and _is_plain_text(content[0]):
        out["content"] = content[0]["text"]
    return out


def _is_plain_text(block) -> bool:
    return isinstance(block, dict) and block.keys() == {"type", "text"} and block["type"] == "text"


def first_new(messages: Sequence[msgspec.Raw], mark: Mark | None, policy_version: str) -> int:
    """Index of the first message to scan: after the mark if the conversation only grew since, else 0."""
    if mark is None or mark.policy_version != policy_version or not 0 < mark.count < len(messages):
        return 0
    return mark.count if message_digest(bytes(messages[mark.count - 1])) == mark.digest else 0


def mark_of(messages: Sequence[msgspec.Raw], policy_version: str) -> Mark | None:
    """The mark to keep once ``messages`` are allowed."""
    if not messages:
        return None
    return Mark(len(messages), message_digest(bytes(messages[-1])), policy_version)


def texts_of(messages: Sequence[msgspec.Raw], system: msgspec.Raw | None = None) -> list[str]:
    """What the client adds: user text and ``tool_result`` content, plus the system prompt if given.

    Assistant turns are the model's own output, already judged on the way out.
    """
    texts = _texts(_content.decode(system)) if system is not None else []
    for raw in messages:
        message = _message.decode(raw)
        if message.role != "assistant":
            texts += _texts(_content.decode(message.content))
    return texts


def _texts(content: str | list[_Block] | None) -> list[str]:
    if content is None:
        return []
    if isinstance(content, str):
        return [content] if content else []
    out: list[str] = []
    for block in content:
        if block.type == "text" and block.text:
            out.append(block.text)
        elif block.type == "tool_result":
            out += _texts(block.content)
    return out


def session_key(identity: Identity, session_id: str) -> str:
    """A KV-safe key; the identity is part of it so one caller cannot ride another's session."""
    name = "\0".join((identity.issuer, identity.subject, session_id))
    return hashlib.sha256(name.encode()).hexdigest()[:40]


_mark = msgspec.json.Decoder(Mark)


class SessionMarks:
    """Marks in the ``lockgate-guard-sessions`` KV bucket, shared by replicas, with a local LRU cache.

    The cache is read first: its mark is this replica's latest for the session. If another
    replica advanced the session since, the cached mark is older but still valid (the history
    only grew), so the scan covers a few turns more, never less.
    """

    def __init__(self, bus, cache_size: int = 4096):
        self.bus = bus
        self.cache_size = cache_size
        self._cache: OrderedDict[str, Mark] = OrderedDict()
        self._kv = None

    async def start(self) -> None:
        self._kv = await self.bus.key_value(SESSION_BUCKET)

    async def get(self, key: str) -> Mark | None:
        mark = self._cache.get(key)
        if mark is not None:
            self._cache.move_to_end(key)
            return mark
        try:
            entry = await self._kv.get(key)
        except KeyNotFoundError:
            return None
        if not entry.value:
            return None
        mark = _mark.decode(entry.value)
        self._remember(key, mark)
        return mark

    async def put(self, key: str, mark: Mark) -> None:
        self._remember(key, mark)
        await self._kv.put(key, msgspec.json.encode(mark))

    def _remember(self, key: str, mark: Mark) -> None:
        self._cache[key] = mark
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
