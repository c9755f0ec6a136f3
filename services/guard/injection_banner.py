"""System text in the forms the fixed labels miss: a banner that claims the system's voice, then a rule for the AI.

``injection_address`` knows ``[SYSTEM]``, ``<system>``, ``SYSTEM:`` and bracketed labels in many languages, and judges
what follows them with English rule words. A forged system message is also written as a decorated banner
(``### ISTRUZIONI DI SISTEMA ###``, ``###SYSTEM###``, ``=== SYSTEM PROMPT UPDATE ===``, ``>>> SYSTEM (tool-runtime):``,
``SYSTEM OVERRIDE (Linear Agents v2):``, ``#SYSTEM_PROMPT_UPDATE:``, a code fence opened as ```` ```system ````,
``[INSTRUCCIONES DEL SISTEMA – PRIORIDAD MÁXIMA]``), and the rule after it is said in the reader's language: "el
asistente debe …", "L'assistente deve …", "어시스턴트는 … 해야 합니다", "you are now …".

- ``inject.fake_structure`` (0.7): a banner naming the system's message, prompt, instructions, override, update,
  policy, directive or mode (not "system requirements": the kind of text is named), and within a few lines an AI
  reader told what it must, should or may do, or who it now is. Logs, status pages and docs print system banners
  too, so the banner and its rule only add to what the rule asks.

Pure: one prefiltered pass over banners, a bounded look after each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_finding import Finding
from .prefilter import Prefiltered, Scan

SYSTEM_WORD = (
    r"system|systems|sys|systeme|système|systèmes|sistema|sistemi|systém|systeem|sistem|systemu|systemowy|systemowe|systemnachricht|"
    r"системн\w*|систем\w*|시스템|システム|系统|系統|सिस्टम|النظام"
)
KIND_WORD = (
    r"prompts?|instructions?|instruction|istruzioni|instrucciones|instruções|anweisungen|instructies|инструкци\w*|"
    r"override|overrides|update|updates|directives?|directive|message|messages|mensaje|mensagem|messaggio|nachricht|meldung|bericht|komunikat|"
    r"сообщение|повідомлення|메시지|メッセージ|通知|消息|संदेश|notice|policy|policies|política|politique|richtlinie|rules|reglas|regole|règles|"
    r"mode|modo|config|configuration|context|command|commands|orders?|note|alert|directiva|directiva"
)
"""The kinds of text a banner says the system sends (a message, an override, its rules): "system requirements" or
"system status" name no message."""
BANNER = Prefiltered(re.compile(
    r"(?:^|\n|\\n|[\"'>])[ \t]*(?:(?:<!--|[#=*>\[\-_~【]{1,6})[ \t]*)?"
    r"(?:(?:[\w-]+[ \t_]+){0,3}(?:" + SYSTEM_WORD + r")[ \t_-]*(?:[\w-]+[ \t_-]+){0,2}?(?:" + KIND_WORD + r")"
    r"|(?:" + KIND_WORD + r")[ \t_]+(?:(?:del|de|di|do|da|des|du|della|dello|von|van)[ \t]+)?(?:l'|le |la |el |il |o |a )?(?:" + SYSTEM_WORD + r")"
    r"|(?:" + SYSTEM_WORD + r")(?=[ \t]*(?:\(|[#=*\]】>]{2,}|\]|-->)))"
    r"(?:[ \t]+v?\d[\w.]*)?(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*[–—-][ \t]*[^\]\n#=]{0,30})?[ \t]*(?:[#=*\]\-_~】>]{1,6}|[:：])"
    r"|```[ \t]*(?:system|system[-_]prompt|sys)[ \t]*(?:\n|\\n)"
))
"""A decorated banner or a label that names the system's message, prompt, rules or override, or a fence opened as one."""
AI_WORD = (
    r"assistants?|agents?|agente|agentes|agenten|ai|bots?|llms?|models?|copilot|claude|reviewers? (?:bot|ai)|asistente|asistentes|assistente|assistenti|assistent|"
    r"assistentin|asystent\w*|asistan\w*|asisten|ассистент\w*|агент\w*|помощник\w*|помічник\w*|어시스턴트|에이전트|アシスタント|エージェント|"
    r"助手|智能体|सहायक|المساعد|il modello|el modelo|l'ia|la ia|l'assistente|l'assistant|der assistent|die ki"
)
MODAL = (
    r"must|should|shall|may|will|is required to|are required to|needs? to|has to|have to|is allowed to|are allowed to|is authori[sz]ed to|"
    r"debe|deben|puede|pueden|tiene que|deve|devono|può|possono|doit|doivent|peut|peuvent|muss|müssen|darf|dürfen|soll|sollen|"
    r"moet|moeten|mag|ma|mają|musi|muszą|może|должен|должна|должны|может|могут|має|мають|повинен|повинні|"
    r"해야|해야 합니다|하십시오|しなければ|てください|必须|应当|应该|可以|को चाहिए|चाहिए|يجب|يمكن"
)
RULE = re.compile(
    r"(?<![\w-])(?:" + AI_WORD + r")(?![\w-])[^\n.!?。]{0,60}?(?<![\w-])(?:" + MODAL + r")"
    r"|(?<![\w-])you are (?:now )?(?:an? |the )?[\w-]*(?:gpt|bot|agent|assistant|ai)\b|(?<![\w-])you are now\b|\bfrom now on\b|(?:어시스턴트|에이전트)[은는이가][^\n]{0,80}?(?:해야|하세요|하십시오)",
    re.I,
)
"""An AI reader told what it must, should or may do ("el asistente debe", "assistants must", "어시스턴트는 … 해야"),
or who it is now ("you are DevOpsGPT", "you are now")."""
REACH = 320


def banner_rules(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """A system banner followed within ``REACH`` characters by a rule for an AI reader."""
    low = scan.text
    for m in scan.finditer(BANNER):
        if cited(m.end() - 1):
            continue
        rule = RULE.search(low, m.end(), m.end() + REACH)
        if rule:
            return [Finding("inject.fake_structure", 0.7, m.start(), rule.end())]
    return []
