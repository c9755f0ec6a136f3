"""Development cases of the masker's fifth pass (issue 16): ids named in more languages, passwords in more syntaxes,
split and encoded keys, new vendor formats, and test card numbers on both sides of their rule.

    .venv/bin/python tests/masker_eval/dev_pass5_make.py   # rewrites dev_pass5.jsonl (same seed, same file)

Same shape as dev.jsonl; tests/test_masker_dev_set.py checks it with dev.jsonl, dev_pass3.jsonl
and dev_pass4.jsonl. Values have their real structure (check digits from python-stdnum, PEM
bodies of base64 lines, vendor prefixes, lengths and alphabets). dev_holdout5.jsonl is this
pass's measure-only split: nothing here is copied from it.
"""

from __future__ import annotations

import base64
import string
import uuid
from pathlib import Path

from stdnum.ar import cuit
from stdnum.be import nn as be_nn
from stdnum.br import cnpj
from stdnum.ca import sin
from stdnum.es import nie
from stdnum.fr import nir
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.tr import tckimlik

from dev_cases import DevCases, group


CASES = DevCases(16056, Path(__file__).resolve().parent / "dev_pass5.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def password(banned: str = "", n: int = 13) -> str:
    symbols = [ch for ch in "!@#$%^&*()-_=+[]{}:,.?/|~" if ch not in banned]
    chars = [rng.choice(ALNUM) for _ in range(n - 4)] + [rng.choice(symbols) for _ in range(3)] + [rng.choice(DIGITS)]
    rng.shuffle(chars)
    return rng.choice(UPPER) + "".join(chars)


def valid(module, make, want: bool = True) -> str:
    while True:
        value = make()
        if module.is_valid(value) == want and len(set(value)) >= 4:
            return value


def date6() -> str:
    return f"{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"


def digits(n: int) -> str:
    return pick(DIGITS, n)


def national_ids() -> None:
    be = lambda: date6() + digits(5)  # noqa: E731
    fr = lambda: rng.choice("12") + date6()[:4] + f"{rng.randrange(1, 96):02d}" + digits(8)  # noqa: E731
    ar = lambda: rng.choice(("20", "27")) + digits(9)  # noqa: E731
    nie_ = lambda: rng.choice("XYZ") + digits(7) + rng.choice(UPPER)  # noqa: E731
    cn = lambda: rng.choice("12") + digits(7) + "0001" + digits(2)  # noqa: E731
    rows = (
        ("numéro national : {0}", group(valid(be_nn, be), (2, 2, 2, 3, 2), "."), be_nn, be),
        ("INSZ {0}", group(valid(be_nn, be), (6, 3, 2), "-"), be_nn, be),
        ("Numéro de sécurité sociale: {0}", group(valid(nir, fr), (1, 2, 2, 2, 3, 3, 2), " "), nir, fr),
        ("NIR={0}", group(valid(nir, fr), (1, 2, 2, 2, 3, 3, 2), "-"), nir, fr),
        ("CUIT: {0}", group(valid(cuit, ar), (2, 8, 1), "."), cuit, ar),
        ("NIE {0}", group(valid(nie, nie_), (1, 7, 1), "-"), nie, nie_),
        ("CNPJ {0}", valid(cnpj, cn), cnpj, cn),
        ("NAS: {0}", group(valid(sin, lambda: rng.choice("1234567") + digits(8)), (3, 3, 3), "."), sin, None),
        ("आधार: {0}", group(valid(aadhaar, lambda: rng.choice("23456789") + digits(11)), (4, 4, 4), " "), aadhaar, None),
        ("ת.ז. {0}", valid(il_idnr, lambda: digits(9)), il_idnr, None),
        ("TCKN {0}", group(valid(tckimlik, lambda: rng.choice("123456789") + digits(10)), (3, 3, 3, 2), " "), tckimlik, None),
    )
    for template, value, module, make in rows:
        positive(template, [("national_id", value)], "national_id: a label in its own language, any grouping")
        if make is not None:
            failing = valid(module, make, want=False)
            negative(template.format(failing), "invalid_checksum", "national_id look-alike: the checksum fails")
    dni_body = digits(8)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(dni_body) % 23]
    positive("DNI: {0}", [("national_id", f"{dni_body[:2]}.{dni_body[2:5]}.{dni_body[5:]}-{letter}")],
             "national_id: a Spanish DNI written with dots")
    wrong = "TRWAGMYFPDXBNJZSQVHLCKE"[(int(dni_body) + 1) % 23]
    negative(f"DNI: {dni_body[:2]}.{dni_body[2:5]}.{dni_body[5:]}-{wrong}", "invalid_checksum", "a DNI's letter fails")
    negative("Referencia del pedido: 12.345.678-A (no es un DNI válido)", "number_lookalike", "an order reference")
    positive("{{\"social_security_number\": \"{0}\"}}".replace("{{", "{").replace("}}", "}"),
             [("ssn", f"{rng.randrange(100, 600)}{rng.randrange(10, 99)}{rng.randrange(1000, 9999)}")],
             "ssn: a JSON key written with underscores")
    positive("seguro social {0}", [("ssn", f"{rng.randrange(100, 600)}{rng.randrange(10, 99)}{rng.randrange(1000, 9999)}")],
             "ssn: the Spanish name")


