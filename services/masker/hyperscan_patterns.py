"""The engine's keywords with their tails, spelt for Hyperscan so that it finds every place RE2 does.

A Hyperscan pattern here is a superset of its RE2 keyword-and-tail, over bytes: classes are spelt out with
RE2's meanings (``\\s`` without the vertical tab, ASCII ``\\d \\w``), a few non-ASCII members as their UTF-8
bytes and more as any multi-byte character; case folding adds every case variant of ``folding.orbits`` (a superset of
RE2's orbits: ``ſ`` for s, the Kelvin sign for k); anchors are dropped and so are trailing optional pieces
(one report per hit rather than one per possible end), except a ``\\b`` before keywords that every match of their
rules opens with right after one (``starts_at_boundary``). Without start of match
(SOM makes compiling far slower and fails for some tails) a report tells where a hit ends; its keyword started
between the pattern's longest and shortest byte widths before that. The engine's windows cover that range, and
as its exact programs decide every match, a superset of places gives the same masks.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as sre_parse
from collections.abc import Iterable
from dataclasses import dataclass

from .folding import CASED_BELOW, orbits

_UNICODE_MAX = 0x10FFFF
_SURROGATES = (0xD800, 0xDFFF)
_COMPLETE = ((0, _SURROGATES[0] - 1), (_SURROGATES[1] + 1, _UNICODE_MAX))
_SPACE = ((0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20))  # RE2's \s: no vertical tab
_DIGIT = ((0x30, 0x39),)
_WORD = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
_CATEGORIES = {
    C.CATEGORY_DIGIT: (_DIGIT, False), C.CATEGORY_NOT_DIGIT: (_DIGIT, True),
    C.CATEGORY_SPACE: (_SPACE, False), C.CATEGORY_NOT_SPACE: (_SPACE, True),
    C.CATEGORY_WORD: (_WORD, False), C.CATEGORY_NOT_WORD: (_WORD, True),
}
_FEW = 16
"""Non-ASCII members of a class spelt out one by one (case variants such as the Kelvin sign); more are any
multi-byte character."""
_GROUP = 32
"""Most keywords in one pattern: Hyperscan refuses the 171 credential names with their tail as too large."""
_UNROLLED = 128
"""Most characters of several byte widths (a class with non-ASCII members) a tail may spell, each repetition's copies
counted: Hyperscan unrolls repetitions of them and refuses a pattern past some size whatever its keywords ('Pattern is
too large': the prose password rule's three words of filler then its 63-character value, 146; 113 compiles). A tail
over it is spelt up to the piece that crosses it (``_affordable``): more hits, none missed."""
_RE2_HEX = re.compile(r"\\x\{([0-9a-fA-F]+)\}")
NO_TEXT = r"\xff"
"""A character with no ASCII member in an ASCII-only expression: the byte 0xFF, which UTF-8 text never holds."""


class Untranslatable(ValueError):
    """A keyword's tail uses a construct this module does not spell for Hyperscan."""


@dataclass(frozen=True)
class Pattern:
    """One Hyperscan expression: a group of keywords sharing a tail, and the byte widths a hit can span."""
    expression: str
    shortest: int
    longest: int


Ranges = tuple[tuple[int, int], ...]


