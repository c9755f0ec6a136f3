"""The masker's development set: texts with exact spans of what must be masked, and look-alikes that must not.

    .venv/bin/python tests/masker_dev_set.py      # rewrites tests/masker_eval/dev.jsonl (same seed, same file)

One JSON object a line:

    {"text": "...", "spans": [{"start": 4, "end": 24, "type": "aws_access_key"}], "class": "positive", "reason": "..."}
    {"text": "...", "spans": [], "class": "<negative class>", "reason": "why nothing here is a secret"}

Offsets count characters. Values are generated from a fixed seed with their real
structure (checksums, lengths, alphabets, documented prefixes); none is a real
secret. Written for development: bench/masker_eval.py reports on it, and rules
may be tuned against it. It is separate from the held-out set beside it, which is
never read while working on the masker.
"""

from __future__ import annotations

import base64
import importlib
import json
import random
import re
import string
import zlib
from pathlib import Path

import phonenumbers
from stdnum import luhn, verhoeff
from stdnum.es import dni
from stdnum.it import codicefiscale
from stdnum.pl import pesel

OUT = Path(__file__).resolve().parent / "masker_eval" / "dev.jsonl"
rng = random.Random(16016)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BASE62 = DIGITS + UPPER + LOWER


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ value generators (real structure)

def github_token(prefix: str = "ghp") -> str:
    body = pick(ALNUM, 30)
    crc, digits = zlib.crc32(body.encode()), ""
    while crc:
        crc, r = divmod(crc, 62)
        digits = BASE62[r] + digits
    return f"{prefix}_{body}{digits.rjust(6, '0')}"


def card(prefix: str, length: int, sep: str = "") -> str:
    partial = prefix + pick(DIGITS, length - len(prefix) - 1)
    digits = partial + luhn.calc_check_digit(partial)
    if not sep:
        return digits
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i:i + 4] for i in range(0, length, 4))


def iban(country: str, bban_shape: str, spaced: bool) -> str:
    bban = "".join(rng.choice(UPPER if ch == "a" else DIGITS) for ch in bban_shape)
    check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if spaced else compact


def ssn(sep: str = "-") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{rng.randrange(1, 100):02d}{sep}{rng.randrange(1, 10000):04d}"


