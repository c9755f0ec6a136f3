"""Where an id's name opens a match: at a word's start, or joined to the text before it.

A short name (five letters or fewer: ``sin``, ``run``, ``ein``, ``tin``) is a piece of many longer words (basin,
brunch, protein, destination), so it opens a match only at an ASCII word boundary, or where a key joins it to the
word before: after ``_`` (``customer_sin``) or as a camelCase part (``userSin``, ``taxPAN``). A rule whose names
all start after a ``\\b`` is a bounded keyword group for the Hyperscan hit search (``starts_at_boundary``), which
then no longer runs the rule's tail inside every such word. Longer names and phrases are rare inside other words
and may end a compound (Steueridentifikationsnummer), and names in other scripts have no ASCII word boundary
(RE2's ``\\b`` is ASCII-only): those open a match wherever they stand, as before.
"""

from __future__ import annotations

import re

from .columns import _alternatives

SHORT = 5
"""Most letters of a name bound to a word's start."""
_LEADING_BOUNDARY = re.compile(r"^(?:\\b)+")


def _letters(name: str) -> int:
    """Letters of the name outside its optional groups (``nhs(?:[ _]number)?`` has 3)."""
    depth, count, i = 0, 0, 0
    while i < len(name):
        ch = name[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "[" and depth == 0:
            close = name.index("]", i + 1)
            count += any(c.isalpha() for c in name[i + 1:close])
            i = close + 1
            continue
        elif depth == 0 and ch.isalpha():
            count += 1
        i += 1
    return count


def _camel(name: str) -> list[str]:
    """The name as a camelCase part of a key, in case-sensitive literals (case-folded ones would be hits inside
    every word again): each word's first letter a capital (``Sin``, ``TaxId``), or all capitals (``SIN``).
    Mixed cases beyond these are what base64 is made of."""
    title, starts, i = [], True, 0
    while i < len(name):
        ch = name[i]
        if ch == "\\":
            title.append(name[i:i + 2])
            i += 2
            continue
        if ch == "[":
            close = name.index("]", i + 1)
            members = name[i + 1:close]
            title.append("[" + (members.upper() if starts and members.isalpha() else members) + "]")
            starts = not members.isalpha()
            i = close + 1
            continue
        title.append(ch.upper() if starts and ch.isalpha() else ch)
        if ch.isalpha():
            starts = False
        elif ch in " _-.":
            starts = True
        i += 1
    return ["".join(title), _upper(name)]


def _upper(name: str) -> str:
    """The name in capitals, its escapes (``\\b``, ``\\.``) as written."""
    parts = re.split(r"(\\.)", name)
    return "".join(p if p.startswith("\\") else p.upper() for p in parts)


def split(names: str) -> tuple[str, str]:
    """(``at_word``, ``joined``): the short names in ASCII letters, which a rule opens after a ``\\b`` (case-folded),
    and a pattern for every other place the names open a match: short names after ``_`` or as a camelCase part
    (unless written with a ``\\b`` of their own), longer ones and those in other scripts wherever they stand.
    Either may be empty."""
    at_word, inside, camel, anywhere = [], [], [], []
    for name in _alternatives(names):
        bare = _LEADING_BOUNDARY.sub("", name)
        if bare[:1].isascii() and bare[:1].isalpha() and _letters(bare) <= SHORT:
            at_word.append(name)
            if bare == name:
                inside.append(name)
                camel += _camel(name)
        else:
            anywhere.append(name)
    joined = ([f"_(?i:{'|'.join(inside)})"] if inside else []) + \
        ([f"[a-z0-9](?:{'|'.join(camel)})"] if camel else []) + \
        ([f"(?i:{'|'.join(anywhere)})"] if anywhere else [])
    return "|".join(at_word), "|".join(joined)
