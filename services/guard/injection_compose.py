"""Injection signals composed from two parts of one clause, so that they hold for a family of phrasings, not a phrase.

- ``inject.instructions_voided``: a reference to the reader's earlier instructions (previous guidance, whatever you
  were told, the user's request) and a statement that they are void or a move to set them aside ("the earlier
  guidance no longer applies", "prior directives have been superseded", "set aside what the user asked for").
- ``inject.reader_request``: the text names whoever processes it ("the AI handling this", "whoever is reading
  this", "the reviewing model", "l'assistant qui traite ce message") in the sentence of a consequential verb.
- ``inject.passive_order``: an effect ordered in the passive ("is to be transferred", "should be merged") with
  something it acts on that only an agent holds or that lies outside (the user's things, an address, a secret).
- ``inject.secret_disclosure``: a disclosure verb and a secret the reader holds ("your bearer token", "the
  connection string you were configured with", "the API key ... in your reply").

Each finder is one prefiltered pass over the lowered text plus a bounded look around each candidate; pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .injection_address import REPORTED
from .prefilter import Prefiltered, Scan

CLAUSE = r"[^.!?;\n。！？]"
"""A character inside one clause: two parts that must be said together are not split by a sentence end."""

_PRIOR_ADJ = r"previous|prior|earlier|preceding|original|initial|old|above|existing|former|foregoing|past|first"
_INSTRUCTION = r"instructions?|guidance|directions?|directives?|orders|prompts?|guidelines|programming|commands|assignment|tasks?|briefing"
PRIOR_REF_EN = (
    r"\b(?:" + _PRIOR_ADJ + r")(?: \w+)? (?:" + _INSTRUCTION + r")\b"
    r"|\b(?:everything|anything|all|whatever|what) (?:that )?you(?:'ve| have| had)? (?:were |been )?(?:told|given|instructed|asked)\b"
    r"|\b(?:" + _INSTRUCTION + r") (?:that )?(?:were |have been )?(?:given|sent|provided|issued) to you\b"
    r"|\b(?:whatever|the|any|your) (?:task|request|job|assignment)s? (?:that )?(?:you(?:'ve| have)? been given|you were given|you(?:'re| are) (?:doing|working on)|the user (?:gave|asked for|requested))"
    r"|\b(?:what(?:ever)?|the thing) the user (?:asked|requested|wants|wanted)\b|\bthe user'?s (?:request|task|question|instructions?|prompt)\b"
    r"|\byour (?:instructions|guidelines|rules|directives|system prompt|programming|orders)\b"
)
VOIDED_EN = (
    r"no longer (?:appl(?:y|ies)|valid|stands?|holds?|in (?:effect|force)|relevant|binding|matters?|counts?|needed)"
    r"|(?:is|are|was|were|has been|have been|now|hereby|been)(?: \w+)? (?:void|null|revoked|withdrawn|superseded|replaced|rescinded|cancell?ed|obsolete|out of date|outdated|invalid|overridden|retracted|expired|a test|lifted|suspended|annulled|irrelevant|moot)\b"
    r"|(?:do(?:es)?n't|do(?:es)? not) (?:apply|count|matter)(?: anymore| any more)?"
)
SET_ASIDE_EN = r"\b(?:set aside|put aside|scratch|drop|throw out|abandon|discard|never mind|stop following|do not follow|don't follow|no need to follow|move past|replace)\b"
PRIOR_REF_INTL = (
    r"\b(?:bisherigen?|vorherigen?|früheren?|alten?|ursprünglichen?|obigen?) (?:anweisungen|vorgaben|instruktionen|befehle)"
    r"|\b(?:consignes|instructions|directives) (?:précédentes|antérieures|initiales|d'origine)"
    r"|\b(?:instrucciones|indicaciones|órdenes|directrices) (?:anteriores|previas|originales|iniciales)"
    r"|\b(?:istruzioni|indicazioni|direttive) (?:precedenti|originali|iniziali)"
    r"|\b(?:instruções|orientações|diretrizes) (?:anteriores|originais|iniciais)"
    r"|\b(?:vorige|eerdere|oorspronkelijke) (?:instructies|opdrachten)"
    r"|(?:предыдущие|прежние|прошлые|исходные) (?:указания|инструкции|распоряжения)"
    r"|(?:попередні|колишні) (?:вказівки|інструкції)"
    r"|\b(?:poprzednie|wcześniejsze) (?:instrukcje|polecenia)"
    r"|\bönceki (?:talimatlar|komutlar)"
    r"|\b(?:tidigare|föregående) (?:instruktioner|direktiv)"
    r"|(?:hướng dẫn|chỉ dẫn) (?:trước đây|trước đó|trước)"
    r"|\b(?:instruksi|perintah) sebelumnya"
    r"|(?:之前|以前|先前|原来|上面|上述)的?(?:指示|指令|说明|设定)"
    r"|(?:これまで|以前|前|元)の(?:指示|命令|設定)"
    r"|(?:이전|기존|앞의) (?:지침|지시|명령)"
    r"|(?:التعليمات|الأوامر) (?:السابقة|الأصلية)"
    r"|(?:पिछले|पहले के) निर्देश"
)
VOIDED_INTL = (
    r"gelten nicht mehr|sind (?:ungültig|aufgehoben|hinfällig)|wurden aufgehoben"
    r"|ne sont plus (?:valables|valides|applicables|en vigueur)|sont (?:annulées|caduques)|ne s'appliquent plus"
    r"|ya no (?:sirven|valen|aplican|son válidas|están vigentes)|(?:quedan|están|han sido) anuladas|quedan sin efecto"
    r"|sono (?:annullate|revocate)|non valgono più|non sono più valide|non si applicano più"
    r"|não valem mais|não são mais válidas|(?:foram|estão) (?:anuladas|revogadas)|não se aplicam mais"
    r"|zijn (?:vervallen|ongeldig|ingetrokken)|gelden niet meer"
    r"|больше не действуют|отменены|недействительны|утратили силу|більше не діють|скасовані|недійсні"
    r"|nie obowiązują|są nieważne|zostały anulowane|artık geçerli değil|geçersiz|iptal edildi"
    r"|gäller inte längre|är ogiltiga|har upphävts|không còn hiệu lực|đã bị hủy|tidak berlaku lagi|dibatalkan"
    r"|失效|作废|无效|不再适用|已取消|無効|有効ではありません|取り消され|適用されません|더 이상 적용되지|무효|취소되었"
    r"|لم تعد سارية|ملغاة|لاغية|अब लागू नहीं|रद्द"
)
VOIDED = Prefiltered(re.compile(
    r"(?:" + PRIOR_REF_EN + r")" + CLAUSE + r"{0,50}?\b(?:" + VOIDED_EN + r")"
    r"|" + SET_ASIDE_EN + r"" + CLAUSE + r"{0,12}?(?:" + PRIOR_REF_EN + r")"
    r"|(?:" + PRIOR_REF_INTL + r")" + CLAUSE + r"{0,40}?(?:" + VOIDED_INTL + r")"
))
READERS_OWN = re.compile(r"\byou|\byour\b|\bthe user|task|prompt|programming|directive")
"""A voided object that is the reader's own (its instructions, its task, its user's request), not a house rule."""
REPORTING = re.compile(
    r"\b(?:tells?|told|claims?|claimed|says?|said|pretends?|asserts?|insists?|that|behaupten|behauptet|dass|prétend\w*|afirman?|dicen|sostengono|beweren|утверждают)\b"
    + CLAUSE + r"{0,60}$|(?:声称|と主張|주장)"
)
"""Words that report a claim: an article says attackers claim instructions are void; it does not claim it."""
OWN_WORDS = re.compile(r"\b(?:my|our|i|we)\b|\b(?:mein|meine|mon|mes|mi|mis|mio|miei|meu|minha|mijn)\b")
"""The writer's own earlier words: a correction between people, not an attack on the reader's instructions."""

_READER_EN = (
    r"\b(?:the |an? |any )?(?:ai|a\.i\.|assistant|model|agent|llm|system|tool|bot|copilot|summari[sz]er|reader|reviewer|program)s?(?: \w+)?"
    r" (?:(?:that|which|who) (?:is |are )?)?(?:handling|processing|reading|reviewing|parsing|summari[sz]ing|analy[sz]ing|reads|handles|processes|reviews|parses|summari[sz]es) (?:this|these|it|the (?:page|message|email|document|ticket|file|text))\b"
    r"|\b(?:whoever|whatever|anyone|anything|someone|something) (?:is |that is |who is )?(?:handling|processing|reading|reviewing|parsing|summari[sz]ing) (?:this|these|it)\b"
    r"|\bthe (?:automated|automatic) (?:reader|system|agent|assistant|reviewer|processor)s?\b|\bthe reviewing (?:model|ai|agent|assistant|system)\b"
    r"|\b(?:system|ai|assistant|model|agent) reading this\b"
)
_READER_INTL = (
    r"\b(?:ki|ai|assistent|agent|modell|system)\w*, (?:die|der|das) (?:das|dies|diese\w*)(?: hier)? (?:liest|verarbeitet)"
    r"|\b(?:l'assistant|l'ia|l'agent|le modèle|le système) qui (?:traite|lit|analyse) (?:ce|cette|ceci|ces)\b"
    r"|\b(?:asistente|ia|agente|modelo|sistema) que (?:lea|procese|lee|procesa|analice) (?:esto|este|esta|estos)\b"
    r"|\b(?:l'ia|l'assistente|l'agente|il modello|il sistema) che (?:elabora|legge|analizza) (?:questa|questo|questi)\b"
    r"|\b(?:assistente|ia|agente|modelo|sistema) que (?:processa|lê|ler|analisa) (?:isto|isso|este|esta)\b"
    r"|\b(?:ai|assistent|agent|model|systeem) die dit (?:verwerkt|leest)\b"
    r"|\b(?:asystent|model|agent|system) (?:czytający|przetwarzający)\b"
    r"|(?:ассистент|помощник|ии|модель|агент|система)\w*,? (?:обрабатывающ|читающ|который (?:читает|обрабатывает))"
    r"|(?:асистент|помічник|модель|агент)\w*,? (?:що (?:читає|обробляє)|який (?:читає|обробляє))"
    r"|(?:处理|阅读|读取)(?:这|此)[^。\n]{0,6}(?:助手|ai|模型|智能体|代理)"
    r"|(?:を読んでいる|を処理している)(?:ai|アシスタント|エージェント|モデル)"
    r"|(?:처리하는|읽는|읽고 있는) (?:ai|어시스턴트|에이전트|모델|비서)"
    r"|(?:المساعد|الذكاء الاصطناعي|النموذج|الوكيل) الذي (?:يعالج|يقرأ)"
    r"|(?:जो )?(?:एआई|ai|सहायक|मॉडल) (?:इसे|यह) (?:पढ़|संसाधित)"
    r"|\b(?:asisten|ai|model|agen) yang (?:membaca|memproses) (?:ini|pesan ini)"
    r"|\b(?:bunu|bu mesajı) (?:okuyan|işleyen) (?:yapay zeka|asistan|model|ajan)"
    r"|\b(?:ai|assistent|modell|agent)(?:en)? som (?:läser|behandlar) (?:detta|det här)"
)
READER = Prefiltered(re.compile(r"(?:" + _READER_EN + r"|" + _READER_INTL + r")"))
CONSEQUENTIAL = re.compile(
    r"\b(?:grant|give|transfer|wire|pay|delete|remove|erase|wipe|cancel|export|forward|send|e-?mail|share|upload|post|merge|approve|disable|reset|invite|add|revoke|rotate|close|book|purchase|buy|unsubscribe|publish|deploy|push|mark|change|move|reply with|leak|reveal|disclose)\w*"
    r"|\b(?:weiterleit|leite\w* weiter|send|schick|lösch|überweis|gib|teil|gewähr)\w*|\b(?:supprim|transf[eé]r|envo|partag|accord|vir)\w*"
    r"|\b(?:transfier|elimin|borr|envi|reenv|compart|conced|apag|exclu|cancell|inoltr|trasfer)\w*|\b(?:verwijder|stuur|doorstu|maak over)\w*"
    r"|\b(?:przel|usu|wyśl|przekaż|udostępn)\w*|(?:удал|отправ|перевед|перешл|передай|переда|надішл|видал)\w*"
    r"|删除|转发|发送|转账|转给|发给|削除|送信|転送|送金|삭제|보내|전송|송금|بتحويل|تحويل|حذف|إرسال|أرسل|भेज|हटा|\b(?:meng)?hapus\w*|\bkirim\w*|\bgönder\w*|\bsil\w*|\baktar\w*|\bskicka\w*|\bradera\w*"
)
"""Verbs of effect beyond reading, as stems in the languages the reader phrases cover."""
MODAL = re.compile(
    r"\b(?:should|must|shall|could|would|can|will|please|kindly|is expected to|is asked to|is required to|needs? to|has to|have to|is to|are to|go ahead|make sure|"
    r"soll|sollte|muss|möge|bitte|würde|doit|devrait|merci de|veuillez|serait|pourrait|debe|debería|se agradecería|podría|tiene que|deve|dovrebbe|per favore|sarebbe|"
    r"deveria|seria|moet|zou|graag|powinien|musi|proszę|byłoby|gdyby|долж\w*|пожалуйста|было бы|нужно|следует|має|повинен|будь ласка|harus|tolong|mohon|akan sangat|lütfen|ska|bör|måste)\b"
    r"|请|应|须|务必|顺便|ください|してほしい|주세요|하세요|해야|يجب|يرجى|من فضلك|سيكون|कृपया|चाहिए|\b\w+(?:meli|malı)\b"
)
"""A request's mood: a modal, a courtesy or a colon after the reader's name; "the model that processes these documents
runs on-premises" describes a product."""
QUESTION_WORD = re.compile(r"\b(?:how|why|when|what|where|which)\b")
"""A heading that asks ("How the reviewer bot handles this:") introduces a description, not an order."""

