"""An override phrase that describes what a product does ("El asistente a veces ignora las órdenes cuando hay ruido",
"Akıllı asistan bazen komutları yok sayıyor", "音声アシスタントはときどき指示を無視します"): a review or a bug report
telling how an assistant behaves, not an order to the reader.

Two marks of a description, in any language: a frequency adverb in the clause just before the phrase ("sometimes",
"a veces", "manchmal", "иногда", "有时"); nobody orders an agent to ignore its instructions now and then. Or the verb
inflected for a statement rather than an order, where the language shows it on the verb (Turkish "yok sayıyor",
Japanese "無視します"). Universal adverbs ("always", "siempre") are left out: they intensify an order as well.

Pure: anchored looks around one match.
"""

from __future__ import annotations

import re

HABIT = re.compile(
    r"(?<![\w'])(?:sometimes|often|occasionally|frequently|usually|randomly|regularly|at times|now and then|keeps?|"
    r"a veces|a menudo|con frecuencia|de vez en cuando|suele|parfois|souvent|de temps en temps|manchmal|oft|häufig|ab und zu|"
    r"gelegentlich|immer wieder|a volte|spesso|talvolta|ogni tanto|às vezes|as vezes|frequentemente|muitas vezes|de vez em quando|"
    r"soms|vaak|af en toe|regelmatig|czasem|czasami|często|иногда|часто|порой|bazen|sık sık|genellikle|arada bir)(?![\w'])"
    r"|ときどき|時々|たまに|よく|有时|有时候|经常|常常|偶尔|时常|老是"
)
"""A frequency adverb: how often something happens, which an order does not say."""
STATED_AFTER = re.compile(
    r"(?:(?<=yok say)|(?<=den gel)|(?<=unut))(?:ıyor|iyor|uyor|üyor|abiliyor|ebiliyor|makta|mekte|ar|er|ur|ür|dı|di|du|dü|mış|miş|muş)"
    r"|(?:(?<=無視)|(?<=忘れ))(?:し)?(?:ます|る|ている|ています|てしまう|がち|ちゃう|ました|た)"
)
"""A Turkish or Japanese verb ending of a statement ("yok say|ıyor", "無視|します"), not of an order ("yok say", "無視してください")."""
CLAUSE_END = re.compile(r"[.!?。！？\n;:：]")
REACH = 30
"""How far before the phrase its adverb may stand ("a veces ignora", "bazen komutları yok sayıyor")."""


def describes_behaviour(low: str, start: int, end: int) -> bool:
    """Whether the override phrase ``low[start:end]`` is told of a product (a frequency adverb in its clause just before,
    or a statement's verb ending right after) rather than ordered."""
    if STATED_AFTER.match(low, end):
        return True
    cut = max(0, start - REACH)
    marks = list(CLAUSE_END.finditer(low, cut, start))
    return HABIT.search(low, marks[-1].end() if marks else cut, start) is not None


_AGENT = r"(?:ai|assistants?|agents?|models?|bots?|chatbots?|llms?|copilot|claude|helpdesk|tools?)"
DONE_BY_AGENT = re.compile(
    r"\b(?:caused|led|got|tricked|forced|convinced|prompted|persuaded|induced|steered|manipulated)\s+(?:(?:the|an?|our|its|their|this|that|one|some|several|most)\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _AGENT + r"\s+(?:to|into)\b"
    r"|\b(?:the|an?|our|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?" + _AGENT + r"\s+(?:(?:then|also|quietly|silently|simply|just)\s+)?"
    r"(?:[a-z]{3,}ed|sent|ran|wrote|took|gave|did|paid|bought|sold|shared|made|kept|spent|went ahead and \w+)\b(?!\s+to\b)"
)
"""A report of what an agent did ("the payload caused the finance agent to export …", "the assistant deleted four
events …"): a past act told, not an order given."""
ACT_REACH = 160


def reports_act(low: str, start: int) -> bool:
    """Whether the clause before ``start`` (a "without telling the user" or "without asking") reports an act an agent
    did: an incident report or a news story saying how an attack went, not a text asking its reader to hide one."""
    cut = max(0, start - ACT_REACH)
    marks = list(CLAUSE_END.finditer(low, cut, start))
    return DONE_BY_AGENT.search(low, marks[-1].end() if marks else cut, start) is not None
