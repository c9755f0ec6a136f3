"""Python regular expressions run only where they can match: the same matches, a fraction of the work.

The detector's lexicons are large alternations with lookarounds and Unicode word boundaries: Python's
``re`` tries each of them at every position of the text (about 0.1 ms per KB per pattern). ``Prefiltered``
derives from each pattern a *superset* pattern for RE2 (linear, a DFA scan at memory speed): the same
structure with lookarounds dropped, Unicode classes widened to every non-ASCII character, and a word
boundary kept only where RE2's ASCII one is implied by Python's. Every text a Python match starts at is
inside a span RE2 reports (RE2 scans leftmost-first, non-overlapping, and the superset matches wherever
the pattern does), so the Python pattern is tried only at positions inside those spans, against the
whole text (its context, boundaries and lookarounds unchanged). The results are the Python pattern's
own match objects: identical by construction, never approximated.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator

import re2
from re2._re2 import RE2 as _RE2

_UNANCHORED = _RE2.Anchor.UNANCHORED
_CHARS_TO_BYTES = re2._re2.CharLenToBytes
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRIDE = 64
"""Positions tried in one call of ``re`` (``Prefiltered.stride``) inside a long span; a short span is tried position by position."""
_WIDEST_COUNT = 12
"""Counted repeats up to this bound are kept in the superset; wider ones (a window such as ``[^.\\n]{0,40}``) become
unbounded: RE2 unrolls a count into that many states, which can exhaust its DFA budget and fall back to a slower engine."""
_CONTINUATION = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))

_CATEGORY = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_ASCII_IN = {code: [i for i in range(128) if re.fullmatch(rx, chr(i))] for code, rx in _CATEGORY.items()}
"""The ASCII members of each Python class; every one of them also has non-ASCII members."""
_ASCII_WORD = frozenset(i for i in range(128) if chr(i).isalnum() or chr(i) == "_")


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _char_class(items: list) -> str:
    negate = bool(items) and items[0][0] is sre.NEGATE
    parts = []
    for op, av in items[1:] if negate else items:
        if op is sre.LITERAL:
            parts.append(_char(av))
        elif op is sre.RANGE:
            parts.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is sre.CATEGORY:
            # Positive: the ASCII members plus every non-ASCII character (a superset). Negated: only the
            # ASCII members are excluded (the complement of a subset is a superset).
            parts += [_char(i) for i in _ASCII_IN[av]]
            if not negate:
                parts.append("\\x{80}-\\x{10ffff}")
        else:
            raise ValueError(f"unsupported class item {op}")
    if not parts:
        return "(?s:.)" if negate else "[^\\x{0}-\\x{10ffff}]"
    return ("[^" if negate else "[") + "".join(parts) + "]"


def _starts_ascii_word(items: list) -> bool:
    """Whether every match of ``items`` starts with an ASCII word character (so Python's Unicode ``\\b`` before it
    implies RE2's ASCII one)."""
    for op, av in items:
        if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            return av in _ASCII_WORD
        if op is sre.BRANCH:
            return all(_starts_ascii_word(list(alt)) for alt in av[1])
        if op is sre.SUBPATTERN:
            return _starts_ascii_word(list(av[3]))
        if op is sre.IN:
            return bool(av) and all(
                (o is sre.LITERAL and a in _ASCII_WORD) or (o is sre.RANGE and all(c in _ASCII_WORD for c in range(a[0], a[1] + 1)))
                for o, a in av
            )
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _starts_ascii_word(list(av[2]))
        return False
    return False


def _reversed(items: list) -> list:
    out = []
    for op, av in reversed(items):
        if op is sre.BRANCH:
            av = (av[0], [_reversed(list(alt)) for alt in av[1]])
        elif op is sre.SUBPATTERN:
            av = (av[0], av[1], av[2], _reversed(list(av[3])))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _reversed(list(av[2])))
        out.append((op, av))
    return out


def _superset(items: list, flags: int, edges: bool) -> str:
    items = list(items)
    out = []
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.NOT_LITERAL:
            out.append("[^" + _char(av) + "]")
        elif op is sre.IN:
            out.append(_char_class(av))
        elif op is sre.ANY:
            out.append("(?s:.)" if flags & re.S else "[^\\n]")
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_superset(alt, flags, edges) for alt in av[1]) + ")")
        elif op is sre.SUBPATTERN:
            scoped = (flags | av[1]) & ~av[2]
            if scoped & re.I:
                raise ValueError("case-insensitive patterns are not prefiltered")
            out.append("(?:" + _superset(av[3], scoped, edges) + ")")
        elif op is sre.ATOMIC_GROUP:
            out.append("(?:" + _superset(av, flags, edges) + ")")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            if high != sre.MAXREPEAT and high > _WIDEST_COUNT:
                high = sre.MAXREPEAT  # a wider count is still a superset, and keeps RE2's automaton small
            bound = "*" if (low, high) == (0, sre.MAXREPEAT) else "+" if (low, high) == (1, sre.MAXREPEAT) else (
                f"{{{low},}}" if high == sre.MAXREPEAT else f"{{{low},{high}}}")
            out.append("(?:" + _superset(body, flags, edges) + ")" + bound)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.AT:
            if not edges:
                continue
            if av is sre.AT_BOUNDARY and (_starts_ascii_word(items[i + 1 :]) or _starts_ascii_word(_reversed(items[:i]))):
                out.append("\\b")
            elif av is sre.AT_BEGINNING:
                out.append("(?m:^)" if flags & re.M else "\\A")
            elif av is sre.AT_BEGINNING_STRING:
                out.append("\\A")
        else:
            raise ValueError(f"unsupported pattern item {op}")
    return "".join(out)


