"""A development holdout for the masker's fifth pass (issue 16): the weak kinds in formats unlike the other dev sets.

    .venv/bin/python tests/masker_eval/dev_holdout5_make.py   # rewrites dev_holdout5.jsonl (same seed, same file)

Written before the fifth pass changed any rule and measured once then; afterwards it is only
measured, never tuned on. National ids sit in tables, CSV rows, logs, forms and chat, named in
their own languages, in groupings other than the canonical one, with valid check digits (python-
stdnum); US SSNs in prose and forms; passwords in the syntaxes of many languages and files
(concatenations, YAML flow and block values, TOML, INI, XML, CLI flags, URLs, labels in other
languages); private keys split or escaped in code, or base64-encoded; prefixed tokens of vendors the
rules did not know. Look-alikes: the same groupings failing their checksum, dates, order and invoice
numbers, hashes, UUIDs, stand-ins, and processors' test card numbers in text that says they are test
numbers (a test number in text that does not say so is a card). Templates hold ``{0}``, ``{1}``...
for the values; every other brace is literal.
"""

from __future__ import annotations

import base64
import string
import uuid
from pathlib import Path

from stdnum.ar import cuit
from stdnum.be import nn as be_nn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr

from dev_cases import DevCases, group


CASES = DevCases(16055, Path(__file__).resolve().parent / "dev_holdout5.jsonl")
rng = CASES.rng
pick, positive, negative, number = CASES.pick, CASES.positive, CASES.negative, CASES.number
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def password(banned: str = "", n: int = 14) -> str:
    symbols = [ch for ch in "!@#$%^&*()-_=+[]{}:,.?/|~" if ch not in banned]
    chars = [rng.choice(ALNUM) for _ in range(n - 4)] + [rng.choice(symbols) for _ in range(3)] + [rng.choice(DIGITS)]
    rng.shuffle(chars)
    return rng.choice(UPPER) + "".join(chars)


def valid(module, make, want: bool = True) -> str:
    """A value from ``make`` whose checksum holds for ``module`` (``want`` False: fails)."""
    while True:
        value = make()
        if module.is_valid(value) == want and len(set(c for c in value if c.isdigit())) >= 4:
            return value


def date6(order: str = "ymd") -> str:
    y, m, d = f"{rng.randrange(40, 99):02d}", f"{rng.randrange(1, 13):02d}", f"{rng.randrange(1, 29):02d}"
    return "".join({"y": y, "m": m, "d": d}[k] for k in order)


def digits(n: int) -> str:
    return pick(DIGITS, n)


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    for check in DIGITS:
        candidate = body + check
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise AssertionError(prefix)


# ------------------------------------------------------------------ national ids

