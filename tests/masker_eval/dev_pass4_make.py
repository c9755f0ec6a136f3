"""Development cases of the masker's fourth pass (issue 16): ids in any grouping, passwords by the syntax that ends them.

    .venv/bin/python tests/masker_eval/dev_pass4_make.py   # rewrites dev_pass4.jsonl (same seed, same file)

Same shape as dev.jsonl; tests/test_masker_dev_set.py checks it with dev.jsonl and
dev_pass3.jsonl. Values have their real structure (check digits from python-stdnum,
base64 of user:password, 40-character AWS secrets); look-alikes are the same groupings
failing their checksum, shell variables and settings under password names, and key
ids under key names. dev_holdout3.jsonl is this pass's measure-only split: nothing
here is copied from it.
"""

from __future__ import annotations

import string
from pathlib import Path

from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.hr import oib
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.tr import tckimlik

from dev_cases import DevCases, group


CASES = DevCases(16045, Path(__file__).resolve().parent / "dev_pass4.jsonl")
rng = CASES.rng
pick, positive, negative, number = CASES.pick, CASES.positive, CASES.negative, CASES.number
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def password(banned: str = "", n: int = 15) -> str:
    symbols = [ch for ch in "!@#$%^&*()-_=+[]{}:,.?/|~" if ch not in banned]
    chars = [rng.choice(ALNUM) for _ in range(n - 4)] + [rng.choice(symbols) for _ in range(3)] + [rng.choice(DIGITS)]
    rng.shuffle(chars)
    return rng.choice(UPPER) + "".join(chars)


def grouped_ids() -> None:
    for kind, module, length, template, sizes, sep in (
            ("de_steuer_id", idnr, 11, "Steuer-ID {0}", (3, 3, 3, 2), " "),
            ("de_steuer_id", idnr, 11, "tax identification number: {0}", (4, 4, 3), "-"),
            ("nl_bsn", bsn, 9, "BSN {0}", (3, 3, 3), "."),
            ("nl_bsn", bsn, 9, "Citizen service number {0}", (2, 3, 4), " "),
            ("pl_pesel", pesel, 11, "PESEL: {0}", (6, 5), " "),
            ("au_tfn", tfn, 9, "Tax file no: {0}", (3, 3, 3), "-"),
            ("br_cpf", cpf, 11, "CPF {0}", (3, 3, 3, 2), "."),
            ("tr_kimlik", tckimlik, 11, "T.C. kimlik no {0}", (3, 3, 3, 2), " "),
            ("hr_oib", oib, 11, "OIB: {0}", (4, 4, 3), " ")):
        positive(template, [(kind, group(number(module, length), sizes, sep))], f"{kind}: grouped {sizes} with {sep!r}")
        negative(template.format(group(number(module, length, valid=False), sizes, sep)), "invalid_checksum",
                 f"{kind}: the same grouping, checksum fails")


def passwords() -> None:
    positive("Data Source=sql01;Initial Catalog=crm;User ID=crm;Password={0};", [("credential", password(";\"'\\ "))],
             "credential: an ADO.NET Password= with & or > to the ';'")
    positive("jdbc:sqlserver://sql01:1433;user=crm;password={0}", [("credential", password(";\"'\\ "))],
             "credential: a JDBC password= at the string's end")
    positive("DSN=crm;UID=crm;PWD={0};", [("credential", "{" + password(";{}\"'\\ ") + "}")],
             "credential: an ODBC PWD={...} in braces")
    positive("REDISCLI_AUTH=x; PGPASSWORD={0} pg_dump crm", [("credential", "," + password(" \"'`;&|<>\\$"))],
             "credential: PGPASSWORD before a command, a leading comma")
    positive("export SMTP_PASS={0}", [("credential", "#" + password(" \"'`;&|<>\\$"))],
             "credential: an exported _PASS value starting with #")
    positive("*:5432:*:replicator:{0}\n", [("credential", password(": \\"))], "credential: a .pgpass line with wildcards")
    positive("session.auth = ('etl', '{0}')", [("credential", password("'\\"))], "credential: a requests auth tuple")
    positive("aiohttp.BasicAuth(\"etl\", \"{0}\")", [("credential", password("\"\\"))], "credential: aiohttp BasicAuth")
    for text, cls, why in (
            ("PWD=/home/deploy/app", "code_reference", "the shell's PWD is a directory"),
            ("PGPASSWORD=$PGPASS_FROM_VAULT psql", "placeholder", "a shell variable"),
            ("DB_PASSWORD=$(cat /run/secrets/db)", "code_reference", "a command substitution"),
            ("PASSWORD_MIN_LENGTH=12", "empty_value", "a setting named after the password"),
            ("BYPASS=true", "code_reference", "BYPASS is no password name"),
            ("Server=sql01;Password=;Trusted_Connection=yes", "empty_value", "an empty connection-string password"),
            ("Server=sql01;Password=${DB_PASSWORD};", "placeholder", "a template in a connection string"),
            ("localhost:5432:*:postgres:*", "placeholder", "a .pgpass wildcard password"),
            ("auth=('user', 'password')", "placeholder", "a stand-in auth tuple")):
        negative(text, cls, f"credential look-alike: {why}")


