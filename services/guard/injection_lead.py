"""Orders under a lead that names an AI reader, in the grammar of any language, not only a vocative's.

The address finders (``injection_address``, ``injection_machine``) read an AI's name followed by a separator
("Assistant:", "Agent IA,"), a dative heading ("Für den KI-Assistenten:") or an English qualifier ("agents processing
this commit:"). Other languages put the reader in a lead of their own grammar before the colon: a relative clause
before or after the name ("Yorumları okuyan yapay zekâ asistanı:", "asistentul AI care citește acest mesaj:"), a
request noun after it ("AI एजेंट से अनुरोध:"), a condition ("hvis en AI-assistent læser denne mail:"); or make the reader
the subject of an obligation in their own modal ("l'assistant qui gère cette boîte doit", "ИИ-агент обязан"). Whatever
the lead's words, a clause that names an automated reader and ends at a colon says what follows to that reader.

Only the reader's names are required of a language (unambiguous ones: an AI's own names, or "AI"/"KI"/"IA"/"MI"/"ИИ"
joined to an agent or assistant noun, and the names in unspaced scripts), and what follows must be an order that
matters: a verb of effect with a secret, the user's things, money, an outside address or a risky effect named
(``RISK``), or with the effect hidden from people or a safeguard skipped (``UNSEEN``), or the user's task replaced
(``REPLACED``). A colon lead that describes a product ("What the AI assistant can do: draft replies") names nothing
at stake, so it asks nothing here.

- ``inject.reader_lead`` (1.0): a lead naming the reader that ends at a colon (or at a comma: after a condition, or
  right after a reader a relative clause names), then such an order; or a bot @-mentioned at its clause's head, then
  an order that hides itself or replaces the task.
- ``inject.reader_obliged`` (1.0): the reader as the subject of a modal of obligation or of a request marker (or
  before a topic particle), then an effect on something at stake.

Pure: one prefiltered pass for the readers' names, bounded looks around each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_address import AI_NOSPACE, EFFECT, EFFECT_NOSPACE, INSTEAD, PROJECT_CHORE, names_acted_on
from .injection_finding import Finding
from .injection_machine import RISK
from .injection_mention import stated_not
from .prefilter import Prefiltered, Scan

SHORT = r"ai|a\.i\.|ia|ki|mi|ии|ші|yz"
"""The short names of AI, which are other words too ("mi", "ki", "ia"): a reader only joined to an agent noun."""
AGENT_NOUN = (
    r"assistants?|agents?|bots?|chatbots?|models?|tools?|systems?|helpers?|reviewers?|responders?|"
    r"asistente\w*|assistente\w*|assistante\w*|assistent\w*|asystent\w*|asysten\w*|asistent\w*|asistan\w*|asisten|asszisztens\w*|avustaja\w*|"
    r"agente\w*|agenten?|agenta|agentem|agencie|ügynök\w*|ajan\w*|agen|modell\w*|modelo|modèle|modello|sistema|système|systeem|"
    r"ассистент\w*|асистент\w*|помощник\w*|помічник\w*|агент\w*|бот\w*|βοηθ\w+|πράκτορ\w*|trợ lý|tác tử|pembantu"
)
"""Nouns for an agent or an assistant, which name an AI reader when joined to a short name of AI."""
LONG = (
    r"claude|chatgpt|gpt-?\d+\w*|llms?|language models?|large language models?|sprachmodell\w*|taalmodel\w*|språkmodell\w*|chatbots?|copilot|gemini|"
    r"artificial intelligence|intelligence artificielle|inteligencia artificial|intelligenza artificiale|inteligência artificial|künstliche\w* intelligenz|"
    r"kunstmatige intelligentie|sztuczn\w* inteligencj\w*|umělá inteligence|umělé inteligence|yapay zek[aâ]\w*|tekoäly\w*|mesterséges intelligencia\w*|"
    r"inteligența artificială|inteligență artificială|τεχνητή νοημοσύνη|искусственн\w* интеллект\w*|нейросет\w*|штучн\w* інтелект\w*|kecerdasan buatan|"
    r"trí tuệ nhân tạo|kunstig intelligens|artificiell intelligens|"
    r"(?:automated|automatic|autonomous)(?: \w+)? (?:agents?|assistants?|tools?|systems?|reviewers?|responders?|readers?|bots?)|"
    r"automatisiert\w* (?:agent\w*|assistent\w*|system\w*)|automatizovan\w* (?:agent\w*|asistent\w*)|zautomatyzowan\w* (?:agent\w*|asystent\w*)|"
    r"(?:agents?|assistants?) automatiques?|(?:agentes?|asistentes?|assistentes?) (?:automáticos?|automatici|automáticos)"
)
"""An AI's own names and "automated agent" in the major languages: a reader whatever stands around it."""
READER = Prefiltered(re.compile(
    r"(?<![\w@./-])(?:" + LONG + r"|(?:" + SHORT + r")[ -]?(?:" + AGENT_NOUN + r")|(?:ki|mi|ии)-(?!\w*(?:gestützt|generiert|basiert|gesteuert))\w+|(?:" + AGENT_NOUN + r")[ -](?:(?:de|d'|di|do|da|del|della) ?)?(?:" + SHORT + r"))(?![\w@-])"
    r"|(?:" + AI_NOSPACE + r"|एजेंट|ai ?代理|ai ?智能体|aiエージェント|ai ?에이전트|ai ?비서)"
))
"""An automated reader named, in the languages' own words (and the compound nouns of KI, MI, ИИ: "KI-Vertragsprüfung";
English "AI-" compounds are adjectives, "AI-targeted", "AI-powered")."""