def national_ids() -> None:
    fr = lambda: rng.choice("12") + date6("ym") + f"{rng.randrange(1, 96):02d}" + digits(8)  # noqa: E731
    rows = (  # (kind, value, template)
        ("fr_nir", group(valid(nir, fr), (1, 2, 2, 2, 3, 3, 2), "."), "N° de sécurité sociale : {0}"),
        ("fr_nir", valid(nir, fr), "| Nom | Prénom | NIR |\n|---|---|---|\n| Martin | Léa | {0} |"),
        ("es_dni", None, "DNI: {0}"),
        ("es_dni", None, "Nº documento (DNI/NIF) {0} — titular: Carmen Ruiz"),
        ("be_nn", valid(be_nn, lambda: date6() + digits(5)), "Rijksregisternummer: {0}"),
        ("be_nn", None, "numéro de registre national {0}"),
        ("kr_rrn", valid(rrn, lambda: date6() + rng.choice("1234") + digits(6)), "주민번호: {0}"),
        ("cn_ric", None, "身份证号码：{0}"),
        ("ar_cuit", valid(cuit, lambda: rng.choice(("20", "23", "27")) + digits(9)), "CUIL {0} - Juan Pérez"),
        ("za_id", valid(za_idnr, lambda: date6() + digits(4) + "08" + digits(1)), "ID-nommer: {0}"),
        ("za_id", None, "Identity no. {0} (RSA)"),
        ("il_id", valid(il_idnr, lambda: digits(9)), "מספר זהות: {0}"),
        ("tr_kimlik", valid(tckimlik, lambda: rng.choice("123456789") + digits(10)), "TCKN: {0}"),
        ("tr_kimlik", None, "T.C. Kimlik Numarası: {0}"),
        ("ro_cnp", valid(cnp, lambda: rng.choice("1256") + date6() + f"{rng.randrange(1, 47):02d}" + digits(4)),
         "Cod numeric personal (CNP): {0}"),
        ("pt_nif", group(valid(nif, lambda: rng.choice("123") + digits(8)), (3, 3, 3), " "), "Número de Identificação Fiscal: {0}"),
        ("ca_sin", valid(sin, lambda: rng.choice("12345") + digits(8)), "NAS : {0}"),
        ("ca_sin", None, "numéro d'assurance sociale {0}"),
        ("nl_bsn", group(valid(bsn, lambda: rng.choice("123456") + digits(8)), (4, 2, 3), "."), "BSN {0}"),
        ("nl_bsn", valid(bsn, lambda: rng.choice("123456") + digits(8)), "naam;bsn;geboortedatum\nJ. de Vries;{0};1984-03-12"),
        ("pl_pesel", valid(pesel, lambda: date6() + digits(5)), "Numer PESEL: {0}"),
        ("pl_pesel", None, "imię: Anna, nazwisko: Nowak, pesel={0}"),
        ("de_steuer_id", valid(idnr, lambda: rng.choice("123456789") + digits(10)), "Steuer-IdNr.: {0}"),
        ("de_steuer_id", None, "[2024-06-01 10:22:13] INFO payroll: employee=4471 steuer_id={0} status=ok"),
        ("br_cpf", valid(cpf, lambda: digits(11)), "Nome: Maria Souza | CPF: {0} | Tel: (11) 3456-7890"),
        ("br_cpf", None, "meu cpf é {0}, pode conferir?"),
        ("br_cnpj", valid(cnpj, lambda: digits(8) + "0001" + digits(2)), "CNPJ: {0}"),
        ("cl_rut", None, "R.U.T. {0}"),
        ("se_pnr", valid(personnummer, lambda: date6() + "-" + digits(4)), "Personnummer: {0}"),
        ("se_pnr", None, "pnr={0}"),
        ("dk_cpr", valid(cpr, lambda: date6("dmy") + digits(4)), "CPR-nr.: {0}"),
        ("no_fnr", valid(fodselsnummer, lambda: date6("dmy") + digits(5)), "Fødselsnummer (11 siffer): {0}"),
        ("fi_hetu", valid(hetu, lambda: date6("dmy") + "-" + digits(3) + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY")),
         "Henkilötunnus: {0}"),
        ("in_aadhaar", group(valid(aadhaar, lambda: rng.choice("23456789") + digits(11)), (4, 4, 4), "-"), "Aadhaar: {0}"),
        ("in_aadhaar", None, "आधार संख्या {0}"),
        ("ch_ahv", valid(ahv, lambda: "756" + digits(10)), "AHV-Nummer {0}"),
        ("uk_nhs", group(valid(nhs, lambda: digits(10)), (3, 3, 4), " "), "NHS No: {0}"),
        ("it_cf", None, "Codice Fiscale: {0}"),
    )
    for kind, value, template in rows:
        value = value or fill(kind)
        positive(template, [("national_id", value)], f"{kind}: a label, grouping or layout other than the canonical one")
    for kind, value, template in (  # the same layouts, the checksum failing
            ("fr_nir", group(valid(nir, fr, False), (1, 2, 2, 2, 3, 3, 2), "."), "N° de sécurité sociale : {}"),
            ("be_nn", valid(be_nn, lambda: date6() + digits(5), False), "Rijksregisternummer: {}"),
            ("tr_kimlik", valid(tckimlik, lambda: rng.choice("123456789") + digits(10), False), "TCKN: {}"),
            ("ca_sin", valid(sin, lambda: rng.choice("12345") + digits(8), False), "NAS : {}"),
            ("nl_bsn", group(valid(bsn, lambda: rng.choice("123456") + digits(8), False), (4, 2, 3), "."), "BSN {}"),
            ("pl_pesel", valid(pesel, lambda: date6() + digits(5), False), "Numer PESEL: {}"),
            ("br_cpf", valid(cpf, lambda: digits(11), False), "Nome: Maria Souza | CPF: {} | cliente desde 2019"),
            ("br_cnpj", valid(cnpj, lambda: digits(8) + "0001" + digits(2), False), "CNPJ: {}"),
            ("in_aadhaar", group(valid(aadhaar, lambda: rng.choice("23456789") + digits(11), False), (4, 4, 4), "-"),
             "Aadhaar: {}"),
            ("il_id", valid(il_idnr, lambda: digits(9), False), "מספר זהות: {}"),
            ("za_id", valid(za_idnr, lambda: date6() + digits(4) + "08" + digits(1), False), "ID-nommer: {}"),
            ("de_steuer_id", valid(idnr, lambda: rng.choice("123456789") + digits(10), False), "Steuer-IdNr.: {}"),
            ("uk_nhs", group(valid(nhs, lambda: digits(10), False), (3, 3, 4), " "), "NHS No: {}")):
        negative(template.format(value), "invalid_checksum", f"{kind}: the same layout, checksum fails")
    for text, cls, why in (
            ("Rechnungsnummer: 2024 0612 3381 | Bestellnr. 4471-2290-118", "number_lookalike", "invoice and order numbers"),
            ("Pedido nº 3.481.209-77, entrega prevista 12/07/2024", "number_lookalike", "an order number with dots"),
            ("Zamówienie nr 2406 1834 5521, data: 2024-06-18", "number_lookalike", "an order number in groups of four"),
            ("Geburtsdatum: 14.03.1987, Kundennummer 10 4477 2291", "date", "a birth date and a customer number"),
            ("Sendungsnummer 00340434161094015902 (DHL)", "number_lookalike", "a parcel tracking number"),
            ("ISBN 978-3-16-148410-0, 2. Auflage", "number_lookalike", "an ISBN"),
            ("Ticket #48213377 opened 2024-05-02 by ops", "number_lookalike", "a ticket number"),
            ("build 20240611.4 | run id 9182736455 | job 771", "number_lookalike", "build and run ids"),
            ("numéro de commande : 1 84 05 75 123 456 77", "number_lookalike",
             "an order number in the NIR's grouping, named as an order")):
        negative(text, cls, f"look-alike: {why}")


def fill(kind: str) -> str:
    """The second layout of a kind, written in a grouping of its own."""
    if kind == "es_dni":
        body = digits(8)
        letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]
        value = rng.choice((f"{body[:2]}.{body[2:5]}.{body[5:]}-{letter}", f"{body} {letter}"))
        assert dni.is_valid(value.replace(".", "").replace(" ", ""))
        return value
    if kind == "be_nn":
        return group(valid(be_nn, lambda: date6() + digits(5)), (6, 3, 2), " ")
    if kind == "cn_ric":
        return valid(ric, lambda: "110105" + "19" + date6() + digits(3) + rng.choice(DIGITS + "X"))
    if kind == "za_id":
        return group(valid(za_idnr, lambda: date6() + digits(4) + "08" + digits(1)), (6, 4, 3), " ")
    if kind == "tr_kimlik":
        return group(valid(tckimlik, lambda: rng.choice("123456789") + digits(10)), (3, 3, 3, 2), ".")
    if kind == "ca_sin":
        return group(valid(sin, lambda: rng.choice("12345") + digits(8)), (3, 3, 3), ".")
    if kind == "pl_pesel":
        return valid(pesel, lambda: date6() + digits(5))
    if kind == "de_steuer_id":
        return valid(idnr, lambda: rng.choice("123456789") + digits(10))
    if kind == "br_cpf":
        return group(valid(cpf, lambda: digits(11)), (3, 3, 3, 2), " ")
    if kind == "cl_rut":
        return rut.format(valid(rut, lambda: rng.choice("12") + digits(7) + rng.choice(DIGITS + "K")))
    if kind == "se_pnr":
        return valid(personnummer, lambda: "19" + date6() + digits(4))
    if kind == "in_aadhaar":
        return group(valid(aadhaar, lambda: rng.choice("23456789") + digits(11)), (4, 4, 4), ".")
    if kind == "it_cf":
        while True:
            body = pick(UPPER, 6) + digits(2) + rng.choice("ABCDEHLMPRST") + f"{rng.randrange(1, 29):02d}" + \
                rng.choice(UPPER) + digits(3)
            for ch in UPPER:
                if codicefiscale.is_valid(body + ch):
                    return " ".join((body[:3], body[3:6], body[6:11], body[11:] + ch))
    raise AssertionError(kind)


