"""One linear-time scan for all rules, validation of candidates only, and replacement.

Most rules contain a literal every match must hold (``ghp_``, ``-----BEGIN``,
``password`` case-folded; ``syntax`` finds it with the fixed-shape piece of the
pattern that follows it). Rules without one (cards, phone numbers, national
ids, addresses: digit and letter shapes) have a shape instead: their loose form
with small counts exact. One RE2 search for all keywords and shapes runs over
the text; a keyword hit names the rules that hold it and the short window where
such a match may start, and only those rules search there, each with its exact
(bounded) pattern; at a shape hit the shape rules are tried in order. A clean
text therefore costs one DFA pass whatever the number of rules, and no pattern
can backtrack. Where Hyperscan is installed, its database of the same keywords
(``hyperscan_keywords``) replaces that pass once ready: it finds every place the
RE2 program does and a few more, and as the exact patterns decide every match,
the masks are the same.

A match counts once its validator agrees. The earliest validated match wins
(the earlier rule on a tie) and scanning resumes after it, so the result is the
same as trying every rule, in order, at every position. If the hit search cannot
be compiled or fails, every rule searches the whole text instead: the prefilter
may make masking slower, never skip it.

``Ruleset.scan`` is the only matching code: ``mask_text`` calls it on the whole
text, ``StreamMasker`` on a moving window, telling it where the text may
continue so it only decides what no later text can change.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import msgspec
import re2

from services.common.policy_store import PolicyError

from . import hyperscan_keywords
from .folding import fold
from .hyperscan_patterns import grouped, starts_at_boundary
from .syntax import Keywords, SyntaxRefused, emit

Style = Literal["redact", "partial", "hash"]
STYLES = ("redact", "partial", "hash")
MAX_RULE_LENGTH = 16384
"""No rule may match more than this many characters: it bounds what a stream holds back."""
CONTEXT = 16
"""Characters before a position that decide a match there (word boundaries, JSON escapes)."""
WIDE_CONTEXT = 64
"""The most a rule's ``refuse_context`` may read before its match ('In test mode, use the card ...'); a stream
keeps this much of the text it released, so it decides as the whole text does."""

_TYPE = re.compile(r"[a-z][a-z0-9_]{0,39}")


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
    unbounded: bool = False
    """Search with the repetitions as written and refuse a match past the maximum length: a long counted
    repetition (a key block) makes a program whose DFA builds a new state per character, ~1000x slower."""
    category: str = "custom"
    key_type: str = ""
    """With a ``k`` capture group: the type of a key id matched next to the secret, masked with it."""
    refuse_context: Callable[[str, str], bool] | None = None
    """Given the ``context_chars`` bytes before the match and the match's text before its value (a key name and its
    assignment), True turns the match away: both are the same whole and streamed."""
    context_chars: int = CONTEXT
    """How much text before the match ``refuse_context`` reads, at most WIDE_CONTEXT."""


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
    rank: int = 0  # the rule's position in the ruleset: the earlier rule wins a tie


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    value: int  # capture group of the value to mask (0: the whole match)
    alone: Any  # the rule's exact RE2 program (re2 ships no type information)
    max_len: int
    key: int = 0  # capture group of a key id masked with the value (0: none)
    keywords: Keywords | None = None  # literals every match holds; None: found by its shape
    starts: Any = None
    """The rule's loose form (repetitions opened, nothing captured) where it compiles: it matches wherever the rule
    does, and its DFA stays small where the exact program's explodes (see ``_leftmost``)."""
    named: int = 0
    """The capture group holding what follows the rule's key-name prefix (``Emitted.named``; 0: none): once a
    match's value is refused, the starts up to that group's start make the same match and are skipped."""


def _options(max_mem: int = 64 << 20, longest: bool = False) -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = max_mem  # room for the DFA, so RE2 rarely falls back to the (slower, still exact) NFA
    options.longest_match = longest
    return options


def _re2(pattern: str, options: re2.Options | None = None):
    try:
        return re2.compile(pattern, options or _options())
    except re2.error as exc:
        message = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PolicyError(message) from None