def _normal(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


def _complement(ranges: Ranges) -> Ranges:
    """Every other code point that UTF-8 text can hold (no surrogates)."""
    out, at = [], 0
    for lo, hi in ranges:
        if lo > at:
            out.append((at, lo - 1))
        at = hi + 1
    if at <= _UNICODE_MAX:
        out.append((at, _UNICODE_MAX))
    return _without_surrogates(out)


def _without_surrogates(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if lo < _SURROGATES[0]:
            out.append((lo, min(hi, _SURROGATES[0] - 1)))
        if hi > _SURROGATES[1]:
            out.append((max(lo, _SURROGATES[1] + 1), hi))
    return tuple(out)


def _folded(ranges: Ranges) -> Ranges:
    """The ranges with every code point's case variants added."""
    joined = orbits()
    if sum(hi - lo + 1 for lo, hi in ranges) <= len(joined):
        cased = [c for lo, hi in ranges for c in range(lo, min(hi, CASED_BELOW) + 1) if c in joined]
    else:
        cased = [c for c in joined if any(lo <= c <= hi for lo, hi in ranges)]
    return _normal(list(ranges) + [(o, o) for c in cased for o in joined[c]])


def _character(ranges: Ranges, ascii_only: bool = False) -> tuple[str, int, int]:
    """Byte-mode Hyperscan text for one character of ``ranges`` and the fewest and most bytes it takes: ASCII
    members as a class, a few other characters as their UTF-8 bytes, more as any multi-byte character (a superset:
    scanning bytes is several times faster than Hyperscan's UTF-8 mode with classes up to U+10FFFF).
    ``ascii_only``: the ASCII members alone, or NO_TEXT if there are none."""
    ascii_part = [(lo, min(hi, 0x7F)) for lo, hi in ranges if lo <= 0x7F]
    if ascii_only:
        return (_ascii_class(ascii_part) if ascii_part else NO_TEXT), 1, 1
    rest = [(max(lo, 0x80), hi) for lo, hi in ranges if hi >= 0x80]
    options, shortest, longest = [], 5, 0
    if ascii_part:
        options.append(_ascii_class(ascii_part))
        shortest, longest = 1, 1
    if rest and sum(hi - lo + 1 for lo, hi in rest) <= _FEW:
        for c in (c for lo, hi in rest for c in range(lo, hi + 1)):
            encoded = chr(c).encode()
            options.append("".join(f"\\x{b:02x}" for b in encoded))
            shortest, longest = min(shortest, len(encoded)), max(longest, len(encoded))
    elif rest:
        options.append(r"[\xc2-\xf4][\x80-\xbf]{1,3}")
        shortest, longest = min(shortest, 2), 4
    text = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return text, shortest, longest


def _ascii_class(ranges: list[tuple[int, int]]) -> str:
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _code(ranges[0][0])
    return "[" + "".join(_code(lo) if lo == hi else f"{_code(lo)}-{_code(hi)}" for lo, hi in ranges) + "]"


def _code(c: int) -> str:
    ch = chr(c)
    return ch if ch.isalnum() else f"\\x{c:02x}"


def _class_ranges(items) -> tuple[Ranges, bool]:
    """The code points a class's items name, and whether the class is negated."""
    parts: list[tuple[int, int]] = []
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            parts.append((av, av))
        elif op is C.RANGE:
            parts.append(av)
        elif op is C.CATEGORY and av in _CATEGORIES:
            ranges, negated = _CATEGORIES[av]
            parts += _complement(ranges) if negated else ranges
        else:
            raise Untranslatable(f"class item {op}")
    return _normal(parts), negate


def _chars(op, av, ci: bool, dotall: bool) -> Ranges:
    """The code points one character node matches, with RE2's meaning of its flags (RE2 folds a class's
    members, then negates)."""
    if op is C.ANY:
        return _COMPLETE if dotall else _complement(((0x0A, 0x0A),))
    if op is C.IN:
        ranges, negate = _class_ranges(av)
    elif op in (C.LITERAL, C.NOT_LITERAL):
        ranges, negate = ((av, av),), op is C.NOT_LITERAL
    else:
        raise Untranslatable(f"construct {op}")
    ranges = _folded(ranges) if ci else ranges
    return _complement(ranges) if negate else ranges


def _sequence(items, ci: bool, dotall: bool, ascii_only: bool = False) -> tuple[str, int, int]:
    parts, shortest, longest = [], 0, 0
    for op, av in items:
        text, lo, hi = _node(op, av, ci, dotall, ascii_only)
        parts.append(text)
        shortest += lo
        longest += hi
    return "".join(parts), shortest, longest


def _node(op, av, ci: bool, dotall: bool, ascii_only: bool = False) -> tuple[str, int, int]:
    """Hyperscan text of a node, and the fewest and most bytes it matches (``ascii_only``: in ASCII text)."""
    if op is C.AT:
        return "", 0, 0  # dropped: a pattern without its anchors matches wherever it did and more
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return _character(_chars(op, av, ci, dotall), ascii_only)
    if op is C.BRANCH:
        parts = [_sequence(alt, ci, dotall, ascii_only) for alt in av[1]]
        return "(?:" + "|".join(p[0] for p in parts) + ")", min(p[1] for p in parts), max(p[2] for p in parts)
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        inner_ci = (ci or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
        inner_dotall = (dotall or bool(add & C.SRE_FLAG_DOTALL)) and not remove & C.SRE_FLAG_DOTALL
        text, lo, hi = _sequence(body, inner_ci, inner_dotall, ascii_only)
        return f"(?:{text})", lo, hi
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, body = av
        if high == C.MAXREPEAT:
            raise Untranslatable("unbounded repetition in a tail")
        text, lo, hi = _sequence(body, ci, dotall, ascii_only)
        return f"(?:{text}){{{low},{high}}}", lo * low, hi * high
    raise Untranslatable(f"construct {op}")


def _parse(regex: str):
    """Parse an RE2 tail (``syntax`` spells characters as ``\\x{2e}``) with Python's parser."""
    def python_escape(m: re.Match) -> str:
        code = int(m.group(1), 16)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    try:
        return sre_parse.parse(_RE2_HEX.sub(python_escape, regex.replace("\\z", "\\Z")))
    except (re.error, OverflowError, RecursionError) as exc:
        raise Untranslatable(str(exc)) from None


def _trimmed(items: list) -> list:
    """The items without their trailing anchors and optional pieces: one report per hit instead of several."""
    items = list(items)
    while items:
        op, av = items[-1]
        if op is C.AT or (op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0):
            items.pop()
        elif op is C.SUBPATTERN and av[1] == 0 and av[2] == 0:
            inner = _trimmed(list(av[3]))
            if len(inner) == len(av[3]):
                break
            items[-1:] = inner
        else:
            break
    return items


def pattern(words: Iterable[str], folded: bool, tail: str, ascii_only: bool = False,
            bounded: bool = False) -> Pattern:
    """The Hyperscan expression for keywords sharing a tail (case-folded keywords are lowercase). ``ascii_only``:
    the same expression with the non-ASCII members of its characters left out, so in ASCII text it matches
    exactly where the whole expression does, and nowhere else. ``bounded``: each keyword after a ``\\b``, for
    keywords that every match of their rules starts with right after one (see ``starts_at_boundary``): 'cuit'
    in 'circuit', 'tin' in 'setting' are then no hits, and Hyperscan stops running their tails there."""
    spelt, shortest, longest = [], None, 0
    for word in sorted(words):
        parts = [_node(C.LITERAL, ord(ch), folded, False, ascii_only) for ch in word]
        spelt.append(("\\b" if bounded else "") + "".join(p[0] for p in parts))
        lo, hi = sum(p[1] for p in parts), sum(p[2] for p in parts)
        shortest, longest = lo if shortest is None else min(shortest, lo), max(longest, hi)
    if shortest is None:
        raise Untranslatable("no keyword")
    text, lo, hi = ("", 0, 0)
    if tail:
        try:
            items, ci, dotall = _spelt(tail)
            text, lo, hi = _sequence(items, ci, dotall, ascii_only)
        except Untranslatable:
            text, lo, hi = ("", 0, 0)  # the keywords alone: more hits, none missed
    return Pattern(f"(?:{'|'.join(spelt)}){text}", shortest + lo, longest + hi)


def _spelt(tail: str) -> tuple[list, bool, bool]:
    """The tail's items as ``pattern`` spells them (trimmed, within _UNROLLED), and its case and dot flags."""
    parsed = _parse(tail)
    ci = bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE)
    dotall = bool(parsed.state.flags & C.SRE_FLAG_DOTALL)
    return _trimmed(_affordable(_trimmed(list(parsed.data)), ci, dotall)), ci, dotall


def _affordable(items: list, ci: bool, dotall: bool) -> list:
    """The leading items whose characters of several byte widths, repetitions unrolled, stay within _UNROLLED."""
    total = 0
    for k, (op, av) in enumerate(items):
        total += _unrolled(op, av, ci, dotall)
        if total > _UNROLLED:
            return items[:k]
    return items


def _unrolled(op, av, ci: bool, dotall: bool) -> int:
    """How many characters of several byte widths a node spells once its repetitions are unrolled."""
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        _, lo, hi = _character(_chars(op, av, ci, dotall))
        return 0 if lo == hi == 1 else 1
    if op is C.BRANCH:
        return sum(_unrolled(o, a, ci, dotall) for alt in av[1] for o, a in alt)
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        inner_ci = (ci or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
        inner_dotall = (dotall or bool(add & C.SRE_FLAG_DOTALL)) and not remove & C.SRE_FLAG_DOTALL
        return sum(_unrolled(o, a, inner_ci, inner_dotall) for o, a in body)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return av[1] * sum(_unrolled(o, a, ci, dotall) for o, a in av[2])
    return 0


def example(tail: str) -> str:
    """A short text ``tail`` matches (each character picked from its node's set, printable ASCII first; the first
    alternative, the fewest repeats), for checking that a compiled database reports a keyword where it must
    (``hyperscan_keywords``). A tail ``pattern`` cannot spell has the empty example, as its pattern has no tail."""
    if not tail:
        return ""
    try:
        return _example(*_spelt(tail))
    except Untranslatable:
        return ""


def _example(items, ci: bool, dotall: bool) -> str:
    out = []
    for op, av in items:
        if op is C.AT:
            continue
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            ranges = _chars(op, av, ci, dotall)
            printable = [max(lo, 0x21) for lo, hi in ranges if lo <= 0x7E and hi >= 0x21]
            out.append(chr(printable[0] if printable else ranges[0][0]))
        elif op is C.BRANCH:
            out.append(_example(av[1][0], ci, dotall))
        elif op is C.SUBPATTERN:
            _, add, remove, body = av
            out.append(_example(body, (ci or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE,
                                (dotall or bool(add & C.SRE_FLAG_DOTALL)) and not remove & C.SRE_FLAG_DOTALL))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out.append(_example(av[2], ci, dotall) * av[0])
        else:
            raise Untranslatable(f"construct {op}")
    return "".join(out)


Triple = tuple[str, bool, str]
"""A keyword, whether it is case-folded, and its tail (``syntax.Keywords.words``)."""


def grouped(owners: dict[Triple, list[int]]) -> list[tuple[Triple, ...]]:
    """Triples that can share a pattern: the same tail and the same rules holding them (a report then names
    exactly those rules), at most _GROUP keywords each; in a stable order."""
    by_kind: dict[tuple[bool, str, tuple[int, ...]], list[str]] = {}
    for (word, folded, tail), rules in owners.items():
        by_kind.setdefault((folded, tail, tuple(sorted(rules))), []).append(word)
    out = []
    for (folded, tail, _), words in sorted(by_kind.items()):
        words = sorted(set(words))
        out += [tuple((w, folded, tail) for w in words[k:k + _GROUP]) for k in range(0, len(words), _GROUP)]
    return out


def group_pattern(group: Iterable[Triple], ascii_only: bool = False, bounded: bool = False) -> Pattern:
    """The pattern of one group from ``grouped``."""
    triples = list(group)
    return pattern([w for w, _, _ in triples], triples[0][1], triples[0][2], ascii_only, bounded)


def starts_at_boundary(rule_pattern: str, before: int) -> bool:
    """Does every match of the rule start at a word boundary with its keyword (``Keywords.before`` is 0)? Then
    a keyword is a hit only after a ``\\b``: Hyperscan's and RE2's both test ASCII word bytes, so they agree
    wherever the scanned bytes show what precedes the keyword (``Search.ends`` scans one byte before a slice).
    The ``\\b`` may open each alternative of a leading group (``(?i:\\bcuit\\b|\\bcuil\\b)``: 'cuit' in every
    'circuit' was nine in ten of Hyperscan's reports on the bench's corpus)."""
    if before != 0 or "\\b" not in rule_pattern:
        return False
    try:
        items = list(sre_parse.parse(rule_pattern).data)
    except (re.error, OverflowError, RecursionError):
        return False
    return _opens_at_boundary(items)


def _opens_at_boundary(items) -> bool:
    """Do the parsed items open with a ``\\b`` on every path: first, or first in each alternative of a leading
    group or alternation?"""
    if not items:
        return False
    op, av = items[0]
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.SUBPATTERN:
        return _opens_at_boundary(list(av[3]))
    if op is C.BRANCH:
        return all(_opens_at_boundary(list(alternative)) for alternative in av[1])
    return False
