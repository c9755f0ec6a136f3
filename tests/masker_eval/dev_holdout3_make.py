"""A development holdout for the masker's fourth pass (issue 16): the weak kinds in formats and contexts of their own.

    .venv/bin/python tests/masker_eval/dev_holdout3_make.py   # rewrites dev_holdout3.jsonl (same seed, same file)

Written before the fourth pass changed any rule and measured once then; afterwards it
is only measured, never tuned on. National ids come in every grouping people write
(spaces, dots, dashes, none) with valid check digits and their names in several
languages; secrets come in the files and commands that hold them (credentials
files, JDBC/ODBC strings, compose and Kubernetes env lists, service-account JSON,
HTTP clients). Look-alikes have the same lengths and groupings with a failing
checksum, or are phone numbers, dates, hashes and stand-ins under the same names.
Templates hold ``{0}``, ``{1}``... for the values; every other brace is literal.
"""

from __future__ import annotations

import base64
import string
from pathlib import Path
from urllib.parse import quote

from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.in_ import pan
from stdnum.nl import bsn
from stdnum.pl import pesel

from dev_cases import DevCases, group


CASES = DevCases(16044, Path(__file__).resolve().parent / "dev_holdout3.jsonl")
rng = CASES.rng
pick, positive, negative, number = CASES.pick, CASES.positive, CASES.negative, CASES.number
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
DJANGO = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
SHELL = " \"'$`\\;&|<>()#!*?[]{}~"


def password(banned: str = "", n: int = 16) -> str:
    symbols = [ch for ch in "!@#$%^&*()-_=+[]{}:,.?/|~" if ch not in banned]
    chars = [rng.choice(ALNUM) for _ in range(n - 4)] + [rng.choice(symbols) for _ in range(3)] + [rng.choice(DIGITS)]
    rng.shuffle(chars)
    return rng.choice(UPPER) + "".join(chars)


def pan_number() -> str:
    while True:
        value = pick(UPPER, 3) + rng.choice("PCHFATBLJG") + rng.choice(UPPER) + pick(DIGITS, 4) + rng.choice(UPPER)
        if pan.is_valid(value):
            return value


NATIONAL = {  # type: (module, length, first digits, groupings, names in context)
    "de_steuer_id": (idnr, 11, "123456789", [(2, 3, 3, 3), (3, 3, 3, 2), (3, 4, 4), (11,), (4, 4, 3), (2, 3, 3, 3)], [
        "Steuer-ID: {0}", "Ihre steuerliche Identifikationsnummer lautet {0}.", "IdNr. {0} (Bundeszentralamt für Steuern)",
        "Steueridentifikationsnummer {0}", "German tax ID {0}", "TIN (DE): {0}", "steuer_id = \"{0}\"",
        "Steuer-IdNr.: {0}", "Identifikationsnummer nach § 139b AO: {0}", "| Max Mustermann | Steuer-ID | {0} |"]),
    "nl_bsn": (bsn, 9, "123456789", [(3, 3, 3), (4, 2, 3), (9,), (2, 3, 4), (3, 3, 3)], [
        "BSN-nummer: {0}", "Burgerservicenummer {0}", "citizen service number (BSN) {0}", "\"bsn\": \"{0}\"",
        "uw BSN is {0}", "sofinummer {0}", "BSN/sofi-nr.: {0}"]),
    "pl_pesel": (pesel, 11, "0123456789", [(11,), (6, 5), (3, 3, 3, 2), (2, 2, 2, 5), (11,)], [
        "PESEL: {0}", "nr PESEL {0}", "numer PESEL pacjenta: {0}", "pesel={0}", "PESEL {0} (Kowalski)",
        "\"pesel\": \"{0}\"", "Numer ewidencyjny PESEL — {0}"]),
    "au_tfn": (tfn, 9, "123456789", [(3, 3, 3), (3, 3, 3), (9,), (3, 3, 3), (3, 3, 3)], [
        "TFN: {0}", "Tax File Number {0}", "tax file no. {0}", "employee TFN = {0}", "your TFN is {0}",
        "\"tfn\": \"{0}\"", "TFN declaration — TFN {0}"]),
    "br_cpf": (cpf, 11, "123456789", [(11,), (9, 2), (3, 3, 3, 2), (3, 3, 5), (11,)], [
        "CPF: {0}", "CPF nº {0}", "CPF/MF {0}", "cpf={0}", "inscrito no CPF sob o nº {0}", "\"cpf\": \"{0}\"",
        "Cadastro de Pessoas Físicas (CPF): {0}"]),
}
SEPARATORS = (" ", "-", ".", " ", "-", " ", "", " ")


