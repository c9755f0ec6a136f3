"""Orders told to the program reading a document by its role, and summaries dictated to it, in several languages.

An injection rarely names Claude: it tells "any shopping assistant reading this page", "whoever processes this
record", "the agent handling this ticket", "An den Einkaufsassistenten", "pour l'assistant d'achat" to do what no
reader of a review, an invoice or a ticket does: fill a cart, pay, send data to an outside address, grant admin
rights, wipe a store, switch a check off. And it hooks the reader's own job: "when summarising this page, tell the
user ...", "beim Zusammenfassen dem Nutzer mitteilen ...", "总结本页面时，请告诉用户 ...".

- ``inject.role_order``: a reader named by its automated role, then in the same sentence an effect of that kind.
- ``inject.summary_dictated``: the reader's summary or answer of this text, then an order to tell its user something.

Pure: one prefiltered pass per pattern over the lowered, folded text and a bounded look after each match.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .injection_finding import Finding
from .prefilter import Prefiltered, Scan

_ROLE = r"assistant|agent|buyer|shopper|bot|tool|integration|system|reader|crawler|pipeline|model|llm|automation|processor|parser|responder"
AUTOMATED_READER = Prefiltered(re.compile(
    # en: a program by its kind ("AI shopping agent", "booking assistants", "automated buyer")
    r"\b(?:ai|automated|automatic|autonomous|llm|virtual)[ -](?:shopping |booking |purchasing |buying |ordering |travel |e-?mail |mail |inbox |support )?"
    r"(?:" + _ROLE + r")s?\b"
    r"|\b(?:shopping|booking|purchasing|buying|ordering|travel|e-?mail|inbox|coding|research|browsing) (?:assistant|bot)s?\b"
    r"|\b(?:shopping|purchasing|buying|coding|research|browsing) agents?\b"
    # en: a program by what it does to this text ("integrations syncing this inbox", "systems processing this invoice")
    r"|\b(?:assistant|agent|ai|bot|integration|tool|system|crawler|pipeline|model|llm|program|service|automation)s? (?:that (?:is |are )?)?"
    r"(?:reading|processing|handling|working(?: on)?|indexing|syncing|parsing|summari[sz]ing|comparing|reviewing|scanning|ingesting|crawling|picking up|"
    r"compiling|preparing|drafting|writing|generating|building|ranking|consuming) (?:(?:a|an|the) (?:comparison|summary|overview|digest|answer|reply|report|ranking) (?:of|to|for|from) )?"
    r"(?:this|these|the)\b"
    # a bare plural role as the address at a clause's head ("Assistants: ...", "AI agents, ..."): a class of readers, not a turn label
    r"|(?:^|[\n>.!?\"]\s*|\s{2,})(?:(?:[\w-]+ )?bots|(?:ai|llm) (?:agents|assistants))(?=\s*[:,])"
    r"|\b(?:der|die|das) (?:\w*assist[ae]nt|ki|bot|agent)(?:in)?(?= (?:muss|soll|hat zu)\b)"
    r"|(?:\bl'|\bde |\bhet |\bten |\b)(?:assist[ae]nt|agent|ia|asystent|bot)(?= (?:doit|devra|moet|dient|musi|powinien)\b)"
    r"|\b(?:hey|hi|hello|dear|ok|okay|yo) (?:ai|assistant|bot|claude)\b"
    r"|\b(?:the|any|every|each|all) (?:assistant|ai|bot|llm)s?\b"
    # a note to the writer's own assistant ('Note for my assistant Jenny:') is to a person or a tool of theirs
    r"|\b(?:note|message|memo|instructions?) (?:to|for) (?:the |any |all |every )?(?:(?!(?:my|our|his|her|their) )[\w-]+ )?(?:ai|assistant|agent|bot|model|llm)s?\b"
    # a heading sent by those who run the program to it ('from the developer of this tool to the model:')
    r"|\bfrom (?:the |our |this |your )?(?:[\w-]+ ){0,3}?(?:developers?|owners?|admins?|administrators?|operators?|maintainers?|vendor|"
    r"publisher|team|department|it|security|management|anthropic|openai)(?: (?:of|at|for)(?: [\w.-]+){1,3}?)? to (?:the |any |every )?"
    r"(?:ai |language )?(?:models?|claude|llms?|ai)(?=\s*(?:\([^)\n]{1,30}\))?\s*[:：](?!\s*(?:we|i|our|my)\b))"
    r"|@(?:assist[ae]nt\w*|bot|ai|claude|agent|asistente|assistente|ia|ki)\b|\b(?:ai|ki|ia|llm)-(?:lezers?|leser|readers?|agents?|agenten|tools?|assistants?|assistenten)\b"
    r"|\bautomations?(?= (?:must|should|is to|needs to|has to|shall)\b)"
    r"|\bwhoever (?:reads|is reading|processes|is processing|handles|is handling|summari[sz]es|picks (?:this|it) up|picks this \w+ up)(?: (?:this|it)\b)?"
    # de fr es it pt nl sv pl
    r"|\b(?:an|für) (?:den |die |das |alle |jeden |jede |jedes )?(?:automatisierten? |automatische[nr]? |ki-)?(?:\w*assist[ae]nt(?:en)?|agent(?:en)?|bots?|werkzeuge|ki)\b"
    r"|\b(?:der|die) (?:\w*assist[ae]nt|agent|ki|bot),? (?:der|die) (?:dies\w*|den|die|das) \w+ (?:bearbeitet|liest|verarbeitet|zusammenfasst)"
    r"|(?:à l'attention d[eu]s? |pour |à |aux |note pour )(?:l'|le |la |les |tout |toute |tous |chaque )?(?:assistant|agent|bot|ia|outil|intégration)s?\b"
    r"|\b(?:para|al|a) (?:el |la |los |cualquier |todo |toda )?(?:asistente|agente|sistema|bot|ia|herramienta)(?:e?s)?\b|\bel (?:asistente|agente)\b"
    r"|\b(?:all'|per l'|l')(?:assistente|agente|ia)\b|\bper (?:chi|qualsiasi sistema|ogni agente|il bot) (?:elabora|legge|gestisce)\b"
    r"|\b(?:para o|ao|o|para qualquer) (?:assistente|agente|sistema|bot)\b|\bpara (?:as|os) (?:ias|assistentes|agentes|bots)\b"
    r"|\baan de (?:\w*assist[ae]nt|agent|bot)\b|\btill (?:\w*assist[ae]nten|agenten|boten)\b|\bdo (?:asystenta|agenta|bota|sztucznej inteligencji)\b"
    # ru tr ar ja zh ko: the role's own word
    r"|(?:ассистент|агент)\w*|\b(?:asistan|ajan)\w*|(?:المساعد|الوكيل)|(?:アシスタント|エージェント)|(?:助手|助理|智能体)|(?:어시스턴트|에이전트)"
))
"""A reader named by the automated role it plays for this text, not by a person's name or job."""