def superset_pattern(pattern: re.Pattern, edges: bool = True) -> str:
    """RE2 syntax for a superset of ``pattern``: wherever ``pattern`` matches in a text, this matches at the same
    position. ``edges=False`` also drops the anchors and boundaries, for text that will be cut out of a larger one."""
    return _superset_of(sre_parse.parse(pattern.pattern, pattern.flags), pattern, edges)


def _superset_of(parsed: sre_parse.SubPattern, pattern: re.Pattern, edges: bool) -> str:
    if pattern.flags & re.I:
        raise ValueError("case-insensitive patterns are not prefiltered")
    return _superset(list(parsed), pattern.flags, edges)


def compile_re2(syntax: str) -> _RE2:
    """An RE2 pattern for ``Scan.spans`` (raises when RE2 refuses it)."""
    compiled = _RE2(syntax.encode(), re2.Options())
    if not compiled.ok():
        raise ValueError(f"RE2 refused a derived pattern: {syntax[:200]}")
    return compiled


class Prefiltered:
    """A Python pattern with its RE2 superset. Use through ``Scan``."""

    __slots__ = ("pattern", "_superset", "_cut", "_stride")

    def __init__(self, pattern: re.Pattern):
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)  # parsed once: most of a detector's import time
        if parsed.getwidth()[0] == 0:
            raise ValueError(f"a pattern that can match the empty string cannot be prefiltered: {pattern.pattern[:80]}")
        if pattern.groups:
            raise ValueError(f"a pattern with groups cannot be prefiltered: {pattern.pattern[:80]}")
        self.pattern = pattern
        self._superset = compile_re2(_superset_of(parsed, pattern, edges=True))
        self._cut: _RE2 | None = None
        self._stride: re.Pattern | None = None

    def stride(self) -> re.Pattern:
        """The pattern tried at each of the next ``_STRIDE`` positions in turn (the first that matches wins, as in a search)."""
        if self._stride is None:
            self._stride = re.compile(f"(?s:.{{0,{_STRIDE - 1}}}?)({self.pattern.pattern})", self.pattern.flags)
        return self._stride

    def cut(self) -> _RE2:
        """The superset without anchors and boundaries, for ``Scan.search_cut``."""
        if self._cut is None:
            self._cut = compile_re2(superset_pattern(self.pattern, edges=False))
        return self._cut


class Scan:
    """One text, encoded once for RE2, and the spans each prefiltered pattern may match in."""

    __slots__ = ("text", "_data", "_ascii", "_continuation", "_cursors")

    def __init__(self, text: str):
        self.text = text
        self._ascii = text.isascii()
        try:
            self._data = text.encode()
        except UnicodeEncodeError:
            # Lone surrogates: one non-ASCII character for another keeps every offset and stays inside every widened class.
            self._data = _SURROGATE.sub("\ufffd", text).encode()
        self._continuation = b""
        self._cursors = [(0, 0), (0, 0)]

    def spans(self, compiled: _RE2) -> Iterator[tuple[int, int]]:
        """Character spans of RE2's leftmost-first, non-overlapping matches, in order."""
        data, size, pos = self._data, len(self._data), 0
        if not self._ascii and not self._continuation:
            self._continuation = data.translate(_CONTINUATION)
        continuation, byte_at, char_at = self._continuation, 0, 0
        while pos <= size:
            (start, end), *_ = compiled.Match(_UNANCHORED, data, pos, size)
            if start < 0:
                return
            if self._ascii:
                yield start, end
            else:  # characters = bytes that do not continue a UTF-8 sequence
                char_at += start - byte_at - continuation.count(1, byte_at, start)
                byte_at = start
                yield char_at, char_at + end - start - continuation.count(1, start, end)
            pos = end if end > start else end + 1

    def finditer(self, rx: Prefiltered) -> Iterator[re.Match]:
        """``rx.pattern.finditer(text)``, the same matches."""
        text, pattern, pos = self.text, rx.pattern, 0
        for start, end in self.spans(rx._superset):
            if end <= pos:
                continue
            at = max(start, pos)
            while at < end:
                if end - at > 8:
                    stride = rx.stride().match(text, at)
                    if stride is None:
                        at += _STRIDE
                        continue
                    found = pattern.match(text, stride.start(1))
                else:
                    found = pattern.match(text, at)
                    if found is None:
                        at += 1
                        continue
                assert found is not None  # the stride stopped where the pattern matches
                yield found
                pos = at = found.end()

    def search(self, rx: Prefiltered) -> re.Match | None:
        """``rx.pattern.search(text)``."""
        return next(self.finditer(rx), None)

    def search_cut(self, rx: Prefiltered, start: int, end: int) -> re.Match | None:
        """``rx.pattern.search(text[start:end])``, skipped when the edge-free superset matches nowhere in the cut
        (in text that is not ASCII, cuts that move forward cost least)."""
        end = min(end, len(self.text))
        if self._ascii:
            first, last = start, end
        else:
            first, last = self._byte(0, start), self._byte(1, end)
        (found, _), *_ = rx.cut().Match(_UNANCHORED, self._data, first, last)
        return rx.pattern.search(self.text[start:end]) if found >= 0 else None

    def _byte(self, cursor: int, char: int) -> int:
        """The byte offset of character ``char``, counted on from the cursor's last position (forward only)."""
        at_char, at_byte = self._cursors[cursor]
        if char < at_char:
            at_char, at_byte = 0, 0
        at_byte += _CHARS_TO_BYTES(self._data, at_byte, char - at_char)
        self._cursors[cursor] = (char, at_byte)
        return at_byte