def phone(region: str, style: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    while True:
        number = phonenumbers.parse(f"+{example.country_code}{national[:-4]}{pick(DIGITS, 4)}")
        if phonenumbers.is_valid_number(number):
            break
    formats = {"e164": phonenumbers.PhoneNumberFormat.E164, "national": phonenumbers.PhoneNumberFormat.NATIONAL,
               "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL}
    text = phonenumbers.format_number(number, formats[style])
    return text


def cpf() -> str:
    base = pick(DIGITS, 9)
    for weights_start in (10, 11):
        total = sum(int(d) * w for d, w in zip(base, range(weights_start, 1, -1), strict=False))
        base += str((total * 10) % 11 % 10)
    return f"{base[:3]}.{base[3:6]}.{base[6:9]}-{base[9:]}"


def pesel_number() -> str:
    partial = f"{rng.randrange(50, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{pick(DIGITS, 4)}"
    return partial + pesel.calc_check_digit(partial)


def aadhaar() -> str:
    partial = str(rng.randrange(2, 10)) + pick(DIGITS, 10)
    number = partial + verhoeff.calc_check_digit(partial)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def spanish_dni() -> str:
    number = f"{rng.randrange(10**7, 10**8)}"
    return number + dni.calc_check_digit(number)


def italian_cf() -> str:
    partial = (pick("BCDFGLMNPRSTVZ", 6) + f"{rng.randrange(40, 99)}" + rng.choice("ABCDEHLMPRST")
               + f"{rng.randrange(1, 29):02d}" + rng.choice("ABCDEFGHILM") + f"{rng.randrange(100, 999)}")
    return partial + codicefiscale.calc_check_digit(partial)


def uk_nino() -> str:
    return rng.choice(["AB", "CE", "JK", "PR", "WX", "SN"]) + pick(DIGITS, 6) + rng.choice("ABCD")


def pem(label: str, lines: int, newline: str = "\n") -> str:
    body = base64.b64encode(rng.randbytes(lines * 48)).decode()
    chunks = [body[i:i + 64] for i in range(0, len(body), 64)]
    return newline.join([f"-----BEGIN {label}-----", *chunks, f"-----END {label}-----"])


def pgp_key(newline: str = "\n") -> str:
    body = base64.b64encode(rng.randbytes(600)).decode()
    chunks = [body[i:i + 64] for i in range(0, len(body), 64)]
    return newline.join(["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", *chunks, "=" + pick(B64, 4),
                         "-----END PGP PRIVATE KEY BLOCK-----"])


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(alg: str = "HS256") -> str:
    header = b64url(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    payload = b64url(json.dumps({"sub": pick(DIGITS, 8), "exp": 1767225600 + rng.randrange(10**6)}).encode())
    signature = "" if alg == "none" else b64url(rng.randbytes(32))
    return f"{header}.{payload}.{signature}"


def password() -> str:
    return pick(ALNUM, rng.randrange(6, 12)) + rng.choice("!#%+=-_@^*") + pick(DIGITS, 2) + pick(LOWER, 2)


def email() -> str:
    first = rng.choice(["maria", "tomasz", "aiko", "kwame", "sofia", "liam", "noor", "pavel", "ines", "chen"])
    last = rng.choice(["lopez", "nowak", "sato", "mensah", "rossi", "walsh", "haddad", "novak", "silva", "wu"])
    domain = rng.choice(["gmail.com", "web.de", "yahoo.co.jp", "outlook.com", "mail.ru", "acme-logistics.eu",
                         "uni-wien.ac.at", "hotmail.fr", "protonmail.com", "globex.com.br"])
    local = rng.choice([f"{first}.{last}", f"{first}_{last}{rng.randrange(1, 99)}", f"{first[0]}.{last}",
                        f"{first}+billing"])
    return f"{local}@{domain}"


VENDOR = {  # type: generators of values in the vendor's documented format
    "aws_access_key": lambda: "AKIA" + pick(UPPER + "234567", 16),
    "github_token": lambda: github_token(rng.choice(["ghp", "gho", "ghs", "ghu"])),
    "gitlab_token": lambda: rng.choice(["glpat-", "glft-", "gldt-", "glrt-"]) + pick(URLSAFE, 20),
    "slack_token": lambda: f"xoxb-{pick(DIGITS, 12)}-{pick(DIGITS, 13)}-{pick(ALNUM, 24)}",
    "slack_app_token": lambda: f"xapp-1-A{pick(UPPER + DIGITS, 10)}-{pick(DIGITS, 13)}-{pick(HEX, 64)}",
    "slack_webhook": lambda: f"https://hooks.slack.com/services/T{pick(UPPER, 8)}/B{pick(UPPER, 10)}/{pick(ALNUM, 24)}",
    "stripe_key": lambda: rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + pick(ALNUM, 24),
    "stripe_webhook_secret": lambda: "whsec_" + pick(ALNUM, 32),
    "google_api_key": lambda: "AIza" + pick(URLSAFE, 35),
    "google_oauth_secret": lambda: "GOCSPX-" + pick(URLSAFE, 28),
    "anthropic_key": lambda: "sk-ant-api03-" + pick(URLSAFE, 93) + "AA",
    "openai_key": lambda: "sk-proj-" + pick(URLSAFE, 64),
    "npm_token": lambda: "npm_" + pick(ALNUM, 36),
    "pypi_token": lambda: "pypi-AgEIcHlwaS5vcmc" + pick(URLSAFE, 60),
    "huggingface_token": lambda: "hf_" + pick(UPPER + LOWER, 34),
    "sendgrid_key": lambda: f"SG.{pick(URLSAFE, 22)}.{pick(URLSAFE, 43)}",
    "twilio_key": lambda: "SK" + pick(HEX, 32),
    "digitalocean_token": lambda: "dop_v1_" + pick(HEX, 64),
    "vault_token": lambda: "hvs." + pick(URLSAFE, 92),
    "databricks_token": lambda: "dapi" + pick(HEX, 32),
    "shopify_token": lambda: "shpat_" + pick(HEX, 32),
    "docker_token": lambda: "dckr_pat_" + pick(URLSAFE, 27),
    "groq_key": lambda: "gsk_" + pick(ALNUM, 52),
    "linear_key": lambda: "lin_api_" + pick(ALNUM, 40),
    "age_key": lambda: "AGE-SECRET-KEY-1" + pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
}
VENDOR_CONTEXTS = [
    ("{k}_TOKEN={v}", "an environment variable holding the key"),
    ("export {k}_KEY='{v}'", "a shell export of the key"),
    ("{{\"{k_lower}\": {{\"key\": \"{v}\"}}}}", "the key inside JSON tool input"),
    ("2025-02-03T10:11:12Z WARN {k_lower} client rejected credential {v} (401)", "a log line quoting the key"),
    ("Use {v} as the {k_lower} key in the settings page.", "an assistant answer pasting the key into prose"),
    ("{k_lower}:\n  token: \"{v}\"", "a YAML config value"),
    ("curl -H 'Authorization: Bearer {v}' https://api.{k_lower}.example/v1/me", "a bearer header in a curl command"),
]

# ------------------------------------------------------------------ assembling records

RECORDS: list[dict] = []


def positive(template: str, values: list[tuple[str, str]], reason: str) -> None:
    """``template`` holds ``{0}``, ``{1}``... (other braces are literal); each value's span is recorded with its type."""
    pieces = re.split(r"\{(\d)\}", template)
    text, spans = pieces[0], []
    for index, rest in zip(pieces[1::2], pieces[2::2], strict=False):
        kind, value = values[int(index)]
        spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value + rest
    RECORDS.append({"text": text, "spans": spans, "class": "positive", "reason": reason})


def negative(text: str, cls: str, reason: str) -> None:
    RECORDS.append({"text": text, "spans": [], "class": cls, "reason": reason})


for kind, make in VENDOR.items():
    for context, why in rng.sample(VENDOR_CONTEXTS, 3):
        name = kind.split("_")[0]
        template = context.replace("{v}", "{0}").replace("{k}", name.upper()).replace("{k_lower}", name)
        positive(template.replace("{{", "{").replace("}}", "}"), [(kind, make())], f"{kind.replace('_', ' ')}: {why}")

for template, why in [
    ("[default]\naws_access_key_id = {0}\naws_secret_access_key = {1}\n", "AWS credentials file: key id and secret"),
    ("AWS_ACCESS_KEY_ID={0} AWS_SECRET_ACCESS_KEY={1} terraform apply", "both AWS keys on one command line"),
    ('{"AccessKeyId": "{0}", "SecretAccessKey": "{1}"}', "STS answer in JSON"),
    ("key id {0}\nsecret {1}", "a key id with its secret on the next line"),
]:
    positive(template, [("aws_access_key", VENDOR["aws_access_key"]()), ("aws_secret_key", pick(B64, 40))], why)

for label, newline, where in [("RSA PRIVATE KEY", "\n", "a PEM RSA key"), ("OPENSSH PRIVATE KEY", "\n", "an OpenSSH key"),
                              ("PRIVATE KEY", "\\n", "a PKCS#8 key inside JSON (escaped newlines)"),
                              ("EC PRIVATE KEY", "\r\n", "an EC key with CRLF line ends"),
                              ("ENCRYPTED PRIVATE KEY", "\n", "an encrypted PKCS#8 key")]:
    positive("key file:\n{0}\n", [("private_key", pem(label, rng.randrange(4, 20), newline))], where)
positive("$ gpg --export-secret-keys -a ops@example.org\n{0}\n", [("private_key", pgp_key())], "an armoured PGP private key")
positive('{"key": "{0}"}', [("private_key", pgp_key("\\n"))], "a PGP key inside JSON")

for template, alg, why in [
    ("Authorization: Bearer {0}", "HS256", "a signed JWT in a header"),
    ("session={0}; Path=/; HttpOnly", "RS256", "a JWT session cookie"),
    ("token={0}", "none", "an unsigned JWT (alg none) still carries the claims"),
    ("The id_token was {0} before the refresh.", "ES256", "a JWT quoted in prose"),
]:
    positive(template, [("jwt", jwt(alg))], why)

for template, kind, why in [
    ("DATABASE_URL=postgres://app:{0}@db.internal:5432/app", "db_credentials", "password in a Postgres URL"),
    ("mongodb+srv://admin:{0}@cluster0.x1y2z.mongodb.net/prod", "db_credentials", "password in a MongoDB SRV URL"),
    ("redis://:{0}@cache.internal:6379/0", "db_credentials", "Redis URL with only a password"),
    ("git clone https://deploy:{0}@git.example.net/web.git", "url_password", "password in a git remote URL"),
    ("HTTPS_PROXY=http://svc:{0}@proxy.corp:3128", "url_password", "password in a proxy URL"),
]:
    positive(template, [(kind, pick(ALNUM, 12) + pick(DIGITS, 2))], why)

for template, value, why in [
    ('DB_PASSWORD="{0}"', password(), "a quoted password with punctuation"),
    ("password: {0}", password(), "a YAML password"),
    ('"password": "{0}"', "correct horse battery " + pick(DIGITS, 3) + "!", "a passphrase with spaces in JSON"),
    ("MYSQL_ROOT_PASSWORD={0}", password(), "a Docker env password"),
    ("spring.datasource.password={0}", password(), "a Spring property password"),
    ("Server=db;User Id=sa;Password={0};", password(), "a connection-string password"),
    ("client_secret = '{0}'", pick(ALNUM, 24) + "~" + pick(ALNUM, 8), "an OAuth client secret in code"),
    ('api_key: "{0}"', pick(ALNUM, 20) + "-" + pick(ALNUM, 12), "a generic API key in YAML"),
    ("export SECRET_KEY={0}", pick(ALNUM + "!@#%^*", 40), "a Django-style secret key"),
    ("auth_token={0}&user=7", pick(HEX, 40), "a hex auth token in a query string"),
    ("mysql -u root --password={0} shop", password(), "a password on a mysql command line"),
    ("curl -u admin:{0} https://ci.internal/api", password(), "basic-auth password in curl -u"),
    ("Authorization: Basic {0}", base64.b64encode(f"ops:{password()}".encode()).decode(), "basic-auth header"),
    ("PGPASSWORD='{0}' psql -h db", password(), "a psql password variable"),
]:
    positive(template, [("credential", value)], why)

CARD_KINDS = [("4", 16, "Visa"), ("51", 16, "Mastercard"), ("2221", 16, "Mastercard 2-series"), ("34", 15, "Amex"),
              ("6011", 16, "Discover"), ("3530", 16, "JCB"), ("36", 14, "Diners"), ("62", 16, "UnionPay")]
for (prefix, length, brand), (template, sep) in zip(CARD_KINDS * 2, [
    ("Card: {0} exp 09/28", " "), ("charged {0} for EUR 19.90", "-"), ('{"pan": "{0}"}', ""),
    ("Your card {0} was declined.", " "), ("card_number={0}&cvc=123", ""), ("| A. Wu | {0} |", "-"),
    ("Kreditkarte {0}", " "), ("refund to card {0}", ""), ("PAN {0} (test in prod!)", " "),
    ("customer paid with {0}", "-"), ("INSERT INTO cards VALUES ('{0}');", ""), ("cc {0} 12/30", " "),
    ("Carte bancaire : {0}", " "), ("tarjeta {0}", "-"), ("num={0}", ""), ("card ending {0}", " "),
], strict=False):
    positive(template, [("card", card(prefix, length, sep))], f"a {brand} number with a valid Luhn digit")

for country, shape, spaced, template in [
    ("DE", "n" * 18, True, "IBAN: {0}"), ("GB", "aaaa" + "n" * 14, False, "Pay to {0} by Friday."),
    ("FR", "n" * 23, True, "RIB / IBAN {0}"), ("NL", "aaaa" + "n" * 10, False, "rekening {0}"),
    ("ES", "n" * 20, True, "cuenta {0}"), ("IT", "a" + "n" * 22, False, '"iban": "{0}"'),
    ("BE", "n" * 12, True, "Rekeningnummer {0}"), ("CH", "n" * 17, False, "Konto {0}"),
    ("PL", "n" * 24, True, "Numer konta {0}"), ("AT", "n" * 16, False, "iban={0}"),
]:
    positive(template, [("iban", iban(country, shape, spaced))], f"a {country} IBAN with a valid mod-97 check")

for template, sep, why in [
    ("SSN: {0}", "-", "a dashed SSN"), ("ssn={0}", "-", "an SSN in a query"), ("Social Security Number {0}", " ", "a spaced SSN"),
    ("SSN {0} on file", ".", "a dotted SSN"), ("W-2 box a: {0}", "-", "an SSN on a tax form"),
    ("social security no. {0}", "", "an undotted SSN after its name"),
]:
    positive(template, [("ssn", ssn(sep))], why)

for template in ["Contact: {0}", "From: Dana <{0}>", "user={0} logged in", '{"email": "{0}"}', "mailto:{0}",
                 "cc: {0}; bcc: none", "Reply to {0} please.", "git config user.email {0}", "[{0}]",
                 "Kundin {0} hat reklamiert"]:
    positive(template, [("email", email())], "a personal email address")

for template, region, style, why in [
    ("Call me at {0}", "US", "international", "a US number in international format"),
    ("Phone: {0}", "GB", "international", "a UK mobile"), ('{"phone": "{0}"}', "DE", "e164", "a German mobile in E.164"),
    ("Tél. {0}", "FR", "national", "a French mobile in national format after a phone word"),
    ("Mobile: {0}", "US", "national", "a US mobile in national format"), ("WhatsApp {0}", "BR", "international", "a Brazilian mobile"),
    ("Telefon: {0}", "PL", "national", "a Polish mobile in national format"), ("tel {0}", "JP", "national", "a Japanese mobile"),
    ("call {0} after 6pm", "IN", "international", "an Indian mobile"), ("móvil {0}", "ES", "national", "a Spanish mobile, national"),
    ("sms to {0}", "NL", "e164", "a Dutch mobile"), ("cell: {0}", "AU", "national", "an Australian mobile, national"),
]:
    positive(template, [("phone", phone(region, style))], why)
positive("Ring 00{0} for support", [("phone", phone("DE", "e164")[1:])], "a number dialled with 00")

for template, make, why in [
    ("CPF: {0}", cpf, "a Brazilian CPF with valid check digits"),
    ("PESEL {0}", pesel_number, "a Polish PESEL after its name"),
    ("Aadhaar {0}", aadhaar, "an Indian Aadhaar with a Verhoeff digit"),
    ("DNI {0}", spanish_dni, "a Spanish DNI with its check letter"),
    ("codice fiscale {0}", italian_cf, "an Italian fiscal code with its check letter"),
    ("NI number {0}", uk_nino, "a UK National Insurance number"),
]:
    for _ in range(3):
        positive(template, [("national_id", make())], why)

def checked(module_name: str, make) -> str:
    """A random value of the id's shape that python-stdnum accepts, in the id's usual written form."""
    module = importlib.import_module(f"stdnum.{module_name}")
    for _ in range(200_000):
        candidate = make()
        if module.is_valid(candidate):
            return module.format(candidate) if hasattr(module, "format") else candidate
    raise AssertionError(module_name)


def date6(order: str = "ymd") -> str:
    y, m, d = f"{rng.randrange(50, 99):02d}", f"{rng.randrange(1, 13):02d}", f"{rng.randrange(1, 29):02d}"
    return {"ymd": y + m + d, "dmy": d + m + y}[order]


NATIONAL_IDS = [
    ("fr.nir", lambda: rng.choice("12") + date6()[:4] + pick(DIGITS, 10), "numéro de sécurité sociale {0}", "a French NIR"),
    ("nl.bsn", lambda: pick(DIGITS, 9), "BSN: {0}", "a Dutch BSN (11-proof)"),
    ("se.personnummer", lambda: date6() + "-" + pick(DIGITS, 4), "personnummer {0}", "a Swedish personnummer"),
    ("fi.hetu", lambda: date6("dmy") + "-" + pick(DIGITS, 3) + rng.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"),
     "henkilötunnus {0}", "a Finnish HETU"),
    ("kr.rrn", lambda: date6() + "-" + rng.choice("12") + pick(DIGITS, 6), "주민등록번호 {0}", "a Korean RRN"),
    ("ca.sin", lambda: rng.choice("1234567") + pick(DIGITS, 8), "SIN {0}", "a Canadian SIN"),
    ("cn.ric", lambda: "110101" + f"19{date6()}" + pick(DIGITS, 3) + rng.choice(DIGITS + "X"), "身份证号 {0}", "a Chinese RIC"),
    ("ar.cuit", lambda: "20" + pick(DIGITS, 9), "CUIT {0}", "an Argentinian CUIT"),
    ("no.fodselsnummer", lambda: date6("dmy") + pick(DIGITS, 5), "fødselsnummer {0}", "a Norwegian fødselsnummer"),
    ("tr.tckimlik", lambda: rng.choice("123456789") + pick(DIGITS, 10), "TC Kimlik No: {0}", "a Turkish TC kimlik"),
    ("ro.cnp", lambda: rng.choice("12") + date6() + f"{rng.randrange(1, 47):02d}" + pick(DIGITS, 4), "CNP {0}", "a Romanian CNP"),
    ("au.tfn", lambda: pick(DIGITS, 9), "TFN {0}", "an Australian tax file number"),
    ("gb.nhs", lambda: pick(DIGITS, 10), "NHS number {0}", "an NHS number"),
    ("za.idnr", lambda: date6() + pick(DIGITS, 4) + "08" + pick(DIGITS, 1), "ID number {0}", "a South African id"),
    ("de.idnr", lambda: rng.choice("123456789") + pick(DIGITS, 10), "Steuer-ID {0}", "a German tax id"),
    ("br.cnpj", lambda: pick(DIGITS, 8) + "0001" + pick(DIGITS, 2), "CNPJ {0}", "a Brazilian CNPJ"),
    ("cl.rut", lambda: pick(DIGITS, 8) + rng.choice(DIGITS + "K"), "RUT {0}", "a Chilean RUT"),
    ("in_.pan", lambda: pick(UPPER, 3) + rng.choice("PCHFATBLJG") + pick(UPPER, 1) + pick(DIGITS, 4) + pick(UPPER, 1),
     "PAN: {0}", "an Indian PAN"),
]
for module_name, make, template, why in NATIONAL_IDS:
    for _ in range(2):
        positive(template, [("national_id", checked(module_name, make))], why + " with a valid check")

MORE_VENDOR = {  # (type, value) generators following each format's documented shape
    "atlassian_token": lambda: "ATATT3" + pick(URLSAFE, 180) + "=" + pick(HEX.upper(), 8),
    "bitbucket_token": lambda: "ATBB" + pick(ALNUM, 32),
    "postman_key": lambda: f"PMAK-{pick(HEX, 24)}-{pick(HEX, 34)}",
    "newrelic_key": lambda: "NRAK-" + pick(UPPER + DIGITS, 27),
    "sentry_token": lambda: "sntrys_" + pick(ALNUM, 60),
    "grafana_token": lambda: f"glsa_{pick(ALNUM, 32)}_{pick(HEX, 8)}",
    "doppler_token": lambda: "dp.pt." + pick(ALNUM, 43),
    "planetscale_token": lambda: "pscale_tkn_" + pick(URLSAFE, 43),
    "pulumi_token": lambda: "pul-" + pick(HEX, 40),
    "mailgun_key": lambda: "key-" + pick(HEX, 32),
    "mailchimp_key": lambda: pick(HEX, 32) + "-us" + str(rng.randrange(1, 21)),
    "telegram_token": lambda: f"{rng.randrange(10**8, 10**10)}:AA{pick(URLSAFE, 33)}",
    "discord_webhook": lambda: f"https://discord.com/api/webhooks/{pick(DIGITS, 18)}/{pick(URLSAFE, 68)}",
    "google_oauth": lambda: "ya29." + pick(URLSAFE, 120),
    "square_token": lambda: "EAAA" + pick(URLSAFE, 60),
    "shippo_token": lambda: "shippo_live_" + pick(HEX, 40),
    "easypost_key": lambda: "EZAK" + pick(ALNUM, 54),
    "flutterwave_key": lambda: "FLWSECK-" + pick("abcdefABCDEF0123456789", 32) + "-X",
    "cloudflare_key": lambda: f"v1.0-{pick(HEX, 24)}-{pick(HEX, 146)}",
    "openshift_token": lambda: "sha256~" + pick(URLSAFE, 43),
    "replicate_token": lambda: "r8_" + pick(ALNUM, 37),
    "xai_key": lambda: "xai-" + pick(ALNUM, 80),
    "langsmith_key": lambda: f"lsv2_pt_{pick(HEX, 32)}_{pick(HEX, 10)}",
    "notion_token": lambda: "ntn_" + pick(DIGITS, 11) + pick(ALNUM, 35),
    "airtable_token": lambda: f"pat{pick(ALNUM, 14)}.{pick(HEX, 64)}",
    "contentful_token": lambda: "CFPAT-" + pick(URLSAFE, 43),
    "dropbox_token": lambda: "sl." + pick(URLSAFE, 140),
    "posthog_key": lambda: "phx_" + pick(ALNUM, 43),
    "facebook_token": lambda: "EAA" + pick(ALNUM, 120),
    "heroku_key": lambda: "HRKU-" + pick(URLSAFE, 64),
    "supabase_token": lambda: "sbp_" + pick(HEX, 40),
    "dynatrace_token": lambda: f"dt0c01.{pick(UPPER + DIGITS, 24)}.{pick(UPPER + DIGITS, 64)}",
    "alibaba_key": lambda: "LTAI" + pick(ALNUM, 20),
    "tencent_key": lambda: "AKID" + pick(ALNUM, 32),
    "perplexity_key": lambda: "pplx-" + pick(ALNUM, 48),
    "terraform_token": lambda: f"{pick(ALNUM, 14)}.atlasv1.{pick(URLSAFE, 67)}",
}
for kind, make in MORE_VENDOR.items():
    for context, why in rng.sample(VENDOR_CONTEXTS, 2):
        name = kind.split("_")[0]
        template = context.replace("{v}", "{0}").replace("{k}", name.upper()).replace("{k_lower}", name)
        positive(template.replace("{{", "{").replace("}}", "}"), [(kind, make())], f"{kind.replace('_', ' ')}: {why}")

for template in ["DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey={0};EndpointSuffix=core.windows.net",
                 '{"connectionString": "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={0}"}']:
    positive(template, [("azure_secret", pick(B64, 86) + "==")], "an Azure storage or Service Bus key in a connection string")
positive("https://acme.blob.core.windows.net/logs?sv=2022-11-02&se=2025-03-01&sp=r&sig={0}",
         [("azure_secret", pick(ALNUM, 43) + "%3D")], "an Azure SAS signature in a URL")
positive("ops_key: {0}", [("telegram_token", f"{rng.randrange(10**8, 10**10)}:AA{pick(URLSAFE, 32)}-")],
         "a Telegram bot token ending in '-'")

for template, kind, value, why in [
    ("server 10.20.30.40 is down", "ipv4", "10.20.30.40", "a private IPv4 (masked only when IPs are on)"),
    ("peer 2001:db8:85a3::8a2e:370:7334 connected", "ipv6", "2001:db8:85a3::8a2e:370:7334", "an IPv6 (off by default)"),
]:
    positive(template.replace(value, "{0}"), [(kind, value)], why)

for _ in range(6):
    positive("Customer {0}, card {1}, phone {2}: payment failed", [
        ("email", email()), ("card", card("4", 16, " ")), ("phone", phone("US", "international"))],
        "several kinds of personal data in one support note")
positive("ANTHROPIC_API_KEY={0}\nDB_PASSWORD={1}\n", [("anthropic_key", VENDOR["anthropic_key"]()), ("credential", password())],
         "a leaked .env with two secrets")

# ------------------------------------------------------------------ negatives, per class

for _ in range(12):
    h = pick(HEX, 32)
    negative(rng.choice(["request_id={0} status=200", '{{"trace": "{0}"}}', "X-Request-Id: {0}"]).format(
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"), "uuid", "a random UUID identifies a request, it grants nothing")
for _ in range(12):
    negative(rng.choice(["commit {0}", "git checkout {0}", "pinned to {0}", "sha1 {0}"]).format(pick(HEX, 40)),
             "git_sha", "a commit hash is public")
for _ in range(10):
    negative(rng.choice(["sha256:{0}", "checksum {0}  app.tar.gz", "digest: {0}"]).format(pick(HEX, 64)),
             "hash_digest", "a content digest")
for _ in range(10):
    raw = base64.b64encode(rng.randbytes(64)).decode()
    negative(rng.choice(['"integrity": "sha512-{0}"', "integrity sha512-{0}"]).format(raw), "lockfile_hash",
             "a package-lock integrity hash")
for text in ["Upgraded from v1.2.3 to v1.10.0", "Python 3.12.1", "requires numpy>=1.26.4,<2.0", "kernel 6.8.0-31-generic",
             "Version 2025.02.03.1 released", "go1.22.5 linux/amd64", "node v20.11.1 npm 10.2.4", "build 20250203.7",
             "chart version 4.12.0-rc.3", "libssl3 3.0.13-0ubuntu3.4"]:
    negative(text, "version", "version strings are dotted numbers, not secrets")
for _ in range(12):
    digits = card(rng.choice("3456"), rng.choice([16, 16, 19]))
    bad = digits[:-1] + str((int(digits[-1]) + rng.randrange(1, 10)) % 10)
    negative(rng.choice(["Order #{0} shipped", "invoice {0} overdue", "tracking {0}", "order_id={0}"]).format(bad),
             "order_number", "a 16-19 digit number failing the Luhn check")
for _ in range(8):
    negative(rng.choice(["order {0}", "EAN {0}", "ticket {0} closed", "customer no. {0}"]).format(pick(DIGITS, 13)),
             "order_number", "a 13-digit order or product number")
for text in ["2025-02-03T12:00:00.123456+01:00", "epoch 1738584000", "ts=1738584000123 level=info", "duration 00:12:34.567",
             "Last-Modified: Mon, 03 Feb 2025 12:00:00 GMT", "cron 0 */6 * * *", "2025-W06-1", "uptime 12345678 s"]:
    negative(text, "timestamp", "dates, epochs and durations")
for text in ["Total: $1,299.99", "Preis: 49,90 €", "Subtotal 1 234 567,89 EUR", "0.0042 BTC", "Budget 12,500,000.00 USD",
             "qty 3 x 19.99 = 59.97"]:
    negative(text, "money", "amounts of money")
for text in ["ANTHROPIC_API_KEY=sk-ant-...", "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "Authorization: Bearer <YOUR_TOKEN>", "OPENAI_API_KEY=your-api-key-here", 'api_key = "YOUR_API_KEY"',
             "password: <your-password>", "STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "SLACK_BOT_TOKEN=xoxb-your-token-here",
             "token = \"<insert token here>\"", "DB_PASSWORD=${DB_PASSWORD}", "secret: ${{ secrets.DEPLOY_KEY }}",
             "password=changeme", "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx", "api_key: insert_key_here",
             "HF_TOKEN=hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
             "mysql://root:****@db:3306/app", "client_secret: REPLACE_ME"]:
    negative(text, "placeholder", "a documentation placeholder, not a value")
for text in ["aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
             "stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'",
             "token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
             "AKIAI44QH8DHBEXAMPLE is the example key id in the docs"]:
    negative(text, "published_example", "a key published in vendor documentation")
for text in ['password = os.environ["DB_PASSWORD"]', "def check_password(password: str) -> bool:", "api_key = get_api_key()",
             "API_KEY = settings.API_KEY", "token_count = len(tokens)", "secret = request.headers.get('X-Secret')",
             "self.password = password", "const secretName = 'tls-cert';", "password_hash = bcrypt.hashpw(pw, salt)",
             "kubectl create secret generic db --from-literal=password=$DB_PASS", "if (!apiKey) throw new Error('no key')",
             "private_key_path: /etc/ssl/private/server.key"]:
    negative(text, "code_reference", "code naming or loading a secret, not containing one")
for text in ["API_KEY=\nDB_HOST=db.internal", "password:\n  description: the admin password", "TOKEN=\n# set in CI",
             "secret_key=\nnext_line_value_Abc123XyZ987"]:
    negative(text, "empty_value", "an empty assignment must not take the next line")
for _ in range(6):
    negative(f"<img src=\"data:image/png;base64,{base64.b64encode(rng.randbytes(200)).decode()}\">", "base64_blob",
             "an inline image")
for text in ["Send feedback to user@example.com", "noreply@example.org bounced", "git@github.com:acme/app.git",
             "npm install lodash@4.17.21", "background: url(icon@2x.png)", "@app.route('/login')"]:
    negative(text, "email_lookalike", "example domains and @ in code are not personal addresses")
for text in ["ISBN 978-3-16-148410-0", "listening on port 8080", "PID 123456 exited", "call 555-0100 (fictional)",
             "error code 0x80070005", "coordinates 48.8566, 2.3522", "extension 4521", "UPS 1Z999AA10123456784",
             "math: 3+4=7 and 10-2=8", "+1 to this idea"]:
    negative(text, "number_lookalike", "numbers that are not phone numbers or ids")
for text in ["IBAN DE00 1234 5678 9012 3456 78 has a bad checksum", "SSN format is XXX-XX-XXXX",
             "invalid SSNs such as 666-12-3456 are rejected", "card 4111 1111 1111 1112 fails Luhn"]:
    negative(text, "invalid_checksum", "the format without a valid checksum")
for text in ["Never commit API keys; use a secrets manager.", "The password must be at least 12 characters.",
             "JWTs have three parts separated by dots.", "Rotate the token every 90 days.", "Your secret: keep it out of logs!",
             "Password: see the vault entry 'prod-db'."]:
    negative(text, "prose", "prose about secrets")
for text in ["arn:aws:iam::123456789012:role/deploy", "image: acme/api@sha256:" + pick(HEX, 64), "AKIA is the prefix of AWS key ids",
             "eyJhbGciOiJIUzI1NiJ9 is just a JWT header", "ghp_ tokens are GitHub personal access tokens",
             "kind: Secret\nmetadata:\n  name: db-credentials", "sk-ant- keys come from the Anthropic console",
             "BEGIN PRIVATE KEY markers delimit PEM files"]:
    negative(text, "format_mention", "names a format or prefix without a value")
for text in ['token = os.getenv("TOKEN")', '"password": null', "password=None", "secret_key: !vault |", "api_key: ''",
             'password: "********"', "Authorization: Bearer ${TOKEN}", "curl -u $USER:$PASS https://ci"]:
    negative(text, "code_reference", "a reference, template or masked value instead of a secret")
for text in ["ZIP 94105-1234", "build 10.0.19045.3803", "call 2025-02-03 at 10:00", "table | 4111 | 1111 | 1111 |",
             "row 1234 5678 90", "serial SN-4421-8890-1123", "part no. 0049-1512-3456", "pages 1234-5678",
             "from 2024-01-01 to 2024-12-31", "coords 52.5200 13.4050 20.0000"]:
    negative(text, "number_lookalike", "numbers with separators that are not personal data")
for _ in range(6):
    negative("color: #" + pick(HEX, 6) + "; border: 1px solid #" + pick(HEX, 6), "hex_color", "CSS colours")
for _ in range(6):
    negative(f"order {pick(DIGITS, 13)} placed on 2025-02-03", "order_number", "a 13-digit order number")
for text in ["Server at 10.0.0.1 responded", "bind ::1 port 5432", "subnet 192.168.0.0/16", "MAC 00:1A:2B:3C:4D:5E"]:
    negative(text, "network", "addresses: IP masking is off by default")


def write() -> None:
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w") as f:
        for record in RECORDS:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write()
    positives = sum(bool(r["spans"]) for r in RECORDS)
    print(f"{len(RECORDS)} records: {positives} positive, {len(RECORDS) - positives} negative -> {OUT}")
