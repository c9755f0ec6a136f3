"""The masker's seventeenth pass (personal data) working cases (issue 16), written before measuring the masker on
them: phone numbers of many countries in their national and international formats with every separator, in
sentences, signatures, vCards, JSON, CSV and logs; national ids with valid checks, labelled in their own language,
in tables with and without headers and in JSON under local key names; IBANs and cards spaced, dashed and in tables;
emails in every markup. And the look-alikes that must stay: numbers failing their check, versions, timestamps,
build numbers, ISBNs, durations, tracking numbers, published test cards and example numbers in docs.

    .venv/bin/python tests/masker_eval/dev_pass17b_make.py   # rewrites dev_pass17b.jsonl (same seed, same file)
"""

from __future__ import annotations

import string
from pathlib import Path

import phonenumbers
from dev_cases import DevCases, group
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.au import tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.tr import tckimlik

CASES = DevCases(161702, Path(__file__).resolve().parent / "dev_pass17b.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase
FIRST = ("Anna", "Jonas", "Priya", "Mateo", "Sofía", "Kenji", "Amara", "Lucas", "Ingrid", "Chloé", "Wei", "Olumide",
         "Tomasz", "Giulia", "Hannah", "Rahul", "Noor", "Pedro", "Yuki", "Lars")
LAST = ("Müller", "Rossi", "Sharma", "Costa", "Nakamura", "Okafor", "Dubois", "Kowalski", "Lindqvist", "van Dijk",
        "García", "Haddad", "Petrova", "Berg", "O'Brien", "Schneider", "Silva", "Yilmaz", "Novak", "Evans")
DOMAINS = ("gmail.com", "outlook.com", "acme-logistics.io", "web.de", "libero.it", "orange.fr", "yahoo.co.uk",
           "nordwind.se", "example-corp.com.br", "mail.ru", "proton.me", "kpn.nl")
PHONE_REGIONS = ("US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "PL", "CZ", "SE",
                 "NO", "DK", "FI", "GR", "TR", "IL", "AE", "SA", "IN", "PK", "SG", "MY", "ID", "PH", "TH", "VN", "JP",
                 "KR", "CN", "HK", "TW", "AU", "NZ", "ZA", "NG", "KE", "EG", "MA", "BR", "MX", "AR", "CL", "CO", "RU",
                 "UA", "RO", "HU")


def person() -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email_of(name: str) -> str:
    first, last = name.lower().replace("é", "e").replace("í", "i").replace("ü", "u").replace("'", "").split(" ", 1)
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}", f"{first}+work", f"{last}.{first[0]}"))
    return local.replace(" ", "") + "@" + rng.choice(DOMAINS)


# ---- phones -------------------------------------------------------------------------------------------------------

def phone(region: str, kind=PhoneNumberType.MOBILE) -> phonenumbers.PhoneNumber:
    """A valid number of ``region``: its example number with the last digits drawn again."""
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    while True:
        digits = national[:-4] + pick(DIGITS, 4)
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(number):
            return number