PASSIVE_ORDER = Prefiltered(re.compile(
    r"\b(?:is|are) (?:now )?(?:to be|required to be)|\b(?:must|should|shall|needs? to|has to|have to) (?:now |immediately |also )?be"
))
PARTICIPLE = re.compile(
    r"\s+(?:\w+ )?(?:transferred|emailed|e-mailed|sent|forwarded|uploaded|posted|shared|deleted|merged|approved|granted|disabled|revoked|paid|wired|exported|included|pasted|printed|revealed|disclosed|added|removed|switched off|turned off|handed over|made public)\b"
)
AGENT_HELD = re.compile(
    r"https?://|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:iban|account (?:number|no))\b|\b(?:passwords?|credentials|api[ _-]?keys?|tokens?|private keys?|secrets?|\.env|system prompt)\b|\bby the (?:tool|system|ai|assistant|model|agent)\b"
)
"""What an ordered effect acts on that makes it an agent's: the user's things, somewhere outside, a secret, or the reader named as its doer."""
SENT = re.compile(r"transferred|emailed|e-mailed|sent|forwarded|uploaded|posted|wired|exported|handed over")
OUTSIDE = re.compile(r"https?://|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:iban|account (?:number|no))\b")

DISCLOSE = re.compile(
    r"\b(?:include|paste|print|put|add|list|share|reveal|state|write|output|tell|give|show|post|return|reply with|respond with|echo|display|type|dump|disclose|repeat)\b"
)
PLACING = re.compile(r"include|paste|put|add|share|write|post|return|type|list|show|state|tell|give|display")
"""Verbs that place a secret somewhere: docs tell people to put their key in a header; only a destination in the
reader's own output ("in your reply", "in the footer of the summary", "in this thread") makes them a disclosure."""
OWN_OUTPUT = re.compile(
    r"\b(?:in|into|to|at the end of|in the footer of|as part of) (?:your|the|this) (?:reply|response|answer|summary|output|next message|footer|thread|comment|chat)\b|\b(?:here|below|in this thread|with us|to us|to me)\b"
)
_READER_SECRET = (
    r"\b(?:your|its) (?:\w+ )?(?:api[ _-]?keys?|bearer tokens?|access tokens?|tokens?|credentials|passwords?|secrets?|private keys?|system prompt|connection strings?|environment variables|env vars|session cookies|cookies|configuration secrets)\b"
    r"|\b(?:api[ _-]?keys?|bearer tokens?|access tokens?|tokens?|credentials|passwords?|secrets?|private keys?|connection strings?|environment variables|session cookies|[a-z_]+_(?:api_)?(?:key|token|secret))\b"
    + CLAUSE + r"{0,60}?(?:\b(?:you (?:were|are|have been) (?:configured|given|set up|provisioned)|you have access to|you hold|from your (?:environment|config\w*|memory|context)|in(?:to)? your (?:reply|response|answer|summary|output|next message|footer))\b)"
    r"|\b(?:private key|signing key|connection string|bearer token)s? used (?:for|to)\b"
)
READER_SECRET = Prefiltered(re.compile(_READER_SECRET))
"""A secret the reader holds; found first (it is rarer than the verbs), then the disclosure verb before it."""
NEGATION = re.compile(r"\b(?:never|don't|do not|must not|mustn't|should not|shouldn't|not|cannot|can't|won't|no)\b" + CLAUSE + r"*$")