_SEARCH, _AT = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START
_RULE_MEMORY = 8 << 20
"""RE2 memory of one rule's exact program (programs over all rules get 64 MiB, the hit search SEARCH_MEMORY)."""
_WINDOW = 1 << 16
"""Bytes one hit search looks ahead, so a loose shape that runs on cannot make repeated searches quadratic."""
_BUCKETS = (64, 256, 1024, MAX_RULE_LENGTH)
"""Rules are grouped by maximum length for the liveness search, each group looking back no further than its longest rule."""
_LIVE_BUDGET = 20000
"""Characters of prefix forms per liveness program (``_packed``). On text a process
has not seen, the reverse DFA of a program builds a state per byte, at a cost that grows with how many rules' forms
it holds and faster than their sum (a state of a union is a combination of its members' states): 32 rules a program
cost each of a stream's first ten 7-character deltas ~2 ms CPU on unseen text. Packed by size, the large forms
(key-name rules with a hundred case-folded key words, CLI argument rules) run in programs of one or two and the many
small ones together: ~0.9 ms, while a delta whose every state is built already costs 0.09 ms instead of 0.03 (43
programs instead of 16). Each program's earliest start is searched and the earliest of them taken."""
_LEAST_INNER = 5
"""A hit's context shorter than this (``key=``, ``-p``) cannot hold a value of its own and is not scanned again."""
_NAMED_CACHE = 4096
"""Distinct hit heads whose rules a ruleset remembers (emptied when full, so hostile text cannot grow it)."""
_STEP = 2048
"""Bytes of possible starts one loose search of a rule looks at, at least (``Ruleset._leftmost``)."""
_LOOSE_FROM = 1000
"""Exact programs of this many instructions or more (the key-name rules' counted names, tails and values) are found
through their loose form: smaller ones (vendor prefixes, column headers) cost less searched as they are."""
_MISSED = ((-1, -1),)
_VERDICT_ROOM = 1 << 20
"""Characters of validated values one scan remembers with their verdicts (``Verdicts``): bounded, so candidates of
up to MAX_RULE_LENGTH characters at every start of a hostile text cannot grow it without end."""
_JOIN = 1024
"""A rule's windows closer than this many bytes are searched as one: every match starts in a window, so the first
match in the joined range is the first in the windows, and one search costs less than two calls' overhead
('cuit' in every 'circuit' of a text made thousands of windows)."""


_WARM_SAMPLE = (b"Here is what I found. The service reads its settings from config.yaml; the timeout is 30 seconds and "
                b"the retry policy backs off exponentially. Run `make test` to check, then open a pull request.\n"
                b'{"command": "ls -la /var/log", "description": "List the logs"}\n'
                b"def handler(event, context):\n    return {'statusCode': 200, 'body': json.dumps(event)}\n")
"""Ordinary answer text for ``Ruleset.warm``: prose, a tool call's JSON and code, nothing to mask."""


class Verdicts:
    """One scan's validator verdicts by value. Validators are pure, and texts repeat their values (a log's e-mail on
    every line, a card number in a table and its summary, a key in a config and again in its echo): each distinct
    value is validated once per rule's check. Scoped to one scan and the scans of its hits' contexts, never to a
    process, so what a text costs does not depend on the texts before it."""

    __slots__ = ("known", "room")

    def __init__(self) -> None:
        self.known: dict[tuple[Callable[[str], int], str], int] = {}
        self.room = _VERDICT_ROOM

    def __call__(self, validate: Callable[[str], int], value: str) -> int:
        key = (validate, value)
        keep = self.known.get(key)
        if keep is None:
            keep = validate(value)
            if len(value) <= self.room:
                self.known[key] = keep
                self.room -= len(value)
        return keep


def _usable(keywords: Keywords | None) -> bool:
    """A keyword set worth searching for: two characters or more (or the rare ``@``), else the shape decides."""
    return keywords is not None and all(len(w) >= 2 or w == "@" for w, _, _ in keywords.words)