def written(number: phonenumbers.PhoneNumber, style: str) -> str:
    """The number as people write it: international, E.164, national, with their separators."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "intl_dash":
        return intl.replace(" ", "-", 1).replace(" ", "-")
    if style == "intl_dot":
        return intl.replace(" ", ".").replace("-", ".")
    if style == "00":
        return "00" + intl[1:]
    if style == "intl_trunk":  # +49 (0)151 ...: the trunk 0 in brackets, as signatures in DE, UK, NL, CH write it
        code, rest = intl.split(" ", 1)
        return f"{code} (0){rest}" if national.startswith("0") else intl
    if style == "paren_code":
        code, rest = intl.split(" ", 1)
        return f"({code}) {rest}"
    if style == "national":
        return national
    if style == "national_dash":
        return national.replace(" ", "-")
    if style == "national_dot":
        return national.replace(" ", ".").replace("(", "").replace(")", "")
    raise ValueError(style)


PHONE_STYLES = ("intl", "e164", "intl_dash", "intl_dot", "00", "intl_trunk", "paren_code", "national", "national_dash",
                "national_dot")
SENTENCES = (
    "You can reach me on {0} after 5pm.", "Her mobile is {0}, she prefers texts.", "Please call {0} to confirm the slot.",
    "Contact: {0}", "WhatsApp {0} (ask for {1})", "Tel.: {0}", "Handy: {0}", "Portable : {0}", "Mob: {0}",
    "Direct line: {0} — mornings only", "Phone (work): {0}", "☎ {0}", "Numéro de téléphone : {0}",
    "Mi número es el {0}, escríbeme por WhatsApp.", "Il mio cellulare: {0}", "Mijn nummer is {0}.",
    "Customer asked for a callback on {0} regarding ticket #48213.", "Telefon: {0}",
    "The courier will ring {0} on arrival.", "Emergency contact {1}, {0}",
)
SIGNATURES = (
    "Best regards,\n{1}\nHead of Operations | Nordwind Logistics\nM: {0}\nwww.nordwind.example",
    "Thanks,\n{1}\n\nMobile {0}\nOffice hours Mon–Fri",
    "--\n{1}\nAccount Manager\nT {0}\nE {2}",
    "Cheers,\n{1}\n{0}\n",
    "Mit freundlichen Grüßen\n{1}\nTel. {0}\n",
    "Cordialement,\n{1}\nTél : {0}",
)


def phones_in_prose_and_signatures() -> None:
    for index, region in enumerate(PHONE_REGIONS):
        style = PHONE_STYLES[index % len(PHONE_STYLES)]
        name = person()
        value = written(phone(region), style)
        template = SENTENCES[index % len(SENTENCES)].replace("{1}", name)
        positive(template, [("phone", value)], f"{region} phone ({style}) in a sentence")
        style = PHONE_STYLES[(index * 3 + 1) % len(PHONE_STYLES)]
        value = written(phone(region), style)
        template = SIGNATURES[index % len(SIGNATURES)].replace("{1}", name).replace("{2}", "{1}")
        positive(template, [("phone", value), ("email", email_of(name))], f"{region} phone ({style}) in a signature")


def phones_in_vcards_json_csv() -> None:
    for region in PHONE_REGIONS[::2]:
        name = person()
        cell, work = written(phone(region), rng.choice(("intl", "e164"))), written(
            phone(region, PhoneNumberType.FIXED_LINE), rng.choice(("intl", "national")))
        positive(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=CELL:{{0}}\nTEL;TYPE=WORK,VOICE:{{1}}\n"
                 f"EMAIL;TYPE=INTERNET:{{2}}\nEND:VCARD\n",
                 [("phone", cell), ("phone", work), ("email", email_of(name))], f"{region} phones in a vCard 3")
    for region in PHONE_REGIONS[1::3]:
        number = phonenumbers.format_number(phone(region), PhoneNumberFormat.E164)
        positive("BEGIN:VCARD\nVERSION:4.0\nFN:" + person() + "\nTEL;VALUE=uri;TYPE=\"voice,cell\":tel:{0}\nEND:VCARD",
                 [("phone", number)], f"{region} phone as a vCard 4 tel: URI")
    keys = ("phone", "telefono", "telefone", "telefon", "téléphone", "handynummer", "mobileNumber", "phone_number",
            "numero_cellulare", "telefoonnummer", "contactPhone", "msisdn", "tel", "celular", "mobile")
    for index, region in enumerate(PHONE_REGIONS[::2]):
        key = keys[index % len(keys)]
        name = person()
        value = written(phone(region), PHONE_STYLES[index % len(PHONE_STYLES)])
        layout = index % 3
        if layout == 0:
            template = f'{{"name": "{name}", "{key}": "{{0}}", "country": "{region}"}}'
        elif layout == 1:
            template = f'{{\n  "customer": {{\n    "fullName": "{name}",\n    "{key}": "{{0}}"\n  }}\n}}'
        else:
            template = f"{key}: '{{0}}'\nname: {name}"
        positive(template, [("phone", value)], f"{region} phone under the key '{key}'")
    for header in (True, False):
        for sep in (",", ";", "\t"):
            rows, values = [], []
            for _ in range(4):
                region = rng.choice(PHONE_REGIONS)
                name = person()
                values.append(("email", email_of(name)))
                values.append(("phone", written(phone(region), rng.choice(("intl", "e164", "national", "intl_dash")))))
                rows.append(sep.join((str(rng.randrange(1000, 9999)), name, "{%d}" % (len(values) - 2),
                                      "{%d}" % (len(values) - 1), region)))
            head = sep.join(("id", "name", "email", "phone", "country")) + "\n" if header else ""
            positive(head + "\n".join(rows) + "\n", values, f"phones in a CSV ({'header' if header else 'no header'}, {sep!r})")
    for region in ("GB", "DE", "FR", "US", "BR", "IN", "AU", "NL"):
        number = phonenumbers.format_number(phone(region), PhoneNumberFormat.E164)
        positive(rng.choice(("2024-05-02T10:11:12Z INFO sms.send to={0} status=queued provider=twilio",
                             "[otp] delivering code to {0} (attempt 2)",
                             "level=warn msg=\"callback failed\" caller_id={0} duration_ms=5312")),
                 [("phone", number)], f"{region} phone in a log line")


# ---- national ids -------------------------------------------------------------------------------------------------

def a_cpf() -> str:
    base = pick(DIGITS, 9)
    return base + cpf._calc_check_digits(base)


def a_cnpj() -> str:
    base = pick(DIGITS, 8) + "0001"
    return base + cnpj.calc_check_digits(base)


def a_birth() -> tuple[int, int, int]:
    return rng.randrange(1950, 2005), rng.randrange(1, 13), rng.randrange(1, 29)


def a_pesel() -> str:
    year, month, day = a_birth()
    month += 20 if year >= 2000 else 0
    base = f"{year % 100:02d}{month:02d}{day:02d}" + pick(DIGITS, 4)
    return base + pesel.calc_check_digit(base)


def a_nir() -> str:
    year, month, _ = a_birth()
    base = f"{rng.choice('12')}{year % 100:02d}{month:02d}{rng.randrange(1, 96):02d}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
    return base + nir.calc_check_digits(base)


def a_codice_fiscale() -> str:
    year, month, day = a_birth()
    day += rng.choice((0, 40))
    base = pick(UPPER, 6) + f"{year % 100:02d}" + "ABCDEHLMPRST"[month - 1] + f"{day:02d}" + rng.choice(UPPER) + pick(DIGITS, 3)
    return base + codicefiscale.calc_check_digit(base)


def a_personnummer() -> str:
    year, month, day = a_birth()
    base = f"{year % 100:02d}{month:02d}{day:02d}" + pick(DIGITS, 3)
    return base[:6] + "-" + base[6:] + luhn.calc_check_digit(base)


def a_fodselsnummer() -> str:
    year, month, day = a_birth()
    base = f"{day:02d}{month:02d}{year % 100:02d}" + pick(DIGITS, 3)
    while True:
        first = fodselsnummer.calc_check_digit1(base)
        second = fodselsnummer.calc_check_digit2(base + first)
        if len(first + second) == 2 and fodselsnummer.is_valid(base + first + second):
            return base + first + second
        base = base[:6] + pick(DIGITS, 3)


def a_dni() -> str:
    digits = pick(DIGITS, 8)
    return digits + dni.calc_check_digit(digits)


def a_nie() -> str:
    body = rng.choice("XYZ") + pick(DIGITS, 7)
    return body + nie.calc_check_digit(body)


def a_ssn() -> str:
    while True:
        area = rng.randrange(1, 900)
        if area not in (666,) and area < 900:
            return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def a_nino() -> str:
    while True:
        prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return f"{prefix} {pick(DIGITS, 2)} {pick(DIGITS, 2)} {pick(DIGITS, 2)} {rng.choice('ABCD')}"


def a_tckimlik() -> str:
    base = rng.choice("123456789") + pick(DIGITS, 8)
    return base + tckimlik.calc_check_digits(base)


# kind, its labels (local language first), how it is written (a function of the id's digits), a generator
IDS = (
    ("br_cpf", ("CPF", "CPF do titular", "Cadastro de Pessoas Físicas"), a_cpf,
     lambda d: f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", lambda d: d),
    ("br_cnpj", ("CNPJ", "CNPJ da empresa"), a_cnpj,
     lambda d: f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}", lambda d: d),
    ("nl_bsn", ("BSN", "Burgerservicenummer", "BSN-nummer"), lambda: CASES.number(bsn, 9),
     lambda d: d, lambda d: f"{d[:4]}.{d[4:6]}.{d[6:]}"),
    ("pl_pesel", ("PESEL", "Numer PESEL"), a_pesel, lambda d: d, lambda d: d),
    ("es_dni", ("DNI", "NIF", "Documento Nacional de Identidad"), a_dni, lambda d: d, lambda d: f"{d[:8]}-{d[8]}"),
    ("es_nie", ("NIE", "Número de Identidad de Extranjero"), a_nie, lambda d: d, lambda d: f"{d[0]}-{d[1:8]}-{d[8]}"),
    ("fr_nir", ("N° de sécurité sociale", "NIR", "numéro INSEE"), a_nir,
     lambda d: f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}", lambda d: d),
    ("it_cf", ("Codice fiscale", "C.F.", "CF"), a_codice_fiscale, lambda d: d, lambda d: d.lower()),
    ("de_idnr", ("Steuer-ID", "Steueridentifikationsnummer", "Steuerliche Identifikationsnummer", "IdNr"),
     lambda: CASES.number(idnr, 11), lambda d: f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}", lambda d: d),
    ("se_personnummer", ("Personnummer", "Pers.nr"), a_personnummer, lambda d: d, lambda d: "19" + d if d[0] > "2" else "20" + d),
    ("no_fodselsnummer", ("Fødselsnummer", "Personnummer (NO)"), a_fodselsnummer, lambda d: d, lambda d: f"{d[:6]} {d[6:]}"),
    ("in_aadhaar", ("Aadhaar", "Aadhaar No.", "आधार संख्या"), lambda: CASES.number(aadhaar, 12, first="23456789"),
     lambda d: group(d, (4, 4, 4), " "), lambda d: d),
    ("au_tfn", ("TFN", "Tax File Number"), lambda: CASES.number(tfn, 9), lambda d: group(d, (3, 3, 3), " "), lambda d: d),
    ("jp_my_number", ("マイナンバー", "個人番号", "My Number"), lambda: CASES.number(jp_in, 12),
     lambda d: group(d, (4, 4, 4), " "), lambda d: d),
    ("ca_sin", ("SIN", "Social Insurance Number", "NAS"), lambda: CASES.number(sin, 9, first="1234567"),
     lambda d: group(d, (3, 3, 3), " "), lambda d: group(d, (3, 3, 3), "-")),
    ("us_ssn", ("SSN", "Social Security Number", "SS#"), a_ssn, lambda d: d, lambda d: d.replace("-", " ")),
    ("uk_nino", ("National Insurance number", "NI number", "NINO"), a_nino, lambda d: d, lambda d: d.replace(" ", "")),
    ("tr_tckimlik", ("TC Kimlik No", "T.C. Kimlik Numarası"), a_tckimlik, lambda d: d, lambda d: d),
)
JSON_KEYS = {"br_cpf": "cpf", "br_cnpj": "cnpj", "nl_bsn": "burgerservicenummer", "pl_pesel": "pesel",
             "es_dni": "numero_documento", "es_nie": "nie", "fr_nir": "numeroSecuriteSociale",
             "it_cf": "codiceFiscale", "de_idnr": "steuer_id", "se_personnummer": "personnummer",
             "no_fodselsnummer": "fodselsnummer", "in_aadhaar": "aadhaar_number", "au_tfn": "tax_file_number",
             "jp_my_number": "kojin_bango", "ca_sin": "sin", "us_ssn": "ssn", "uk_nino": "ni_number",
             "tr_tckimlik": "tc_kimlik_no"}
LABELLED = ("{label}: {0}", "{name} — {label} {0}", "Please verify the {label} {0} against the form.",
            "{label} nº {0}", "- {label}: `{0}`", "<td>{label}</td><td>{0}</td>")


def ids_labelled_and_in_json() -> None:
    for kind, labels, make, first_form, second_form in IDS:
        for index, label in enumerate(labels):
            form = first_form if index % 2 == 0 else second_form
            template = LABELLED[(index + len(kind)) % len(LABELLED)].replace("{label}", label).replace("{name}", person())
            positive(template, [("national_id", form(make()))], f"{kind} after its label '{label}'")
        key = JSON_KEYS[kind]
        positive(f'{{"nome": "{person()}", "{key}": "{{0}}", "ativo": true}}', [("national_id", first_form(make()))],
                 f"{kind} under the JSON key '{key}'")
        positive(f'{{"customer":{{"name":"{person()}","{key}":"{{0}}"}}}}', [("national_id", second_form(make()))],
                 f"{kind} under the JSON key '{key}', minified")


def ids_in_tables() -> None:
    for kind, labels, make, first_form, second_form in IDS:
        header = labels[0]
        rows, values = [], []
        for row in range(3):
            values.append(("national_id", (first_form if row % 2 == 0 else second_form)(make())))
            rows.append(f"| {person()} | {{{row}}} | {rng.choice(('Lisboa', 'Utrecht', 'Kraków', 'Sevilla', 'Lyon'))} |")
        positive(f"| Name | {header} | City |\n|---|---|---|\n" + "\n".join(rows) + "\n", values,
                 f"{kind} in a Markdown table under '{header}'")
        rows, values = [], []
        for row in range(3):
            values.append(("national_id", first_form(make())))
            rows.append(f"{rng.randrange(100, 999)},{person()},{{{row}}}")
        positive(f"emp_no,full_name,{JSON_KEYS[kind]}\n" + "\n".join(rows), values, f"{kind} in a CSV under its key name")
        rows, values = [], []
        for row in range(3):
            values.append(("national_id", first_form(make())))
            rows.append(f"{person()};{{{row}}};{rng.choice(('active', 'pending', 'closed'))}")
        positive("\n".join(rows) + "\n", values, f"{kind} in a headerless CSV")


# ---- IBANs, cards -------------------------------------------------------------------------------------------------

IBAN_SHAPES = {"DE": "8n10n", "GB": "4a6n8n", "NL": "4a10n", "FR": "5n5n11n2n", "IT": "1a5n5n12c", "ES": "4n4n2n10n",
               "BE": "3n7n2n", "CH": "5n12c", "AT": "5n11n", "PL": "8n16n", "PT": "4n4n11n2n", "IE": "4a6n8n",
               "SE": "3n16n1n", "DK": "4n9n1n", "FI": "3n11n", "NO": "4n6n1n", "LU": "3n13c", "BR": "8n5n10n1a1c"}


def an_iban(country: str) -> str:
    """A valid IBAN of ``country``'s shape (the national check, where stdnum knows one, holds too)."""
    parts = [(int(piece[:-1]), piece[-1]) for piece in __import__("re").findall(r"\d+[anc]", IBAN_SHAPES[country])]
    alphabets = {"n": DIGITS, "a": UPPER, "c": UPPER + DIGITS}
    for _ in range(5000):
        bban = "".join(pick(alphabets[kind], size) for size, kind in parts)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        value = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(value):
            return value
    raise ValueError(country)


