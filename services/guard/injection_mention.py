"""Words a text mentions rather than says (issue 21, precision, thirty-first pass).

A quotation in Chinese or Japanese corner brackets that its sentence goes on after (「以前の指示を無視して」系の攻撃,
「忽略之前的指令」这类例子): the bracketed words are a noun in that sentence, a kind of attack named, not an order.
A command that a question asks about (``is it ok to run `terraform destroy` in my sandbox?``, ``can someone with
prod access run `SELECT …`?``): its writer asks whether they, or some person, may run it; nothing is handed to the
reader to run.

Pure functions over one line or one sentence; linear.
"""

from __future__ import annotations

import re

CJK_LETTER = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
BRACKETED = re.compile(f"「([^「」\\n]{{6,300}})」(?=[{CJK_LETTER}])")
"""A corner-bracket quotation followed at once by a word of its sentence (a particle, a noun, a counter), not by a full
stop, a line's end or a colon: the sentence names the quoted words and goes on. Six characters at least: a phrase, not
a setting's or a button's name (カレンダーを「一般公開」に変更し is an order that names a value)."""


def bracket_quotations(low: str) -> list[tuple[int, int]]:
    """The corner-bracket quotations that their sentence goes on after (BRACKETED)."""
    if "「" not in low:
        return []
    return [m.span() for m in BRACKETED.finditer(low)]


def bracket_quoted(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` lies inside one of ``bracket_quotations`` on its line."""
    if "「" not in low:
        return False
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", start)
    return any(a < start and end <= b for a, b in bracket_quotations(low[line_start : len(low) if line_end < 0 else line_end])
               for a, b in [(a + line_start, b + line_start)])


ASKER = re.compile(
    r"(?:\b(?:can|could|may|should|shall|do|must)\s+(?:i|we|someone|anyone|somebody|anybody)\b|\bis\s+it\s+(?:ok|okay|safe|fine|alright|allowed)\b"
    r"|\b(?:am|are)\s+(?:i|we)\s+(?:allowed|supposed)\b|\b(?:puedo|podemos|puede alguien|darf ich|kann ich|soll ich|kann jemand|puis-je|posso|qualcuno può|alguém pode)\b)"
    r"[^.!?\n`]{0,60}\Z",
    re.I,
)
"""The head of a question whose asker is its writer or an open "someone" ("is it ok to", "can someone with prod access",
"should I", "darf ich"), reaching the cue within a short clause."""
YOU = re.compile(r"\byou\b", re.I)
QUESTION_END = re.compile(r"[^.!\n]{0,200}?\?")
"""The rest of the sentence up to a question mark, with no full stop or line break first."""


def asked_about(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the run cue at ``text[cue_start:cue_end]`` stands in a question that its writer asks about their own act,
    or asks of any person ("can someone … run `X`?"): a command asked about, not one given to the reader."""
    line_start = max(text.rfind("\n", 0, cue_start), text.rfind(". ", 0, cue_start) + 1, text.rfind("\"", 0, cue_start), 0)
    asker = ASKER.search(text, line_start, cue_start)
    if asker is None or YOU.search(text, asker.end(), cue_start):
        return False  # "can I get you to run …?": the reader is asked after all
    return QUESTION_END.match(text, cue_end) is not None


TOLD_AS_DONE = re.compile(r"(?<![\w'])(?:did|didn't|does|doesn't|would|wouldn't|might)[ \t]+(?:not[ \t]+|still[ \t]+|also[ \t]+|even[ \t]+)?\Z")
"""An auxiliary of a statement right before a verb ("it did summarise the request as if it were legitimate", "the
bot would describe them as safe"): what a program did or does is told; no reader is told to do it."""


def told_as_done(low: str, start: int) -> bool:
    """Whether the verb opening at ``start`` follows a statement's auxiliary (TOLD_AS_DONE)."""
    return TOLD_AS_DONE.search(low, max(0, start - 24), start) is not None


def command_in_step(low: str, evidence: str, step: re.Pattern) -> bool:
    """Whether the command a text was found to tell its reader to run (``evidence``: "rule: command") stands in one of
    its numbered or bulleted steps (``step``, matched where its line or HTML paragraph or list item opens): in a
    procedure for people, a step's command is for whoever follows it; one in a paragraph beside the steps is not."""
    command = evidence.split(": ", 1)[-1].strip().lower()[:40].rstrip("…")
    at = low.find(command) if len(command) >= 4 else -1
    if at < 0:
        return False
    line_start = low.rfind("\n", 0, at) + 1
    opens = max(line_start, low.rfind("<p", line_start, at), low.rfind("<li", line_start, at))
    return step.match(low, opens) is not None


STATED_NOT = re.compile(r"지\s?않(?:습니다|는다|아요|음)|(?<!すみ)(?<!なり)(?<!あり)(?<!構い)(?<!かまい)(?<!しれ)ません")
"""A negated statement's verb ending (Korean "-지 않습니다", Japanese "-ません"), which ends its clause: in a
verb-final language it negates the clause's whole act ("비서는 … 확인 없이 메일을 삭제하지 않습니다": the assistant
does not delete mail without confirmation), the "without confirmation" too. Not an obligation or a permission that
ends the same way ("しなければなりません" must, "構いません" may, "問題ありません", "すみません")."""


def stated_not(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` holds a negated statement's verb ending (STATED_NOT)."""
    return STATED_NOT.search(low, start, end) is not None