class Ruleset:
    """Rules compiled for scanning; ``bound`` is the most text any stream holds back."""

    FAST_FROM = 4096
    """Bytes from which a scan counts towards getting the Hyperscan database (a process that masks only a stream's
    deltas never loads one). Once it is ready, scans of any length use it: it costs less than RE2's search per call
    even on 40 bytes (2.4 against 3.5 us; 3.6 / 6.2 on 300), and most on a key name's context, where RE2's
    leftmost-longest program is searched again after each keyword it holds (~45 us a context)."""
    SEARCH_MEMORY = 128 << 20
    """RE2 memory for the hit search, allocated as DFA states are built: at 32 MiB it thrashes on the bench's
    10 MB of mixed text (6x slower); out of memory RE2 runs its NFA: slower, same answer."""

    def __init__(self, rules: list[Rule] | tuple[Rule, ...], *, hyperscan: bool = True):
        compiled, prefixes, seen = [], [], set()
        for rule in rules:
            if rule.id in seen:
                raise PolicyError(f"rule {rule.id!r}: duplicate rule id")
            seen.add(rule.id)
            c, shape, prefix = _compile(rule)
            compiled.append((c, shape))
            prefixes.append(prefix)
        self.rules: tuple[_Compiled, ...] = tuple(c for c, _ in compiled)
        self.bound: int = max((c.max_len for c in self.rules), default=0)
        self._keywords: dict[int, Keywords] = {i: c.keywords for i, c in enumerate(self.rules)
                                               if c.keywords is not None and _usable(c.keywords)}
        self._keyworded = tuple(self._keywords)
        self._shaped = tuple(i for i in range(len(self.rules)) if i not in set(self._keyworded))
        shapes = [compiled[i][1] for i in self._shaped]
        self._shapes = _re2("|".join(f"({shape})" for shape in shapes))._regexp if shapes else None
        self._shapes_from = [_re2("|".join(f"({shape})" for shape in shapes[k:]))._regexp for k in range(1, len(shapes))]
        """The shapes of the shape rules from the k-th on (k >= 1): at a candidate whose first rule refused,
        the next rule worth its exact search is found by one anchored match instead of trying each in turn."""
        reach = [self.rules[i].max_len for i in self._shaped] + [self._keywords[i].reach for i in self._keyworded]
        self._lookahead = 4 * (max(reach, default=0) + 1)  # bytes: a character takes up to four
        self._owners: dict[tuple[str, bool, str], list[int]] = {}
        for i in self._keyworded:
            for triple in self._keywords[i].words:
                self._owners.setdefault(triple, []).append(i)
        self._at_boundary = frozenset(i for i in self._keyworded
                                      if starts_at_boundary(self.rules[i].rule.pattern, self._keywords[i].before))
        """The keyword rules whose every match opens with its keyword right after a ``\\b``: their keywords are hits
        only there, in both hit searches ('cuit' in every 'circuit' was 21,686 of RE2's 25,277 hits on the bench's
        corpus)."""
        try:
            self._hits = self._hit_search() if self._keyworded else None
        except PolicyError:  # too large for RE2's memory: no prefilter, every keyword rule searches everything
            self._hits = None
        self._by_word: dict[tuple[str, bool], tuple[int, ...]] = {}
        """(keyword, case-folded: then ``fold``-ed) -> the rules holding it: a hit names its rules by a few
        dictionary lookups."""
        for i in self._keyworded:
            for word, folded, _ in self._keywords[i].words:
                key = (fold(word) if folded else word, folded)
                self._by_word[key] = (*self._by_word.get(key, ()), i)
        self._word_lengths = sorted({len(word) for word, _ in self._by_word})
        self._named_cache: dict[bytes, tuple[int, ...]] = {}
        groups = grouped(self._owners)
        self._fast = None
        if hyperscan and groups and hyperscan_keywords.enabled():
            self._fast = hyperscan_keywords.Search(groups, [self._bounded(g[0]) for g in groups])
        """The Hyperscan hit search once its database is ready (see ``hyperscan_keywords``); RE2's until then."""
        self._fast_rules = [tuple((i, self._keywords[i].before) for i in self._owners[g[0]]) for g in groups]
        """The rules a report of each Hyperscan pattern names (a group's keywords are held by the same rules), each
        with how many characters before its keyword a match may start."""
        self._live: list[tuple[int, tuple[Any, ...]]] = []
        """Per length bucket, its window (the longest rule's length) and its liveness programs, the longest window
        first: its rules (prose passwords, arguments, columns) are the most often live from where a stream's held text
        starts, which ends the search (``_live_start``: 40% fewer program searches streaming the development sets)."""
        low = 0
        for high in _BUCKETS:
            members = [p for c, p in zip(self.rules, prefixes, strict=True) if low < c.max_len <= high]
            if members:
                window = max(c.max_len for c in self.rules if low < c.max_len <= high)
                self._live.append((window, tuple(_re2("(?:" + "|".join(group) + ")\\z")._regexp
                                                 for group in _packed(members))))
            low = high
        self._live.reverse()

    def warm(self) -> None:
        """Build what a process's first answer would otherwise build under its deadline: RE2 compiles each program's
        reversed form on its first search and builds DFA states as text reaches them (a fresh process's first
        8-character delta cost ~80 ms CPU, its first answer ~430 ms; after this ~1.3 and ~250). Streams a sample of
        ordinary answer text through the rules in deltas of a few sizes and masks it whole; it holds nothing to mask."""
        for size in (8, 3, 20):
            data, at = b"", 0
            for chunk in (_WARM_SAMPLE[i:i + size] for i in range(0, len(_WARM_SAMPLE), size)):
                data += chunk
                hits, cut = self.scan(data, at, final=False)
                at = cut
        self.scan(_WARM_SAMPLE, 0, final=True)

    def _hit_search(self):
        """One RE2 program (leftmost-longest) for every rule's keywords with the pattern piece after them: one
        pass over the text finds every place worth a look. The shapes of the rules without keywords have their
        own program: in one DFA with the keywords' tails, the product of their states overflowed the cache
        (307 rules: 0.8 s per 10 MB instead of 0.06 + 0.02)."""
        groups: dict[tuple[bool, str, bool], set[str]] = {}
        for word, folded, tail in self._owners:
            groups.setdefault((folded, tail, self._bounded((word, folded, tail))), set()).add(word)
        alternatives = []
        for (folded, tail, bounded), group in sorted(groups.items()):
            words = "|".join(re2.escape(w) for w in sorted(group))
            alternatives.append(("\\b" if bounded else "") + (f"(?i:{words}){tail}" if folded else f"(?:{words}){tail}"))
        return _re2("|".join(alternatives), _options(self.SEARCH_MEMORY, longest=True))._regexp

    def _bounded(self, triple: tuple[str, bool, str]) -> bool:
        """Is a keyword (with its tail) a hit only after a ``\\b``: does every rule holding it open with it there?"""
        return all(i in self._at_boundary for i in self._owners[triple])

    def wait_for_hyperscan(self) -> bool:
        """Use the Hyperscan hit search from now on, compiling its database here if the cache has none (bench,
        tests, install); False where it cannot be had (no wheel, switched off, refused)."""
        return self._fast is not None and self._fast.wait()

    def _fast_windows(self, data: bytes, pos: int, safe: int) -> dict[int, list[tuple[int, int]]]:
        """``_windows`` from Hyperscan's reports: a report gives where a keyword and its tail end, so the keyword
        started between the pattern's longest and shortest widths before that, and its rules' matches up to
        ``before`` characters earlier. The scan starts a byte before ``pos``: a ``\\b`` before a keyword there reads
        what precedes it, as RE2 does (a report of that byte alone makes no window past ``pos``)."""
        fast = self._fast
        assert fast is not None
        ascii = data.isascii()
        last, base = safe - 1, max(0, pos - 1)
        found: dict[int, list[tuple[int, int]]] = {}
        for k, ends in fast.ends(data[base:] if base else data).items():
            p = fast.patterns[k]
            ends.sort()
            joined = _joined_ends(ends, base - p.longest, base - p.shortest)
            for i, before in self._fast_rules[k]:
                spans = _clamped(_back(data, joined, before, ascii) if before else joined, pos, last)
                if i in found:
                    found[i] += spans
                else:
                    found[i] = spans
        windows: dict[int, list[tuple[int, int]]] = {}
        for i, spans in found.items():
            if len(spans) > 1:
                spans.sort()
            if not ascii:  # start searches on a character
                spans = [(lo, hi) if data[lo] < 0x80 or data[lo] >= 0xC0 else (_char_start(data, lo, pos), hi)
                         for lo, hi in spans]
            if spans:
                windows[i] = _joined(spans) if len(spans) > 1 else spans
        return windows

    def max_lengths(self) -> dict[str, int]:
        return {c.rule.id: c.max_len for c in self.rules}

    def scan(self, data: bytes, pos: int, final: bool, verdicts: Verdicts | None = None) -> tuple[list[_Hit], int]:
        """Decide every match starting before the point where one may still be in progress.

        Returns the hits and the cut: text before it is final. With ``final`` the
        text ends here and everything is decided. ``verdicts``: the validations already made in an enclosing scan.
        """
        verdicts = verdicts if verdicts is not None else Verdicts()
        end = len(data)
        safe = end if final else self._live_start(data, pos)
        hits: list[_Hit] = []
        resume = pos
        if safe <= pos:
            return hits, pos
        try:
            windows = self._windows(data, pos, safe)
        except Exception:  # the prefilter could not decide: every rule searches everything
            windows = {i: [(pos, safe - 1)] for i in self._keyworded}
        cursors = dict.fromkeys(windows, 0)
        scale = 1 if data.isascii() else 4
        nexts: dict[int, _Hit] = {}
        queue: list[tuple[int, int, int]] = []
        """(start, rank, rule) of each keyword rule's next hit: the earliest is at hand without looking at
        every named rule after each hit (a text with many hits names most rules)."""
        for i in windows:
            hit = self._next_in_windows(i, windows[i], cursors, data, resume, scale, verdicts)
            if hit is not None:
                nexts[i] = hit
                queue.append((hit.at, hit.rank, i))
        heapq.heapify(queue)
        shape = self._next_shape(data, resume, safe, verdicts)
        while True:
            best = shape
            if queue and (best is None or queue[0][:2] < (best.at, best.rank)):
                best = nexts[queue[0][2]]
            if best is None:
                break
            if best.key is None and best.start - best.at > _LEAST_INNER:
                if best.start >= safe:  # a format starting at its value may run past it (``_reaching``): more text
                    return hits, best.at
                hits += self._inside_context(data, best, verdicts)
                best = _reaching(best, [nexts[i] for _, _, i in queue])
            hits.append(best)
            resume = best.resume
            while queue and queue[0][0] < resume:
                i = heapq.heappop(queue)[2]
                hit = self._next_in_windows(i, windows[i], cursors, data, resume, scale, verdicts)
                if hit is not None:
                    nexts[i] = hit
                    heapq.heappush(queue, (hit.at, hit.rank, i))
            if shape is not None and shape.at < resume:
                shape = self._next_shape(data, resume, safe, verdicts)
        return hits, end if final else max(safe, resume)

    def _inside_context(self, data: bytes, hit: _Hit, verdicts: Verdicts) -> list[_Hit]:
        """Matches inside a hit's context, before its value (an e-mail between ``docker login -u`` and ``-p``): the
        context is read, not masked, so what it holds is masked on its own. The context is scanned as a text that
        ends where the value starts, with CONTEXT characters before it, alike whole and streamed."""
        lo = max(0, hit.at - 4 * CONTEXT)
        while lo > 0 and 0x80 <= data[lo] < 0xC0:
            lo -= 1
        inner, _ = self.scan(data[lo:hit.start], hit.at - lo, final=True, verdicts=verdicts)
        return [h._replace(start=h.start + lo, end=h.end + lo, resume=h.resume + lo, at=h.at + lo,
                           key=None if h.key is None else (h.key[0] + lo, h.key[1] + lo)) for h in inner]

    def _windows(self, data: bytes, pos: int, safe: int) -> dict[int, list[tuple[int, int]]]:
        """Where matches may start: per keyword rule named in the text, ranges [lo, hi].

        The search looks at most _WINDOW bytes ahead, so a tail that runs on cannot make repeated
        searches quadratic; a hit is trusted only if all of it would fit before the window's end.
        """
        if self._fast is not None:
            if self._fast.ready:
                return self._fast_windows(data, pos, safe)
            if len(data) - pos >= self.FAST_FROM:
                self._fast.note(len(data) - pos)
        if self._hits is None:
            return {i: [(pos, safe - 1)] for i in self._keyworded}
        windows: dict[int, list[tuple[int, int]]] = {}
        scale = 1 if data.isascii() else 4  # keyword offsets are in characters
        end, at, lookahead = len(data), pos, self._lookahead
        while at < end:
            stop = min(end, at + _WINDOW + lookahead)
            found, last = self._hits.Match(_SEARCH, data, at, stop)[0]
            if stop < end and (found < 0 or found >= stop - lookahead):
                at = found if found >= 0 else stop - lookahead
                continue
            if found < 0 or found >= safe + scale * self.bound:
                break
            named = self._named(data[found:last]) or self._keyworded  # none: a fold ``folding`` lacks
            for i in named:
                lo, hi = max(pos, found - scale * self._keywords[i].before), min(found, safe - 1)
                if lo > hi:
                    continue
                while lo > pos and 0x80 <= data[lo] < 0xC0:  # start searches on a character
                    lo -= 1
                spans = windows.setdefault(i, [])
                if spans and lo <= spans[-1][1] + _JOIN:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
                else:
                    spans.append((lo, hi))
            at = found + 1
        return windows

    def _named(self, found: bytes) -> tuple[int, ...]:
        """The rules whose keyword starts the text found (every keyword matching there is a prefix of it).

        Remembered by the text's first longest-keyword characters (all the answer depends on): the same few
        keywords recur, and naming each hit afresh cost as much as a third of the hit search."""
        longest = self._word_lengths[-1] if self._word_lengths else 0
        head = found[:longest]
        if not head.isascii():
            head = found[:4 * longest]
        ids = self._named_cache.get(head)
        if ids is None:
            if len(self._named_cache) >= _NAMED_CACHE:
                self._named_cache.clear()
            ids = self._named_cache[head] = self._name(head.decode("utf-8", "ignore")[:longest])  # cut: no keyword's
        return ids

    def _name(self, found: str) -> tuple[int, ...]:
        folded = fold(found)
        ids: set[int] = set()
        for n in self._word_lengths:
            if n > len(found):
                break
            ids.update(self._by_word.get((folded[:n], True), ()))
            ids.update(self._by_word.get((found[:n], False), ()))
        return tuple(sorted(ids))

    def _next_in_windows(self, index: int, spans: list[tuple[int, int]], cursors: dict[int, int], data: bytes,
                         resume: int, scale: int, verdicts: Verdicts) -> _Hit | None:
        """The rule's first validated match that starts at or after ``resume`` inside one of its windows.

        ``scale`` is the most bytes a character takes in ``data`` (1 for ASCII): a match ends within
        ``scale * max_len`` bytes of its start. In other text a bounded rule's search stops ``max_len``
        characters after the window, counted: four times as many bytes make its DFA build states for text
        no match can reach (an 8 MiB program thrashed, 15x slower on the bench's mixed text)."""
        c = self.rules[index]
        k = cursors[index]
        counted = scale > 1 and not c.rule.unbounded  # an unbounded rule must see its too-long matches to refuse them
        while k < len(spans):
            lo, hi = spans[k]
            start = max(lo, resume)
            stop = min(len(data), (_char_end(data, hi, c.max_len) if counted else hi + scale * c.max_len) + 4)
            while start <= hi:
                spans_ = self._leftmost(c, data, start, hi, stop, scale)
                found = spans_[0][0]
                if found < 0:
                    break
                if c.rule.unbounded:  # its extent as seen from where it starts, whatever window found it
                    spans_ = c.alone.Match(_AT, data, found, min(len(data), found + scale * c.max_len + 4))
                hit = _validated(c, index, data, spans_, found, verdicts) if spans_[0][0] >= 0 else None
                if hit:
                    cursors[index] = k
                    return hit
                start = _next_char(data, found)
                if hit is False and c.named:  # the value refused: so it is from every start inside the name
                    start = max(start, _next_char(data, spans_[c.named][0]))
            k += 1
        cursors[index] = k
        return None

    @staticmethod
    def _leftmost(c: _Compiled, data: bytes, start: int, hi: int, stop: int, scale: int):
        """The rule's exact match (its spans) with the leftmost start in [start, hi] ending by ``stop``, else spans
        starting at -1: what an unanchored search of the exact program finds, found at less cost.

        Unanchored, the exact program follows every match in progress with its counters: on text dense with key
        names and values (hostile soup) its DFA builds a new state at almost every byte. Every exact match is a
        match of the rule's loose form, whose DFA stays small, so the loose form's starts, in order, are the only
        places worth the exact program, anchored there. A loose search looks at most _STEP bytes of starts
        ahead (a loose match may run on to the line's end): each costs at most _STEP plus the rule's length."""
        if c.starts is None:
            spans = c.alone.Match(_SEARCH, data, start, stop)
            return spans if spans[0][0] <= hi else _MISSED
        reach = scale * c.max_len + 4
        step = max(_STEP, reach)
        while start <= hi:
            limit = min(hi, start + step)
            at = c.starts.Match(_SEARCH, data, start, min(stop, limit + reach))[0][0]
            if at < 0 or at > limit:
                start = _next_char(data, limit)
                continue
            spans = c.alone.Match(_AT, data, at, stop)
            if spans[0][0] >= 0:
                return spans
            start = _next_char(data, at)
        return _MISSED

    def _next_shape(self, data: bytes, resume: int, safe: int, verdicts: Verdicts) -> _Hit | None:
        """The first validated match of a shape rule (no keyword) starting in [resume, safe): candidates are
        the places where the shapes' program matches, searched one at a time."""
        while resume < safe:
            start, first = self._candidate(data, resume)
            if start < 0 or start >= safe:
                break
            while first >= 0:
                index = self._shaped[first]
                c = self.rules[index]
                spans = c.alone.Match(_AT, data, start, len(data))
                if spans[0][0] >= 0:
                    hit = _validated(c, index, data, spans, start, verdicts)
                    if hit:
                        return hit
                first = self._next_shaped(data, start, first + 1)
            resume = _next_char(data, start)
        return None

    def _next_shaped(self, data: bytes, start: int, first: int) -> int:
        """The first shape rule from ``first`` on whose shape matches at ``start`` (-1 if none): a rule whose
        shape does not match cannot match exactly there."""
        if first >= len(self._shaped):
            return -1
        spans = self._shapes_from[first - 1].Match(_AT, data, start, len(data))
        if spans[0][0] < 0:
            return -1
        return first + next(i for i, s in enumerate(spans[1:]) if s[0] >= 0)

    def _candidate(self, data: bytes, resume: int) -> tuple[int, int]:
        """The next position where a shape rule's loose form matches, and the first such rule (-1 if none).

        The search looks at most _WINDOW bytes ahead, so a loose match that runs
        on cannot make repeated searches quadratic; a candidate is trusted only
        if a whole exact match after it would fit in the window.
        """
        if self._shapes is None:
            return -1, -1
        end = len(data)
        while True:
            stop = min(end, resume + _WINDOW + self._lookahead)
            spans = self._shapes.Match(_SEARCH, data, resume, stop)
            start = spans[0][0]
            if stop == end or 0 <= start < stop - self._lookahead:
                if start < 0:
                    return -1, -1
                return start, next(i for i, s in enumerate(spans[1:]) if s[0] >= 0)
            resume = start if start >= 0 else stop - self._lookahead

    def _live_start(self, data: bytes, pos: int) -> int:
        """The earliest position from which some rule could still match, given more text."""
        end = safe = len(data)
        for window, programs in self._live:
            start = max(pos, end - _byte_length(data, window))
            for live in programs:
                found = live.Match(_SEARCH, data, start, end)[0][0]
                if found < safe:
                    if found <= pos:  # no start lies before ``pos``: the other programs cannot move it
                        return found
                    safe = found
        return safe

    def render(self, data: bytes, hits: list[_Hit], start: int, cut: int, key: bytes, base: int):
        """The masked text of ``data[start:cut]`` and its findings, offsets counted from ``base``."""
        out: list[str] = []
        findings: list[Finding] = []
        prev, chars = start, base
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


