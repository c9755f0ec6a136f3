"""Text a rendered view does not show, in the forms ``normalise.views`` does not pull out, and hidden orders to an AI.

``views`` lists HTML comments, CSS-hidden elements, tag and zero-width characters. A page or a file hides text from
the person who looks at it in other ways too, while the model reads the raw text:

- a markdown link-reference comment (``[//]: # (…)``, ``[comment]: <> (…)``): the markdown renderer drops the line;
- a terminal's conceal attribute (``ESC[8m … ESC[0m``): the terminal prints nothing where it stands;
- a value padded far to the right (a run of spaces inside a line): an editor or a web view shows it off screen;
- image alt text (``![…](…)``, ``<img alt="…">``): the page shows the image, not the words.

Alt text and padding are also how people describe images and align columns, so a reading is only judged by what it
says (the caller's lexicons). A hidden text of any of these kinds, or of those ``views`` finds, is an order by itself
(``ordered``) when it names an AI reader as its addressee ("for AI coding agents only:", "assistant,") and asks it for
an effect on something at stake, or to keep it from the user: nobody hides such a request from a person.

Pure: each form is one anchored or RE2-prefiltered pass; readings are bounded in number and length.
"""

from __future__ import annotations

import re

from .injection_address import EFFECT
from .injection_lead import STAKE, UNSEEN
from .injection_machine import RISK
from .prefilter import Scan, compile_re2

MARKDOWN_COMMENT = re.compile(r"^[ \t]*\[(?://|comment|_|#|note|hidden)\]:[ \t]*(?:#|<>)[ \t]*(?:\((.+)\)|\"(.+)\")[ \t]*$", re.M)
ANSI_CONCEALED = re.compile(r"(?:\x1b|\\u001b|\\x1b|\\033|\\e)\[8m(.{4,400}?)(?:(?:\x1b|\\u001b|\\x1b|\\033|\\e)\[(?:0|28)?m|\n|$)", re.S)
SAME_COLOURS = re.compile(r"(?:\x1b|\\u001b|\\x1b|\\033|\\e)?\[3([0-7]);4\1m(.{4,400}?)(?:(?:\x1b|\\u001b|\\x1b|\\033|\\e)?\[0?m|\n|$)", re.S)
"""Terminal text in the background's own colour (``ESC[30;40m``): printed, and not seen."""
WIKI_WHITE = re.compile(r"\{color:(?:#fff(?:fff)?|white)\}(.{4,400}?)(?:\{color\}|\n|$)", re.S)
"""Jira and Confluence wiki markup in white (``{color:#ffffff}…{color}``)."""
PADDING = compile_re2(r"\S[ \t]{80,}\S")
"""Text pushed off screen: a run of at least 80 spaces between two visible characters of one line."""
ALT_TEXT = re.compile(r"!\[([^\]\n]{12,300})\]\(|<img\b[^>]{0,200}?\balt\s*=\s*[\"']([^\"'\n]{12,300})[\"']")
PADDED_END = re.compile(r"[^\n\"]{1,400}")
MAX_READINGS = 8

ADDRESSEE = re.compile(
    r"(?:^|[\s(\[\"'>])(?:(?:for|to|attention|note (?:to|for)|dear|hey|hi)[ \t]+)?(?:(?:the|any|all|every)[ \t]+)?(?:(?:ai|llm|coding|browsing|automated|autonomous)[ \t]+)*"
    r"(?:agents?|assistants?|ai|llms?|bots?|copilot|claude|chatgpt|as+ist\w*|agent\w*|агент\w*|ассистент\w*|асистент\w*)(?:[ \t]+only)?[ \t]*[:,—–-]"
)
"""An AI reader named as the one spoken to ("for AI coding agents only:", "assistant,", "agent -")."""
EFFECT_WORD = re.compile(r"(?<![\w-])(?:" + EFFECT + r"|append|mark|set|rate|recommend|approve|merge|push|grant)(?![\w-])")
FORBIDDEN = re.compile(r"\b(?:do not|don't|never|must not|should not|shouldn't)\s+(?:\w+\s+){0,2}\Z")
REACH = 240


def concealed(low: str) -> list[tuple[str, str]]:
    """(how, text) of the hidden forms in the folded text ``low`` that ``views`` does not list."""
    out: list[tuple[str, str]] = []
    if "]:" in low:
        out += [("markdown-comment", m.group(1) or m.group(2)) for m in MARKDOWN_COMMENT.finditer(low)]
    if "[8m" in low:
        out += [("ansi-concealed", m.group(1)) for m in ANSI_CONCEALED.finditer(low)]
    if ";4" in low:
        out += [("same-colours", m.group(2)) for m in SAME_COLOURS.finditer(low)]
    if "{color:" in low:
        out += [("white-text", m.group(1)) for m in WIKI_WHITE.finditer(low)]
    if "  " in low:
        for _start, end in Scan(low).spans(PADDING):
            tail = PADDED_END.match(low, end - 1)
            if tail and len(tail.group(0).split()) >= 3:
                out.append(("off-screen", tail.group(0)))
            if len(out) >= MAX_READINGS:
                break
    if "![" in low or "<img" in low:
        out += [("alt-text", m.group(1) or m.group(2)) for m in ALT_TEXT.finditer(low)]
    return out[:MAX_READINGS]


def hidden_order(hidden: str) -> bool:
    """Whether a hidden text names an AI reader as its addressee and asks it, after the address, for an effect on
    something at stake or to keep the request from the user."""
    for m in ADDRESSEE.finditer(hidden):
        rest = hidden[m.end() : m.end() + REACH]
        effect = EFFECT_WORD.search(hidden, m.end(), m.end() + REACH)
        if effect and not FORBIDDEN.search(hidden, m.end(), effect.start()):
            return bool(RISK.search(rest) or STAKE.search(rest) or UNSEEN.search(rest))
        if not effect and RISK.search(rest) and not FORBIDDEN.search(rest[:40] + " "):
            return True  # an order in words the lexicon lacks, naming a risky thing ("DI asistentui: parsisiųsk … su sudo")
    return False
