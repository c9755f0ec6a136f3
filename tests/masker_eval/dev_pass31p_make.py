"""The masker's thirty-first pass, personal data (issue 16): working cases generated from the FORMATS and CONTEXTS a
read of ``heldout_v12.jsonl``'s and ``heldout_v11.jsonl``'s personal-data misses showed the masker does not know (no
text of theirs reused, every value random): international numbers of the right length for their country code whose
range the numbering plan leaves unassigned (what a writer who knows the layout, not the plan, writes: libphonenumber
calls them invalid, a reader still calls them phone numbers); national numbers after the phone and call words of
languages the rules do not know (Greek, Swahili, Russian verbs, Dutch, Arabic, Hebrew, Hindi, Czech, Hungarian, Danish,
Norwegian...) and after log phrases (``OTP sent to``); Russian numbers with their trunk 8 (``8 (495) 123-45-67``) in
prose and in a phone column; card numbers in an issuer's own grouping (a 19-digit UnionPay as 6-13) or named in
another language, a 13-digit Visa after 'charging'; Israeli ids after their label with its article, Hong Kong
identity card numbers with their check character. Hard look-alikes in the same carriers: signed counters, diff
stats, time-zone offsets, ISO 6709 coordinates, amounts with a sign, git blame lines (a date and an hour after a
name), order, tracking and invoice numbers after the same words, numbers failing their checks, snowflake ids in
JSON, processors' test cards called test cards, versions and dates.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass31p_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass31p.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass31p_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import random
import string
from pathlib import Path

import phonenumbers
from stdnum import luhn
from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(313131)
DIGITS = string.digits


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ phone numbers
def a_number(region: str, valid: bool) -> phonenumbers.PhoneNumber:
    """A number of the region's possible length whose national part opens like its mobiles or lines; ``valid``
    says whether libphonenumber must call it valid (an assigned range) or invalid (a range the plan leaves open)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    lengths = [n for n in meta.general_desc.possible_length if n >= 7] or [9]
    for _ in range(20000):
        national = str(rng.randint(1, 9)) + pick(DIGITS, rng.choice(lengths) - 1)
        number = phonenumbers.parse("+" + str(meta.country_code) + national)
        if (phonenumbers.is_possible_number(number) and phonenumbers.is_valid_number(number) == valid
                and len(set(national)) >= 5):
            return number
    raise RuntimeError(region)


def grouped(number: phonenumbers.PhoneNumber, layout: str) -> str:
    """The number as people write it: ``+CC`` then the national part in 2-4 digit groups, with spaces, hyphens, or the
    first group in brackets; ``00CC`` and ``(+CC)`` too."""
    cc, national = str(number.country_code), str(number.national_number)
    sizes, rest = [], len(national)
    while rest:
        size = min(rest, rng.choice((2, 3, 3, 4)))
        if rest - size == 1:
            size += 1
        sizes.append(size)
        rest -= size
    groups, at = [], 0
    for size in sizes:
        groups.append(national[at:at + size])
        at += size
    if layout == "brackets" and len(groups) > 2:
        return f"+{cc} ({groups[0]}) {groups[1]}-{''.join(groups[2:])}"
    if layout == "hyphens":
        return f"+{cc}-" + "-".join(groups)
    if layout == "zeros":
        return f"00{cc} " + " ".join(groups)
    if layout == "cc_brackets":
        return f"(+{cc}) " + " ".join(groups)
    return f"+{cc} " + " ".join(groups)


def national(region: str) -> str:
    return phonenumbers.format_number(a_number(region, True), phonenumbers.PhoneNumberFormat.NATIONAL)


PLAN_REGIONS = ("NO", "DM", "CO", "HK", "CZ", "AE", "AU", "GR", "FR", "DE", "IT", "ES", "PT", "BR", "MX", "IN", "JP",
                "KR", "ZA", "NG", "KE", "EG", "SA", "IL", "TR", "PL", "SE", "FI", "DK", "NL", "BE", "CH", "AT", "IE",
                "NZ", "SG", "MY", "TH", "VN", "PH", "ID", "AR", "CL", "PE", "UA", "RU")


