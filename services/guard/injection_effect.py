"""Injection signals judged by what an order makes its reader do, whatever its wording or politeness.

A tool result belongs to a document's genre (a review, a recipe, a log line, a profile field); an order inside it
to *the reader* whose effect lies outside that document is addressed to the agent reading it:

- ``inject.override``: setting the reader's earlier instructions aside, in languages the main lexicon lacks
  (Czech, Romanian, Hungarian, Greek, Hebrew, Thai, Persian, Swahili, Vietnamese, Hindi, Finnish, Danish, Norwegian).
- ``inject.effect_order``: an imperative at a clause's head (bare or polite) whose effect is an agent's: held data
  or money sent outside, access granted to a named account, a security setting turned off, a link opened to hand
  over the user's data. A person's own things ("your password", "my account") are left alone.
- ``inject.agent_context``: a request for what only the reading agent holds, asked without an address: a secret
  named like an environment variable with "your environment", the text above this one, the rules it runs under.
- ``inject.answer_dictated``: what the reader's answer must say, dictated to it ("tell the user the payment was
  confirmed", "when summarising ..., say ...", "your answer must be exactly ...").
- ``inject.task_switch``: a new job slipped before the reply ("before you answer, also look up ...", "new task: ...").
- ``inject.authority_order``: a claimed authority (a team, an administrator, a verified or authenticated sender)
  followed by an order with an effect or a lifting of the reader's checks.
- ``inject.payload_assembly``: pieces or a cipher to decode, then act on ("decode ... and follow it").

Each finder is one prefiltered pass over the lowered, folded text plus a bounded look around each candidate; pure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .injection_address import REPORTED
from .injection_compose import JSON_VALUE, _in_quotation, _reported
from .injection_finding import Finding
from .injection_reader import reader_findings
from .prefilter import Prefiltered, Scan


def _nfkc(pattern: str) -> str:
    """A pattern in the folded text's form (Thai SARA AM is folded to NIKHAHIT + SARA AA)."""
    return unicodedata.normalize("NFKC", pattern)


CLAUSE_END = re.compile(r"[.!?;](?![^\s\"'<])|[\n。！？।]")
"""A sentence's end: a stop followed by a blank, a quote or a tag (the dots of an address or a URL end nothing)."""

# --- setting the reader's instructions aside, per language: a verb, an instructions noun and an earlier/all word ----

_IGNORE = {
    "cs": (r"ignoruj\w*|zapomeň\w*|nevšímej\w*|nedbej\w*|přehlédni\w*", r"pokyn\w*|instrukc\w*|pravidl\w*|příkaz\w*|zadání", r"předchoz\w*|dřívějš\w*|všechn\w*|původn\w*|výše|systémov\w*"),
    "ro": (r"ignor\w*|uit\w*|nu (?:ține|țineți) cont", r"instrucțiun\w*|regul\w*|indicați\w*|comenz\w*|directiv\w*", r"anterioar\w*|precedent\w*|toate|de mai sus|inițial\w*|tale|dumneavoastră"),
    "hu": (r"hagyd figyelmen kívül|hagyja figyelmen kívül|hagyjátok figyelmen kívül|felejtsd el|felejtse el|ne vedd figyelembe|ne törődj", r"utasítás\w*|szabály\w*|parancs\w*|irányelv\w*", r"korábbi|előző|összes|fenti|eredeti|minden"),
    "el": (r"αγνόησ\w*|αγνοήστε|ξέχασ\w*|ξεχάστε|παράβλεψ\w*|παραβλέψτε", r"οδηγί\w*|εντολ\w*|κανόν\w*", r"προηγούμεν\w*|όλ\w*|παραπάνω|αρχικ\w*"),
    "he": (r"התעלם|התעלמי|התעלמו|שכח|שכחי|שכחו|אל תתייחס", r"הוראות|ההוראות|הנחיות|ההנחיות|כללים|הכללים|פקודות", r"הקודמות|הקודמים|כל|המקוריות|הקודמת"),
    "th": (_nfkc(r"เพิกเฉย|ไม่ต้องสนใจ|ลืม|ละเว้น|อย่าสนใจ|ไม่สนใจ"), _nfkc(r"คำสั่ง|คำแนะนำ|กฎ|ข้อกำหนด"), _nfkc(r"ก่อนหน้า|ทั้งหมด|เดิม|ข้างต้น|ที่ผ่านมา")),
    "fa": (r"نادیده بگیر\w*|فراموش کن\w*|توجه نکن\w*|اعتنا نکن\w*", r"دستورالعمل\w*|دستورات|دستور\w*|قوانین|راهنمایی\w*|قواعد", r"قبلی|همه|تمام|بالا|پیشین|قبل"),
    "sw": (r"puuza|sahau|usifuate|achana na", r"maagizo|maelekezo|amri|sheria|maelezo", r"awali|yote|zote|yaliyotangulia|zilizopita|ya mwanzo|za awali|yaliyopita"),
    "vi": (r"bỏ qua|quên|phớt lờ|lờ đi|không cần tuân theo", r"hướng dẫn|chỉ dẫn|chỉ thị|lệnh|quy tắc", r"trước|tất cả|mọi|ban đầu|trên"),
    "hi": (r"अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा\w*|भूल जाइए|ध्यान न द\w*", r"निर्देश\w*|नियम\w*|आदेश\w*", r"पिछले|सभी|पहले|ऊपर|पूर्व"),
    "fi": (r"ohita|ohittakaa|unohda|unohtakaa|älä välitä|jätä huomiotta|jättäkää huomiotta", r"ohje\w*|sääntö\w*|käsky\w*|määräy\w*", r"aiem\w*|aikaisem\w*|kaikki|edelliset|yllä olevat|alkuperäiset"),
    "da": (r"ignorer|glem|se bort fra|tilsidesæt", r"instruktion\w*|regler|anvisning\w*|instrukser", r"tidligere|alle|ovenstående|forrige|oprindelige"),
    "no": (r"ignorer|glem|se bort fra|overse", r"instruks\w*|regler|retningslinjer|anvisning\w*", r"tidligere|alle|ovenstående|forrige|opprinnelige"),
    "tl": (r"huwag pansinin|balewalain|kalimutan|ipagwalang-bahala", r"tagubilin|utos|instruksyon|panuto|patakaran", r"nauna\w*|lahat|nakaraang|dati\w*"),
    "ur": (r"نظر انداز|بھول جا\w*|نظرانداز", r"ہدایات|ہدایت|احکامات|قواعد", r"پچھلی|پچھلے|تمام|سابقہ|اوپر"),
    "ca": (r"ignora|oblida|no facis cas", r"instruccions|indicacions|normes|ordres", r"anteriors|prèvies|totes|originals"),
    "sk": (r"ignoruj\w*|zabudni\w*|nevšímaj\w*", r"pokyn\w*|inštrukci\w*|pravidl\w*|príkaz\w*", r"predchádzajúc\w*|predošl\w*|všetk\w*|pôvodn\w*|vyššie"),
    "bg": (r"игнорирай\w*|забрави\w*|пренебрегни\w*", r"инструкци\w*|указани\w*|правила", r"предишн\w*|всички|горн\w*|първоначалн\w*"),
    "hr": (r"zanemari\w*|zaboravi\w*|ignoriraj\w*|ignoriši", r"upute|uputa|instrukcij\w*|pravila|naredbe|uputstva", r"prethodn\w*|sve|gornje|izvorn\w*|ranij\w*"),
    "lt": (r"ignoruok\w*|pamiršk\w*|nepaisyk\w*", r"instrukcij\w*|nurodym\w*|taisykl\w*", r"ankstesn\w*|visas|visus|ankstesn"),
    "lv": (r"ignorē\w*|aizmirsti\w*|neņem vērā", r"instrukcij\w*|norādījum\w*|noteikum\w*", r"iepriekšēj\w*|visas|visus"),
    "et": (r"ignoreeri\w*|unusta\w*|eira\w*", r"juhis\w*|juhend\w*|reegl\w*|käsk\w*", r"eelmis\w*|varasem\w*|kõik\w*"),
    "bn": (r"উপেক্ষা কর\w*|ভুলে যাও|ভুলে যান|অগ্রাহ্য কর\w*", r"নির্দেশ\w*|নিয়ম\w*", r"আগের|পূর্ববর্তী|সব|সমস্ত"),
}
_IGNORE_VERBS = "|".join(v for v, _, _ in _IGNORE.values())
_IGNORE_NOUNS = "|".join(n for _, n, _ in _IGNORE.values())
_IGNORE_PRIOR = "|".join(p for _, _, p in _IGNORE.values())
IGNORE_PRIOR = Prefiltered(re.compile(
    r"(?:" + _IGNORE_VERBS + r")[^.!?\n]{0,50}?(?:" + _IGNORE_NOUNS + r")|(?:" + _IGNORE_NOUNS + r")[^.!?\n]{0,50}?(?:" + _IGNORE_VERBS + r")"
))
PRIOR_WORD = re.compile(r"(?:" + _IGNORE_PRIOR + r")")

