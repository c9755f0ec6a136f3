"""The masker's pass 33i, national ids and passports (issue 16): working cases generated from a CATALOGUE, not from
examples: python-stdnum's identifiers of persons (national and personal ids, social security, persons' tax and
health numbers), country by country, each value random and passing its format's own ``validate``, written after
its own label(s) in its language(s) and in English, in prose, ``key: value``, JSON, CSV and Markdown tables; then
passports: ICAO 9303 machine-readable zones (TD3 two lines of 44, TD1 three of 30, TD2 two of 36) with real 7-3-1
check digits, and passport numbers after the passport word of many languages. Look-alikes in the same carriers: the
same label before a number failing its check, the same valid number after an order, invoice or tracking word, MRZ
lines whose check digits fail, passport words before dates, fees and photo sizes.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass33i_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass33i.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass33i_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import random
import string
from pathlib import Path

from family_cases import Family, split, write
from stdnum import luhn, verhoeff
from stdnum.ar import cuit
from stdnum.at import tin as at_tin
from stdnum.at import vnr as at_vnr
from stdnum.au import tfn
from stdnum.be import bis, nn
from stdnum.bg import egn, pnf
from stdnum.br import cpf
from stdnum.ca import bc_phn, sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.co import nit
from stdnum.cu import ni as cu_ni
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.do import cedula
from stdnum.ec import ci as ec_ci
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nif as fr_nif
from stdnum.fr import nir
from stdnum.gb import nhs, utr
from stdnum.gr import amka
from stdnum.gr import vat as gr_vat
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.in_ import vid as in_vid
from stdnum.is_ import kennitala
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.lv import pvn as lv_pvn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.nz import ird
from stdnum.pe import cui
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as sk_rc
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import itin, ssn
from stdnum.za import idnr as za_idnr

HERE = Path(__file__).resolve().parent
rng = random.Random(333333)
DIGITS, UPPER = string.digits, string.ascii_uppercase


def d(n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def date6() -> str:
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"


def ymd6() -> str:
    return f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def found(module, candidate) -> str:
    """A random value that the format's own ``is_valid`` accepts (``candidate`` gives its shape)."""
    for _ in range(200000):
        value = candidate()
        if module.is_valid(value) and len(set(c for c in value if c.isdigit())) >= 4:
            return value
    raise RuntimeError(module.__name__)


def broken(module, value: str) -> str | None:
    """The same value with its last digit changed so that the check fails."""
    positions = [i for i, c in enumerate(value) if c.isdigit()]
    for at in reversed(positions):
        for digit in rng.sample(DIGITS, 10):
            other = value[:at] + digit + value[at + 1:]
            if other != value and not module.is_valid(other):
                return other
    return None  # no check digit (a PAN): no failing look-alike of this kind


