"""A second development hold-out for the masker (issue 16): written before the rule changes it measures.

    .venv/bin/python tests/masker_eval/dev_holdout2_make.py   # rewrites dev_holdout2.jsonl (same seed, same file)

Weighted to what an independent blind set found weak: generic credentials whose
values hold punctuation, braces, spaces and quotes, in every config and command
syntax; checksummed ids (Australian Medicare, Japanese My Number); Braintree
tokens, Django SECRET_KEY values, Docker ``config.json`` auths; vendor token
formats the masker did not know; phones in national formats; and clean
look-alikes (hashes, UUIDs, versions, lock-file integrity values, published
examples and placeholders, order numbers, documented test cards). Values are
generated here from a seed with their real structure; none is a real secret.
Measured with bench/masker_eval.py; not tuned on (rules are written from formats).
"""

from __future__ import annotations

import base64
import json
import random
import string
import uuid
from pathlib import Path
from urllib.parse import quote

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_ as jp_in

OUT = Path(__file__).resolve().parent / "dev_holdout2.jsonl"
rng = random.Random(20261130)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
SYMBOLS = "!@#$%^&*()-_=+[]{};:,.<>?/|~"
CASES: list[dict] = []


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def positive(*parts, reason: str) -> None:
    """Parts are plain text or (value, type): the spans are where the values land."""
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, kind = part
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        else:
            text += part
    CASES.append({"text": text, "spans": spans, "class": "positive", "reason": reason})


def negative(text: str, cls: str, reason: str) -> None:
    CASES.append({"text": text, "spans": [], "class": cls, "reason": reason})


# ------------------------------------------------------------------ values

def password(banned: str = "", spaces: bool = False, n: int | None = None) -> str:
    """Letters, digits and at least two symbols; optionally words with spaces between."""
    symbols = "".join(ch for ch in SYMBOLS if ch not in banned)
    while True:
        if spaces:
            words = [pick(LOWER, rng.randint(3, 6)) for _ in range(rng.randint(2, 4))]
            words[rng.randrange(len(words))] += pick(DIGITS, 1) + pick(symbols, 1)
            value = " ".join(words)
        else:
            length = n or rng.randint(10, 22)
            chars = [rng.choice(ALNUM) for _ in range(length - 3)] + [rng.choice(symbols) for _ in range(2)] + [rng.choice(DIGITS)]
            rng.shuffle(chars)
            value = "".join(chars)
        if value[0] not in " " and value[-1] != " " and any(c.isalpha() for c in value):
            return value