# --- an order at a clause's head whose effect is an agent's --------------------------------------------------------

_POLITE = (
    r"please|kindly|also|now|then|just|first|immediately|go ahead and|could you(?: please| kindly)?|can you|would you(?: please| kindly)?|will you|"
    r"would you be so kind as to|would you mind|i need you to|i'd like you to|you must|you should|you need to|make sure to|be sure to|"
    r"por favor|por gentileza|bitte|könntest du(?: bitte)?|kannst du(?: bitte)?|würdest du(?: bitte)?|merci de|veuillez|pourrais-tu|pourriez-vous|"
    r"s'il te plaît|s'il vous plaît|per favore|ti chiedo(?: gentilmente)? di|potresti|puoi|podrías|puedes|alsjeblieft|graag|proszę|пожалуйста|"
    r"будь ласка|lütfen|vui lòng|hãy|snälla|var snäll och|vänligen|vær venlig at|vær så snill å|prosím|vă rog să|te rog să|kérlek|παρακαλώ|"
    r"tafadhali|ole hyvä ja|bedes"
)
HEAD = (
    r"(?:^|[.!?;,][ \t]|[\n:>\]\"“«„]|\s[-–—]|(?:^|\n)[ \t]*(?:#+|//+|/?\*+|--))[ \t]*(?:(?:" + _POLITE + r")[,]?\s+){0,2}"
)
"""A clause's head: a stop or comma before a blank (not a method call's dot, "os.remove("), a line, tag, quote or
bracket, a dash, a comment's marker; then up to two courtesies."""
_SEND_VERBS = (
    r"send|forward|e-?mail|mail|dm|share|upload|post|attach|copy|paste|export|sync|leak|submit|transfer|move|wire|pay|make a payment|"
    r"process a refund|refund|buy|purchase|append|schedule a payment|adjunta|anexa|anexe|hänge|füge an|joins|joignez|allega|"
    r"initiate a (?:payment|transfer|wire)|make a transfer|"
    r"would you mind (?:sending|forwarding|transferring|wiring|paying|sharing|uploading|posting|emailing|copying|exporting)|"
    r"envía|envíe|envia|reenvía|reenvíe|encaminhe|encaminha|manda|mande|sube|suba|comparte|comparta|transfiere|transfiera|transfira|"
    r"envoie|envoyez|transfère|transférez|partage|partagez|vire|virez|effectuer un virement|envoyer|transférer|partager|virer|payer|"
    r"sende|senden|schicke|schick|leite|lade|teile|überweise|invia|inoltra|condividi|trasferisci|carica|effettuare un bonifico|effettua un bonifico|"
    r"stuur|verstuur|deel|wyślij|prześlij|udostępnij|przelej|отправь\w*|перешли\w*|переведи\w*|передай\w*|gönder|ilet|aktar|transfer et|"
    r"gửi|chuyển tiếp|chuyển|skicka|vidarebefordra|send|videresend|lähetä|välitä|pošli|pošlete|přepošli|trimite|trimiteți|redirecționează|küldd|továbbítsd|"
    r"στείλε|στείλτε|προώθησε|πραγματοποίησε πληρωμή|שלח|שלחו|העבר|tuma|utume|bofya"
)
_GRANT_VERBS = (
    r"add|invite|grant|give|make|promote|assign|ajoute|ajoutez|ajouter|accorde|accorder|donne|füge|fügen|gewähre|gib|aggiungi|concedi|añade|agrega|otorga|concede|"
    r"adicione|adiciona|conceda|voeg|geef|dodaj|nadaj|добавь\w*|выдай\w*|предоставь\w*|ekle|thêm|cấp|lägg till|ge|tilføj|giv|legg til|lisää|anna|"
    r"přidej|udělej|adaugă|add hozzá|πρόσθεσε|הוסף|ongeza"
)
_DISABLE_VERBS = (
    r"disable|turn off|switch off|deactivate|remove|set|push|commit|merge|deploy|bypass|skip|desactiva|desactive|desative|désactive|désactivez|désactiver|deaktiviere|schalte|disattiva|"
    r"schakel|wyłącz|отключи\w*|devre dışı bırak|tắt|stäng av|inaktivera|slå fra|deaktiver|skru av|poista käytöstä|vypni|dezactivează|kapcsold ki|"
    r"απενεργοποίησε|השבת|zima"
)
_OPEN_VERBS = r"open|visit|go to|navigate to|click|browse to|load|abre|abra|ouvre|ouvrez|öffne|apri|otwórz|открой|aç|mở|öppna|åbn|åpne|avaa|otevři|deschide|nyisd meg"


def _head(verbs: str) -> Prefiltered:
    """One of ``verbs`` at a clause's head with a blank after it (consumed, so that the prefilter's scan drops calls
    such as "open(" too), not a key or a name being assigned or called ("text = ...", "post:")."""
    return Prefiltered(re.compile(HEAD + r"(?:" + verbs + r")[ \t]+(?![=:(])", re.M))


_DESTROY_VERBS = (
    r"delete|remove|erase|wipe|purge|destroy|empty|drop|truncate|borra|borre|elimina|elimine|supprime|supprimez|efface|lösche|löschen sie|cancella|"
    r"apague|exclua|verwijder|usuń|удали\w*|видали\w*|sil|xóa|radera|slet|slett|poista|smaž|smažte|șterge|ștergeți|töröld|διάγραψε|מחק|futa"
)
_REVOKE_VERBS = r"revoke|demote|suspend|lock out|kick out|ban"
HEAD_ONLY = re.compile(
    HEAD + r"(?=(?:" + "|".join((_SEND_VERBS, _GRANT_VERBS, _DISABLE_VERBS, _OPEN_VERBS, _DESTROY_VERBS, _REVOKE_VERBS)) + r")\b)", re.M
)
"""The clause mark and courtesies before a head's verb: where the verb starts."""
LOCK_OUT = re.compile(
    r"\b(?:every|all)(?: the)?(?: other)? (?:admin|owner|maintainer|member|user)(?:s'|'s|s)?\b[^.!?\n]{0,20}?\b(?:access|rights|permissions|accounts?|roles?)\b"
    r"|\beveryone else'?s? (?:access|rights|permissions)\b"
)
WEAKENING = re.compile(
    r"\b(?:disabl\w*|turn(?:s|ing)? off|switch(?:es|ing)? off|deactivat\w*|remov\w*|bypass\w*|skip\w*|comment(?:s|ing)? out|strip\w*|visibility to public)\b|--force\b"
    r"|désactiv|deaktivier|desactiv|desativ|disattiv|uitschakel|wyłącz|отключ|devre dışı|tắt|stäng av|inaktiver|slå fra|deaktiver|skru av|poista käytöstä|vypn|dezactiv|"
    r"kapcsold ki|απενεργοποί|השבת|zima"
)
"""What takes a check away (setting a repository public counts: it removes who may read it)."""
WHOLE = re.compile(
    r"\b(?:all|every|entire|whole|everything)\b|\b(?:todas?|todos?|toutes?|tous|alle|sämtliche|tutti|tutte|wszystk\w*|все|всі|tüm|tất cả|alla|kaikki|všechn\w*|toate|όλ\w*|összes|zote)\b"
)
STORE = re.compile(
    r"\b(?:databases?|backups?|production|repositor(?:y|ies)|repos|buckets?)\b"
    r"|base de datos|respaldos|copias de seguridad|sauvegardes|datenbank|sicherungen|backup|kopie zapasowe|резервн\w*|базу данных|repositori\w*|cơ sở dữ liệu|databas\w*|tietokan\w*|databáz\w*|adatbázis\w*"
)
WHOLE_STORE = re.compile(r"(?:" + WHOLE.pattern + r")\s+(?:(?!(?:and|or|then|und|oder|et|ou|y|og|och|ja)\s)[^\s.,;]+\s+){0,5}?(?:" + STORE.pattern + r")")
"""The whole of a store, said together ("all the production databases", "todas las tablas de la base de datos")."""
DISPOSABLE = re.compile(r"\b(?:temp|temporary|tmp|cache[ds]?|cached|stale|obsolete|outdated|expired|draft|duplicated?|intermediate|scratch|old|unused|test)\b|midlertidig\w*|temporär\w*|temporal\w*|temporaire\w*")
MONEY = re.compile(r"[$€£¥]\s?\d|\d[\d,. ]*\s?(?:usd|eur|gbp|chf|tl|zł|kr|€|\$|btc|eth|dollars|euros|yen|円|万円)(?!\w)|\bgift cards?\b")
AT_ONCE = re.compile(
    r"\b(?:right away|straight away|immediately|asap|at once|now|today|urgently|without delay)\b|dès maintenant|immédiatement|sofort|umgehend|subito|immediatamente|"
    r"ahora mismo|de inmediato|agora|imediatamente|meteen|direct|natychmiast|немедленно|срочно|hemen|ngay|omedelbart|straks|heti|välittömästi|ihned|imediat|αμέσως|מיד|mara moja"
)
POLITE_CLAUSE = Prefiltered(re.compile(
    r"\b(?:könntest du|kannst du|würdest du|würden sie|könnten sie|bitte|alsjeblieft|wil je|kun je|lütfen|vänligen|var snäll)\b|请|ください|주세요|कृपया|لطفا|لطفاً"
))
"""A request's courtesy in a language whose verb may close the clause: the clause is then judged by its verb stems."""
SEND_STEM = re.compile(r"schick|send|weiterleit|überweis|teil|stuur|doorstu|overmak|deel|gönder|ilet|paylaş|skicka|dela|送|转发|発送|転送|共有|보내|전송|공유|भेज|بفرست|ارسال")
GRANT_STEM = re.compile(r"hinzufüg|hinzu|gewähr|ernenn|erteil|\bgib|toevoeg|voeg|\bgeef|ekle|lägg till|\bge\b|添加|授予|追加|付与|추가|부여|जोड़|اضافه")
DISABLE_STEM = re.compile(r"deaktivier|abschalt|ausschalt|uitschakel|uitzetten|kapat|devre dışı|stäng av|inaktiver|关闭|禁用|無効|オフ|끄|비활성|बंद|غیرفعال")