def _reaching(hit: _Hit, others: list[_Hit]) -> _Hit:
    """A named value that a secret format's match (the whole match its value: a vendor's token) starts at and runs
    past: the value runs to that match's end. ``ONEPASSWORD_TOKEN=ops_eyJ...``: the password rule's 128 characters
    would leave the 1Password token's last 700 in clear, its format takes them all."""
    far = max((h.end for h in others if h.at == hit.start == h.start and h.end > hit.end and h.key is None
               and h.rule.category == "secret"), default=0)
    return hit._replace(end=far, resume=max(hit.resume, far)) if far else hit


def _packed(forms: list[str]) -> list[list[str]]:
    """``forms`` in groups of at most _LIVE_BUDGET characters (a longer one alone), first fit from the longest down:
    fewer programs for the same budget than consecutive groups of the forms sorted by size (each program costs every
    delta a search of ~1 us even when its states are built: 60 -> 53 for the default policy's 515 rules)."""
    groups: list[list[str]] = []
    rooms: list[int] = []
    for form in sorted(forms, key=len, reverse=True):
        k = next((k for k, room in enumerate(rooms) if len(form) <= room), len(groups))
        if k == len(groups):
            groups.append([])
            rooms.append(_LIVE_BUDGET)
        groups[k].append(form)
        rooms[k] -= len(form)
    return groups


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted windows with those less than _JOIN bytes apart made one."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1] + _JOIN:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _joined_ends(ends: list[int], low: int, high: int) -> list[tuple[int, int]]:
    """``_joined`` of the ranges (end + low, end + high) of sorted ``ends``: all of one width, two join when their
    ends are at most that width plus _JOIN apart (one pass over integers, no range built per report)."""
    out: list[tuple[int, int]] = []
    gap = high - low + _JOIN
    first = previous = ends[0]
    for end in ends:
        if end - previous > gap:
            out.append((first + low, previous + high))
            first = end
        previous = end
    out.append((first + low, previous + high))
    return out