def medicare() -> str:
    while True:
        first8 = str(rng.randint(2, 6)) + pick(DIGITS, 7)
        check = sum(int(d) * w for d, w in zip(first8, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        number = first8 + str(check) + str(rng.randint(1, 9))
        return number


def my_number() -> str:
    while True:
        body = pick(DIGITS, 11)
        number = body + jp_in.calc_check_digit(body)
        if jp_in.is_valid(number):
            return number


def django_key(insecure: bool) -> str:
    body = pick("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50)
    return ("django-insecure-" + body) if insecure else body


def docker_auth() -> str:
    user = rng.choice(["alice", "ci-bot", "deploy", "jdoe", "svc_registry"])
    return base64.b64encode(f"{user}:{password(banned=':')}".encode()).decode()


def braintree() -> str:
    return f"access_token${rng.choice(['production', 'sandbox'])}${pick(LOWER + DIGITS, 16)}${pick(HEX, 32)}"


def luhn_number(prefix: str, length: int) -> str:
    partial = prefix + pick(DIGITS, length - len(prefix) - 1)
    return partial + luhn.calc_check_digit(partial)


def national_phone(region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    while True:
        number = phonenumbers.parse(f"+{example.country_code}{national[:-4]}{pick(DIGITS, 4)}")
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


# ------------------------------------------------------------------ passwords in every syntax

def passwords() -> None:
    dq, sq = '"\\', "'\\"
    bare_shell = "\"'\\ $`&|;<>()#!*?[]{}~"
    for _ in range(2):
        v = password(dq)
        positive("database:\n  host: db.internal\n  user: app\n  password: \"", (v, "password"), "\"\n  port: 5432\n",
                 reason="password: YAML double-quoted with punctuation")
        v = password(sq, spaces=True)
        positive("smtp:\n  username: mailer\n  password: '", (v, "password"), "'\n",
                 reason="password: YAML single-quoted passphrase with spaces")
        v = password(dq + "#:")
        positive("redis:\n  password: ", (v, "password"), "\n  db: 0\n", reason="password: YAML plain scalar")
        v = password(dq)
        positive("[database]\nurl = \"db.internal\"\npassword = \"", (v, "password"), "\"\n", reason="password: TOML")
        v = password(dq)
        positive("{\"db\": {\"user\": \"app\", \"password\": \"", (v, "password"), "\"}}", reason="password: JSON")
        v = password("\\;#", spaces=rng.random() < 0.5)
        positive("[client]\nuser=backup\npassword=", (v, "password"), "\nhost=10.0.0.5\n",
                 reason="password: INI value to the line end")
        v = password(bare_shell)
        positive("DB_HOST=db.internal\nDB_PASSWORD=", (v, "password"), "\nDB_PORT=5432\n",
                 reason="password: .env bare value, next line untouched")
        v = password(dq + "$`")
        positive("export DB_PASSWORD=\"", (v, "password"), "\"", reason="password: .env double-quoted")
        v = password(sq)
        positive("export PGPASSWORD='", (v, "password"), "'\npsql -h db.internal -U app", reason="password: PGPASSWORD")
        v = password(bare_shell)
        positive("PGPASSWORD=", (v, "password"), " pg_dump -h db.internal -U app app > dump.sql",
                 reason="password: PGPASSWORD inline before a command")
        v = password("\"';=")
        positive("Server=tcp:sql.internal,1433;Database=shop;User Id=svc_shop;Password=", (v, "password"),
                 ";Encrypt=True;", reason="password: ADO.NET connection string")
        v = password(bare_shell + "&=/?%")
        positive("jdbc:postgresql://db.internal:5432/app?user=svc&password=", (v, "password"), "&ssl=true",
                 reason="password: JDBC URL query parameter")
        v = quote(password(), safe="")
        positive("DATABASE_URL=postgres://svc:", (v, "password"), "@db.internal:5432/app",
                 reason="password: percent-encoded in a database URL")
        v = password(bare_shell)
        positive("mysqldump --user=root --password=", (v, "password"), " shop > shop.sql", reason="password: --password=")
        v = password(sq)
        positive("mysql -u root -p'", (v, "password"), "' -e 'SHOW DATABASES'", reason="password: mysql -p'...'")
        v = password(bare_shell)
        positive("mysql -uroot -p", (v, "password"), " shop", reason="password: mysql -pVALUE")
        v = password(bare_shell)
        positive("docker login -u deploy -p ", (v, "password"), " registry.internal.io",
                 reason="password: docker login -p")
        v = password(sq)
        positive("docker login registry.internal.io --username ci --password '", (v, "password"), "'",
                 reason="password: docker login --password quoted")
        v = password(sq)
        positive("CREATE USER 'report'@'%' IDENTIFIED BY '", (v, "password"), "';", reason="password: SQL IDENTIFIED BY")
        v = password(sq)
        positive("ALTER ROLE app WITH LOGIN PASSWORD '", (v, "password"), "';", reason="password: PostgreSQL role")
        v = password(bare_shell)
        positive("machine api.internal.io login deploy password ", (v, "password"), "\n", reason="password: .netrc")
        v = password(sq)
        positive("define('DB_PASSWORD', '", (v, "password"), "');", reason="password: PHP define")
        v = password(dq)
        positive("conn = psycopg2.connect(host=\"db\", user=\"svc\", password=\"", (v, "password"), "\")",
                 reason="password: Python keyword argument")
        v = password("\\ #!=:")
        positive("spring.datasource.username=app\nspring.datasource.password=", (v, "password"), "\n",
                 reason="password: Java properties")
        v = password("<>&\\")
        positive("<connection>\n  <user>app</user>\n  <password>", (v, "password"), "</password>\n</connection>",
                 reason="password: XML element")
        v = password(bare_shell)
        positive("    environment:\n      - POSTGRES_PASSWORD=", (v, "password"), "\n      - POSTGRES_DB=app\n",
                 reason="password: docker-compose environment list")
        v = password(sq)
        positive("kubectl create secret generic db --from-literal=password='", (v, "password"), "'",
                 reason="password: kubectl --from-literal")
        v = password("\\ #")
        positive("requirepass ", (v, "password"), "\nmaxmemory 2gb\n", reason="password: redis.conf requirepass")
        v = password(dq)
        positive("cfg := Config{\n\tUser:     \"app\",\n\tPassword: \"", (v, "password"), "\",\n}",
                 reason="password: Go struct literal")
        v = password(dq)
        positive("props.put(\"password\", \"", (v, "password"), "\");", reason="password: Java put")
        v = password(dq)
        positive("administrator_login_password = \"", (v, "password"), "\"", reason="password: Terraform")
        v = password(dq)
        positive("ansible_become_password: \"", (v, "password"), "\"", reason="password: Ansible vars")
        v = password(sq)
        positive("$pw = ConvertTo-SecureString '", (v, "password"), "' -AsPlainText -Force",
                 reason="password: PowerShell plain-text secure string")
        v = password(bare_shell)
        positive("sshpass -p ", (v, "password"), " ssh deploy@bastion", reason="password: sshpass -p")
        v = password(bare_shell)
        positive("redis-cli -h cache.internal -a ", (v, "password"), " PING", reason="password: redis-cli -a")
    for _ in range(3):
        v = password(dq, spaces=True)
        positive("The admin password is \"", (v, "password"), "\" until Friday.", reason="password: quoted in prose")
        v = password(dq)
        positive("\"password\": \"", (v, "password"), "\",\n\"username\": \"svc\"", reason="password: JSON fragment")
        v = password("'\\") + "'" + password("'\\", n=6)
        positive("DB_PASSWORD=\"", (v, "password"), "\"", reason="password: a quote of the other kind inside")
        v = password(dq) + "{" + pick(ALNUM, 4) + "}"
        positive("password: \"", (v, "password"), "\"", reason="password: braces inside the value")
    for _ in range(6):
        key = rng.choice(["api_key", "client_secret", "API_TOKEN", "secretKey", "auth_token", "webhookSecret"])
        v = pick(ALNUM, 12) + rng.choice("~.-_") + pick(ALNUM, 10) + rng.choice("~.-_!") + pick(ALNUM, 8)
        quote_ = rng.choice(["\"", "'", ""])
        positive(f"{key}: {quote_}", (v, "generic_secret"), f"{quote_}\n", reason="generic secret: key name and random value")


# ------------------------------------------------------------------ weak formats of the blind set

def weak_formats() -> None:
    for fmt in ("{a} {b} {c}", "{a}{b}{c}", "{a} {b} {c}", "{a}-{b}-{c}"):
        n = medicare()
        shown = fmt.format(a=n[:4], b=n[4:9], c=n[9:])
        positive("Medicare number: ", (shown, "au_medicare"), "\n", reason="medicare: card number, 4-5-1")
    for context in ("Medicare card no. ", "medicare_number=", "Patient Medicare #", "Medicare: "):
        n = medicare() + str(rng.randint(1, 9))
        positive(context, (n, "au_medicare"), " (IRN included)" if context.endswith(" ") else "",
                 reason="medicare: with individual reference number")
    for context in ("マイナンバー：", "個人番号: ", "My Number: ", "my number card ", "Individual Number "):
        n = my_number()
        shown = rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])
        positive(context, (shown, "jp_my_number"), "", reason="my number: checksummed 12 digits")
    n = my_number()
    positive("社員番号とマイナンバー（", (n, "jp_my_number"), "）を提出してください。", reason="my number: inside Japanese prose")
    for _ in range(5):
        v = braintree()
        ctx = rng.choice(["BRAINTREE_ACCESS_TOKEN=", "gateway = braintree.BraintreeGateway(access_token=\"",
                          "Use this token: ", "\"braintree\": {\"token\": \""])
        tail = "\")" if ctx.endswith("(access_token=\"") else ("\"}" if ctx.endswith("\"") else "")
        positive(ctx, (v, "braintree_token"), tail, reason="braintree: access_token$env$merchant$hex")
    for insecure in (True, False, True, False, False):
        v = django_key(insecure).replace("'", "")
        positive("# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '", (v, "django_secret_key"),
                 "'\n\nDEBUG = False", reason="django: settings.py SECRET_KEY")
    v = django_key(False)
    positive("DJANGO_SECRET_KEY=\"", (v, "django_secret_key"), "\"", reason="django: .env quoted")
    v = django_key(True)
    positive("SECRET_KEY = \"", (v, "django_secret_key"), "\"", reason="django: double-quoted insecure key")
    for _ in range(3):
        v = docker_auth()
        positive("{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"", (v, "docker_auth"),
                 "\"\n\t\t}\n\t}\n}", reason="docker: config.json auth")
    v = docker_auth()
    positive("{\"auths\":{\"registry.gitlab.com\":{\"username\":\"ci\",\"auth\":\"", (v, "docker_auth"), "\"}}}",
             reason="docker: .dockerconfigjson one-line")
    v = docker_auth()
    positive("    \"ghcr.io\": {\n      \"auth\": \"", (v, "docker_auth"), "\"\n    }", reason="docker: auths fragment")


# ------------------------------------------------------------------ vendor formats

def vendors() -> None:
    adds = [
        ("ADAFRUIT_IO_KEY=", lambda: "aio_" + pick(ALNUM, 28), "adafruit_key"),
        ("lob = Lob(api_key=\"", lambda: "live_" + pick(HEX, 35), "lob_key"),
        ("LOB_API_KEY=", lambda: "test_" + pick(HEX, 35), "lob_key"),
        ("SF session: ", lambda: "00D" + pick(ALNUM, 12) + "!" + pick(ALNUM + "._", 96), "salesforce_token"),
        ("curl -X POST ", lambda: f"https://hooks.zapier.com/hooks/catch/{rng.randint(10**6, 10**8)}/{pick(LOWER + DIGITS, 7)}/",
         "zapier_webhook"),
        ("CARGO_REGISTRY_TOKEN=", lambda: "cio" + pick(ALNUM, 32), "crates_token"),
        ("dropbox_token: ", lambda: pick(LOWER + DIGITS, 11) + "AAAAAAAAAA" + pick(LOWER + DIGITS + "-_", 43), "dropbox_token"),
        ("MAILGUN_SIGNING_KEY=", lambda: f"{pick(HEX, 32)}-{pick(HEX, 8)}-{pick(HEX, 8)}", "mailgun_key"),
        ("mailgun public key ", lambda: "pubkey-" + pick(HEX, 32), "mailgun_key"),
        ("BUILDKITE_API_TOKEN=", lambda: "bkua_" + pick(HEX, 40), "buildkite_token"),
        ("NEON_API_KEY=", lambda: "napi_" + pick(LOWER + DIGITS, 64), "neon_key"),
        ("key_id: ", lambda: "rzp_live_" + pick(ALNUM, 14), "razorpay_key"),
        ("mollie.api_key = '", lambda: "live_" + pick(ALNUM, 30), "mollie_key"),
        ("BUNDLE_ENTERPRISE__CONTRIBSYS__COM=", lambda: f"{pick(HEX, 8)}:{pick(HEX, 8)}", "sidekiq_secret"),
        ("Authorization: SSWS ", lambda: "00" + pick(ALNUM + "-_", 40), "okta_token"),
        ("AZURE_DEVOPS_PAT=", lambda: pick("abcdefghijklmnopqrstuvwxyz234567", 52), "azure_devops_pat"),
        ("HEROKU_API_KEY=", lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)), "heroku_key"),
        ("SNYK_TOKEN: ", lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)), "snyk_token"),
        ("X-Postmark-Server-Token: ", lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)), "postmark_token"),
        ("FASTLY_API_TOKEN=", lambda: pick(URLSAFE, 32), "fastly_token"),
        ("confluent api-key secret: ", lambda: pick(B64, 64), "confluent_secret"),
        ("PAGERDUTY_TOKEN=", lambda: "u+" + pick(ALNUM + "_-", 18), "pagerduty_token"),
        ("NGROK_AUTHTOKEN=", lambda: "2" + pick(ALNUM, 26) + "_" + pick(ALNUM, 21), "ngrok_token"),
        ("TWITCH_CLIENT_SECRET=", lambda: pick(LOWER + DIGITS, 30), "twitch_secret"),
        ("sumo_access_key: ", lambda: pick(ALNUM, 64), "sumologic_key"),
    ]
    for context, make, kind in adds:
        for _ in range(2):
            v = make()
            tail = "\")" if context.endswith("(api_key=\"") else ("'" if context.endswith("'") else "\n")
            positive(context, (v, kind), tail, reason=f"{kind}: documented format")
    for _ in range(3):
        key_id, secret = "SCW" + pick(UPPER + DIGITS, 17), str(uuid.UUID(int=rng.getrandbits(128), version=4))
        positive("SCW_ACCESS_KEY=", (key_id, "scaleway_key"), "\nSCW_SECRET_KEY=", (secret, "scaleway_key"), "\n",
                 reason="scaleway: access key and secret key")


