"""Development cases of the masker's sixth pass (issue 16): a GCP service account's key id where its private key
follows, and a Twilio auth token passed to ``Client(account_sid, ...)``, each next to look-alikes that stay.

    .venv/bin/python tests/masker_eval/dev_pass6_make.py   # rewrites dev_pass6.jsonl (same seed, same file)

Same shape as dev.jsonl; tests/test_masker_dev_set.py checks it with the earlier passes' sets.
"""

from __future__ import annotations

import string
from pathlib import Path

import phonenumbers
from dev_cases import DIGITS, DevCases
from stdnum import luhn
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.nl import bsn
from stdnum.pl import pesel

CASES = DevCases(16066, Path(__file__).resolve().parent / "dev_pass6.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def pem_body() -> str:
    return "\\n".join(pick(B64, 64) for _ in range(4))


def gcp_key_ids() -> None:
    for indent, quote in (("  ", '"'), ("    ", '"'), ("", '\\"')):
        key = f"-----BEGIN PRIVATE KEY-----\\n{pem_body()}\\n-----END PRIVATE KEY-----"
        nl = "\n" if indent else " "
        q = quote
        template = (f"{{{nl}{indent}{q}type{q}: {q}service_account{q},{nl}{indent}{q}project_id{q}: {q}acme-{pick(HEX, 4)}{q},"
                    f"{nl}{indent}{q}private_key_id{q}: {q}{{0}}{q},{nl}{indent}{q}private_key{q}: {q}{{1}}\\n{q},{nl}"
                    f"{indent}{q}client_email{q}: {q}svc@acme.iam.gserviceaccount.com{q}{nl}}}")
        positive(template, [("private_key", pick(HEX, 40)), ("private_key", key)],
                 "gcp: the key id masked with the key it names")
    negative("\"private_key_id\": \"" + pick(HEX, 40) + "\", \"client_id\": \"1" + pick("0123456789", 20) + "\"",
             "vendor_id_lookalike", "a key id without its key")
    negative("gcloud iam service-accounts keys list: KEY_ID " + pick(HEX, 40), "vendor_id_lookalike",
             "a key id listed by gcloud")


def twilio_clients() -> None:
    for sid_name, quote in (("account_sid", '"'), ("TWILIO_ACCOUNT_SID", "'"), ("settings.twilio_sid", '"'),
                            ("sid", "'")):
        positive(f"client = Client({sid_name}, {quote}{{0}}{quote})", [("twilio_auth_token", pick(HEX, 32))],
                 "twilio: the auth token as Client's second argument")
    negative("client = Client(account_sid, auth_token)", "code_reference", "both arguments are variables")
    negative(f"client = Client(base_url, \"{pick(HEX, 32)}\")", "hash_digest", "a hex digest after no SID")
    negative(f"session = Client(sid, '{pick(HEX, 8)}')", "number_lookalike", "too short for a token")


def punctuated(n: int) -> str:
    chars = [rng.choice(string.ascii_letters + string.digits) for _ in range(n - 5)] + [rng.choice("&;|<>*%@)(#!") for _ in range(4)]
    rng.shuffle(chars)
    return rng.choice(string.ascii_uppercase) + "".join(chars) + rng.choice(string.digits)


def env_lines() -> None:
    django = string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"
    rows = (
        ("SECRET_KEY={0}\nDEBUG=False\n", "django-insecure-" + pick(django, 50)),
        ("DEBUG=1\nDB_PASSWORD={0}\nDB_HOST=db\n", punctuated(18)),
        ("# .env\nexport POSTGRES_PASSWORD={0}\n", punctuated(16)),
        ("  REDIS_PASS={0}\r\n", punctuated(14)),
        ("APP_NAME=shop\nNEXTAUTH_SECRET={0}\n", pick(string.ascii_letters + string.digits, 20) + "&" + pick(HEX, 12)),
    )
    for template, value in rows:
        positive(template, [("credential", value)], "env: a .env value runs to the line's end, punctuation and all")
    negative("PASSWORD_MIN_LENGTH=12\nSECRET_KEY_FILE=/run/secrets/django_key\nDB_PASSWORD=${DB_PASSWORD}\n",
             "placeholder", "a setting, a path and an expansion")
    negative("db_password: SecretStr = Field(default=..., env=\"DB_PASSWORD\")", "code_reference",
             "a pydantic field's type and default")
    negative("    admin_password: Optional[SecretStr] = None", "code_reference", "a typed attribute's default")
    negative("git clone https://deploy@bitbucket.org/acme/" + pick(string.ascii_lowercase, 6) + ".git", "network",
             "a URL with only a user")
    negative("ssh://git@gitlab.example.com:2222/ops/infra.git", "network", "an ssh URL's user")


def pan_number() -> str:
    """An Indian PAN: three letters, the holder's kind (P: a person), the name's initial, four digits, a letter."""
    return pick(string.ascii_uppercase, 3) + "P" + pick(string.ascii_uppercase, 1) + pick(DIGITS, 4) + pick(
        string.ascii_uppercase, 1)


def dni_number() -> str:
    digits = rng.choice("123456789") + pick(DIGITS, 7)
    return digits + dni.calc_check_digit(digits)


def ssn_number() -> str:
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def sibling_ids() -> None:
    """Ids whose kind a sibling field names, before or after the value, in YAML lines and JSON objects."""
    rows = (
        ("id_type: BSN\nid_value: {0}\n", CASES.number(bsn, 9)),
        ("  - type: Steuer-ID\n    number: {0}\n", CASES.number(idnr, 11)),
        ('{"document_type": "CPF", "document_number": "{0}"}', CASES.number(cpf, 11)),
        ('{\n  "id_type": "PESEL",\n  "id_number": "{0}"\n}', CASES.number(pesel, 11)),
        ("id_value: {0}\nid_type: TFN\n", CASES.number(tfn, 9)),
        ('{"number": "{0}", "type": "PESEL"}', CASES.number(pesel, 11)),
        ("document_number: {0}\ndocument_type: DNI\n", dni_number()),
        ('{"value": "{0}", "kind": "SSN"}', ssn_number()),
        ('{"id_no": "{0}",\n "id_type": "PAN"}', pan_number()),
        ('{"customer": {"de_tax_id": "{0}"}}', CASES.number(idnr, 11)),
        ('{"in_pan": "{0}", "name": "R. Iyer"}', pan_number()),
    )
    for template, value in rows:
        kind = "ssn" if "SSN" in template else "national_id"
        positive(template, [(kind, value)], "id: named by a sibling field or a country-prefixed key")
    negative(f"id_type: BSN\nid_value: {CASES.number(bsn, 9, valid=False)}\n", "invalid_checksum",
             "a BSN's field with a failing number")
    negative(f'{{"number": "{CASES.number(cpf, 11, valid=False)}", "type": "CPF"}}', "invalid_checksum",
             "a CPF named after its value, failing its check")
    negative(f"order_number: {CASES.number(bsn, 9)}\norder_type: express\n", "number_lookalike",
             "an order's number and type")
    negative(f'{{"type": "invoice", "number": "{CASES.number(pesel, 11)}"}}', "number_lookalike",
             "an invoice number valid as a PESEL")
    negative(f"id_value: {CASES.number(tfn, 9)}\nid_type: passport\n", "number_lookalike",
             "a number whose sibling names another document")


def luhn_card(prefix: str, length: int, valid: bool = True) -> str:
    body = prefix + pick(DIGITS, length - len(prefix) - 1)
    check = luhn.calc_check_digit(body)
    return body + (check if valid else str((int(check) + 1) % 10))


def grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at:at + size])
        at += size
    return sep.join(out)