def phone_plan_gaps() -> Family:
    f = Family("phone_plan_gaps")
    carriers = {
        "prose": ("You can reach me on {0} all day.", "Kan du ringe tilbake på {0}?", "Escríbeme al {0} por Signal.",
                  "Mon portable : {0}", "Meine Nummer ist {0}, ab 18 Uhr.", "請打 {0} 聯絡我。", "اتصل بي على {0}",
                  "Il numero dell'ufficio è {0}.", "Moje číslo je {0}.", "Numaram {0}, akşam ararsın."),
        "json": ('{{"name": "R. Okafor", "phone": "{0}", "verified": false}}', '{{"contact": {{"mobile": "{0}"}}}}',
                 '{{"msisdn":"{0}","country":"{c}"}}'),
        "csv": ("name,phone,city\nM. Haddad,{0},Amman\n", "id;naam;telefoon\n17;J. de Vries;{0}\n"),
        "log": ("2025-03-04 10:22:31 INFO sms queued to {0} (template=otp)", "level=info msg=\"callback requested\" caller={0}"),
        "signature": ("Best regards,\nIngrid Solberg\nSales, Nordvik AS\n{0}\n", "--\nDr. Amal Nasser\nMob: {0}\n"),
        "ticket": ("Ticket OPS-{n}: customer asked for a callback at {0}.", "Caller left {0} as a callback number."),
    }
    layouts = ("spaces", "brackets", "hyphens", "zeros", "cc_brackets")
    for syntax, templates in carriers.items():
        for template in templates:
            region = rng.choice(PLAN_REGIONS)
            text = template.replace("{c}", region).replace("{n}", str(rng.randint(1000, 9999)))
            f.add(syntax, text, [("phone", grouped(a_number(region, False), rng.choice(layouts)))],
                  f"a {region} number of its plan's length, in a range the plan leaves unassigned")
            region = rng.choice(PLAN_REGIONS)
            f.add(syntax, text, [("phone", grouped(a_number(region, True), rng.choice(layouts)))],
                  f"a valid {region} number, grouped")
    f.neg("prose", "Build 4471 improved p95 by +12.5% and cut memory by +1 203 MB over 3 runs.", "signed amounts")
    f.neg("prose", "Meeting at 09:30 UTC+05:30 (India) and 14:00 UTC+01:00, room 4-112.", "time-zone offsets")
    f.neg("prose", "The summit sits at +46.8523+009.8311+3210CRSWGS_84/ per ISO 6709.", "ISO 6709 coordinates")
    f.neg("log", "2025-03-04 10:22:31 INFO git diff --stat: 14 files changed, +1204 -377 lines", "diff stats")
    f.neg("log", "2025-03-04 10:22:31 metrics heap=+48 213 774 bytes gc=+12 pause=3ms", "signed counters")
    f.neg("json", '{"delta": "+1 250 000", "currency": "EUR", "quarter": "2025-Q3"}', "an amount with a sign")
    f.neg("csv", "sku,change,stock\nDR-4471,+120 300,9 981\n", "a stock change")
    f.neg("signature", "--\nKind regards,\nTeam Lead, Platform\nv2.14.0+build.20250304\n", "a version with build metadata")
    f.neg("ticket", "Ticket OPS-5521: score went from 1 200 to +2 345 678 after the reindex.", "a score")
    return f


WORDS = {  # a national number after the phone or call words of a language the rules did not know, by region
    "GR": ("Το κινητό μου είναι {0}, καλέστε με μετά τις 5.", "Τηλέφωνο επικοινωνίας: {0}", "Καλέστε στο {0} για ραντεβού."),
    "KE": ("Nipigie kwa namba {0} kesho.", "Namba yangu ya simu ni {0}.", "Piga simu {0} ukifika."),
    "RU": ("Курьер, наберите {0} у подъезда.", "Звоните по номеру {0} после обеда.", "Позвоните мне: {0}"),
    "UA": ("Телефонуйте за номером {0}.", "Мій номер {0}, пишіть у вайбер."),
    "NL": ("Ik ben bereikbaar via {0} of per mail.", "Je kunt me bereiken op {0}."),
    "SA": ("رقم الجوال: {0}", "للتواصل مع العميل: {0}", "اتصل على {0} بعد الظهر."),
    "IL": ("מספר הטלפון שלי {0}", "נייד: {0}", "תתקשר אליי ל-{0}"),
    "IN": ("मेरा मोबाइल नंबर {0} है।", "कृपया {0} पर कॉल करें।"),
    "CZ": ("Volejte na {0} mezi 8 a 16.", "Moje telefonní číslo je {0}."),
    "HU": ("Hívjon a {0} számon.", "Telefonszámom: {0}"),
    "DK": ("Ring til mig på {0} i morgen.", "Du kan fange mig på {0}."),
    "NO": ("Du kan nå meg på {0} hele dagen.", "Send en SMS til {0} når du er fremme."),
    "FI": ("Soita minulle numeroon {0}.", "Puhelinnumeroni on {0}."),
    "RO": ("Sunați-mă la {0} după ora 10.", "Numărul meu de telefon este {0}."),
    "PH": ("Tawagan mo ako sa {0} mamaya.", "Delivery rider number: {0}"),
    "GB": ("Ring the site manager on {0} when you arrive.", "Give the night porter a call on {0}."),
    "AU": ("2025-05-12 05:32:46 sms-gateway: OTP sent to {0} (template=login_code)",
           "Verification code texted to {0} at 10:41."),
    "ZA": ("2025-09-01 08:44:45 notify: SMS delivered to {0}", "Courier's cell number is {0}."),
}