def passwords() -> None:
    P = "credential"
    for template, values, why in (
            ("pwd = '{0}' + '{1}'", [(P, password("'\\ ", 9)), (P, password("'\\ ", 9))], "single-quoted pieces"),
            ("admin_password = \"{0}\" + \"{1}\";", [(P, password("\"\\ ", 9)), (P, password("\"\\ ", 9))],
             "double-quoted pieces"),
            ("ENV POSTGRES_PASSWORD {0}", [(P, password(" \"'`;&|<>\\"))], "a Dockerfile ENV"),
            ("setenv DB_PASSWD {0}", [(P, password(" \"'`;&|<>\\"))], "csh setenv"),
            ("set -gx SMTP_PASSWORD '{0}'", [(P, password(" \"'`;&|<>\\"))], "fish set -gx"),
            ("vault_ssh_pass: {0}", [(P, password(" #:\"'{}[],"))], "a name ending _pass"),
            ("var cred = new NetworkCredential(\"backup\", \"{0}\");", [(P, password("\"\\ "))], "NetworkCredential"),
            ("server.login('{0}', '{1}')", [("email", "noreply@acme-mail.io"), (P, password("'\\ "))],
             "smtplib login (the user's address masked on its own)"),
            ("<Password><![CDATA[{0}]]></Password>", [(P, password("[]<>\\ "))], "CDATA"),
            ("username: deploy | pass: {0}", [(P, password(" |"))], "a labelled pair"),
            ("login=ops, pass={0}", [(P, password(" ,"))], "a labelled pair with ="),
            ("Hasło do bazy: {0}", [(P, password(" "))], "Polish"),
            ("Пароль: {0}", [(P, password(" "))], "Russian, capitalised"),
            ("パスワード: {0}", [(P, password(" "))], "Japanese"),
            ("salasana: {0}", [(P, password(" "))], "Finnish"),
            ("Şifre: {0}", [(P, password(" "))], "Turkish, capitalised"),
            ("adgangskode: {0}", [(P, password(" "))], "Danish")):
        positive(template, values, f"credential: {why}")
    for text, cls, why in (
            ("all checks pass: build-4471 ok", "prose", "'pass:' in a CI summary"),
            ("ENV PASSWORD_MIN_LENGTH 12", "empty_value", "a setting"),
            ("set -x DB_PASSWORD $VAULT_DB_PASSWORD", "placeholder", "a variable"),
            ("smtp.login(user, password)", "code_reference", "variables, not values"),
            ("<Password><![CDATA[${DB_PASSWORD}]]></Password>", "placeholder", "a template in CDATA"),
            ("Пароль: ********", "placeholder", "a masked value"),
            ("user_pass_file: /run/secrets/db", "code_reference", "a path")):
        negative(text, cls, f"credential look-alike: {why}")


def pem(label: str, lines: int = 7) -> list[str]:
    return ["MII" + pick(B64, 61)] + [pick(B64, 64) for _ in range(lines - 2)] + [pick(B64, 36) + "=="]


