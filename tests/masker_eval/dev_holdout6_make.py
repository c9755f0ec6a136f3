"""A development holdout for the masker's eighth pass (issue 16): national ids by their checksums, credentials by
their syntax, in the tool output an agent reads.

    .venv/bin/python tests/masker_eval/dev_holdout6_make.py   # rewrites dev_holdout6.jsonl (same seed, same file)

Written before the eighth pass changed any rule and measured once then; afterwards it is only measured, never
tuned on (the pass's working cases are ``dev_pass8_make.py``'s). National ids of 26 countries are generated valid by
their official check (python-stdnum, or the published weights where stdnum has none) and placed in tables, CSV,
JSON, YAML, logs, forms, chat and prose in the country's language: under their own names, abbreviations, column
headers, and bare where the format and check are strong. US SSNs with dashes, spaces, dots and none. Credentials
in the syntaxes agents meet: assignments whose values hold punctuation, systemd units, interactive prompts,
``--password-stdin``, Go/MySQL DSNs, JDBC calls, redis AUTH, CLI flags. Look-alikes (over 40% of the file): the
same shapes with a failing check, order/invoice/tracking numbers, phone- and date-like digits, versions, lock-file
hashes, UUIDs, public contract and transaction addresses, tokens whose text says their checksum fails, stand-ins.
Templates hold ``{0}``, ``{1}``... for the values; every other brace is literal (write ``{{`` in ``format`` calls).
"""

from __future__ import annotations

import string
import uuid
from pathlib import Path

from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as my_number
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.nz import ird
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer
from stdnum.za import idnr as za_idnr

from dev_cases import DevCases, group

CASES = DevCases(16088, Path(__file__).resolve().parent / "dev_holdout6.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
ID, SSN, CRED = "national_id", "ssn", "credential"


def digits(n: int) -> str:
    return pick(DIGITS, n)


def checked(module, make, want: bool = True) -> str:
    """A value from ``make`` whose check holds for ``module`` (``want`` False: the same shape failing it)."""
    while True:
        value = make()
        try:
            ok = module.is_valid(value)
        except Exception:
            ok = False
        if ok == want and len(set(c for c in value if c.isdigit())) >= 4:
            return value


def date6(order: str = "ymd", century: bool = False) -> str:
    y, m, d = f"{rng.randrange(45, 99):02d}", f"{rng.randrange(1, 13):02d}", f"{rng.randrange(1, 29):02d}"
    return ("19" if century else "") + "".join({"y": y, "m": m, "d": d}[k] for k in order)


# ------------------------------------------------------------------ value makers (valid=False: same shape, check fails)

class _Check:
    """A check without a python-stdnum module, written from its published rule."""

    def __init__(self, ok):
        self.is_valid = ok


def _nric_ok(value: str) -> bool:
    if len(value) != 9 or value[0] not in "STFG" or not value[1:8].isdigit():
        return False
    total = sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2), value[1:8], strict=True)) + (4 if value[0] in "TG" else 0)
    table = "JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == value[8]