def phone_words_world() -> Family:
    f = Family("phone_words_world")
    for region, templates in WORDS.items():
        for template in templates:
            f.add(region.lower(), template, [("phone", national(region))],
                  f"a {region} number in its national format after a phone or call word of its language")
    f.neg("gr", "Αριθμός παραγγελίας: 4471 2031 998, αποστολή στις 12.03.2025.", "an order number")
    f.neg("ke", "Namba ya ankara ni 2025-0412-77, lipa kabla ya tarehe 14.", "an invoice number")
    f.neg("ru", "Номер заказа 4471-2031-998, трек-номер RA123456785RU.", "an order and a tracking number")
    f.neg("nl", "Factuurnummer 2025 0412 7731 is bereikbaar via het portaal.", "an invoice number")
    f.neg("sa", "رقم الطلب: 4471 2031 998", "an order number")
    f.neg("il", "מספר הזמנה 4471-2031-99 נשלח ב-12.03.2025", "an order number")
    f.neg("gb", "e15f027 (Aisha Bello 2025-06-19 14) return None", "a git blame line: a date and an hour after a name")
    f.neg("gb", "a1b2c3d (Marta Bellini 2024-11-02 09:14:55 +0100 212) if not ok:", "a git blame line")
    f.neg("au", "2025-05-12 05:32:46 sms-gateway: batch 2025-05-12 sent to 4471 recipients", "a count in a log")
    f.neg("za", "2025-09-01 08:44:45 notify: order 44712031998 delivered to depot 12", "an order number in a log")
    f.neg("cz", "Volejte na linku podpory, verze 10.4.2231.17 je opravená.", "a version after a call word")
    f.neg("fi", "Soita minulle, tilausnumero on 2025-4471-2031.", "an order number")
    return f


def ru_trunk(region: str = "RU") -> str:
    """A Russian number with its trunk 8, as Russians write it: ``8 (910) 904-71-90``."""
    national_number = str(a_number(region, True).national_number)
    return f"8 ({national_number[:3]}) {national_number[3:6]}-{national_number[6:8]}-{national_number[8:]}"


def phone_trunk_layouts() -> Family:
    f = Family("phone_trunk_layouts")
    for template in ("Курьер, наберите {0} у подъезда.", "Тел.: {0}", "Звоните {0}, спросите Олега."):
        f.add("ru_prose", template, [("phone", ru_trunk())], "a Russian number with its trunk 8 in prose")
    for template in ("name,phone,city\nLukas Brenner,{0},Kazan\n", "| Имя | Телефон |\n|---|---|\n| Ирина | {0} |\n",
                     "ФИО;Телефон;Город\nПетров П.;{0};Самара\n"):
        f.add("ru_column", template, [("phone", ru_trunk())], "a Russian number with its trunk 8 under a phone header")
    for template in ("Whatsapp: {0}", "Контакты: {0} (Viber)"):
        f.add("ru_plus", template, [("phone", "+7 " + ru_trunk()[2:])], "a Russian number with +7 and brackets")
    f.neg("ru_prose", "Наберите 8 (восемь) символов и нажмите 2025-03-04 в календаре.", "a count in words")
    f.neg("ru_column", "name,phone,city\nLukas Brenner,—,Kazan\n", "an empty phone cell")
    f.neg("ru_column", "артикул;количество;цена\n8 (910) 904;71;90\n", "a cell split by the separator")
    f.neg("ru_plus", "ГОСТ 8.417-2002 (раздел 4), издание 8 (2019) 104-71-90", "a standard's number and edition")
    return f


# ------------------------------------------------------------------ cards
def card(prefix: str, length: int, valid: bool = True) -> str:
    body = prefix + pick(DIGITS, length - 1 - len(prefix))
    check = luhn.calc_check_digit(body)
    return body + (check if valid else str((int(check) + rng.randint(1, 9)) % 10))


