"""National ids by their own layout and check (issue 16, pass 35m), and ids whose kind is named after the value.

Formats python-stdnum does not check, each from its issuer's definition: Poland's identity card (three letters, a
7-3-1 check digit, five digits); Hungary's tax id (8, the birth day counted from 1867, a serial and a check of the
first nine digits weighted 1 to 9, mod 11); Brazil's PIS/PASEP (weights 3298765432, mod 11) and CNS (15 digits whose
sum weighted 15 to 1 is a multiple of 11); Spain's social security number (province, number, mod 97); Luxembourg's
matricule (a birth date, a serial, a Luhn and a Verhoeff digit); Uruguay's cédula (weights 2987634, mod 10);
Germany's pension insurance number (area, birth date, the surname's initial, a serial, a check over the letter's two
digits) and identity card number (nine characters of its alphabet and an ICAO 7-3-1 digit); Kazakhstan's IIN (a
birth date, a century digit, a two-pass mod-11 check); New Zealand's NHI (three letters without I and O, three
digits, a mod-11 check); and, without a published check, Egypt's national id (century, birth date, governorate)
and Vietnam's citizen id (a province code, a century digit, a birth year), only after their labels. Each is
masked after its label in its own languages (``NAMED_IDS``, joined to ``detectors``' named ids).

A log, an SQL comment or a YAML comment names an id's kind after it (``id=... (CNP)``, ``... -- NIP``,
``"..."  # SV-Nummer``): ``trailing_kind_rule`` reads the number, then a comment marker or a bracket and a kind word
on the same line, and keeps the number when that kind's own check holds. The number is the value of a field
naming an id, a document, a number or a reference (``id=``, ``doc_number =``, ``document:``, quoted or not): a rule
starting at any capital or digit kept every stream's id-dense text live and doubled its cost, and one starting at any
``:`` held back every ``Here it is: ``. Its literal is the kind word, so the hit search finds it as it finds labels; the number is at most
24 characters and the gap before the kind 32 without a colon (an SQL statement's WHERE clause, not the next field).
"""

from __future__ import annotations

import datetime
import re

from stdnum import luhn, verhoeff
from stdnum.pl import nip as pl_nip

from . import validators as v
from .columns import REACH, column_pattern
from .engine import WIDE_CONTEXT, Rule


def _digits_only(value: str) -> str:
    return re.sub(r"[ ./-]", "", value)


def _weighted(digits: str, weights) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights, strict=False))


def pl_identity_card(value: str) -> int:
    """Poland's identity card (dowód osobisty): three letters (A = 10), a check digit, five digits; the check is
    the other eight weighted 7, 3, 1, 7, 3, 1, 7, 3, mod 10."""
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", compact):
        return 0
    values = [ord(c) - 55 for c in compact[:3]] + [int(c) for c in compact[4:]]
    return len(value) if sum(x * w for x, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3), strict=True)) % 10 == int(compact[3]) else 0


def hu_tax_id(value: str) -> int:
    """Hungary's tax id (adóazonosító jel): ten digits starting with 8, the tenth the first nine weighted 1 to 9,
    mod 11 (never 10)."""
    digits = _digits_only(value)
    if not re.fullmatch(r"8\d{9}", digits):
        return 0
    return len(value) if _weighted(digits[:9], range(1, 10)) % 11 == int(digits[9]) else 0


def br_pis(value: str) -> int:
    """Brazil's PIS/PASEP/NIS: eleven digits, the last 11 minus the first ten weighted 3298765432 mod 11 (10 and
    11 give 0)."""
    digits = _digits_only(value)
    if not re.fullmatch(r"\d{11}", digits) or len(set(digits)) < 3:
        return 0
    check = 11 - _weighted(digits[:10], (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return len(value) if (0 if check >= 10 else check) == int(digits[10]) else 0


def br_cns(value: str) -> int:
    """Brazil's Cartão Nacional de Saúde: fifteen digits starting 1, 2 (definitive) or 7, 8, 9 (provisional) whose
    sum weighted 15 to 1 is a multiple of 11."""
    digits = _digits_only(value)
    if not re.fullmatch(r"[12789]\d{14}", digits) or len(set(digits)) < 3:
        return 0
    return len(value) if _weighted(digits, range(15, 0, -1)) % 11 == 0 else 0


def es_social_security(value: str) -> int:
    """Spain's social security number: a province (01-53, 66), a number of up to eight digits, and two check
    digits, the province and the number read as one number mod 97 (a number under 10^7 is read province x 10^7
    plus the number)."""
    digits = _digits_only(value)
    if not re.fullmatch(r"\d{12}", digits):
        return 0
    province, number, check = int(digits[:2]), int(digits[2:10]), int(digits[10:])
    if not (1 <= province <= 53 or province == 66) or len(set(digits[2:10])) < 3:
        return 0
    whole = province * 10**7 + number if number < 10**7 else int(digits[:10])
    return len(value) if whole % 97 == check else 0


def _date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def lu_matricule(value: str) -> int:
    """Luxembourg's national identification number: a birth date YYYYMMDD, a serial of three digits, a Luhn digit
    and a Verhoeff digit, both over the first eleven."""
    digits = _digits_only(value)
    if not re.fullmatch(r"(?:19|20)\d{11}", digits) or not _date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])):
        return 0
    ok = luhn.checksum(digits[:12]) == 0 and verhoeff.checksum(digits[:11] + digits[12]) == 0
    return len(value) if ok else 0