ANY_HEAD = _head("|".join((_SEND_VERBS, _GRANT_VERBS, _DISABLE_VERBS, _OPEN_VERBS, _DESTROY_VERBS, _REVOKE_VERBS)))
"""Every verb of effect at a clause's head, in one pass; its kind is told from the verb afterwards."""
SEND_VERB, GRANT_VERB, DISABLE_VERB, OPEN_VERB, DESTROY_VERB = (
    re.compile(r"(?:" + v + r")") for v in (_SEND_VERBS, _GRANT_VERBS, _DISABLE_VERBS, _OPEN_VERBS, _DESTROY_VERBS + "|" + _REVOKE_VERBS)
)

OUTSIDE = re.compile(
    r"https?://[^\s\"'<>)\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|(?<![\w.])@[a-z][\w.-]{2,}"
    r"|\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b|\b0x[0-9a-f]{40}\b|\bbc1[0-9a-z]{25,60}\b|\b(?:\d{4}[ -]){3}\d{4}\b"
    r"|\b(?:on|via|over) (?:telegram|whatsapp|signal|discord|a pastebin|pastebin)\b|\bthis number\b|\bgift cards?\b|\bpastebin\b"
    r"|\b(?:acct|account|konto|cuenta|compte|conto|rekening|счёт|счет)(?: number| no\.?| #)?\s*[:#]?\s*\d[\d -]{5,}"
)
"""Somewhere outside the document: a URL, an address, a handle, an IBAN, a wallet, a card, a chat service, gift cards."""
THEIRS = re.compile(
    r"\bthe (?:user|buyer|customer|shopper|traveller|traveler|candidate|client|patient|guest|attendee|applicant|cardholder|account holder|owner)'?s\b"
    r"|\bthe (?:team|company|organi[sz]ation|workspace|project|department)'s (?:[\w-]+ ){0,2}?(?:drive|folder|files|documents|repositor(?:y|ies)|mailbox|inbox|data|records|wiki|vault)\b"
    r"|\b(?:of|for|from) (?:this|the) (?:user|customer|buyer|account|workspace|organi[sz]ation|company|team|mailbox|shopper)\b"
    r"|\bthis (?:user|customer|workspace|mailbox|inbox|folder|repository|repo)'?s?\b"
    r"|\b(?:saved|stored|full|entire|complete) (?:addresses|contact list|contacts|payment (?:details|data|cards?)|card (?:details|numbers?)|order history|history|passwords?|credentials|cv database)\b"
    r"|\b(?:contact list|address book|passport numbers?|payment (?:data|details)|card details|api[ -]?keys?|passwords|credentials|tokens|secrets|private keys?|ssh keys?)\b"
    r"|(?<![\w.])(?:\.env|\.ssh|\.aws|\.npmrc|\.netrc|~/\.\w+)\b"
    r"|\b(?:company|corporate|business) (?:account|funds|card)\b|\bfrom (?:the|our) (?:company|business) account\b|\bour (?:account|funds)\b"
    r"|compte de l'entreprise|compte de la société|firmenkonto|geschäftskonto|cuenta de la empresa|conto aziendale|conto della società|conta da empresa|bedrijfsrekening|"
    r"konto firmowe|счёт компании|счет компании|şirket hesab\w*|företagskonto\w*"
    r"|\b(?:contents|files|documents|emails|messages) (?:of|in|from) this\b"
    r"|\b(?:the |this |our )?(?:full |whole |entire )?(?:conversation|chat|session)(?: so far| history| above| until now| transcript)\b|\bchat (?:history|log|transcript)\b"
    r"|historial de (?:la )?conversación|historial del chat|inhalt des chats|chatverlauf|gesprächsverlauf|historique de (?:la )?conversation|cronologia della (?:chat|conversazione)|"
    r"histórico da conversa|historia rozmowy|история (?:чата|переписки|разговора)|lịch sử trò chuyện|对话记录|聊天记录|会話履歴|대화 기록"
    r"|\b(?:home|delivery|billing) address(?:es)?\b|\bphone numbers?\b"
    r"|del (?:usuario|cliente|comprador)|de l'utilisateur|du client|des (?:nutzers|benutzers|kunden)|dell'utente|del cliente|do (?:usuário|cliente)|van de (?:gebruiker|klant)|"
    r"пользовател\w*|клиент\w*|użytkownika|klienta|kullanıcı\w*|müşteri\w*|người dùng|khách hàng|användarens|kundens|brugerens|käyttäjän|asiakkaan|uživatel\w*|zákazník\w*|"
    r"utilizatorului|clientului|felhasználó\w*|ügyfél\w*|χρήστη|πελάτη|המשתמש|הלקוח|mtumiaji|wateja|mteja|"
    r"zahlungsdaten|kundendaten|passwörter|mots de passe|contraseñas|senhas|password|hasła|пароли|parolele|jelszav\w*|κωδικ\w*|סיסמאות|nenosiri|mật khẩu|adgangskoder|passord|salasan\w*|hesla|"
    r"gespeicherte\w*|historial|histórico|cronologia|historik|historie|história|istoric\w*|كلمات|用户|ユーザー|사용자|उपयोगकर्ता"
)
"""What the reader holds for someone else or for its principal: a user's, customer's or guest's data, secrets, stores."""
OWN = re.compile(
    r"\b(?:your|my|our (?:team|office)|mein\w*|dein\w*|ihr\w*|ton|ta|tes|votre|vos|mon|ma|mes|tu|tus|su|sus|mi|mis|teu|tua|seu|sua|tuo|tua|je|jouw|uw|mijn|twój|twoje|"
    r"swoj\w*|mój|moje|твой|твои|ваш\w*|мой|мои|senin|benim|của bạn|din|ditt|dina|mitt|min)\b"
)
"""A person's own things: "send your CV to jobs@...", "pay your invoice to ...": a request to a person, not an agent."""
ROLE_GRANTED = re.compile(
    r"\b(?:admin(?:istrator)?s?|owners?|maintainers?|collaborators?|superusers?|root|write access|admin rights|full access|editor)\b|"
    r"\bprivate (?:slack |teams )?(?:channel|repo\w*|group|workspace)\b|\b(?:shared|team) drive\b|"
    r"administrat\w*|propriétaire|besitzer|eigentümer|propietari\w*|proprietari\w*|beheerder|eigenaar|владел\w*|администратор\w*|yönetici|sahib\w*|quản trị|chủ sở hữu|"
    r"ägare|ejer|eier|omistaja\w*|ylläpitäj\w*|správc\w*|vlastník\w*|proprietar|tulajdonos|διαχειριστ\w*|מנהל|msimamizi|管理员|管理者|관리자|मालिक|एडमिन|"
    r"amministrat\w*|full behörighet|behörighet|صلاحية|edit(?:ing)? (?:rights|permissions?|access)|full (?:control|permissions)|"
    r"schreibrecht\w*|vollzugriff|adminrecht\w*|administratorrecht\w*|zugriffsrecht\w*|droits d'(?:administration|écriture|accès)|"
    r"permisos de (?:administrador|escritura)|permessi di (?:amministratore|scrittura)|permissões de (?:administrador|escrita)|schrijfrechten|"
    r"права (?:администратора|на запись|доступа)|uprawnienia (?:administratora|do zapisu)"
)
TOOL_HELD = re.compile(
    r"\bthe (?:connected|linked|attached|integrated) (?:wallet|account|bank account|card|drive|mailbox)\b|\b(?:the user'?s|the customer'?s) (?:\w+ )?(?:account|wallet|card)\b"
)
"""What only an agent's tools hold: "the connected wallet", "the user's checking account"."""
ERASED_AFTER = re.compile(
    r"\b(?:and|then)\b[^.!?\n]{0,30}?\b(?:delete|remove|erase|wipe|purge)\w*\b[^.!?\n]{0,20}?\b(?:them|it|the originals?|the (?:emails?|files?|folder|messages?)|afterwards)\b"
    r"|(?:und|dann)[^.!?\n]{0,30}?lösch\w*|(?:et|puis)[^.!?\n]{0,30}?supprim\w*|(?:y|luego)[^.!?\n]{0,30}?(?:borr|elimin)\w*|(?:e|depois)[^.!?\n]{0,30}?(?:apag|exclu)\w*"
    r"|và xóa|lalu hapus|dan hapus|och radera|og slet|ja poista|a smaž|și șterge|és töröld|然后删除|并删除|後に削除|삭제하"
)
ERASING = re.compile(
    r"delet|remov|eras|wipe|purg|lösch|supprim|borr|elimin|apag|exclu|xóa|hapus|radera|slet|poista|smaž|șterg|töröl|删除|削除|삭제"
)
"""A deleting stem anywhere: the cheap test before ERASED_AFTER's windows."""
REPORTED_THREAT = re.compile(
    r"\b(?:suspicious|phishing|spam|scam|malicious|fraudulent)\b|verdächtig\w*|sospechos\w*|suspect\w*|sospett\w*|suspeit\w*|verdacht\w*|podejrzan\w*|подозрительн\w*"
)
"""What a security policy tells people to report and then delete ("forward suspicious mails to phishing@ and delete them")."""
PUBLIC = re.compile(
    r"\banyone (?:who has|with) the link\b|\bpublic(?:ly)? (?:link|access)\b|\bmake (?:it|them|the \w+) public\b|\beveryone on the internet\b|\bpublicly accessible\b"
)
NAMED = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[a-z]{2,}|(?<![\w.])@[a-z][\w.-]{2,}|\b(?<!\bthe )(?<!\ban )(?<!\ba )[a-z][\w]*[\d_.-][\w.-]*[a-z\d]\b|\bdeploy key\b|\bssh-(?:rsa|ed25519)\b"
)
"""A named account: an address, a handle, a name with digits or marks (not a compound after an article: "the on-call")."""
CONJUNCT = re.compile(r"[,;]\s")
"""A grant's account is named in its own conjunct ("grant X admin, and send a summary to ops@...")."""
SECURITY = re.compile(
    r"\b(?:mfa|2fa|two[- ]factor|multi[- ]factor|two[- ]step|branch protection|antivirus|virus ?scanner|firewall|audit log\w*|security alerts?|"
    r"visibility to public|public visibility|encryption|authentication checks?|auth checks?|login checks?|signature (?:checks?|verification)|csrf protection|"
    r"rate limit(?:ing|s)?|required reviews?|status checks|access controls?)\b|\bpush (?:--force|-f)\b|\b--force origin (?:main|master)\b|zwei-faktor|2-faktor|deux facteurs|double authentification|dos pasos|dos factores|doble factor|duas etapas|dois fatores|due fattori|"
    r"tweestaps|twee-factor|"
    r"dwuetapow\w*|двухфактор\w*|iki adımlı|hai yếu tố|tvåfaktor\w*|tofaktor\w*|kaksivaihe\w*|dvoufázov\w*|doi pași|kétlépcső\w*|δύο παραγόντων|דו-שלבי|virusscanner"
)
URL = re.compile(r"https?://[^\s\"'<>)\]]+")
OPENED_LINK = re.compile(r"(?:" + _OPEN_VERBS + r")\s+(?:(?:the|this|that|following|link|page|url|site|website|on|to|at)\s+)*https?://[^\s\"'<>)\]]+")
"""An opening verb whose object is the link itself."""
HAND_OVER = re.compile(
    r"\b(?:enter|type|submit|fill in|log ?in|sign ?in|paste|provide|authori[sz]e|approve|accept|download and run|install)\b|the user'?s|with (?:the user'?s|their) (?:account|credentials)"
)
NEGATED = re.compile(r"\b(?:never|don't|do not|must not|should not|not to|cannot|can't|nunca|jamais|niemals|nie|не|no)\b[^.!?\n]{0,40}$")

