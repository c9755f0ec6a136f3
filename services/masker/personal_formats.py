"""Personal-data formats the masker's thirty-first pass added (issue 16): what writers who know a number's layout,
not its numbering plan, write, and the words of more languages that give a phone number.

An international number (``+47 448 06 193``, ``(+61) 2 5247 4391``) is one by its country code and grouping: a
range its plan has not assigned yet is still someone's number to a reader, so grouped numbers of a length the plan
allows count, where an ungrouped run of digits must still be valid (``rss=+4471203`` is a counter). National numbers
need a word that gives them: Greek, Swahili, Russian and Ukrainian verbs, Dutch, Scandinavian, Arabic, Hebrew, Hindi,
Czech, Hungarian, Finnish, Romanian and Tagalog ones, a role's number ('delivery rider number:'), and a log's 'OTP
sent to'. Hong Kong identity cards carry a mod-11 check character in brackets; a snowflake id under a JSON ``*_id``
key passes Luhn one time in ten and is no card.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from . import validators as v
from .engine import WIDE_CONTEXT, Rule

_PHONE_VALUE = r"(?P<v>\(?\d[\d ()./-]{5,18}\d)\b(?:[^\w-]|-[^A-Za-z]|$)"
"""A national number after its word, as ``phone_national`` takes it (not an id's ``-X`` check letter)."""
_GAP = r"[^\r\n\d+@(]{0,16}"

CALL_WORDS = (
    r"[Ττ]ηλ[έε]φων|[Κκ]ινητ[όο]|[Κκ]αλ[έε]στε"  # Greek: telephone, mobile, call
    r"|\b(?i:simu|nipigie|namba yangu)\b"  # Swahili: phone, call me, my number (a bare 'namba' is any number)
    r"|(?i:наберите|набери|позвоните|позвони|звоните|звони|телефонуйте|зателефонуйте|за номером|по номеру|мой номер|"
    r"мій номер|номер телефона|номер телефону)"  # Russian, Ukrainian: dial, call, by the number, my number
    r"|\b(?i:bereikbaar (?:via|op|onder)|bereiken (?:op|via)|n[åa] (?:meg|mig) p[åa]|fange (?:meg|mig) p[åa]"
    r"|treffes p[åa]|tr[æa]ffes p[åa])\b"  # Dutch, Norwegian, Danish: reachable on
    r"|رقم الجوال|رقم الهاتف|جوال|هاتف|اتصل|للتواصل|واتساب"  # Arabic: mobile, phone, call, to reach
    r"|טלפון|נייד|תתקשר|התקשר|חייג"  # Hebrew: phone, mobile, call
    r"|मोबाइल|फ़ोन|फोन"  # Hindi: mobile, phone
    r"|\b(?i:volejte|zavolejte|telefonn[íi] [čc][íi]slo|h[íi]vjon|h[íi]vj|telefonsz[áa]m|soita|soittakaa|puhelin"
    r"|suna[țt]i|sun[ăa]|tawagan)"  # Czech, Hungarian, Finnish, Romanian, Tagalog
    r"|\b(?i:moje (?:telefonn[íi] )?[čc][íi]slo|m[ée] [čc][íi]slo|m[óo]j numer|numaram)"  # my number: Czech, Polish, Turkish
    r"|\ba (?i:call|ring|buzz|text|bell) (?i:on|at)\b"  # give the porter a call on ...
)
"""Words that give the number after them, in languages ``phone_national``'s and ``phone_after_call_words``' lists
(at the hit search's keyword limit) do not hold."""

_TEXT_MESSAGE = re.compile(r"(?i)\b(?:sms|otp|text|texts|code|codes|whatsapp|verification|2fa|mfa|pin)\b")


def not_a_message_sent(before: str, head: str) -> bool:
    """Is 'sent to' no text message's recipient? A log's 'OTP sent to ...' or 'SMS delivered to ...' names one; 'batch
    sent to 4471 recipients' or 'delivered to depot 12' does not."""
    return _TEXT_MESSAGE.search(before + head) is None


_ROLE = re.compile(r"(?i)\b(?:driver|rider|courier|delivery|porter|contact|callback|emergency|whatsapp|mobile|cell|home"
                   r"|office|landline|phone|telephone)(?:'s)?(?:[ \t][a-z]{2,10})?[ \t]{1,2}$")


def not_a_persons_number(before: str, head: str) -> bool:
    """Is a 'number' no one's phone? 'my number', 'her number' (``not_ones_own_number``), and a role's or a line's
    number ('delivery rider number:', 'contact number', 'callback number') are; 'order number' is not."""
    return v.not_ones_own_number(before, head) and _ROLE.search(before) is None


# ---------------------------------------------------------------- international numbers of a plan's length
_GROUPING = re.compile(r"[ ()-]+")


def _possible_grouped(candidate: str) -> bool:
    """Written with a ``+`` (a leading ``00`` also pads part and lot numbers: ``0049-1512-3456``, so such a number
    must be valid), grouped with spaces, hyphens or brackets (two separators at least: no counter or amount), of a
    length the country's plan allows, seven national digits or more, five different digits (no ``+49 000 000``)."""
    if not candidate.startswith(("+", "(+")) or "." in candidate or "/" in candidate \
            or len(_GROUPING.findall(candidate.strip("()+"))) < 2:
        return False
    try:
        number = phonenumbers.parse(candidate.replace("(+", "+", 1), None)
    except phonenumbers.NumberParseException:
        return False
    national = str(number.national_number)
    return (len(national) >= 7 and len(set(v._digits(candidate))) >= 5
            and phonenumbers.is_possible_number(number))


@lru_cache(maxsize=4096)
def phone_international(value: str) -> int:
    """A number written with its country code (``+CC``, ``00CC``, ``(+CC)``): valid for its plan, or with a ``+``,
    grouped as phones are and of a length the plan allows (a range the plan has not assigned, which a reader still
    calls a number), whichever reaches further."""
    return max(v.phone(value), v._longest_valid(value, _possible_grouped))  # a valid prefix leaves no group behind


def phone_after_word(value: str) -> int:
    """A number after a phone word, as ``phone_national`` judges it; one written ``00`` and a country code is judged
    as ``phone_international`` judges it with a ``+``: its phone word tells it from a zero-padded part number, and a
    national plan's valid prefix would leave its last groups in clear. A card's layout is no phone's (``validators.card_shaped``)."""
    if v.card_shaped(value):
        return 0
    if _INTERNATIONAL_00.match(value):
        possible = v._longest_valid("+" + value[2:], _possible_grouped)
        return max(v.phone(value), possible + 1 if possible else 0)
    return v.phone_national(value)


_INTERNATIONAL_00 = re.compile(r"00[1-9]")


_IN_A_DIGIT_RUN = re.compile(r"\d[ .-]?$")


def in_a_digit_run(before: str, _head: str) -> bool:
    """Does the number go on from digits right before it (``ES40 0398 0816 0092 6805 6468``: an IBAN's groups, a
    long reference's)? A number with its country code starts where its digits do."""
    return _IN_A_DIGIT_RUN.search(before) is not None


# ---------------------------------------------------------------- Hong Kong identity cards
_HKID = re.compile(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?")


def hkid(value: str) -> int:
    """A Hong Kong identity card number: one or two letters, six digits and a check character (mod 11, ``A`` for
    ten; a single letter counts a leading space as 36)."""
    match = _HKID.fullmatch(value)
    if match is None or len(set(match.group(2))) < 3:
        return 0
    letters, digits, check = match.groups()
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(value * weight for value, weight in zip(values, range(9, 1, -1), strict=True))
    expected = (11 - total % 11) % 11
    return len(match.group()) if check == ("A" if expected == 10 else str(expected)) else 0


RULES_IDS = (
    Rule("hkid", "national_id", r"\b(?P<v>[A-Z]{1,2}\d{6}\([0-9A]\))", validate=hkid, category="pii"),
    Rule("hkid_named", "national_id",
         r"(?:\b(?i:hkid|hong kong id(?:entity)?(?: card)?(?: no\.?| number)?)|香港身份證|香港身份证|身份證號碼)"
         r"[^\r\n\w]{0,6}(?P<v>[A-Z]{1,2}\d{6}[0-9A])\b", validate=hkid, category="pii"),
)

# ---------------------------------------------------------------- cards
_ID_KEY = re.compile(r"(?:[A-Za-z0-9]_(?i:ids?)|[a-z]Ids?|\b(?i:snowflake)|[\"']id)\\?[\"']?[ \t]{0,3}[:=][ \t]{0,3}\\?[\"']?$")
"""A key naming an id, as code writes one (``guild_id``, ``channelId``, ``"id"``): prose's 'Customer ID:' is none."""
_CARD_KEY = re.compile(r"(?i)(?:card|pan|account)[a-z_ ]{0,12}\\?[\"']?[ \t]{0,3}[:=][ \t]{0,3}\\?[\"']?$")


_GROUP_BEFORE = re.compile(r"\d{4}[ -]$")


def not_a_card(before: str, head: str) -> bool:
    """Is a card-shaped number an account's IBAN digits (``in_an_iban_shape``), the tail of a longer number in groups
    of four (a parcel's 20-22 digit tracking number: ``9400 1112 [3853 0191 0438 29]``), or a ``*_id`` key's value
    (``"guild_id": "4361179749237366876"``: a snowflake id, which passes Luhn one time in ten)?"""
    if v.in_an_iban_shape(before, head) or _GROUP_BEFORE.search(before):
        return True
    return _ID_KEY.search(before) is not None and _CARD_KEY.search(before) is None


# ---------------------------------------------------------------- the rules, placed by ``detectors``
RULES_CALL_WORDS = (
    Rule("phone_after_world_words", "phone", rf"(?:{CALL_WORDS}){_GAP}{_PHONE_VALUE}", validate=phone_after_word,
         category="pii"),
)

RULES_SENT_TO = (
    Rule("phone_message_sent_to", "phone",  # 2025-05-12 sms-gateway: OTP sent to 012-439 8193 (template=login_code)
         r"\b(?i:sent|texted|delivered|queued|resent)[ \t]to[ \t]{1,2}" + _PHONE_VALUE,
         validate=phone_after_word, category="pii", refuse_context=not_a_message_sent, context_chars=WIDE_CONTEXT),
)