def _back(data: bytes, spans: list[tuple[int, int]], before: int, ascii: bool) -> list[tuple[int, int]]:
    """``spans`` with each start moved ``before`` characters back: as many bytes where those before it are ASCII
    (one character past ASCII anywhere in a text no longer widens every window of it four times), four times as
    many elsewhere; a start before the text is cut to it anyway."""
    if ascii:
        return [(lo - before, hi) for lo, hi in spans]
    wide = 4 * before
    return [(lo - before if lo <= before or data[lo - before:lo].isascii() else lo - wide, hi) for lo, hi in spans]


def _clamped(spans: list[tuple[int, int]], pos: int, last: int) -> list[tuple[int, int]]:
    """Sorted ``spans`` (both ends rising, each start at most its end) cut to [pos, last], those left empty dropped,
    as a new list: mostly only a text's first and last spans reach past it, so most lists are copied as they are."""
    if not spans or (spans[0][0] >= pos and spans[-1][1] <= last):
        return list(spans)
    return [(max(lo, pos), min(hi, last)) for lo, hi in spans if max(lo, pos) <= min(hi, last)]


def _char_start(data: bytes, at: int, pos: int) -> int:
    """The start of the character holding byte ``at``, not before ``pos``."""
    while at > pos and 0x80 <= data[at] < 0xC0:
        at -= 1
    return at