_EMAIL_OR_URL = r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://|\b[\w-]+\.(?:example|com|net|org|io|co|app|dev|xyz|site)\b"
_SEND = (
    r"send|forward|upload|share|export|post|e-?mail|sync|copy|esporta\w*|exporta\w*|exportier\w*|exporte\w*|sende|schick\w*|leite\w*|lade\w* hoch|teile|envoie\w*|envoy\w*|transf[eè]r\w*|partage\w*|"
    r"env[ií]a\w*|reenv[ií]a\w*|comparte\w*|invia\w*|inoltra\w*|condividi|encaminh\w*|envie|envia\w*|compartilh\w*|stuur|verstuur|deel|skicka|"
    r"wyślij|prześlij|отправ\w*|перешл\w*|gönder\w*|ilet\w*|أرسل|ارسل|送信|转发|发送|보내|전송"
)
_GRANT = (
    r"grant|give|add|promote|assign|gewähr\w*|gib|erteil\w*|füge|mach\w*|accorde\w*|donne\w*|ajoute\w*|concede\w*|otorga\w*|añade|agrega|"
    r"concedi|aggiungi|conceda|conceder|conced\w*|adicione|voeg|geef|nadaj|dodaj|выдай\w*|предостав\w*|дай|ver(?:meli\w*|in|)|ekle\w*|授予|添加|付与|부여"
)
_POWER = (
    r"admin\w*|administrat\w*|owners?|amministrator\w*|yönetici|администратор\w*|edit access|write access|full access|owner access|"
    r"schreibrechte|adminrechte|admin-rechte|droits? d'administrat\w*|permisos de administrador|permessi di amministratore|acesso de administrador|管理员|管理者|관리자"
)
_WHOLE = r"all|every|entire|whole|todos|todas|tutti|tutte|toutes|tous|alle|alles|все|всё|wszystk\w*|hepsi|tüm|全部|すべて|所有|모든|backups?"
_DESTROY = r"delete|remove|wipe|erase|purge|destroy|rm -rf|borra\w*|elimin\w*|lösch\w*|supprim\w*|efface\w*|cancella\w*|apag\w*|exclu\w*|удали\w*|usuń|verwijder\w*|radera|sil|silin|削除|删除|삭제|احذف"
_CHECK = (
    r"mfa|2fa|two-factor|zwei-faktor\w*|deux facteurs|dos factores|due fattori|dois fatores|approval\w*|review|confirmation|verification|vérification|verificación|verificação|verifica|verificatie|weryfikac\w*|two-step|2-step|deux étapes|dos pasos|due passaggi|duas etapas|twee stappen|zwei schritte|"
    r"authenticat\w*|authentifi\w*|autenticac\w*|autenticazi\w*|autenticaç\w*|ci\b|checks?|branch protection|(?:pre-commit|pre-push|pre-receive|commit-msg|git) hooks?|pre-commit"
)
ROLE_EFFECT = re.compile(
    # a purchase: a cart, a checkout, an order placed
    r"\b(?:cart|basket|checkout|check out|warenkorb|panier|carrito|carrello|carrinho|winkelwagen|varukorg|koszyk\w*|корзин\w*|sepet\w*)\b|カート|购物车|장바구니"
    r"|\b(?:place|complete|submit|confirm) (?:the |an |this |my |their |that )?(?:order|purchase)\b|\bvalide[rz]? la commande\b|\bpasse[rz]? (?:la |une )?commande\b"
    # money moved, or a payment approved
    r"|\b(?:approve|mark (?:\w+ ){0,3}?(?:as )?(?:approved|paid|verified))\b|\b(?:aprueba|aprobar|approuve\w*|approva\w*|aprove|genehmig\w*)\b|\b(?:pay(?! attention)|transfer|wire|release (?:the )?payment|settle|refund|überweis\w*|bezahl\w*|pag(?:a|ar|are|ue|ate)\b|payer|payez|betaal\w*|zapłać|оплати\w*|переведи\w*)\b|\biban\b"
    # held data sent to an outside address
    r"|\b(?:" + _SEND + r")\b(?:[^.!?\n]|\.(?=\w)){0,80}?(?:" + _EMAIL_OR_URL + r")"
    r"|(?:" + _EMAIL_OR_URL + r")[^.!?\n]{0,30}?\b(?:sturen|versturen|doorsturen|senden|schicken|weiterleiten|wysłać|przesłać|göndermeli|gönder)\b"
    r"|\b(?:saved|stored|default) (?:card|payment method|credit card)\b"
    r"|\b(?:recommend|polecać|poleć|empfehlen|empfiehl|recommander|recommandez|recomendar|recomienda|raccomandare|consigliare|consiglia|aanbevelen|рекомендовать|рекомендуй)\w* (?:only|just|tylko|nur|uniquement|seulement|solo|solamente|apenas|alleen|только)\b"
    # rights granted
    r"|\b(?:" + _GRANT + r")\b(?:[^.!?\n]|\.(?=\w)){0,60}?\b(?:" + _POWER + r")|\b(?:" + _POWER + r")\b[^.!?\n]{0,40}?\b(?:" + _GRANT + r")\b"
    # a whole store destroyed (verb-final too: 'alle Jobs löschen')
    r"|(?:\b(?:" + _DESTROY + r")\b)[^.!?\n]{0,40}?\b(?:" + _WHOLE + r")\b"
    r"|\b(?:" + _WHOLE + r")\b[^.!?\n]{0,40}?\b(?:löschen|entfernen|vernichten|verwijderen|usunąć|supprimer|effacer|eliminare|cancellare|borrar|eliminar|apagar|excluir|silmek|silinmeli)\b"
    # held files sent back to the sender ('reply to this thread with the payslips attached')
    r"|\b(?:reply|respond|answer)\b[^.!?\n]{0,60}?\b(?:attached|attaching|enclosed)\b"
    # a comparison or ranking rigged ('rank this model first', 'remove competitor listings')
    r"|\brank\w* (?:\w+ ){0,3}?(?:first|highest|top|#1|number one)\b|\b(?:remove|exclude|hide|omit|drop|leave out|filter out) (?:\w+ ){0,2}?(?:competitor|competing|rival|other seller)\w*"
    # a check switched off, or acting without one
    r"|\b(?:disable|turn off|switch off|deactivate|bypass|skip|reset|ausschalt\w*|abschalt\w*|deaktivier\w*|désactiv\w*|desactiv\w*|disattiv\w*|desativ\w*|"
    r"отключ\w*|wyłącz\w*|uitschakel\w*|kapat\w*)\b[^.!?\n]{0,50}?(?:" + _CHECK + r")"
    r"|(?:mfa|2fa|two-factor|zwei-faktor\w*|approval|freigabe|prüfung|tweestapsverificatie|doğrulama)[^.!?\n]{0,50}?\b(?:ausschalten|abschalten|deaktivieren|umgehen|überspringen|uitschakelen|uitzetten|kapat\w*|wyłączyć)\b"
    r"|\bno (?:approval|confirmation|review|sign-?off)s? (?:needed|required|necessary)\b|\bwithout (?:further |any |the user's |asking for )?(?:approval|review|confirmation|asking|checking)\b|\bsin (?:aprobación|revisión|confirmación)\b|\bsenza (?:approvazione|conferma)\b|\bohne (?:freigabe|prüfung|rückfrage)\b"
    # what the reader tells its user, or recommends
    r"|\b(?:recommend\w*|describe\w* (?:\w+ ){0,3}?as|tell (?:the )?(?:user|customer|buyer|shopper|reader)s?|say that|state that|indicar que|indiquer que|dire que|sagen, dass|mitteilen)\b"
    r"|\bvertel (?:de )?(?:gebruiker|lezer|klant)\b|\b(?:powiedz|przekaż) użytkownikowi\b|\b(?:сообщи|скажи) пользователю\b|\b(?:dile|dígale) al usuario\b|\bdi' all'utente\b|\bdiga ao usuário\b|\b(?:dis|dites) à l'utilisateur\b|\bsag\w* dem (?:nutzer|benutzer)\b"
)
"""What only a program acting for its user does: buy, pay, send to an outside address, grant rights, wipe a whole store,
switch a check off, or tell its user a claim."""

