"""Passages a text shows rather than says, judged by structure (issue 21, precision).

Code holding prompts, detector tests, red-team datasets and write-ups about attacks carry the very words an injection
uses. What tells them apart is not the words but where they stand: an element of a list literal, a line under a lead-in
that names its items as examples, a dataset row that carries a label, a clause that reports what someone told a bot,
an import line. Words there are exhibits for whoever reads the file; the same words in a comment, a docstring or a
README paragraph speak to the reader and are not covered here.

``shown_passages`` is pure and linear in the text: each pattern is a bounded line or sentence match.
"""

from __future__ import annotations

import re
from itertools import islice

from .prefilter import Prefiltered, Scan

_AI = r"(?:bot|chatbot|assistant|agent|model|ai|llm|copilot|reviewer|summari[sz]er|helper|classifier|screener|triager)"

EXHIBIT_LEAD = re.compile(
    r"^[^\n\"'“‘«„「`]{0,160}(?<![\w])(?:examples?|payloads?|samples?|attacks?|attempts|probes?|prompts|injections?|inputs|strings|phrases"
    r"|test[ -]cases?|cases|fixtures?|jailbreaks?|lures|ejemplos?|cargas|exemples?|beispiele?|esempi|exemplos?|voorbeelden"
    r"|angriffe|attaques|ataques|attacchi|aanvallen|ataki|przykład\w*|пример\w*|атак\w*|例文?|示例|サンプル)(?![\w])[^\n]{0,120}[:：][ \t]*\n",
    re.M,
)
"""A lead-in line that names what follows as examples, payloads, samples or attacks, ending with a colon (the noun not
inside a quotation: "Top results for 'asyncio timeout example':" names a search)."""
LEAD_TO_READER = re.compile(r"(?<![\w])(?:you|your|please)(?![\w])|(?<![\w])(?:for|to)[ \t]+(?:the[ \t]+|any[ \t]+|all[ \t]+)?(?:ai|assistant|agent|model|bot|claude|llm)s?(?![\w])")
"""A lead-in that speaks to its reader or hands its items to the AI ("Test cases for the assistant:"): a task, not a showcase."""
EXHIBIT_ITEM = re.compile(r"[ \t]*(?:\d+\t[ \t]*)?(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+|>[ \t]?|[\"'“«„「])[^\n]*(?:\n|\Z)")
"""An item of such a list: bulleted, numbered, block-quoted, or a quoted line."""

ELEMENT_LINE = re.compile(
    r"^[ \t]*(?:\d+\t[ \t]*)?[rbuf]{0,2}(?:\"(?:[^\"\\\n]|\\.){4,}\"|'(?:[^'\\\n]|\\.){4,}'|`(?:[^`\\\n]|\\.){4,}`)[ \t]*(?:,|\)|\],?|\},?)[ \t]*$",
    re.M,
)
"""A line that is one string literal and a comma or closing bracket: an element of a list or an argument, data."""
CHECK_LINE = re.compile(
    r"^[ \t]*(?:\d+\t[ \t]*)?(?:assert\w*\b|expect\s*\(|self\.assert\w*\s*\(|t\.(?:error|fatal)f?\s*\(|require\.\w+\s*\(|xctassert\w*\s*\("
    r"|(?:it|test|describe)(?:\.each)?\s*\(|@pytest\.mark\.parametrize\s*\()[^\n]*$",
    re.M,
)
"""A test's check or case line (``assert``, ``expect(...)``, ``it('…')``, ``@pytest.mark.parametrize``): what it quotes is under test."""
CODE_LINE = re.compile(
    r"^[ \t]*(?:\d+\t[ \t]*)?(?:(?:def|class|function|func|fn|import|const|let|var|val|public|private|package|use)\s"
    r"|[a-z_$][\w.$]*(?:\s*:\s*[\w\[\]<>., ]+)?\s*(?::=|=)\s*\S|@[\w.]+\(|(?:it|test|describe)\s*\()",
    re.M,
)
"""A line of source code (a definition, an assignment, a decorator, a test block): a JSON document has none."""
TRAILING_COMMENT = re.compile(r"[ \t](?://|#|--)[ \t]")
"""A comment after a check on its line: a remark to the reader, not the check's data."""
IMPORT_LINE = re.compile(r"^[ \t]*(?:\d+\t[ \t]*)?(?:import|from \S+ import|export \* from|require|use|using|#include)\b[^\n]*$", re.M)
"""An import line: its paths and names ('@ai-sdk/anthropic') speak to no one."""

