"""One linear-time scan for all rules, validation of candidates only, and replacement.

The text is cut into blocks; one RE2 Set of every rule's loose form (see
``syntax``) scans each block once and names the rules that may match in it,
so the cost of a clean block is one DFA pass whatever the number of rules, and
no pattern can backtrack. Only the named rules search the block, each with its
exact (bounded) pattern; a match counts once its validator agrees. The earliest
validated match wins (the earlier rule on a tie) and scanning resumes after it,
so the result is the same as trying every rule, in order, at every position.

``Ruleset.scan`` is the only matching code: ``mask_text`` calls it on the whole
text, ``StreamMasker`` on a moving window, telling it where the text may
continue so it only decides what no later text can change.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Callable, Literal, NamedTuple

import msgspec
import re2

from .syntax import SyntaxRefused, emit

Style = Literal["redact", "partial", "hash"]
STYLES = ("redact", "partial", "hash")
MAX_RULE_LENGTH = 16384
"""No rule may match more than this many characters: it bounds what a stream holds back."""
CONTEXT = 16
"""Characters before a position that decide a match there (word boundaries, JSON escapes)."""

_TYPE = re.compile(r"[a-z][a-z0-9_]{0,39}")


class PolicyError(ValueError):
    """A rule or policy cannot be used; the message names the rule and the reason."""


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    pattern: str
    style: Style = "redact"
    validate: Callable[[str], int] | None = None
    """Length of the real value at the start of the match, 0 if it is not one (see ``validators``)."""
    max_repeat: int = 256
    """Cap on each unbounded repetition (``+``, ``*``, ``{n,}``), which gives the rule a maximum length."""
    category: str = "custom"
    key_type: str = ""
    """With a ``k`` capture group: the type of a key id matched next to the secret, masked with it."""
    prefilter: str = ""
    """What the Set looks for instead of the loose form (a superset, cheaper for the DFA: digit shapes)."""


class Finding(msgspec.Struct, frozen=True, kw_only=True):
    """What was masked where, as character offsets into the original text; never the value."""
    rule_id: str
    type: str
    start: int
    end: int


class _Hit(NamedTuple):
    rule: Rule
    start: int  # byte offsets of the masked value
    end: int
    resume: int  # where scanning continues: the end of the whole match
    at: int = 0  # where the whole match starts
    key: tuple[int, int] | None = None  # a key id masked with the secret (``Rule.key_type``)


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    value: int  # capture group of the value to mask (0: the whole match)
    alone: object  # the rule's exact RE2 program
    max_len: int
    key: int = 0  # capture group of a key id masked with the value (0: none)


def _options(max_mem: int = 8 << 20) -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = max_mem  # the Set gets room for the DFA of every rule, so it never runs out
    return options


def _re2(pattern: str):
    try:
        return re2.compile(pattern, _options())
    except re2.error as exc:
        message = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PolicyError(message) from None


_SEARCH, _AT = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START
_BLOCK = 1 << 15
"""Bytes of text the Set decides for per call: small enough that few rules are named in a block."""
_PREFILTERED = 2304
"""Rules at most this long are named by the Set (which then also reads that far past the block);
longer ones (key blocks, which start with a literal RE2 finds fast) search every block."""
_BUCKETS = (64, 256, 1024, MAX_RULE_LENGTH)
"""Rules are grouped by maximum length for the liveness search, each group looking back no further than its longest rule."""


class Ruleset:
    """Rules compiled for scanning; ``bound`` is the most text any stream holds back."""

    def __init__(self, rules: list[Rule] | tuple[Rule, ...]):
        compiled, prefixes, seen = [], [], set()
        prefilter = re2.Set.SearchSet(_options(max_mem=256 << 20))
        self._unfiltered: list[int] = []
        self._slot: dict[int, int] = {}
        for rule in rules:
            if rule.id in seen:
                raise PolicyError(f"rule {rule.id!r}: duplicate rule id")
            seen.add(rule.id)
            c, loose, prefix = _compile(rule)
            if c.max_len <= _PREFILTERED:
                self._slot[prefilter.Add(rule.prefilter or loose)] = len(compiled)
            else:
                self._unfiltered.append(len(compiled))
            compiled.append(c)
            prefixes.append(prefix)
        self.rules: tuple[_Compiled, ...] = tuple(compiled)
        self.bound: int = max((c.max_len for c in compiled), default=0)
        self._overlap = max((compiled[i].max_len for i in self._slot.values()), default=0) + 1
        self._prefilter = prefilter if self._slot else None
        if self._prefilter is not None:
            self._prefilter.Compile()
        self._live = []
        low = 0
        for high in _BUCKETS:
            members = [p for c, p in zip(compiled, prefixes) if low < c.max_len <= high]
            if members:
                window = max(c.max_len for c in compiled if low < c.max_len <= high)
                self._live.append((window, _re2("(?:" + "|".join(members) + ")\\z")._regexp))
            low = high

    def max_lengths(self) -> dict[str, int]:
        return {c.rule.id: c.max_len for c in self.rules}

    def scan(self, data: bytes, pos: int, final: bool) -> tuple[list[_Hit], int]:
        """Decide every match starting before the point where one may still be in progress.

        Returns the hits and the cut: text before it is final. With ``final`` the
        text ends here and everything is decided.
        """
        end = len(data)
        safe = end if final else self._live_start(data, pos)
        hits, resume = [], pos
        overlap = self._overlap * (1 if data.isascii() else 4)  # bytes a prefiltered match may run past its block
        for block in range(pos, safe, _BLOCK):
            limit = min(safe, block + _BLOCK)
            if resume >= limit:
                continue
            resume = self._scan_block(data, max(resume, block), limit, overlap, hits)
        return hits, end if final else max(safe, resume)

    def _named(self, data: bytes, start: int, limit: int, overlap: int) -> list[int]:
        """The rules that may match from ``start`` to ``limit``, in rule order: the Set's answer."""
        named = list(self._unfiltered)
        if self._prefilter is not None:
            window = data[max(0, start - CONTEXT):min(len(data), limit + overlap)]
            named += [self._slot[i] for i in self._prefilter.Match(window) or ()]
        return sorted(named)

    def _scan_block(self, data: bytes, resume: int, limit: int, overlap: int, hits: list[_Hit]) -> int:
        """Append the hits starting in [resume, limit); return where scanning goes on."""
        nexts = {i: self._next(i, data, resume, limit) for i in self._named(data, resume, limit, overlap)}
        while True:
            best = None
            for i, hit in nexts.items():
                if hit is not None and (best is None or hit.at < best[1].at):
                    best = (i, hit)
            if best is None:
                return resume
            hit = best[1]
            hits.append(hit)
            resume = hit.resume
            for i, other in nexts.items():
                if other is not None and other.at < resume:
                    nexts[i] = self._next(i, data, resume, limit)

    def _next(self, index: int, data: bytes, start: int, limit: int) -> _Hit | None:
        """The rule's first validated match that starts in [start, limit)."""
        c = self.rules[index]
        stop = min(len(data), limit + 4 * c.max_len + 4)
        while start < limit:
            spans = c.alone.Match(_SEARCH, data, start, stop)
            found = spans[0][0]
            if found < 0 or found >= limit:
                return None
            hit = _validated(c, data, spans, found)
            if hit:
                return hit
            start = _next_char(data, found)
        return None

    def _live_start(self, data: bytes, pos: int) -> int:
        """The earliest position from which some rule could still match, given more text."""
        end, safe = len(data), len(data)
        for window, live in self._live:
            start = max(pos, end - _byte_length(data, window))
            safe = min(safe, live.Match(_SEARCH, data, start, end)[0][0])
        return safe

    def render(self, data: bytes, hits: list[_Hit], start: int, cut: int, key: bytes, base: int):
        """The masked text of ``data[start:cut]`` and its findings, offsets counted from ``base``."""
        out, findings, prev, chars = [], [], start, base
        for hit in hits:
            spans = [(hit.key, hit.rule.key_type), ((hit.start, hit.end), hit.rule.type)] if hit.key else [((hit.start, hit.end), hit.rule.type)]
            for (lo, hi), kind in spans:
                plain = data[prev:lo].decode()
                value = data[lo:hi].decode()
                chars += len(plain)
                out += (plain, replacement(hit.rule, value, key, kind))
                findings.append(Finding(rule_id=hit.rule.id, type=kind, start=chars, end=chars + len(value)))
                chars += len(value)
                prev = hi
        out.append(data[prev:cut].decode())
        return "".join(out), findings