def shown(kind: str, digits: str, sizes: tuple[int, ...], sep: str) -> str:
    if kind == "br_cpf" and sizes == (9, 2):
        return f"{digits[:9]}-{digits[9:]}"
    if kind == "br_cpf" and sizes == (3, 3, 5):
        return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    if kind == "au_tfn" and sep == ".":
        sep = " "
    return group(digits, sizes, sep)


def national_ids() -> None:
    for kind, (module, length, first, groupings, names) in NATIONAL.items():
        for i, template in enumerate(names):
            sizes, sep = groupings[i % len(groupings)], SEPARATORS[i % len(SEPARATORS)]
            value = shown(kind, number(module, length, first=first), sizes, sep)
            positive(template, [(kind, value)], f"{kind}: grouped {sizes} with {sep!r} after its name")
        for i in range(3):  # the same groupings with a failing checksum, under the same names
            sizes, sep = groupings[i], SEPARATORS[i]
            value = shown(kind, number(module, length, valid=False, first=first), sizes, sep)
            negative(names[i].format(value), "invalid_checksum", f"{kind}: same grouping, checksum fails")
    for template in ("PAN: {0}", "PAN card no. {0}", "Permanent Account Number (PAN) {0}", "pan_number = '{0}'",
                     "आयकर PAN {0}", "\"pan\": \"{0}\"", "Recipient PAN {0}, GSTIN pending", "PAN:{0}"):
        positive(template, [("in_pan", pan_number())], "in_pan: after its name")
    negative("PAN: ABCDE12345 (ten characters, wrong shape)", "invalid_checksum", "in_pan: letters and digits misplaced")
    negative("Pan the camera 30 degrees, then zoom to 2x.", "prose", "in_pan: the word pan")
    negative("PAN: ABCPE0000F", "invalid_checksum", "in_pan: serial 0000")


def twilio() -> None:
    for template in ("TWILIO_ACCOUNT_SID={1}\nTWILIO_AUTH_TOKEN={0}",
                     "client = Client(\"{1}\", \"{0}\")",
                     "twilio:\n  account_sid: {1}\n  auth_token: {0}",
                     "export TWILIO_TOKEN='{0}'",
                     "Account SID {1} / Auth Token {0}",
                     "curl -X POST https://api.twilio.com/2010-04-01/Accounts/{1}/Messages.json -u {1}:{0}",
                     "{\"accountSid\": \"{1}\", \"authToken\": \"{0}\"}",
                     "twilio_auth = '{0}'  # sid {1}"):
        values = [("twilio_auth_token", pick(HEX, 32)), ("twilio_sid", "AC" + pick(HEX, 32))]
        positive(template, values if "{1}" in template else values[:1], "twilio auth token: 32 hex near its SID or name")


def pem_lines(count: int) -> list[str]:
    return ["MII" + pick(B64, 61)] + [pick(B64, 64) for _ in range(count)] + [pick(B64, 20) + "=="]


def private_keys() -> None:
    for label, style in (("PRIVATE KEY", "raw"), ("ENCRYPTED PRIVATE KEY", "raw"), ("PRIVATE KEY", "json"),
                         ("PRIVATE KEY", "gcp"), ("ENCRYPTED PRIVATE KEY", "json"), ("PRIVATE KEY", "yaml"),
                         ("PRIVATE KEY", "env"), ("PRIVATE KEY", "gcp"), ("PRIVATE KEY", "crlf")):
        body = pem_lines(rng.randrange(4, 9))
        if style in ("raw", "crlf"):
            end = "\r\n" if style == "crlf" else "\n"
            block = f"-----BEGIN {label}-----{end}" + end.join(body) + f"{end}-----END {label}-----"
            positive("key.pem:\n{0}\n", [("private_key_pkcs8", block)], f"pkcs8: a {style} PEM block")
        elif style in ("json", "gcp"):
            block = f"-----BEGIN {label}-----\\n" + "\\n".join(body) + f"\\n-----END {label}-----"
            if style == "gcp":
                template = ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod\",\n  \"private_key_id\": \""
                            "{0}\",\n  \"private_key\": \"{1}\\n\",\n"
                            "  \"client_email\": \"svc@acme-prod.iam.gserviceaccount.com\"\n}")
                positive(template, [("private_key", pick(HEX, 40)), ("private_key_pkcs8", block)],
                         "pkcs8: a GCP service-account file (its key id masked with the key)")
            else:
                positive("{\"tls\": {\"key\": \"{0}\\n\"}}", [("private_key_pkcs8", block)], "pkcs8: a JSON string, \\n escapes")
        elif style == "yaml":
            block = f"-----BEGIN {label}-----\n" + "\n".join("    " + b for b in body) + f"\n    -----END {label}-----"
            positive("tls:\n  key: |\n    {0}\n", [("private_key_pkcs8", block)], "pkcs8: a YAML block scalar")
        else:
            block = f"-----BEGIN {label}-----\\n" + "\\n".join(body) + f"\\n-----END {label}-----"
            positive("JWT_PRIVATE_KEY=\"{0}\"", [("private_key_pkcs8", block)], "pkcs8: a .env value with \\n escapes")


