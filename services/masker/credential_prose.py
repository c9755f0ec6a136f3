"""Credentials named in sentences rather than assigned: a key word of any language a few words before the value, a
variable's name the sentence puts before it, a password after an inflected password word or between the
brackets and quotes of another script, a password generated as chunks with spaces.

The key-name rules (``detectors``) want the name glued to its value by an assignment; people and models writing prose
put words between them (``the Twilio API token we use in the notifier is ...``, ``Pinecone の API キーは ... です``,
``DD_APP_KEY set to ...``). What makes such a value a secret here is its shape (random,
letters with digits, 16 characters or more) plus the word naming it; ids, hashes and fingerprints the sentence names
as such are refused by their words.
"""

from __future__ import annotations

import re
from functools import partial

from . import validators as v
from .engine import WIDE_CONTEXT, Rule

SECRET = "secret"

_KEY_NOUNS_ASCII = (r"api[ _-]?keys?|api[ _-]?tokens?|access[ _-]?tokens?|access[ _-]?keys?|auth[ _-]?tokens?|tokens?|"
                    r"secrets?|credentials?|secret[ _-]?keys?|client[ _-]?secrets?|"
                    r"schl[uü]ssel|sleutel|cl[eé]|chiave|clave|chave|cheia|kulcs|klucz|nyckeln?|n[oø]kkelen|n[oø]glen?|avain|"
                    r"ufunguo|kunci|jeton|tokenul|tokeni|hemligheten|geheimnis|secreto|segreto|sekret")
"""A key's name in the languages whose words ASCII word boundaries delimit (``Schlüssel`` as well: it ends in ASCII)."""
_KEY_NOUNS_UNICODE = (r"(?:Kh[oó]a|kh[oó]a|[Кк]люч|[Тт]окен|キー|トークン|令牌|密钥|秘钥|密鑰|金鑰|키|토큰|مفتاح|رمز|कुंजी|टोकन"
                      r"|מפתח|טוקן|[Κκ]λειδί|[Kk]líč|[Aa]nahtar[ıi]?|-avain|-nøglen|-nyckeln|-Schlüssel)")
"""The same in words that start or end outside ASCII, matched without boundaries."""
_GAP = r"(?:[ \t]{1,2}[^\s]{1,24}){0,8}?"
"""Up to eight words between the name and its value (``del entorno prod-us-east``); lazy: the value is the first run
after the name that has its shape. Each word follows a space, so no word ends inside a token."""
_OPEN = (r"(?:[ \t]{0,3}(?:[:=]|->)[ \t]{1,3}|[ \t]{0,3}(?:：|是|为|は|는|은|이|가)[ \t]{0,3}|[ \t]{1,3})"
         r"[\"'`«「(“]?[ \t]?")
"""A colon and a space, a particle of the languages that glue it to the name (``キーは``, ``密钥是``), or a space: the
value starts where a word does, never inside a longer token (``AAAAc_GYZpC:APA91b...``)."""
_VALUE = (r"(?P<v>[A-Za-z_+/-]{0,40}\d[A-Za-z0-9_+/-]{10,200}={0,2})"
          r"(?:[^A-Za-z0-9_+/=.$~%:-]|[.$~%:](?:[^A-Za-z0-9_+/=-]|$)|$)")
"""Letters, then a digit, then ten or more (``Auth0`` is a word on the way), base64's padding last (``NAME=value`` is
no value): a random key has a digit early; the letters-only start keeps the program's states linear (a class
overlapping what follows would multiply them). A dot, ``$``, ``~``, ``%`` or ``:`` followed by more of a token means
a longer one (a JWT, ``sl.u.``, ``dp.st.``), left to its own rule; one ending the sentence is the sentence's."""

_ENV_NAME = r"\b[A-Z][A-Z0-9_]{0,40}?_(?:KEY|TOKEN|SECRET|PAT)(?:_[A-HJ-MO-Z0-9][A-Z0-9]{0,19}){0,2}\b"
"""An environment variable named for a key (``DD_APP_KEY``, ``RAZORPAY_KEY_SECRET``, ``SENTRY_AUTH_TOKEN``); a last
word starting with ``I`` or ``N`` is left out, as ``_ID`` and ``_NAME`` name what points at a key."""
_ENV_THEN = (r"(?:\"?\)?[ \t]{0,3}(?:\?\?|\|\||,|:-)[ \t]{0,3}[\"']?"  # getenv("X", "v"), X ?? "v", X || "v", ${X:-v}
             r"|(?:[ \t]{1,3}[^\s]{1,12}?){0,4}?[ \t]{1,3}[\"'`«]?)")  # "X set to v", "X tiene el valor v"