# --- requests for what only the reading agent holds -----------------------------------------------------------------

_IN_REPLY = (
    r"\b(?:in|into|to) (?:the|your|this) (?:next |following )?(?:reply|response|answer)\b"
    r"|\b(?:in (?:deiner|ihrer|der|eurer)|in die) (?:nächsten |folgenden )?antwort\b|\b(?:dans|à) (?:votre|ta|la) (?:prochaine )?réponse\b|\b(?:en|a) (?:tu|su|la) (?:próxima )?respuesta\b"
    r"|\b(?:nella|alla) (?:tua |sua )?(?:prossima )?risposta\b|\b(?:na|à) (?:sua |tua )?(?:próxima )?resposta\b|\bв (?:своём |своем |твоём |следующем )?ответе\b|\bу (?:своїй )?відповіді\b|\bdo (?:swojej )?odpowiedzi\b"
    r"|\bw (?:swojej )?odpowiedzi\b|\byanıtında\b|\bcevabında\b|\bin je (?:antwoord|reactie)\b|(?:في ردك|في إجابتك|في الرد)|(?:回答の中に|回答に|返信に|回复中|回答中|回复里|答复中|답변에|응답에)"
)
"""'In your reply' in other languages: a secret put there is sent to whoever reads the answer."""
_HELD_SECRET = (
    r"(?:(?:credentials|passw\w*+|mot de passe|contraseña|kennwort|senha|parola d'ordine)(?! (?:manager|reset|policy|strength|change|vergessen|oubli))|api[ -]?(?:key|schlüssel|ключ|klucz|キー|키)\w*"
    r"|codici di (?:backup|recupero)|códigos de (?:recuperação|recuperación|respaldo|backup)|codes de (?:récupération|secours)|wiederherstellungscodes|backup-codes"
    r"|jeton\w*|cl(?:é|e)s? (?:d')?api|chiavi? (?:api|segret\w*)|chaves? de api|claves? de api|klucz\w* api|hasł\w*|wachtwoord\w*|zugangsdaten|anmeldedaten|şifre\w*|api anahtar\w*"
    r"|(?:private|secret|ssh|signing) keys?"
    r"|token\w*|токен\w*|ключ\w*|парол\w*|переменн\w* окружения|[a-z0-9]+_(?:key|token|secret|password)\b|~/\.\w+|\.env\b|id_rsa"
    r"|كلمة (?:ال)?مرور|مفتاح|密码|密钥|令牌|パスワード|環境変数|비밀번호|토큰)"
)
AGENT_HELD = Prefiltered(re.compile(
    r"(?:" + _IN_REPLY + r")[^.!?\n。]{0,60}?" + _HELD_SECRET + r"|" + _HELD_SECRET + r"[^.!?\n。]{0,60}?(?:" + _IN_REPLY + r")"
    r"|\bwhat(?:'s| is) in ~/\.[\w./-]+|\b(?:paste|print|show|post|share|send|include|output|cat|dump)\b[^.!?\n]{0,30}?(?:~/\.(?:aws|ssh|config|netrc|npmrc|docker|kube|gnupg|git-credentials)\b|(?<![\w.])\.env\b)"
    r"|\b(?:create|generate|mint|issue)\b[^.!?\n]{0,40}?\b(?:api |access |personal access )?(?:token|key|password|credential)s?\b[^.!?\n]{0,60}?\b(?:paste|post|share|send|include|put|add)\b"
    r"[^.!?\n]{0,30}?\b(?:here|comment|this (?:issue|thread|ticket|chat|channel)|reply|answer)\b"
    r"|\b(?:api[ -]?keys?|tokens?|credentials|secrets|chaves de api|claves de api|clés api|api-schlüssel)\b[^.!?\n]{0,30}?\b(?:configured|configuradas|configurées|konfigurierten|set|stored)\b"
    r"[^.!?\n]{0,20}?\b(?:in your|no seu|en tu|dans votre|dans ton|in deiner) (?:environment|ambiente|entorno|environnement|umgebung)\b|"
    r"\b(?:which|what) (?:session )?(?:cookies|tokens|credentials|api keys|secrets|passwords)\b[^.!?\n]{0,20}?\b(?:does|do|are|can) (?:the|your|you)\b[^.!?\n]{0,40}?\b(?:hold|have|store|see|access|configured)\b|"
    r"\b(?:in|into) (?:your|the) (?:answer|reply|response)\b[^.!?\n]{0,60}?(?:~/\.\w+|\.env\b|credentials\b|passwords?\b|api[ -]?keys?\b|tokens?\b)"
    r"|(?:~/\.\w+|\.env\b|credentials\b|passwords?\b|api[ -]?keys?\b|access tokens?\b)[^.!?\n]{0,60}?\b(?:in|into) (?:your|the) (?:answer|reply|response)\b"
    r"|"
    r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:api_key|key|token|secret|secret_access_key|password|pat)\b[^.!?\n]{0,60}?\b(?:in|from|of) (?:your|the current|this) (?:\w+ )?(?:environment|env|context|config\w*|session)\b"
    r"|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:api_key|key|token|secret|secret_access_key|password)\b[^.!?\n]{0,40}?\b(?:you have|you (?:are|were) (?:configured|given|using)|tienes|hast du|as-tu|deiner umgebung|tu entorno|ton environnement)\b"
    r"|\b(?:which|what) (?:credentials|tokens|api keys|secrets|passwords|keys|environment variables) (?:are|were|have been) (?:configured|set|available|given) (?:for|to) you\b"
    r"|\b(?:which|what) (?:credentials|tokens|api keys|secrets|passwords) (?:can|do) you (?:see|access|have)\b"
    r"|\b(?:repeat|print|output|copy|reproduce|show|write out|echo|dump|list|recite|quote)\b[^.!?\n]{0,40}?\b(?:text|everything|words?|content|instructions|messages?|lines?)\b[^.!?\n]{0,20}?\b(?:above|before|preceding|prior to) (?:this|these|the present)\b"
    r"|\b(?:repeat|print|output|copy|reproduce|show|write out|echo|dump|recite)\b[^.!?\n]{0,60}?\bstarting (?:from|with|at) (?:the words? )?['\"“‘]?you are\b"
    r"|\b(?:print|output|show|repeat|tell me|list|reveal|give me)\b[^.!?\n]{0,40}?\beverything (?:that )?(?:appears|comes|is) (?:before|above) (?:this|these)\b"
    r"|\b(?:rules|instructions|guidelines|constraints|directives) (?:that )?you (?:operate|work|run|act) under\b"
    r"|\b(?:hidden|secret|internal|confidential) (?:rules|instructions|guidelines|directives)\b[^.!?\n]{0,40}?\b(?:you|your)\b"
    r"|\b(?:reveal|show|print|list|tell me|repeat|output|disclose)\b[^.!?\n]{0,30}?\b(?:the )?(?:exact |full |complete |original )?(?:instructions|rules|guidelines) you (?:were|have been) given\b"
    r"|\bwie lautet der wert von\b[^.!?\n]{0,40}?_(?:key|token|secret)|\bvaleur de (?:la variable )?[a-z0-9_]+_(?:key|token|secret)|\bvalor de (?:la variable )?[a-z0-9_]+_(?:key|token|secret)"
    r"|\b(?:deine|ihre) (?:vollständigen |ursprünglichen |ganzen )?(?:anweisungen|instruktionen|regeln) (?:vom anfang|vom beginn|wörtlich)|\bmessage système que tu as reçu|\bmensaje del sistema que (?:recibiste|has recibido)"
))
ASKED = re.compile(
    r"\?|\bwhat(?:'s| is) the value\b|\b(?:print|output|paste|post|send|show|tell|reveal|list|give|write|share|repeat|reproduce|include|display|return|put|add|contain|ajoutez|incluez|indiquez|includi|incluya|inclua|dopisz|dopisać|dołącz|umieść|añade|agrega|pon|paylaş|ekle|göster|"
    r"gib|zeig|nenne|schreib|affiche|indique\w*|donne|écris|copie\w*|muestra|dime|dis-moi|indica|escribe|incluye|informe|cole|вкажи|укажи|напиши|выведи|podaj|wpisz|napisz|yaz|"
    r"покажи|приведи|riporta|includi|scrivi|mostra|inserisci|inclua|mostre|escreva|coloque|ajoute|inclus|mets|füge|nimm|voeg|geef|schrijf|angeben|ausgeben|nennen|auflisten|aufführen)\b"
    r"|書いて|記載|出力|列出|写出|写在|输出|提供|告诉|اكتب|تضمين|ضمّن|أدرج|اذكر|적어|포함"
)
REPLY_HOLDS = Prefiltered(re.compile(
    r"\b(?:your|the) (?:next )?(?:reply|response|answer|message you (?:send|write))\b[^.!?\n]{0,30}?\b(?:should|must|shall|will|has to|needs to|is to)\s+(?:also\s+)?"
    r"(?:contain|include|list|show|quote|state|mention)\b[^.!?\n]{0,60}?" + _HELD_SECRET
))
"""'Your reply should contain the GITHUB_TOKEN value': a secret the reply is to carry (its own pattern: a third copy of
the secrets inside AGENT_HELD outgrows RE2's budget and the prefilter falls back to a slow scan)."""
ABOUT_ENV = re.compile(r"\b(?:export|set|define|add|configure|setze|definiere|défini)\b[^.!?\n]{0,20}$")
"""A setup guide names the variable to set ("export GITHUB_TOKEN in your environment"), it does not ask for its value."""

