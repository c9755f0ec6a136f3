"""Development cases of the masker's third pass (issue 16): value delimiters by syntax and the formats it added.

    .venv/bin/python tests/masker_eval/dev_pass3_make.py   # rewrites dev_pass3.jsonl (same seed, same file)

Same shape as dev.jsonl (which its own generator no longer reproduces byte for byte,
so new cases go here instead of being appended there). Values are generated with
their real structure (Medicare and My Number check digits, base64 user:password,
vendor prefixes and lengths); tests/test_masker_dev_set.py checks them with dev.jsonl.
"""

from __future__ import annotations

import base64
import string
from pathlib import Path

from stdnum import luhn
from stdnum.cr import cpf as cr_cpf
from stdnum.do import cedula as do_cedula
from stdnum.ec import ci as ec_ci
from stdnum.jp import in_ as jp_in

from dev_cases import DevCases


CASES = DevCases(16033, Path(__file__).resolve().parent / "dev_pass3.jsonl")
rng = CASES.rng
pick, positive, negative = CASES.pick, CASES.positive, CASES.negative
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def punctuated(banned: str = "", n: int = 14) -> str:
    """A password with symbols and brackets, none of ``banned`` (the syntax's own delimiters)."""
    symbols = [ch for ch in "!@#$%^&*()-_=+[]{}:,.?/|~" if ch not in banned]
    chars = [rng.choice(ALNUM) for _ in range(n - 4)] + [rng.choice(symbols) for _ in range(3)] + [rng.choice(DIGITS)]
    rng.shuffle(chars)
    return rng.choice(UPPER) + "".join(chars)


def passphrase() -> str:
    words = [pick(LOWER, rng.randrange(3, 7)) for _ in range(3)]
    return f"{words[0]} {words[1]}{pick(DIGITS, 1)}{rng.choice('!?#%')} {words[2]}"


