"""One linear-time scan for all rules, validation of candidates only, and replacement.

All rules are compiled into a single RE2 alternation (of their loose forms, see
``syntax``), so the text is scanned once whatever the number of rules, and no
pattern can backtrack. At a candidate position the rules' exact patterns are
run in order, anchored there; the first whose validator agrees wins. If none
does, the scan moves on by one character.

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


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    value: int  # capture group of the value to mask (0: the whole match)
    alone: object  # the rule's exact RE2 program, run anchored at candidates
    max_len: int


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20  # room for the DFA of ~25 alternatives, so RE2 never falls back to the NFA
    return options


def _re2(pattern: str):
    try:
        return re2.compile(pattern, _options())
    except re2.error as exc:
        message = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PolicyError(message) from None


_SEARCH, _AT = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START
_WINDOW = 1 << 16
_BUCKETS = (64, 256, 1024, MAX_RULE_LENGTH)
"""Rules are grouped by maximum length for the liveness search, each group looking back no further than its longest rule."""


class Ruleset:
    """Rules compiled for scanning; ``bound`` is the most text any stream holds back."""

    def __init__(self, rules: list[Rule] | tuple[Rule, ...]):
        compiled, looses, prefixes, seen = [], [], [], set()
        for rule in rules:
            if rule.id in seen:
                raise PolicyError(f"rule {rule.id!r}: duplicate rule id")
            seen.add(rule.id)
            c, loose, prefix = _compile(rule)
            compiled.append(c)
            looses.append(f"({loose})")
            prefixes.append(prefix)
        self.rules: tuple[_Compiled, ...] = tuple(compiled)
        self.bound: int = max((c.max_len for c in compiled), default=0)
        self._lookahead = 4 * (self.bound + 1)  # bytes: a character takes up to four
        # The wrapper's search() builds a generator and a Match per call; at one call per
        # candidate that dominates, so the scan calls RE2's Match on the compiled objects.
        self._any = _re2("|".join(looses) or "[^\\x00-\\x{10ffff}]")._regexp
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
        while resume < end:
            start, first = self._candidate(data, resume)
            if start < 0 or start >= safe:
                break
            hit = self._decide(data, start, first)
            if hit:
                hits.append(hit)
                resume = hit.resume
            else:
                resume = _next_char(data, start)
        return hits, end if final else max(safe, resume)

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
            plain = data[prev:hit.start].decode()
            value = data[hit.start:hit.end].decode()
            chars += len(plain)
            out += (plain, replacement(hit.rule, value, key))
            findings.append(Finding(rule_id=hit.rule.id, type=hit.rule.type, start=chars, end=chars + len(value)))
            chars += len(value)
            prev = hit.end
        out.append(data[prev:cut].decode())
        return "".join(out), findings

    def _candidate(self, data: bytes, resume: int) -> tuple[int, int]:
        """The next position where a loose rule matches, and the first such rule (-1 if none).

        The search looks at most _WINDOW bytes ahead, so a loose match that runs
        on cannot make repeated searches quadratic; a candidate is trusted only
        if a whole exact match after it would fit in the window.
        """
        end = len(data)
        while True:
            stop = min(end, resume + _WINDOW + self._lookahead)
            spans = self._any.Match(_SEARCH, data, resume, stop)
            start = spans[0][0]
            if stop == end or 0 <= start < stop - self._lookahead:
                if start < 0:
                    return -1, -1
                return start, next(i for i, s in enumerate(spans[1:]) if s[0] >= 0)
            resume = start if start >= 0 else stop - self._lookahead

    def _decide(self, data: bytes, start: int, first: int) -> _Hit | None:
        """The first rule, in order, whose exact pattern matches at ``start`` and whose validator agrees."""
        for c in self.rules[first:]:
            spans = c.alone.Match(_AT, data, start, len(data))
            if spans[0][0] >= 0:
                hit = _validated(c.rule, data, spans[c.value], spans[0][1])
                if hit:
                    return hit
        return None


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
    value = emitted.groups.get("v", 0)
    return _Compiled(rule, value, alone._regexp, emitted.max_len), emitted.loose, emitted.prefix


def _validated(rule: Rule, data: bytes, span: tuple[int, int], whole_end: int) -> _Hit | None:
    start, end = span
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
    return _Hit(rule, start, end, whole_end)


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


def replacement(rule: Rule, value: str, key: bytes) -> str:
    """The token that stands in for ``value``; never contains ``"`` or ``\\`` so JSON stays valid."""
    if rule.style == "partial":
        kept = [ch for ch in value if ch.isalnum()]
        return "****" + "".join(kept[-4:]) if len(kept) >= 12 else "****"
    if rule.style == "hash":
        return f"[{rule.type}:{hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[:8]}]"
    return f"[REDACTED:{rule.type}]"


def mask_text(text: str, rules: Ruleset, session_key: bytes) -> tuple[str, list[Finding]]:
    """Mask a whole text (a non-streamed body): the same scan a stream runs, with nothing left to come."""
    data = text.encode()
    hits, cut = rules.scan(data, 0, final=True)
    return rules.render(data, hits, 0, cut, session_key, 0)