# ------------------------------------------------------------------ personal data in national formats

def national() -> None:
    words = {"GB": "Tel:", "DE": "Handynummer:", "FR": "Téléphone :", "JP": "電話番号：", "IT": "cellulare",
             "ES": "móvil:", "NL": "mobiel:", "BR": "celular:", "KR": "전화번호:", "CN": "手机号：", "RU": "тел.",
             "AU": "mobile"}
    for region, word in words.items():
        v = national_phone(region)
        positive(f"{word} ", (v, "phone"), "", reason=f"phone: {region} national format with its word")
    for prefix in ("4", "51", "37"):
        length = 15 if prefix == "37" else 16
        v = luhn_number(prefix, length)
        shown = " ".join([v[:4], v[4:10], v[10:]]) if length == 15 else " ".join(v[i:i + 4] for i in range(0, 16, 4))
        positive("Card on file: ", (shown, "card"), " exp 09/28", reason="card: grouped real-looking number")


# ------------------------------------------------------------------ clean look-alikes

def look_alikes() -> None:
    for _ in range(3):
        negative(f"\"integrity\": \"sha512-{base64.b64encode(rng.randbytes(64)).decode()}\",", "lockfile_hash",
                 "npm lock-file integrity")
        negative(f"github.com/pkg/errors v0.9.1 h1:{base64.b64encode(rng.randbytes(32)).decode()}", "lockfile_hash",
                 "go.sum line")
        negative(f"checksum = \"{pick(HEX, 64)}\"", "lockfile_hash", "Cargo.lock checksum")
        negative(f"requests==2.31.0 --hash=sha256:{pick(HEX, 64)}", "lockfile_hash", "pip hash-pinned requirement")
        negative(f"commit {pick(HEX, 40)}\nAuthor: Dana <dana@example.com>", "git_sha", "git log header")
        negative(f"image: ghcr.io/acme/api@sha256:{pick(HEX, 64)}", "hash_digest", "image digest")
        negative(f"{pick(HEX, 32)}  release.tar.gz", "hash_digest", "md5sum output")
        negative(f"ETag: \"{pick(HEX, 32)}\"", "hash_digest", "HTTP ETag")
    for name in ("request_id", "trace_id", "tenant_id", "client_id", "subscription_id", "correlationId"):
        negative(f"{name}: {uuid.UUID(int=rng.getrandbits(128), version=4)}", "uuid", "an identifier, not a credential")
    for text in ("version: 1.24.3", "node v18.17.1 (npm 9.6.7)", "Python 3.11.4", "release 2.0.0-rc.1+build.5",
                 "com.android.tools.build:gradle:8.1.2", "kernel 6.5.0-14-generic", "Chrome/120.0.6099.129",
                 "TLS 1.3, cipher TLS_AES_256_GCM_SHA384"):
        negative(text, "version", "a version string")
    for text in ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                 "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "OPENAI_API_KEY=sk-...",
                 "api_key: \"<your-api-key>\"", "password: \"${DB_PASSWORD}\"", "token: \"{{ .Values.token }}\"",
                 "API_KEY=your_api_key_here", "SECRET_KEY=insert_key_here", "DB_PASSWORD=REPLACE_ME",
                 "password: \"********\"", "auth_token = \"<REDACTED>\"", "set PASSWORD=%DB_PASS%",
                 "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "password: !vault |",
                 "Braintree: access_token$production$<merchant_id>$<hash>", "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]",
                 "SECRET_KEY = get_random_secret_key()", "\"auth\": \"\",\n\"credsStore\": \"desktop\"",
                 "password = getpass.getpass(\"Password: \")", "client_secret: ${{ secrets.CLIENT_SECRET }}",
                 "docker login -u $DOCKER_USER --password-stdin < token.txt", "mysql -u root -p app",
                 "export PGPASSWORD=$(cat /run/secrets/pg)", "password=\"$DB_PASS\"",
                 "Medicare number: <10 digits on your card>", "my number: XXXX XXXX XXXX"):
        negative(text, "placeholder", "a placeholder, template or published example")
    for text in ("password_min_length: 12", "PASSWORD_RESET_TIMEOUT = 3600", "password: required",
                 "\"password\": \"\",", "passwordPolicy: strong", "token_type: Bearer", "token_url: https://auth.internal/token",
                 "secret_name: prod-db-credentials", "api_key_header: X-API-Key", "auth_token_ttl: 15m",
                 "PASSWORD_FIELD = \"password\"", "if password == confirm_password:", "DB_PASSWORD=\nDB_HOST=db.internal",
                 "password:\n  - minLength: 12", "secretKeyRef:\n  name: db-secret\n  key: password",
                 "SECRET_KEY_FALLBACKS = []", "use_token_auth = true", "password_hash_algorithm = argon2id",
                 "--password-file /run/secrets/db", "AUTH_PASSWORD_VALIDATORS = ["):
        negative(text, "empty_value", "a password or key name without a secret value")
    for _ in range(6):
        v = luhn_number("4", 13)
        negative(f"Order number {v} shipped on 2024-05-02.", "order_number", "13-digit order number that passes Luhn")
    for _ in range(3):
        negative(f"EAN {pick(DIGITS, 13)}  qty 4", "order_number", "a barcode")
        negative(f"Tracking: 1Z{pick(UPPER + DIGITS, 16)}", "order_number", "UPS tracking number")
        negative(f"invoice INV-2024-{pick(DIGITS, 6)} total 1,234.50 EUR", "order_number", "invoice number")
    for card_ in ("4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005",
                  "6011 1111 1111 1117", "4000 0566 5566 5556", "5105105105105100", "4012888888881881"):
        negative(f"In test mode use the card {card_} with any future expiry and any CVC.", "test_card",
                 "a published test card number its own text calls one: a known example value stays")
    for _ in range(3):
        negative(f"<img src=\"data:image/png;base64,{base64.b64encode(rng.randbytes(90)).decode()}\">", "base64_blob",
                 "an inline image")
        negative(f"Timestamp {rng.randint(1_600_000_000_000, 1_800_000_000_000)} ms, took {rng.randint(2, 900)} ms",
                 "number_lookalike", "epoch milliseconds")
        negative(f"Part no. {pick(DIGITS, 4)}-{pick(DIGITS, 5)}-{pick(DIGITS, 1)} in stock", "number_lookalike",
                 "a part number grouped like a Medicare number")
        negative(f"Ticket {pick(DIGITS, 4)} {pick(DIGITS, 4)} {pick(DIGITS, 4)} reopened", "number_lookalike",
                 "a 12-digit ticket number")
    negative("key: sk_test_4eC39HqLyjWDarjtT1zdp7dc (from the Stripe docs)", "published_example", "Stripe's documented key")
    negative("Run `git rev-parse HEAD` to get e.g. 4b825dc642cb6eb9a060e54bf8d69288fbee4904", "git_sha", "empty tree sha")


def main() -> None:
    passwords()
    weak_formats()
    vendors()
    national()
    look_alikes()
    with OUT.open("w") as out:
        for case in CASES:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(CASES)} texts, {sum(1 for c in CASES if c['spans'])} positive")


if __name__ == "__main__":
    main()