def _byte_length(data: bytes, chars: int) -> int:
    """Bytes taken by the last ``chars`` characters of ``data``."""
    if data.isascii():
        return chars
    return len(data[-4 * chars:].decode("utf-8", "ignore")[-chars:].encode())


def _compile(rule: Rule) -> tuple[_Compiled, str, str]:
    where = f"rule {rule.id!r}"
    if not _TYPE.fullmatch(rule.type):
        raise PolicyError(f"{where}: type {rule.type!r} must be lowercase letters, digits and _")
    if rule.style not in STYLES:
        raise PolicyError(f"{where}: style must be one of {', '.join(STYLES)}")
    try:
        _re2(rule.pattern)
    except PolicyError as exc:
        raise PolicyError(f"{where}: RE2 cannot compile the pattern ({exc}); "
                          "backreferences and lookarounds are not supported") from None
    try:
        emitted = emit(rule.pattern, rule.max_repeat)
    except SyntaxRefused as exc:
        raise PolicyError(f"{where}: {exc}") from None
    if emitted.min_len == 0:
        raise PolicyError(f"{where}: the pattern can match empty text")
    if emitted.max_len > MAX_RULE_LENGTH:
        raise PolicyError(f"{where}: the pattern can match {emitted.max_len} characters, more than "
                          f"{MAX_RULE_LENGTH}; bound its repetitions (e.g. {{1,64}}) or lower max_length")
    try:
        alone = _re2(emitted.full)
    except PolicyError as exc:
        raise PolicyError(f"{where}: with unbounded repetition capped at {rule.max_repeat}, RE2 refuses the "
                          f"pattern ({exc}); use explicit bounds such as {{1,30}}") from None
    value, key = emitted.groups.get("v", 0), emitted.groups.get("k", 0)
    if key and not _TYPE.fullmatch(rule.key_type):
        raise PolicyError(f"{where}: a 'k' group needs a key_type")
    return _Compiled(rule, value, alone._regexp, emitted.max_len, key), emitted.loose, emitted.prefix