TOLD_TO = re.compile(
    r"(?:\b(?:to|for|note to|attention|attn|dear|hey|asks? that|requests? that|requires? that|wants|(?<!\bsome )(?<!\bmany )(?<!\bmost )(?<!\bfew )(?<!\bseveral )(?<!\bother )[^\W\d_]+ want)|[\[(])\s*(?:the |any |all |every |each )?\Z"
)
"""Before a role: an address ("Note to any automated buyer", "To the assistant") or a causative ("asks that the ...")."""
PROJECT_NOUN = re.compile(
    r"[ -](?:pilot|rollout|roll-out|project|programme|program|launch|deployment|policy|settings|configuration|config|feature|initiative|"
    r"workshop|meeting|review|evaluation|trial|budget|roadmap|migration|release|demo|training|usage|cost|metrics|licen[cs]e)s?\b"
)
"""A noun the role word modifies ("for the assistant pilot: which mailboxes it can read"): a project or meeting about
the program, not the program addressed."""
DATIVE_ROLE = re.compile(r"(?:an|für|à|aux|pour|note pour|para|al|a|all'|per|ao|aan|till|do)\b|@")
"""A role named in the dative that opens the match itself (An den Einkaufsassistenten, pour l'assistant ...)."""
ORDER_AFTER_ROLE = re.compile(
    r"\A[\s)]*(?:[:：,，—–]|\s-\s)|\A(?:\s*[\w'-]+){1,3}\s*[:：]|\A\s*\([^)\n]{1,30}\)\s*[:：]"
    r"|\b(?:should|must|shall|is to|are to|needs? to|has to|have to|(?:is|are) (?:required|expected|asked) to|muss|müssen|soll|sollen|sollte|doit|doivent|devrait|"
    r"debe|deben|debería|deve|devono|dovrebbe|devem|moet|moeten|ska|skall|musi|powinien|должен|должны|нужно|необходимо)\b|(?:malı|meli)\w*|必须|应当|应该|请|해야|يجب"
)
"""After the role, what makes it the addressee of an order: a colon or comma (vocative), or a modal."""
QUOTED_OR_ASKED = re.compile(r"[\"“”«»„]|(?:^|\s)'|\b(?:said|says|followed|like|such as|asked|told|tries|try|tried)\b")
"""Between the role and its effect: a quotation opened or a report, not an order given."""