def _char_end(data: bytes, at: int, chars: int) -> int:
    """Where ``chars`` characters after ``at`` end (a character cut at ``at`` counts none of its bytes)."""
    head = data[at:at + chars]
    if head.isascii():
        return at + len(head)
    return at + len(data[at:at + 4 * chars].decode("utf-8", "ignore")[:chars].encode())


def _byte_length(data: bytes, chars: int) -> int:
    """Bytes taken by the last ``chars`` characters of ``data``."""
    if data.isascii():
        return chars
    return len(data[-4 * chars:].decode("utf-8", "ignore")[-chars:].encode())


def _compile(rule: Rule) -> tuple[_Compiled, str, str]:
    """The compiled rule, its shape (candidate search) and its prefix (liveness) forms."""
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
        emitted = emit(rule.pattern, rule.max_repeat, rule.unbounded)
    except SyntaxRefused as exc:
        raise PolicyError(f"{where}: {exc}") from None
    if emitted.min_len == 0:
        raise PolicyError(f"{where}: the pattern can match empty text")
    if not 0 <= rule.context_chars <= WIDE_CONTEXT:
        raise PolicyError(f"{where}: context_chars must be 0-{WIDE_CONTEXT}, a stream keeps no more")
    if emitted.max_len > MAX_RULE_LENGTH:
        raise PolicyError(f"{where}: the pattern can match {emitted.max_len} characters, more than "
                          f"{MAX_RULE_LENGTH}; bound its repetitions (e.g. {{1,64}}) or lower max_length")
    try:
        alone = _re2(emitted.full, _options(_RULE_MEMORY))
    except PolicyError as exc:
        raise PolicyError(f"{where}: with unbounded repetition capped at {rule.max_repeat}, RE2 refuses the "
                          f"pattern ({exc}); use explicit bounds such as {{1,30}}") from None
    value, key = emitted.groups.get("v", 0), emitted.groups.get("k", 0)
    if key and not _TYPE.fullmatch(rule.key_type):
        raise PolicyError(f"{where}: a 'k' group needs a key_type")
    starts = None
    if emitted.keywords is not None and not rule.unbounded and alone._regexp.ProgramSize() >= _LOOSE_FROM:
        try:
            starts = _re2(emitted.loose, _options(_RULE_MEMORY))._regexp
        except PolicyError:  # the exact program alone finds the matches
            starts = None
    return (_Compiled(rule, value, alone._regexp, emitted.max_len, key, emitted.keywords, starts,
                      0 if rule.unbounded else emitted.named),  # unbounded: each start sees its own extent
            emitted.shape, emitted.prefix)