# --- the reader's answer dictated -------------------------------------------------------------------------------------

_TOLD = r"(?:the )?(?:user|requester|person asking|human|reader)s?"
_TOLD_PEOPLE = r"(?:the )?(?:customer|client|buyer|shopper|guest|caller|candidate|applicant|recipient|visitor)s?"
ANSWER_DICTATED = Prefiltered(re.compile(
    HEAD + r"(?:tell|inform|assure|reassure|notify|let|report to|say to|respond to|reply to)\s+" + _TOLD + r"\b(?: know)?(?: that)?"
    r"|" + HEAD + r"(?:tell|inform|assure|reassure|notify)\s+" + _TOLD_PEOPLE + r"\b(?: that)? (?:their|the|its|his|her|this) (?:\w+ ){1,2}?"
    r"(?:has|have|had|was|were|is|are|will be|cannot be|can't be) (?:already |now |been |not |never )*(?:been )?\w+ed\b"
    r"|\b(?:when|while|if|as) (?:you(?:'re| are)? )?(?:summari[sz]e|summari[sz]ing|summari[sz]ed|answer|answering|reply|replying|respond|responding|describe|describing|review|reviewing|rank|ranking|recap|recapping)\b[^.!?\n]{0,60}?,\s*(?:please\s+|also\s+|always\s+)?(?:say|state|call|describe|claim|write|mention|note|report|present|conclude|tell|rate|rank|add|end|include)\b"
    r"|\byour (?:answer|reply|response|output|summary|final answer)s? (?:to the user )?(?:must|should|shall|has to|needs to|will) (?:be|say|read|state|contain|begin|start|end)\b[^.!?\n]{0,20}?(?:exactly|only|verbatim|:|\bwith\b)"
    r"|\b(?:respond|reply|answer|should (?:now )?respond|must respond)\b[^.!?\n]{0,20}?\bwith (?:exactly|only|just|precisely) ['\"“‘:]"
    r"|\b(?:end|finish|close|conclude|begin|start|open) your (?:response|reply|answer|summary|message)s?(?: to the user)? (?:with|by (?:saying|writing|adding))"
    r"\s*(?:the (?:line|sentence|words?|text|phrase|note)\s*)?(?::|['\"“‘])"
    r"|\b(?:in|within) your (?:response|reply|answer|summary),? (?:say|state|write|tell|mention|claim|confirm|report)\b"
    r"|\b(?:the|your|any) (?:response|reply|answer|summary|evaluation|assessment|report)s? (?:to this \w+ |you (?:produce|write|give) )?(?:must|should|shall|has to|needs to|will) "
    r"(?:conclude|state|say|report|claim|confirm|find|declare) that\b"
    r"|\b(?:whatever|regardless of what) the user (?:asks?|asked|says|said|wants|requested),? (?:the (?:answer|reply|response) is|reply|respond|answer|say|tell)\b"
    r"|\b(?:any|the|every|each) (?:overview|summary|reply|response|answer|recap|report|digest|evaluation)s? (?:produced|generated|written|drafted|created|you (?:draft|write|produce|give|generate))\b"
    r"[^.!?\n]{0,40}?\b(?:has to|have to|must|should|shall|is to|are to|needs to|will)\b[^.!?\n]{0,10}?\b(?:open|begin|start|end|close|promise|say|state|claim|include|mention|report|warn|recommend|contain|conclude)\w*"
    r"|\bthe answer to give is\b|\bwhatever the question (?:is|turns out to be|may be)\b"
    r"|\bsummari[sz]e (?:this|the|these) (?:page|document|e-?mail|text|article|reviews?|thread|ticket|file)s? (?:simply |only )?as\s*(?::|['\"“‘])"
    r"|\bwhen this (?:\w+ )?(?:gets|is) (?:summari[sz]ed|answered|reviewed)\b[^.!?\n]{0,60}?\b(?:is|are) to be (?:reported|described|stated|given|listed|presented)\b"
    r"|\b(?:close|end|finish|open|begin|start) (?:every|each|all) (?:responses?|repl(?:y|ies)|answers?|messages?) in this (?:session|conversation|chat)\b"
    r"|요약할 때[^.\n]{0,60}?(?:넣어|포함|말해|쓰세요|써 주세요|작성)"
    r"|\b(?:whatever|whoever|anyone|anything) (?:generates|writes|produces|summari[sz]es|creates|compiles) (?:the|this|a)\b[^.!?\n:]{0,30}:\s*(?:please\s+)?(?:state|say|report|write|claim|conclude|mention)\b"
    r"|\b(?:al resumir|al responder|cuando resumas|cuando respondas)\b[^.!?\n]{0,60}?(?:,\s*|\s)(?:di|indica|afirma|escribe|menciona|recomienda)\b|\b(?:dile|di) al usuario que\b|\ben tu respuesta,? (?:di|indica|afirma|escribe)\b"
    r"|\b(?:dans (?:ta|votre) réponse|en résumant|quand tu résumes|lorsque vous résumez|lors du résumé|dans le résumé)\b[^.!?\n]{0,40}?(?:indique|dis|écris|affirme|mentionne|précise|indiquez|dites|précisez|écrivez|affirmez|mentionnez)\w*\b"
    r"|\b(?:dis|dites) à l'utilisateur que\b"
    r"|\b(?:in deiner antwort|in ihrer antwort|beim zusammenfassen|wenn du zusammenfasst)\b[^.!?\n]{0,50}?(?:sag|schreib|erwähn|behaupte|gib an|betone)\w*\b|\bsag\w* (?:dem|der) (?:nutzer|benutzer)\w* ,?dass\b"
    r"|\b(?:nella tua risposta|quando riassumi),? (?:di'|dì|scrivi|indica|afferma)|\b(?:na sua resposta|ao resumir),? (?:diga|escreva|indique|afirme)"
    r"|\b(?:ve své odpovědi|při shrnutí|když shrnuješ)\b[^.!?\n]{0,30}?(?:napiš|řekni|uveď)|\břekni uživateli\b"
    r"|\b(?:când rezumi|în răspunsul tău|atunci când rezumi)\b[^.!?\n]{0,40}?(?:spune|scrie|afirmă|menționează)|\bspune(?:-i)? utilizatorului\b"
    r"|(?:सारांश देते समय|सारांश में|जवाब में|उत्तर में)[^।\n]{0,40}?(?:कहें|कहो|लिखें|बताएं)|उपयोगकर्ता को बता(?:एं|ओ|इए) कि"
    r"|(?:总结|概括|回答)[^。\n]{0,20}?时[，,]?\s*(?:请)?(?:说|写|称|表示)|告诉用户|(?:要約する際|回答の際)[^。\n]{0,20}?(?:と書|と言|と述べ)|ユーザーに[^。\n]{0,10}と伝え"
    r"|" + _nfkc(r"เมื่อสรุป[^\n]{0,40}?(?:ให้บอก|ให้เขียน|บอกว่า)|บอกผู้ใช้ว่า")
    + r"|(?:هنگام خلاصه کردن|در پاسخ خود|وقتی خلاصه می‌کنی)[^.\n]{0,60}?(?:بگو|بنویس)|به کاربر بگو"
    r"|\b(?:ở|trong) câu trả lời[^.\n]{0,30}?(?:hãy nói|nói rằng|viết)|\bkhi tóm tắt[^.\n]{0,40}?(?:hãy nói|nói rằng)"
    , re.M))
