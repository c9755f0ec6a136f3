"""A national id in the column an SQL ``INSERT`` names for it (issue 16, pass 34m).

``INSERT INTO customers (id, pesel, city) VALUES ('C-1', '...', 'Gdynia')`` labels its values by position: the
n-th value is the n-th column's. A rule per id kind matches a column list naming that id and, in the first row, the
first value of the id's shape; ``in_its_column`` refuses the match unless that value is the one in the id's column
(counted the same way on both lists), and the value must pass that id's own check, so no value is judged by another
column's name or another id's check. Each rule starts at ``INSERT INTO`` and is bounded (the id's column among
the first eight, 24 columns of 40 characters, 7 values of 100 before the id's), what a stream holds back after that keyword at most.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .columns import header_words
from .engine import WIDE_CONTEXT, Rule

_NL = r"(?:\r?\n[ \t]{0,12})?"
_COLUMN = rf"[ \t]{{0,3}}{_NL}[`\"\[]?[A-Za-z0-9_$]{{1,40}}[`\"\]]?[ \t]{{0,3}}{_NL}"
_VALUE = r"\s{0,3}(?:N?'[^'\r\n]{0,100}'|[^,'()\s]{1,40})\s{0,3}"
_CELLS = re.compile(r"N?'[^']*'|[^,]+")


def _id_column(words: str) -> str:
    """A column named for an id: its name, maybe between ``_``-joined words (``customer_pesel``, ``tc_kimlik_no``)."""
    return rf"[ \t]{{0,3}}{_NL}[`\"\[]?(?:[A-Za-z0-9]{{1,20}}_){{0,2}}(?i:{words})(?:_[A-Za-z0-9]{{1,12}}){{0,2}}[`\"\]]?[ \t]{{0,3}}{_NL}"


def in_its_column(words: str) -> Callable[[str, str], bool]:
    """``refuse_context``: True unless the value (right after ``head``) is in a column whose name holds ``words``."""
    name = re.compile(rf"^[`\"\[]?(?:[A-Za-z0-9]{{1,20}}_){{0,2}}(?i:{words})(?:_[A-Za-z0-9]{{1,12}}){{0,2}}[`\"\]]?$")

    def refuse(_before: str, head: str) -> bool:
        columns, _, values = head.partition("(")[2].partition(")")
        position = len(_CELLS.findall(values.partition("(")[2].rstrip(" \t\r\nN'")))
        names = [c.strip() for c in columns.split(",")]
        return not (position < len(names) and name.match(names[position]))
    return refuse


def rules(kinds: Iterable[tuple[str, str, str, Callable[[str], int]]]) -> tuple[Rule, ...]:
    """One rule per id kind: (name, words naming it, its value's shape, its check), as ``detectors._ID_KINDS``."""
    return tuple(
        Rule(f"national_id_{name}_sql_insert", "national_id",
             rf"\b(?i:insert[ \t]{{1,3}}into)[ \t]{{1,3}}[^\s(]{{1,80}}[ \t]{{0,3}}\((?:{_COLUMN},){{0,7}}"
             rf"{_id_column(header_words(words))}(?:,{_COLUMN}){{0,16}}\)\s{{0,12}}(?i:values)\s{{0,3}}\("
             rf"(?:{_VALUE},){{0,7}}?\s{{0,3}}N?'?(?P<v>{shape})'?\s{{0,3}}[,)]",
             validate=check, category="pii", refuse_context=in_its_column(header_words(words)),
             context_chars=WIDE_CONTEXT)
        for name, words, shape, check in kinds)
