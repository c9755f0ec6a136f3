"""Words a text holds rather than says (issue 21, precision): a quotation in Chinese, Japanese or Korean prose, whose
ASCII quotation marks touch the words around them ('出现"AI助手：请…"。', '"비서에게: …"라는 문장'); hidden markup
inside a string literal of source code (a sanitiser's test fixture ``html = '<span style="display:none">AI: …</span>'``);
the rows of a labelled dataset; a heading's noun inside a sentence ("e-mails with instructions for AI assistants");
and a flag that would rest on cited words while the text's own voice says little.

Pure functions; each reads one line, a text's head, or looks up a few spans."""

from __future__ import annotations

import re
from bisect import bisect_right

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
CJK_CHAR = re.compile(f"[{CJK}]")
CLOSE_TOUCHES = re.compile(f"[{CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f]")
"""What follows a closing mark in CJK prose: a particle or quotative ("라는", "と", "的") or a full-width stop or comma."""
QUOTE_REACH = 300
"""The longest quotation judged: a sentence or two; a mark further on closes something else."""


def cjk_quoted(low: str, start: int, end: int) -> bool:
    """Whether what opens at ``low[start]`` (and runs to ``end``) opens inside one of ``cjk_quotations`` on its line."""
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", start)
    return any(a < start < b for a, b in _line_quotations(low, line_start, len(low) if line_end < 0 else line_end))


def cjk_quotations(low: str) -> list[tuple[int, int]]:
    """The quotations that CJK prose holds between ASCII double quotes: on a line with CJK script, its marks paired in
    order (a JSON string's escaped marks, where it has them), a pair kept when a CJK character stands right before the
    opening mark or right after the closing one ("…"라는 문장, 出现"…"。). The sentence names the quotation; it does
    not say it to the reader."""
    if '"' not in low or not CJK_CHAR.search(low):
        return []
    out: list[tuple[int, int]] = []
    line_start = 0
    while line_start <= len(low):
        line_end = low.find("\n", line_start)
        line_end = len(low) if line_end < 0 else line_end
        out += _line_quotations(low, line_start, line_end)
        line_start = line_end + 1
    return out


def _line_quotations(low: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    if line_end - line_start > LINE_REACH or '"' not in low[line_start:line_end] or not CJK_CHAR.search(low, line_start, line_end):
        return []
    escaped = "\\\"" in low[line_start:line_end]
    marks = [i for i in range(line_start, line_end) if low[i] == '"' and (low[i - 1 : i] == "\\") == escaped]
    out = []
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):  # an odd last mark opens nothing
        before = opening - (2 if escaped else 1)
        touches = (before >= 0 and CJK_CHAR.match(low, before)) or CLOSE_TOUCHES.match(low, closing + 1)
        if touches and closing - opening <= QUOTE_REACH:
            out.append((opening, closing + 1))
    return out


LINE_REACH = 4000
"""The longest line whose marks are paired: a paragraph of prose; a longer line is data, judged by the other rules."""


def held_in_literal(text: str, hidden: str, literals: list[tuple[int, int]]) -> bool:
    """Whether hidden words (a CSS-hidden element's or an HTML comment's) stand inside one of ``literals``, the string
    literals of a text that reads as source code: markup a program holds as data (a fixture, a template), which a
    browser never renders to the agent's reader."""
    needle = hidden.strip()
    if len(needle) < 4 or not literals:
        return False
    starts = [s for s, _ in literals]
    at, seen = text.find(needle), 0
    while at >= 0 and seen < HELD_LOOKS:
        i = bisect_right(starts, at) - 1
        if i < 0 or at + len(needle) > literals[i][1]:
            return False  # said once outside a literal: it is markup the text renders
        at, seen = text.find(needle, at + 1), seen + 1
    return seen > 0


HELD_LOOKS = 8
"""Places looked up per hidden segment: a fixture repeats its sample a few times."""


SAID_LITTLE = 0.5
"""The most the uncited signals of a text may weigh, together, for its cited ones not to count toward a flag."""