# ------------------------------------------------------------------ US social security numbers

def ssns() -> None:
    def ssn() -> str:
        while True:
            area = rng.randrange(1, 900)
            if area != 666:
                return f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"

    for template, sizes, sep in (
            ("My social is {0}, do you need anything else for the W-9?", (3, 2, 4), "-"),
            ("{{\"first_name\": \"Dana\", \"last_name\": \"Kim\", \"social_security_number\": \"{0}\"}}", (9,), ""),
            ("Applicant SSN ........ {0}\nDate of birth ......... 04/11/1979", (3, 2, 4), " "),
            ("name,ssn,dob\nRobert Hale,{0},1971-09-30", (3, 2, 4), "-"),
            ("ssn_last_verified=2024-05-01 ssn={0} state=OH", (9,), ""),
            ("número de seguro social: {0}", (3, 2, 4), "-"),
            ("Please confirm the SSN on file ({0}) matches the applicant's card.", (3, 2, 4), "."),
            ("customer.socialSecurityNumber = '{0}';", (3, 2, 4), "-"),
            ("| Employee | SSN |\n|---|---|\n| T. Nguyen | {0} |", (3, 2, 4), "-"),
            ("the patient's Social Security # is {0}", (9,), "")):
        positive(template.replace("{{", "{").replace("}}", "}"), [("ssn", group(ssn(), sizes, sep))],
                 f"ssn: in prose, a form or a record ({sep or 'no separator'})")
    for text, why in (
            ("SSN: ***-**-6789 (last four only)", "a masked SSN"),
            ("SSN: 000-12-3456 is rejected by the validator (area 000)", "an impossible area"),
            ("SSN 666-12-3456 is never issued", "area 666"),
            ("ITIN-like test value 912-70-1234 in the fixture", "a 9xx area"),
            ("Call 555-0142 or fax 555-0143 before 5pm", "phone numbers"),
            ("Release 2024.06.18-1234, build 123-45", "a version")):
        negative(text, "ssn_lookalike", f"look-alike: {why}")


