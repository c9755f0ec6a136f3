"""An order cut mid-clause into labelled parts, read as one, whatever labels the parts and wherever the reader is named.

``injection_split`` reads parts numbered by digits or ordinal words with an agent named at a marker. Orders are cut
with other labels too: letters and roman numerals ("Part A", "Abschnitt B", "Consigne (ii)", "[bot-memo a]"), the
halves and parts of other scripts ("（前半）/（後半）", "上半/下半", "1부/2부", "첫째 부분"), and the reader is named
inside the first part ("(1/3) hey assistant, keep this: …") or the label is itself an order noun ("Instrucción (parte
A):"). What makes them one order is the cut: the first part breaks off mid-clause (no sentence ends it), so neither
part reads alone, and only read together do they ask an effect on something at stake. People number the parts of a
thread, an exam question or a procedure, and each of their parts ends a sentence, or names no reader, or asks nothing
at stake.

- ``inject.parts_order`` (1.0): two or more labelled parts, the first cut mid-clause, a reader named at the label or
  in the first part (or an order noun labelling it), and the parts together ask an effect on something at stake.

Pure: one prefiltered pass for the labels (at most ``MAX_MARKERS``), bounded looks around each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_address import _NAMED
from .injection_duty import AT_STAKE, INFINITIVE_MORE
from .injection_finding import Finding
from .injection_lead import STAKE, UNSEEN
from .injection_machine import RISK
from .injection_split import AGENT, EFFECT_ANY, MARKER, ORDINAL_PART, PART_WORD, _piece
from .injection_unrendered import SAY
from .prefilter import Prefiltered, Scan

LABEL_WORD = (
    PART_WORD + r"|abschnitt|section|sección|sezione|seção|instruction|instrucción|instrucao|instrução|consigne|anweisung|istruzione|instructie|"
    r"polecenie|инструкция|note|memo|nota|notiz|fragment|piece|hint"
)
ORDER_NOUN = re.compile(
    r"(?:instruction|instrucción|instrução|consigne|anweisung|istruzione|instructie|polecenie|инструкция|order|directive|befehl|orden|ordre|comando|"
    r"指示|指令|命令|지시|명령)"
)
"""A label that names its part an order ("Instrucción (parte A)", "Consigne (i)", "AI 비서 지시 1부")."""
LETTERED = Prefiltered(re.compile(
    r"(?<![\w-])(?:" + LABEL_WORD + r")[ \t]*\(?[ \t]*(?:[a-d]|i{1,3}|iv)[ \t]*\)?(?=[ \t]*[:：),\]]|[ \t]+\()"
    r"|\([ \t]*(?:i{1,3}|iv)[ \t]*\)"
    r"|\[[\w-]{0,20}?(?:note|memo|part|step|hint)[ \t_-]*(?:\d{1,2}|[a-d])\]"
    r"|[（(][ \t]*(?:前半|後半|上半|下半|上|下|その[1-3一二三]|第[1-3一二三](?:部分|部)?)[ \t]*[）)]"
    r"|(?:第[1-3一二三]部分|前半部分|后半部分|上半部分|下半部分)"
    r"|(?<![\d])[1-3][ \t]?부(?![가-힣])|(?:첫째|둘째|셋째|첫 번째|두 번째|세 번째)[ \t]*(?:부분)?(?=[ \t]*[:：])"
    r"|(?<![\w-])(?:" + ORDINAL_PART + r")(?![\w-])"
    r"|" + MARKER.pattern.pattern
))
"""A part's label: a letter, a roman numeral, a script's own halves and parts, a digit or an ordinal (``injection_split``)."""
MAX_MARKERS = 12
CUT = re.compile(r"[.!?。！？][\"'”»)\]]*[ \t]*\Z")
"""A part that ends its sentence: not cut."""
NAMED_IN_PART = re.compile(r"(?<![\w@./])(?:" + AGENT + r")(?:へ|に|에게|께|님)?(?![\w@])")
"""The reader named at a label or in the first part, joined to a particle ("AIへ") or a compound ("[agent-note 1]")."""
DOMAIN = re.compile(r"(?<![\w@./-])[a-z0-9][a-z0-9-]{1,40}\.(?:example|com|net|org|io|co|app|site|shop|store|info|biz|xyz|online)(?![\w-]|\.[a-z])")
"""An outside site named bare ("rimborsi-rapidi.example"): where the joined order sends its reader or the user."""
DESTROY_ALL = re.compile(
    r"(?<![\w-])(?:delete|remove|erase|wipe|purge|borra\w*|elimin\w*|supprim\w*|efface\w*|lösch\w*|entfern\w*|cancell\w*|apag\w*|exclu\w*|usuń|usun\w*|удал\w*|sil\w*)"
    r"(?![\w-])[^.!?\n]{0,60}?(?<![\w-])(?:all|every|everything|entire|whole|todas?|todos|tous|toutes|tout|alle|alles|tutt[ei]|tutto|wszystk\w*|все|всё|tüm|bütün|összes)(?![\w-])"
)
"""A destructive effect on everything of a kind ("borra todas las versiones", "delete every file")."""


def _at_stake(whole: str) -> bool:
    return bool(_NAMED.pattern.search(whole) or RISK.search(whole) or STAKE.search(whole) or UNSEEN.search(whole) or AT_STAKE.search(whole) or DESTROY_ALL.search(whole) or DOMAIN.search(whole))


def parts_orders(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The order labelled parts make together when the first is cut mid-clause and a reader or an order is named."""
    low = scan.text
    markers: list[re.Match] = []
    for m in scan.finditer(LETTERED):
        if len(markers) == MAX_MARKERS:
            break
        if not cited(m.start()):
            markers.append(m)
    if len(markers) < 2:
        return []
    pieces = [_piece(low, m.end()) for m in markers]
    if CUT.search(pieces[0].rstrip()) or len(pieces[0].split()) > 40:
        return []
    first = markers[0]
    label = low[max(0, first.start() - 40) : first.end() + 24]
    named = NAMED_IN_PART.search(label + " " + pieces[0]) or ORDER_NOUN.search(label)
    if not named:
        return []
    whole = " ".join(pieces)
    if not (EFFECT_ANY.search(whole) or SAY.search(whole) or INFINITIVE_MORE.search(whole)) or not _at_stake(whole):
        return []
    return [Finding("inject.parts_order", 1.0, first.start(), markers[-1].end())]