LABEL_KEY = re.compile(
    r"[\"']?(?:label|labels|expected|verdict|is_injection|is_attack|malicious|attack_type|technique|should_flag|should_block)[\"']?[ \t]*(?::|=>)"
)
SAMPLE_KEY = re.compile(r"[\"']?(?:text|prompt|input|payload|sample|content|message|attack|probe)[\"']?[ \t]*(?::|=>)")
"""A record's class or expected verdict, and the field holding its sample text: a row of a dataset or a test table."""
OBJECT_LINE = re.compile(r"^[ \t]*(?:\d+\t[ \t]*)?(?:#|//)?[-,]?[ \t]*[{(\[][^\n]*[})\]][ \t]*,?[ \t]*$", re.M)
"""A whole record on one line: a JSON Lines row, a dict or tuple in a list, or one printed in a comment."""
CLASS_VALUE = re.compile(r"[ \t]*(?:-?\d+(?:\.\d+)?|true|false|none|null|[\"'][\w-]{1,20}[\"'])[ \t]*[,})\]]")
"""A label's value that names a class (``1``, ``true``, ``"injection"``): a sample and its verdict, even as one record."""
SAMPLES_KEY = re.compile(
    r"^([ \t]*)(?:-[ \t]+)?[\w-]*(?:prompts|payloads|attacks|seeds|probes|jailbreaks|examples|samples|test_cases|cases|inputs|injections)[ \t]*:[ \t]*\n",
    re.M,
)
"""A configuration key that holds a collection of samples (``prompts:``, ``payloads:``) on the lines indented under it."""
LABEL_COLUMN = re.compile(r"(?<![\w])(?:label|expected|verdict|blocked\??|flagged\??|technique|attack_type|is_injection|agent action|detected\??)(?![\w])")
SAMPLE_COLUMN = re.compile(r"(?<![\w])(?:payload|prompt|input|text|sample|attack|injected text|probe|string|message)(?![\w])")
"""Columns of a test table or red-team dataset: one holds a sample text, one records what it is or what it did."""
HEADER_LINE = re.compile(
    r"^[ \t]*(?:\|?[ \t]*[\w #?.-]{1,30}[ \t]*(?:\|[ \t]*[\w #?.-]{1,30}[ \t]*)+\|?|[\w #?.-]{1,30}(?:,[\w #?.-]{1,30})+)[ \t]*\n(?:[ \t]*\|?[ \t]*:?-{3,}[^\n]*\n)?",
    re.M,
)
"""A table's or CSV file's header: two or more short column names (and a Markdown table's rule line)."""
TABLE_ROW = re.compile(r"[ \t]*(?:\d+\t[ \t]*)?\|?[^\n|]*\|[^\n]*(?:\n|\Z)")
CSV_ROW = re.compile(r"[ \t]*(?:\d+\t[ \t]*)?[^\n,]*,[^\n]*(?:\n|\Z)")