_NOT_A_KEY_WORDS = re.compile(
    r"(?i)\b(?:ids?|uuid|guid|sha-?\d*|md5|hash(?:es)?|checksum|fingerprint|commit|digest|example|sample|name|"
    r"kennung|empreinte|impronta|huella|identifi\w*|prüfsumme|kontrollsumma|pub|publi\w*|öffentlich\w*)\b"
    r"|public_|_public|ssh-(?:rsa|ed25519|dss)|ecdsa-sha2|公钥|公開鍵|공개 ?키|открыт\w* ключ"
    r"|отпечат|идентификатор|指纹|指紋|提交|哈希|ハッシュ|지문|커밋|معرّف|معرف|מזהה")
"""Words saying the value after them is an id, hash, fingerprint, example or public key, not the secret itself."""
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_HEX_ID = re.compile(r"(?:0x)?[0-9A-Fa-f]{16,31}")
_SLUG = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def prose_key(value: str, vendor_format: re.Pattern | None = None) -> int:
    """A key named in a sentence: 16 characters or more, letters with digits, random; no UUID, slug, variable or
    short hex id (``0x5EDF61136D8A7AD4``, a GPG key's); one a vendor rule knows is left to it, which names its type."""
    if len(value) < 16 or not any(c.isalpha() for c in value) or _UUID.fullmatch(value) or _HEX_ID.fullmatch(value):
        return 0
    if vendor_format is not None and vendor_format.match(value):
        return 0
    if _SLUG.fullmatch(value) or v.is_placeholder(value):
        return 0  # notifier-service-2, SENTRY_AUTH_TOKEN_2: names, not keys
    return len(value) if v.secret(value) == len(value) else 0


def names_no_key(before: str, head: str) -> bool:
    """Does the sentence up to the value call it an id, a hash, a fingerprint or an example? Or is it inside an ARN?"""
    return _NOT_A_KEY_WORDS.search(head) is not None or v.in_an_arn(before, head)


def _password_chunk(chunk: str) -> bool:
    """A chunk of a generated password: a digit or symbol in it, or a capital past its first letter."""
    return 3 <= len(chunk) <= 6 and (any(not c.isalpha() for c in chunk) or any(c.isupper() for c in chunk[1:]))


def chunked_password(value: str) -> int:
    """``oITU OKy3f XPNn``: three or four chunks of three to six characters, each generated, none a word."""
    value = value.rstrip(".,;)")
    chunks = value.split(" ")
    if not 3 <= len(chunks) <= 4 or not all(_password_chunk(c) for c in chunks) or v.is_placeholder(value):
        return 0
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
    return len(value) if (mixed or any(c.isdigit() for c in value)) and sum(c.isalpha() for c in value) >= 4 else 0


_NAME_OR_ATTRIBUTE = re.compile(r"[\"'][A-Za-z_][\w.-]*[\"']$|[A-Za-z_-]+=")
_TEMPLATE = re.compile(r"<[A-Za-z_ -]+>|[A-Za-z]<[A-Za-z, ]+>|\$\{|\{\{|%\(")


def bracketed_password(value: str) -> int:
    """A password between brackets or quotes after its word: letters with digits or symbols; no template
    (``<your-password>``), quoted name (``getenv('DB_PASSWORD')``), attribute (``size=20>``), tag's edge or date."""
    if not 6 <= len(value) <= 64 or _TEMPLATE.search(value) or v.is_placeholder_word(value):
        return 0
    if _NAME_OR_ATTRIBUTE.match(value) or value.startswith(("http", "$", "%", "<")) or value.endswith(">"):
        return 0
    letters = sum(c.isalpha() for c in value)
    others = len(value) - letters
    if letters < 2 or others < 2 or re.fullmatch(r"[\d.:/-]+", value):
        return 0
    return len(value)


_COPULA = (r"(?:[ \t]{1,3}(?i:is|was|ist|lautet|est|es|é|è|er|är|jest|to|je|adalah|ni|là)[ \t]{1,3}"
           r"|[ \t]{0,3}(?:[:=：—–]|是|为|は|는|은)[ \t]{0,3})")
"""What puts a value after its name in a sentence: a copula of the languages the rules know, a colon or a dash."""
_PASSWORD_GAP = r"(?:[ \t]{1,2}[^\s:：«「(“]{1,14}){0,8}?"
_QUOTES = (("guillemets", "«[ ]?", "[^\\s»]", "[ ]?»"), ("corner_quotes", "「", "[^\\s」]", "」"),
           ("brackets", "[ \\t]\\(", "[^\\s()]", "\\)"), ("curly_quotes", "[“„]", "[^\\s”“]", "[”“]"))


_DJANGO_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")


