"""Case folding as RE2's ``(?i)`` does it, for the code that names a hit's rules and builds Hyperscan's patterns.

A case-folded keyword hit names the rules holding the keyword by looking its text up folded. Folded with
``bytes.lower`` (ASCII only), an upper-case keyword past ASCII ('ΑΜΚΑ: ', 'ΑΦΜ', 'ИНН') named no rule, and the hit
search then sent it to every keyword rule: ~450 rule searches per hit, 45 s for a stream of 20,000 characters of a
repeated label (issue 16). ``fold`` maps each character to one member of its folding orbit, so the text of any
case variant a folded keyword matches folds as the keyword does.
"""

from __future__ import annotations

from functools import cache, lru_cache

CASED_BELOW = 0x1E950
"""No code point from here on has a case mapping (the last is Adlam's U+1E943)."""
_RE2_ONLY = ((0x390, 0x1FD3), (0x3B0, 0x1FE3), (0xFB05, 0xFB06))
"""Orbits of RE2's simple folding that Python's one-character mappings do not join (later Unicode versions'
CaseFolding ``S`` entries: Greek letters with dialytika and tonos, the ``st`` ligatures)."""


@cache
def orbits() -> dict[int, frozenset[int]]:
    """Code points and the others that case folding joins them with: Python's one-character case mappings and
    _RE2_ONLY, closed under each other, a superset of RE2's simple folding orbits (k, K and the Kelvin sign)."""
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    def join(a: int, b: int) -> None:
        a, b = root(a), root(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for code in range(CASED_BELOW):
        ch = chr(code)
        for other in (ch.lower(), ch.upper(), ch.casefold()):
            if len(other) == 1 and other != ch:
                join(code, ord(other))
    for a, b in _RE2_ONLY:
        join(a, b)
    members: dict[int, set[int]] = {}
    for code in parent:
        members.setdefault(root(code), set()).add(code)
    for r, group in members.items():
        group.add(r)
    return {c: frozenset(group) for group in members.values() for c in group}


@lru_cache(maxsize=4096)
def _char(ch: str) -> str:
    group = orbits().get(ord(ch))
    if not group:
        return ch
    return chr(min((c for c in group if chr(c).lower() == chr(c)), default=min(group)))


def fold(text: str) -> str:
    """``text`` with each character replaced by the least lower-case member of its orbit (an ASCII letter's own
    lower case): two texts RE2 matches to each other case-insensitively fold alike (a coarser fold only names more
    rules, whose exact patterns then decide)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_char, text))