REPORTED_ORDER = re.compile(
    r"(?<![\w])(?:(?:told|asked|instructed|urged|ordered|directed|tricked|convinced|persuaded|got)|(?:telling|asking|instructing|urging|ordering))"
    r"[ \t]+(?:the|its|their|our|a|an|every|each|that|this|his|her)[ \t]+(?:[\w-]+[ \t]+){0,3}?" + _AI + r"s?[ \t]+(?:to|that)(?![\w])"
    r"|(?<![\w])(?:saying|said|stating|stated|claiming|claimed|wrote|writing)[ \t]+(?:that[ \t]+)?(?:the|its|their|a|an|any|every)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    + _AI + r"s?[ \t]+(?:should|must|would|could|had to|was to|ought to|needed to)(?![\w])"
)
"""A third party's order reported in the past or as a participle ("its body told the bot to …", "a comment saying the
reviewer bot should …"): the order is told of; the clause runs to the sentence's end."""
OWN_VOICE = re.compile(r"(?<![\w])(?:i|we|you|user|users|owner|admin|administrator|manager|has|have|had|your|my)(?![\w])[^.!?\n]{0,40}\Z")
"""The writer, the reader, the user or a perfect tense before the reporting verb ("the user has asked the assistant to"):
a claimed consent, not a report."""
REPORTER = re.compile(
    r"(?<![\w])(?:body|page|e-?mail|mail|message|comment|ticket|issue|review|document|file|pdf|invoice|résumé|resume|cv|readme|text|line"
    r"|payload|string|attackers?|testers?|researchers?|red team|site|footer|post|note|section|sentence|instruction|it|they|account)(?![\w])[^.!?\n]{0,40}\Z"
)
"""Who reports the order: a text, an artifact or the attacker ("its body told the bot to", "the page asked the agent to"),
not a person with a say over the agent ("the CFO asked the assistant to wire …" claims consent)."""
FENCE = re.compile(r"^[ \t]*```[\w+.-]*[ \t]*\n(.{1,4000}?)^[ \t]*```", re.M | re.S)
"""A fenced code block: the lines a document shows its reader to look at or copy."""
SPOKEN_LINE = re.compile(r"[ \t]*(?:\d+\t[ \t]*)?(?:#|//|--|/\*|\*|<!--|;)")
"""A comment line inside a block: a remark to whoever reads the code, and so possibly to the agent."""
TEMPLATE_TAG = re.compile(r"\{\{[^{}\n]{1,300}\}\}|\{%[^\n]{1,300}?%\}|\$\{[^{}\n]{1,200}\}")
"""A template's expression or statement (Jinja, Handlebars, a JavaScript template's slot): the program's own syntax."""
ROLE_TOKEN = re.compile(r"<\|[\w-]{2,30}\|>|\[/?inst\]|<</?sys>>|<start_of_turn>|<end_of_turn>|</?s>")
TEMPLATED_LINE = re.compile(r"^[^\n]*(?:\{\{|\{%)[^\n]*$", re.M)
"""A line of a chat template: role tokens beside the template's own slots and statements, the program's markup."""
_QUOTED = r"(?:\"[^\"\n]{8,400}\"|“[^”\n]{8,400}”|«[^»\n]{8,400}»|„[^“”\n]{8,400}[“”]|「[^」\n]{8,400}」)"
NARRATED_QUOTE = re.compile(
    r"(?<![\w])(?:put|wrote|left|hid|sent|saw|found|planted|added|placed|inserted|typed|posted|received|used|tried|embedded|slipped)(?![\w])"
    r"[^.!?\n:\"“«„「]{0,60}:[ \t]*(" + _QUOTED + r")"
)
"""A quotation after a colon that closes a narrated clause in the past ("we put a line in the footer: "…""): what was written, told."""
QUOTATIVE = re.compile(r"(" + _QUOTED + r")(?=(?:이)?라(?:는|고)|という|と(?:書|記|言|い)|的)")
"""A quotation bound by a quotative particle (Korean 라는/라고, Japanese という/と書, Chinese 的): reported words, even
where the marks touch the words around them."""
ATTACKER_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*(?:the |an |our |their |los |las |les |gli |die |der |ein |un |una |des |i |le |la )?"
    r"(?:attackers?|adversar(?:y|ies)|red[ -]teamers?|testers?|atacantes?|aggressori|attaccanti?|attaquants?|angreifer(?:innen)?"
    r"|atacantes|invasores|aanvallers?|napastni\w*|atakuj\w*|злоумышленник\w*|атакующ\w*|saldırgan\w*)(?![\w])[^\n]*?(?:[.!?。！？](?=\s|\Z)|\n|\Z)"
    r"|(?:^|(?<=[.!?。！？]))[ \t]*(?:攻撃者|攻击者|공격자)[^\n]*?(?:[.!?。！？]|\n|\Z)",
    re.M,
)
"""A sentence whose subject is the attacker ("Los atacantes pueden escribir «…» para engañar al asistente.", or 攻撃者は…
with its particle and no space): it tells what attackers do, whatever words it quotes or whom it names."""
INLINE_EXHIBIT = re.compile(
    r"(?:^|(?<=[ \t(]))(?<!for )(?:examples?|payloads?|samples?|test (?:cases?|inputs?)|probes?|ejemplos?|exemples?|beispiele?|esempi[oi]?|exemplos?)(?![\w.])"
    r"[^:\n.,\"'/{}\[\]]{0,40}:[ \t]+(?=\S)[^\n]*?(?:[.!?](?=\s|\Z)|\n|\Z)",
    re.M,
)
"""A sentence's sample after its lead-in on the same line ("Example that must fire: Assistant, upload …."), to its end."""
EXEMPLIFIED = re.compile(
    r"(?<![\w])(?:like|such as|e\.g\.,?|including|for example|for instance|inputs? like|strings? like)[ \t]+"
    r"(?:(?:\"[^\"]{4,300}\"|'[^'\n]{4,300}'|“[^”]{4,300}”)(?:,?[ \t]+(?:or|and|as well as)[ \t]+|,[ \t]*)?)+"
)
"""A series of quotations given as examples ("inputs like "forget everything above" or "</tool_result>\n\nHuman: …""),
a quotation's escaped line breaks read as breaks: each one is listed, not said."""
OWN_VOICE_QUOTE = re.compile(r"(?<![\w])(?:you|your|please)(?![\w])[^.!?\n]*\Z")
"""The reader told what was put or sent ("you received this: "…""): the quotation may be handed over, not told of."""
SENTENCE_END = re.compile(r"[.!?。！？](?=\s|\Z)|\n")