def card_groupings() -> None:
    """Cards in groupings other than 4-4-4-4: 13-digit Visa as 4-3-3-3 (named by a card word), 19 digits as
    4-4-4-4-3, in prose, logs and JSON."""
    rows = (
        ("Card: {0} exp 11/28", grouped(luhn_card("4", 13), (4, 3, 3, 3), " ")),
        ("2026-11-30T10:02:11Z charge ok pan={0} amount=12.50", luhn_card("4", 13)),
        ('{"card": {"number": "{0}", "exp": "09/27"}}', grouped(luhn_card("4", 13), (4, 3, 3, 3), "-")),
        ("paid with {0} yesterday", grouped(luhn_card("62", 19), (4, 4, 4, 4, 3), "-")),
        ("INFO auth pan={0} rc=00", grouped(luhn_card("65", 19), (4, 4, 4, 4, 3), " ")),
        ('{"card": {"number": "{0}"}}', grouped(luhn_card("4", 19), (4, 4, 4, 4, 3), "-")),
    )
    for template, value in rows:
        positive(template, [("card", value)], "card: an unusual grouping with a valid Luhn digit")
    negative(f"order {luhn_card('4', 13)} shipped", "number_lookalike", "a 13-digit order number, no card word")
    negative(f"Card: {grouped(luhn_card('4', 13, valid=False), (4, 3, 3, 3), ' ')}", "invalid_checksum",
             "a 4-3-3-3 card failing its Luhn digit")
    negative(f"ref {grouped(luhn_card('62', 19, valid=False), (4, 4, 4, 4, 3), '-')}", "invalid_checksum",
             "19 digits in card groups failing the Luhn digit")


def national_phone(region: str, shape: str) -> str:
    """A number valid in ``region``'s national plan, written in ``shape`` (each ``#`` a random digit)."""
    while True:
        number = "".join(rng.choice(DIGITS) if ch == "#" else ch for ch in shape)
        if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
            return number


def phone_tables() -> None:
    """National numbers (no country code) as the cells of a Markdown or CSV table's phone column."""
    gb, fr = national_phone("GB", "020 7### ####"), national_phone("FR", "06 ## ## ## ##")
    positive("| Name | Phone | City |\n|---|---|---|\n| J. Roe | {0} | London |\n| L. Brun | {1} | Lyon |\n",
             [("phone", gb), ("phone", fr)], "phone: table cells in national format")
    de, au, nl = (national_phone("DE", "030 ########"), national_phone("AU", "(02) 9### ####"),
                  national_phone("NL", "06-########"))
    positive("name,phone,city\nAnna K,{0},Berlin\nTom W,{1},Sydney\nSara V,{2},Utrecht\n",
             [("phone", de), ("phone", au), ("phone", nl)], "phone: CSV cells in national format")
    jp, br = national_phone("JP", "03-####-####"), national_phone("BR", "(11) 9####-####")
    positive("id;phone\n1;{0}\n2;{1}\n", [("phone", jp), ("phone", br)], "phone: semicolon-separated cells")
    negative("| sku | price |\n|---|---|\n| 0012 3456 | 10.00 |\n| 0.5 | 2 |\n", "number_lookalike",
             "a product code and amounts in cells")
    negative("date,amount\n01-02-2024,0 123 456\n", "date", "a date and an amount in cells")
    negative("| ISBN | 0-306-40615-2 |\n| order | 012345678901 |\n", "number_lookalike", "an ISBN and an order number")


def main() -> None:
    gcp_key_ids()
    twilio_clients()
    env_lines()
    sibling_ids()
    card_groupings()
    phone_tables()
    CASES.write()


if __name__ == "__main__":
    main()