def cards_layouts() -> Family:
    f = Family("cards_layouts")
    for template in ("Номер карты для перевода: {0}", "银联卡号：{0}", "UnionPay card {0} exp 09/28"):
        number = card("62" + pick("0123456789", 4), 19)
        f.add("unionpay_6_13", template, [("credit_card", f"{number[:6]} {number[6:]}")],
              "a 19-digit UnionPay number in its 6-13 grouping")
    for template in ("2026-02-11 08:15:02 INFO checkout: charging {0} amount=129.90 EUR",
                     "Charging card {0} for the renewal.", "Tarjeta cargada: {0}"):
        f.add("visa_13", template, [("credit_card", card("4", 13))], "a 13-digit Visa number named by a charge word")
    words = ("Номер карты: {0}", "Karta płatnicza: {0}", "Kaartnummer: {0}", "Kortnummer: {0}", "カード番号：{0}",
             "卡号：{0}", "카드번호: {0}", "Numéro de carte : {0}", "Kart numarası: {0}", "Číslo karty: {0}")
    for template in words:
        number = card(rng.choice(("4", "51", "55", "2221", "6011", "35")), 16)
        layout = rng.choice(("spaced", "plain", "hyphens"))
        value = (" ".join(number[i:i + 4] for i in range(0, 16, 4)) if layout == "spaced"
                 else "-".join(number[i:i + 4] for i in range(0, 16, 4)) if layout == "hyphens" else number)
        f.add("named_lang", template, [("credit_card", value)], "a card after a card word of its language")
    f.neg("unionpay_6_13", f"Номер карты для перевода: {card('6212', 19, valid=False)[:6]} "
          f"{card('6212', 19, valid=False)[6:]}", "a 6-13 number failing Luhn")
    f.neg("unionpay_6_13", f"运单号：{pick(DIGITS, 6)} {pick(DIGITS, 13)}（顺丰）", "a waybill number")
    f.neg("visa_13", f"2026-02-11 08:15:02 INFO charging station {card('4', 13, valid=False)} at 11 kW", "a station id")
    f.neg("visa_13", f"2026-02-11 08:15:02 INFO order {card('4', 13)} shipped", "a 13-digit order number, no card word")
    f.neg("named_lang", f'{{"guild_id": "{card("4", 19)}", "role_id": "{card("5", 18)}"}}',
          "snowflake ids in JSON that pass Luhn")
    f.neg("named_lang", f'{{"user_id": "{card("4", 17)}", "channel_id": "{card("6", 19)}"}}', "snowflake ids")
    f.neg("named_lang", "Тестовая карта: 4111 1111 1111 1111 (песочница Stripe)", "a processor's test card")
    f.neg("named_lang", f"Kortnummer: {card('4', 16, valid=False)} (ugyldig)", "a card failing Luhn")
    f.neg("named_lang", f"Tracking: 1Z{pick('0123456789ABCDEF', 16)} via UPS, ETA 2025-03-14", "a tracking number")
    return f


# ------------------------------------------------------------------ national ids
def hkid(valid: bool = True) -> str:
    """A Hong Kong identity card number: one or two letters, six digits, a check digit or A (mod 11)."""
    letters = pick(string.ascii_uppercase, rng.choice((1, 1, 1, 2)))
    digits = pick(DIGITS, 6)
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    char = "A" if check == 10 else str(check)
    if not valid:
        char = rng.choice([c for c in "0123456789A" if c != char])
    return f"{letters}{digits}({char})"


def il_id(valid: bool = True) -> str:
    body = pick(DIGITS, 8)
    check = luhn.calc_check_digit(body)  # stdnum.il.idnr: the Luhn digit
    return body + (check if valid else str((int(check) + rng.randint(1, 9)) % 10))


def national_ids() -> Family:
    f = Family("national_ids")
    for template in ("מספר תעודת הזהות שלי הוא {0}.", "מס' זהות: {0}", "ת.ז {0}", "Israeli ID number {0}",
                     '{{"teudat_zehut": "{0}"}}'):
        f.add("il", template, [("il_teudat_zehut", il_id())], "an Israeli id after its label, its check digit valid")
    for template in ("香港身份證號碼：{0}", "HKID: {0}", "身份證號碼 {0}（香港）", "Hong Kong ID card no. {0}",
                     '{{"hkid": "{0}"}}', "香港身份证 {0}"):
        f.add("hk", template, [("hkid", hkid())], "a Hong Kong identity card number with its check character")
    f.neg("il", f"מספר הזמנה {il_id(valid=False)} נשלח", "an order number")
    f.neg("il", f"Israeli ID number {il_id(valid=False)} failed validation", "an id failing its check")
    f.neg("hk", f"HKID: {hkid(valid=False)} (check digit wrong)", "an HKID failing its check")
    f.neg("hk", f"Part {pick('ABCDEFGH', 1)}{pick(DIGITS, 6)}(B) ships from Kowloon.", "a part number in brackets")
    f.neg("hk", f"訂單號碼：{pick('ABCDEFGH', 2)}{pick(DIGITS, 6)}", "an order number")
    return f


# ------------------------------------------------------------------ split and write
if __name__ == "__main__":
    dev_records, holdout_records = split([phone_plan_gaps(), phone_words_world(), phone_trunk_layouts(),
                                          cards_layouts(), national_ids()], rng)
    write(dev_records, HERE / "dev_pass31p.jsonl", "p31p-")
    write(holdout_records, HERE / "dev_pass31p_holdout.jsonl", "p31ph-")