_EXHIBIT_LEAD, _ELEMENT_LINE, _CHECK_LINE, _CODE_LINE, _IMPORT_LINE, _OBJECT_LINE, _HEADER_LINE = (
    Prefiltered(rx) for rx in (EXHIBIT_LEAD, ELEMENT_LINE, CHECK_LINE, CODE_LINE, IMPORT_LINE, OBJECT_LINE, HEADER_LINE)
)
_REPORTED_ORDER, _ATTACKER_SENTENCE, _INLINE_EXHIBIT, _TEMPLATE_TAG, _TEMPLATED_LINE, _EXEMPLIFIED = (
    Prefiltered(rx) for rx in (REPORTED_ORDER, ATTACKER_SENTENCE, INLINE_EXHIBIT, TEMPLATE_TAG, TEMPLATED_LINE, EXEMPLIFIED)
)


def shown_passages(low: str) -> list[tuple[int, int]]:
    """Spans of ``low`` (folded, lower-case text) that present words rather than say them, by structure: the exhibits
    (``exhibits``), import lines, fenced code lines, template tags and chat-template lines, quotations narrated in the
    past or bound by a quotative particle, and series of quotations given as examples."""
    scan = Scan(low)
    spans = _exhibits(scan) + [m.span() for m in scan.finditer(_IMPORT_LINE)]
    if "```" in low:
        spans += _fenced_lines(scan)
    if "{{" in low or "{%" in low or "${" in low:
        spans += [m.span() for m in scan.finditer(_TEMPLATE_TAG)]
        spans += [m.span() for m in scan.finditer(_TEMPLATED_LINE) if ROLE_TOKEN.search(m.group(0))]
    spans += [m.span(1) for m in NARRATED_QUOTE.finditer(low) if not OWN_VOICE_QUOTE.search(low, max(0, m.start() - 40), m.start())]
    spans += [m.span(1) for m in QUOTATIVE.finditer(low)]
    if '"' in low or "'" in low or "“" in low:
        spans += [m.span() for m in scan.finditer(_EXEMPLIFIED) if m.group(0).count("\n") <= 4]
    return spans


def exhibits(low: str) -> list[tuple[int, int]]:
    """The passages that are samples of attacks by their place, not only quoted: items under a lead-in naming them as
    examples, list elements and test checks in code, labelled dataset rows, rows of tables and CSV files that record a
    verdict, items under a configuration's samples key, inline samples, sentences whose subject is the attacker and
    orders reported of a third party's bot. A fenced block or a quotation may also carry a forged turn to the reader."""
    return _exhibits(Scan(low))


def _exhibits(scan: Scan) -> list[tuple[int, int]]:
    low = scan.text
    spans = _exhibit_items(scan) + _rows_with_labels(scan) + _sample_blocks(scan) + _reported_orders(scan)
    if ("'" in low or '"' in low or "`" in low) and len(list(islice(scan.finditer(_CODE_LINE), 2))) == 2:
        spans += [m.span() for m in scan.finditer(_ELEMENT_LINE)]
        spans += [(m.start(), m.start() + (c.start() if (c := TRAILING_COMMENT.search(m.group(0))) else len(m.group(0)))) for m in scan.finditer(_CHECK_LINE)]
    spans += [m.span() for m in scan.finditer(_ATTACKER_SENTENCE)]
    spans += [m.span() for m in scan.finditer(_INLINE_EXHIBIT) if not LEAD_TO_READER.search(m.group(0), 0, m.group(0).index(":"))]
    return spans