SENTENCE_END = re.compile(r"[.!?;](?=\s|$|[\"'<])|[\n。！？]|\\n")
NEVER = re.compile(
    r"\b(?:never|don't|do not|must not|should not|shouldn't|cannot|can't|won't|nunca|jamais|niemals|nie|nicht|kein\w*|non|mai|não|никогда|не|nooit|niet|aldrig|inte)\b"
)

# --- the reader's summary or answer of this text, then an order to tell its user something -----------------------

SUMMARY_HOOK = Prefiltered(re.compile(
    r"\b(?:when|while|if|before|as|once|whenever) (?:you(?:'re| are)? )?(?:summari[sz]\w*|present\w*|brief\w*|describ\w*|process\w*|recap\w*|"
    r"produc\w* (?:a|the|any) (?:summary|overview|recap)|(?:draft|writ|compos|prepar)\w* (?:a|the|an|any|your) (?:summary|overview|recap|answer|reply|response) (?:to|for|of|about) (?:this|these)|(?:answer|reply|respond)\w* (?:to )?(?:this|these|anyone|any question))\b"
    r"|\b(?:whoever|anyone|any \w+) (?:produces|writes|generates) (?:a |the )?(?:summary|overview|recap)\b"
    r"|\b(?:beim|bei der) (?:zusammenfass\w*|beantwort\w*|präsentier\w*|vorstell\w*)|\bwenn (?:du|sie|ihr) [^.!?\n]{0,40}?(?:zusammenfass\w*|beantwort\w*|antwortest|vorstell\w*|präsentier\w*)|\bin der zusammenfassung\b"
    r"|\b(?:en (?:résumant|présentant|répondant|décrivant)|lors (?:du|de la) (?:résumé|présentation|réponse)|(?:quand|lorsque) (?:tu|vous) (?:résum|présent|répond)\w*|dans (?:le|votre|ton) résumé)"
    r"|\b(?:al (?:resumir|responder|presentar|describir)|cuando (?:resumas|respondas|presentes|resuma|responda)|en el resumen)\b"
    r"|\b(?:quando (?:riassumi|rispondi|presenti)|nel (?:riassunto|riassumere|rispondere)|riassumendo)\b"
    r"|\b(?:ao (?:resumir|apresentar|responder|descrever)|quando (?:resumir|responder|apresentar)|no resumo)\b"
    r"|\b(?:bij het (?:samenvatten|beantwoorden)|wanneer je [^.!?\n]{0,30}?samenvat)|\b(?:podsumowując|przy podsumowaniu|odpowiadając)|(?:özetlerken|yanıtlarken|cevaplarken)"
    r"|\b(?:при (?:пересказе|ответе|кратком изложении)|резюмируя|пересказывая)"
    r"|(?:要約|まとめ|回答|返信|紹介)(?:する|の|る)?(?:とき|際|時|場合)|(?:总结|概括|回答|回复|介绍|摘要)[^。\n]{0,20}?(?:时|之前|的时候)|(?:요약|답변|응답)(?:할|하는) 때"
))
"""The reader's own job on this text: summarising, presenting or answering it."""
TELL_USER = re.compile(
    r"\b(?:tell|inform|notify|warn|advise|let|assure|remind) (?:the |your |any )?(?:user|reader|customer|client|recipient|attendee|participant|shopper|buyer|requester)s?\b"
    r"|\b(?:state|say|claim) that\b"
    r"|(?:dem|der|den) (?:nutzer|benutzer|leser|kunden|empfänger|teilnehmer)\w*[^.!?\n]{0,30}?(?:mit(?:teilen|teilst|teilt)|sagen|erzählen|schreiben|versichern)\b|\bteile\w* (?:dem|der|den) \w+ mit\b|\bsag\w* (?:dem|der|den)\b|\binformier\w* (?:den|die)\b"
    r"|\b(?:informe\w*|indique\w*|dis|dites|signale\w*|préviens|prévenez|rappelle\w*|précise\w*) (?:à |au |aux )?(?:l'utilisateur|l'usager|le participant|le lecteur|le client|le destinataire|client|lecteur|participant|destinataire)"
    r"|\b(?:inform\w*|dile|di|comunica\w*|avisa\w*|indica\w*|dígale) (?:a |al |a los |a las |el |la )?(?:usuario|cliente|lector|destinatario|participante)s?\b"
    r"|\b(?:comunica|di'|dì|informa|dici|riferisci|avvisa|segnala)\w* (?:all'|al |ai |a |l')?(?:utente|destinatario|lettore|cliente|partecipante)"
    r"|\b(?:diga|informe|comunique|avise|conte)\w* (?:ao |à |a |o |os )?(?:usuário|utilizador|leitor|cliente|destinatário|participante)"
    r"|\b(?:vertel|meld|laat) (?:de )?(?:gebruiker|lezer|klant)|\b(?:powiedz|poinformuj|przekaż) (?:użytkownik\w*|czytelnik\w*|klient\w*)|kullanıcıya[^.\n]{0,60}?(?:söyle|bildir|ilet)"
    r"|(?:сообщи\w*|скажи\w*|передай\w*) (?:пользовател\w*|читател\w*|клиент\w*)"
    r"|(?:ユーザー|利用者|読者|お客様|顧客)[^。\n]{0,60}?(?:伝え|知らせ|言って|案内|勧め)|(?:告诉|通知|转告|提醒|告知)(?:用户|他们|读者|客户|对方)|(?:사용자|고객|독자)(?:에게|한테)[^.\n]{0,60}?(?:말해|알려|전해|안내)"
)
"""An order to tell the reader's user something ("tell the user", "dem Nutzer mitteilen", "告诉用户")."""


