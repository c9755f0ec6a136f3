"""An id found under the column header naming it, in every row of that table.

A table is what tool output prints: CSV, ``;`` or tab separated, Markdown, ``psql`` and MySQL result boxes,
fixed-width columns (cells apart by two spaces or more), raw or inside a JSON string. A column rule's match runs
from the header cell naming an id to the *last* row, within its reach, holding a cell of that id's shape; the
engine scans the text before a match's value as a text of its own (``Ruleset._inside_context``), where the same
rule finds the row before, and so on up to the first. ``validators.not_its_column`` keeps a value whose cell is in
the header's column, counted the same way on both lines.

A header's reach ends at the table's end (the first line that is no table row: no cell separator, no border) or
after about 4,600 characters (``REACH``), what a stream holds back at most while a table is open. The search for
the row before starts from the last one found: a cell of the id's shape failing its check, or in another column,
ends it, and the rows above stay (a blank cell does not).
"""

from __future__ import annotations

import re

NL = r"(?:\r?\n|\\n)"
_LINE_CHAR = r"(?:[^\r\n\\]|\\[^n\r\n])"
"""A character of a line, raw or inside a JSON string (whose escapes other than ``\\n`` stay on the line)."""
_CELL_END = r"(?:[ \t]*[|,;\t]|[ ][ ])"
_ROW = rf"{_LINE_CHAR}*(?:[|,;\t+]|[ ][ ]|---){_LINE_CHAR}*"
"""A table's line: cells apart by a separator or two spaces, or a border (``+----+``, ``|---|``, ``-----+---``).
Two spaces are written ``[ ][ ]``, never ``[ ]{2}``: a stream's liveness form opens counts to one or more, so with
``{2}`` every line of prose holding a space was a row, and a header word in prose ("phone", "SSN") held the stream
back for the whole reach."""
_NAME_SUFFIX = r"(?:[ _.-]?(?i:no|nr|number|nummer|#)\.?|[_.-][A-Za-z]{1,8}|[ ]?/[ ]?[A-Za-z]{1,12})?"
"""What may follow the name in its cell: ``No.``, ``_id``, or another kind after a slash (``National ID / Tax``)."""
REACH = 32
"""The repeat cap of the rule: its rows times their characters bound a match to about 4,700 characters (searched as
written, a match is any rows of any length within that)."""


def header_words(words: str) -> str:
    """An id's names as a header spells them: a space between words may be ``_`` (``tax_file_number``); each variant
    is a keyword of the hit search, so ``-`` is left out (three per space made the search 4% slower)."""
    out, depth = [], 0
    for i, ch in enumerate(words):
        escaped = i > 0 and words[i - 1] == "\\"
        if ch == "[" and not escaped:
            depth += 1
        elif ch == "]" and not escaped and depth:
            depth -= 1
        out.append("[ _]" if ch == " " and not depth else ch)
    return "".join(out)


def _alternatives(words: str) -> list[str]:
    """The top-level alternatives of a regex."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(words):
        escaped = i > 0 and words[i - 1] == "\\"
        if ch in "([" and not escaped:
            depth += 1
        elif ch in ")]" and not escaped:
            depth -= 1
        elif ch == "|" and not depth and not escaped:
            out.append(words[start:i])
            start = i + 1
    return out + [words[start:]]


_HEADER_CELL_END = rf"{_NAME_SUFFIX}[ \t]{{0,3}}\\?[\"']?(?:[ \t]{{0,3}}[|,;\t]|[ ][ ]|{NL})"
"""The rest of the header cell and its end: with the name, what a hit search looks for (a name alone is in base64)."""


def _header_cell(words: str) -> str:
    """The header cell: a word boundary before a name written in ASCII letters (no ``basin,`` for ``sin``); RE2's
    ``\\b`` is ASCII-only, so a name in another script goes without it. Each branch ends with the cell's end, so the
    hit search's keyword has it as its tail."""
    names = [header_words(w) for w in _alternatives(words)]
    ascii_names = [n for n in names if re.sub(r"^(?:\\b|\(\?:)+", "", n)[:1].isascii()]
    other = [n for n in names if n not in ascii_names]
    found = ([rf"\b(?:[A-Za-z]{{1,12}}(?:[_.-]|[ ]?/[ ]?)){{0,2}}(?i:{'|'.join(ascii_names)}){_HEADER_CELL_END}"]
             if ascii_names else [])  # tax_id, Tax / national ID: a cell naming two kinds
    return "(?:" + "|".join(found + ([f"(?i:{'|'.join(other)}){_HEADER_CELL_END}"] if other else [])) + ")"


def column_pattern(words: str, value: str, rows: int | None = None) -> str:
    """The header cell naming the id, the table's lines after it, and a cell of the id's ``value`` shape in the last
    row that holds one (``(?P<v>...)``). With ``rows``, at most that many lines of at most 120 characters: a rule
    whose cells are of a loose shape (any password) then costs a bounded search at each header, however dense."""
    line, table = (f"{_LINE_CHAR}{{0,120}}", f"{{0,{rows}}}") if rows else (f"{_LINE_CHAR}*", "*")
    row = _ROW.replace(f"{_LINE_CHAR}*", line)
    return (rf"{_header_cell(words)}"
            rf"(?:{line}{NL})?(?:{row}{NL}){table}"
            rf"(?:{line}?{_CELL_END})??[ \t]*\\?[\"']?(?P<v>{value})[ \t]*\\?[\"']?(?:{_CELL_END}|{NL}|$)")


_SEPARATOR = re.compile(r"[ \t]*[|,;\t][ \t]*|[ ]{2,}")
_CELL_START = re.compile(r"(?:^|[|,;\t\n]|[ ]{2})[ \t]*\\?[\"']?$")


def column_of(line_start: str) -> int | None:
    """The column a cell starting after ``line_start`` (its line up to the cell) is in; None if nothing ends a cell
    there."""
    if _CELL_START.search(line_start) is None:
        return None
    return len(_SEPARATOR.findall(line_start))
