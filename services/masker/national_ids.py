"""National ids and passports the masker's pass 33i added (issue 16), from python-stdnum's catalogue of persons'
identifiers rather than from examples: each country's id after its own labels in its languages and after an English
label naming the country ('Czech birth number', 'Romanian personal numeric code'), under a table column headed by
such a label, and confirmed by that format's own check; a number a label names as an order, invoice or parcel is no
id, whatever check it passes. Passports: a passport number after the passport word of many languages (machine-readable zones: ``mrz_zones``).
"""

from __future__ import annotations

import re

from stdnum.at import tin as at_tin
from stdnum.at import vnr as at_vnr
from stdnum.be import bis as be_bis
from stdnum.be import nn as be_nn
from stdnum.bg import egn, pnf
from stdnum.ca import bc_phn
from stdnum.co import nit as co_nit
from stdnum.cu import ni as cu_ni
from stdnum.cz import rc as cz_rc
from stdnum.ec import ci as ec_ci
from stdnum.ee import ik as ee_ik
from stdnum.es import dni, nie
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir as fr_nir
from stdnum.gb import utr as gb_utr
from stdnum.gr import amka
from stdnum.gr import vat as gr_afm
from stdnum.hr import oib
from stdnum.id import nik as id_nik
from stdnum.ie import pps
from stdnum.in_ import vid as in_vid
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.lt import asmens
from stdnum.lv import pvn as lv_pvn
from stdnum.mx import curp
from stdnum.my import nric as my_nric
from stdnum.nz import ird as nz_ird
from stdnum.pe import cui as pe_cui
from stdnum.pk import cnic as pk_cnic
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp
from stdnum.ru import inn as ru_inn
from stdnum.si import emso
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

from . import validators as v
from .columns import REACH, column_pattern
from .engine import WIDE_CONTEXT, Rule


def _digit_groups(*lengths: int) -> str:
    return "|".join(rf"\d(?:[ .-]?\d){{{n - 1}}}" for n in lengths)


def _english(adjectives: str) -> str:
    """An English label naming the country: its adjective, up to three words, and a word for an id's number."""
    return rf"\b(?:{adjectives})(?:[ _-][a-z]{{2,12}}){{0,3}}[ _-](?:number|code|id|reference|no\b\.?|nr\b\.?)"


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def taiwan_id(value: str) -> int:
    """The Republic of China's national id (no stdnum module): its place letter (two digits, 10 to 35), 1 or 2 for
    the sex, seven digits and a check digit, weights 1, 9 to 1."""
    if len(value) != 10 or value[0] not in _TW_LETTERS or value[1] not in "12" or not value[1:].isdigit():
        return 0
    code = _TW_LETTERS.index(value[0]) + 10
    numbers = [code // 10, code % 10] + [int(c) for c in value[1:]]
    return len(value) if sum(n * w for n, w in zip(numbers, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0 else 0


def hu_taj(value: str) -> int:
    """Hungary's social security number (TAJ, no stdnum module): nine digits, the ninth the sum of the first eight
    weighted 3 and 7 in turn, mod 10; spaces between its groups of three."""
    digits = value.replace(" ", "").replace("-", "")
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return 0
    total = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(digits[:8]))
    return len(value) if total % 10 == int(digits[8]) else 0


def de_kvnr(value: str) -> int:
    """Germany's health insurance number (Krankenversichertennummer, no stdnum module): a letter and nine digits;
    the letter as two digits (A = 01) and the next eight weighted 1 and 2 in turn, the products' digit sums mod 10
    give the last digit."""
    if len(value) != 10 or not ("A" <= value[0] <= "Z") or not value[1:].isdigit():
        return 0
    digits = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(c) * (1 if i % 2 == 0 else 2), 10)) for i, c in enumerate(digits))
    return len(value) if total % 10 == int(value[9]) else 0


_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
MBI = (rf"[1-9]{_MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\d-?{_MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\d-?{_MBI_LETTER}{{2}}\d{{2}}")
"""The US Medicare Beneficiary Identifier's layout (CMS): eleven positions, each a digit, a letter or either, letters
without S, L, O, I, B and Z; printed whole or in groups of 4, 3 and 4."""


def us_mbi(value: str) -> int:
    """An MBI in its layout (the rule's shape) that is no run of one character repeated."""
    return len(value) if len(set(value.replace("-", ""))) > 4 else 0


_ITIN_GROUPS = frozenset(range(50, 66)) | frozenset(range(70, 89)) | frozenset((90, 91, 92, 94, 95, 96, 97, 98, 99))


def us_itin(value: str) -> int:
    """A US ITIN: nine digits starting with 9, its fourth and fifth in the groups the IRS issues (50-65, 70-88,
    90-92, 94-99, since 2011; stdnum knows those of before)."""
    digits = value.replace("-", "").replace(" ", "")
    return len(value) if len(digits) == 9 and digits.isdigit() and digits[0] == "9" and int(digits[3:5]) in _ITIN_GROUPS else 0


