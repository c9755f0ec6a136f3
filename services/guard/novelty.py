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
from collections.abc import Sequence

import msgspec
from nats.js.errors import KeyNotFoundError
from nats.js.kv import KeyValue

from schemas import subjects
from schemas.events import Identity

SESSION_BUCKET = subjects.GUARD_SESSION_BUCKET
"""A session idle for ``subjects.GUARD_SESSION_TTL_S`` is scanned in full on its next request."""


class Taint(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """Why a session is tainted (services/guard/taint.py), kept with its mark until the user's next turn."""

    rule: str
    """The strongest signal of the suspicious tool result (e.g. ``inject.agent_directive``)."""
    score: float = 0.0
    hold_all: bool = False
    """The result was judged an injection under ``approve``: every call needs a reviewer, not only strict effects."""


class Injected(msgspec.Struct, frozen=True, array_like=True):
    """A tool result judged an injection: later requests re-send it, and it is marked (or flagged) again in each."""

    tool_use_id: str
    rule: str
    neutralise: bool


class Mark(msgspec.Struct, frozen=True):
    count: int
    """Messages already scanned and allowed."""
    digest: str
    """Digest of the last of them (``message_digest``)."""
    policy_version: str
    taint: Taint | None = None
    injected: tuple[Injected, ...] = ()
    """Newest last, at most ``INJECTED_KEPT``."""


INJECTED_KEPT = 64


class Conversation(msgspec.Struct):
    """A Messages body with each message left as raw JSON: nothing is built for the history."""

    messages: list[msgspec.Raw] = []
    system: msgspec.Raw = msgspec.field(default_factory=lambda: msgspec.Raw(b"null"))


class _Block(msgspec.Struct):
    type: str = ""
    text: str = ""
    content: str | list[_Block] = ""
    tool_use_id: str = ""


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


def mark_of(messages: Sequence[msgspec.Raw], policy_version: str, taint: Taint | None = None, injected: Sequence[Injected] = ()) -> Mark | None:
    """The mark to keep once ``messages`` are allowed."""
    if not messages:
        return None
    return Mark(len(messages), message_digest(bytes(messages[-1])), policy_version, taint, tuple(injected)[-INJECTED_KEPT:])


class Piece(msgspec.Struct, frozen=True, array_like=True):
    """One text the client adds, where it came from."""

    text: str
    message: int
    """Index of its message in the judged slice (-1: the system prompt)."""
    tool_use_id: str = ""
    """The tool result it is part of; "" for user text and the system prompt."""


def pieces_of(messages: Sequence[msgspec.Raw], system: msgspec.Raw | None = None) -> list[Piece]:
    """``texts_of`` with each text's message and tool result, for neutralising and tainting."""
    pieces = [Piece(t, -1) for t in _texts(_content.decode(system))] if system is not None else []
    for index, raw in enumerate(messages):
        message = _message.decode(raw)
        if message.role == "assistant":
            continue
        content = _content.decode(message.content)
        if isinstance(content, list):
            for block in content:
                if block.type == "text" and block.text:
                    pieces.append(Piece(block.text, index))
                elif block.type == "tool_result":
                    pieces += [Piece(t, index, block.tool_use_id) for t in _texts(block.content)]
        elif content:
            pieces.append(Piece(content, index))
    return pieces


def last_user_turn(messages: Sequence[msgspec.Raw]) -> int:
    """Index of the last message the user wrote (a user message carrying no tool result), -1 if none."""
    for index in range(len(messages) - 1, -1, -1):
        message = _message.decode(messages[index])
        if message.role != "user":
            continue
        content = _content.decode(message.content)
        if not isinstance(content, list) or not any(block.type == "tool_result" for block in content):
            return index
    return -1


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
        self._kv: KeyValue
        """The session bucket, from ``start()`` on."""

    async def start(self) -> None:
        self._kv = await self.bus.key_value(SESSION_BUCKET)

    async def get(self, key: str) -> Mark | None:
        mark = self._cache.get(key)
        if mark is not None:
            self._cache.move_to_end(key)
            return mark
        return await self.latest(key)

    async def latest(self, key: str) -> Mark | None:
        """The bucket's mark, not the cache's: a taint another replica set must be seen at once."""
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