# ------------------------------------------------------------------ passwords in every syntax

def passwords() -> None:
    P = "credential"
    cases = (
        ("db_password = \"{0}\" + \"{1}\"", [(P, password("\"\\ ", 8)), (P, password("\"\\ ", 8))],
         "two pieces of a Python concatenation"),
        ("const password = '{0}' + suffix;", [(P, password("'\\ "))], "the quoted head of a JS concatenation"),
        ("db: {{host: pg01, user: app, password: {0}}}", [(P, password(" ,{}[]:#\"'"))], "a YAML flow mapping"),
        ("credentials:\n  password: >-\n    {0}\n  user: app", [(P, password(" #:\"'"))], "a YAML folded block value"),
        ("[database]\npassword = '{0}'", [(P, password("'\\ "))], "a TOML literal string"),
        ("[client]\nuser=backup\npassword={0}", [(P, password(" #;\"'\\"))], "a my.cnf value"),
        ("{{\"user\":\"svc\",\"password\":\"{0}\"}}", [(P, password("\"\\ "))], "compact JSON"),
        ("<connection user=\"app\" password=\"{0}\" host=\"db01\"/>", [(P, password("\"<>&\\ "))], "an XML attribute"),
        ("<entry key=\"db.password\">{0}</entry>", [(P, password("<>&\\ "))], "a Java XML properties entry"),
        ("pg_dump --dbname=crm --username=app --password={0}", [(P, password(" \"'`;&|<>\\$"))], "a CLI flag with ="),
        ("psql \"host=db01 port=5432 user=app password={0} dbname=crm\"", [(P, password(" \"'\\"))],
         "a libpq conninfo string"),
        ("ftp://deploy:{0}@files.acme-corp.com/releases/", [(P, password(" /?#@\"'\\:%"))], "an FTP URL"),
        ("smtp_url = smtps://alerts:{0}@mail.acme-corp.com:465", [(P, password(" /?#@\"'\\:%"))], "an SMTP URL"),
        ("client.login(\"ops@acme-corp.com\", \"{0}\")", [(P, password("\"\\ "))], "a login call"),
        ("$cred = New-Object PSCredential('admin', (ConvertTo-SecureString '{0}' -AsPlainText -Force))",
         [(P, password("'\\ "))], "PowerShell SecureString"),
        ("new NetworkCredential(\"svc_backup\", \"{0}\")", [(P, password("\"\\ "))], "C# NetworkCredential"),
        ("ansible_become_pass: {0}", [(P, password(" #:\"'{}[],"))], "an Ansible become password"),
        ("Password: \"{0}\",", [(P, password("\"\\ "))], "a Go struct field"),
        ("'password' => '{0}',", [(P, password("'\\ "))], "a PHP array"),
        (":password => \"{0}\"", [(P, password("\"\\ #"))], "a Ruby hash rocket"),
        ("ALTER USER reporting WITH PASSWORD '{0}';", [(P, password("'\\ "))], "SQL ALTER USER"),
        ("  - MARIADB_ROOT_PASSWORD={0}", [(P, password(" \"'`;&|<>\\$#"))], "a compose environment list"),
        ("Passwort: {0}", [(P, password(" "))], "a German label"),
        ("mot de passe : {0}", [(P, password(" "))], "a French label"),
        ("contraseña del wifi: {0}", [(P, password(" "))], "a Spanish label"),
        ("パスワード：{0}", [(P, password(" "))], "a Japanese label with a full-width colon"),
        ("密码: {0}", [(P, password(" "))], "a Chinese label"),
        ("пароль: {0}", [(P, password(" "))], "a Russian label"),
        ("hasło: {0}", [(P, password(" "))], "a Polish label"),
        ("lösenord: {0}", [(P, password(" "))], "a Swedish label"),
        ("şifre: {0}", [(P, password(" "))], "a Turkish label"),
        ("senha do banco: {0}", [(P, password(" "))], "a Portuguese label"),
        ("[14:02] dana: the vpn pw is {0} btw", [(P, password(" "))], "chat"),
        ("user: admin / pass: {0}", [(P, password(" "))], "a user/pass pair"),
        ("DB_PASS: \"{0}\"", [(P, password("\"\\ "))], "a YAML env value named _PASS"),
        ("redis_password=\"{0}\" # rotated 2024-05", [(P, password("\"\\ "))], "a quoted value with a comment"),
        ("mysql -h db01 -u root --password='{0}' crm", [(P, password("'\\ "))], "a quoted CLI flag"),
        ("wget --user=ci --password {0} https://repo.acme-corp.com/x.tgz", [(P, password(" \"'`;&|<>\\$"))],
         "wget --password"),
        ("spring.datasource.password: {0}", [(P, password(" #\"'"))], "a Spring YAML key"),
        ("export DB_PASSWORD='{0}'", [(P, password("'\\ "))], "a single-quoted export"),
        ("set -x ADMIN_PASSWORD \"{0}\"", [(P, password("\"\\ $"))], "a fish shell variable"),
        ("  <password><![CDATA[{0}]]></password>", [(P, password("[]<>\\ "))], "an XML CDATA password"),
    )
    for template, values, why in cases:
        positive(template.replace("{{", "{").replace("}}", "}"), values, f"credential: {why}")
    for text, why in (
            ("password: \"{{ vault_db_password }}\"", "a Jinja template"),
            ("DB_PASSWORD=${DB_PASSWORD:?missing}", "a required shell variable"),
            ("password = getpass.getpass('Password: ')", "a prompt"),
            ("\"password\": \"********\"", "a masked value"),
            ("password: <your-password-here>", "a stand-in"),
            ("Forgot your password? Reset it at https://acme-corp.com/reset", "prose"),
            ("docker login --username ci --password-stdin < token.txt", "stdin"),
            ("password_reset_token_ttl: 3600", "a setting"),
            ("PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']", "a setting list"),
            ("Passwort: siehe Tresor (Eintrag \"DB prod\")", "a pointer to a vault"),
            ("mot de passe : (vide)", "an empty value"),
            ("password = os.environ[\"DB_PASSWORD\"]", "an environment lookup"),
            ("ansible_become_pass: \"{{ lookup('env', 'BECOME_PASS') }}\"", "a lookup")):
        negative(text, "placeholder", f"credential look-alike: {why}")


