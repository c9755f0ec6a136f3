"""A notice that claims an authority's name and orders an automated reader to do something at stake.

"Notice from the maintainers:", "Security team (ticket SEC-1):", "VENDOR NOTICE -", "Compliance policy CP-12 (binding
on automated agents):", "관리자 공지:", "Hinweis des Sicherheitsteams an automatisierte Agenten:" put a claimed sender's
authority in front of an order. People get such notices too (an access review, a compliance training, a deprecation),
so the claim alone decides nothing: it counts when an automated reader (an AI, an agent, "automated tools", a bot's
@-handle) is named after it and an order with a risky effect follows in its window (push to a remote, add a key or a
collaborator, swap a dependency or its registry, disable a test or a check, print or upload a credential, merge
unreviewed, run a fetched script). Repository guidance that asks agents for hygiene (run the tests, format, sign
commits) names no risky effect and stays benign; a negation ("agents must never push") holds the order back.

- ``inject.authority_order`` (1.0): an authority's notice, then an automated reader, then an order with a risky effect.

Pure: one prefiltered pass for the claims, a bounded look after each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_finding import Finding
from .injection_machine import READER, WINDOW, ordered_after
from .prefilter import Prefiltered, Scan

_WHO = (
    r"admins?|administrators?|administration|maintainers?|(?:repo(?:sitory)?|project|workspace|org(?:anization)?) (?:owners?|admins?|leads?)|owners?|"
    r"vendor|provider|platform(?: team)?|security(?: team| office| department)?|secops|infosec|it(?: department| team| office)?|"
    r"compliance(?: team| office| department)?|legal(?: counsel)?|general counsel|management|ciso|cto|ceo|cfo|vp engineering|"
    r"project lead|tech lead|team lead|core team|release (?:team|manager)|devops(?: team)?|sre team|infra(?:structure)? team|"
    r"anthropic|openai|github|gitlab|trust (?:&|and) safety|board|head of [\w-]+"
)
_WHAT = (
    r"notices?|messages?|notes?|directives?|instructions?|orders?|policy|polic(?:ies)|overrides?|mandates?|announcements?|"
    r"updates?|requirements?|warnings?|advisory|decision|approval"
)
CLAIM = Prefiltered(re.compile(
    r"(?<![\w-])(?:"
    r"(?:" + _WHO + r")(?:'s)? (?:" + _WHAT + r")"  # "Maintainer override", "VENDOR NOTICE", "Platform policy"
    r"|(?:" + _WHAT + r") (?:from|by|of) (?:the |your |our |this )?(?:[\w-]+ ){0,2}?(?:" + _WHO + r")"  # "Notice from the maintainers"
    r"|(?:by|per|on|under) (?:the )?(?:order|instruction|direction|authority|mandate)s? of (?:the )?(?:[\w-]+ ){0,2}?(?:" + _WHO + r")"
    r"|(?:security|compliance|platform|legal|it) team\b[^\n:]{0,40}\):"  # "Security team (ticket SEC-7781):"
    r"|official (?:[\w&-]+ ){0,3}?(?:" + _WHAT + r")"  # "OFFICIAL PAYGATE ENGINEERING NOTICE"
    r"|(?:hinweis|anweisung|anordnung|mitteilung|weisung)(?: des| der| vom)? (?:it-|sicherheits|plattform|compliance-)?"
    r"(?:sicherheitsteams?|administrators?|admins?|maintainer\w*|it|geschäftsführung|vorstands?|teams?|anbieters?|herstellers?)"
    r"|(?:consigne|instruction|avis|message|directive|ordre)s? (?:de|du|des) (?:l'|la |le )?(?:équipe|administrateur|admin|mainteneur|direction|responsable|éditeur|fournisseur)\w*"
    r"|(?:aviso|instrucción|instrucciones|orden|ordem|directiva|mensaje|comunicado)(?: oficial)? (?:del|de la|de los|da|do) (?:equipo|equipe|administrador|mantenedor|responsable|dirección|direção|diretoria|proveedor|fornecedor)\w*"
    r"|(?:per disposizione|su ordine|avviso|direttiva|istruzion[ei]|comunicazione) (?:del|della|dell'|dal) ?(?:responsabile|amministratore|team|manutentore|direzione|fornitore)\w*"
    r"|(?:указание|распоряжение|приказ|уведомление|требование)(?: от)? (?:отдел|служб|администратор|команд|руководств|мейнтейнер|поставщик)\w*"
    r"|(?:polecenie|zarządzenie|komunikat|wytyczne) (?:administrator|zesp|dział|dyrektor|opiekun|dostawc)\w*"
    r"|(?:pokyn|nařízení|oznámení) (?:ředitel|správc|tým|odděl|dodavatel)\w*"
    r")(?![\w-])"
    r"|관리자 ?공지|관리자 ?지시|보안팀 ?(?:공지|지시)|운영자 ?공지|管理员(?:通知|指令|公告)|维护者(?:通知|指令|公告)|安全团队(?:通知|指令)|仓库所有者(?:授权|通知)|"
    r"管理者(?:から|より|の)?(?:通知|指示|お知らせ)|セキュリティチーム(?:から|より)|メンテナ(?:ー)?(?:から|より)"
))
"""A claimed sender's authority: an administrator, maintainer, owner, vendor, platform, security, IT, compliance or
legal team, an executive, the model's maker or the code host, with what it sends (a notice, an override, a policy, an
order), in several languages."""


def authority_orders(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The first authority claim followed, in its window, by an automated reader named and an order with a risky effect."""
    low = scan.text
    for m in scan.finditer(CLAIM):
        if cited(m.start()):
            continue
        reader = READER.pattern.search(low, m.end(), min(len(low), m.end() + WINDOW))
        if reader is None or cited(reader.start()):
            continue
        span = ordered_after(low, reader.end(), cited)
        if span:
            return [Finding("inject.authority_order", 1.0, m.start(), span[1])]
    return []