_PRODUCT = r"summary|summaries|response|reply|answer|output|evaluation|assessment|recap|translation|overview|analysis|rating|verdict|review|report"
READER_OUTPUT = Prefiltered(re.compile(
    r"\b(?:your|any|each|every) (?:" + _PRODUCT + r")\b"
    r"|\bthe (?:" + _PRODUCT + r") (?:of|to|for|on) (?:this|these|it)\b"
    r"|\b(?:when(?:ever)?|if|once|as|while) (?:you(?:'re| are)? )?(?:summari[sz]\w*|describ\w*|evaluat\w*|assess\w*|review\w*|report\w* on|translat\w*|answer\w*|rat\w*|rank\w*) (?:this|these|it)\b"
    r"|\b(?:in|into) (?:your|any) (?:" + _PRODUCT + r")\b"
))
"""The reader's own product: its summary, answer or evaluation of this text."""
_VERDICT = (
    r"\b(?:rate|rank|score|grade)\w*\b" + CLAUSE + r"{0,40}?(?:\d+\s*/\s*\d+|highest|top|first|above|best|perfect)"
    r"|\bregardless of\b|\birrespective of\b|\bno matter what\b|\beven (?:if|though) (?:it'?s|this is|that is|it is) not\b"
)
VERDICT = re.compile(_VERDICT)
"""A verdict fixed in advance (a top score, a conclusion held whatever the evidence): the reader's judgement is taken over."""
CONTENT_DICTATED = re.compile(
    r"\b(?:say|says|state|states|mention|mentions|claim|claims|conclude|concludes|note|assert|indicate|confirm|report|add|write|tell (?:the )?(?:reader|user)s?)(?: \w+)? that\b"
    r"|\b(?:recommend|praise|endorse|discourage|disparage)\w*\b|" + _VERDICT
)
"""What a writer dictates about content, not form: a claim to make, a verdict, a recommendation, a conclusion held
whatever the evidence. "Your summary should be under 200 words" dictates form and is left alone."""
IMPERATIVE_HEAD = re.compile(r"(?:^\s*|[,:;]\s*|\b(?:also|always|just|then)\s+)$")
"""The dictating verb opens its clause ("When summarising this, also mention that ..."): an imperative."""