# ------------------------------------------------------------------ private keys split or escaped

def pem_lines(n: int = 8) -> list[str]:
    return ["MII" + pick(B64, 61)] + [pick(B64, 64) for _ in range(n - 2)] + [pick(B64, 40) + "=="]


def private_keys() -> None:
    label = "RSA PRIVATE KEY"
    lines = pem_lines()
    body = "\n".join(f"    \"{line}\\n\"" for line in lines)
    key = f"-----BEGIN {label}-----\\n\"\n{body}\n    \"-----END {label}-----"
    positive("PRIVATE_KEY = (\n    \"{0}\\n\"\n)", [("private_key", key)], "private_key: a Python implicit concatenation")
    lines = pem_lines()
    body = "\n".join(f"    + \"{line}\\n\"" for line in lines)
    key = f"-----BEGIN PRIVATE KEY-----\\n\"\n{body}\n    + \"-----END PRIVATE KEY-----"
    positive("String pem = \"{0}\\n\";", [("private_key", key)], "private_key: a Java concatenation")
    lines = pem_lines()
    key = "-----BEGIN EC PRIVATE KEY-----', '" + "', '".join(lines) + "', '-----END EC PRIVATE KEY-----"
    positive("const pem = ['{0}'].join('\\n');", [("private_key", key)], "private_key: a JS array joined")
    lines = pem_lines()
    key = "-----BEGIN OPENSSH PRIVATE KEY-----\\\\n" + "\\\\n".join(lines) + "\\\\n-----END OPENSSH PRIVATE KEY-----"
    positive("{{\"body\": \"{{\\\"ssh_key\\\": \\\"{0}\\\\n\\\"}}\"}}".replace("{{", "{").replace("}}", "}"),
             [("private_key", key)], "private_key: JSON inside JSON, doubly escaped")
    pem = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(pem_lines(12)) + "\n-----END RSA PRIVATE KEY-----\n"
    encoded = base64.b64encode(pem.encode()).decode()
    positive("apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: {0}\n", [("private_key", encoded)],
             "private_key: base64 of a PEM key in a TLS secret")
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(pem_lines(10)) + "\n-----END PRIVATE KEY-----\n"
    positive("SSH_PRIVATE_KEY_B64={0}", [("private_key", base64.b64encode(pem.encode()).decode())],
             "private_key: base64 of a PEM key in an env file")
    lines = pem_lines()
    key = "-----BEGIN RSA PRIVATE KEY----- " + " ".join(lines) + " -----END RSA PRIVATE KEY-----"
    positive("key pasted from the portal: {0}", [("private_key", key)], "private_key: one line, spaces for line ends")
    lines = pem_lines()
    key = "-----BEGIN PRIVATE KEY-----\\r\\n" + "\\r\\n".join(lines) + "\\r\\n-----END PRIVATE KEY-----"
    positive("{{\"private_key\": \"{0}\\r\\n\"}}".replace("{{", "{").replace("}}", "}"), [("private_key", key)],
             "private_key: JSON with CRLF escapes")
    cert = "-----BEGIN CERTIFICATE-----\n" + "\n".join(pem_lines()) + "\n-----END CERTIFICATE-----"
    negative(cert, "public_material", "look-alike: a certificate")
    pub = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(pem_lines(6)) + "\n-----END PUBLIC KEY-----"
    negative(pub, "public_material", "look-alike: a public key")
    negative("key = (\n    \"-----BEGIN PRIVATE KEY-----\\n\"\n    \"...\\n\"\n    \"-----END PRIVATE KEY-----\\n\"\n)",
             "placeholder", "look-alike: an elided key in code")
    cert = "-----BEGIN CERTIFICATE-----\n" + "\n".join(pem_lines()) + "\n-----END CERTIFICATE-----\n"
    negative("  tls.crt: " + base64.b64encode(cert.encode()).decode(), "public_material",
             "look-alike: base64 of a certificate")