def bearer_tokens() -> None:
    opaque = [lambda: pick(LOWER + DIGITS, 40), lambda: pick(HEX, 64), lambda: pick(ALNUM + "-_", 48),
              lambda: pick(ALNUM, 24) + "." + pick(ALNUM, 24), lambda: pick(ALNUM + "~+/", 52) + "=",
              lambda: pick(UPPER + DIGITS, 32), lambda: pick(LOWER, 32), lambda: pick(ALNUM, 20)]
    for i, template in enumerate((
            "curl -s -H \"Authorization: Bearer {0}\" https://api.acme.io/v2/me",
            "headers = {'Authorization': 'Bearer {0}', 'Accept': 'application/json'}",
            "GET /v1/orders HTTP/1.1\nHost: api.acme.io\nAuthorization: Bearer {0}\n",
            "http GET api.acme.io/me \"Authorization:Bearer {0}\"",
            "fetch(url, { headers: { Authorization: \"Bearer {0}\" } })",
            "wget --header='Authorization: Bearer {0}' https://files.acme.io/a.tgz",
            "authorization: bearer {0}",
            "req.Header.Set(\"Authorization\", \"Bearer {0}\")")):
        positive(template, [("bearer_token", opaque[i % len(opaque)]())], "bearer token: opaque, after Authorization: Bearer")


def aws_secrets() -> None:
    for template in ("[default]\naws_access_key_id = {1}\naws_secret_access_key = {0}\nregion = eu-west-1",
                     "aws configure set aws_secret_access_key {0} --profile ci",
                     "{\"AccessKeyId\": \"{1}\", \"SecretAccessKey\": \"{0}\", \"Expiration\": \"2026-01-01\"}",
                     "env:\n  - name: AWS_SECRET_ACCESS_KEY\n    value: \"{0}\"",
                     "aws_secret = \"{0}\"",
                     "s3cmd --access_key={1} --secret_key={0} ls",
                     "AWS secret key: {0}",
                     "backup --s3-access-key {1} --s3-secret-access-key {0}",
                     "credentials:\n  accessKeyId: {1}\n  secretAccessKey: {0}",
                     "export AWS_SECRET_KEY={0}"):
        values = [("aws_secret_access_key", pick(ALNUM + "/+", 40)), ("aws_access_key", "AKIA" + pick(UPPER + "234567", 16))]
        positive(template, values if "{1}" in template else values[:1], "aws secret access key: after an AWS-ish name")


def other_vendor_secrets() -> None:
    for template in ("DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey={0};EndpointSuffix=core.windows.net",
                     "AZURE_STORAGE_KEY={0}",
                     "az storage blob upload --account-name acmelogs --account-key \"{0}\" -f a.txt",
                     "\"storageAccountKey\": \"{0}\"",
                     "azure_storage_access_key = {0}"):
        positive(template, [("azure_storage_account_key", pick(B64, 86) + "==")], "azure storage key: 88 base64")
    for template in ("DD_APP_KEY={0}", "datadog:\n  app_key: {0}",
                     "curl -H \"DD-APPLICATION-KEY: {0}\" https://api.datadoghq.com/api/v1/validate",
                     "options = {'app_key': '{0}'}", "DATADOG_APPLICATION_KEY: \"{0}\""):
        positive(template, [("datadog_app_key", pick(HEX, 40))], "datadog app key: 40 hex after its name")
    for template in ("SECRET_KEY = \"{0}\"", "DJANGO_SECRET_KEY={0}", "export DJANGO_SECRET_KEY='{0}'",
                     "settings.SECRET_KEY = '{0}'", "SECRET_KEY: \"{0}\""):
        alphabet = DJANGO.translate(str.maketrans("", "", "#&()")) if "={0}" in template else DJANGO
        positive(template, [("django_secret_key", pick(alphabet, 50))], "django secret key: 50 of its alphabet")
    for template in ("https://api.telegram.org/bot{0}/sendMessage?chat_id=42", "TELEGRAM_BOT_TOKEN={0}",
                     "bot = telebot.TeleBot(\"{0}\")", "token: {0}  # @acme_alerts_bot", "Bot token from BotFather: {0}"):
        value = f"{rng.randrange(10**8, 10**10)}:AA{pick(ALNUM + '_-', 33)}"
        positive(template, [("telegram_bot_token", value)], "telegram bot token: id, colon, AA and 33")