def a_card(brand: str) -> str:
    prefix, length = {"visa": ("4", 16), "mc": (rng.choice(("51", "53", "55", "2221", "2720")), 16),
                      "amex": (rng.choice(("34", "37")), 15), "discover": ("6011", 16), "jcb": ("3528", 16),
                      "diners": ("36", 14)}[brand]
    while True:
        body = prefix + pick(DIGITS, length - len(prefix) - 1)
        value = body + luhn.calc_check_digit(body)
        if len(set(value)) >= 5:
            return value


def card_written(value: str, sep: str) -> str:
    sizes = (4, 6, 5) if len(value) == 15 else (4, 6, 4) if len(value) == 14 else (4, 4, 4, 4)
    return group(value, sizes, sep) if sep is not None else value


def ibans_and_cards() -> None:
    for index, country in enumerate(IBAN_SHAPES):
        value = an_iban(country)
        spaced = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        form = (spaced, value, spaced.replace(" ", "-"), spaced)[index % 4]
        template = ("IBAN: {0}", "Bitte überweisen Sie den Betrag auf {0} (BIC COBADEFFXXX).",
                    '{{"iban": "{0}", "holder": "' + person() + '"}}', "| " + person() + " | {0} | EUR |",
                    "Rekeningnummer {0} t.n.v. " + person(), "Coordonnées bancaires : {0}")[index % 6]
        positive(template.replace("{{", "{").replace("}}", "}"), [("iban", form)], f"{country} IBAN ({'spaced' if ' ' in form else 'dashed' if '-' in form else 'compact'})")
    values = [("iban", an_iban(country)) for country in ("DE", "FR", "NL")]
    positive("name,iban,amount\n" + "\n".join(f"{person()},{{{i}}},{rng.randrange(10, 900)}.00" for i in range(3)),
             values, "IBANs in a CSV")
    brands = ("visa", "mc", "amex", "discover", "jcb", "diners")
    templates = ("Card number: {0}", "charged {0} exp 09/27", '{{"pan": "{0}", "exp": "11/28"}}',
                 "| Order 7781 | {0} | declined by issuer |", "cc={0}&cvv=123", "Karte {0} gültig bis 04/29",
                 "please update the card on file ({0}) before Friday", "payment_method.card_number = \"{0}\"")
    for index in range(24):
        brand = brands[index % len(brands)]
        sep = (" ", "-", None, " ")[index % 4]
        value = card_written(a_card(brand), sep)
        template = templates[index % len(templates)]
        positive(template.replace("{{", "{").replace("}}", "}"), [("card", value)], f"{brand} card ({sep!r})")
    lines = [card_written(a_card(b), " ") for b in ("visa", "mc", "amex")]
    positive("customer | card | last charge\n--- | --- | ---\n" + "\n".join(f"{person()} | {{{i}}} | 2024-05-0{i + 1}" for i in range(3)),
             [("card", v) for v in lines], "cards in a table")