# ------------------------------------------------------------------ vendor tokens the rules did not know

def vendor_tokens() -> None:
    for kind, value, template in (
            ("langfuse_key", "sk-lf-" + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
             "Langfuse(public_key=pk, secret_key=...) failed; the key I used was {0}"),
            ("astra_token", "AstraCS:" + pick(UPPER + LOWER, 24) + ":" + pick(HEX, 64),
             "astra db token {0} (scope: admin)"),
            ("elevenlabs_key", "sk_" + pick(HEX, 48), "voice synth 401 with {0}"),
            ("telnyx_key", "KEY" + pick(ALNUM + "_-", 55), "telnyx v2 {0}"),
            ("resend_key", "re_" + pick(ALNUM, 8) + "_" + pick(ALNUM, 24), "resend.api_key = \"{0}\""),
            ("resend_key", "re_" + pick(ALNUM, 8) + "_" + pick(ALNUM, 24), "sent via Resend using {0}"),
            ("deno_deploy_token", "ddp_" + pick(ALNUM, 36), "deployctl deploy --token={0} --project=site"),
            ("langfuse_key", "sk-lf-" + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
             "LANGFUSE_SECRET_KEY=\"{0}\""),
            ("elevenlabs_key", "sk_" + pick(HEX, 48), "| service | key |\n|---|---|\n| tts | {0} |")):
        positive(template, [(kind, value)], f"{kind}: a prefixed token in a log, prose or a table")
    for text, why in (
            ("re_compile_cache_size = 512", "a Python name starting re_"),
            ("sk_sched_domain_init() returned 0", "a kernel symbol starting sk_"),
            ("image digest sha256:" + pick(HEX, 64), "an image digest"),
            ("commit " + pick(HEX, 40) + " (HEAD -> main)", "a commit"),
            ("request id " + str(uuid.UUID(int=rng.getrandbits(128), version=4)), "a UUID"),
            ("integrity sha512-" + pick(B64, 86) + "==", "an npm integrity hash"),
            ("KEYBOARD_LAYOUT_DEFAULTS_FOR_ALL_REGIONS_AND_LOCALES_V2", "a constant starting KEY"),
            ("LANGFUSE_PUBLIC_KEY=pk-lf-" + str(uuid.UUID(int=rng.getrandbits(128), version=4)), "a public key")):
        negative(text, "vendor_id_lookalike", f"look-alike: {why}")