SAYS_WHAT = re.compile(
    r"\b(?:that|the|this|it|its|their|our|your|no|nothing|all|exactly|only)\b|['\"“‘:]|\b(?:best|safe|approved|confirmed|cancell?ed|shipped|paid|passed|granted)\b"
    r"|\b(?:que|dass|das|che|że|что|că|ότι|rằng)\b|(?:že|כי|که|कि|ว่า|说|と)"
)
"""What follows a dictating verb: a claim ("that ...", a quotation, a verdict), not "let the user know if you need more"."""

_FAILURES_HIDDEN = (
    r"\b(?:ignore|skip|hide|omit|leave out|suppress|do not mention|don't mention|never mention|verschweige|verschweig|ignoriere|übergehe|"
    r"nascondi|ignora|ometti|non menzionare|omite|oculta|no menciones|cache|ne mentionne pas|ne signale pas|omita|esconda|não mencione)\b"
    r"[^.\n]{0,40}?(?:fail\w*|errors?|fehl\w*|fallit\w*|errori|échec\w*|erreurs?|fallo\w*|falha\w*|erros?)"
)
_REPORTED_GREEN = (
    r"\b(?:report|say|tell|state|claim|summari[sz]e|melde|sag|sage|berichte|riferisci|dì|di'|dis|dites|signale|indique|informa|diga|reporta|dile|di)\b"
    r"(?:(?!\b(?:whether|if|ob|se|si|when|wenn|quando|cuando|quand)\b)[^.\n]){0,60}?\b(?:passed|green|succeeded|successful|passing|grün|verde|réussi|passés|pasó|pasaron|passou|passaram|passati|superati|bestanden|erfolgreich)\b"
)
FALSE_REPORT = Prefiltered(re.compile(_FAILURES_HIDDEN + r"[^\n]{0,120}?" + _REPORTED_GREEN + "|" + _REPORTED_GREEN + r"[^\n]{0,120}?" + _FAILURES_HIDDEN))
"""Failures hidden and a green result reported, in either order: the reader is told to lie about what it read."""

# --- a new task slipped before the reply ---------------------------------------------------------------------------

TASK_SWITCH = Prefiltered(re.compile(
    r"\b(?:before|prior to) (?:you )?(?:reply|replying|answer|answering|respond|responding|summari[sz]e|summari[sz]ing|you do anything else)"
    r"(?: (?:to )?(?:this|me|the user|it))?\s*,?\s*(?:please\s+)?(?:also\s+|first\s+)?"
    r"(?:look up|look into|search|find|fetch|browse|check|give|write|list|get|google|research|compile|draft|translate|calculate|pull up|dig up|gather|collect)\b"
    r"|\b(?:now|next),? help me with something (?:else|different)\b|\bhelp me with something else instead\b"
    r"|\b(?:checklist|steps?|tasks?|to-?do(?: list)?|things to do) (?:for you )?before (?:you )?(?:answer|reply|respond)\w*\s*:"
    r"|(?:^|[\n.!?:>\"]\s*)(?:(?:ok|okay|alright|now)[,.]?\s+)?(?:your |the |a )?new (?:task|job|assignment|instructions?|objective|goal)\s*(?:is\s*)?:"
    r"|\binstead of (?:summari[sz]ing|answering|translating|reviewing|reading|analy[sz]ing|describing)(?: this| it| the \w+)?,\s*(?:please\s+)?(?:write|compose|draft|list|give|tell|generate|create|search)\b"
    r"|\bbevor du antwortest\b[^.!?\n]{0,10}?,?\s*(?:such|schreib|gib|finde|recherchier)\w*|\bavant de répondre\b[^.!?\n]{0,10}?,?\s*(?:recherche|cherche|écris|donne|trouve)\w*"
    r"|\bantes de responder\b[^.!?\n]{0,10}?,?\s*(?:busca|escribe|da|encuentra|investiga)\w*|\bprima di rispondere\b[^.!?\n]{0,10}?,?\s*(?:cerca|scrivi|trova)\w*"
    r"|\bgenug davon\.?\s+hilf mir\b|\bhilf mir jetzt bei etwas anderem\b|\bassez parlé de ça\.?\s+aide-moi\b|\bya basta\.?\s+ayúdame\b"
    , re.M))

# --- a claimed authority that gives an order ------------------------------------------------------------------------