def passwords() -> None:
    raw = password("@:/?#[]%")
    positive("DATABASE_URL=postgres://app:{0}@db.internal:5432/app", [("password", quote(raw[:6] + "@" + raw[6:], safe=""))],
             "password: percent-encoded in a connection URL")
    positive("amqp://svc:{0}@mq.internal:5672/%2f", [("password", password("@:/?#[]%\"' "))], "password: an AMQP URL")
    positive("jdbc:sqlserver://db:1433;databaseName=app;user=sa;password={0};encrypt=true",
             [("password", password(";= "))], "password: a JDBC property")
    positive("Driver=ODBC Driver 18;Server=db;Uid=app;Pwd={0};", [("password", password(";={} "))], "password: an ODBC Pwd=")
    positive("Server=db;Database=app;User Id=app;Password={0};TrustServerCertificate=True",
             [("password", password(";= \"'"))], "password: an ADO.NET Password=")
    positive("db.internal:5432:app:app:{0}", [("password", password(": \\"))], "password: a .pgpass line")
    positive("PGPASSWORD={0} psql -h db -U app app", [("password", password(SHELL))], "password: PGPASSWORD before a command")
    positive("mysql -uroot -p{0} -h 127.0.0.1", [("password", password(SHELL + "-"))], "password: mysql -p glued to its value")
    positive("services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD={0}\n      - POSTGRES_USER=app",
             [("password", password(" \"'\\#"))], "password: a compose env list")
    positive("env:\n- name: DB_PASSWORD\n  value: {0}\n- name: DB_USER\n  value: app",
             [("password", password(" \"'\\#:"))], "password: a Kubernetes env list")
    positive("DB_PASSWORD=\"{0}\"", [("password", password("\"'\\ ")[:8] + "#" + password("\"'\\ ")[:7])],
             "password: a quoted .env value with # inside")
    positive("SMTP_PASSWORD='{0}'", [("password", "Zx\"" + password("'\\ ")[:12])], "password: a .env value with a quote inside")
    basic = base64.b64encode(f"deploy:{password(':')}".encode()).decode()
    positive("Authorization: Basic {0}", [("password", basic)], "password: HTTP basic auth")
    positive("curl -u admin:{0} https://ci.acme.io/api/json", [("password", password("@:" + SHELL))], "password: curl -u user:pass")
    positive("requests.get(url, auth=('svc', '{0}'))", [("password", password("'\\"))], "password: a Python auth tuple")
    positive("spring:\n  datasource:\n    password: {0}", [("password", password(" \"'\\#:{}[]&*!|>%@`,?"))],
             "password: Spring YAML")
    positive("<connectionString>Data Source=db;Password={0};</connectionString>", [("password", password(";<>& "))],
             "password: inside an XML connection string")
    positive("redis://:{0}@cache.internal:6379/0", [("password", password("@:/?#[]%\"' "))], "password: a redis URL, no user")
    positive("MYSQL_PWD={0} mysqldump app > app.sql", [("password", password(SHELL))], "password: MYSQL_PWD before a command")
    positive("ftp://backup:{0}@files.internal/nightly/", [("password", quote(password("@:/?#[]%"), safe=""))],
             "password: an FTP URL")