class Found(NamedTuple):
    name: str
    weight: float
    start: int
    end: int


def composed(scan: Scan, cited: Callable[[int], bool]) -> list[Found]:
    """The composed signals of one lowered text; ``cited(at)`` tells whether a position lies in a quotation or example."""
    low = scan.text
    out: list[Found] = []

    def said(start: int, end: int) -> bool:
        """Whether low[start:end] is said by the text: not in a cited span, no quotation mark inside it (a JSON
        string's own quote may open it), and no negation in the clause before it."""
        opened = QUOTE_MARK.search(low, max(0, start - 1), start + 1) and not JSON_VALUE.search(low, max(0, start - 4), start)
        return not (
            cited(start) or opened or QUOTE_MARK.search(low, start + 1, end) or NEGATION.search(low, max(0, start - 30), start)
            or REPORTED.search(low, max(0, start - 48), start) or DESCRIBED.search(low, max(0, start - 60), start)
        )

    for m in scan.finditer(VOIDED):
        if not said(m.start(), m.end()) or OWN_WORDS.search(low, max(0, m.start() - 12), m.end()) or REPORTING.search(low, max(0, m.start() - 60), m.start()):
            continue
        # void instructions that were the reader's, or followed by an order to act, replace its task; a house rule changes
        readers = READERS_OWN.search(m.group(0)) or CONSEQUENTIAL.search(low, m.end(), m.end() + 200)
        out.append(Found("inject.instructions_voided", 1.0 if readers else 0.6, m.start(), m.end()))
        break
    for m in scan.finditer(READER):
        start, end = _clause(low, m.start(), m.end())
        verb = CONSEQUENTIAL.search(low, m.end(), end) or CONSEQUENTIAL.search(low, start, m.start())
        if not verb or not said(min(m.start(), verb.start()), max(m.end(), verb.end())) or NEGATION.search(low, max(start, verb.start() - 30), verb.start()):
            continue
        if REPORTING.search(low, max(start, m.start() - 60), m.start()) and not low.startswith(":", m.end()):
            continue
        heading = low[m.end() : m.end() + 2].lstrip().startswith(":") and not QUESTION_WORD.search(low, max(start, m.start() - 20), m.start())
        if MODAL.search(low, start, verb.start()) or heading:
            out.append(Found("inject.reader_request", 1.0, start, end))
            break
    for m in scan.finditer(PASSIVE_ORDER):
        verb = PARTICIPLE.match(low, m.end())
        if not verb or not said(m.start(), verb.end()):
            continue
        start, end = _clause(low, m.start(), verb.end())
        held = AGENT_HELD.search(low, start, end)
        if held:
            # the reader named as the doer, or a thing sent outside: only an agent is ordered so
            doer = held.group(0).startswith("by the") or (SENT.search(verb.group(0)) and OUTSIDE.search(low, start, end))
            out.append(Found("inject.passive_order", 1.0 if doer else 0.6, start, end))
            break
    for secret in scan.finditer(READER_SECRET):
        start, end = _clause(low, secret.start(), secret.end())
        verbs = list(DISCLOSE.finditer(low, max(start, secret.start() - 60), secret.start()))
        if not verbs or not said(verbs[-1].start(), secret.end()):
            continue
        verb = verbs[-1]  # the verb nearest the secret
        if not PLACING.fullmatch(verb.group(0)) or OWN_OUTPUT.search(low, verb.end(), max(end, secret.end())):
            out.append(Found("inject.secret_disclosure", 1.0, verb.start(), secret.end()))
            break
    for m in scan.finditer(READER_OUTPUT):
        start, end = _clause(low, m.start(), m.end())
        dictated = CONTENT_DICTATED.search(low, start, end)
        if not dictated or not said(min(m.start(), dictated.start()), m.end()):  # the dictated words themselves may be quoted
            continue
        if MODAL.search(low, start, end) or IMPERATIVE_HEAD.search(" " + low[start : dictated.start()].strip() + " "):
            out.append(Found("inject.output_dictated", 1.0 if VERDICT.search(low, start, end) else 0.8, start, end))
            break
    return out


QUOTE_MARK = re.compile(r"[\"“”‘«»„「」`]|(?:^|(?<=[\s(\[:]))'")
"""A quotation mark (an apostrophe only where a quotation opens): words inside one are cited, not said."""
DESCRIBED = re.compile(
    r"\b(?:asked|told|tricked|got|made|caused|convinced|persuaded|instructed|coaxed|forced|asking|telling|tricking|convincing)\b" + CLAUSE + r"{0,40}?\b(?:to|into)\s+$"
)
"""An action told of in the past or as a technique ("we asked the bot to print its system prompt"): a report, not a request."""
JSON_VALUE = re.compile(r"[:\[,]\s*\"$")
"""A JSON string's opening quote: the value is the data's own text, not a quotation in it."""


SENTENCE = re.compile(r"[.!?。！？]\s|\n")


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``low[start:end]``, at most 160 characters either side."""
    head = low[max(0, start - 160) : start]
    ends = [m.end() for m in SENTENCE.finditer(head)]
    tail = SENTENCE.search(low, end, end + 160)
    return (max(0, start - 160) + ends[-1] if ends else max(0, start - 160)), (tail.start() if tail else min(len(low), end + 160))
