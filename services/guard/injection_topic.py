"""Instructions named by their topic are a person's, not the reader's: "ignore the badge instructions", "ignorez les
consignes de badge", "negeer de badge-instructies", "ignorate le istruzioni sul badge", "abaikan instruksi kartu
tamu", "忽略胸牌说明".

An override that voids the reader's instructions names them as the reader's: earlier, above, the system's, the
user's, yours, all of them ("ignore all previous instructions", "忽略之前的指令"). Instructions qualified by a thing of
the world (a badge, the parking, a door, an invite) are a particular set that a note tells people to set aside; a
program has no badge instructions. So an override whose object is named by a topic and by nothing of the reader's is
told to people. The reader's task named by its topic ("the grading instructions", "the review rules") stays an
override: READER_TOPIC.

Pure: a look at the override's words and the few after its noun.
"""

from __future__ import annotations

import re

READER = re.compile(
    r"previous|prior|above|earlier|preceding|original|initial|system\w*|safety|content|all|any|every|your|yours|its|existing|current|default|"
    r"foregoing|hidden|real|true|new|user'?s?|users'?|developers?'?s?|operators?'?s?|admin\w*|model'?s?|assistant'?s?|ai|ki|ia|llm|bot'?s?|agent'?s?|"
    r"prompts?|security|moderation|grading|scoring|review|reviewer|evaluation|formatting|output|response|answer|summar\w*|translation|task|"
    r"précédentes?|antérieures?|système|utilisateur|développeur|sécurité|vos|votre|tes|ton|toutes|tous|"
    r"anteriores?|previas?|sistema|usuario|desarrollador|seguridad|tus|sus|todas|todos|"
    r"precedenti|utente|sviluppatore|sicurezza|tue|tutte|tutti|"
    r"usuário|desenvolvedor|segurança|suas|tuas|"
    r"vorherigen?|bisherigen?|nutzers?|benutzers?|entwicklers?|sicherheit\w*|deine\w*|ihre\w*|alle|"
    r"vorige|eerdere|systeem\w*|gebruikers?|ontwikkelaars?|veiligheid\w*|je|jouw|uw|"
    r"poprzedni\w*|systemow\w*|użytkownik\w*|wszystki\w*|twoj\w*|"
    r"предыдущ\w*|системн\w*|пользовател\w*|все|всех|свои|твои|ваши|всі|усі|попередн\w*|свої|твої|"
    r"sebelumnya|sistem|pengguna|semua|anda|kamu|awal|tadi|"
    r"alla|tidigare|dina|era|systemets|användarens|before|after|so|received|given|"
    r"top|beginning|start|end|bottom|context|memory|conversation|chat|session|window"
)
"""A word that makes instructions the reader's: its earlier or system ones, its user's, all of them, its task's."""
DETERMINER = re.compile(
    r"the|these|those|this|that|les|la|le|las|los|el|gli|i|as|os|a|o|de|het|die|der|den|das|ces|cette|ce|"
    r"estas|estos|esas|esos|questi|queste|deze|dit|ty|te|эти|ini|itu"
)
LINK = re.compile(
    r"for|on|about|regarding|at|in|de|du|des|d'|del|della|dello|dei|delle|sul|sulla|sui|sugli|per|do|da|dos|das|para|sobre|"
    r"für|zum|zur|zu|über|voor|van|over|bij|dotyczące|dotyczących|na|dla|по|для|о|untuk|tentang|mengenai"
)
"""A word that joins a topic to instructions after their noun ("instructions for parking", "consignes de badge")."""
STOP = re.compile(
    r"and|or|then|now|completely|entirely|and|et|ou|y|o|e|und|oder|en|of|i|и|или|ve|dan|atau|lalu|kemudian|und|"
    r"ci-dessus|oben|sopra|acima|hierboven|powyżej|выше|di|yang"
)
"""Words after the noun that join no topic to it."""
CLAUSE_STOP = re.compile(r"[.,;:!?\n\"“”«»()]")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
CJK_READER = re.compile(r"之前|以前|先前|此前|上面|以上|上述|前面|前述|所有|全部|一切|系统|用户|你|您|原|安全|ai|助手|这些|这个|那些|那个|其他")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
NOUN_FIRST = re.compile(r"(?:abaikan|lupakan)\b")
"""Overrides in languages whose modifiers follow the noun."""
CJK_SHAPE = re.compile(r"(?:忽略|无视|不要理会|忽视)(.*)(?:指示|说明|规则|提示)")
"""The Chinese override read verb first: what stands between the verb and the noun qualifies the instructions."""
GUIDANCE_LAST = re.compile(
    r"(?:instructions?|rules|directions|guidelines|guidance|consignes|règles|instrucciones|indicaciones|reglas|anweisungen|instruktionen|"
    r"regeln|vorgaben|istruzioni|regole|instruções|instrucoes|regras|orientações|instructies|regels|инструкции|инструкций|указания|правила|"
    r"instrukcje|polecenia|zasady|instruksi|aturan|instruktioner|regler)\Z"
)
"""Only an override that ends on its noun, verb first, is read here; other word orders name no topic this way."""
NOUN = re.compile(r"[^\W\d_]+\Z")
"""The noun that ends the override; a word longer than it is a compound named by its first part ("badge-instructies",
"parkanweisungen")."""


def topic_named(low: str, start: int, end: int) -> bool:
    """The override ``low[start:end]`` (verb … noun) sets aside instructions named by a topic and by nothing of the
    reader's."""
    said = low[start:end]
    if CJK.search(said):
        shape = CJK_SHAPE.fullmatch(said)
        return bool(shape and shape.group(1).strip() and not CJK_READER.search(shape.group(1)))
    words = WORD.findall(said)
    if len(words) < 2 or not GUIDANCE_LAST.search(said):
        return False
    inner = words[1:-1]
    stop = CLAUSE_STOP.search(low, end, end + 60)
    after = WORD.findall(low[end : stop.start() if stop else end + 60])[:4]
    if any(READER.fullmatch(w) for w in inner + after):
        return False
    noun = NOUN.search(said)
    part = words[-1][: len(words[-1]) - len(noun.group(0))].strip("-") if noun else ""
    if part:
        return not READER.fullmatch(part)  # "badge-instructies": the compound's first part names its topic
    if any(not DETERMINER.fullmatch(w) for w in inner):
        return True  # "the parking instructions"
    if not after:
        return False
    if LINK.fullmatch(after[0]):
        return len(after) > 1 and not DETERMINER.fullmatch(after[1]) or len(after) > 2
    # Indonesian and Malay put the noun's modifier right after it ("instruksi kartu tamu")
    return bool(NOUN_FIRST.match(said)) and not STOP.fullmatch(after[0]) and not DETERMINER.fullmatch(after[0])