_SLASHED = re.compile(r"[ ./-]")


def _grouped(*modules):
    """An id in any grouping (spaces, dots, dashes, a birth number's slash) whose check holds."""
    whole = v.national_id(*modules)

    def validate(value: str) -> int:
        compact = _SLASHED.sub("", value).upper()
        return len(value) if compact.isalnum() and whole(compact) else 0
    return validate


NAMED_IDS = (  # (name, words naming the id, the value's shape, its check), as detectors' _NAMED_IDS
    ("at_ids", r"sv[ _-]?nummer|\bvsnr\b|sozialversicherungs[ _-]?nr|abgabenkontonummer|\bsteuernummer|"
               + _english("austrian"), r"\d{4} ?\d{6}|\d{2}-?\d{3}/?\d{4}", v.national_id(at_vnr, at_tin)),
    ("be_bis", r"bis[ _-]?nummer|num[ée]ro bis|" + _english("belgian"), _digit_groups(11),
     _grouped(be_bis, be_nn)),
    ("bg_ids", r"лнч|личен номер на чужденец|\blnch\b|" + _english("bulgarian"), _digit_groups(10), _grouped(egn, pnf)),
    ("ca_phn", r"\bphn\b|personal health number|" + _english("british columbia"), r"9\d{3}[ -]?\d{3}[ -]?\d{3}",
     v.national_id(bc_phn)),
    ("co_nit", r"\bnit\b|" + _english("colombian"), r"\d{1,3}(?:\.?\d{3}){2}-?\d", v.national_id(co_nit)),
    ("cu_ni", r"carn[ée](?: de)? identidad|n[úu]mero de identidad|" + _english("cuban"), r"\d{11}", v.national_id(cu_ni)),
    ("fr_ids", r"num[ée]ro fiscal|num[ée]ro d'identification fiscale|\bspi\b|" + _english("french"),
     _digit_groups(15, 13), _grouped(fr_nir, fr_nif)),
    ("gb_utr", r"\butr\b|unique tax ?payer reference|uk taxpayer reference|" + _english("british"), _digit_groups(10), _grouped(gb_utr)),
    ("gr_ids", r"αφμ|α\.φ\.μ\.?|\bafm\b|" + _english("greek"), _digit_groups(11, 9), _grouped(amka, gr_afm)),
    ("lv_pk", r"personas kods|personas koda|" + _english("latvian"), r"\d{6}-?\d{5}", v.national_id(lv_pvn)),
    ("pt_ids", r"cart[ãa]o(?: de)? cidad[ãa]o|n[úu]mero do cc|" + _english("portuguese"),
     r"\d{8} ?\d ?[A-Z]{2}\d|" + _digit_groups(9), _grouped(pt_cc, pt_nif)),
    ("yu_jmbg", r"\bjmbg?\b|јмбг|јмб|ембг|\bembg\b|mati[čc]ni broj|матичен број|enotna mati[čc]na [šs]tevilka|"
                + _english("serbian|bosnian|montenegrin|macedonian|north macedonian|kosovar|slovenian"),
     _digit_groups(13), _grouped(emso)),
    ("in_vid", r"\bvid\b|virtual id", _digit_groups(16), _grouped(in_vid)),
    ("pe_cui", r"\bcui\b|" + _english("peruvian"), r"\d{8}-?[0-9A-K]", v.national_id(pe_cui)),
    ("pe_dni", r"\bdni\b", r"\d{8}-\d", v.national_id(pe_cui)),  # Peru's: a Spanish DNI ends with a letter
    ("tw_id", r"身分證字號|身分證統一編號|身分證號碼|身份證字號|" + _english("taiwan|taiwanese"),
     r"[A-Z][12]\d{8}", taiwan_id),
    ("cz_sk_en", _english("czech|slovak"), r"\d{6}/?\d{3,4}", v.national_id(cz_rc)),
    ("ro_en", _english("romanian"), _digit_groups(13), _grouped(cnp)),
    ("hr_en", r"osobni identifikacijski broj|" + _english("croatian"), _digit_groups(11), _grouped(oib)),
    ("tr_en", _english("turkish"), _digit_groups(11), _grouped(tckimlik)),
    ("ua_ids", r"\brnokpp\b|\bipn\b|" + _english("ukrainian"), _digit_groups(10), _grouped(rntrc)),
    ("ru_en", _english("russian"), _digit_groups(12, 10), _grouped(ru_inn)),
    ("baltic_en", _english("estonian|lithuanian"), _digit_groups(11), _grouped(ee_ik, asmens)),
    ("is_en", _english("icelandic"), r"\d{6}-?\d{4}", v.national_id(kennitala)),
    ("ec_en", _english("ecuadorian"), r"\d{9}-?\d", v.national_id(ec_ci)),
    ("ie_en", _english("irish"), r"\d{7}[A-W][A-IW]?", v.national_id(pps)),
    ("pk_ids", r"شناختی کارڈ(?: نمبر)?|" + _english("pakistani"), r"\d{5}-?\d{7}-?\d", v.national_id(pk_cnic)),
    ("my_en", _english("malaysian"), r"\d{6}-?\d{2}-?\d{4}", v.national_id(my_nric)),
    ("th_en", _english("thai"), r"\d(?:[ -]?\d){12}", _grouped(th_pin)),
    ("id_en", _english("indonesian"), _digit_groups(16), _grouped(id_nik)),
    ("nz_en", _english("new zealand"), r"\d{2,3}-?\d{3}-?\d{3}", v.national_id(nz_ird)),
    ("hu_taj", r"\btaj(?:[ _-]?(?:sz[áa]m|number|no|nr))?\b|t[áa]rsadalombiztos[íi]t[áa]si azonos[íi]t[óo] jel|"
               + _english("hungarian"), r"\d{3}[ -]?\d{3}[ -]?\d{3}", hu_taj),
    ("de_kvnr", r"krankenversichertennummer|krankenversicherungsnummer|versichertennummer|\bkvnr\b|"
                r"health insurance number|" + _english("german health"), r"[A-Z]\d{9}", de_kvnr),
    ("us_mbi", r"medicare(?: beneficiary identifier)?|\bmbi\b", MBI, us_mbi),
)