def said_little_beside_cited(signals, supporting: frozenset[str], structural: frozenset[str]) -> bool:
    """Whether a text's flag would rest on what it cites: a deciding signal is cited (quoted, reported, held in code or a
    listed example) and what it says in its own voice weighs no more than one weak signal ("The agent must treat them
    as text" beside a quoted 'SYSTEM: grant admin'), with nothing hidden, encoded or forged said. Such a text taints its
    session; it is not flagged. (The caller keeps the flag when the text hands the cited words over: "… - this is
    your task now".)"""
    if not any(s.cited and s.name not in supporting for s in signals):
        return False
    said = [s for s in signals if not s.cited]
    return not any(s.name in structural for s in said) and sum(s.weight for s in said) <= SAID_LITTLE + 1e-9


HEADING_NOUN = re.compile(
    r"(?:note|notes|message|messages|instructions?|reminders?|requests?|notices?|nota|notas|mensagens?|mensajes?|instru[cç][õoi]\w*|"
    r"hinweise?|nachrichten?|anweisungen?|istruzioni|messaggi|berichten|instructies|instrukcje|инструкци\w*|сообщени\w*)\b"
)
NOUN_LEAD = re.compile(
    r"(?<![\w'])(?:with|without|containing|contain|contains|carrying|about|of|on|these|those|such|hidden|embedded|fake|malicious|"
    r"planted|forged|com|con|sem|sin|sobre|de|das|dos|del|estas|esses|essas|tais|ocultas|avec|sans|des|ces|sur|mit|ohne|über|"
    r"von|solche|solchen|diese|diesen|senza|delle|di|su|queste|met|zonder|over|van|deze|z|ze|o|с|о|об|такие|эти)[ \t]+\Z"
)
"""A preposition or determiner before a heading's noun ("e-mails with instructions for AI assistants", "mensagens com
instruções para assistentes"): the noun names a kind of text in a sentence; it heads nothing said to the reader."""


def names_a_kind_of_text(low: str, start: int) -> bool:
    """Whether an address opening at ``start`` with a heading's noun ("instructions for the assistant") is that noun
    inside a sentence, after a preposition or a determiner: a kind of message told of, not one addressed."""
    return HEADING_NOUN.match(low, start) is not None and NOUN_LEAD.search(low, max(0, start - 24), start) is not None


CLASS_COLUMN = re.compile(r"(?:label|labels|class|verdict|expected|ground_truth|gold|is_injection|is_attack|is_malicious|is_jailbreak)")
HEADER_FIELD = re.compile(r"[a-z_][a-z0-9_ ]{0,30}")
CLASS_VALUE = re.compile(r"[a-z0-9_-]{1,20}")
HEAD_LINES = 5
"""How far into a text its header row is looked for: a data file opens with it (after a command line or a title)."""


def labelled_rows(low: str) -> list[tuple[int, int]]:
    """The rows of a labelled dataset in a delimited table (tab- or comma-separated): a header row naming a class column
    ("label", "verdict", "expected", "is_injection") and rows with as many fields whose class values are one short word
    each, two to four kinds in all. Each row is a sample with its verdict, shown to whoever reads the dataset."""
    pos = 0
    for _ in range(HEAD_LINES):
        end = low.find("\n", pos)
        if end < 0:
            return []
        for sep in ("\t", ","):
            fields = [f.strip() for f in low[pos:end].split(sep)]
            if 2 <= len(fields) <= 8 and all(HEADER_FIELD.fullmatch(f) for f in fields):
                column = next((i for i, f in enumerate(fields) if CLASS_COLUMN.fullmatch(f)), None)
                if column is not None:
                    return _rows_below(low, end + 1, sep, len(fields), column)
        pos = end + 1
    return []


def _rows_below(low: str, pos: int, sep: str, width: int, column: int) -> list[tuple[int, int]]:
    rows, kinds = [], set()
    while pos < len(low):
        end = low.find("\n", pos)
        end = len(low) if end < 0 else end
        fields = low[pos:end].split(sep)
        if len(fields) < width or not CLASS_VALUE.fullmatch(fields[column].strip().strip('"')):
            break
        kinds.add(fields[column].strip().strip('"'))
        rows.append((pos, end))
        pos = end + 1
    return rows if len(rows) >= 2 and 2 <= len(kinds) <= 4 else []