def tw_check(letter: str, digits: str) -> str:
    code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".index(letter) + 10
    values = [code // 10, code % 10] + [int(c) for c in digits]
    total = sum(v * w for v, w in zip(values, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return str((10 - total % 10) % 10)


class TaiwanId:
    """The Republic of China's national identification number (no stdnum module): a letter for the place of first
    registration, 1 or 2 for the sex, seven digits and a check digit (weights 1, 9..1 over the letter's two digits)."""

    @staticmethod
    def is_valid(value: str) -> bool:
        return (len(value) == 10 and value[0] in UPPER and value[1] in "12" and value[1:].isdigit()
                and tw_check(value[0], value[1:9]) == value[9])


def tw_candidate() -> str:
    letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    body = rng.choice("12") + d(7)
    return letter + body + tw_check(letter, body)


# Each entry: (region family, id name, stdnum module, candidate, display format, local labels, English labels,
# a sentence of its language with {L} for the label and {0} for the value, JSON key)
ENTRIES = [
    # ---- western Europe
    ("west", "at_svnr", at_vnr, lambda: d(4) + date6(), lambda v: f"{v[:4]} {v[4:]}",
     ("Sozialversicherungsnummer", "SV-Nummer", "VSNR"), ("Austrian social security number",),
     "Meine {L} lautet {0}, bitte an die ÖGK weiterleiten.", "sv_nummer"),
    ("west", "at_tin", at_tin, lambda: d(9), lambda v: f"{v[:2]}-{v[2:5]}/{v[5:]}",
     ("Abgabenkontonummer", "Steuernummer"), ("Austrian tax number",),
     "Die {L} des Mandanten ist {0} (Finanzamt Wien).", "abgabenkontonummer"),
    ("west", "be_nn", nn, lambda: ymd6() + d(5), nn.format,
     ("Rijksregisternummer", "numéro de registre national"), ("Belgian national number",),
     "Mijn {L} is {0}.", "rijksregisternummer"),
    ("west", "be_bis", bis, lambda: f"{rng.randint(40, 99):02d}{rng.randint(21, 32):02d}{rng.randint(1, 28):02d}" + d(5),
     bis.format, ("BIS-nummer", "numéro BIS"), ("Belgian BIS number",), "Zijn {L} is {0}, aangevraagd in 2023.",
     "bis_nummer"),
    ("west", "nl_bsn", bsn, lambda: d(9), lambda v: v, ("BSN", "burgerservicenummer"), ("citizen service number",),
     "Mijn {L} is {0}, kunt u dat aanpassen?", "bsn"),
    ("west", "fr_nir", nir, lambda: (lambda n: n + nir.calc_check_digits(n))(rng.choice("12") + ymd6()[:4] + d(8)), nir.format,
     ("numéro de sécurité sociale", "NIR"), ("French social security number",),
     "Mon {L} est le {0}, merci de mettre à jour.", "numero_secu"),
    ("west", "fr_nif", fr_nif, lambda: rng.choice("0123") + d(12), fr_nif.format,
     ("numéro fiscal", "numéro d'identification fiscale", "SPI"), ("French tax number",),
     "Votre {L} figure sur l'avis : {0}.", "numero_fiscal"),
    ("west", "de_idnr", idnr, lambda: rng.choice("123456789") + d(10), idnr.format,
     ("Steuer-ID", "steuerliche Identifikationsnummer"), ("German tax ID",),
     "Meine {L} ist {0}, bitte für die Lohnabrechnung.", "steuer_id"),
    ("west", "ch_ahv", ch_ssn, lambda: "756" + d(10), ch_ssn.format,
     ("AHV-Nummer", "numéro AVS"), ("Swiss social security number",),
     "Meine {L}: {0}.", "ahv_nummer"),
    ("west", "es_dni", dni, lambda: (lambda n: n + dni.calc_check_digit(n))(d(8)), lambda v: v,
     ("DNI", "documento nacional de identidad"), ("Spanish ID number",),
     "Mi {L} es {0}, por favor actualícelo.", "dni"),
    ("west", "es_nie", nie, lambda: (lambda n: n + nie.calc_check_digit(n))(rng.choice("XYZ") + d(7)), lambda v: v,
     ("NIE", "número de identidad de extranjero"), ("Spanish foreigner ID",),
     "Su {L} es {0}.", "nie"),
    ("west", "pt_nif", pt_nif, lambda: rng.choice("123") + d(8), lambda v: v,
     ("NIF", "número de contribuinte"), ("Portuguese tax number",),
     "O meu {L} é {0}, obrigado.", "nif"),
    ("west", "pt_cc", pt_cc, lambda: d(9) + "".join(rng.choice(UPPER) for _ in range(2)) + d(1), pt_cc.format,
     ("Cartão de Cidadão", "número do CC"), ("Portuguese citizen card number",),
     "O número do meu {L} é {0}.", "cartao_cidadao"),
    ("west", "it_cf", None, None, None,
     ("codice fiscale", "C.F."), ("Italian tax code",), "Il mio {L} è {0}, grazie.", "codice_fiscale"),
    ("west", "ie_pps", pps, lambda: d(7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda v: v,
     ("PPS number", "PPSN"), ("Irish personal public service number",),
     "My {L} is {0} for the Revenue form.", "ppsn"),
    ("west", "gb_nhs", nhs, lambda: d(10), nhs.format, ("NHS number", "NHS no."), ("NHS number",),
     "The patient's {L} is {0}.", "nhs_number"),
    ("west", "gb_utr", utr, lambda: d(10), lambda v: v, ("UTR", "Unique Taxpayer Reference"), ("UK taxpayer reference",),
     "My {L} is {0}, for the self assessment.", "utr"),
    # ---- northern Europe
    ("north", "se_pnr", personnummer, lambda: ymd6() + "-" + d(4), lambda v: v,
     ("personnummer", "personnr"), ("Swedish personal identity number",), "Mitt {L} är {0}.", "personnummer"),
    ("north", "no_fnr", fodselsnummer, lambda: date6() + d(5), lambda v: v,
     ("fødselsnummer", "fnr"), ("Norwegian national identity number",), "Fødselsnummeret mitt: {0}, {L}.",
     "fodselsnummer"),
    ("north", "dk_cpr", cpr, lambda: date6() + d(4), cpr.format, ("CPR-nummer", "CPR"), ("Danish CPR number",),
     "Mit {L} er {0}.", "cpr_nummer"),
    ("north", "fi_hetu", hetu, lambda: date6() + "-" + d(3) + rng.choice(DIGITS + "ABCDEFHJKLMNPRSTUVWXY"), lambda v: v,
     ("henkilötunnus", "HETU"), ("Finnish personal identity code",), "Henkilötunnukseni on {0} ({L}).", "hetu"),
    ("north", "is_kt", kennitala, lambda: date6() + d(3) + "9", kennitala.format, ("kennitala", "kt."),
     ("Icelandic identity number",), "Kennitalan mín er {0} ({L}).", "kennitala"),
    ("north", "ee_ik", ik, lambda: rng.choice("3456") + ymd6() + d(4), lambda v: v, ("isikukood",),
     ("Estonian personal code",), "Minu {L} on {0}.", "isikukood"),
    ("north", "lv_pk", lv_pvn, lambda: date6() + "-" + rng.choice("12") + d(4), lambda v: v,
     ("personas kods", "personas koda"), ("Latvian personal code",), "Mans {L} ir {0}.", "personas_kods"),
    ("north", "lt_ak", asmens, lambda: rng.choice("3456") + ymd6() + d(4), lambda v: v,
     ("asmens kodas",), ("Lithuanian personal code",), "Mano {L} yra {0}.", "asmens_kodas"),
    # ---- central and eastern Europe, Balkans
    ("east", "pl_pesel", pesel, lambda: ymd6() + d(5), lambda v: v, ("PESEL", "numer PESEL"), ("Polish PESEL",),
     "Mój {L} to {0}.", "pesel"),
    ("east", "cz_rc", cz_rc, lambda: ymd6() + d(4), cz_rc.format, ("rodné číslo", "RČ"), ("Czech birth number",),
     "Moje {L} je {0}.", "rodne_cislo"),
    ("east", "sk_rc", sk_rc, lambda: ymd6() + d(4), sk_rc.format, ("rodné číslo",), ("Slovak birth number",),
     "Vaše {L}: {0}, prosím skontrolujte.", "rodne_cislo_sk"),
    ("east", "ro_cnp", cnp, lambda: rng.choice("12") + ymd6() + d(6), lambda v: v, ("CNP", "cod numeric personal"),
     ("Romanian personal numeric code",), "{L}-ul meu este {0}.", "cnp"),
    ("east", "bg_egn", egn, lambda: ymd6() + d(4), lambda v: v, ("ЕГН", "EGN"), ("Bulgarian personal number",),
     "Моето {L} е {0}.", "egn"),
    ("east", "bg_lnch", pnf, lambda: d(10), lambda v: v, ("ЛНЧ", "личен номер на чужденец"),
     ("Bulgarian foreigner number",), "Моят {L} е {0}.", "lnch"),
    ("east", "hr_oib", oib, lambda: d(11), lambda v: v, ("OIB", "osobni identifikacijski broj"),
     ("Croatian personal ID",), "Moj {L} je {0}.", "oib"),
    ("east", "si_emso", emso, lambda: date6()[:4] + rng.choice(("9", "0")) + d(2) + "50" + d(4), lambda v: v,
     ("EMŠO", "enotna matična številka občana"), ("Slovenian personal number",), "Moja {L} je {0}.", "emso"),
    ("east", "rs_jmbg", emso, lambda: date6()[:4] + rng.choice(("9", "0")) + d(2) + rng.choice(("71", "80", "73")) + d(4),
     lambda v: v, ("JMBG", "ЈМБГ", "jedinstveni matični broj građana"), ("Serbian personal number",),
     "Moj {L} je {0}.", "jmbg"),
    ("east", "mk_embg", emso, lambda: date6()[:4] + rng.choice(("9", "0")) + d(2) + "41" + d(4), lambda v: v,
     ("ЕМБГ", "EMBG", "матичен број"), ("North Macedonian personal number",), "Мојот {L} е {0}.", "embg"),
    ("east", "ba_jmb", emso, lambda: date6()[:4] + rng.choice(("9", "0")) + d(2) + rng.choice(("10", "17")) + d(4),
     lambda v: v, ("JMB", "jedinstveni matični broj"), ("Bosnian personal number",), "Moj {L} je {0}.", "jmb"),
    ("east", "tr_tc", tckimlik, lambda: rng.choice("123456789") + d(10), lambda v: v,
     ("T.C. Kimlik No", "kimlik numarası"), ("Turkish ID number",), "{L}: {0} olarak kayıtlı.", "tc_kimlik_no"),
    ("east", "gr_amka", amka, lambda: date6() + d(5), lambda v: v, ("ΑΜΚΑ", "AMKA"), ("Greek social security number",),
     "Ο {L} μου είναι {0}.", "amka"),
    ("east", "gr_afm", gr_vat, lambda: d(9), lambda v: v, ("ΑΦΜ", "AFM"), ("Greek tax number",),
     "Ο {L} μου είναι {0}.", "afm"),
    ("east", "ua_rnokpp", rntrc, lambda: d(10), lambda v: v, ("РНОКПП", "ІПН"), ("Ukrainian taxpayer number",),
     "Мій {L}: {0}.", "rnokpp"),
    ("east", "ru_inn", inn, lambda: d(12), lambda v: v, ("ИНН",), ("Russian taxpayer number",),
     "Мой {L} {0}, проверьте.", "inn"),
    # ---- the Americas
    ("americas", "us_ssn", ssn, lambda: f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
     ssn.format, ("SSN", "social security number"), ("SSN",), "My {L} is {0}.", "ssn"),
    ("americas", "us_itin", itin, lambda: "9" + d(2) + rng.choice(("70", "75", "80", "88", "91")) + d(4), itin.format,
     ("ITIN",), ("individual taxpayer identification number",), "Her {L} is {0}.", "itin"),
    ("americas", "ca_sin", sin, lambda: rng.choice("1234567") + d(8), sin.format,
     ("SIN", "numéro d'assurance sociale"), ("social insurance number",), "My {L} is {0}.", "sin"),
    ("americas", "ca_phn", bc_phn, lambda: "9" + d(9), bc_phn.format, ("PHN", "Personal Health Number"),
     ("BC personal health number",), "The patient's {L} is {0}.", "phn"),
    ("americas", "mx_curp", curp, None, lambda v: v, ("CURP",), ("Mexican population registry code",),
     "Mi {L} es {0}.", "curp"),
    ("americas", "br_cpf", cpf, lambda: d(11), cpf.format, ("CPF",), ("Brazilian taxpayer number",),
     "Meu {L} é {0}.", "cpf"),
    ("americas", "ar_cuil", cuit, lambda: rng.choice(("20", "23", "27")) + d(9), cuit.format, ("CUIL", "CUIT"),
     ("Argentine tax number",), "Mi {L} es {0}.", "cuil"),
    ("americas", "cl_rut", rut, lambda: (lambda n: n + rut.calc_check_digit(n))(str(rng.randint(5000000, 25000000))),
     rut.format, ("RUT", "RUN"), ("Chilean tax number",), "Mi {L} es {0}.", "rut"),
    ("americas", "co_nit", nit, lambda: d(9) + d(1), nit.format, ("NIT",), ("Colombian tax number",),
     "El {L} de la persona natural es {0}.", "nit"),
    ("americas", "pe_cui", cui, lambda: (lambda n: n + "-" + cui.calc_check_digits(n)[0])(d(8)), lambda v: v,
     ("CUI", "DNI"), ("Peruvian identity number",), "Mi {L} es {0}.", "cui"),
    ("americas", "ec_ci", ec_ci, lambda: f"{rng.randint(1, 24):02d}" + rng.choice("012345") + d(7), lambda v: v,
     ("cédula", "cédula de identidad"), ("Ecuadorian identity number",), "Mi {L} es {0}.", "cedula"),
    ("americas", "do_ced", cedula, lambda: "0" + d(10), cedula.format, ("cédula",), ("Dominican identity number",),
     "Mi {L} es {0}.", "cedula_rd"),
    ("americas", "cu_ni", cu_ni, lambda: ymd6() + rng.choice("6789") + d(4), lambda v: v,
     ("carné de identidad", "número de identidad"), ("Cuban identity number",), "Mi {L} es {0}.", "carne_identidad"),
    # ---- Asia-Pacific
    ("asia", "cn_ric", ric, lambda: (lambda n: n + ric.calc_check_digit(n))(
        rng.choice(("110101", "310104", "440305")) + f"19{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        + d(3)), lambda v: v, ("身份证号", "公民身份号码"), ("Chinese resident ID",), "我的{L}是{0}。", "shenfenzheng"),
    ("asia", "tw_id", TaiwanId, tw_candidate, lambda v: v, ("身分證字號", "身分證統一編號"), ("Taiwan national ID",),
     "我的{L}是 {0}。", "national_id_tw"),
    ("asia", "jp_mynumber", jp_in, lambda: d(12), jp_in.format, ("マイナンバー", "個人番号"), ("Japanese My Number",),
     "{L}は{0}です。", "my_number"),
    ("asia", "kr_rrn", rrn, lambda: ymd6() + rng.choice("12") + d(6), rrn.format, ("주민등록번호", "주민번호"),
     ("Korean resident registration number",), "{L}: {0}", "jumin_number"),
    ("asia", "in_aadhaar", aadhaar, lambda: rng.choice("23456789") + d(11), aadhaar.format, ("Aadhaar", "आधार संख्या"),
     ("Aadhaar number",), "My {L} number is {0}.", "aadhaar"),
    ("asia", "in_vid", in_vid, lambda: rng.choice("23456789") + d(15), in_vid.format, ("VID", "Virtual ID"),
     ("Aadhaar virtual ID",), "Use your {L} {0} for the eKYC.", "vid"),
    ("asia", "in_pan", pan, lambda: "".join(rng.choice(UPPER) for _ in range(3)) + "P" + rng.choice(UPPER) + d(4)
     + rng.choice(UPPER), lambda v: v, ("PAN", "पैन"), ("Indian permanent account number",), "My {L} is {0}.", "pan"),
    ("asia", "pk_cnic", cnic, lambda: rng.choice("1234567") + d(12), cnic.format, ("CNIC", "شناختی کارڈ نمبر"),
     ("Pakistani CNIC",), "My {L} is {0}.", "cnic"),
    ("asia", "id_nik", nik, lambda: rng.choice(("3171", "3273", "3578")) + d(2) + date6() + d(4), lambda v: v,
     ("NIK", "Nomor Induk Kependudukan"), ("Indonesian identity number",), "{L} saya {0}.", "nik"),
    ("asia", "my_nric", nric, lambda: ymd6() + rng.choice(("14", "10", "01")) + d(4), nric.format,
     ("No. KP", "MyKad"), ("Malaysian NRIC",), "Nombor {L} saya {0}.", "mykad"),
    ("asia", "th_pin", th_pin, lambda: rng.choice("1358") + d(12), th_pin.format, ("เลขประจำตัวประชาชน",),
     ("Thai national ID",), "{L} ของฉันคือ {0}", "thai_id"),
    ("asia", "au_tfn", tfn, lambda: d(9), tfn.format, ("TFN", "tax file number"), ("Australian tax file number",),
     "My {L} is {0}.", "tfn"),
    ("asia", "nz_ird", ird, lambda: rng.choice("1") + d(8), ird.format, ("IRD number", "IRD"),
     ("New Zealand IRD number",), "My {L} is {0}.", "ird_number"),
    # ---- Africa and the Middle East
    ("afme", "za_id", za_idnr, lambda: ymd6() + d(4) + rng.choice("01") + "8" + d(1), za_idnr.format,
     ("ID-nommer", "identity number"), ("South African ID number",), "My {L} is {0}.", "sa_id_number"),
    ("afme", "il_tz", il_idnr, lambda: d(9), lambda v: v, ("תעודת זהות", "מספר זהות"), ("Israeli ID number",),
     "{L}: {0}", "teudat_zehut"),
]


def it_cf_value() -> str:
    from stdnum.it import codicefiscale
    for _ in range(1000):
        body = ("".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(6)) + f"{rng.randint(40, 99)}"
                + rng.choice("ABCDEHLMPRST") + f"{rng.randint(1, 28):02d}" + rng.choice("ABCDEFGHLM") + d(3))
        value = body + codicefiscale.calc_check_digit(body)
        if codicefiscale.is_valid(value):
            return value
    raise RuntimeError("it_cf")


def curp_value() -> str:
    for _ in range(100000):
        body = ("".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(1)) + rng.choice("AEIOU")
                + "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(2)) + ymd6() + rng.choice("HM")
                + rng.choice(("DF", "JC", "NL", "MC")) + "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(3))
                + rng.choice("0A"))
        value = body + curp.calc_check_digit(body)
        if curp.is_valid(value):
            return value
    raise RuntimeError("curp")


def value_of(module, candidate, name: str) -> str:
    if name == "it_cf":
        return it_cf_value()
    if name == "mx_curp":
        return curp_value()
    return found(module, candidate)


class _CF:
    @staticmethod
    def is_valid(value: str) -> bool:
        from stdnum.it import codicefiscale
        return codicefiscale.is_valid(value)


OTHER_WORDS = ("Order number", "Invoice no.", "Tracking number", "Bestellnummer", "Numéro de commande",
               "Número de pedido", "Factuurnummer", "Rechnungsnummer", "Order ID", "Sendungsnummer")
OTHER_KEYS = ("order_id", "invoice_number", "tracking_number", "order_no", "shipment_ref")
NAMES = ("A. Novak", "M. Rossi", "J. Berg", "K. Tanaka", "L. Santos", "P. Kowalski", "S. Haddad", "E. Murphy")


def id_family(region: str) -> Family:
    f = Family(f"ids_{region}")
    for fam, name, module, candidate, display, local, english, sentence, key in ENTRIES:
        if fam != region:
            continue
        module = _CF if name == "it_cf" else module
        display = display or (lambda v: v)

        def one() -> str:
            return display(value_of(module, candidate, name))
        label = rng.choice(local)
        f.add("prose_local", sentence.replace("{L}", label), [("national_id", one())],
              f"{name}: a valid value after its own label in its language, in a sentence")
        f.add("kv_local", f"{rng.choice(local)}: {{0}}\n", [("national_id", one())], f"{name}: key: value, local label")
        f.add("kv_en", f"{rng.choice(english)}: {{0}}", [("national_id", one())], f"{name}: key: value, English label")
        f.add("prose_en", f"For the onboarding file, the client's {rng.choice(english)} is {{0}}, checked today.",
              [("national_id", one())], f"{name}: English prose")
        f.add("json", f'{{{{"name": "{rng.choice(NAMES)}", "{key}": "{{0}}", "verified": true}}}}',
              [("national_id", one())], f"{name}: a JSON field named for it")
        f.add("csv", f"name,{rng.choice(local)},city\n{rng.choice(NAMES)},{{0}},Lyon\n", [("national_id", one())],
              f"{name}: a CSV column headed by its local label")
        f.add("table_md", f"| Name | {rng.choice(english + local)} |\n|---|---|\n| {rng.choice(NAMES)} | {{0}} |\n",
              [("national_id", one())], f"{name}: a Markdown table column")
        valid = value_of(module, candidate, name)
        bad = broken(module, valid)
        if bad is not None:
            shown = display(bad) if name not in ("it_cf", "mx_curp") else bad
            f.neg("kv_local", f"{rng.choice(local)}: {shown}\n", f"{name}: its label before a value failing its check")
            f.neg("prose_local", sentence.replace("{L}", rng.choice(local)).replace("{0}", shown),
                  f"{name}: a sentence with a value failing its check")
        f.neg("kv_en", f"{rng.choice(OTHER_WORDS)}: {display(valid)}", f"{name}: a valid value after an order word")
        f.neg("json", f'{{"{rng.choice(OTHER_KEYS)}": "{display(value_of(module, candidate, name))}", "status": "shipped"}}',
              f"{name}: a valid value under an order key")
        f.neg("prose_en", f"Your {rng.choice(('order', 'invoice', 'parcel'))} {display(value_of(module, candidate, name))} "
              f"ships on Friday.", f"{name}: a valid value named as an order")
    return f


# ------------------------------------------------------------------ passports
def mrz_value(c: str) -> int:
    return 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55


def check(field: str) -> str:
    return str(sum(mrz_value(c) * w for c, w in zip(field, [7, 3, 1] * 20)) % 10)


def wrong(digit: str) -> str:
    return str((int(digit) + rng.randint(1, 9)) % 10)


COUNTRIES = ("DEU", "FRA", "GBR", "NLD", "ITA", "ESP", "POL", "SWE", "USA", "CAN", "JPN", "BRA", "IND", "UTO", "D<<")
SURNAMES = ("MUSTERMANN", "ERIKSSON", "DUPONT", "KOWALSKA", "NAKAMURA", "OLIVEIRA", "SHARMA", "ROSSI", "OKAFOR")
GIVEN = ("ERIKA", "ANNA<MARIA", "JEAN<PAUL", "KENJI", "PRIYA", "LUCA", "AMARA", "SOFIA")


def doc_number(length: int = 9) -> str:
    alphabet = rng.choice((DIGITS, DIGITS + "CFGHJKLMNPRTVWXYZ", DIGITS))
    return rng.choice("CLPXABEGH") + "".join(rng.choice(alphabet) for _ in range(length - 1))


def birth() -> str:
    return f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def expiry() -> str:
    return f"{rng.randint(26, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def pad(text: str, n: int) -> str:
    return (text + "<" * n)[:n]


def td3(valid: bool = True) -> tuple[list[str], str]:
    issuer = rng.choice(COUNTRIES)
    line1 = pad(f"P<{issuer}{rng.choice(SURNAMES)}<<{rng.choice(GIVEN)}", 44)
    number, born, until = doc_number(), birth(), expiry()
    personal = pad(d(rng.choice((0, 8, 10))), 14)
    cn, cb, ce = check(number), check(born), check(until)
    cp = "<" if personal == "<" * 14 else check(personal)
    if not valid:
        cn = wrong(cn)
    body = f"{number}{cn}{issuer}{born}{cb}{rng.choice('MF')}{until}{ce}{personal}{cp}"
    composite = check(body[0:10] + body[13:20] + body[21:43])
    return [line1, body + composite], number


def td1(valid: bool = True) -> tuple[list[str], str]:
    issuer = rng.choice(COUNTRIES)
    number, born, until = doc_number(), birth(), expiry()
    optional = pad(d(rng.choice((0, 6))), 15)
    cn = check(number)
    line1 = f"{rng.choice(('ID', 'I<', 'IR', 'AC'))}{issuer}{number}{cn}{optional}"
    optional2 = pad("", 11)
    line2 = f"{born}{check(born)}{rng.choice('MF<')}{until}{check(until)}{issuer}{optional2}"
    composite = check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    if not valid:
        composite = wrong(composite)
    line3 = pad(f"{rng.choice(SURNAMES)}<<{rng.choice(GIVEN)}", 30)
    return [line1, line2 + composite, line3], number


def td2(valid: bool = True) -> tuple[list[str], str]:
    issuer = rng.choice(COUNTRIES)
    line1 = pad(f"{rng.choice(('I<', 'ID', 'IP'))}{issuer}{rng.choice(SURNAMES)}<<{rng.choice(GIVEN)}", 36)
    number, born, until = doc_number(), birth(), expiry()
    cn, cb, ce = check(number), check(born), check(until)
    if not valid:
        cb = wrong(cb)
    body = f"{number}{cn}{issuer}{born}{cb}{rng.choice('MF')}{until}{ce}<<<<<<<"
    return [line1, body + check(body[0:10] + body[13:20] + body[21:35])], number


def mrz_case(f: Family, syntax: str, make, reason: str) -> None:
    lines, number = make()
    joined = {"plain": "\n".join(lines), "code": "```\n" + "\n".join(lines) + "\n```",
              "ocr_log": "\n".join(f"2025-04-02 11:{rng.randint(10, 59)}:0{i} ocr mrz[{i}]={line}"
                                   for i, line in enumerate(lines)),
              "json": "{" + ", ".join(f'"mrz_{i + 1}": "{line}"' for i, line in enumerate(lines)) + "}",
              "prose": "Scanned the document, the bottom reads:\n" + "\n".join(lines) + "\nPlease verify."}[syntax]
    start = joined.index(number)
    text = joined[:start] + "{0}" + joined[start + len(number):]
    f.add(syntax, text.replace("{", "{{").replace("}", "}}").replace("{{0}}", "{0}"), [("passport", number)], reason)


def mrz_family() -> Family:
    f = Family("mrz")
    for syntax in ("plain", "code", "ocr_log", "json", "prose"):
        mrz_case(f, syntax, td3, "a passport's TD3 zone (two lines of 44) with real 7-3-1 check digits")
        mrz_case(f, syntax, td1, "an identity card's TD1 zone (three lines of 30) with real check digits")
        mrz_case(f, syntax, td2, "a TD2 zone (two lines of 36) with real check digits")
        for make, what in ((td3, "TD3"), (td1, "TD1"), (td2, "TD2")):
            lines, _ = make(valid=False)
            text = {"plain": "\n".join(lines), "code": "```\n" + "\n".join(lines) + "\n```",
                    "ocr_log": "\n".join(f"ocr mrz[{i}]={line}" for i, line in enumerate(lines)),
                    "json": "{" + ", ".join(f'"mrz_{i + 1}": "{line}"' for i, line in enumerate(lines)) + "}",
                    "prose": "Test fixture from the spec, the bottom reads:\n" + "\n".join(lines)}[syntax]
            f.neg(syntax, text, f"a {what}-shaped zone whose check digits fail")
    f.neg("plain", "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + "".join(rng.choice(UPPER + DIGITS) for _ in range(44)),
          "a filler line and a 44-character key")
    f.neg("code", "```\nKEY<<" + "".join(rng.choice(UPPER + DIGITS + "<") for _ in range(39)) + "\n```", "a licence blob")
    f.neg("ocr_log", "ocr mrz[0]=<none>\nocr mrz[1]=<none> confidence=0.12", "no zone read")
    return f


PASSPORT_WORDS = {
    "de": ("Reisepassnummer: {0}", "Meine Reisepass-Nr. ist {0}."),
    "fr": ("Numéro de passeport : {0}", "Mon passeport n° {0} expire en 2031."),
    "es": ("Número de pasaporte: {0}", "Mi pasaporte es el {0}."),
    "it": ("Numero di passaporto: {0}", "Il mio passaporto n. {0} scade nel 2030."),
    "pt": ("Número do passaporte: {0}", "O meu passaporte é {0}."),
    "nl": ("Paspoortnummer: {0}", "Mijn paspoort heeft nummer {0}."),
    "pl": ("Numer paszportu: {0}", "Mój paszport: {0}."),
    "sv": ("Passnummer: {0}", "Mitt passnummer är {0}."),
    "fi": ("Passin numero: {0}", "Passinumeroni on {0}."),
    "cs": ("Číslo pasu: {0}", "Číslo cestovního pasu je {0}."),
    "hu": ("Útlevélszám: {0}", "Az útlevelem száma {0}."),
    "ro": ("Numărul pașaportului: {0}", "Pașaport nr. {0}"),
    "tr": ("Pasaport numarası: {0}", "Pasaport no: {0}"),
    "el": ("Αριθμός διαβατηρίου: {0}", "Διαβατήριο: {0}"),
    "ru": ("Номер паспорта: {0}", "Загранпаспорт № {0}"),
    "uk": ("Номер паспорта: {0}", "Закордонний паспорт {0}"),
    "zh": ("护照号码：{0}", "護照號碼：{0}"),
    "ja": ("旅券番号：{0}", "パスポート番号は{0}です。"),
    "ko": ("여권번호: {0}", "여권 번호 {0}"),
    "ar": ("رقم جواز السفر: {0}", "جواز السفر رقم {0}"),
    "he": ("מספר דרכון: {0}", "דרכון {0}"),
    "hi": ("पासपोर्ट नंबर: {0}", "पासपोर्ट संख्या {0}"),
    "id": ("Nomor paspor: {0}", "Paspor saya {0}."),
    "vi": ("Số hộ chiếu: {0}", "Hộ chiếu số {0}"),
    "en": ("Passport No.: {0}", "Her passport number is {0}."),
}


def passport_number() -> str:
    return rng.choice((lambda: doc_number(9), lambda: d(9), lambda: "".join(rng.choice(UPPER) for _ in range(2)) + d(7),
                       lambda: rng.choice(UPPER) + d(8)))()


def passport_words() -> Family:
    f = Family("passport_words")
    for lang, templates in PASSPORT_WORDS.items():
        for template in templates:
            f.add(lang, template, [("passport", passport_number())], f"a passport number after the passport word ({lang})")
    negatives = {
        "de": "Reisepass: gültig bis 12.03.2031, ausgestellt 2021.",
        "fr": "Passeport : photo 35x45 mm, timbre fiscal 86 euros.",
        "es": "Pasaporte: cita el 2025-04-17 a las 10:30, sala 2.",
        "nl": "Paspoort aanvragen kost € 83,75 (tarief 2025).",
        "pl": "Paszport: wniosek złożony 2025-03-02, odbiór za 30 dni.",
        "ru": "Паспорт: срок изготовления 30 дней, пошлина 6000 руб.",
        "ja": "パスポート：申請から7日後に受け取り、手数料16000円。",
        "ar": "جواز السفر: صالح حتى 2031-05-12",
        "en": "Passport office ticket 20250417 at window 12.",
        "tr": "Pasaport harcı 2025 yılı için 5.332 TL.",
        "el": "Διαβατήριο: ραντεβού στις 2025-06-14, γκισέ 3.",
        "zh": "护照：办理时间 2025年3月14日，费用 120 元。",
    }
    for lang, text in negatives.items():
        f.neg(lang, text, "a passport word before a date, a fee or a size")
    f.neg("en", f"Order number {passport_number()} (passport cover, leather).", "an order number for a passport cover")
    f.neg("de", f"Bestellnummer {passport_number()} – Reisepasshülle", "an order number near the passport word")
    return f


if __name__ == "__main__":
    families = [id_family(region) for region in ("west", "north", "east", "americas", "asia", "afme")]
    families += [mrz_family(), passport_words()]
    dev_records, holdout_records = split(families, rng)
    write(dev_records, HERE / "dev_pass33i.jsonl", "p33i-")
    write(holdout_records, HERE / "dev_pass33i_holdout.jsonl", "p33ih-")