# ---- emails -------------------------------------------------------------------------------------------------------

def emails_in_markup() -> None:
    forms = (
        "Contact {0} for access.", "From: {1} <{0}>", '<a href="mailto:{0}">{1}</a>', "[{1}](mailto:{0})",
        '{{"email": "{0}", "name": "{1}"}}', "email: {0}", "<email>{0}</email>", "{1},{0},Berlin",
        "Author: {1} <{0}>", "cc: {0}; {1}", "GET /api/users?email={enc}&page=2 HTTP/1.1", "mailto:{0}?subject=Invoice",
        "user={0} action=login result=failure", "Reply-To: \"{1}\" <{0}>", "| {1} | {0} | admin |",
        "Signed-off-by: {1} <{0}>", "<input type=\"email\" value=\"{0}\">", "- {1} ({0})",
    )
    for index, form in enumerate(forms):
        name = person()
        value = email_of(name)
        if index % 5 == 3:
            value = value.upper() if index % 2 else value.replace("@", "@mail.")
        if "{enc}" in form:
            encoded = value.replace("@", "%40").replace("+", "%2B")
            positive(form.replace("{enc}", "{0}"), [("email", encoded)], "email percent-encoded in a query")
            continue
        positive(form.replace("{1}", name).replace("{{", "{").replace("}}", "}"), [("email", value)], f"email: {form[:24]}")


