"""System text in the forms the fixed labels miss: a banner that claims the system's voice, then a rule for the AI.

``injection_address`` knows ``[SYSTEM]``, ``<system>``, ``SYSTEM:`` and bracketed labels in many languages, and judges
what follows them with English rule words. A forged system message is also written as a decorated banner
(``### ISTRUZIONI DI SISTEMA ###``, ``###SYSTEM###``, ``=== SYSTEM PROMPT UPDATE ===``, ``>>> SYSTEM (tool-runtime):``,
``SYSTEM OVERRIDE (Linear Agents v2):``, ``#SYSTEM_PROMPT_UPDATE:``, a code fence opened as ```` ```system ````,
``[INSTRUCCIONES DEL SISTEMA – PRIORIDAD MÁXIMA]``), and the rule after it is said in the reader's language: "el
asistente debe …", "L'assistente deve …", "어시스턴트는 … 해야 합니다", "you are now …".

- ``inject.fake_structure`` (1.0): a banner over a change of the reader's frame (its permissions, mode, session,
  operator or instructions changed, a licence given to an AI, confirmation dropped): a forged system message's point.
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
    r"mode|modo|config|configuration|context|command|commands|orders?|note|alert|directiva|directiva|"
    r"hinweis|meldung|melding|aviso|avviso|avis|uwaga|提示|指令|提醒|通知|指示|안내|공지|알림"
)
"""The kinds of text a banner says the system sends (a message, an override, its rules): "system requirements" or
"system status" name no message."""
BANNER = Prefiltered(re.compile(
    r"(?:^|\n|\\n|[\"'>]|[.!?。](?=[ \t]))[ \t]*(?:(?:<!--|[#=*>\[\-_~【]{1,6})[ \t]*)?"
    r"(?:(?:[\w-]+[ \t_]+){0,3}(?:" + SYSTEM_WORD + r")[ \t_-]*(?:[\w-]+[ \t_-]+){0,2}?(?:" + KIND_WORD + r")"
    r"|(?:" + KIND_WORD + r")[ \t_]+(?:(?:del|de|di|do|da|des|du|della|dello|von|van)[ \t]+)?(?:l'|le |la |el |il |o |a )?(?:" + SYSTEM_WORD + r")"
    r"|(?:" + SYSTEM_WORD + r")(?=[ \t]*(?:\(|[#=*\]】>]{2,}|\]|-->)))"
    r"(?:[ \t]+v?\d[\w.]*)?(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*[–—-][ \t]*[^\]\n#=]{0,30})?[ \t]*(?:\\?[\"'])?[ \t]*(?:[#=*\]\-_~】>]{1,6}|[:：])"
    r"|```[ \t]*(?:system|system[-_]prompt|sys)[ \t]*(?:\n|\\n)"
    r"|(?:^|\n|\\n|\"|/\*|\]|[.!?])[ \t]*(?:(?:#+|//+|\*+)[ \t]*)?(?:system|sistema|système|systeme|systém|система|系统|システム|시스템)[ \t]*[:：](?![/\\])"
))
"""A decorated banner or a label that names the system's message, prompt, rules or override, a fence opened as one, or
a bare "System:" opening a line, a message, a JSON string or a comment, or after a tool's tag ("[Claude Code] System:")."""
AI_WORD = (
    r"assistants?|agents?|agente|agentes|agenten|ai|bots?|llms?|models?|copilot|claude|reviewers? (?:bot|ai)|asistente|asistentes|assistente|assistenti|assistent|"
    r"assistentin|asystent\w*|asistan\w*|asisten|ассистент\w*|агент\w*|помощник\w*|помічник\w*|어시스턴트|에이전트|アシスタント|エージェント|"
    r"助手|智能体|सहायक|المساعد|il modello|el modelo|l'ia|la ia|l'assistente|l'assistant|der assistent|die ki"
)
MODAL = (
    r"must|should|shall|may|will|is required to|are required to|needs? to|has to|have to|is allowed to|are allowed to|is authori[sz]ed to|"
    r"debe|deben|puede|pueden|tiene que|deve|devono|può|possono|doit|doivent|peut|peuvent|muss|müssen|darf|dürfen|soll|sollen|"
    r"moet|moeten|mag|ma|mają|musi|muszą|może|должен|должна|должны|может|могут|має|мають|повинен|повинні|"
    r"해야|해야 합니다|하십시오|しなければ|てください|必须|应当|应该|应|可以|को चाहिए|चाहिए|يجب|يمكن"
)
WORD_START = r"(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?<!-)"
WORD_END = r"(?![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?!-)"
"""A word's edges where a word of Chinese, Japanese or Korean may touch the next (they are written without spaces)."""
RULE = re.compile(
    WORD_START + r"(?:" + AI_WORD + r")" + WORD_END + r"[^\n.!?。]{0,60}?" + WORD_START + r"(?:" + MODAL + r")"
    r"|(?<![\w-])you are (?:now )?(?:an? |the )?[\w-]*(?:gpt|bot|agent|assistant|ai)\b|(?<![\w-])you are now\b|\bfrom now on\b|(?:어시스턴트|에이전트)[은는이가][^\n]{0,80}?(?:해야|하세요|하십시오)",
    re.I,
)
"""An AI reader told what it must, should or may do ("el asistente debe", "assistants must", "어시스턴트는 … 해야"),
or who it is now ("you are DevOpsGPT", "you are now")."""
REACH = 320
FRAME_CHANGED = re.compile(
    r"(?<![\w-])(?:permission|permissions|permission mode|mode|session|operator|instructions|configuration|config|policy|rights|privileges|context|"
    r"berechtigung\w*|rechte|modus|sitzung|anweisungen|permisos|modo|sesión|instrucciones|permissions|mode|séance|droits|permessi|sessione|istruzioni|"
    r"permissões|sessão|instruções|rechten|права|режим|сессия|инструкции|uprawnienia|sesja|yetki\w*)(?![\w-])"
    r"(?:[^\n.!?。]{0,40}?(?<![\w-])(?:changed|updated|reset|re-?initiali[sz]ed|elevated|granted|enabled|lifted|switched|overridden|replaced|"
    r"geändert|aktualisiert|erweitert|zurückgesetzt|modifi\w*|mis à jour|actualizad\w*|cambiad\w*|aggiornat\w*|atualizad\w*|alterad\w*|"
    r"изменен\w*|обновлен\w*|сброшен\w*|zmienion\w*|zaktualizowan\w*|güncellendi|değiştirildi)(?![\w-])|[ \t]*[:=][ \t]*[\w-]+[ \t]*=)"
    r"|(?<![\w-])(?:new operator|new instructions|you are now|from now on|ab sofort|à partir de maintenant|desde ahora|a partir de ahora|d'ora in poi|"
    r"a partir de agora|vanaf nu|с этого момента|od teraz)(?![\w-])"
    r"|(?:权限|模式|会话|指令|設定|権限)(?:已|が)?(?:提升|更新|变更|更改|重置|解除|変更)"
    r"|" + WORD_START + r"(?:" + AI_WORD + r")" + WORD_END + r"[^\n.!?。]{0,40}?(?<![\w-])(?:is (?:now )?(?:allowed|permitted|authori[sz]ed|cleared)|are (?:now )?(?:allowed|permitted|authori[sz]ed)|"
    r"may now|can now|darf|dürfen|ist berechtigt|sind berechtigt|está autorizad\w*|est autorisée?|è autorizzat\w*|está autorizad\w*|mag nu|разрешено|"
    r"uprawnion\w*|yetkili)(?![\w-])"
    r"|(?:助手|智能体|アシスタント|エージェント)[^\n。]{0,20}?(?:已获得|获得了|可以|被允许|が許可)"
    r"|(?<![\w-])(?:is now permitted|are now permitted|is now allowed|no longer requires?|without (?:user )?confirmation)(?![\w-])",
    re.I,
)
"""The reader's frame changed under a system mark: its permissions, mode, session, operator or instructions said to be
changed or reset, a mode set, a licence given to an AI ("der Assistent darf", "助手已获得"), confirmation dropped. A
system prompt's own text says what an assistant does; a forged one says what it is now allowed to do."""


def banner_rules(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """A system banner followed within ``REACH`` characters by a rule for an AI reader."""
    low = scan.text
    for m in scan.finditer(BANNER):
        if cited(m.end() - 1):
            continue
        if changed := FRAME_CHANGED.search(low, m.end(), m.end() + REACH):
            return [Finding("inject.fake_structure", 1.0, m.start(), changed.end())]
        rule = RULE.search(low, m.end(), m.end() + REACH)
        if rule:
            return [Finding("inject.fake_structure", 0.7, m.start(), rule.end())]
    return []
