"""Rewrite a rule's pattern into the two RE2 programs the engine needs.

The pattern is parsed once (with Python's own regex parser, so built-in and
custom rules share one grammar) and emitted twice:

* ``full``: the pattern itself, with every unbounded repetition (``+``, ``*``,
  ``{n,}``) capped, so each rule has a finite maximum match length.
* ``loose``: a superset of ``full`` with counts opened up (``{0,63}``
  becomes ``*``, ``{12,18}`` becomes ``+``). Exact counts started at many
  positions multiply into DFA states (base64 text is the worst case); the
  engine finds candidates with the loose form and confirms them with ``full``.
* ``prefix``: a pattern accepting every prefix of a possible match. A stream
  searches ``(?:prefix)\\z`` to learn the earliest point where a match may still
  be in progress; only the text from there on has to be held back. It is built
  from the loose form, so it may accept a little more than the exact prefixes
  (a stream then holds back a little more, never less); the engine bounds it
  by the rule's maximum length.

Backreferences, lookarounds and atomic groups have no linear-time equivalent
and are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import re._constants as C
import re._parser as sre_parse


class SyntaxRefused(ValueError):
    """The pattern cannot be run in linear time or cannot be parsed."""


@dataclass(frozen=True)
class Emitted:
    full: str
    loose: str
    prefix: str
    max_len: int
    min_len: int
    groups: dict[str, int]
    """Named capture groups, numbered as in ``full``."""


_FLAGS = ((C.SRE_FLAG_IGNORECASE, "i"), (C.SRE_FLAG_MULTILINE, "m"), (C.SRE_FLAG_DOTALL, "s"))
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_ANCHORS = {
    C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A", C.AT_END: "$",
    C.AT_END_STRING: r"\z", C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B",
}
_REFUSED = {
    C.GROUPREF: "backreference", C.GROUPREF_EXISTS: "conditional group",
    C.ASSERT: "lookaround", C.ASSERT_NOT: "lookaround",
    C.ATOMIC_GROUP: "atomic group", C.POSSESSIVE_REPEAT: "possessive repetition",
}
_LOOSE_ABOVE = 1
"""Counts up to this stay exact in the loose form; larger ones become ``*`` or ``+``: counters started at every
word multiply into DFA states (hex and base64 text are the worst case), and the exact pattern checks them anyway."""
_RE2_END = re.compile(r"(?<!\\)((?:\\\\)*)\\z")


def emit(pattern: str, repeat_cap: int) -> Emitted:
    """Parse ``pattern`` and emit its capped and prefix forms for RE2."""
    try:
        parsed = sre_parse.parse(_RE2_END.sub(r"\1\\Z", pattern))
    except (re.error, OverflowError, RecursionError) as exc:
        raise SyntaxRefused(f"cannot parse pattern: {exc}") from None
    full, loose, prefix, max_len = _sequence(parsed.data, repeat_cap)
    flags = _flag_letters(parsed.state.flags)
    if flags:
        full, loose, prefix = (f"(?{flags}:{x})" for x in (full, loose, prefix))
    return Emitted(full, loose, prefix, max_len, parsed.getwidth()[0], dict(parsed.state.groupdict))


def _flag_letters(flags: int) -> str:
    return "".join(letter for bit, letter in _FLAGS if flags & bit)


def _sequence(items, cap: int) -> tuple[str, str, str, int]:
    parts = [_node(op, av, cap) for op, av in items]
    full = "".join(f for f, _, _, _ in parts)
    loose = "".join(lo for _, lo, _, _ in parts)
    prefix = ""
    for _, lo, p, _ in reversed(parts):
        prefix = f"(?:{p}|{lo}{prefix})"
    return full, loose, prefix, sum(w for _, _, _, w in parts)


def _node(op, av, cap: int) -> tuple[str, str, str, int]:
    """(full, loose, proper prefix, max width) of one parsed node; loose forms capture nothing."""
    if op in _REFUSED:
        raise SyntaxRefused(f"{_REFUSED[op]} is not supported (no linear-time equivalent)")
    if op is C.LITERAL:
        atom = _char(av)
    elif op is C.NOT_LITERAL:
        atom = f"[^{_char(av)}]"
    elif op is C.ANY:
        atom = "."
    elif op is C.IN:
        atom = _charclass(av)
    elif op is C.AT:
        if av not in _ANCHORS:
            raise SyntaxRefused(f"unsupported anchor {av}")
        return _ANCHORS[av], _ANCHORS[av], "", 0
    elif op is C.BRANCH:
        parts = [_sequence(alt, cap) for alt in av[1]]
        return (*("(?:" + "|".join(part[k] for part in parts) + ")" for k in range(3)),
                max(part[3] for part in parts))
    elif op is C.SUBPATTERN:
        group, add, remove, body = av
        full, loose, prefix, width = _sequence(body, cap)
        flags = _flag_letters(add) + ("-" + _flag_letters(remove) if _flag_letters(remove) else "")
        if flags:
            full, loose, prefix = (f"(?{flags}:{x})" for x in (full, loose, prefix))
        return (f"({full})" if group is not None else f"(?:{full})"), f"(?:{loose})", f"(?:{prefix})", width
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, body = av
        high = cap if high == C.MAXREPEAT else high
        low = min(low, high)
        full, loose, prefix, width = _sequence(body, cap)
        lazy = "?" if op is C.MIN_REPEAT else ""
        if high == 0:
            return f"(?:{full}){{0}}", "", "", 0
        opened = f"(?:{loose}){{{min(low, 1)},}}" if high > _LOOSE_ABOVE else f"(?:{loose}){{{low},{high}}}"
        return (f"(?:{full}){{{low},{high}}}{lazy}", opened,
                f"(?:(?:{loose})*{prefix})" if high > 1 else prefix, width * high)
    else:
        raise SyntaxRefused(f"unsupported construct {op}")
    return atom, atom, "", 1


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isascii() and (ch.isalnum() or ch == "_") else f"\\x{{{code:x}}}"


def _charclass(items) -> str:
    out, negate = [], False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise SyntaxRefused(f"unsupported character class item {op} {av}")
    return "[" + ("^" if negate else "") + "".join(out) + "]"