# ---- look-alikes --------------------------------------------------------------------------------------------------

def failing(make, check) -> str:
    """``make()`` with its last digit changed until ``check`` fails."""
    while True:
        value = make()
        wrong = value[:-1] + str((int(value[-1]) + rng.randrange(1, 10)) % 10) if value[-1].isdigit() else value
        if not check(wrong):
            return wrong


def lookalikes() -> None:
    for _ in range(6):
        value = failing(lambda: a_card("visa"), luhn.is_valid)
        negative(rng.choice(("Order number {0} shipped.", "Ref: {0}", "tracking_id={0}", "| 2024-03-01 | {0} | 3 items |")).format(
            rng.choice((value, card_written(value, " ")))), "order_number", "16 digits failing Luhn")
    for _ in range(4):
        value = failing(lambda: CASES.number(bsn, 9), bsn.is_valid)
        negative(rng.choice(("Invoice {0} is overdue.", "Zending {0} is onderweg.", "case_id: {0}")).format(value),
                 "order_number", "9 digits failing the 11-proof")
    for _ in range(4):
        value = failing(a_pesel, pesel.is_valid)
        negative(rng.choice(("Numer zamówienia: {0}", "Paczka {0} w drodze", "order {0}")).format(value),
                 "order_number", "11 digits failing PESEL's check")
    for _ in range(3):
        value = failing(a_cpf, cpf.is_valid)
        negative(rng.choice(("Pedido {0} enviado", "Protocolo {0}", "nota fiscal {0}")).format(value),
                 "order_number", "11 digits failing CPF's check")
    for version in ("v10.4.12-3", "1.22.4.1103", "10.0.19045.4170", "Version 2024.3.1 (build 241).", "kernel 6.5.0-1022-azure",
                    "Chrome/124.0.6367.118", "openjdk 17.0.10+7", "node v20.12.2 npm 10.5.0"):
        negative(f"Running {version} on the runner", "version", "a version string")
    for stamp in ("2024-05-02 14:22:31.123456", "02/05/2024 14:22", "20240502T142231Z", "1714659751", "1714659751123",
                  "took 00:12:34.567", "uptime 3 days, 04:12:55", "Mon May  2 14:22:31 UTC 2024"):
        negative(f"[{stamp}] job finished", "timestamp", "a timestamp or a duration")
    for text in ("ISBN 978-3-16-148410-0", "ISBN-10: 0-306-40615-2", "ISSN 2049-3630", "DOI 10.1038/s41586-020-2649-2",
                 "Build #20240502.1187 passed", "build 1234-5678-9012", "Ports 8080-8090 are open",
                 "UPS 1Z 999 AA1 01 2345 6784", "FedEx tracking 7489 2637 1025", "USPS 9400 1000 0000 0000 0000 00",
                 "Amazon order 112-4567890-1234567", "EAN 4006381333931", "Total: € 1 234 567,89",
                 "coordinates 52.370216, 4.895168", "MAC 00:1A:2B:3C:4D:5E", "PO box 4711, 10115 Berlin",
                 "Ticket JIRA-48213 and PR #5521", "sha 3f9a2c1d0b7e", "rate limit 1000/3600s",
                 "Zip 94105-1234", "Run ID 4829173650, attempt 2", "chmod 0755 and umask 022",
                 "HTTP 503 after 30000 ms (retry 3/5)", "Serial: SN-2024-000318-B", "Lot 23-0518-44 expires 2026-01"):
        negative(text, "phone_lookalike", "a number that is no phone, card or id")
    for text in ("Use 4242 4242 4242 4242 with any future expiry and any CVC in test mode.",
                 "Stripe test card: 4000 0566 5566 5556 (Visa debit)",
                 "In the sandbox, 5555 5555 5555 4444 always succeeds.",
                 "Test Amex: 3782 822463 10005 (from the Braintree docs)",
                 "Adyen test card 4111 1111 4555 1142, expiry 03/2030, CVC 737",
                 "IBAN format example (ISO 13616): GB82 WEST 1234 5698 7654 32",
                 "e.g. +1 555 0100 (numbers 555-0100 to 555-0199 are reserved for fiction)",
                 "Example SSN from the IRS docs: 078-05-1120 (never valid)",
                 "Phone placeholder: +XX XXX XXX XXXX", "Email: <your email address>",
                 "Send to user@example.com to test the form.", "git clone git@github.com:acme/api.git",
                 "npm i @angular/core@17.3.1", "docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"):
        negative(text, "docs_example", "a published test or example value, or no address")
    for kind, labels, make, first_form, _ in IDS[:10]:
        if kind in ("it_cf", "es_nie", "es_dni"):
            continue
        value = failing(make, lambda v, k=kind: _valid(k, v))
        negative(f"{labels[0]}: {first_form(value)} (rejected: checksum)", "invalid_checksum", f"{kind} failing its check")