# ------------------------------------------------------------------ cards: test numbers in docs, cards elsewhere

TEST_CARDS = ("4242424242424242", "4000056655665556", "5555555555554444", "4111111111111111", "378282246310005",
              "6011111111111117", "4000000000000002", "5105105105105100")


def spaced(number: str) -> str:
    if len(number) == 15:
        return group(number, (4, 6, 5), " ")
    return group(number, (4, 4, 4, 4), " ")


def cards() -> None:
    for template, number in (
            ("Use the test card {} with any future expiry and any CVC.", "4242424242424242"),
            ("In test mode, {} simulates a successful debit card payment.", "4000056655665556"),
            ("Sandbox card numbers: Mastercard {} (Braintree sandbox)", "5555555555554444"),
            ("For testing, enter {} and expiry 03/30.", "4111111111111111"),
            ("Use {} to simulate a declined payment (card_declined).", "4000000000000002"),
            ("Testkarte für den Sandbox-Modus: {}", "5105105105105100"),
            ("Tarjeta de prueba (entorno de pruebas): {}", "6011111111111117"),
            ("| Brand | Test number |\n|---|---|\n| Amex | {} |", "378282246310005")):
        negative(template.format(spaced(number)), "test_card_doc", "look-alike: a test number its text calls one")
    for template, number in (
            ("{{\"name\": \"Jane Doe\", \"credit_card\": \"{0}\", \"exp\": \"09/27\"}}", "4111111111111111"),
            ("Card on file: {0} (Visa), billing zip 94107", "4242424242424242"),
            ("refund issued to the customer's card {0} on 2024-06-02", None),
            ("cc_number,exp\n{0},11/26", None),
            ("Kreditkarte: {0}, gültig bis 08/27", None),
            ("pagamento com cartão {0} aprovado", None)):
        value = number or luhn_complete(rng.choice(("4", "51", "52", "53")), 16)
        value = spaced(value) if "cc_number" not in template and "credit_card" not in template else value
        positive(template.replace("{{", "{").replace("}}", "}"), [("card", value)], "card: a number its text does not call a test")
    for text, why in (
            ("Invoice 4000 1234 5678 9010 due 2024-07-01", "an invoice number failing Luhn"),
            ("EAN 4006381333931 / order 1234567890123", "a barcode and a 13-digit order number"),
            ("tracking 9400 1000 0000 0000 0000 00", "a postal tracking number"),
            ("card: 4242 4242 4242 ****", "a masked card")):
        negative(text, "number_lookalike", f"look-alike: {why}")


def main() -> None:
    national_ids()
    ssns()
    passwords()
    private_keys()
    vendor_tokens()
    cards()
    CASES.write()


if __name__ == "__main__":
    main()