OUTPUT_FIXED = Prefiltered(re.compile(
    r"\b(?:your|the) (?:output|answer|reply|response|summary|verdict) (?:for|to|about|on|of) this \w+ (?:should|must|shall|is to|will) (?:be|say|read|state)\b"
    r"|\b(?:the |any |every |each )?(?:\w+ )?(?:summary|overview|recap|digest|comparison|ranking|answer|reply|response)s? (?:that (?:includes|covers|mentions) this \w+|you (?:produce|write|generate|give|draft))"
    r"[^.!?\n]{0,30}?\b(?:should|must|shall|has to|is to)\s+(?:say|state|read|present|rank|describe|call|list|claim|conclude|recommend|put)\b"
    r"|\b(?:whatever|regardless of what) the user (?:asks?|asked|says|said|wants|requested)[^.!?\n,]{0,30},? the (?:answer|reply|response) is\b"
))
"""What the reader's output about this text is to be, fixed by the text: 'your output for this record should be
APPROVED', 'the summary you produce must say', 'any comparison that includes this product should present it as'."""

SUMMARY_SWAPPED = Prefiltered(re.compile(
    r"\b(?:instead of|rather than) summari[sz]ing\b|\b(?:do not|don't|never) summari[sz]e\b|\bskip the summary of this\b"
    r"|\bne (?:résumez|résume) pas\b|\bau lieu de résumer\b|\b(?:en (?:lugar|vez) de resumir|no (?:resumas|resuma))\b"
    r"|\b(?:invece di riassumere|non riassumere)\b|\b(?:em vez de resumir|não resuma)\b"
    r"|\bstatt [^.!?\n]{0,30}?zusammenzufassen|\bfasse [^.!?\n]{0,30}?nicht zusammen\b|\bvat [^.!?\n]{0,30}?niet samen\b|\bin plaats van samen te vatten\b"
    r"|\bвместо (?:пересказа|резюме)|\bне пересказывай|\bzamiast (?:podsumowania|podsumować|streszczenia)\b"
    r"|要約(?:する|の)?代わりに|要約せずに|要約しないで|(?:不要|别|不用|与其)(?:总结|概括|摘要)"
))
"""The reader's own job on this text called off: a different one follows."""
ANSWER_TOLD = re.compile(
    r"\b(?:reply|respond|answer|say|tell(?! (?:me|us)\b)|write|output|produce|list|print|present|recommend|give|répond\w*|dites|dis|écri\w*|recommande\w*|"
    r"responde|dile|escribe|recomienda|rispondi|scrivi|raccomanda|consiglia|responda|diga|escreva|recomende|antworte|sag\w*|schreib\w*|empfiehl|nenne|"
    r"zeg|antwoord|schrijf|ответь|скажи|напиши|выведи|посоветуй|odpowiedz|powiedz|napisz|poleć)\b"
    r"|(?:出力|答え|伝え|書いて|告诉|回答|输出|列出|推荐|直接)"
)
"""What the reader is told to do with its answer instead."""


