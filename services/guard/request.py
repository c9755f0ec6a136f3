"""What the client sends: secret material on its way to the provider, and commands a text tells its reader to run.

What a text tries to make the model do (prompt injection, instructions to exfiltrate) is
scored in injection.py; the judge asks both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .injection_mention import asked_about
from .policy import Severity

RUN_CUE = re.compile(r"\b(run|execute|exec|type|paste|invoke)\b([^.\n]{0,30}?\b(following|this|these|command|commands|script|snippet)\b|(?=\s*:?\s*`))", re.I)
_CODE = re.compile(r"```[\w-]*\n?(.*?)```|`([^`\n]{2,300})`|^[ \t]*[$#>][ \t]+([^\n]+)$", re.S | re.M)
SENTENCE_BETWEEN = re.compile(r"[.!?]\s+[^\W\d_]+\s+[^\W\d_]+")
"""A sentence ended between a cue and an inline code span ('our agent can run shell commands. We saw it attempt
`git push --force`'): the span is told of in the next sentence, not given to run."""
CHAT_COMMAND = re.compile(r"[ \t]*/[a-z][\w-]*(?:[ \t][^|;&$<>`\n]*)?\Z", re.I)
"""A chat slash command (``/deploy rollback web``, ``/remind me …``): typed into a chat to its bot, not a shell's
program (a path to one has a second slash: ``/usr/bin/rm``; a pipe, a list or a redirection makes it a shell line)."""
NEGATED_CUE = re.compile(r"\b(?:do not|don't|never|must not|should not|no need to)\s+(?:\w+\s+)?\Z", re.I)
"""A prohibition right before a cue word: the command is named to forbid it."""
PLAIN_CODE_FOLLOWS = re.compile(r"[^.\n]{0,30}?(?::|[ \t]*\n)")
"""Unmarked code follows its cue after a colon or on the next line ("run this command: curl …"); a cue inside a sentence
("paste them in your reply to this ticket. Do not …") is followed by prose."""
SECRET_MATERIAL = re.compile(r"-----begin (rsa |ec |openssh |dsa |encrypted )?private key-----|\baws_secret_access_key\s*=\s*[a-z0-9/+]{40}\b")

# Substrings at least one of which must occur before a pattern is worth running (a C-speed prefilter).
# ``any(word in low ...)`` stops at the first word present, so the words likeliest to occur come first.
# One regex alternation per group was measured and is slower here for every group on texts where no
# word occurs (Python's ``in`` is a two-way/memchr search; ``re`` tries the alternation at every
# position whose first letter fits: 2-10x slower on an 18 KB miss) and faster only when a word occurs
# early; ordering the words gets most of that gain without the loss.
_TRIGGERS = {
    "run": ("run", "exec", "type", "paste", "invoke"),
    "secret": ("-----begin", "aws_secret_access_key"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    pack: str
    severity: Severity
    message: str
    evidence: str


def scan(text: str) -> list[Finding]:
    """Secret material in one text (matched lower-cased: the patterns are written in lower case)."""
    low = text.lower()
    out: list[Finding] = []
    if _has(low, "secret") and (m := SECRET_MATERIAL.search(low)):
        out.append(Finding("exfil.secret_material", "exfiltration", "approve", "A private key or cloud secret is about to leave for the model provider", _clip(m.group(0), 60)))
    return out


def _has(low: str, trigger: str) -> bool:
    return any(word in low for word in _TRIGGERS[trigger])


def cued_commands(text: str, limit: int = 8) -> list[str]:
    """Code the text tells its reader to run: code after "run the following command" and the like."""
    found: list[str] = []
    if not _has(text.lower(), "run"):
        return found
    for cue in RUN_CUE.finditer(text):
        if text.count("`", text.rfind("\n", 0, cue.start()) + 1, cue.start()) % 2:
            continue  # "`make run` hangs": the word is inside a code span, and the backtick after it closes it
        if NEGATED_CUE.search(text, max(0, cue.start() - 24), cue.start()):
            continue  # "do not run `twine upload` by hand": a prohibition, not a request
        if asked_about(text, cue.start(), cue.end()):
            continue  # "is it ok to run `terraform destroy` in my sandbox?": a question about a person's own act
        window = text[cue.end() : cue.end() + 600]
        codes = [
            code for m in _CODE.finditer(window)
            if (code := next((g for g in m.groups() if g), "")) and not (m.group(2) and SENTENCE_BETWEEN.search(window, 0, m.start()))
        ]
        if not codes and PLAIN_CODE_FOLLOWS.match(window):
            rest = window.lstrip(" :\t").split("\n", 2)
            codes = [line for line in rest[:2] if line.strip()]
        found += [c.strip() for c in codes[:3] if not CHAT_COMMAND.match(c)]
        if len(found) >= limit:
            break
    return found[:limit]


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