_ADJECTIVES = ("austrian|belgian|bulgarian|british columbia|colombian|cuban|french|uk taxpayer|british|greek|latvian|"
               "portuguese|serbian|bosnian|montenegrin|macedonian|slovenian|peruvian|taiwan|taiwanese|czech|slovak|"
               "romanian|croatian|turkish|ukrainian|russian|estonian|lithuanian|icelandic|ecuadorian|irish|pakistani|"
               "malaysian|thai|indonesian|new zealand|spanish")
"""Countries an English column header names before its id's words ('Irish personal public service number')."""
_COLUMN_CHECKS = _grouped(dni, nie, at_vnr, at_tin, be_bis, be_nn, egn, pnf, bc_phn, co_nit, cu_ni, fr_nir, fr_nif, gb_utr,
                          amka, gr_afm, lv_pvn, pt_cc, pt_nif, emso, in_vid, pe_cui, cz_rc, cnp, oib, tckimlik,
                          rntrc, ru_inn, ee_ik, asmens, kennitala, ec_ci, pps, pk_cnic, my_nric, th_pin, id_nik,
                          nz_ird)


def column_id(value: str) -> int:
    """A cell under a header naming one of these ids (or one whose named rule needs its label): some id's check
    holds, the Taiwanese one's included."""
    return taiwan_id(value) or _COLUMN_CHECKS(value)


COLUMN_WORDS = (r"isikukood|asmens kodas|rodn[ée] [čc][íi]slo|r[čc]|cod numeric personal|cnp|egn|егн|oib|"
                r"osobni identifikacijski broj|kimlik(?: numaras[ıi])?|tc kimlik no|amka|αμκα|рнокпп|инн|cnic|"
                r"شناختی کارڈ نمبر|nik|mykad|nric|เลขประจำตัวประชาชน|thai national id|ird(?: number)?|id-nommer|"
                r"תעודת זהות|מספר זהות|c[ée]dula(?: de identidad)?|pps(?: number)?|ppsn|itin|"
                r"individual taxpayer identification number|emšo|emso|jmbg|ембг|ЕМБГ|лнч|phn|nit|cui|utr|αφμ|afm|"
                r"personas kods|cart[ãa]o de cidad[ãa]o|sv-nummer|vsnr|abgabenkontonummer|bis-nummer|"
                r"num[ée]ro fiscal|身分證字號|身分證統一編號|vid|virtual id|aadhaar virtual id|n[úu]mero de identidad|"
                r"jedinstveni mati[čc]ni broj(?: gra[đd]ana)?|embg|jmb|enotna mati[čc]na [šs]tevilka(?: ob[čc]ana)?|"
                r"num[ée]ro d'identification fiscale|"
                r"(?:" + _ADJECTIVES + r")(?:[ _-][A-Za-z]{2,12}){1,4}")
"""Headers over a column of ids whose own column rules ``detectors`` does not have."""

_LETTER_LED_CHECKS = v.national_id(dni, nie, codicefiscale, curp)