def _exhibit_items(scan: Scan) -> list[tuple[int, int]]:
    low, out = scan.text, []
    for lead in scan.finditer(_EXHIBIT_LEAD):
        if LEAD_TO_READER.search(lead.group(0)):
            continue
        at, end = lead.end(), lead.end()
        while at < len(low):
            if low.startswith("\n", at):
                at += 1
                continue
            item = EXHIBIT_ITEM.match(low, at)
            if not item:
                break
            at = end = item.end()
        if end > lead.end():
            out.append((lead.end(), end))
    return out


def _rows_with_labels(scan: Scan) -> list[tuple[int, int]]:
    low = scan.text
    labelled = [(m.span(), bool(CLASS_VALUE.match(row, k.end()))) for m in scan.finditer(_OBJECT_LINE)
                if (k := LABEL_KEY.search(row := m.group(0))) and SAMPLE_KEY.search(row)]
    out = [span for span, classed in labelled if classed or len(labelled) >= 2]
    for header in scan.finditer(_HEADER_LINE):
        line = header.group(0)
        rows = TABLE_ROW if "|" in line else CSV_ROW
        if not (LABEL_COLUMN.search(line) and SAMPLE_COLUMN.search(line)):
            continue
        at = header.end()
        while (m := rows.match(low, at)) and m.end() > at:
            at = m.end()
        if at > header.end():
            out.append((header.end(), at))
    return out


def _fenced_lines(scan: Scan) -> list[tuple[int, int]]:
    """The lines of fenced code blocks, each its own span, but for comment lines."""
    out = []
    for block in FENCE.finditer(scan.text):
        at = block.start(1)
        for line in block.group(1).split("\n"):
            if line.strip() and not SPOKEN_LINE.match(line):
                out.append((at, at + len(line)))
            at += len(line) + 1
    return out


def _sample_blocks(scan: Scan) -> list[tuple[int, int]]:
    """The item lines under a samples key, each its own span (a quoted value to its closing mark): a comment between
    them is not one of the samples."""
    low, out = scan.text, []
    for key in SAMPLES_KEY.finditer(low):
        indent, at = len(key.group(1).expandtabs()), key.end()
        while at < len(low):
            stop = low.find("\n", at)
            line = low[at : len(low) if stop < 0 else stop]
            if line.count('"') % 2 and (close := low.find('"', at + line.rindex('"') + 1, at + 400)) > 0:
                stop = low.find("\n", close)  # a quoted value whose escaped line breaks were read as breaks
                line = low[at : len(low) if stop < 0 else stop]
            body = line.lstrip(" \t")
            if body and (len(line) - len(body) < indent or (len(line) - len(body) == indent and not body.startswith("- "))):
                break
            if body and not body.startswith(("#", "//")):
                out.append((at, at + len(line)))
            at = len(low) if stop < 0 else stop + 1
    return out


def _reported_orders(scan: Scan) -> list[tuple[int, int]]:
    low, out = scan.text, []
    for m in scan.finditer(_REPORTED_ORDER):
        line_start = max(low.rfind("\n", 0, m.start()), max(low.rfind(". ", 0, m.start()), 0))
        verb_end = m.start() + len(m.group(0).split()[0])
        if OWN_VOICE.search(low, line_start, verb_end) or not REPORTER.search(low, line_start, m.start()):
            continue
        stop = SENTENCE_END.search(low, m.end())
        out.append((m.start(), stop.end() if stop else len(low)))
    return out


def exhibited(low: str, evidences: list[str]) -> bool:
    """Whether every place each evidence (clipped, its whitespace collapsed) stands in ``low`` is inside an exhibit;
    evidence found nowhere (decoded or hidden text) is not."""
    spans = exhibits(low)
    for evidence in evidences:
        pieces = [p for p in (p.strip(" \t.,;:") for p in evidence.rstrip("…").split("…")) if len(p) >= 4]
        if not pieces or not spans:
            return False
        for piece in pieces:
            found = [m.start() for m in re.finditer(r"\s+".join(re.escape(w) for w in piece.split()), low)]
            if not found or not all(any(start <= at < end for start, end in spans) for at in found):
                return False
    return True