def _medicare_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    if len(d) not in (10, 11) or d[0] not in "23456" or "0" in d[9:]:
        return False
    return sum(int(a) * w for a, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def _ssn_ok(value: str) -> bool:
    d = "".join(c for c in value if c.isdigit())
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


NRIC, MEDICARE, SSN_RULES = _Check(_nric_ok), _Check(_medicare_ok), _Check(_ssn_ok)


def make(kind: str, valid: bool = True) -> str:
    """A compact value of ``kind`` (digits and letters only)."""
    makers = {
        "ssn": (SSN_RULES, lambda: f"{rng.randrange(1, 900):03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"),
        "ca_sin": (sin, lambda: rng.choice("1234567") + digits(8)),
        "au_tfn": (tfn, lambda: digits(9)),
        "au_medicare": (MEDICARE, lambda: rng.choice("23456") + digits(8) + rng.choice("123456789")),
        "nz_ird": (ird, lambda: rng.choice(("0", "1")) + digits(8)),
        "de_idnr": (idnr, lambda: rng.choice("123456789") + digits(10)),
        "fr_nir": (nir, lambda: rng.choice("12") + date6("ym") + f"{rng.randrange(1, 96):02d}" + digits(8)),
        "es_dni": (dni, lambda: digits(8) + rng.choice(UPPER)),
        "es_nie": (nie, lambda: rng.choice("XYZ") + digits(7) + rng.choice(UPPER)),
        "nl_bsn": (bsn, lambda: rng.choice("123456") + digits(8)),
        "be_nn": (be_nn, lambda: date6() + digits(5)),
        "pl_pesel": (pesel, lambda: date6() + digits(5)),
        "se_pnr": (personnummer, lambda: date6() + digits(4)),
        "dk_cpr": (cpr, lambda: date6("dmy") + digits(4)),
        "fi_hetu": (hetu, lambda: date6("dmy") + "-" + digits(3) + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")),
        "no_fnr": (fodselsnummer, lambda: date6("dmy") + digits(5)),
        "pt_nif": (nif, lambda: rng.choice("123") + digits(8)),
        "br_cpf": (cpf, lambda: digits(11)),
        "in_aadhaar": (aadhaar, lambda: rng.choice("23456789") + digits(11)),
        "jp_my_number": (my_number, lambda: digits(12)),
        "kr_rrn": (rrn, lambda: date6() + rng.choice("12") + digits(6)),
        "sg_nric": (NRIC, lambda: rng.choice("ST") + digits(7) + rng.choice(UPPER)),
        "za_id": (za_idnr, lambda: date6() + digits(4) + "08" + digits(1)),
        "cn_ric": (ric, lambda: rng.choice(("110105", "310104", "440305", "510107")) + date6(century=True) + digits(3)
                   + rng.choice(DIGITS + "X")),
    }
    if kind == "it_cf":
        return _codice_fiscale(valid)
    if kind == "mx_curp":
        return _curp(valid)
    module, maker = makers[kind]
    return checked(module, maker, valid)


def _codice_fiscale(valid: bool) -> str:
    while True:
        body = pick("BCDFGLMNPRSTVZ", 6) + date6("y") + rng.choice("ABCDEHLMPRST") + f"{rng.randrange(1, 29):02d}" \
            + rng.choice("ABCDFGHLM") + digits(3)
        for ch in UPPER:
            if codicefiscale.is_valid(body + ch) == valid:
                return body + ch


def _curp(valid: bool) -> str:
    while True:
        body = (pick("BCDFGHLMPRSTVZ", 1) + rng.choice("AEIOU") + pick("BCDFGHLMPRSTVZ", 2) + date6()
                + rng.choice("HM") + rng.choice(("DF", "JC", "NL", "MC", "PL", "GT")) + pick("BCDFGHLMNPRSTVZ", 3)
                + rng.choice("0" + UPPER[:5]))
        for ch in DIGITS:
            if curp.is_valid(body + ch) == valid:
                return body + ch


def nino() -> str:
    while True:
        prefix = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return prefix + digits(6) + rng.choice("ABCD")


def pan() -> str:
    return pick(UPPER, 3) + rng.choice("PCHFAT") + rng.choice(UPPER) + digits(4) + rng.choice(UPPER)


def password(symbols: str = ".*#&~!%", n: int = 16) -> str:
    """A generated password holding some of ``symbols``."""
    chars = [rng.choice(ALNUM) for _ in range(n - 4)] + [rng.choice(symbols) for _ in range(3)] + [rng.choice(DIGITS)]
    rng.shuffle(chars)
    return rng.choice(UPPER) + "".join(chars)


def fmt(value: str, sizes: tuple[int, ...], sep: str) -> str:
    return group(value, sizes, sep)


# ------------------------------------------------------------------ national ids: positives and their failing twins

def id_rows() -> list[tuple[str, str, str, tuple[int, ...], str]]:
    """(kind, template, why, grouping, separator): the value goes in as ``{0}``."""
    return [
        ("ca_sin", "Numéro d'assurance sociale (NAS) : {0}", "French label", (3, 3, 3), " "),
        ("ca_sin", "employee_id,last_name,sin,province\n4471,Tremblay,{0},QC", "CSV column 'sin'", (3, 3, 3), "-"),
        ("au_tfn", "Tax File Number (TFN): {0}\nResidency: Australian resident for tax purposes", "English label",
         (3, 3, 3), " "),
        ("au_tfn", "{{\"employee\": \"J. Nguyen\", \"tfn\": \"{0}\", \"super_fund\": \"AustralianSuper\"}}", "JSON key",
         (9,), ""),
        ("au_medicare", "Medicare card number: {0}  (IRN 1, valid to 08/2027)", "card label", (4, 5, 1), " "),
        ("au_medicare", "patient:\n  name: Olivia Brown\n  medicare_no: \"{0}\"", "YAML key", (10,), ""),
        ("nz_ird", "IRD number: {0}\nTax code: M", "NZ label", (3, 3, 3), "-"),
        ("nz_ird", "| Employee | IRD no. | KiwiSaver |\n|---|---|---|\n| Aroha Ngata | {0} | 3% |", "table column",
         (3, 3, 3), "-"),
        ("de_idnr", "Steuerliche Identifikationsnummer: {0}", "German long label", (2, 3, 3, 3), " "),
        ("de_idnr", "Lohnabrechnung 06/2024 – Mitarbeiter: K. Schulz, IdNr. {0}, Steuerklasse 1", "abbreviation",
         (11,), ""),
        ("fr_nir", "N° Sécu : {0}", "French abbreviation", (1, 2, 2, 2, 3, 3, 2), " "),
        ("fr_nir", "nom;prenom;numero_securite_sociale\nMartin;Léa;{0}", "CSV header", (15,), ""),
        ("es_dni", "Titular: Carmen Ruiz García — D.N.I. {0}", "Spanish abbreviation with dots", (9,), ""),
        ("es_nie", "NIE del trabajador: {0}", "NIE label", (1, 7, 1), "-"),
        ("nl_bsn", "Burgerservicenummer: {0}", "Dutch label", (4, 2, 3), "."),
        ("nl_bsn", "| Naam | BSN | Geboortedatum |\n|---|---|---|\n| J. de Vries | {0} | 12-03-1984 |", "table column",
         (9,), ""),
        ("be_nn", "Numéro de registre national : {0}", "French label", (2, 2, 2, 3, 2), "."),
        ("be_nn", "INSZ-nummer {0} (werknemer)", "Dutch abbreviation", (6, 3, 2), "-"),
        ("pl_pesel", "Imię i nazwisko: Anna Nowak\nNr PESEL: {0}", "Polish label", (11,), ""),
        ("pl_pesel", "INSERT INTO pacjenci (imie, nazwisko, pesel) VALUES ('Jan', 'Kowalski', '{0}');", "SQL column",
         (11,), ""),
        ("se_pnr", "Personnummer: {0}", "Swedish label", (6, 4), "-"),
        ("se_pnr", "kund: Erik Lindqvist, pers.nr {0}, kundnr 88213", "abbreviation", (10,), ""),
        ("dk_cpr", "CPR-nr.: {0}", "Danish label", (6, 4), "-"),
        ("dk_cpr", "{{\"navn\": \"Mette Hansen\", \"cpr\": \"{0}\"}}", "JSON key", (10,), ""),
        ("fi_hetu", "Henkilötunnus: {0}", "Finnish label", (11,), ""),
        ("fi_hetu", "2024-06-12T08:14:03Z INFO kela.sync hetu={0} status=matched", "log key", (11,), ""),
        ("no_fnr", "Fødselsnummer: {0}", "Norwegian label", (6, 5), " "),
        ("no_fnr", "fnr;navn;kommune\n{0};Kari Nordmann;Bergen", "CSV header", (11,), ""),
        ("pt_nif", "Número de contribuinte: {0}", "Portuguese label", (3, 3, 3), " "),
        ("pt_nif", "Fatura FT 2024/1183 — NIF do adquirente {0}", "invoice NIF", (9,), ""),
        ("br_cpf", "Cliente: João Pereira\nCPF: {0}", "Brazilian label", (3, 3, 3, 2), ". -"),
        ("br_cpf", "Recebi o comprovante do {0}, está tudo certo com o cadastro.", "bare, punctuated", (3, 3, 3, 2), ". -"),
        ("mx_curp", "CURP: {0}", "Mexican label", (18,), ""),
        ("mx_curp", "{{\"nombre\": \"Luis Hernández\", \"registro\": \"{0}\"}}", "bare, its own format", (18,), ""),
        ("in_aadhaar", "आधार संख्या: {0}", "Hindi label", (4, 4, 4), " "),
        ("in_aadhaar", "KYC done for Priya Sharma ({0}), PAN pending", "bare, grouped 4-4-4", (4, 4, 4), " "),
        ("jp_my_number", "個人番号（マイナンバー）：{0}", "Japanese label", (4, 4, 4), " "),
        ("jp_my_number", "社員番号,氏名,マイナンバー\n00123,山田太郎,{0}", "CSV header", (12,), ""),
        ("kr_rrn", "주민등록번호: {0}", "Korean label", (6, 7), "-"),
        ("kr_rrn", "성명: 김민준 / 주민번호 {0}", "Korean abbreviation", (13,), ""),
        ("sg_nric", "NRIC/FIN: {0}", "Singapore label", (9,), ""),
        ("sg_nric", "Applicant ({0}) has submitted the CPF form.", "bare", (9,), ""),
        ("za_id", "ID-nommer: {0}", "Afrikaans label", (13,), ""),
        ("za_id", "SA ID number {0} verified against Home Affairs", "English label, grouped", (6, 4, 3), " "),
        ("cn_ric", "公民身份号码：{0}", "Chinese label", (18,), ""),
        ("cn_ric", "{0}  张伟  北京市朝阳区", "bare, 18 characters", (6, 8, 4), " "),
        ("it_cf", "Codice fiscale: {0}", "Italian label", (16,), ""),
        ("it_cf", "Il paziente {0} è stato ricoverato il 12/05.", "bare", (16,), ""),
        ("de_idnr", "Ihre Steuer-ID {0} finden Sie auf der Lohnsteuerbescheinigung.", "prose", (11,), ""),
        ("pl_pesel", "Pacjent: {0}, ur. w Krakowie", "bare PESEL", (11,), ""),
        ("in_aadhaar", "aadhaar_no: {0}", "key with its own name", (12,), ""),
        ("br_cpf", "cpf,nome,cidade\n{0},Ana Lima,Recife", "CSV header", (11,), ""),
        ("es_dni", "dni: {0}", "lower-case key", (8, 1), "-"),
        ("kr_rrn", "resident_registration_no: {0}", "English key", (6, 7), "-"),
    ]


def _place(kind: str, value: str, sizes: tuple[int, ...], sep: str) -> str:
    if sep == ". -":  # a CPF's own punctuation
        return f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"
    if kind == "fi_hetu" or sizes == (len(value),) or not sep:
        return value
    return fmt(value, sizes, sep)


def national_ids() -> None:
    for kind, template, why, sizes, sep in id_rows():
        value = _place(kind, make(kind), sizes, sep)
        positive(template.replace("{{", "{").replace("}}", "}"), [(ID, value)], f"{kind}: {why}")
    for kind, template, why, sizes, sep in id_rows()[::2] + id_rows()[1::6]:  # failing twins of most layouts
        if kind == "sg_nric":
            value = make(kind, False)
        else:
            value = _place(kind, make(kind, False), sizes, sep)
        negative(template.replace("{{", "{").replace("}}", "}").replace("{0}", value), "invalid_checksum",
                 f"{kind}: {why}, checksum fails")
    for template, sizes in (("National Insurance number: {0}", (2, 2, 2, 2, 1)), ("NI No. {0}", (9,)),
                            ("payroll_id,surname,ni_number\n0042,Patel,{0}", (9,))):
        positive(template, [(ID, fmt(nino(), sizes, " ") if len(sizes) > 1 else nino())], "uk_nino: label or header")
    for template in ("PAN: {0}", "Permanent Account Number (PAN) {0} linked to Aadhaar"):
        positive(template, [(ID, pan())], "in_pan: label")


# ------------------------------------------------------------------ US SSNs

def ssns() -> None:
    for template, sizes, sep in (
            ("Social Security No.: {0}", (3, 2, 4), "-"),
            ("My SSN is {0} and my DOB is 03/14/1982.", (3, 2, 4), " "),
            ("SSN {0} (verified)", (3, 2, 4), "."),
            ("ssn={0}&dob=1982-03-14", (9,), ""),
            ("Employee SSN: {0}", (9,), ""),
            ("first,last,ssn\nMaria,Lopez,{0}", (3, 2, 4), "-"),
            ("W-2 box a (Employee's social security number): {0}", (3, 2, 4), "-"),
            ("| Name | SSN |\n|---|---|\n| D. Carter | {0} |", (3, 2, 4), "."),
            ("SS#: {0}", (3, 2, 4), " "),
            ("{{\"applicant\": {{\"ssn\": \"{0}\"}}}}", (3, 2, 4), "-")):
        value = make("ssn")
        positive(template.replace("{{", "{").replace("}}", "}"), [(SSN, fmt(value, sizes, sep) if sep else value)],
                 f"ssn: {sep or 'no separator'}")
    for text, why in (
            ("SSN: 000-45-6789 fails validation (area 000)", "area 000"),
            ("Test SSN 666-01-2345 is never issued", "area 666"),
            ("ITIN 912-78-4455 (not an SSN)", "9xx area"),
            ("SSN ***-**-4471 on file", "masked"),
            ("Call 555-123-4567 or 555.867.5309", "phone numbers"),
            ("Part no. 123 45 6789-B, qty 4", "part number"),
            ("Shipment 2024.06.1834 left the depot", "date-like")):
        negative(text, "ssn_lookalike", f"look-alike: {why}")


# ------------------------------------------------------------------ credentials by syntax

def credentials() -> None:
    aws_id = "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    aws_secret = pick(B64, 40)
    cases = (
        ("db_pass = \"{0}\"", [(CRED, password())], "assignment, punctuation"),
        ("app.db.pass={0}", [(CRED, password())], "dotted properties key"),
        ("[Service]\nEnvironment=\"DATABASE_PASSWORD={0}\"\nExecStart=/usr/bin/app", [(CRED, password(".*#&~!%"))],
         "systemd Environment"),
        ("Environment=REDIS_PASSWORD={0}", [(CRED, password(".*#&~!"))], "systemd, unquoted"),
        ("$ aws configure\nAWS Access Key ID [None]: {0}\nAWS Secret Access Key [None]: {1}\nDefault region name [None]: "
         "eu-west-1", [("aws_access_key", aws_id), (CRED, aws_secret)], "aws configure prompts"),
        ("Enter database password [****]: {0}", [(CRED, password("#&~!%"))], "prompt with a default"),
        ("echo '{0}' | docker login -u ci-bot --password-stdin registry.acme.io", [(CRED, password(".*#&~!%"))],
         "docker --password-stdin"),
        ("printf '%s' '{0}' | podman login quay.io -u svc --password-stdin", [(CRED, password(".#&~!"))],
         "podman --password-stdin"),
        ("dsn := \"app:{0}@tcp(db01.internal:3306)/crm?parseTime=true\"", [(CRED, password(".*#&~!%"))], "Go DSN"),
        ("MYSQL_DSN=reporter:{0}@tcp(10.0.4.12:3306)/metrics", [(CRED, password(".*#&~!"))], "MySQL DSN env"),
        ("Connection conn = DriverManager.getConnection(url, \"app_user\", \"{0}\");", [(CRED, password(".*#&~!%"))],
         "JDBC getConnection"),
        ("127.0.0.1:6379> AUTH {0}\nOK", [(CRED, password(".*#&~!%"))], "redis AUTH"),
        ("redis> AUTH default {0}\nOK", [(CRED, password(".*#&~!%"))], "redis ACL AUTH"),
        ("python manage.py runserver --django-secret-key {0}", [(CRED, pick(ALNUM + "!@#%^&*(-_=+)", 50))],
         "--django-secret-key"),
        ("./deploy.sh --env prod --password={0}", [(CRED, password(".*#&~!%"))], "--password="),
        ("mysql -uroot -p{0} -h db01 crm < dump.sql", [(CRED, password(".*#~!%"))], "mysql -p"),
        ("vault_pass: '{0}'", [(CRED, password(".*#&~!%"))], "YAML _pass"),
        ("spring.datasource.password={0}", [(CRED, password(".*#&~!%"))], "Spring properties"),
        ("ConnectionStrings__Default=Server=sql01;Database=crm;User Id=app;Password={0};", [(CRED, password(".*#&~!%"))],
         "ADO.NET"),
        ("PGPASSWORD='{0}' psql -h db01 -U app crm", [(CRED, password(".*#&~!%"))], "PGPASSWORD quoted"),
        ("sqlcmd -S sql01 -U sa -P '{0}' -Q \"SELECT 1\"", [(CRED, password(".*#&~!%"))], "sqlcmd -P"),
        ("az login --service-principal -u 0b6c7c3e-5f0e-4a8e-9a1e-2f1c3d4e5f60 -p {0} --tenant acme.onmicrosoft.com",
         [(CRED, password(".*~!"))], "az login -p"),
        ("cache_url: redis://:{0}@cache01:6379/0", [(CRED, password(".*~!"))], "redis URL"),
        ("{{\"smtp\": {{\"user\": \"alerts\", \"password\": \"{0}\"}}}}", [(CRED, password(".*#&~!%"))], "JSON"),
        ("--client-secret {0}", [(CRED, pick(ALNUM + "~._-", 40))], "--client-secret"),
        ("export API_TOKEN={0}", [(CRED, pick(ALNUM, 40))], "export token"),
        ("ldap.bind.password = {0}", [(CRED, password(".*#&~!%"))], "properties with spaces"),
        ("htpasswd -b -c /etc/nginx/.htpasswd admin {0}", [(CRED, password(".*#~!%"))], "htpasswd -b"),
        ("sshpass -p '{0}' ssh deploy@web01", [(CRED, password(".*#&~!%"))], "sshpass"),
        ("kubectl create secret generic db --from-literal=password='{0}'", [(CRED, password(".*#&~!%"))],
         "kubectl --from-literal"),
    )
    for template, values, why in cases:
        positive(template.replace("{{", "{").replace("}}", "}"), values, f"credential: {why}")
    for text, why in (
            ("db_pass = \"\"", "empty"),
            ("password = \"${DB_PASS}\"", "a variable"),
            ("echo \"$REGISTRY_TOKEN\" | docker login -u ci-bot --password-stdin registry.acme.io", "stdin from a variable"),
            ("AWS Secret Access Key [None]: ", "an empty prompt"),
            ("AWS Secret Access Key [****************Q7xM]: ", "a masked default, no answer"),
            ("./deploy.sh --password=<PASSWORD>", "a stand-in"),
            ("127.0.0.1:6379> AUTH <password>\n(error) WRONGPASS", "a stand-in in a transcript"),
            ("conn = DriverManager.getConnection(url, user, pass);", "variables"),
            ("dsn := fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, db)", "a format string"),
            ("Environment=\"DATABASE_PASSWORD_FILE=%d/db_password\"", "a credential file path"),
            ("mysql -u root -p -h db01 crm", "an interactive -p"),
            ("spring.datasource.password=${DB_PASSWORD}", "a placeholder"),
            ("--django-secret-key \"$(cat /run/secrets/django_key)\"", "a command substitution"),
            ("password_min_length = 12", "a setting"),
            ("Reset your password at https://accounts.acme.io/reset", "prose"),
            ("vault_pass: \"{{ lookup('env', 'VAULT_PASS') }}\"", "a template")):
        negative(text, "credential_lookalike", f"look-alike: {why}")


# ------------------------------------------------------------------ other look-alikes

def lookalikes() -> None:
    rows = (
        (f"Order #{digits(4)}-{digits(4)}-{digits(4)} shipped via UPS 1Z{pick(UPPER + DIGITS, 16)}", "number_lookalike",
         "order and tracking numbers"),
        (f"Rechnungsnummer {digits(4)} {digits(4)} {digits(4)}, fällig am 30.06.2024", "number_lookalike",
         "invoice in 4-4-4"),
        (f"Factura nº {digits(3)}.{digits(3)}.{digits(3)}-{digits(2)}", "number_lookalike", "invoice in the CPF's punctuation"),
        (f"Numer zamówienia: {digits(11)}", "number_lookalike", "an 11-digit order number"),
        (f"tracking: {digits(12)} (FedEx)", "number_lookalike", "a 12-digit tracking number"),
        (f"Kundennummer: {digits(2)} {digits(3)} {digits(3)} {digits(3)}", "number_lookalike", "a customer number"),
        (f"bestelling {digits(4)}.{digits(2)}.{digits(3)} is onderweg", "number_lookalike", "an order in BSN grouping"),
        (f"| SKU | Qty |\n|---|---|\n| {digits(9)} | 3 |", "number_lookalike", "a SKU column"),
        (f"EAN 40{digits(11)}", "number_lookalike", "a barcode"),
        (f"Ticket INC{digits(7)} assigned to ops", "number_lookalike", "a ticket"),
        (f"Call +1 (415) 555-{digits(4)} or 020 7946 {digits(4)}", "phone_lookalike", "phone numbers"),
        (f"Tel. 0{digits(2)} {digits(3)} {digits(2)} {digits(2)}", "phone_lookalike", "a phone number"),
        ("born 1984-03-12, joined 2019-11-04", "date", "dates"),
        ("Zeitraum: 01.01.2024 – 31.12.2024", "date", "a date range"),
        ("timestamp 20240612081403 batch 7", "date", "a compact timestamp"),
        ("requests==2.31.0\nurllib3==2.2.1\ncertifi==2024.6.2", "version", "pinned versions"),
        ("Version 10.0.19045.4529 (Build 19045)", "version", "a Windows build"),
        ("node v20.11.1, npm 10.2.4, pnpm 8.15.5", "version", "tool versions"),
        (f"\"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n\"integrity\": \"sha512-"
         f"{pick(B64, 86)}==\"", "lockfile", "an npm integrity hash"),
        (f"name = \"serde\"\nversion = \"1.0.203\"\nchecksum = \"{pick(HEX, 64)}\"", "lockfile", "a Cargo.lock checksum"),
        (f"github.com/stretchr/testify v1.9.0 h1:{pick(B64, 43)}=", "lockfile", "a go.sum line"),
        (f"    sha256 = \"{pick(HEX, 64)}\",", "lockfile", "a Bazel checksum"),
        (f"request_id={uuid.UUID(int=rng.getrandbits(128), version=4)} status=200", "uuid", "a request id"),
        (f"{{\"tenant_id\": \"{uuid.UUID(int=rng.getrandbits(128), version=4)}\"}}", "uuid", "a tenant id"),
        ("USDC contract: 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "public_address", "a token contract address"),
        (f"tx hash 0x{pick(HEX, 64)} confirmed in block 19876543", "public_address", "a transaction hash"),
        ("Uniswap V2 Router 02 is deployed at 0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D", "public_address",
         "a protocol contract"),
        ("genesis block hash 000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f", "public_address",
         "a block hash"),
        (f"ghp_{pick(ALNUM, 36)} <- checksum does not match, this is not a valid GitHub token", "invalid_token",
         "a token whose text says its checksum fails"),
        (f"Rejected token ghp_{pick(ALNUM, 36)}: CRC32 checksum mismatch (synthetic fixture)", "invalid_token",
         "a fixture token named invalid"),
        ("api_key: \"<YOUR_API_KEY>\"", "placeholder", "a stand-in"),
        ("SECRET_KEY=changeme", "placeholder", "changeme"),
        ("token: xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder", "x filler"),
        ("DNI: 12345678Z (ejemplo de la documentación)", "placeholder", "the documentation's DNI"),
        ("IBAN placeholder: DE00 0000 0000 0000 0000 00", "placeholder", "a zero IBAN"),
        (f"Gemeentecode 0363, postcode 1012 AB, huisnummer {rng.randrange(1, 300)}", "number_lookalike", "an address"),
        (f"Matrikelnummer {digits(7)}, Semester 4", "number_lookalike", "a student number"),
        (f"Employee ID: E-{digits(6)}", "number_lookalike", "an employee id"),
        (f"PO {digits(10)} approved", "number_lookalike", "a purchase order"),
        (f"Auftrag {digits(6)}-{digits(4)} erstellt", "number_lookalike", "an order in the CPR's shape"),
    )
    for text, cls, why in rows:
        negative(text, cls, f"look-alike: {why}")


if __name__ == "__main__":
    national_ids()
    ssns()
    credentials()
    lookalikes()
    CASES.write()