def _validated(c: _Compiled, index: int, data: bytes, spans, found: int,
               verdicts: Verdicts) -> _Hit | Literal[False] | None:
    """The hit a match makes; False if its validator refuses its value (wherever the match starts), None if its
    context refuses it or it would break JSON text.

    Both checks are pure and must agree, so their order is free: the validator goes first, as it refuses most
    candidates (a card's Luhn digit, a credential's randomness) and mostly costs less than reading the context."""
    rule, (start, end), whole_end = c.rule, spans[c.value], spans[0][1]
    if start < 0 or (rule.unbounded and len(data[found:whole_end].decode()) > c.max_len):
        return None
    if rule.validate is not None:
        value = data[start:end].decode()
        keep = verdicts(rule.validate, value)
        if not keep:
            return False
        if keep < len(value):
            end = start + len(value[:keep].encode())
            whole_end = end
    if rule.refuse_context is not None and rule.refuse_context(
            data[max(0, found - rule.context_chars):found].decode("utf-8", "ignore"), data[found:start].decode()):
        return None
    quoted = _bare_quote(data, start, end) and not (rule.unbounded and b"\n" in data[start:end])  # raw lines: not a JSON string
    if quoted or _inside_escape(data, start) or _inside_escape(data, end):
        return None
    key = spans[c.key] if c.key and 0 <= spans[c.key][0] and spans[c.key][1] <= start else None
    return _Hit(rule, start, end, whole_end, found, key, index)