def phones_in_links_and_us_long_forms() -> None:
    """Written after the first measure: layouts the first part lacked (links, a US number's 1, extensions, tables
    whose phone column mixes international and national numbers, Slack's mailto markup) and redacted values."""
    for region in ("DE", "GB", "BR", "IN", "NG", "MX", "ES", "ID"):
        digits = phonenumbers.format_number(phone(region), PhoneNumberFormat.E164)
        template = rng.choice(('<a href="https://wa.me/{0}">Chat on WhatsApp</a>', "WhatsApp: https://wa.me/{0}",
                               "whatsapp://send?phone={0}&text=hi", "[Message us](https://api.whatsapp.com/send?phone={0})"))
        positive(template, [("phone", digits[1:])], f"{region} phone in a WhatsApp link")
        positive(rng.choice(('<a href="tel:{0}">Call us</a>', "sms:{0}?body=code", "[{0}](tel:{0})")),
                 [("phone", digits)], f"{region} phone in a tel:/sms: link")
    for _ in range(8):
        number = phone("US")
        national = str(number.national_number)
        area, exchange, line = national[:3], national[3:6], national[6:]
        value = rng.choice((f"1-{area}-{exchange}-{line}", f"1 ({area}) {exchange}-{line}", f"1.{area}.{exchange}.{line}",
                            f"+1 ({area}) {exchange}-{line}", f"1 {area} {exchange} {line}"))
        positive(rng.choice(("Call {0} for support.", "Phone: {0}", "Reach the on-call at {0}.", "| Dana Reyes | {0} |")),
                 [("phone", value)], "US phone with its leading 1")
    for region in ("US", "GB", "DE", "AU"):
        value = written(phone(region, PhoneNumberType.FIXED_LINE), rng.choice(("intl", "national")))
        extension = rng.choice((" ext. ", " x", " ext ", " Durchwahl -"))
        positive(f"Office: {{0}}{extension}{rng.randrange(10, 999)}", [("phone", value)], f"{region} phone with an extension")
    for sep in ("\t", ","):
        rows, values = [], []
        for index in range(6):
            region = rng.choice(("ES", "PL", "ZA", "MX", "FR", "SE", "SG", "DE"))
            style = "intl" if index % 2 == 0 else "national"
            name = person()
            values.append(("email", email_of(name)))
            values.append(("phone", written(phone(region), style)))
            rows.append(sep.join((str(2000 + index), name, "{%d}" % (len(values) - 2), "{%d}" % (len(values) - 1), region)))
        positive("\n".join(rows) + "\n", values, "headerless export: a phone column mixing international and national")
    for _ in range(4):
        rows, values = [], []
        for index in range(4):
            region = rng.choice(("GB", "BR", "IN", "SE", "FR"))
            values.append(("phone", written(phone(region), "national")))
            rows.append(f"| {person()} | {region} | {{{index}}} |")
        positive("| Employee | Country | Mobile |\n|---|---|---|\n" + "\n".join(rows) + "\n", values,
                 "national mobiles under a Mobile header")
    for _ in range(3):
        name = person()
        value = email_of(name)
        positive(f"<@U04ABCD12> sent <mailto:{{0}}|{{1}}> the invoice", [("email", value), ("email", value)],
                 "email in Slack's mailto markup")
    for text in ("Card: **** **** **** 4821", "Aadhaar: XXXX XXXX 4821", "SSN ***-**-6789", "Phone: +49 *** *** 4821",
                 "IBAN DE** **** **** **** **21 82", "user: j***@g***.com", "Tel.: [redacted]", "phone: <REDACTED>",
                 "Call 1-800-FLOWERS", "ext. 204", "Durchwahl -31",
                 "wa.me links look like https://wa.me/<number>", "tel:+15550100 (a fictional 555-01xx number)"):
        negative(text, "redacted_or_placeholder", "a value already redacted, a vanity number or a placeholder")


def _valid(kind: str, value: str) -> bool:
    module = {"br_cpf": cpf, "br_cnpj": cnpj, "nl_bsn": bsn, "pl_pesel": pesel, "fr_nir": nir, "de_idnr": idnr,
              "se_personnummer": None}.get(kind)
    if module is None:
        return luhn.is_valid(value.replace("-", ""))
    return module.is_valid(value)


if __name__ == "__main__":
    phones_in_prose_and_signatures()
    phones_in_vcards_json_csv()
    ids_labelled_and_in_json()
    ids_in_tables()
    ibans_and_cards()
    emails_in_markup()
    lookalikes()
    phones_in_links_and_us_long_forms()
    CASES.write()