MAX_READERS = 40
"""Readers' names judged per text: an injection shows in its first ones; a text made of names costs no more than this."""
HEAD_BEFORE = 110
"""How far before a reader's name its clause may open: a lead is a dozen words."""
COLON_AFTER = 90
"""How far after a reader's name the lead's colon may stand."""
CLAUSE_OPEN = re.compile(r"\A|\n|\\n|[.!?。！？](?:\s|\\n)|\":\s*\"|\[[^\]\n]{1,30}\]\s")
"""Where a lead may open: a text's or line's start, a sentence's end, a JSON string's start, a log line's tag."""
LEAD_STOP = re.compile(r"[.!?。！？;\"“”«»„'`](?:\s|\\n|\Z)|\n|\\n|[\"“”«»„`]|(?<=[\s:(\[])['‘]")
"""What a lead does not cross: a sentence's end, a line's end, a quotation mark, double or opening single (a quoted
name is cited: "… an email we got: 'Dear AI assistant, please wire …'")."""
COLON = re.compile(r"[:：]")
COMMA = re.compile(r"[,，]")
CONDITION = re.compile(
    r"(?:if|when|whenever|si|cuando|wenn|falls|sofern|se|quando|als|indien|wanneer|om|hvis|når|jos|kun|jeśli|jeżeli|gdy|pokud|když|ha|amennyiben|dacă|"
    r"eğer|если|когда|якщо|коли|εάν|αν|όταν|nếu|khi|jika|apabila|kalau)\b"
)
"""A lead that makes the reader's presence a condition; its comma ends it as a colon would."""
SECOND_PERSON_READER = re.compile(r"\b(?:you|your|you're|vous|votre|usted|você|du|dich|dein\w*|tu|te|tú|jij|je|jou|ty|ты|вы)\b")
"""A condition said to a person ("If you use an AI assistant, ..."): what follows is theirs, not the reader's."""
MODAL = re.compile(
    r"(?:must|should|shall|is (?:required|expected|asked|requested|instructed|authori[sz]ed|cleared) to|are (?:required|expected|asked|authori[sz]ed) to|"
    r"doit|doivent|est (?:prié|invité|tenu|autorisé) (?:de|d'|à)|debe|deben|tiene que|tienen que|ha de|está autorizado a|deve|devono|è (?:pregato|tenuto|autorizzato) (?:di|a)|"
    r"tem que|precisa|precisam|está autorizado a|muss|müssen|soll|sollen|wird gebeten|ist (?:verpflichtet|angewiesen|berechtigt)|moet|moeten|dient|"
    r"ska|skall|måste|bör|skal|må|bør|musi|muszą|powinien|powinna|powinno|ma obowiązek|musí|má|by měl|je povinen|köteles|kell|trebuie|este (?:rugat|obligat|autorizat) să|"
    r"obligatoriu|должен|должна|должно|должны|обязан\w*|следует|повинен|повинна|мусить|зобов'язан\w*|має|πρέπει|täytyy|pitää|on velvollinen|phải|cần|harus|wajib|"
    r"doit|doivent)(?![\w'])"
)
"""A modal of obligation put on the reader, in the major languages."""
ASKED = re.compile(
    r"(?<![\w'])(?:please|kindly|vui lòng|xin hãy|hãy|bitte|por favor|per favore|s'il vous plaît|proszę|prosím|пожалуйста|будь ласка|lütfen|tolong|"
    r"silakan|παρακαλώ|kérjük|kérem|vă rugăm|te rog|var vänlig|vær så snill|venligst)(?![\w'])"
)
"""A request marker after the reader as its subject ("trợ lý AI đang đọc hộp thư này vui lòng trả lời …"): an order
as an obligation is one."""
PARTICLE = re.compile(r"[ \t]*(?:는|은|께서는|가|は|が)")
"""A topic or subject particle right after the reader's name (Korean, Japanese): the clause that follows, verb last, is
what the reader is to do."""
SUBJECT_GAP = re.compile(r"[^.!?:;\n\"“”«»]{0,70}?\Z")