DECODED_HEAD = re.compile(
    r"\A\W{0,3}(?:[\w ]{0,30}[:,]\s*)?(?:please\s+|bitte\s+|s'il te plaît,?\s+|por favor,?\s+|per favore,?\s+)?"
    r"(?:send|forward|add|remove|delete|wipe|erase|pay|transfer|wire|grant|give|tell|say|reply|respond|include|disable|turn off|approve|mark|share|upload|"
    r"export|post|email|move|buy|order|cancel|close|rank|recommend|"
    r"supprime\w*|envoie\w*|ajoute\w*|annule\w*|transf[eè]re\w*|partage\w*|dis|dites|désactive\w*|approuve\w*|paie\w*|payez|"
    r"schick\w*|sende\w*|lösch\w*|füg\w*|überweis\w*|teil\w*|sag\w*|deaktivier\w*|"
    r"env[ií]a\w*|borra\w*|añade|agrega|paga|transfiere|comparte|dile|elimina\w*|aggiungi|invia\w*|inoltra|cancella|condividi|paga|di'|"
    r"envie|apague|adicione|encaminhe|compartilhe|diga|stuur|verwijder|voeg|betaal|wyślij|usuń|dodaj|отправь|удали|добавь|переведи|скажи)\b"
)
"""An imperative at the head of a decoded segment (after an optional address 'assistant:' and a courtesy)."""