def _bare_quote(data: bytes, start: int, end: int) -> bool:
    """Does ``data[start:end]`` hold a ``"`` that no backslash escapes and that could open or close a string?
    Masked, it would join two JSON strings; an escaped one (``Qx7\\"mZ``) lies inside its string and goes with the
    value, and so does one between two letters or digits (``kx6Y"uil`` in a single-quoted password): no string of
    JSON or code opens or closes inside a word."""
    at = data.find(b'"', start, end)
    while at >= 0:
        run = at
        while run > start and data[run - 1] == 0x5C:
            run -= 1
        if (at - run) % 2 == 0 and not (0 < at and at + 1 < len(data) and data[at - 1] in _WORD_BYTES
                                        and data[at + 1] in _WORD_BYTES):
            return True
        at = data.find(b'"', at + 1, end)
    return False


_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


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


_ENCODED_AT_ONCE = 1 << 16
"""Characters of a text that is not all ASCII encoded at a time (``_utf8``)."""


def _utf8(text: str) -> bytes:
    """``text.encode()``, sooner for a mostly-ASCII text. One character past ASCII makes Python store every character
    of a string in two or four bytes, and such a string is encoded character by character; a slice of it without one
    is stored as ASCII again, and an ASCII string encodes as a copy (the bench's 10 MB with 6 such characters)."""
    if text.isascii():
        return text.encode()
    return b"".join([text[at:at + _ENCODED_AT_ONCE].encode() for at in range(0, len(text), _ENCODED_AT_ONCE)])


def mask_text(text: str, rules: Ruleset, session_key: bytes) -> tuple[str, list[Finding]]:
    """Mask a whole text (a non-streamed body): the same scan a stream runs, with nothing left to come. A text with
    nothing to mask is returned as it came, not decoded again from its bytes."""
    data = _utf8(text)
    hits, cut = rules.scan(data, 0, final=True)
    if not hits:
        return text, []
    return rules.render(data, hits, 0, cut, session_key, 0)