def uy_cedula(value: str) -> int:
    """Uruguay's cédula de identidad: up to seven digits and a check digit, the seven weighted 2987634, 10 minus
    the sum mod 10."""
    digits = _digits_only(value)
    if not re.fullmatch(r"\d{7,8}", digits):
        return 0
    body = digits[:-1].rjust(7, "0")
    return len(value) if (10 - _weighted(body, (2, 9, 8, 7, 6, 3, 4)) % 10) % 10 == int(digits[-1]) else 0


def de_pension_number(value: str) -> int:
    """Germany's pension insurance number (Rentenversicherungsnummer): an area (two digits), a birth date DDMMYY, the
    surname's initial, a serial and a check digit: the letter as two digits (A = 01), the twelve digits weighted
    2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1, the products' digit sums mod 10."""
    compact = value.replace(" ", "").upper()
    match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", compact)
    if match is None:
        return 0
    area, day, month, year, letter, serial, check = match.groups()
    if not _date(2000 + int(year), int(month), int(day)):
        return 0
    digits = area + day + month + year + f"{ord(letter) - 64:02d}" + serial
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), strict=True))
    return len(value) if total % 10 == int(check) else 0


def _icao(text: str) -> int:
    """ICAO 9303's check digit: digits, letters as 10-35 and ``<`` as 0, weighted 7, 3, 1, mod 10."""
    total = 0
    for i, c in enumerate(text):
        total += (0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55) * (7, 3, 1)[i % 3]
    return total % 10


def de_identity_card(value: str) -> int:
    """Germany's identity card number (since 2010): nine characters of 0-9 and CFGHJKLMNPRTVWXYZ, two digits at
    least, and an ICAO 7-3-1 check digit."""
    if not re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", value) or sum(c.isdigit() for c in value[:9]) < 2:
        return 0
    return len(value) if _icao(value[:9]) == int(value[9]) else 0