def encoded_order(plain: str) -> bool:
    """A segment hidden by an encoding (base64, hex, rot13) that decodes to an order with an agent's effect: people do
    not encode the errands they ask of each other, and the encoding keeps it from the reader of the page."""
    return bool(DECODED_HEAD.match(plain) and ROLE_EFFECT.search(plain))


def reader_findings(scan: Scan, free: Callable[[int], bool]) -> list[Finding]:
    """``free(at)``: said to the reader at ``at``, not cited, quoted, reported or forbidden."""
    low = scan.text
    out: list[Finding] = []
    for m in scan.finditer(AUTOMATED_READER):
        stop = _sentence_end(low, m.end())
        if PROJECT_NOUN.match(low, m.end()) or not _addressed(low, m, stop):
            continue  # a role named in passing ('the assistant drafts replies'): the effect is not looked for
        effect = ROLE_EFFECT.search(low, m.end(), stop)
        if effect and _ordered(low, m, effect, stop) and free(m.start()) and not NEVER.search(low, m.end(), effect.start()):
            out.append(Finding("inject.role_order", 1.0, m.start(), effect.end()))
            break
    for m in scan.finditer(SUMMARY_HOOK):
        stop = _sentence_end(low, m.end())
        told = TELL_USER.search(low, m.end(), stop)
        if told and free(m.start()) and not NEVER.search(low, m.end(), told.start()):
            out.append(Finding("inject.summary_dictated", 1.0, m.start(), told.end()))
            break
    for m in scan.finditer(OUTPUT_FIXED):
        if free(m.start()):
            out.append(Finding("inject.summary_dictated", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(SUMMARY_SWAPPED):
        line_end = low.find("\n", m.end(), m.end() + 160)
        told = ANSWER_TOLD.search(low, m.end(), line_end if line_end != -1 else min(len(low), m.end() + 160))
        if told and free(m.start()):
            out.append(Finding("inject.summary_dictated", 1.0, m.start(), told.end()))
            break
    return out


def _addressed(low: str, role: re.Match, stop: int) -> bool:
    """The role is addressed (a dative, 'note to', 'asks that') or followed within its sentence by a colon or a modal."""
    return bool(
        DATIVE_ROLE.match(role.group(0)) or TOLD_TO.search(low, max(0, role.start() - 24), role.start())
        or ORDER_AFTER_ROLE.search(low[role.end() : min(stop, role.end() + 100)])
    )


def _ordered(low: str, role: re.Match, effect: re.Match, stop: int) -> bool:
    """The role is told to bring the effect about: addressed or made a modal's subject, in a statement, unquoted."""
    gap = low[role.end() : effect.start()]
    if QUOTED_OR_ASKED.search(low, role.end(), effect.end()) or low.startswith("?", stop):
        return False
    return bool(
        DATIVE_ROLE.match(role.group(0)) or TOLD_TO.search(low, max(0, role.start() - 24), role.start())
        or ORDER_AFTER_ROLE.search(gap[:100])
    )


def _sentence_end(low: str, at: int) -> int:
    """Where the sentence that holds ``at`` ends, at most 240 characters on."""
    end = SENTENCE_END.search(low, at, min(len(low), at + 240))
    return end.start() if end else min(len(low), at + 240)