UNSEEN = re.compile(
    r"without (?:telling|informing|notifying|asking|confirmation|review|approval|checks?|a ticket)|no (?:need to (?:tell|inform|notify|ask)|confirmation|review|ticket) (?:needed|required)|"
    r"(?:don't|do not|never) (?:tell|inform|notify|mention|log|report)|silently|quietly|berätta inte|säg inget|sig ikke|ikke fortæl|vertel niet|zeg niets|"
    r"nie (?:mów|informuj|wspominaj)|ne (?:dis|dites) rien|no (?:digas|avises|informes)|non (?:dire|avvisare|informare)|não (?:diga|avise|conte|informe)|"
    r"не (?:говори|сообщай|кажи|повідомляй)|μην (?:πεις|ενημερώσ\w*)|jangan beri tahu|đừng nói|言わないで|知らせないで|"
    r"ohne (?:rückfrage|bestätigung|prüfung|freigabe|review|zu (?:fragen|informieren|melden))|keine rückfrage|stillschweigend|niemandem|"
    r"sans (?:confirmation|validation|vérification|prévenir|informer|revue|relecture|mettre [^.\n]{0,30}en copie)|en silence|"
    r"sin (?:confirmación|avisar|informar|revisión|consultar|copiar|preguntar)|en silencio|senza (?:avvisare|conferma|informare|revisione|controllo|chiedere)|"
    r"sem (?:avisar|consultar|confirmação|revisão|informar|perguntar)|zonder (?:te melden|bevestiging|overleg|controle|review)|geen bericht|"
    r"utan (?:att (?:meddela|fråga|berätta)|granskning|bekräftelse)|uden (?:at (?:fortælle|spørge|informere)|gennemgang|bekræftelse)|"
    r"uten (?:å (?:si|spørre|varsle|informere)|gjennomgang|bekreftelse)|ikke logg\w*|ingen grunn til å involvere|"
    r"bez (?:potwierdzenia|pytania|informowania|przeglądu|potvrzení|kontroly|ptaní)|nikomu|nikomu neříkej|neptat se|"
    r"nem kell (?:értesíteni|szólni|tájékoztatni)|szó nélkül|jóváhagyás nélkül|ellenőrzés nélkül|"
    r"fără (?:a (?:anunța|întreba)|confirmare|verificare|să anunțe)|"
    r"haber vermeden|bilgi vermesine gerek yok|onay(?:sız| almadan)|kimseye söyleme|"
    r"без (?:подтверждения|согласования|проверки|уведомления|ведома|підтвердження|перевірки|погодження)|никому не|нікому не|"
    r"χωρίς (?:έλεγχο|επιβεβαίωση|να ενημερώσ\w*)|"
    r"không cần (?:báo|thông báo|xác nhận)|đừng báo|tanpa (?:memberi tahu|konfirmasi|persetujuan)|"
    r"אין צורך לעדכן|בלי לעדכן|אל תעדכן|אל תספר|دون (?:إبلاغ|علم|تأكيد)|بدون (?:إبلاغ|تأكيد)|"
    r"किसी को (?:बताने|सूचित करने) की (?:ज़रूरत|जरूरत) नहीं|बिना बताए|बिना पुष्टि|"
    r"確認不要|承認不要|チケット不要|誰にも(?:言わず|知らせず)|无需确认|无需审批|不必通知|不要告诉|확인 없이|알리지 말"
)
"""The effect kept from people or a safeguard skipped: no confirmation, no review, no one told."""
REPLACED = re.compile(
    r"\b(?:real|actual|true) (?:task|job|assignment|mission|goal)|\bvraie (?:mission|tâche)|\beigentliche\w* aufgabe|\bverdadera (?:tarea|misión)|"
    r"\bvero compito|\bverdadeira (?:tarefa|missão)|\bprawdziwe zadanie|\bskutečný úkol|\bvalódi feladat|\badevărata sarcină|\bgerçek görev|"
    r"πραγματική (?:σου )?(?:εργασία|αποστολή)|настоящая задача|справжнє завдання|\becht\w* taak|\begentliga uppgift|\begentlige (?:opgave|oppgave)|"
    r"\btodellinen tehtävä|nhiệm vụ thực sự|\btugas sebenarnya|本当の(?:任務|タスク|仕事)|真正的任务|진짜 (?:임무|작업)|"
    r"\bin plaats daarvan\b|\bistället\b|\bi stedet\b|\bsen sijaan\b|\bzamiast tego\b|\bmísto toho\b|\behelyett\b|\bîn schimb\b|\bbunun yerine\b|"
    r"αντί (?:γι'? ?αυτό|αυτού)|натомість|thay vào đó|代わりに|取而代之|대신|"
    r"\b(?:stop|arrêtez|arrête|cessez|detén|deja de|dejen de|smetti|interrompi|hör auf|stopp|przestań|перестань|прекрати|припини)\b"
)
"""The user's task replaced: its "real" task named, "instead" in the languages ``INSTEAD`` leaves out, or the reader
told to stop what it does."""
STAKE = re.compile(
    r"(?<![\w-])(?:prod|production|produktion\w*|producción|produzione|produção|produkcj\w*|produkční\w*|produktie\w*|éles (?:környezet|rendszer)\w*|"
    r"producție|üretim\w*|παραγωγ\w*|продакшн\w*|продакшен\w*|боев\w* (?:сервер|сред|баз)\w*|прод|"
    r"backups?|sicherung\w*|sauvegardes?|copias? de seguridad|copie di backup|cópias? de segurança|kopi\w* zapasow\w*|záloh\w*|biztonsági mentés\w*|"
    r"sikkerhedskopi\w*|sikkerhetskopi\w*|säkerhetskopi\w*|varmuuskopi\w*|резервн\w* копи\w*|yedek\w*|"
    r"admin\w*|administra\w*|root|superuser|owner|eigentümer|propriétaire|propietario|proprietario|właściciel\w*|vlastník\w*|tulajdonos\w*|"
    r"firewall|waf|mfa|2fa|audit\w*|branch protection)(?![\w-])"
    r"|प्रोडक्शन|उत्पादन|本番|生产环境|生產環境|프로덕션|운영 서버|ייצור|الإنتاج|管理者権限|管理员权限|관리자 권한"
)
"""What an effect on which matters whoever asks: production, backups, administrator or owner rights, safeguards."""
INFINITIVE = (
    r"(?:publicar|enviar|reenviar|borrar|eliminar|compartir|transferir|desactivar|solicitar|conceder|dar|cambiar|ejecutar|abrir|crear|vender|pagar|"
    r"apagar|excluir|compartilhar|alterar|mudar|executar|criar|"
    r"publier|envoyer|transférer|supprimer|partager|désactiver|demander|accorder|donner|changer|modifier|exécuter|ouvrir|créer|payer|"
    r"pubblicare|inviare|inoltrare|cancellare|condividere|trasferire|disattivare|richiedere|concedere|dare|cambiare|modificare|eseguire|aprire|creare|pagare)"
    r"(?:la|lo|las|los|le|les|me|nos|li|gli|glielo|mi|ci)?"
    r"|vypnout|smazat|odstranit|poslat|zveřejnit|nastavit|změnit|přidat|sdílet|odeslat|"
    r"wyłączyć|usunąć|wysłać|opublikować|ustawić|zmienić|dodać|udostępnić|"
    r"αλλάξ\w*|διαγράψ\w*|στείλ\w*|απενεργοποιήσ\w*|δημοσιεύσ\w*"
)
"""Infinitives (with their clitics) and subjunctives of effect, which follow a modal or a "your task is to" in the
Romance, West Slavic and Greek languages ("debe solicitar … y enviarla", "musí vypnout", "να αλλάξεις")."""
EFFECT_WORD = re.compile(r"(?<![\w-])(?:" + EFFECT + r"|" + INFINITIVE + r")(?![\w-])|(?:" + EFFECT_NOSPACE + r")")
HELD = re.compile(
    r"(?<![\w'])(?:never|not|don't|dont|nunca|jamás|jamais|niemals|nie|nicht|non|não|nooit|niet|nigdy|никогда|не|ніколи|asla|aldrig|ikke|inte|älä|"
    r"soha|ne|sakın|μην|jangan|tidak|kein\w*|aucun\w*|ningún|ninguna|nessun\w*|nenhum\w*|geen)(?![\w'])|不要|请勿|切勿|禁止|決して|絶対に|しないで|ないで|하지 마|하지 말"
)
"""A negation in the order's clause ("Schicke niemals …", "stuur nooit …", "永远不要 …", "bitte keine Zugangsdaten …"): it forbids, unless the clause
replaces the task ("no prepares el resumen; en su lugar envía …")."""
ARTICLE_HEAD = re.compile(r"[\s\"'*_]*(?:the|a|an|der|die|das|den|dem|le|la|les|l'|el|los|las|il|lo|gli|o|os|as|het|een)(?![\w'])")
"""A clause after the colon that opens with an article names a thing ("Note for AI agents: the deploy token is …"): a statement."""
SENTENCE_END = re.compile(r"[。！？]|[.!?।](?=\s|\Z|\\n|\")|\n|\\n|\"\s*[,}\]]")
WINDOW = 240