def _validated(c: _Compiled, data: bytes, spans, found: int) -> _Hit | None:
    """The hit a match makes, or None if its validator refuses it or it would break JSON text."""
    rule, (start, end), whole_end = c.rule, spans[c.value], spans[0][1]
    if start < 0:
        return None
    if rule.validate is not None:
        value = data[start:end].decode()
        keep = rule.validate(value)
        if not keep:
            return None
        if keep < len(value):
            end = start + len(value[:keep].encode())
            whole_end = end
    if b'"' in data[start:end] or _inside_escape(data, start) or _inside_escape(data, end):
        return None
    key = spans[c.key] if c.key and 0 <= spans[c.key][0] and spans[c.key][1] <= start else None
    return _Hit(rule, start, end, whole_end, found, key)


_JSON_ESCAPES = frozenset(b'"\\/bfnrtu')


def _inside_escape(data: bytes, i: int) -> bool:
    """Would cutting at ``i`` split a JSON escape such as ``\\n`` or ``\\u00e9``?

    Masking inside JSON text (tool input) must leave it parseable. Only the
    CONTEXT bytes before ``i`` are looked at, so a stream decides exactly as the
    whole text does.
    """
    lo = max(0, i - CONTEXT)
    j = data.rfind(b"\\", lo, i)
    if j < 0:
        return False
    run = j
    while run > lo and data[run - 1] == 0x5C:
        run -= 1
    if (j - run) % 2 or j + 1 >= len(data) or data[j + 1] not in _JSON_ESCAPES:
        return False
    return i < j + (6 if data[j + 1] == ord("u") else 2)


def _next_char(data: bytes, i: int) -> int:
    i += 1
    while i < len(data) and 0x80 <= data[i] < 0xC0:
        i += 1
    return i


def replacement(rule: Rule, value: str, key: bytes, kind: str = "") -> str:
    """The token that stands in for ``value``; never contains ``"`` or ``\\`` so JSON stays valid."""
    kind = kind or rule.type
    if rule.style == "partial":
        kept = [ch for ch in value if ch.isalnum()]
        return "****" + "".join(kept[-4:]) if len(kept) >= 12 else "****"
    if rule.style == "hash":
        return f"[{kind}:{hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:8]}]"
    return f"[REDACTED:{kind}]"


def mask_text(text: str, rules: Ruleset, session_key: bytes) -> tuple[str, list[Finding]]:
    """Mask a whole text (a non-streamed body): the same scan a stream runs, with nothing left to come."""
    data = text.encode()
    hits, cut = rules.scan(data, 0, final=True)
    return rules.render(data, hits, 0, cut, session_key, 0)