def medicare() -> str:
    first8 = str(rng.randrange(2, 7)) + pick(DIGITS, 7)
    check = sum(int(d) * w for d, w in zip(first8, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{first8}{check}{rng.randrange(1, 10)}"


def my_number() -> str:
    body = pick(DIGITS, 11)
    return body + jp_in.calc_check_digit(body)


def credentials() -> None:
    for template, value, why in [
        ("[mysqld]\nuser = app\npassword = {0}\nport = 3306", punctuated("\\;#"), "an INI value with brackets, to the line end"),
        ("[client]\npassword={0}\nhost=db", passphrase(), "an INI passphrase with spaces"),
        ("db.password: {0}\ndb.user: app", punctuated("\\#"), "a properties value after a colon"),
        ("users:\n  - name: app\n    password: {0}  # rotated monthly", punctuated("\\#:"), "a YAML plain scalar before a comment"),
        ("mysql -h db -u app --password=\"{0}\" shop", punctuated("\"\\"), "a double-quoted --password"),
        ("mariadb -uroot -p'{0}' -e 'select 1'", punctuated("'\\"), "mariadb -p with a single-quoted value"),
        ("podman login quay.io -u bot -p {0}", punctuated("\"'\\$`&|;<>()#!*?[]{}~ "), "podman login -p"),
        ("GRANT ALL ON app.* TO 'svc'@'localhost' IDENTIFIED BY '{0}';", punctuated("'\\"), "MySQL GRANT ... IDENTIFIED BY"),
        ("CREATE LOGIN svc WITH PASSWORD = '{0}';", punctuated("'\\"), "SQL Server CREATE LOGIN"),
        ("masterauth {0}\nreplica-read-only yes", punctuated("\\ #\"'"), "redis masterauth"),
        ("$s = ConvertTo-SecureString -String \"{0}\" -AsPlainText -Force", punctuated("\"\\`$"), "PowerShell -String"),
        ("ini_set('db.password', '{0}');", punctuated("'\\"), "a PHP call with a quoted name and value"),
        ("The new passphrase is '{0}'.", passphrase(), "a quoted passphrase in prose"),
        ("Data Source=db;Initial Catalog=app;User ID=sa;Pwd={0};", punctuated(";\"'="), "an ADO.NET Pwd= with brackets"),
        ("default:\n  password: \"{0}\"", punctuated("\"\\") + "{x}", "braces inside a double-quoted YAML value"),
    ]:
        positive(template, [("credential", value)], f"credential: {why}")
    for _ in range(3):
        positive("SECRET_KEY = '{0}'", [("django_secret_key", pick(DJANGO, 50))],
                 "django secret key: settings.py, any first character")
    positive("DJANGO_SECRET_KEY=\"django-insecure-{0}\"", [("django_secret_key", pick(DJANGO, 50))],
             "django secret key: .env, insecure prefix (the span is the random part here)")
    for _ in range(2):
        auth = base64.b64encode(f"robot${pick(LOWER, 5)}:{pick(ALNUM, 32)}".encode()).decode()
        positive("{\"auths\": {\"harbor.internal\": {\"auth\": \"{0}\"}}}", [("docker_auth", auth)],
                 "docker auth: base64 of user:password in config.json")
    for _ in range(2):
        positive("gateway token {0}",
                 [("braintree_token", f"access_token$production${pick(LOWER + DIGITS, 16)}${pick(HEX, 32)}")],
                 "braintree: an access token in prose")


def identifiers() -> None:
    for _ in range(2):
        number = medicare()
        positive("Medicare No. {0}", [("au_medicare", f"{number[:4]} {number[4:9]} {number[9]}")],
                 "medicare: 4-5-1 grouping with its check digit")
    positive("medicare_card: {0}", [("au_medicare", medicare())], "medicare: compact after a key name")
    for shown in ("{n}", "{a}-{b}-{c}"):
        number = my_number()
        positive("個人番号：{0}", [("jp_my_number", shown.format(n=number, a=number[:4], b=number[4:8], c=number[8:]))],
                 "my number: 12 digits with its check digit")
    positive("電話番号: {0}", [("phone", "03-5412-7789")], "phone: a Tokyo number after its Japanese word")


def vendors() -> None:
    makers = {
        "salesforce_token": lambda: "00D" + pick(ALNUM, 12) + "!" + pick(ALNUM + "._", 100),
        "zapier_webhook": lambda: f"https://hooks.zapier.com/hooks/catch/{pick(DIGITS, 7)}/{pick(LOWER + DIGITS, 6)}/",
        "razorpay_key": lambda: "rzp_test_" + pick(ALNUM, 14),
        "dropbox_token": lambda: pick(LOWER + DIGITS, 11) + "AAAAAAAAAA" + pick(LOWER + DIGITS + "_-", 43),
        "mailgun_key": lambda: "pubkey-" + pick(HEX, 32),
        "buildkite_token": lambda: "bkua_" + pick(HEX, 40),
        "adafruit_key": lambda: "aio_" + pick(ALNUM, 28),
        "crates_token": lambda: "cio" + pick(ALNUM, 32),
    }
    for kind, make in makers.items():
        positive("settings: {0}", [(kind, make())], f"{kind.replace('_', ' ')}: its documented format")
    positive("curl -H 'Authorization: SSWS {0}' https://acme.okta.com/api/v1/users", [("okta_token", "00" + pick(ALNUM, 40))],
             "okta: an SSWS header")
    positive("BUNDLE_ENTERPRISE__CONTRIBSYS__COM={0}", [("sidekiq_secret", f"{pick(HEX, 8)}:{pick(HEX, 8)}")],
             "sidekiq: enterprise credentials for bundler")


def look_alikes() -> None:
    for digits in ("4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0000 0000 0077", "3782 822463 10005"):
        negative(f"Stripe test mode: pay with {digits}, any CVC.", "test_card",
                 "a published test card number its own text calls one: a known example value stays")
    for _ in range(4):
        partial = "4" + pick(DIGITS, 11)
        negative(f"Order {partial + luhn.calc_check_digit(partial)} is on its way.", "order_number",
                 "a 13-digit order number that passes Luhn")
    for text in ["password: Enter your password below", "password = ${DB_PASS}", "password: \"(none)\"",
                 "\"password\": \"#{ENV['DB_PASSWORD']}\"", "\"auth\": \"\"", "\"auth\": \"basic\"",
                 "token_endpoint: auth.example-corp.com", "Medicare levy is 2% of taxable income",
                 "password_hash = bcrypt.hashpw(pw, salt)", "secret: ENC[AES256_GCM,data:...]",
                 "requirepass \"\"", "machine github.com login bob"]:
        negative(text, "code_reference", "a key name with a stand-in, a reference or no value")


def latin_american_ids() -> None:
    """Cédulas (Ecuador, Dominican Republic, Costa Rica) and Pakistan's CNIC after their names, checked by python-stdnum."""
    def valid(module, make) -> str:
        while True:
            value = make()
            if module.is_valid(value):
                return value

    ecuador = valid(ec_ci, lambda: f"{rng.randrange(1, 25):02d}{rng.randrange(0, 6)}{pick(DIGITS, 7)}")
    positive("Cédula de identidad: {0}", [("ec_ci", f"{ecuador[:9]}-{ecuador[9]}")], "ecuador: cédula with its check digit")
    dominican = valid(do_cedula, lambda: pick(DIGITS, 11))
    positive("cedula {0}", [("do_cedula", f"{dominican[:3]}-{dominican[3:10]}-{dominican[10]}")],
             "dominican republic: cédula with its check digit")
    costa_rica = valid(cr_cpf, lambda: f"{rng.randrange(1, 10)}-{pick(DIGITS, 4)}-{pick(DIGITS, 4)}")
    positive("cédula {0}", [("cr_cpf", costa_rica)], "costa rica: cédula de persona física")
    positive("CNIC: {0}", [("pk_cnic", f"{rng.randrange(1, 8)}{pick(DIGITS, 4)}-{pick(DIGITS, 7)}-{rng.randrange(1, 10)}")],
             "pakistan: CNIC after its name")
    negative("cédula 1714307104 (check digit wrong)", "invalid_checksum", "an Ecuadorian cédula failing its check digit")


def settings_and_prose() -> None:
    """Settings named after the password hold numbers, durations and algorithms; prose passwords may hold hyphens."""
    for text in ["PASSWORD_RESET_TIMEOUT = 3600", "password_hash_algorithm = argon2id", "password_max_age: 90d",
                 "PASSWORD_HASHER=pbkdf2_sha256", "the password is re-entered on each login",
                 "Your password is one-time-only", "the api key: is rotated weekly by the on-call engineer"]:
        negative(text, "code_reference", "a setting or a sentence about the password, not one")
    value = f"{pick(UPPER, 2)}-{pick(LOWER, 2)}_{pick(DIGITS, 1)}{pick(UPPER, 1)}{pick(DIGITS, 1)}={pick(ALNUM, 6)}"
    positive("The password is {0} - change it after the first login.", [("credential", value)],
             "credential: a prose password whose first symbol is a hyphen")
    positive("zendesk api key: {0}", [("credential", pick(ALNUM, 40))], "credential: a vendor key named without a space")
    positive("MYSQL_ROOT_PASSWORD={0}", [("credential", pick(DIGITS, 6) + pick(ALNUM, 4))],
             "credential: a password starting with digits")


def prefixed_vendors() -> None:
    """Vendor formats with a literal prefix, length and alphabet (gitleaks/trufflehog families)."""
    uuid_ = f"{pick(HEX, 8)}-{pick(HEX, 4)}-{pick(HEX, 4)}-{pick(HEX, 4)}-{pick(HEX, 12)}"
    makers = {
        "amazon_mws_token": lambda: f"amzn.mws.{uuid_}",
        "lob_key": lambda: "live_" + pick(HEX, 35),
        "mollie_key": lambda: "test_" + pick(UPPER, 10) + pick(DIGITS, 10) + pick(LOWER, 10),
        "nightfall_key": lambda: "NF-" + pick(ALNUM, 30) + pick(DIGITS, 1) + pick(UPPER, 1),
        "apify_token": lambda: "apify_api_" + pick(ALNUM, 36),
        "firecrawl_key": lambda: "fc-" + pick(HEX, 32),
        "intercom_token": lambda: base64.b64encode(f"tok:{pick(HEX, 8)}_{pick(HEX, 4)}_{pick(HEX, 4)}_{pick(HEX, 4)}_"
                                                   f"{pick(HEX, 12)}:1:0".encode()).decode(),
    }
    for kind, make in makers.items():
        positive("token in the deploy log: {0}", [(kind, make())], f"{kind.replace('_', ' ')}: its documented format")
    for text in ["def test_createUserWithEmailAndPasswd(self):", "live_reload_interval_in_seconds = 5",
                 "dG9rOg== is base64 of tok:"]:
        negative(text, "vendor_id_lookalike", "a name or an example shaped like a prefixed key")


def escapes_and_clients() -> None:
    """Quotes escaped inside a value as its syntax escapes them, and command-line clients that take a password."""
    for template, value, why in [
        ("{\"user\": \"app\", \"password\": \"{0}\"}", punctuated("\"\\") + "\\\"" + pick(ALNUM, 3), "a JSON value with \\\""),
        ("password = \"{0}\"\n", pick(ALNUM, 5) + "\\\"" + punctuated("\"\\", 8), "a TOML value with \\\""),
        ("db:\n  password: '{0}'\n", pick(ALNUM, 4) + "''" + punctuated("'\\", 8), "a YAML single-quoted value with ''"),
        ("sqlcmd -S db -U sa -P '{0}' -Q 'select 1'", punctuated("'\\"), "sqlcmd -P"),
        ("ldapsearch -x -D cn=admin,dc=corp -w {0} -b dc=corp", punctuated("\"'\\$`&|;<>()#!*?[]{}~ "), "ldapsearch -w"),
        ("openssl pkcs12 -export -in c.pem -passout pass:{0} -out c.p12", punctuated("\"'\\$`&|;<>()#!*?[]{}~ "),
         "openssl -passout pass:"),
        ("keytool -list -keystore ks.jks -storepass {0}", punctuated("\"'\\$`&|;<>()#!*?[]{}~ "), "keytool -storepass"),
        ("rabbitmqctl change_password app {0}", punctuated("\"'\\$`&|;<>()#!*?[]{}~ "), "rabbitmqctl change_password"),
        ("net user svc_backup {0} /add", punctuated("\"'\\$`&|;<>()#!*?[]{}~ /"), "Windows net user"),
    ]:
        positive(template, [("credential", value)], f"credential: {why}")
    for text in ["net user svc_backup /add", "openssl req -new -passout env:KEY_PASS", "keytool -storepass:env STOREPASS",
                 "\"password\": \"\\\"\""]:
        negative(text, "code_reference", "a client told where to read the password, or an empty escaped value")


def values_inside_context() -> None:
    """A value inside the context that leads to another (the user of a login before its password) is masked too."""
    bare = "\"'\\$`&|;<>()#!*?[]{}~ "
    for template in ("docker login -u {0} -p {1} registry.corp.io", "mysql -u {0} -h db -p{1} shop",
                     "machine git.corp.io login {0} password {1}"):
        user = f"{pick(LOWER, 6)}.{pick(LOWER, 5)}@{pick(LOWER, 6)}.com"
        positive(template, [("email", user), ("credential", punctuated(bare))],
                 "email and credential: the login's user is an e-mail address")
    body = pick(DIGITS, 11)
    positive("{\"employee\": {\"my_number\": \"{0}\"}}", [("jp_my_number", body + jp_in.calc_check_digit(body))],
             "my number: a JSON key written with an underscore")


def main() -> None:
    credentials()
    identifiers()
    vendors()
    look_alikes()
    latin_american_ids()
    settings_and_prose()
    prefixed_vendors()
    escapes_and_clients()
    values_inside_context()
    CASES.write()


if __name__ == "__main__":
    main()
