"""Forged turns in the forms the fixed markers miss: role headings, role attributes, other languages' speaker labels,
and a user's turn closed by the assistant's reply left open for the reader to continue.

A chat-format forgery writes a user's turn and then the assistant's, so that the model reading the tool result takes
the user's words as its user's and goes on from the assistant's. The fixed markers (``</tool_result>``, ChatML,
``\\n\\nHuman:``) miss the same structure written as markdown headings (``### User`` … ``### Assistant``), as
markup with a role attribute (``<turn role="user">``, ``<message role="system">``), with bold labels, or with the
speakers' names in another language (``Humano:``, ``Benutzer:``, ``用户：``).

- ``inject.forged_turn`` (1.0): a user's (or human's) turn, then, as the last thing in the text or its string, an
  assistant's turn that is empty or only agrees ("Sure, here they are:", "Claro, lo borro ahora.", "好的"): a reply
  left for the reader to finish. A transcript kept as data goes on, or its assistant answers.
- ``inject.fake_structure`` (0.7): a turn marked by a role attribute of markup, or a user's role heading followed
  by an assistant's, or a localized human label at a turn's start followed by an assistant's. These are also how
  datasets, fixtures and documentation show conversations, so they only add to what the turn asks.

Pure: one prefiltered pass over speaker labels, bounded looks back and ahead of each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_finding import Finding
from .prefilter import Prefiltered, Scan

USER_WORD = (
    r"user|human|usuario|usuária|usuário|utilisateur|utilisatrice|benutzer|nutzer|utente|gebruiker|användare|użytkownik|kullanıcı|pengguna|"
    r"humano|humain|mensch|człowiek|insan|manusia|пользователь|користувач|человек|людина|用户|使用者|ユーザー|人間|人类|사용자|인간"
)
ASSISTANT_WORD = (
    r"assistant|asistente|assistente|assistent|asystent|asistan|asisten|ассистент|асистент|помощник|помічник|助手|アシスタント|어시스턴트|claude"
)
HUMAN_ONLY = r"human|humano|humain|mensch|człowiek|insan|manusia|человек|людина|人間|人类|인간"
"""Words for the human side that only a chat format uses (a support log writes "user" or "customer")."""
TURN_START = r"(?:^|\n|\\n|\"|>)[ \t]*"
USER_LABEL = re.compile(
    TURN_START + r"(?:#{1,6}[ \t]*(?:" + USER_WORD + r")[ \t]*\n|(?:\*\*|\[)?(?:" + USER_WORD + r")(?:\]|\*\*)?[ \t]*[:：](?:\*\*)?)", re.M
)
ASSISTANT_LABEL = Prefiltered(re.compile(
    TURN_START + r"(?:#{1,6}[ \t]*(?:" + ASSISTANT_WORD + r")[ \t]*(?=\n|$)|(?:\*\*|\[)?(?:" + ASSISTANT_WORD + r")(?:\]|\*\*)?[ \t]*[:：](?:\*\*)?)", re.M
))
"""A speaker's label: a role heading (``### Assistant``) or a name and a colon (``Assistant:``, ``**User:**``, ``[用户]：``)."""
ROLE_ATTRIBUTE = Prefiltered(re.compile(
    r"<[ \t]*(?:turn|message|msg|utterance|entry|chat|speaker)\b[^<>\n]{0,40}?\b(?:role|from|speaker|author)[ \t]*=[ \t]*[\"']?(?:user|human|system|developer)\b"
))
HEADING_TURNS = Prefiltered(re.compile(r"^[ \t]*#{1,6}[ \t]*(?:user|human)[ \t]*\n(?:.*\n){1,12}?[ \t]*#{1,6}[ \t]*assistant[ \t]*(?:\n|$)", re.M))
LOCAL_HUMAN = Prefiltered(re.compile(r"(?:^|\n\n|\\n\\n|\")[ \t]*(?:" + HUMAN_ONLY + r")[ \t]*[:：]", re.M))
AGREES = re.compile(
    r"[ \t]*(?:(?:sure|of course|certainly|ok|okay|absolutely|right away|done|claro|por supuesto|desde luego|vale|bien sûr|d'accord|entendu|"
    r"gern|gerne|natürlich|klar|certo|certamente|va bene|com certeza|конечно|хорошо|звичайно|добре|oczywiście|jasne|tabii|elbette|tentu|baik|"
    r"好的|当然|没问题|好|はい|もちろん|承知しました|네|물론|알겠습니다)\b[^\n]{0,60}|here (?:it is|they are|you go|is|are)[^\n]{0,40}|"
    r"aquí (?:está|tienes|van)[^\n]{0,40}|voici[^\n]{0,40}|hier (?:sind|ist)[^\n]{0,40}|ecco[^\n]{0,40}|aqui (?:está|estão)[^\n]{0,40}|вот[^\n]{0,40})?[ \t]*"
)
"""An assistant's turn that only agrees or opens its answer ("Sure, here they are:"), or nothing."""
TEXT_END = re.compile(r"(?:\s|\\n|\*\*|</(?:turn|message|msg)>|[\"'}\]),])*\Z")
LOOK_BACK = 600
CODE_STRING_OPENS = re.compile(r"(?:[=+(,]|return)[ \t]*[rbuf]?[\"'`]\s*\Z")
"""A string of source code opening right before the label (``+ "\n\nAssistant:"``): a program building a prompt."""


SHORT_REPLY = 30


def _left_open(reply: str, asked: str) -> bool:
    """An assistant's reply left for the reader to write: nothing, an opening that ends in a colon ("Claro, aqui está:"),
    or a short consent to a user's turn that is an order, not a question ("Claro, lo borro ahora." after "borra el
    canal"): an answer to a question ("Klar, klicken Sie auf …") is a transcript's."""
    if not reply or reply.endswith((":", "：")):
        return True
    return len(reply) <= SHORT_REPLY and not asked.rstrip(" .\"'").endswith(("?", "？"))


def prefilled_turns(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """Forged user and assistant turns, the assistant's left open at the end (1.0) or the turns only marked (0.7)."""
    low = scan.text
    out: list[Finding] = []
    for m in scan.finditer(ASSISTANT_LABEL):
        if cited(m.end() - 1) or CODE_STRING_OPENS.search(low, max(0, m.start() - 80), m.start() + 1):
            continue
        agrees = AGREES.match(low, m.end())
        if not agrees or not TEXT_END.match(low, agrees.end()):
            continue
        users = list(USER_LABEL.finditer(low, max(0, m.start() - LOOK_BACK), m.start()))
        if users and _left_open(low[m.end() : agrees.end()].strip(), low[users[-1].end() : m.start()].strip()):
            out.append(Finding("inject.forged_turn", 1.0, m.start(), agrees.end()))
            break
    for rx in (ROLE_ATTRIBUTE, HEADING_TURNS):
        marked = scan.search(rx)
        if marked and not cited(marked.end() - 1):
            out.append(Finding("inject.fake_structure", 0.7, marked.start(), marked.end()))
            break
    for m in scan.finditer(LOCAL_HUMAN):
        if not cited(m.end() - 1) and ASSISTANT_LABEL.pattern.search(low, m.end(), m.end() + LOOK_BACK):
            out.append(Finding("inject.fake_structure", 0.7, m.start(), m.end()))
            break
    return out