def tokens() -> None:
    positive("curl --oauth2-bearer {0} https://api.acme.io/v1/jobs", [("credential", pick(LOWER, 36))],
             "credential: curl --oauth2-bearer, lowercase letters only")
    positive("http -A bearer -a {0} GET api.acme.io/v1/jobs", [("credential", pick(HEX, 40))],
             "credential: httpie bearer auth, hex")
    positive("Authorization: Bearer {0}", [("credential", pick(ALNUM, 12) + "%2F" + pick(ALNUM, 12) + "%3D")],
             "credential: a URL-encoded bearer value")
    positive("$headers = ['Authorization' => 'Bearer {0}'];", [("credential", pick(ALNUM, 30))],
             "credential: a PHP array header")
    positive("{0} / {1}", [("aws_access_key", "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
                           ("aws_secret_key", pick(ALNUM + "/+", 40))], "aws: key id / secret")
    positive("Twilio account {0}, auth token {1}", [("twilio_sid", "AC" + pick(HEX, 32)), ("twilio_auth_token", pick(HEX, 32))],
             "twilio: the SID and its token named in prose")
    positive("https://api.telegram.org/bot{0}/getUpdates", [("telegram_token", f"{rng.randrange(10**8, 10**9)}:AA{pick(ALNUM, 33)}")],
             "telegram: a bot API URL")
    positive("DATADOG_APP_KEY: {0}", [("credential", pick(HEX, 40))], "credential: a Datadog application key")
    positive("curl -H 'DD-APPLICATION-KEY: {0}' https://api.datadoghq.eu/api/v1/monitor", [("credential", pick(HEX, 40))],
             "credential: a hyphenated application-key header")
    positive("az storage container list --account-name logs --account-key {0}", [("credential", pick(ALNUM + "+/", 86) + "==")],
             "credential: az --account-key")
    for key in ("$" + pick(DJANGO, 49), pick(DJANGO, 20) + "**" + pick(DJANGO, 28), pick(DJANGO, 20) + "$(" + pick(DJANGO, 28)):
        key = key.replace("'", "")
        positive("SECRET_KEY = '{0}'", [("django_secret_key", key)], "django: a random key with $, ** or $( in it")
    for text, cls, why in (
            ("\"private_key_id\": \"" + pick(HEX, 40) + "\",", "vendor_id_lookalike", "a key's id, not the key"),
            ("tokenId: " + pick(ALNUM, 24), "vendor_id_lookalike", "a token's id"),
            ("\"client_email\": \"deploy@acme-ci.iam.gserviceaccount.com\"", "email_lookalike", "a service account"),
            ("DATABASE_URL=postgres://etl@pg.internal:5432/crm", "network", "a URL user at an .internal host"),
            ("Authorization: Bearer $CI_JOB_TOKEN", "placeholder", "a shell variable"),
            ("SECRET_KEY = '$2b$12$" + pick(ALNUM + "./", 53) + "'", "hash_digest", "a bcrypt hash"),
            ("masked: sk-****************" + pick(ALNUM, 4), "placeholder", "a masked key"),
            ("Telegram channel t.me/acme_status, call 555-0100", "prose", "telegram is no phone word")):
        negative(text, cls, f"look-alike: {why}")


def named_otherwise() -> None:
    for template in ("BSN: {}", "Ticket #{}", "order no. {}"):
        value = group(number(sin, 9), (3, 3, 3), "-" if "#" in template else " ")
        negative(template.format(value), "number_lookalike", "a number with a Canadian SIN's check digit, named otherwise")
    positive("SIN {0}", [("ca_sin", group(number(sin, 9), (3, 3, 3), " "))], "ca_sin: after its own name")
    for _ in range(2):
        positive("session_token: {0}", [("credential", pick(ALNUM, 10) + pick(DIGITS, 2) + "." + pick(ALNUM, 9) + pick(DIGITS, 2))],
                 "credential: a random token with a dot is no code reference or host")
    negative("token_host: login.Acme-Corp.io", "network", "a host name under a key word")


def main() -> None:
    grouped_ids()
    passwords()
    tokens()
    named_otherwise()
    CASES.write()


if __name__ == "__main__":
    main()