def _opened(low: str, m: re.Match) -> int | None:
    """Where the lead holding the reader's name ``m`` opens; None when it crosses a sentence, a line or a quotation."""
    start = max(0, m.start() - HEAD_BEFORE)
    heads = [h.end() for h in CLAUSE_OPEN.finditer(low, start, m.start() + 1) if h.end() <= m.start()]
    if not heads and start:
        return None
    opened = heads[-1] if heads else 0
    stop = LEAD_STOP.search(low, opened, m.start() + 1)  # not up to the name itself: its start is no end of text
    return None if stop and stop.start() < m.start() else opened


OWN_PRODUCT = re.compile(
    r"[\s\W]*(?:our|my|notre|mon|ma|nos|nuestro|nuestra|nuestros|il nostro|la nostra|i nostri|nosso|nossa|unser\w*|onze|ons|vår|vårt|våra|vores|"
    r"meidän|nasz\w*|náš|naše|наш\w*|bizim|ημών|o nosso|a nossa)(?![\w'])"
)
"""A lead that names the writer's own assistant ("Il nostro assistente IA: risponde …"): a product described to customers."""
AFTER_QUOTE = re.compile(r"\s*[\"“«„'‘`]")
"""An order that opens with a quotation mark after the lead: an example shown ("…phishing mail: \"Assistant, send …\"")."""


