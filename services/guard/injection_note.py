"""A note addressed to the AI that only states something ("Note to the AI assistant: the changelog is in CHANGES.md",
"Assistant instructions: none configured for this workspace"): it names an addressee and asks nothing of it.

Judged on the rest of the address's line: a statement (a verb of being or lying somewhere, "none configured", "this
page documents …") with no second person, no modal or polite request, no verb of effect, and nothing that makes a
request matter (a secret, the user's things, money or an outside address). An address followed by anything else
is judged as an address (``inject.agent_directive``)."""

from __future__ import annotations

import re

from services.guard.injection_address import _NAMED, _SINK, EFFECT, EFFECT_NOSPACE

REACH = 300
"""How much of the address's line is read: a note's sentence or two, not the page after it."""
STATES = re.compile(
    r"(?<![\w'])(?:is|are|lives|live|sits|está|están|estão|se trouve|se trouvent|liegt|liegen|befindet sich|si trova|si trovano|fica|ficam|"
    r"staat|staan|jest|są|znajduje się|znajdują się|лежит|лежат|находится|находятся|"
    r"documents|covers|describes|décrit|couvre|beschreibt|describe|cubre|descrive|copre|descreve|cobre|beschrijft|opisuje|описывает|"
    r"none|not configured|ninguna|ninguno|aucune|aucun|keine|nessuna|nessuno|nenhuma|nenhum|geen|brak|не заданы|не задано|нет)(?![\w'])"
    r"|在|位于|にあります|未配置|未設定|なし"
)
"""A verb of being or lying somewhere, "documents / covers", or "none": what a statement says of a thing."""
ASKS = re.compile(
    r"(?<![\w'])(?:you|your|yours|must|should|need|needs|have to|has to|please|kindly|make sure|ensure|"
    r"tú|tu|te|vous|votre|vos|dich|dir|dein\w*|euch|ihr|bitte|debes|debe|deben|hay que|por favor|doit|dois|devez|il faut|merci de|"
    r"muss|musst|müssen|sollst|soll|deve|devi|devono|per favore|precisa|você|vocês|moet|moeten|jij|jouw|alsjeblieft|"
    r"musi|musisz|proszę|ты|вы|твой|ваш\w*|должен|должна|должны|нужно|надо|пожалуйста|"
    r"asked|required|expected|supposed|obliged|allowed|permitted|authori[sz]ed|cleared|instructed|requested|told|"
    r"se les pide|obligados|autorizados|tenus|priés|invités|autorisés|gebeten|aufgefordert|verpflichtet|erlaubt|"
    r"tenuti|pregati|autorizzati|solicitados|obrigados|verzocht|gevraagd|toegestaan|proszeni|zobowiązani|просим|обязаны|разрешено)(?![\w'])"
    r"|你|您|必须|需要|请|あなた|ください|必要|べき"
)
"""A second person, a modal, a polite request or a passive order ("agents are required / asked to"): the note asks
something of its addressee."""
_EFFECT_WORD = re.compile(r"(?<![\w])(?:" + EFFECT + r")(?![\w])")
MEASURE = re.compile(r"\s*(?:budgets?|limits?|usage|counts?|quotas?|costs?)\b")
"""A word that makes the one before it a quantity ("token budget 200k/day", "key limit"), not a secret."""


def _rest_of_line(low: str, start: int) -> str:
    stop = low.find("\n", start, start + REACH)
    return low[start : stop if stop >= 0 else start + REACH]


def names_outside(low: str, start: int) -> bool:
    """Whether the rest of the line from ``start`` names an outside address, an account or money (a link, a mail
    address, an IBAN): a house rule that holds the AI back has no destination."""
    return bool(_SINK.pattern.search(_rest_of_line(low, start)))


def states_only(low: str, start: int) -> bool:
    """Whether the rest of the line from an address at ``start`` (folded, lower case) only states something."""
    rest = _rest_of_line(low, start)
    if locates_only(low, start):
        return True
    if not STATES.search(rest) or ASKS.search(rest) or _EFFECT_WORD.search(rest):
        return False
    return all(MEASURE.match(rest, m.end()) for m in _NAMED.pattern.finditer(rest))


LOCATED = re.compile(
    r"(?<![\w'])(?:(?:is|are|lives?|sits?|stays?|resides?)(?:\s+\w+){0,2}?\s+(?:in|inside|under|within|on)"
    r"|(?:stored|kept|held|saved|filed|located)\s+(?:\w+\s+)?(?:in|inside|under|within|on|at|behind)"
    r"|(?:está|están|se guarda|se guardan|se encuentra|se encuentran|guardad[oa]s?|almacenad[oa]s?)\s+(?:\w+\s+)?(?:en|dentro)"
    r"|(?:est|sont|se trouve|se trouvent|rangée?s?|stockée?s?|conservée?s?)\s+(?:\w+\s+)?(?:dans|sous|chez)"
    r"|(?:liegt|liegen|ist|sind|befindet sich|befinden sich|steht|stehen|gespeichert|hinterlegt|abgelegt)\s+(?:\w+\s+)?(?:im|in|unter|bei)"
    r"|(?:è|sono|si trova|si trovano|sta|stanno|salvat[aoei]|conservat[aoei])\s+(?:\w+\s+)?(?:nel|nella|nei|negli|nelle|in|sotto)"
    r"|(?:está|estão|fica|ficam|guardad[oa]s?|armazenad[oa]s?)\s+(?:\w+\s+)?(?:no|na|nos|nas|em|dentro)"
    r"|(?:staat|staan|ligt|liggen|zit|zitten|is|zijn|bewaard|opgeslagen)\s+(?:\w+\s+)?(?:in|onder|bij)"
    r"|(?:jest|są|znajduje się|znajdują się|leży|leżą|przechowywan[eay])\s+(?:\w+\s+)?(?:w|we|pod)"
    r"|(?:лежит|лежат|находится|находятся|хранится|хранятся)\s+(?:\w+\s+)?(?:в|во|на|у))(?![\w'])"
    r"|在[^，。,；;]{1,20}(?:里|中|内)|位于|存放在|保存在|放在|にあり|に保存され|に保管され"
)
"""Where a thing is kept ("is in the team vault", "liegt im Tresor", "está en el gestor", "在团队保险库里"): a place named."""
_EFFECT_UNSPACED = re.compile(EFFECT_NOSPACE)


def locates_only(low: str, start: int, end: int | None = None) -> bool:
    """Whether the clause ``low[start:end]`` (to the end of its line without ``end``) of an address only says where
    something is kept ("whoever picks this up: the system password is in the team vault, not here"): it names a
    secret to point at its place, asks nothing of the reader (no second person, modal, polite request or verb of
    effect) and names no outside address."""
    clause = low[start:end] if end is not None else _rest_of_line(low, start)
    value_end = VALUE_END.search(clause)
    clause = clause[: value_end.start()] if value_end else clause
    if not LOCATED.search(clause) or _SINK.pattern.search(clause) or ASKS.search(clause) or _EFFECT_UNSPACED.search(clause):
        return False
    return all(NAMES_A_THING.search(clause, max(0, m.start() - 16), m.start()) for m in _EFFECT_WORD.finditer(clause))


VALUE_END = re.compile(r"(?<!\\)\"\s*[,}\]]")
"""Where a JSON string holding the note closes: the next field ("attendees": ["you@…"]) is not the note's."""
NAMES_A_THING = re.compile(r"(?<![\w'])(?:the|a|an|our|its|this|that|el|la|le|les|der|die|das|den|il|lo|o|de|het|een)\s+\Z")
"""An article right before an effect word: the word names a thing ("the deploy token", "the export job")."""