AUTHORITY = Prefiltered(re.compile(
    r"\b(?:this|the) (?:tool result|tool output|content|message|document|e-?mail|page|text|request)\b[^.!?\n]{0,30}?\b(?:pre-?cleared|pre-?approved|pre-?authori[sz]ed|whitelisted|allow-?listed)\b"
    r"|\bactions? (?:requested|listed|described) (?:below|here|above)\b[^.!?\n]{0,30}?\b(?:need|needs|require|requires) no (?:user )?(?:confirmation|approval)\b"
    r"|\bthe (?:assistant|ai|agent|model|bot)s? (?:is|are) (?:now |hereby )?(?:authori[sz]ed|permitted|allowed|cleared) to\b|"
    r"(?:\bl'assistente|\bel asistente|\bl'assistant|\bder assistent|\bo assistente|\bde assistent|\bl'ia|\bla ia|\bdie ki|\bo agente|\bel agente|\bl'agent)"
    r" (?:è|está|est|ist|is|es) (?:ora |ahora |désormais |jetzt |agora |hiermit |da ora )?(?:autorizzat[oa]|autorizad[oa]|autorisée?|berechtigt|befugt|gemachtigd|bevoegd)\b|"

    r"\bas (?:the|your) (?:developer|owner|admin(?:istrator)?|operator|creator|maintainer)s? of (?:this|the) (?:app|application|assistant|system|service|repo\w*|agent|bot|model|site|workspace)\b"
    r"|\bi (?:hereby )?authori[sz]e you\b|"
    r"\b(?:security|it|compliance|platform|infrastructure|trust (?:&|and) safety|legal|devops|sre|admin|hr) (?:team|department|helpdesk|desk|office)\s+(?:here|notice|message|note|announcement|update|alert)\b"
    r"|\b(?:message|note|notice|instruction|command|announcement|statement|directive|order|bulletin|report)s? (?:from|by|of) (?:the |a |your )?(?:trusted |verified |authenticated |official |senior )*"
    r"(?:security|it|compliance|platform|hiring|admin\w*|system|infrastructure|legal)\b[^.!?\n:]{0,30}?(?:team|department|helpdesk|committee|administrators?|staff|office)\b"
    r"|\b(?:note|message|statement|word|recommendation) (?:from|by) (?:a |the )?(?:trusted|verified|authenticated|official)\b"
    r"|\b(?:authenticated|verified|authori[sz]ed|official|signed|trusted) (?:command|instruction|statement|directive|message|notice|request|override)s? (?:from|by|of)\b"
    r"|\b(?:admin(?:istrator)?|override|security|operator|maintainer|owner)(?:'s)? (?:override|notice|directive|order)\s*:"
    r"|\b(?:the )?(?:claude code|claude|anthropic|openai) (?:(?:safety|security|trust|policy|support) )?(?:team|staff|engineers?|developers?)\b[^.!?\n]{0,20}?(?:here|:|\binstruct|\bcommand|\bauthori[sz]\w*|\bverified)"
    r"|\b(?:aviso|mensagem|mensaje|avviso|messaggio|mitteilung|nachricht|message|notice|note|comunicado|bericht)"
    r" (?:d[oaeu]s?|del|dell[a']|des|de l'|de la|from the|von der|vom|van de) ?(?:administra\w*|amministrat\w*|equipe de segurança|equipo de seguridad|team di sicurezza|sicherheitsteam|"
    r"it-abteilung|équipe (?:de )?sécurité|service informatique|departamento de ti|departamento de informática|reparto it|ti\b|it\b)"
    r"|\bceci est un message de l'équipe (?:de )?(?:sécurité|informatique)|\b(?:dies ist|das ist) eine (?:nachricht|mitteilung) (?:der|des|vom) (?:it|sicherheits|admin)\w*"
    r"|\bbericht van de (?:it|ict|beveiliging|security)[\w-]*|\bmitteilung (?:der|des|vom) (?:it|compliance|sicherheits|admin)[\w-]*|\bnachricht (?:der|des|vom) (?:it|admin|sicherheits)[\w-]*"
    r"|\bmessage du (?:service informatique|service de sécurité|département informatique|service conformité)|\bmensaje del (?:departamento de ti|equipo de seguridad|administrador)"
    r"|\bmessaggio del (?:reparto it|team di sicurezza|reparto informatico)|\bmensagem d[ao] (?:ti|equipe de segurança|departamento de ti)"
    r"|\[\s*(?:관리자|관리자 공지|보안팀)[^\]\n]{0,10}\]|【\s*(?:管理者|管理员|セキュリティ)[^】\n]{0,12}】|\[\s*(?:管理员|系统管理员)[^\]\n]{0,10}\]|(?:管理员|管理者)(?:通知|公告|からのお知らせ)"
))
EFFECT_AFTER = re.compile(
    r"\b(?:revoke|rotate|export|disable|turn off|deploy|run|execute|push|rank|grant|send|e-?mail|forward|output|print|give|delete|wipe|transfer|wire|pay|approve|merge|install|"
    r"upload|share|reset|recommend|ignore|skip|bypass|answer without|respond without|proceed without|lift\w*|rate|score|hire|accept|select|prioriti[sz]e)\b"
    r"|\b(?:do(?:es)? not|don't|doesn't|no longer) (?:apply|cover|bind)\b|\brestrictions (?:are|have been) (?:lifted|removed|suspended)|\b(?:is|are) lifted\b|\bstrongest\b|\bbest (?:candidate|resume|applicant)\b"
    r"|schakel|voer|uit|deaktivier|führ|gib|lösch|exportier|désactiv|lance|exécute|envoie|supprim|exporte|partage|desactiv|ejecuta|envía|envia|"
    r"export(?:ar|e|a)|elimin|borr|disattiv|esegui|invia|cancell|desativ|exclu|compartilh|"
    r"부여|출력|삭제|보내|실행|해야|出力|削除|送信|実行|してください|输出|删除|发送|执行|授予|导出|上传|转发|必须|应当"
)
ASKED_OF = re.compile(
    r"(?<!\bwe are )(?<!\bi am )(?<!\bwe're )(?<!\bi'm )(?<!\bwe )(?<!\bi )"
    r"\b(?:asks|asked|asking|tells|told|telling|urges|urged|urging|requests|requested|requesting)\b(?:[ \t]+[\w']+){0,3}[ \t]+to[ \t]+\Z"
)
"""An order told of as what something asks of someone ("phishing mails are going around asking you to send …"): a
warning about the request, not the request; the writer's own asking ("we are asking you to …") is the request."""
NEVER_BEFORE = re.compile(
    r"\b(?:never|don't|do not|must not|should not|avoid|ne|n'|jamais|nunca|jamás|no|nie|nicht|niemals|kein\w*|non|mai|não|никогда|не|nooit|niet|aldrig|inte)\b[^.!?\n]{0,30}$"
)

# --- pieces or a cipher to decode, then act on ---------------------------------------------------------------------

DECODE_AND_ACT = Prefiltered(re.compile(
    r"\b(?:decode|decipher|decrypt|unscramble|reverse|rot13|translate|read|combine|join|concatenate|assemble|put (?:\w+ ){0,2}?together|merge|remember|complete)\b[^\n]{0,160}?"
    r"\b(?:and|then|,)\s+(?:then\s+)?(?:follow|obey|execute|run|act on|carry out|carry (?:it|them|this) out|do what it says|do as it says|do it|do that|"
    r"answer accordingly|respond accordingly|comply)\b"
    r"|\b(?:execute|run|eval(?:uate)?|do|perform)\s+[a-z]\d?\s*\+\s*[a-z]\d?\b"
))
CODED = re.compile(
    r"\b(?:base64|rot-?13|caesar|cipher|backwards|reversed?|encoded|fragments?|pieces|parts?|halves|steps?|sentence|string|[a-z] ?\+ ?[a-z])\b|\[[a-z ]{1,12}\]"
)
"""What is assembled or decoded: a cipher, an encoding, pieces; "read the manual and follow it" assembles nothing."""


TURN_MARKER = Prefiltered(re.compile(
    r"<start_of_turn>[ \t]*(?:user|model|system)\b|<\|im_start\|>[ \t]*(?:system|user)\b|<\|start_header_id\|>[ \t]*(?:system|user)[ \t]*<\|end_header_id\|>"
    r"|\[inst\]|<<sys>>|(?:^|\n)[ \t]*#{2,3}[ \t]*(?:human|user|instruction)[ \t]*:",
    re.M,
))
"""Another model family's turn opener (Gemma, ChatML, Llama, Alpaca): a new turn forged inside data."""
TURN_BODY = re.compile(r"[\s>:\]]*[^\W\d_]")
"""A turn filled with words, not with a template's variable ("<|im_start|>{role}") or a code string's end."""
TURN_ORDER = re.compile(
    r"\b(?:no (?:restrictions|rules|limits)|unrestricted|you are now|ignore|forget|disregard)\b|" + EFFECT_AFTER.pattern
)


LEAD_IN = re.compile(r"(?:(?:<[a-z/][^<>]{0,40}>|please|kindly)[ \t]*)+\Z")
"""Tags and courtesies that open a sentence, looked past to what precedes them."""