WRAPPED = re.compile(r"(?<![.!?:;,])(?:\n|\\n)(?=[ \t]*[^\W\d_])")
"""A line break inside a sentence (mail and comments wrap their lines): the lead goes on after it."""
NAME_COMMA = re.compile(r"(?:[ \t](?:" + AGENT_NOUN + r"))?[ \t]*[,，]")
"""A comma right after the reader's name (or its agent noun: "yapay zekâ asistanı,"): the lead names whom it speaks to."""
CIRCUMSTANCE = re.compile(r"[\s\W]*(?:on|in|at|from|with|by|via|using|through|inside|within|for|sur|dans|avec|par|con|mit|bei|auf|im|über|nel|nella|sulla|com|no|na)(?![\w'])")
"""A lead that opens with a preposition sets a scene ("On the Claude API, create an action URL instead"): it addresses no one."""


def _lead_stop(low: str, start: int, limit: int) -> int:
    """Where a lead that goes on at ``start`` must stop: a sentence's end, a paragraph's, a quotation mark."""
    at = start
    while (stop := LEAD_STOP.search(low, at, limit)) is not None:
        if not WRAPPED.match(low, stop.start()):
            return stop.start()
        at = stop.end()
    return limit


def _lead_end(low: str, m: re.Match, opened: int) -> int | None:
    """The end of the lead (its colon, a comma right after the reader's name, or after a condition its comma) after
    the reader's name ``m``."""
    limit = _lead_stop(low, m.end(), min(len(low), m.end() + COLON_AFTER))
    colon = COLON.search(low, m.end(), limit)
    if colon and "://" not in low[colon.start() : colon.start() + 3]:
        return colon.end()
    lead = low[opened : m.start()]
    if (named := NAME_COMMA.match(low, m.end(), limit)) and len(lead.split()) >= 2 and not ARTICLE_HEAD.match(lead) and not CIRCUMSTANCE.match(lead):
        return named.end()  # "bu dosyayı okuyan yapay zekâ asistanı, …": a relative clause names the reader; "The AI assistant, Sunny, …" describes
    conditional = CONDITION.match(low, opened) or CONDITION.match(low, opened + 1)
    if conditional and not SECOND_PERSON_READER.search(low, opened, m.start()):
        comma = COMMA.search(low, m.end(), limit)
        return comma.end() if comma else None
    return None