def look_alikes() -> None:
    positive("Call me on {0} or {1} after 6pm.", [("phone", "030 12345678"), ("phone", "+49 30 1234 5679")],
             "phone: German numbers, not ids")
    positive("Telefoon: {0}", [("phone", "06 12345678")], "phone: a Dutch mobile, not a BSN")
    for text, cls, why in (
            ("Bestellnummer 12 345 678 901 vom 03.04.2025", "number_lookalike", "an order number in 2-3-3-3"),
            ("Invoice 4302 1987 6543, due 2025-11-03", "number_lookalike", "an invoice number in groups"),
            ("Ticket #123-456-789 was closed.", "number_lookalike", "a ticket number in 3-3-3"),
            ("Build 2024.11.03.1742 shipped to 12 regions.", "version", "a dotted build number"),
            ("Termin am 14.02.2026 um 09:30", "date", "a German date"),
            ("sha1: 3f786850e387550fdab836ed7e6dc881de23001b", "hash_digest", "a sha1 of 40 hex"),
            ("md5sum 9e107d9d372bb6826bd81d3542a419d6  archive.tgz", "hash_digest", "an md5 of 32 hex"),
            ("commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904", "git_sha", "the empty-tree sha"),
            ("\"etag\": \"" + pick(HEX, 32) + "\"", "hash_digest", "an etag"),
            ("TWILIO_AUTH_TOKEN=your_auth_token_here", "placeholder", "twilio: a stand-in"),
            ("Authorization: Bearer <token>", "placeholder", "bearer: a template"),
            ("Authorization: Bearer ${ACCESS_TOKEN}", "placeholder", "bearer: a variable"),
            ("headers = {'Authorization': f'Bearer {token}'}", "code_reference", "bearer: an f-string"),
            ("aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}", "placeholder", "aws: a variable"),
            ("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----", "placeholder", "pkcs8: an elided body"),
            ("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + pick(B64, 52) + "==\n-----END PUBLIC KEY-----",
             "public_key", "a public key"),
            ("DB_PASSWORD=\nDB_USER=app", "empty_value", "an empty .env value"),
            ("postgres://app@db.internal:5432/app", "network", "a URL without a password"),
            ("password: ${DB_PASSWORD}", "placeholder", "a YAML variable"),
            ("- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password", "code_reference",
             "a Kubernetes secret reference"),
            ("DD_APP_KEY=<your-datadog-app-key>", "placeholder", "datadog: a stand-in"),
            ("SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "code_reference", "django: an environment lookup"),
            ("The TFN field accepts 9 digits; PESEL has 11.", "prose", "id names in prose"),
            ("Steuer-ID: wird nachgereicht", "prose", "a Steuer-ID label without a number"),
            ("BSN lookup took 123 ms for 456 records", "prose", "numbers near a name, not an id"),
            ("uuid 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b", "uuid", "a UUID"),
            ("Order 52998224726 shipped", "number_lookalike", "11 digits without a name"),
            ("lockfile integrity sha512-" + pick(B64, 86) + "==", "lockfile_hash", "a lockfile integrity"),
            ("Kundennummer 4711 0815 42, Rechnung 2025-0042", "number_lookalike", "a customer number in groups"),
            ("PESEL format: YYMMDDZZZXQ (11 digits)", "prose", "a PESEL format description"),
            ("Authorization: Bearer", "empty_value", "a header with no value"),
            ("aws_secret_access_key =\nregion = us-east-1", "empty_value", "an empty credentials entry"),
            ("\"private_key\": \"\",", "empty_value", "an empty service-account key"),
            ("SECRET_KEY = get_random_secret_key()", "code_reference", "django: a generator call"),
            ("Date: 2025-11-03T10:42:17Z, build 20251103.4", "timestamp", "a timestamp and build"),
            ("IBAN check digits are 2, BSN has 9, TFN has 8 or 9.", "prose", "digit counts in prose"),
            ("Tracking: 1Z 999 AA1 01 2345 6784", "number_lookalike", "a parcel tracking number"),
    ):
        negative(text, cls, why)
    for _ in range(3):  # the weak kinds' lengths in grouped random numbers without a name
        negative(f"Ref {pick(DIGITS, 3)} {pick(DIGITS, 3)} {pick(DIGITS, 3)} {pick(DIGITS, 2)}", "number_lookalike",
                 "11 grouped digits, no name")
        negative(f"sha256:{pick(HEX, 64)}", "hash_digest", "a sha256")


def main() -> None:
    national_ids()
    twilio()
    private_keys()
    bearer_tokens()
    aws_secrets()
    other_vendor_secrets()
    passwords()
    look_alikes()
    CASES.write()


if __name__ == "__main__":
    main()