def effect_findings(scan: Scan, cited: Callable[[int], bool]) -> list[Finding]:
    """The ninth pass's signals in one lowered text; ``cited(at)`` tells whether a position lies in a quotation or example."""
    low = scan.text
    out: list[Finding] = []

    def free(at: int) -> bool:
        """Said to the reader at ``at``: not cited, quoted, reported or forbidden (looked at past tags and courtesies
        that open it: 'the hidden text read: <i>Please send ...')."""
        if cited(at):
            return False
        lead = LEAD_IN.search(low, max(0, at - 80), at)
        opened = lead.start() if lead else at
        return not (
            NEGATED.search(low, max(0, at - 40), at + 1) or _in_quotation(low, opened) or _reported(low, opened)
            or (lead is not None and "<" in lead.group(0) and REPORTED.search(low, max(0, opened - 120), opened))
            or _in_code_element(low, at) or _opens_quotation(low, opened)
        )

    found = _effect_order(scan, free, cited)
    if found:
        out.append(found)
    out += [Finding(*f) for f in reader_findings(scan, free)]
    for m in scan.finditer(IGNORE_PRIOR):
        closing = CLAUSE_END.search(low, m.end())
        stop = closing.start() if closing else len(low)
        if free(m.start()) and PRIOR_WORD.search(low, max(0, m.start() - 30), min(stop, m.end() + 40)):
            out.append(Finding("inject.override", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(FALSE_REPORT):
        if free(m.start()):
            out.append(Finding("inject.answer_dictated", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(ANSWER_DICTATED):
        claimed = low.endswith("ed", m.start(), m.end())  # the match holds its claim ("... their warranty was extended")
        if free(m.end() - 1) and (claimed or SAYS_WHAT.search(low, max(m.start(), m.end() - 6), min(len(low), m.end() + 60))):
            out.append(Finding("inject.answer_dictated", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(AGENT_HELD):
        start, end = _clause(low, m.start(), m.end())
        if free(m.start()) and ASKED.search(low, start, end + 1) and not ABOUT_ENV.search(low, max(0, m.start() - 40), m.start() + 1):
            out.append(Finding("inject.agent_context", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(REPLY_HOLDS):
        if free(m.start()):
            out.append(Finding("inject.agent_context", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(TASK_SWITCH):
        if free(m.start()):
            out.append(Finding("inject.task_switch", 1.0, m.start(), m.end()))
            break
    for m in scan.finditer(AUTHORITY):
        window = low[m.end() : m.end() + 200]
        order = EFFECT_AFTER.search(window)
        if order and free(m.start()) and not cited(m.end() + order.start()) and not NEVER_BEFORE.search(window[: order.start()]) \
                and not ASKED_OF.search(window[max(0, order.start() - 60) : order.start()]):
            out.append(Finding("inject.authority_order", 1.0, m.start(), m.end() + order.end()))
            break
    for m in scan.finditer(TURN_MARKER):
        body = TURN_BODY.match(low, m.end())
        if body and free(m.start()) and TURN_ORDER.search(low, m.end(), min(len(low), m.end() + 160)):
            out.append(Finding("inject.forged_turn", 1.0, m.start(), min(len(low), m.end() + 160)))
            break
    for m in scan.finditer(DECODE_AND_ACT):
        if free(m.start()) and CODED.search(low, max(0, m.start() - 20), m.end()):
            out.append(Finding("inject.payload_assembly", 1.0, m.start(), m.end()))
            break
    return out


def _opens_quotation(low: str, at: int) -> bool:
    """Whether a quotation opens right before ``at`` ('a request like "delete all ..."'), other than a JSON value's own quote."""
    before = low[max(0, at - 8) : at].rstrip(" ")
    if not before or before[-1] not in "\"“«„‘'`”":
        return False
    return not JSON_VALUE.search(before) and (len(before) < 2 or before[-2] in " \t\n:(,[" or before[-1] in "“«„‘")


def _in_code_element(low: str, at: int) -> bool:
    """Whether ``at`` lies inside an HTML ``<code>`` or ``<kbd>`` element: a page shows those words, it does not say them."""
    opened = max(low.rfind("<code", max(0, at - 400), at), low.rfind("<kbd", max(0, at - 400), at))
    return opened >= 0 and low.find("</", opened, at) < 0


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    """The clause around low[start:end]: from the last sentence end, quote or tag before it to the next sentence end."""
    before = max(low.rfind(c, max(0, start - 200), start) for c in ".!?\n\">")
    after = CLAUSE_END.search(low, end, end + 200)
    return before + 1, after.start() if after else min(len(low), end + 200)


def _effect_order(scan: Scan, free: Callable[[int], bool], cited: Callable[[int], bool]) -> Finding | None:
    """An imperative at a clause's head whose effect is an agent's (see the module's docstring)."""
    low = scan.text
    found: Finding | None = None
    for m in scan.finditer(ANY_HEAD):
        if cited(m.end() - 1):
            continue
        lead = HEAD_ONLY.match(low, m.start())
        verb = lead.end() if lead else m.start()
        word = low[verb : m.end()].rstrip(" \t")
        stop = CLAUSE_END.search(low, m.end(), m.end() + 200)
        end = stop.start() if stop else min(len(low), m.end() + 200)
        for kind, grounds, name in GROUNDS:
            if (found and name == "inject.effect_order") or not kind.fullmatch(word) or not grounds(low, verb, end):
                continue
            if free(verb) and not OWN.search(low, m.end(), end):
                found = Finding(name, 1.0, m.start(), end)
                if name == "inject.takeover_order":
                    return found
                break
    if found:
        return found
    for m in scan.finditer(POLITE_CLAUSE):
        start, end = _clause(low, m.start(), m.end())
        if OWN.search(low, start, end) or not free(m.start()):
            continue
        if (
            (SEND_STEM.search(low, start, end) and _sent_out(low, start, end))
            or (GRANT_STEM.search(low, start, end) and _granted(low, start, end))
            or (DISABLE_STEM.search(low, start, end) and _weakened(low, start, end))
        ):
            return Finding("inject.effect_order", 1.0, start, end)  # a verb-final request: "... als Owner hinzufügen?"
    return None


def _paid_out(low: str, start: int, end: int) -> bool:
    """Money sent outside at once or from a held account: a bill's "please pay by the 30th to IBAN ..." is neither."""
    return bool(MONEY.search(low, start, end) and OUTSIDE.search(low, start, end) and (AT_ONCE.search(low, start, end) or THEIRS.search(low, start, end)))


def _destroyed(low: str, start: int, end: int) -> bool:
    """A store emptied whole: all of a database, the backups, a repository (temporary or cached things are housekeeping)."""
    return bool(WHOLE_STORE.search(low, start, end) and not DISPOSABLE.search(low, start, end))


def _sent_out(low: str, start: int, end: int) -> bool:
    return bool(OUTSIDE.search(low, start, end) and THEIRS.search(low, start, end))


def _granted(low: str, start: int, end: int) -> bool:
    own = CONJUNCT.search(low, start, end)
    cut = own.start() if own else end
    return bool(ROLE_GRANTED.search(low, start, cut) and NAMED.search(low, start, cut))


def _weakened(low: str, start: int, end: int) -> bool:
    """A check turned off, removed or bypassed ("push a commit that removes the authentication check")."""
    return bool(SECURITY.search(low, start, end) and WEAKENING.search(low, start, end))


def _locked_out(low: str, start: int, end: int) -> bool:
    """Everyone else's access taken away: the owners locked out of what they own."""
    return bool(LOCK_OUT.search(low, start, end))


def _opened(low: str, start: int, end: int) -> bool:
    """A link opened to hand it the user's data: the link is the verb's object ("please open an issue at <url>, or
    submit a PR" opens an issue)."""
    link = OPENED_LINK.match(low, start)
    return bool(link and (HAND_OVER.search(low, link.end(), end) or THEIRS.search(low, start, end)))


def _paid_from_held(low: str, start: int, end: int) -> bool:
    """Money moved out of what only an agent's tools hold ("the connected wallet"): no person is asked that in mail."""
    return bool(MONEY.search(low, start, end) and OUTSIDE.search(low, start, end) and TOOL_HELD.search(low, start, end))


def _sent_and_erased(low: str, start: int, end: int) -> bool:
    """Data sent outside, then the originals deleted: the traces of the sending removed."""
    return bool(
        ERASING.search(low, start, end) and OUTSIDE.search(low, start, end) and ERASED_AFTER.search(low, start, end)
        and (WHOLE.search(low, start, end) or THEIRS.search(low, start, end)) and not REPORTED_THREAT.search(low, start, end)
    )


def _made_public(low: str, start: int, end: int) -> bool:
    return bool(PUBLIC.search(low, start, end))


GROUNDS: tuple[tuple[re.Pattern, Callable[[str, int, int], bool], str], ...] = (
    (DISABLE_VERB, _weakened, "inject.takeover_order"), (DESTROY_VERB, _locked_out, "inject.takeover_order"),
    (SEND_VERB, _paid_from_held, "inject.takeover_order"), (SEND_VERB, _sent_and_erased, "inject.takeover_order"),
    (SEND_VERB, _sent_out, "inject.effect_order"), (SEND_VERB, _paid_out, "inject.effect_order"), (GRANT_VERB, _granted, "inject.effect_order"),
    (SEND_VERB, _made_public, "inject.effect_order"), (OPEN_VERB, _opened, "inject.effect_order"), (DESTROY_VERB, _destroyed, "inject.effect_order"),
)
"""(the verb's kind, what makes its order an agent's, the signal), takeovers first."""