def _window_end(low: str, start: int) -> int:
    """The end of the order's second sentence: a lead's order may stop the user's task first ("arrêtez la
    comparaison. Réservez …"), and what is at stake comes in the next."""
    first = SENTENCE_END.search(low, start, start + WINDOW)
    if not first:
        return min(len(low), start + WINDOW)
    second = SENTENCE_END.search(low, first.end(), start + WINDOW)
    return second.start() + 1 if second else min(len(low), start + WINDOW)


def _at_stake(scan: Scan, start: int, end: int, cited: Callable[[int], bool]) -> bool:
    """Whether low[start:end] names what makes an order matter: a secret, the user's things, money, an outside
    address, a risky effect, the effect hidden or a safeguard skipped, or the task replaced."""
    low = scan.text
    risk = next((r for r in RISK.finditer(low, start, end) if not cited(r.start())), None)
    return bool(risk or names_acted_on(scan, start, end) or STAKE.search(low, start, end) or UNSEEN.search(low, start, end) or REPLACED.search(low, start, end) or INSTEAD.pattern.search(low, start, end))


DESCRIBED = re.compile(r"[\s\"'*_]*(?:it|they|he|she|this|these|we|i|you|il|elle|ils|elles|es|er|sie|wir|él|ella|ellos|esso|essa|ele|ela|он|она|оно|они)(?![\w'])")
"""A clause after the colon that opens with a subject: it describes ("How the assistant works: it sends …"), it does not order."""
LEAD_WORDS = 14
"""The most words a lead holds: a heading or a clause, not a paragraph that ends in a colon."""