def kz_iin(value: str) -> int:
    """Kazakhstan's individual identification number: a birth date YYMMDD, a century and sex digit (1-6), four
    digits and a check: the eleven weighted 1 to 11 mod 11, or when that is 10, weighted 3 to 11, 1, 2 (10 again:
    no number is issued)."""
    digits = _digits_only(value)
    if not re.fullmatch(r"\d{6}[1-6]\d{5}", digits):
        return 0
    century = (1800, 1900, 2000)[(int(digits[6]) - 1) // 2]
    if not _date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6])):
        return 0
    check = _weighted(digits[:11], range(1, 12)) % 11
    if check == 10:
        check = _weighted(digits[:11], (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)) % 11
    return len(value) if check != 10 and check == int(digits[11]) else 0


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nz_nhi(value: str) -> int:
    """New Zealand's National Health Index number: three letters (no I, no O; A = 1), three digits and a check
    digit, the six weighted 7 to 2, 11 minus the sum mod 11 (a remainder of 0, or a check of 10, is never issued)."""
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return 0
    values = [_NHI_LETTERS.index(c) + 1 for c in value[:3]] + [int(c) for c in value[3:6]]
    remainder = sum(x * w for x, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
    return len(value) if remainder and 11 - remainder != 10 and (11 - remainder) == int(value[6]) else 0


_EG_GOVERNORATES = frozenset((1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32,
                              33, 34, 35, 88))


def eg_national_id(value: str) -> int:
    """Egypt's national id (no published check): a century digit (2 for the 1900s, 3 for the 2000s), a birth date
    YYMMDD, a governorate code, a serial and a last digit."""
    if not re.fullmatch(r"[23]\d{13}", value) or int(value[7:9]) not in _EG_GOVERNORATES:
        return 0
    return len(value) if _date((1900, 2000)[int(value[0]) - 2] + int(value[1:3]), int(value[3:5]), int(value[5:7])) else 0


_VN_PROVINCES = frozenset((1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
                           37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74,
                           75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96))


def vn_citizen_id(value: str) -> int:
    """Vietnam's citizen identity number (CCCD, no published check): a province code of the Ministry's list, a
    century and sex digit (0-3: the 1900s and 2000s), a birth year and six digits."""
    if not re.fullmatch(r"0\d{11}", value) or int(value[:3]) not in _VN_PROVINCES or value[3] not in "0123":
        return 0
    return len(value) if len(set(value[6:])) >= 3 else 0


def uk_driving_licence(value: str) -> int:
    """A British driving licence number: the surname's first five letters (padded with 9), the decade digit, the
    birth month (plus 5 for a woman), day and year digit, two initials (9 padded), a digit and two check
    characters."""
    match = re.fullmatch(r"[A-Z][A-Z9]{4}\d([0156])(\d)(\d{2})\d[A-Z][A-Z9]\d[A-Z0-9]{2}", value)
    if match is None:
        return 0
    month = int(match.group(1)) % 5 * 10 + int(match.group(2))
    return len(value) if 1 <= month <= 12 and 1 <= int(match.group(3)) <= 31 else 0


NAMED_IDS = (  # (name, words naming the id, the value's shape, its check), as detectors' _NAMED_IDS
    ("pl_nip", r"\bnip\b|numer identyfikacji podatkowej|polish tax (?:identification )?number",
     r"\d{3}-?\d{3}-?\d{2}-?\d{2}|\d{3}-\d{2}-\d{2}-\d{3}", v.national_id_grouped(pl_nip)),
    ("pl_dowod", r"dow[óo]d(?:u)? osobist\w{0,3}|dowodu|seria i numer dowodu|polish identity card(?: number)?",
     r"[A-Z]{3} ?\d{6}", pl_identity_card),
    ("hu_adoazonosito", r"ad[óo]azonos[íi]t[óo](?: jel)?|hungarian tax (?:identification )?number", r"8\d{9}", hu_tax_id),
    ("br_pis", r"\bpis(?:/pasep)?\b|\bpasep\b|\bnis(?:/pis)?\b", r"\d{3}\.?\d{5}\.?\d{2}-?\d", br_pis),
    ("br_cns", r"\bcns\b|cart[ãa]o sus|cart[ãa]o nacional de sa[úu]de", r"[12789]\d{2} ?\d{4} ?\d{4} ?\d{4}", br_cns),
    ("es_nss", r"seguridad social|\bnu?ss\b|afiliaci[óo]n", r"\d{2}[ /-]?\d{8}[ /-]?\d{2}", es_social_security),
    ("lu_matricule", r"matricule|num[ée]ro d'identification national|luxembourg(?:ish)? national identification number",
     r"(?:19|20)\d{2} ?\d{4} ?\d{3} ?\d{2}", lu_matricule),
    ("uy_ci", r"c\.i\.|c[ée]dula(?: de identidad)?|\bci n[º°o.]", r"\d\.\d{3}\.\d{3}-\d|\d{6,7}-\d", uy_cedula),
    ("de_rv", r"rentenversicherung(?:snummer)?|\brv[ -]?nummer|\brvnr\b|versicherungsnummer|sozialversicherungsnummer|"
              r"\bsv[ -]?nummer", r"\d{2} ?\d{6} ?[A-Z] ?\d{2} ?\d", de_pension_number),
    ("de_ausweis", r"(?:personal)?ausweis(?:nummer|[ -]?nr\.?| number)|german identity card(?: number)?",
     r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", de_identity_card),
    ("kz_iin", r"иин|жсн|\biin\b|individual identification number", r"\d{12}", kz_iin),
    ("nz_nhi", r"\bnhi\b(?: number| no\.?)?|national health index", r"[A-HJ-NP-Z]{3}\d{4}", nz_nhi),
    ("eg_national_id", r"الرقم القومي|الرقم القومى|رقم قومي|egyptian national id(?: number)?", r"[23]\d{13}", eg_national_id),
    ("vn_cccd", r"\bcccd\b|c[ăa]n c[ưu][ớo]c(?: c[ôo]ng d[âa]n)?|s[ốo] đ[ịi]nh danh(?: c[áa] nh[âa]n)?", r"0\d{11}",
     vn_citizen_id),
)

_KIND_WORDS = (r"cpr|cnp|afm|αφμ|pesel|bsn|nip|medicare|иин|жсн|iin|инн|sv-?nummer|svnr|rv-?nummer|dowodu|dowód|dowod"
               r"|rodn[ée] [čc][íi]slo|driving licen[cs]e|driver'?s licen[cs]e|ssn|nino|tfn|dni|nif|cpf|curp"
               r"|egn|егн|oib|emšo|emso|jmbg|amka|αμκα|hetu|personnummer|f[øo]dselsnummer|kennitala|isikukood"
               r"|asmens kodas|personas kods|kimlik|aadhaar|nric|mykad|nhi|cccd|pasep|matricule|c[ée]dula|ahv|insee"
               r"|ppsn|teudat zehut|ausweis\w{0,8}|ad[óo]azonos[íi]t[óo]|kvnr|rnokpp|рнокпп|utr|steuer-?id|national id"
               r"|tax id|الرقم القومي|주민등록번호|身份证|マイナンバー|seguridad social|cart[ãa]o sus|pis/pasep")
"""Kind words after a number (the ids' own names, three characters or more): the rule's literal. Argentina's
``CUIT`` is left out: its letters are in every "circuit" of a log."""

_NUMBER = re.compile(r"[0-9A-Z][0-9A-Z ./-]{5,22}[0-9A-Z]")
_NUMBER_WORD = r"(?:(?i:nr|no|n[º°]|num)\.?[ \t]{1,2})?"
"""A number word before the kind (``# Nr dowodu``, ``(No. CPR)``)."""
_KIND_AFTER = re.compile(rf"(?:#|--|//|;|\()[ \t]{{0,3}}{_NUMBER_WORD}((?i:{_KIND_WORDS})[^\r\n()]{{0,30}})$")


def trailing_kind(kinds):
    """A validator for a number whose kind the comment or bracket after it names: ``kinds`` holds an id's words,
    its shape and its check; the number (or its part before a space, ``123456782 WHERE``) is kept when it has the
    named kind's shape and its check holds."""
    compiled = tuple((re.compile(rf"(?i:{words})(?![A-Za-z])"), re.compile(shape), check) for words, shape, check in kinds)

    def validate(value: str) -> int:
        number, kind = _NUMBER.match(value), _KIND_AFTER.search(value)
        if number is None or kind is None:
            return 0
        text = number.group()
        candidates = [text] + [text[:i] for i in range(len(text) - 1, 5, -1) if text[i] == " "]
        for words, shape, check in compiled:
            if words.match(kind.group(1)):
                for candidate in candidates:
                    if shape.fullmatch(candidate) and check(candidate) == len(candidate):
                        return len(candidate)
        return 0
    return validate


def trailing_kind_rule(kinds) -> Rule:
    return Rule("national_id_kind_after", "national_id",  # doc=1540614043229 (CNP), '...' WHERE ...; -- NIP, "..."  # BSN
                rf"\b[A-Za-z_]{{0,24}}?(?i:id|doc|document|number|num|nr|no|ref|reference|value|identifier)[\"'`]?[ \t]{{0,3}}"
                rf"[:=][ \t]{{0,3}}[\"'`]?(?P<v>\b[0-9A-Z][0-9A-Z ./-]{{5,22}}[0-9A-Z][^\r\n#(:]{{0,32}}?(?:#|--|//|;|\()[ \t]{{0,3}}{_NUMBER_WORD}"
                rf"(?i:{_KIND_WORDS})[^\r\n()]{{0,30}})", validate=trailing_kind(kinds), category="pii")


KIND_CHECKS_MORE = (
    (r"driving licen[cs]e|driver'?s licen[cs]e", r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}", uk_driving_licence),
)
"""Kinds named after a number that no named-id rule checks."""


_COLUMN_WORDS = "|".join(words.replace(r"\b", "") for _, words, _, _ in NAMED_IDS[:12])
"""Headers over a column of these ids (a CSV's ``Matricule``, a table's ``NIP``): their labels, the checked ones'."""
_COLUMN_CHECKS = (v.national_id_grouped(pl_nip), pl_identity_card, hu_tax_id, br_pis, br_cns, es_social_security,
                  lu_matricule, de_pension_number, de_identity_card, kz_iin, nz_nhi)


def column_layout_id(value: str) -> int:
    """A cell under one of these ids' headers: one of their checks holds."""
    return max(check(value) for check in _COLUMN_CHECKS)


RULES_COLUMN = (
    Rule("national_id_layout_column", "national_id",
         column_pattern(_COLUMN_WORDS, r"\d(?:[ ./-]?\d){9,14}|[A-Z]{3} ?\d{4,6}|[CFGHJKLMNPRTVWXYZ0-9]{9}\d|\d{2} ?\d{6} ?[A-Z] ?\d{2} ?\d"),
         validate=column_layout_id, category="pii", refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT,
         max_repeat=REACH, unbounded=True),
)
