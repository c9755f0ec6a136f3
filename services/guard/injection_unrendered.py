"""Markup a page never renders, and hidden text that dictates what its reader's answer says.

``normalise.views`` and ``injection_concealed`` pull out comments, CSS-hidden elements, alt text and the like. A browser
shows nothing of three more kinds of markup, while a model reading the raw page reads them all: a ``<template>``'s
content (inert until a script clones it), a ``<meta>`` tag's ``content`` attribute, and a ``<details>`` whose
``<summary>`` is empty (nothing to click open); and an element placed thousands of pixels off screen shows nothing
either. ``unrendered`` lists their text as hidden readings; real pages put row skeletons, descriptions and skip links
there, which say nothing to a reader, so each reading is judged by what it says.

``dictated`` is what hidden text says when it is an order about the reader's answer rather than an effect on the
user's things: it opens by naming a class of AI reader ("Summarizers:", "Sprachmodelle:", "Modelli linguistici:",
"KI-Assistent:") and tells it what to say, recommend, rate or write; or it makes a standing rule of the reader's task
("When comparing laptops, always put … first"). Nobody hides from a page's visitors what its summary should say.

Pure: each form is one anchored or bounded pass over the folded text; readings are bounded in number and length.
"""

from __future__ import annotations

import re

from .injection_address import AI, AI_NOSPACE
from .injection_concealed import FORBIDDEN

TEMPLATE = re.compile(r"<template\b[^>]{0,200}>(.{12,600}?)</template>", re.S)
META_CONTENT = re.compile(r"<meta\b[^>]{0,200}?\bcontent\s*=\s*\"([^\"]{12,600})\"")
EMPTY_DETAILS = re.compile(r"<details\b[^>]{0,200}>\s*<summary\b[^>]{0,100}>\s*</summary>(.{12,600}?)</details>", re.S)
OFF_SCREEN = re.compile(
    r"<(\w{1,10})\b[^>]{0,200}?style\s*=\s*\"[^\"]{0,200}?(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{4,}px[^\"]{0,200}\"[^>]{0,200}>"
    r"([^<]{12,600})</\1>"
)
MAX_READINGS = 8
FORMS = (("template", TEMPLATE), ("meta-content", META_CONTENT), ("empty-details", EMPTY_DETAILS), ("positioned-off-screen", OFF_SCREEN))

READER_CLASS = (
    r"sprachmodell\w*|modelli linguistici|modello linguistico|modèles? de langage|modelos? de (?:lenguaje|linguagem)|taalmodel\w*|"
    r"resumidor\w*|riassunt\w*|zusammenfass\w*|summari[sz]\w*|crawlers?|scrapers?"
)
ADDRESSED = re.compile(
    r"\s*(?:(?:note|message|hinweis|nota|notiz)\s+(?:to|for|für|pour|para|per)\s+)?(?:(?:the|all|any|every|die|alle|les|los|las|i|gli|os|as)\s+)?"
    r"(?:" + AI + r"|" + READER_CLASS + r"|" + AI_NOSPACE + r")(?:[ \t-]+[\w.]+){0,2}?\s*[:：,—–]"
)
"""Hidden text that opens by naming whom it speaks to, a class of AI reader."""
SAY = re.compile(
    r"(?<![\w'])(?:tell|say|state|claim|write|describe|call|rate|rank|score|recommend|mention|answer|reply|report|present|suggest|advise|conclude|praise|put|list|"
    r"sag\w*|schreib\w*|behaupte\w*|empfiehl|empfehlt|bewerte\w*|nenn\w*|erwähn\w*|antworte\w*|beschreib\w*|stell\w*|"
    r"dis|dites|écris|écrivez|affirme\w*|indique\w*|recommande\w*|conseille\w*|notez|note|classe\w*|décri\w*|présente\w*|mentionne\w*|réponds|répondez|"
    r"di|dì|diga\w*|digan|dite|escrib\w*|afirm\w*|indic\w*|recomiend\w*|recomend\w*|aconsej\w*|califica\w*|puntúa\w*|describ\w*|menciona\w*|respond\w*|"
    r"scrivi\w*|scrivete|afferma\w*|raccomanda\w*|consiglia\w*|valuta\w*|descrivi\w*|menziona\w*|rispondi\w*|"
    r"escreva\w*|afirme\w*|indique\w*|aconselhe\w*|avalie\w*|descreva\w*|mencione\w*|responda\w*|"
    r"zeg|schrijf|beweer|raad|beoordeel|noem|vermeld|antwoord|powiedz\w*|napisz\w*|poleć\w*|oceń\w*|stwierdź\w*|odpowiedz\w*|"
    r"скажи\w*|напиши\w*|порекомендуй\w*|рекомендуй\w*|оцени\w*|укажи\w*|сообщи\w*|ответь\w*|утверждай\w*|назови\w*)(?![\w'])"
    r"|di'|推荐|推薦|评为|評価|と言|と答え|と書|告诉|추천|라고"
)
"""Verbs that say what an answer should contain: tell, state, recommend, rate, write (imperatives, the major languages)."""
STANDING = re.compile(
    r"\s*(?:when|whenever|if|wenn|sobald|quand|lorsque|si|cuando|quando|als|wanneer|gdy|jeśli|когда|если)\b[^.!?\n]{3,100}?,\s*"
    r"(?:(?:you\s+)?(?:should\s+|must\s+)?(?:always|only|just)|immer|nur|toujours|seulement|siempre|solo|sempre|altijd|zawsze|всегда|только)\b"
)
"""A standing rule on the reader's task, conditional on it ("When comparing laptops, always …", "Quand tu résumes, toujours …")."""
REACH = 240


def unrendered(low: str) -> list[tuple[str, str]]:
    """(how, text) of the markup in the folded text ``low`` that a browser does not render."""
    if "<" not in low:
        return []
    out: list[tuple[str, str]] = []
    for how, rx in FORMS:
        if how == "positioned-off-screen" and "px" not in low:
            continue
        for m in rx.finditer(low):
            out.append((how, m.group(m.lastindex or 1)))
            if len(out) >= MAX_READINGS:
                return out
    return out


def dictated(hidden: str) -> bool:
    """Whether a hidden text addresses a class of AI reader and tells it what to say, or makes a rule of its task."""
    address = ADDRESSED.match(hidden)
    if address:
        verb = SAY.search(hidden, address.end(), address.end() + REACH)
        return verb is not None and not FORBIDDEN.search(hidden, address.end(), verb.start())
    return bool(STANDING.match(hidden))