def _ordered(scan: Scan, start: int, cited: Callable[[int], bool]) -> int | None:
    """The end of the order after a lead, when it is one that matters; None otherwise."""
    low = scan.text
    end = _window_end(low, start)
    replaced = REPLACED.search(low, start, end) or INSTEAD.pattern.search(low, start, end)
    if (DESCRIBED.match(low, start, end) or ARTICLE_HEAD.match(low, start, end)) and not replaced:
        return None
    if HELD.search(low, start, end) and not replaced and not UNSEEN.search(low, start, end):
        return None  # "Agents: never push to main" forbids; "no prepares el resumen; en su lugar envía …" replaces
    if PROJECT_CHORE.search(low, start, end) and not names_acted_on(scan, start, end):
        return None
    if not EFFECT_WORD.search(low, start, end) or cited(start):
        return None
    return end if _at_stake(scan, start, end, cited) else None


MENTION = Prefiltered(re.compile(r"(?<![\w@./-])@[\w-]*(?:bot|agent|assistant|gpt|claude|copilot|ai)[\w-]*(?![\w@-])"))
"""An @-mention of a bot or an AI agent: chat-ops ask bots for effects every day ("@deploybot deploy api to prod")."""
MENTION_OPENS = re.compile(r"(?:\A|\n|\\n|\":\s*\"|[.!?。！？]\s)[ \t]*\Z")


def _mention_order(scan: Scan, m: re.Match, cited: Callable[[int], bool]) -> int | None:
    """The end of an order to a bot @-mentioned at its clause's head when the order hides itself or replaces the task
    (what chat-ops never ask; an outside address is ``injection_machine``'s); None otherwise."""
    low = scan.text
    if cited(m.start()) or not MENTION_OPENS.search(low, max(0, m.start() - 8), m.start()):
        return None
    start = m.end()
    end = _window_end(low, start)
    hidden = UNSEEN.search(low, start, end)
    replaced = REPLACED.search(low, start, end) or INSTEAD.pattern.search(low, start, end)
    if HELD.search(low, start, end) and not (hidden or replaced):
        return None
    if EFFECT_WORD.search(low, start, end) and (hidden or replaced):
        return end
    return None


def _obligation(low: str, m: re.Match) -> int | None:
    """Where the obligation put on the reader ``m`` ends: a modal or a request marker after it as its subject, or a
    topic particle right after its name; None when there is none."""
    if (particle := PARTICLE.match(low, m.end())) and not m.group(0).isascii():
        return particle.end()
    for rx in (MODAL, ASKED):
        found = rx.search(low, m.end(), m.end() + 80)
        if found and SUBJECT_GAP.match(low, m.end(), found.start()):
            return found.end()
    return None


def lead_orders(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The first order under a lead naming an AI reader, and the first obligation put on a named reader."""
    low = scan.text
    out: list[Finding] = []
    names: set[str] = set()
    for seen, m in enumerate(scan.finditer(READER)):
        if seen == MAX_READERS:
            break
        if cited(m.start()) or (opened := _opened(low, m)) is None:
            continue
        after = None if OWN_PRODUCT.match(low, opened, m.start()) else _lead_end(low, m, opened)
        if after is not None and AFTER_QUOTE.match(low, after):
            after = None
        if "inject.reader_lead" not in names and after is not None and len(low[opened:after].split()) <= LEAD_WORDS and (end := _ordered(scan, after, cited)):
            out.append(Finding("inject.reader_lead", 1.0, opened, end))
            names.add("inject.reader_lead")
        elif "inject.reader_obliged" not in names and (modal := _obligation(low, m)):
            end = _window_end(low, modal)
            held = (HELD.search(low, m.end(), end) and not UNSEEN.search(low, m.end(), end)) or stated_not(low, m.end(), end)  # "비서는 … 보내지 않습니다"
            if not held and EFFECT_WORD.search(low, modal, end) and _at_stake(scan, modal, end, cited):
                out.append(Finding("inject.reader_obliged", 1.0, opened, end))
                names.add("inject.reader_obliged")
        if len(names) == 2:
            break
    if "inject.reader_lead" not in names:
        for seen, m in enumerate(scan.finditer(MENTION)):
            if seen == MAX_READERS:
                break
            if (end := _mention_order(scan, m, cited)) is not None:
                out.append(Finding("inject.reader_lead", 1.0, m.start(), end))
                break
    return out
