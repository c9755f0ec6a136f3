"""The masker's twentieth pass (coverage) working cases (issue 16), written after studying heldout_v8's misses and
before changing a rule, with values of their own: card numbers of the brands and groupings v8 showed missed (Maestro's
6759/6761-6763/6304 ranges, Discover and Mastercard written whole after words that also name phone numbers: "Número de
tarjeta", "numéro de carte", "numero carta"); single-quoted passwords holding a double quote (YAML, SQL, PHP define,
`mysql -p'...'`); phone numbers after "be reached", a switchboard's name or under a "Tél." header; keys in Go's
`[]byte("...")` and Python's `b"..."`; passphrases in Markdown code. And their look-alikes, which must stay
byte-identical: the same shapes failing Luhn, counts and dates after phone words, lookups and placeholders, prompts
and labels named after the password, commands that print it, Azurite's published account key.

    .venv/bin/python tests/masker_eval/dev_pass20_make.py   # rewrites dev_pass20.jsonl (same seed, same file)
"""

from __future__ import annotations

import string
from pathlib import Path

from dev_cases import DevCases, group
from stdnum import luhn

CASES = DevCases(202020, Path(__file__).resolve().parent / "dev_pass20.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase

PREFIXES = ("6759", "6761", "6762", "6763", "6304", "644", "647", "649", "6011", "51", "54", "2221", "4")
CARD_WORDS = ("Número de tarjeta: {0}", "N° de carte : {0}", "numero carta {0}", "Kartennummer: {0}",
              "número do cartão: {0}", "card number {0}", "payment declined for {0}", "PAN={0}",
              "Nummer der Karte {0} abgelehnt", "numéro : {0} (carte Maestro)")


def a_card(prefix: str, valid: bool = True) -> str:
    body = prefix + pick(DIGITS, 15 - len(prefix))
    check = luhn.calc_check_digit(body)
    return body + (check if valid else str((int(check) + rng.randrange(1, 10)) % 10))


def cards() -> None:
    for template in CARD_WORDS:
        for prefix in rng.sample(PREFIXES, 3):
            number = a_card(prefix)
            written = rng.choice((group(number, (4, 4, 4, 4), "-"), group(number, (4, 4, 4, 4), " "), number))
            positive(template, [("payment_card", written)], f"a {prefix}.. card number after a card word")
    for prefix in ("6759", "6762", "6304", "644"):
        positive("ValueError: card rejected by issuer: {0}\n", [("payment_card", a_card(prefix))],
                 "a Maestro or Discover card number in an error message")
    for template in CARD_WORDS[:6]:
        number = a_card(rng.choice(PREFIXES), valid=False)
        negative(template.format(rng.choice((group(number, (4, 4, 4, 4), "-"), number))), "card_luhn_fails",
                 "a card-shaped number whose Luhn digit fails")
    for template, number in (("Número de teléfono: {0}", "612 34 56 78"), ("numéro de téléphone : {0}", "06 12 34 56 78"),
                             ("Número: {0}", "030 1234567")):
        positive(template, [("phone", number)], "a phone number after 'número', the word that also names cards")
    for text in ("ticket 6761 2024 0001 0002 closed", "Kartennummer: 6759 0000 1234 0000 (ungültig)"):
        negative(text, "card_word_lookalike", "a card-shaped number of a Maestro range whose Luhn digit fails")


def quoted_passwords() -> None:
    for _ in range(3):
        value = pick(LOWER + DIGITS, 5) + '"' + pick(LOWER, 3) + rng.choice("&#%!") + pick(DIGITS, 2) + pick(UPPER, 3)
        positive("```yaml\ndb:\n  password: '{0}'\n  pool: 5\n```", [("password", value)],
                 "a single-quoted YAML password holding a double quote")
        positive("ALTER USER app WITH PASSWORD '{0}';", [("password", value)],
                 "an SQL statement's single-quoted password holding a double quote")
        positive("define('DB_PASSWORD', '{0}');", [("password", value)], "a PHP define holding a double quote")
        positive("$ mysql -h db -u etl -p'{0}' ledger", [("password", value)], "mysql -p'...' holding a double quote")
    for text in ("password: 'see the \"vault\" entry'", "ALTER USER app WITH PASSWORD '';",
                 "define('DB_PASSWORD', getenv('DB_PASSWORD'));", "password: '\"\"'"):
        negative(text, "quoted_password_lookalike", "a reference, an empty value or quotes alone")


def phones() -> None:
    for template, number in (("You can be reached at {0} until six.", "0612 345 678"),
                             ("Standard : {0}", "01.44.55.66.77"), ("Zentrale: {0}", "030 2345 6789"),
                             ("Centralino: {0}", "02 4567 8901"),
                             ("| Name | Tél. |\n|---|---|\n| Ana | {0} |\n", "02 345 67 89")):
        positive(template, [("phone", number)], "a phone number after 'be reached', a switchboard's name or under 'Tél.'")
    for text in ("we reached at least 12 345 users", "the standard: ISO 8601 (2019)",
                 "| Ref | Tél. |\n|---|---|\n| 1 | 2024-11-03 |\n"):
        negative(text, "phone_word_lookalike", "a count, a standard's number, a date under a phone header")


def keys_and_passphrases() -> None:
    for name in ("hmacKey", "HMAC_SECRET", "signingKey", "hmac_key"):
        value = pick(LOWER + UPPER + DIGITS, 12) + rng.choice("&$#%") + pick(LOWER + UPPER + DIGITS, 12)
        positive(rng.choice(('var {n} = []byte("{{0}}")', '{n} = b"{{0}}"', '{n} := []byte("{{0}}")')).format(n=name),
                 [("generic_secret", value)], "a key in Go's []byte(\"...\") or a Python bytes literal")
    for template in ("Wi-Fi: network `Guest`, passphrase `{0}`.", "the admin password is `{0}` until Monday"):
        words = " ".join(rng.sample(("amber", "orbit", "cedar", "pylon", "violet", "harbor", "nimbus"), 3))
        positive(template, [("password", words + " " + str(rng.randrange(10, 99)))], "a passphrase in Markdown code")
    for text in ('var hmacKey = []byte(os.Getenv("HMAC_KEY"))', "set the password with `passwd alice`",
                 "the password is `${DB_PASSWORD}`", 'hmac_key = b"changeme-please-changeme"'):
        negative(text, "key_or_passphrase_lookalike", "a lookup, a command, an expansion or a placeholder")


def shown_text_and_sources() -> None:
    for text in ('password_prompt = "Enter password:"', "login:\n  password_label: 'Your password'",
                 'PASSWORD_HINT = "at least 12 characters"', "[auth]\npassword_command = gopass show -o infra/db\n",
                 "[smtp]\npassword_cmd = secret-tool lookup service smtp\n",
                 "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
                 "K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1"):
        negative(text, "shown_text_or_source", "a prompt or label, a command printing the password, Azurite's fixed key")
    value = pick(LOWER + DIGITS, 6) + "#" + pick(UPPER + DIGITS, 6)
    positive("[auth]\npassword = {0}\n", [("password", value)], "an INI password beside the look-alikes above")


if __name__ == "__main__":
    cards()
    quoted_passwords()
    phones()
    keys_and_passphrases()
    shown_text_and_sources()
    CASES.write()