def keys() -> None:
    body = "\n".join(f'    "{line}\\n" +' for line in pem("EC"))
    key = f'-----BEGIN EC PRIVATE KEY-----\\n" +\n{body}\n    "-----END EC PRIVATE KEY-----'
    positive('const pem =\n    "{0}\\n";', [("private_key", key)], "private_key: a JS string concatenation")
    body = "\n".join(f'"{line}\\n"' for line in pem("RSA"))
    key = f'-----BEGIN RSA PRIVATE KEY-----\\n"\n{body}\n"-----END RSA PRIVATE KEY-----'
    positive('static const char *key =\n"{0}\\n";', [("private_key", key)], "private_key: C string pieces")
    text = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(pem("")) + "\n-----END PRIVATE KEY-----\n"
    positive("  private.pem: {0}", [("private_key", base64.b64encode(text.encode()).decode())],
             "private_key: base64 of a PEM key")
    cert = "-----BEGIN CERTIFICATE-----\n" + "\n".join(pem("")) + "\n-----END CERTIFICATE-----\n"
    negative("  ca.crt: " + base64.b64encode(cert.encode()).decode(), "public_material", "base64 of a certificate")


def vendors() -> None:
    for kind, value in (
            ("langfuse_key", "sk-lf-" + str(uuid.UUID(int=rng.getrandbits(128), version=4))),
            ("astra_token", "AstraCS:" + pick(UPPER + LOWER, 24) + ":" + pick(HEX, 64)),
            ("elevenlabs_key", "sk_" + pick(HEX, 48)),
            ("telnyx_key", "KEY" + pick(ALNUM, 55)),
            ("resend_key", "re_" + pick(ALNUM, 8) + "_" + pick(ALNUM, 24)),
            ("deno_token", "ddw_" + pick(ALNUM, 36)),
            ("neon_key", "napi_" + pick(LOWER + DIGITS, 64)),
            ("konnect_token", "kpat_" + pick(ALNUM, 49)),
            ("ory_token", "ory_pat_" + pick(ALNUM, 32)),
            ("twitch_token", "oauth:" + pick(LOWER + DIGITS, 30)),
            ("amazon_token", "Atzr|" + pick(ALNUM + "_-", 300)),
            ("instagram_token", "IGQVJ" + pick(ALNUM + "_-", 180)),
            ("api_key", "sk-" + pick(ALNUM, 48))):
        positive("token in the failing request: {0}", [(kind, value)], f"{kind}: its prefix, length and alphabet")
    for text, why in (
            ("oauth:authorize?client_id=web&scope=read", "an OAuth path"),
            ("KEYBOARD_INTERRUPT_HANDLER_REGISTERED_FOR_ALL_WORKER_PROCESSES_V1", "a constant"),
            ("re_match_cache_entries_total 42", "a metric name"),
            ("sk_buff allocation failed in net/core/skbuff.c", "a kernel symbol")):
        negative(text, "vendor_id_lookalike", f"look-alike: {why}")


def cards() -> None:
    for text in ("Test card: 4000 0000 0000 0077 (any CVC)",
                 "Sandbox: 5105 1051 0510 5100",
                 "4012 8888 8888 1881 is a Braintree test number"):
        negative(text, "test_card_doc", "a published test number its text calls one")
    positive("customer card {0}, exp 04/28", [("card", "4242 4242 4242 4242")], "card: a test number not called one")
    positive("{{\"pan\": \"{0}\"}}".replace("{{", "{").replace("}}", "}"), [("card", "5555555555554444")],
             "card: a published number in a record")


def xml_named() -> None:
    positive("<property name=\"hibernate.connection.password\">{0}</property>", [("credential", password("<>&\\ "))],
             "credential: an XML element named by its name attribute")
    negative("<label for=\"new_password\">New password (8+ chars)</label>", "prose", "an HTML label's text")


def main() -> None:
    national_ids()
    passwords()
    keys()
    vendors()
    cards()
    xml_named()  # appended: the records before it keep their values
    CASES.write()


if __name__ == "__main__":
    main()