def django_secret_key(value: str) -> int:
    """What Django's ``get_random_secret_key()`` draws: 50 characters of its alphabet, letters, digits and several
    symbols, random. Its ``%r`` or ``$=`` are the alphabet's, not a format string's or a shell's."""
    if len(value) != 50 or not set(value) <= _DJANGO_ALPHABET or value.startswith("django-insecure-"):
        return 0
    symbols = {c for c in value if not c.isalnum()}
    return 50 if len(symbols) >= 4 and any(c.isdigit() for c in value) and v.entropy(value) >= 4.5 else 0


def key_rules(vendor_format: re.Pattern) -> tuple[Rule, ...]:
    """Keys named in prose or by their variable, and a key written to its file; ``vendor_format`` matches the start of
    a value a vendor's rule knows."""
    key = partial(prose_key, vendor_format=vendor_format)
    return (
        Rule("secret_named_in_prose", "credential",  # "La chiave Mailgun per lo staging è ...", "Pinecone の API キーは ..."
             rf"(?:\b(?i:{_KEY_NOUNS_ASCII})\b|{_KEY_NOUNS_UNICODE}){_GAP}{_OPEN}{_VALUE}",
             validate=key, category=SECRET, refuse_context=names_no_key, context_chars=WIDE_CONTEXT),
        Rule("secret_after_its_variable", "credential",  # "DD_APP_KEY set to ...", getenv("X_API_KEY", "...")
             _ENV_NAME + _ENV_THEN + _VALUE,
             validate=key, category=SECRET, refuse_context=names_no_key, context_chars=WIDE_CONTEXT),
        *(Rule(f"django_secret_key{suffix}", "credential",  # SECRET_KEY = '...': Django's generated key, symbols and all
               rf"\b[A-Za-z0-9_.-]{{0,40}}?(?i:secret[_-]?key)[\"']?[ \t]{{0,3}}[:=][ \t]{{0,3}}[rb]?{quote}"
               rf"(?P<v>[a-z0-9!@#$%^&*(\-_=+)]{{50}}){quote}",
               validate=django_secret_key, category=SECRET)
          for suffix, quote in (("_single_quoted", "'"), ("_double_quoted", '"'))),
        Rule("secret_written_to_key_file", "credential",  # echo ... > config/master.key
             r"\b(?:echo|printf(?:[ \t]{1,3}'%s\\?n?')?)[ \t]{1,3}[\"']?(?P<v>[A-Za-z0-9+/=_-]{16,200})[\"']?[ \t]{0,3}>{1,2}[ \t]{0,3}"
             r"[^\s;|&]{0,120}?(?:\.key|[._-]secret|[._-]token)\b",
             validate=key, category=SECRET),
    )


def password_rules(password_words: str, password_words_unicode: str) -> tuple[Rule, ...]:
    """Passwords in prose, given the password words the detectors know (ASCII-bounded ones and the others)."""
    # a password word, bare or inflected (Lösenordet, passordet, şifresi)
    word = rf"(?:\b(?i:{password_words})(?i:et|en|a|i|si|sı|u|ul)?\b|{password_words_unicode}(?:si|sı|a|et|en|u)?)"
    return (
        Rule("password_chunked", "credential",  # "Das Passwort lautet oITU OKy3f XPNn.", DB_PASSWORD=BYFl 62tQF ?sfX
             rf"(?:{word}{_PASSWORD_GAP}{_COPULA}|(?:^|\r?\n|\\n)[A-Z0-9_]{{0,30}}?(?:PASSWORD|PASSWD|PASS|PWD)=)"
             r"(?P<v>[^\s\"'`]{3,6}(?:[ ][^\s\"'`]{3,6}){2,3})(?:[ \t]{0,3}(?:[.,;(（)—–]|\r?\n|\\n|$))",
             validate=chunked_password, category=SECRET),
        Rule("password_inflected", "credential",  # "Lösenordet till routern är ...", "Sunucunun şifresi ..."
             rf"(?:\b(?i:{password_words})(?i:et|en|i|si|sı|u|ul)\b|{password_words_unicode}(?:si|sı|et|en|u))"
             rf"(?:{_PASSWORD_GAP}{_COPULA}|[ \t]{{1,3}})(?P<v>[^\s\"'`]{{6,80}})",
             validate=v.password_prose, category=SECRET),
        *(Rule(f"password_in_{name}", "credential",  # «...», 「...」, (...), “...” after the password word
               rf"{word}{_PASSWORD_GAP}(?:{_COPULA}|[ \t]{{0,3}}){opening}(?P<v>{char}{{6,64}}){closing}",
               validate=bracketed_password, category=SECRET)
          for name, opening, char, closing in _QUOTES),
    )