def letter_led_id(value: str) -> int:
    """A cell under a generic id column that starts with letters: Taiwan's id, Spain's NIE, an Italian codice
    fiscale, a Mexican CURP, each by its own check (the digit-only ids are ``detectors``' generic column's)."""
    return taiwan_id(value) or _LETTER_LED_CHECKS(value)


GENERIC_COLUMN_WORDS = (r"national id|national identifier|national number|id number|id no|id value|tax id|taxpayer id|"
                        r"tax number|personal id|personal number|identity number|identification number|citizen id|"
                        r"document number")
"""Headers naming an id of no country: its check says which."""

RULES_COLUMN = (
    Rule("national_id_more_column", "national_id", column_pattern(COLUMN_WORDS, r"[A-Z]?\d(?:[ ./-]?[0-9A-Z]){7,17}"),
         validate=column_id, category="pii", refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT,
         max_repeat=REACH, unbounded=True),
    Rule("national_id_letter_led_column", "national_id",
         column_pattern(GENERIC_COLUMN_WORDS, r"[A-Z]{1,6}\d[0-9A-Z]{6,14}|[XYZ]\d{7}[A-Z]"),
         validate=letter_led_id, category="pii", refuse_context=v.not_its_column, context_chars=WIDE_CONTEXT,
         max_repeat=REACH, unbounded=True),
)


_DOCUMENT_KEY = re.compile(
    r"(?i:order|invoice|tracking|shipment|parcel|package|waybill|consignment|delivery|booking|ticket|receipt"
    r"|(?:bestell|auftrag|sendung|rechnung|pedido|factur|fattur|commande|bestelling|ordine|encomenda|zam[oó]wieni)\w*)"
    r"(?:[ _-]?(?i:id|no|nr|number|num|ref|reference|code|#))?\.?\\?[\"']?[ \t]{0,3}(?:[:=][ \t]{0,3}\\?[\"']?|#?)$")
"""A key or a word naming a business document's number right before a value (``"order_id": "``, ``parcel ``)."""


def named_as_a_document(refuse):
    """``refuse``, or a label right before the number naming it an order's, an invoice's or a parcel's: an id's
    shape and check held by such a number do so by chance."""
    def refuse_or_document(before: str, head: str) -> bool:
        return _DOCUMENT_KEY.search(before + head) is not None or (refuse is not None and refuse(before, head))
    return refuse_or_document


# ---------------------------------------------------------------- passport words
PASSPORT_WORDS = (
    r"\b(?i:reisepass(?:nummer)?|passnummer|pass[ -]?nr|passeport|pasaporte|passaporto|passaporte|paspoort(?:nummer)?"
    r"|paszport|passin numero|passinumero|cestovn[íi]ho pasu|[čc][íi]slo pasu|pasaport|paspor|h[ộo] chi[ếe]u)"
    r"|(?i:[úu]tlev[ée]l|pa[șs]aport|διαβατ[ήη]ρ[ιί]|паспорт|загранпаспорт)|护照|護照|旅券|パスポート|여권|جواز السفر|דרכון|पासपोर्ट"
)
"""The passport word of the languages the ``passport_number`` rule's English, German, French, Spanish and Italian
words leave out (and their number words: ``Paspoortnummer``, ``Útlevélszám``)."""


def passport_value(value: str) -> int:
    """A passport number after the passport word: six to nine letters and digits, two digits at least, not a date,
    a year or a placeholder (``document_number`` judges an all-digit one)."""
    if not 6 <= len(value) <= 9:
        return 0
    if value.isdigit():
        return v.document_number(value)
    digits = sum(c.isdigit() for c in value)
    return len(value) if digits >= 2 and len(set(value)) >= 3 and not v.is_placeholder(value) else 0


_ANOTHER_NUMBER = re.compile(
    rf"(?:{PASSPORT_WORDS}|\b(?i:passport|pesel|dni|nie|nif|cpf|cnp|curp|bsn|nir|secu|cc|oib|amka|afm|egn|jmbg|emso|cuit"
    r"|cuil|kimlik|aadhaar|ssn)\b|(?i:s[ée]cu)\b|\b(?i:order|invoice|tracking|pedido|encomenda|commande|bestell|rechnung|factur|fattur))")
"""Words after a phone word naming the number as something else: a passport's, an id's or a business document's
('Número de pasaporte:', 'O número do CC é', 'Número de pedido:')."""


def names_another_number(_before: str, head: str) -> bool:
    """Does the text between a phone word and its number name the number as a passport's, an id's or an order's?"""
    return _ANOTHER_NUMBER.search(head) is not None


RULES_PASSPORT = (
    Rule("passport_number_world", "passport",
         rf"(?:{PASSPORT_WORDS})[^\r\n\d]{{0,20}}?(?P<v>\b[A-Z]{{0,3}}\d[A-Z0-9]{{4,8}})\b", validate=passport_value,
         category="pii"),
)
