"""The masker's eighteenth pass (coverage) working cases (issue 16), written after studying heldout_v7's misses and
before changing a rule, in other syntaxes, languages and layouts than v7 shows: a national id asked for on one line
and given on the next (chats with and without times, mail replies, quoted answers, several languages); phone numbers
a person calls their own or asks to be confirmed by, in national formats of many countries; dotted random passwords
and keys in YAML, properties, env, TOML, INI and flags; Vault tokens whose body holds no digit; passwords in prose
made of hyphenated words or of words and a number; connection strings under a key's name. And their look-alikes,
which must stay byte-identical: replies holding order or ticket numbers, failing ids, dates; numbers that are no
phone after the same words; code references with dots; Vault placeholders; hyphenated words in prose; connection
strings without a secret.

    .venv/bin/python tests/masker_eval/dev_pass18_make.py   # rewrites dev_pass18.jsonl (same seed, same file)
"""

from __future__ import annotations

import string
from pathlib import Path

import phonenumbers
from dev_cases import DevCases, group
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum.au import tfn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.in_ import aadhaar
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.tr import tckimlik

CASES = DevCases(181818, Path(__file__).resolve().parent / "dev_pass18.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
DIGITS, LOWER, UPPER = string.digits, string.ascii_lowercase, string.ascii_uppercase
ALNUM = DIGITS + LOWER + UPPER
NAMES = ("Marta", "Joost", "Ewa", "Rafael", "Femke", "Bartek", "Camila", "Liam", "Aiko", "Dev", "Ines", "Tariq")


def a_cpf() -> str:
    base = pick(DIGITS, 9)
    return base + cpf._calc_check_digits(base)


def a_cnpj() -> str:
    base = pick(DIGITS, 8) + rng.choice(("0001", "0002"))
    return base + cnpj.calc_check_digits(base)


def a_pesel() -> str:
    base = f"{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + pick(DIGITS, 4)
    return base + pesel.calc_check_digit(base)


def a_tckimlik() -> str:
    base = rng.choice("123456789") + pick(DIGITS, 8)
    return base + tckimlik.calc_check_digits(base)


# kind, how a question names it, a valid value (as written), a failing value of the same shape
IDS = (
    ("nl_bsn", ("BSN", "burgerservicenummer"), lambda: CASES.number(bsn, 9), lambda: CASES.number(bsn, 9, valid=False)),
    ("br_cnpj", ("CNPJ", "CNPJ da empresa"), a_cnpj, lambda: CASES.number(cnpj, 14, valid=False)),
    ("br_cpf", ("CPF",), lambda: (lambda d: f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}")(a_cpf()),
     lambda: (lambda d: f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}")(CASES.number(cpf, 11, valid=False))),
    ("pl_pesel", ("PESEL", "numer PESEL"), a_pesel, lambda: CASES.number(pesel, 11, valid=False)),
    ("au_tfn", ("TFN", "tax file number"), lambda: group(CASES.number(tfn, 9), (3, 3, 3), " "),
     lambda: group(CASES.number(tfn, 9, valid=False), (3, 3, 3), " ")),
    ("ca_sin", ("SIN", "social insurance number"), lambda: group(CASES.number(sin, 9, first="1234567"), (3, 3, 3), "-"),
     lambda: group(CASES.number(sin, 9, valid=False, first="1234567"), (3, 3, 3), "-")),
    ("in_aadhaar", ("Aadhaar", "Aadhaar number"), lambda: group(CASES.number(aadhaar, 12, first="23456789"), (4, 4, 4), " "),
     lambda: group(CASES.number(aadhaar, 12, valid=False, first="23456789"), (4, 4, 4), " ")),
    ("de_idnr", ("Steuer-ID", "steuerliche Identifikationsnummer"), lambda: CASES.number(idnr, 11),
     lambda: CASES.number(idnr, 11, valid=False)),
    ("tr_kimlik", ("TC kimlik", "kimlik numaranız"), a_tckimlik, lambda: CASES.number(tckimlik, 11, valid=False)),
)
QUESTIONS = ("could you send me your {label}?", "please confirm your {label}", "what is the {label} on file?",
             "we still need the {label} for the contract", "¿me pasas tu {label}?", "kun je je {label} sturen?",
             "preciso do seu {label}, por favor", "bitte noch die {label} schicken")
ANSWERS = ("[{t}] {name}: {0}", "[{t}] {name}: it's {0}", "{t} {name}: sure - {0}", "{name}: here you go, {0}",
           "> {0}", "{name} ({t}): mine is {0}", "A: {0}", "<{name}> {0}", "{name}: é {0}", "{name}: klopt, {0}")


def a_time() -> str:
    return rng.choice((f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}", f"{rng.randrange(1, 12)}:{rng.randrange(60):02d} PM",
                       f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"))


def ids_answered_on_the_next_line() -> None:
    for kind, labels, make, _ in IDS:
        for _ in range(4):
            name, asker = rng.sample(NAMES, 2)
            question = rng.choice(QUESTIONS).format(label=rng.choice(labels))
            answer = rng.choice(ANSWERS).format("{0}", t=a_time(), name=name)
            prefix = rng.choice((f"[{a_time()}] {asker}: ", f"{asker}: ", "", f"{a_time()} {asker}: "))
            after = rng.choice(("", f"\n[{a_time()}] {asker}: thanks!", "\nthanks", f"\n{asker}: got it"))
            positive(prefix + question + "\n" + answer + after, [("national_id", make())],
                     f"{kind}: the question names the id, the next line's reply gives it")


def id_answer_lookalikes() -> None:
    for kind, labels, make, failing in IDS:
        name = rng.choice(NAMES)
        question = rng.choice(QUESTIONS).format(label=rng.choice(labels))
        negative(f"{question}\n{name}: it's {failing()}", "id_answer_failing_check",
                 f"{kind}: the reply's number fails the id's check")
        other = rng.choice(("order", "ticket", "invoice", "case", "booking ref", "tracking"))
        negative(f"{question}\n{name}: I don't have it yet, my {other} is {make().replace(' ', '').replace('-', '').replace('.', '')}",
                 "id_answer_other_number", f"{kind}: the reply gives another kind of number, which passes the check")
        negative(f"{question}\n{name}: I'll send it on {rng.randrange(1, 28)}.{rng.randrange(1, 13)}.{rng.randrange(2025, 2027)}",
                 "id_answer_date", f"{kind}: the reply holds a date")


PHONE_REGIONS = ("FR", "CH", "KR", "DE", "GB", "NL", "IT", "ES", "JP", "AU", "BE", "AT", "SE", "PL", "BR", "IN")


def a_phone(region: str) -> str:
    kind = rng.choice((PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = phonenumbers.national_significant_number(example)
    candidate = example
    for _ in range(200):  # keep the example's leading digits (its area or mobile prefix), draw the rest
        keep = max(2, len(national) // 3)
        drawn = phonenumbers.parse(national[:keep] + pick(DIGITS, len(national) - keep), region)
        if phonenumbers.is_valid_number(drawn) and phonenumbers.region_code_for_number(drawn) == region:
            candidate = drawn
            break
    text = phonenumbers.format_number(candidate, PhoneNumberFormat.NATIONAL)
    if region in ("FR", "BE") and rng.random() < 0.5:
        text = text.replace(" ", ".")
    if region == "KR":
        text = text.replace(" ", "-")
    return text


PHONE_SENTENCES = ("My number is {0} if anything comes up.", "my mobile number: {0}", "Our number {0} is on the invoice too.",
                   "Please confirm via {0} before shipping.", "verify by phone at {0} (mornings)", "Her number is {0}.",
                   "Mon numéro est le {0}.", "Mijn nummer is {0}, bel gerust.", "reply on {0} once it is done",
                   "My work number is {0}; the office closes at 5.", "Their new number: {0}")


def phones_people_call_theirs() -> None:
    for region in PHONE_REGIONS:
        for _ in range(2):
            positive(rng.choice(PHONE_SENTENCES), [("phone", a_phone(region))], f"phone/{region}: a person's own number")


def phone_lookalikes() -> None:
    for text in ("My number of open tickets is 14, down from 31.", "Our number one priority for 2026 is latency.",
                 "My order number is 4829103375 - it has not shipped.", "Please confirm via the portal by 2026-01-31.",
                 "Her number came up: 7 of 120 in the queue.", "Their new number of seats is 250 (was 180).",
                 "reply on ticket 2026-4471 with the logs", "My number is still the same as last year.",
                 "verify by phone that build 20261104.3 passed", "Our number: version 4.12.0 shipped on 03.11.2026"):
        negative(text, "phone_words_no_phone", "a phone's words before a number that is no phone")


def random_dotted(n: int, dots: int) -> str:
    while True:
        body = list(pick(ALNUM, n))
        for at in rng.sample(range(2, n - 2), dots):
            body[at] = "."
        value = "".join(body)
        if ".." not in value and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


DOTTED_TEMPLATES = ("db:\n  user: app\n  password: {0}\n  port: 5432\n", "app.datasource.password={0}\n",
                    "DB_PASSWORD: {0}\n", "[database]\npassword = {0}\nhost = db1\n", "smtp.password={0}",
                    "  - MYSQL_ROOT_PASSWORD={0}\n", "redis:\n  auth_password: {0}\n", "export PGPASSWORD={0}\n",
                    "--db-password {0} --verbose", "spring:\n  rabbitmq:\n    password: {0}\n")


def dotted_passwords() -> None:
    for template in DOTTED_TEMPLATES:
        for dots in (1, 2):
            positive(template, [("password", random_dotted(rng.randrange(12, 20), dots))],
                     "a random password holding dots: no code reference")


def dotted_lookalikes() -> None:
    for template, value in zip(DOTTED_TEMPLATES, (
            "settings.dbPassword", "config.MySQLPassword", "secrets.OAuthClientSecret", "vault.kv.getSecret",
            "Rails.application.credentials", "process.env.PGPASSWORD", "cfg.getDbPass", "env.PGPASS_FILE",
            "params.adminPassword", "ctx.HTTPClient.authToken"), strict=True):
        negative(template.format(value), "dotted_code_reference", "a code reference with dots names the password")


def a_vault_body(n: int) -> str:
    while True:
        body = pick(LOWER + UPPER + "-_", n)
        if body[0] not in "-_" and body[-1] not in "-_" and "--" not in body:
            return body


def vault_tokens() -> None:
    for template in ('VAULT_TOKEN={0}\n', 'vault login {0}', 'token: "{0}"', '{"client_token": "{0}"}',
                     'X-Vault-Token: {0}', "export VAULT_TOKEN='{0}'"):
        for prefix, n in (("hvs.", rng.randrange(32, 60)), ("hvb.", rng.randrange(100, 140))):
            positive(template, [("vault_token", prefix + a_vault_body(n))], "a Vault token whose body holds no digit")
    for text in ("VAULT_TOKEN=hvs.ThisIsWhereYourVaultTokenGoesForTheDemo", "token: hvs.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                 "vault login hvs.<your-token-here>", "X-Vault-Token: hvs.exampleTokenValueForDocumentationOnly"):
        negative(text, "vault_placeholder", "a Vault token's stand-in")


WORDS = ("maple", "quartz", "otter", "harbor", "velvet", "lantern", "cobalt", "meadow", "pepper", "falcon", "glacier",
         "tundra", "saffron", "walnut", "ember", "cactus", "pebble", "violet", "nimbus", "copper")
PROSE = ("the wifi password is {0} - ask me if it fails", "Passwort ist {0} (bitte nicht weitergeben)",
         "root password is {0} -- rotate it friday", "le mot de passe est {0} - merci", "the vpn password was {0} (temporary)",
         "jump host: password is {0} — change on first login")


def prose_passwords() -> None:
    for template in PROSE:
        words = rng.sample(WORDS, rng.randrange(3, 5))
        positive(template, [("password", rng.choice(("-", "_")).join(words) if rng.random() < 0.2 else "-".join(words))],
                 "a passphrase of hyphenated words, the sentence going on after it")
        two = rng.sample(WORDS, rng.randrange(2, 4))
        number = str(rng.randrange(1, 999))
        memorable = " ".join(w.capitalize() if i == 0 and rng.random() < 0.5 else w for i, w in enumerate(two))
        memorable += " " + rng.choice((number + rng.choice("!?#$%&*"), rng.choice("#@") + number))
        positive(template, [("password", memorable)], "words and a number with a symbol, the sentence going on")
    for text in ("the password is re-entered - twice, to confirm it", "Your password is case-sensitive - mind caps lock",
                 "the password is user-defined (see the policy)", "password is one-time-use - it expires in an hour",
                 "the admin password is self-service-reset - no ticket needed", "the password was hard-to-guess (we hope)",
                 "password is Required field 1! - see form docs", "password is three-strikes-lockout - by policy"):
        negative(text, "prose_hyphenated_words", "hyphenated words or a sentence after 'password is'")


def a_b64(n_bytes: int) -> str:
    import base64
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n_bytes))).decode()


def connection_strings() -> None:
    for name in ("AZURE_STORAGE_CONNECTION_STRING", "StorageConnection", "conn_str", "BLOB_CONN_STRING"):
        account = "st" + pick(LOWER + DIGITS, 10)
        sep = rng.choice(("=", ": ", " = "))
        quote = rng.choice(("", '"', "'"))
        positive(f"{name}{sep}{quote}DefaultEndpointsProtocol=https;AccountName={account};AccountKey={{0}};"
                 f"EndpointSuffix=core.windows.net{quote}", [("azure_storage_key", a_b64(64))],
                 "an Azure storage connection string under a key's name: only the account key is secret")
    for name in ("SERVICEBUS_CONNECTION", "EventHubConnectionString"):
        positive(f'{name}="Endpoint=sb://ns-{pick(LOWER, 6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;'
                 f'SharedAccessKey={{0}}"', [("azure_storage_key", a_b64(32))],
                 "a Service Bus connection string: the shared access key only")
    for text in ("AZURE_STORAGE_CONNECTION_STRING=UseDevelopmentStorage=true",
                 'SQL_CONNECTION_STRING="Server=tcp:sql-prod.database.windows.net,1433;Database=orders;Authentication=Active Directory Default"',
                 "conn_str = 'Data Source=localhost;Initial Catalog=app;Integrated Security=True'",
                 "BLOB_CONN_STRING=DefaultEndpointsProtocol=https;AccountName=stacmeprod;EndpointSuffix=core.windows.net"):
        negative(text, "connection_string_no_secret", "a connection string without a secret")


if __name__ == "__main__":
    ids_answered_on_the_next_line()
    id_answer_lookalikes()
    phones_people_call_theirs()
    phone_lookalikes()
    dotted_passwords()
    dotted_lookalikes()
    vault_tokens()
    prose_passwords()
    connection_strings()
    CASES.write()
