"""Rewrite a rule's pattern into the two RE2 programs the engine needs.

The pattern is parsed once (with Python's own regex parser, so built-in and
custom rules share one grammar) and emitted twice:

* ``full``: the pattern itself, with every unbounded repetition (``+``, ``*``,
  ``{n,}``) capped, so each rule has a finite maximum match length.
* ``loose``: a superset of ``full`` with counts opened up (``{0,63}``
  becomes ``*``, ``{12,18}`` becomes ``+``). Exact counts started at many
  positions multiply into DFA states (base64 text is the worst case); the
  engine finds candidates with the loose form and confirms them with ``full``.
* ``shape``: the loose form with small counts (up to 24) kept exact; rules
  without a keyword are found by one alternation of their shapes.
* ``keywords``: literal strings of which every match contains one (``ghp_``,
  ``-----BEGIN ``, ``password`` case-folded), with how far into the match one
  may start. One search for all rules' keywords names the rules worth running,
  and where; a rule with no such literal is found by its shape instead.
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
import re._constants as C
import re._parser as sre_parse
from dataclasses import dataclass


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
    keywords: Keywords | None = None
    """Literals every match contains, or None when the pattern has no usable one."""
    shape: str = ""
    """``loose`` with small counts kept exact: what finds candidates for a rule without keywords."""
    named: int = 0
    """For a pattern that opens with a key name's prefix (``\\b`` and a lazy repetition of one character class,
    ``\\b[A-Za-z0-9_.-]{0,40}?``): the capture group ``full`` puts around the rest (0: no such prefix). A match
    starts its rest at the first place after its start where the rest matches, so one starting later but no later
    than that place is the same match from there on (see ``_name_prefix``)."""


@dataclass(frozen=True)
class Keywords:
    """Every match contains one of ``words`` starting at most ``before`` characters after the match start."""
    words: frozenset[tuple[str, bool, str]]
    """(literal, case-insensitive, tail): case-insensitive literals are lowercase; the tail is a regex the text
    right after the literal matches in every match (the pattern's next pieces), so ``path`` is no hit for ``pat``."""
    before: int
    reach: int = 0
    """The most characters a literal and its tail span: how far a hit can run past where it starts."""


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
_SHAPE_EXACT = 24
"""In the ``shape`` form counts up to this stay exact: rules found by shape (digit runs) need them to be selective."""
_LINES_EXACT = 8
"""In the ``prefix`` form a repetition of at most this many lines keeps its count: a table rule's few rows after its
header (``password_column``) would otherwise accept any number of lines, and a stream would hold back everything after
a ``host,user,password`` header up to the longest rule's length, scanning it again at every delta. Other counts open
as in the loose form (exact ones there cost DFA states on every delta)."""
_RE2_END = re.compile(r"(?<!\\)((?:\\\\)*)\\z")


def emit(pattern: str, repeat_cap: int, unbounded: bool = False) -> Emitted:
    """Parse ``pattern`` and emit its capped and prefix forms for RE2.

    With ``unbounded``, ``full`` keeps ``*``, ``+`` and ``{n,}`` as written (a small
    program for long key blocks) and only ``max_len`` counts them as capped.
    """
    try:
        parsed = sre_parse.parse(_RE2_END.sub(r"\1\\Z", pattern))
    except (re.error, OverflowError, RecursionError) as exc:
        raise SyntaxRefused(f"cannot parse pattern: {exc}") from None
    full, loose, max_len = _sequence(parsed.data, repeat_cap, _LOOSE_ABOVE, unbounded)
    prefix = _sequence_prefix(parsed.data, repeat_cap)
    groups = dict(parsed.state.groupdict)
    lead = _name_prefix(parsed.data)
    if lead:  # the rest in a group of its own, opened before every other: their numbers move up by one
        head, rest = (_sequence(part, repeat_cap, _LOOSE_ABOVE, unbounded)[0]
                      for part in (parsed.data[:lead], parsed.data[lead:]))
        full = f"{head}({rest})"
        groups = {name: number + 1 for name, number in groups.items()}
    flags = _flag_letters(parsed.state.flags)
    if flags:
        full, loose, prefix = (f"(?{flags}:{x})" for x in (full, loose, prefix))
    shape = _sequence(parsed.data, repeat_cap, _SHAPE_EXACT)[1]
    if flags:
        shape = f"(?{flags}:{shape})"
    found = _required(parsed.data, bool(parsed.state.flags & C.SRE_FLAG_IGNORECASE), repeat_cap)
    keywords = Keywords(found[0], min(found[1], max_len), found[2]) if found else None
    return Emitted(full, loose, prefix, max_len, parsed.getwidth()[0], groups, keywords, shape, 1 if lead else 0)


def _name_prefix(items) -> int:
    """How many leading items make a key name's prefix: ``\\b`` and then a lazy repetition from 0 of one
    character class (``\\b[A-Za-z0-9_.-]{0,40}?``), before the rest of the pattern; 0 if there is none.

    With leftmost-first matching the lazy repetition takes as few characters as let the rest match: a match at
    ``at`` has its rest at the first place ``p`` after ``at`` (within the repetition's count and class) where the
    rest matches. A match tried at a later start up to ``p`` (with a ``\\b`` there) finds the same ``p``, as the
    characters between are of the class and fewer, and no earlier place lets the rest match: the same rest,
    groups and end."""
    if len(items) < 3 or tuple(items[0]) != (C.AT, C.AT_BOUNDARY) or items[1][0] is not C.MIN_REPEAT:
        return 0
    low, _high, body = items[1][1]
    return 2 if low == 0 and len(body) == 1 and body[0][0] in (C.IN, C.LITERAL, C.NOT_LITERAL, C.ANY) else 0


def _flag_letters(flags: int) -> str:
    return "".join(letter for bit, letter in _FLAGS if flags & bit)


def _sequence(items, cap: int, open_above: int = _LOOSE_ABOVE, unbounded: bool = False) -> tuple[str, str, int]:
    parts = [_node(op, av, cap, open_above, unbounded) for op, av in items]
    return "".join(f for f, _, _ in parts), "".join(lo for _, lo, _ in parts), sum(w for _, _, w in parts)


def _sequence_prefix(items, cap: int) -> str:
    """A pattern accepting every prefix of a match of ``items``: a proper prefix of one item after whole ones."""
    prefix = ""
    for op, av in reversed(items):
        prefix = f"(?:{_node_prefix(op, av, cap)}|{_whole(op, av, cap)}{prefix})"
    return prefix


def _whole(op, av, cap: int) -> str:
    """A pattern accepting every match of one node in a prefix: its loose form, a few lines' count kept."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and 1 < av[1] <= _LINES_EXACT and _ends_lines(av[2]):
        return f"(?:{_sequence(av[2], cap)[1]}){{{min(av[0], av[1])},{av[1]}}}"
    return _node(op, av, cap, _LOOSE_ABOVE, False)[1]


def _node_prefix(op, av, cap: int) -> str:
    """A pattern accepting every proper prefix of a match of one parsed node (empty for a single character)."""
    if op is C.BRANCH:
        words = _words(op, av)
        return _trie({w[:n] for w in words for n in range(len(w))}) if words else \
            "(?:" + "|".join(_sequence_prefix(alt, cap) for alt in av[1]) + ")"
    if op is C.SUBPATTERN:
        _group, add, remove, body = av
        flags = _flag_letters(add) + ("-" + _flag_letters(remove) if _flag_letters(remove) else "")
        return f"(?{flags}:{_sequence_prefix(body, cap)})" if flags else f"(?:{_sequence_prefix(body, cap)})"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        _low, high, body = av
        high = cap if high == C.MAXREPEAT else high
        if high <= 1:
            return _sequence_prefix(body, cap) if high else ""
        count = f"{{0,{high - 1}}}" if high <= _LINES_EXACT and _ends_lines(body) else "*"
        return f"(?:(?:{_sequence(body, cap)[1]}){count}{_sequence_prefix(body, cap)})"
    return ""


def _ends_lines(items) -> bool:
    """Does a match of ``items`` hold a line feed written as one (a table's rows, not ``[^,]``)?"""
    for op, av in items:
        if op is C.LITERAL and av == 10:
            return True
        if op is C.BRANCH and any(_ends_lines(alt) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _ends_lines(av[3]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and _ends_lines(av[2]):
            return True
    return False


def _node(op, av, cap: int, open_above: int, unbounded: bool) -> tuple[str, str, int]:
    """(full, loose, max width) of one parsed node; loose forms capture nothing."""
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
        return _ANCHORS[av], _ANCHORS[av], 0
    elif op is C.BRANCH:
        parts = [_sequence(alt, cap, open_above, unbounded) for alt in av[1]]
        return ("(?:" + "|".join(p[0] for p in parts) + ")", "(?:" + "|".join(p[1] for p in parts) + ")",
                max(p[2] for p in parts))
    elif op is C.SUBPATTERN:
        group, add, remove, body = av
        full, loose, width = _sequence(body, cap, open_above, unbounded)
        flags = _flag_letters(add) + ("-" + _flag_letters(remove) if _flag_letters(remove) else "")
        if flags:
            full, loose = (f"(?{flags}:{x})" for x in (full, loose))
        return (f"({full})" if group is not None else f"(?:{full})"), f"(?:{loose})", width
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, body = av
        written = "" if high == C.MAXREPEAT and unbounded else None
        high = cap if high == C.MAXREPEAT else high
        low = min(low, high)
        full, loose, width = _sequence(body, cap, open_above, unbounded)
        lazy = "?" if op is C.MIN_REPEAT else ""
        if high == 0:
            return f"(?:{full}){{0}}", "", 0
        opened = f"(?:{loose}){{{min(low, 1)},}}" if high > open_above else f"(?:{loose}){{{low},{high}}}"
        return f"(?:{full}){{{low},{high if written is None else written}}}{lazy}", opened, width * high
    else:
        raise SyntaxRefused(f"unsupported construct {op}")
    return atom, atom, 1


def _words(op, av) -> set[str] | None:
    """The literal texts a node of literals, small classes, groups, alternations and ``?`` matches, as written (None
    for anything else: an anchor, a flag, a longer repetition)."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN and len(av) <= _SMALL_CLASS and all(o is C.LITERAL for o, _ in av):
        return {chr(a) for _, a in av}
    if op is C.SUBPATTERN and not av[1] and not av[2]:
        return _sequence_words(av[3])
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            more = _sequence_words(alt)
            if more is None or len(found | more) > _MAX_WORDS:
                return None
            found |= more
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= 1:
        body = _sequence_words(av[2])
        return None if body is None else ({""} if av[0] == 0 else set()) | (body if av[1] else set())
    return None


def _sequence_words(items) -> set[str] | None:
    words = {""}
    for op, av in items:
        part = _words(op, av)
        if part is None:
            return None
        words = {w + p for w in words for p in part}
        if len(words) > _MAX_WORDS:
            return None
    return words


def _trie(prefixes: set[str]) -> str:
    """A prefix-closed set of texts as one nested alternation sharing common beginnings: the proper prefixes of a
    keyword list ('pas' of both 'pass' and 'password' once), a smaller program for a stream's liveness search than
    one chain of optional characters per keyword, with the same language."""
    heads = sorted({w[0] for w in prefixes if w})
    if not heads:
        return ""
    return "(?:|" + "|".join(_char(ord(h)) + _trie({w[1:] for w in prefixes if w[:1] == h}) for h in heads) + ")"


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


_MAX_WORDS = 256
"""Most literals one factor may expand to (``gh[pousr]_`` is five, the credential names a few hundred)."""
_SMALL_CLASS = 8
_SMALL_COUNT = 24
_TAIL = 16
"""Characters (at least) of the pattern kept after a keyword as its tail."""
_TAIL_PIECE = 64
"""Widest piece a tail takes whole; a wider repetition adds its minimum count and ends the tail."""


def _score(words: frozenset[tuple[str, bool, str]]) -> tuple[int, int]:
    """Longer shortest literal first (rarer in text), then fewer literals."""
    return min(len(w) for w, _, _ in words), -len(words)


def _width(op, av, cap: int) -> int:
    """The most characters a node matches (repetitions capped as in ``full``)."""
    if op is C.AT:
        return 0
    if op is C.BRANCH:
        return max(sum(_width(o, a, cap) for o, a in alt) for alt in av[1])
    if op is C.SUBPATTERN:
        return sum(_width(o, a, cap) for o, a in av[3])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        high = cap if av[1] == C.MAXREPEAT else av[1]
        return high * sum(_width(o, a, cap) for o, a in av[2])
    return 1


def _product(parts: list[list[str]]) -> list[str] | None:
    words = [""]
    for part in parts:
        words = [w + p for w in words for p in part]
        if len(words) > _MAX_WORDS:
            return None
    return words


def _fold(found: list[tuple[list[str], bool]]) -> tuple[list[str], bool] | None:
    """The concatenations of the parts' texts, all lowercase if any part is case-folded."""
    folded = any(f for _, f in found)
    words = _product([[w.lower() for w in p] if folded else p for p, _ in found])
    return (words, folded) if words is not None else None


def _inner_ci(av, ci: bool) -> bool:
    _, add, remove, _ = av
    return (ci or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE


def _strings(op, av, ci: bool) -> tuple[list[str], bool] | None:
    """All the texts a node matches, if it matches only a few literal texts (and whether case-folded)."""
    if op is C.LITERAL:
        chars = [chr(av)]
    elif op is C.IN and all(o in (C.LITERAL, C.RANGE) for o, _ in av):
        if any(o is C.RANGE and a[1] - a[0] >= _SMALL_CLASS for o, a in av):
            return None
        chars = [chr(c) for o, a in av for c in ([a] if o is C.LITERAL else range(a[0], a[1] + 1))]
        if len(chars) > _SMALL_CLASS:
            return None
    elif op is C.SUBPATTERN:
        return _sequence_strings(av[3], _inner_ci(av, ci))
    elif op is C.BRANCH:
        found = [f for f in (_sequence_strings(alt, ci) for alt in av[1]) if f is not None]
        if len(found) < len(av[1]):
            return None
        folded = any(f[1] for f in found)
        alternatives = sorted({w.lower() if folded else w for f in found for w in f[0]})
        return (alternatives, folded) if len(alternatives) <= _MAX_WORDS else None
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= _SMALL_COUNT and (av[0] == av[1] or av[1] <= 2):
        body = _sequence_strings(av[2], ci)
        if body is None:
            return None
        words: list[str] = []
        for count in range(av[0], av[1] + 1):  # x? is "" or x
            more = _product([body[0]] * count)
            if more is None or len(words) + len(more) > _MAX_WORDS:
                return None
            words += more
        return words, body[1]
    else:
        return None
    return (sorted({c.lower() for c in chars}), True) if ci else (chars, False)


def _sequence_strings(items, ci: bool) -> tuple[list[str], bool] | None:
    found = []
    for op, av in items:
        if op is C.AT:
            continue
        part = _strings(op, av, ci)
        if part is None:
            return None
        found.append(part)
    return _fold(found)


def _prefixes(op, av, ci: bool) -> tuple[list[str], bool] | None:
    """Literal texts one of which every match of the node starts with (``(?:KIA|3T[A-Z0-9])``: KIA, 3T)."""
    whole = _strings(op, av, ci)
    if whole is not None:
        return whole
    if op is C.SUBPATTERN:
        return _sequence_prefixes(av[3], _inner_ci(av, ci))
    if op is C.BRANCH:
        found = [f for f in (_sequence_prefixes(alt, ci) for alt in av[1]) if f is not None]
        if len(found) < len(av[1]):
            return None
        folded = any(f[1] for f in found)
        words = sorted({w.lower() if folded else w for f in found for w in f[0]})
        return (words, folded) if len(words) <= _MAX_WORDS and all(words) else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _sequence_prefixes(av[2], ci)
    return None


def _sequence_prefixes(items, ci: bool) -> tuple[list[str], bool] | None:
    found = []
    for op, av in items:
        if op is C.AT:
            continue
        part = _strings(op, av, ci)
        if part is None:
            part = _prefixes(op, av, ci)
            if part is not None:
                found.append(part)
            break
        found.append(part)
    words = _fold(found) if found else None
    return words if words and all(words[0]) else None


def _tail(items, ci: bool, cap: int) -> tuple[str, int]:
    """The pattern's pieces right after a keyword, as a regex, up to _TAIL characters or the first unbounded
    piece, and the most characters it matches."""
    parts, width, reach = [], 0, 0
    for op, av in items:
        if width >= _TAIL:
            break
        if _width(op, av, cap) <= _TAIL_PIECE:
            parts.append(_node(op, av, cap, _LOOSE_ABOVE, False)[0])
            width += _min_width(op, av)
            reach += _width(op, av, cap)
        elif (not width and op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1
              and _width(C.SUBPATTERN, (None, 0, 0, av[2]), cap) <= _TAIL_PIECE):
            body = _sequence(av[2], cap)[0]
            parts.append(f"(?:{body}){{{min(av[0], _TAIL)}}}")
            reach += min(av[0], _TAIL) * _width(C.SUBPATTERN, (None, 0, 0, av[2]), cap)
            break  # what follows a variable count is not at a fixed place
        else:
            break
    tail = "".join(parts)
    return (f"(?i:{tail})" if tail and ci else tail), reach


def _min_width(op, av) -> int:
    if op is C.AT:
        return 0
    if op is C.BRANCH:
        return min(sum(_min_width(o, a) for o, a in alt) for alt in av[1])
    if op is C.SUBPATTERN:
        return sum(_min_width(o, a) for o, a in av[3])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return av[0] * sum(_min_width(o, a) for o, a in av[2])
    return 1


def _required(items, ci: bool, cap: int) -> tuple[frozenset[tuple[str, bool, str]], int, int] | None:
    """The best set of literals every match of the sequence contains, their latest start and what follows them.

    Runs of nodes that match only a few literal texts (characters, small
    classes, optional characters, alternations of words) are candidates, ended
    by the literal prefixes of the next node where it has some; so are the
    factors of groups, of alternations whose every branch has one, and of
    repetitions that must happen at least once. Case-folded literals are lowercase.
    """
    best, offset = None, 0
    run: list[tuple[list[str], bool]] = []
    run_at = 0

    def consider(words, at, reach):
        nonlocal best
        if words and (best is None or _score(words) > _score(best[0])):
            best = (words, at, reach)

    def close_run(parts, tail=("", 0)):
        found = _fold(parts) if parts else None
        if found and all(found[0]):
            consider(frozenset((w, found[1], tail[0]) for w in found[0]), run_at, max(map(len, found[0])) + tail[1])

    items = [(op, av) for op, av in items if op is not C.AT]
    for j, (op, av) in enumerate(items):
        found = _strings(op, av, ci)
        if found is not None:
            if not run:
                run_at = offset
            elif _product([p for p, _ in run] + [found[0]]) is None:
                close_run(run)
                run.clear()
                run_at = offset
            run.append(found)
            offset += max(map(len, found[0]))
            continue
        if run:
            lead = _prefixes(op, av, ci)
            if lead is not None and _product([p for p, _ in run] + [lead[0]]) is not None:
                close_run(run + [lead])
            else:
                close_run(run, _tail(items[j:], ci, cap))
            run.clear()
        inner = None
        if op is C.SUBPATTERN:
            inner = _required(av[3], _inner_ci(av, ci), cap)
        elif op is C.BRANCH:
            found_all = [f for f in (_required(alt, ci, cap) for alt in av[1]) if f is not None]
            if len(found_all) == len(av[1]) and len(words := frozenset().union(*(f[0] for f in found_all))) <= _MAX_WORDS:
                inner = (words, max(f[1] for f in found_all), max(f[2] for f in found_all))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            inner = _required(av[2], ci, cap)
        if inner:
            consider(inner[0], offset + inner[1], inner[2])
        offset += _width(op, av, cap)
    close_run(run)
    return best
