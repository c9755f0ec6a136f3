"""The masker's thirty-third pass, credentials from public scanners' catalogues and card precision (issue 16): working
cases generated from the FORMATS of gitleaks' default rule catalogue (config/gitleaks.toml), TruffleHog detectors with
distinctive prefixes and GitHub's secret-scanning partner formats, each value random in its issuer's alphabet and
length, in the places its own variable or header name puts it: .env lines, YAML, JSON, shell exports, HTTP headers
and code. No text of any scanner is copied; every value and carrier is written here.

Families: a vendor's value after that vendor's variable or header name (``DD_APP_KEY``, ``X-Auth-Key:``,
``AZURE_OPENAI_API_KEY``, ``CONFLUENT_API_SECRET``, ``Fastly-Key:``, ``Authorization: SSWS``...); long tokens whose
length passes the generic key-name rules' value lengths (1Password service-account tokens, AWS session tokens,
Sentry org tokens, Grafana Cloud tokens, Bedrock keys, Vault batch tokens); prefixes catalogued by TruffleHog
(Together, Fireworks, E2B, Yandex OAuth, ClickUp) bare in prose, logs and code; card numbers after card words of
many languages, valid (Luhn) as positives and failing Luhn as look-alikes. Hard look-alikes in the same carriers:
the published AWS example pair, placeholders (``<your-datadog-app-key>``, ``${DD_APP_KEY}``, ``xxxx``), request ids
and trace ids (UUIDs, hex), ETags and digests, commit hashes, the prefixes named in prose, variables whose names
start with them, card-shaped numbers whose Luhn check fails.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass33k_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass33k.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass33k_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import base64
import json
import random
import string
from pathlib import Path

from family_cases import Family, split, write
from stdnum import luhn

HERE = Path(__file__).resolve().parent
rng = random.Random(333333)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid() -> str:
    return f"{pick(HEX, 8)}-{pick(HEX, 4)}-4{pick(HEX, 3)}-{rng.choice('89ab')}{pick(HEX, 3)}-{pick(HEX, 12)}"


def b64json(obj: dict, urlsafe: bool = False) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode().rstrip("=")


# ------------------------------------------------------------------ a vendor's value after its own name
VENDOR_VALUES = {  # type: (value, variable names, header names)
    "datadog_api_key": (lambda: pick(HEX, 32), ("DD_API_KEY", "DATADOG_API_KEY"), ("DD-API-KEY",)),
    "datadog_app_key": (lambda: pick(HEX, 40), ("DD_APP_KEY", "DATADOG_APP_KEY"), ("DD-APPLICATION-KEY",)),
    "azure_openai_key": (lambda: pick(HEX, 32), ("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"), ("api-key",)),
    "cloudflare_global_key": (lambda: pick(HEX, 37), ("CF_API_KEY", "CLOUDFLARE_API_KEY"), ("X-Auth-Key",)),
    "snyk_token": (uuid, ("SNYK_TOKEN", "SNYK_API_TOKEN"), ()),
    "confluent_secret": (lambda: pick(ALNUM + "+/", 64), ("CONFLUENT_API_SECRET", "CONFLUENT_CLOUD_API_SECRET"), ()),
    "heroku_key": (uuid, ("HEROKU_API_KEY",), ()),
    "okta_token": (lambda: "00" + pick(ALNUM + "-_", 40), ("OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"), ()),
    "fastly_token": (lambda: pick(ALNUM + "-_", 32), ("FASTLY_API_TOKEN", "FASTLY_KEY"), ("Fastly-Key",)),
    "sumo_access_key": (lambda: pick(ALNUM, 64), ("SUMO_ACCESS_KEY", "SUMOLOGIC_ACCESSKEY"), ()),
    "zendesk_token": (lambda: pick(ALNUM, 40), ("ZENDESK_API_TOKEN",), ()),
    "mailgun_signing_key": (lambda: f"{pick(HEX, 32)}-{pick(HEX, 8)}-{pick(HEX, 8)}", ("MAILGUN_WEBHOOK_SIGNING_KEY",), ()),
    "algolia_admin_key": (lambda: pick(HEX, 32), ("ALGOLIA_ADMIN_KEY", "ALGOLIA_ADMIN_API_KEY"), ("X-Algolia-API-Key",)),
    "twilio_auth_token": (lambda: pick(HEX, 32), ("TWILIO_AUTH_TOKEN",), ()),
    "honeycomb_key": (lambda: pick(ALNUM, 22), ("HONEYCOMB_API_KEY", "HONEYCOMB_WRITEKEY"), ("X-Honeycomb-Team",)),
    "pagerduty_token": (lambda: "u+" + pick(ALNUM + "_-", 18), ("PAGERDUTY_TOKEN",), ()),
    "newrelic_license": (lambda: pick(HEX, 36) + "NRAL", ("NEW_RELIC_LICENSE_KEY",), ("X-License-Key",)),
    "circleci_token": (lambda: pick(HEX, 40), ("CIRCLE_TOKEN", "CIRCLECI_TOKEN"), ("Circle-Token",)),
    "shippo_token": (lambda: "shippo_live_" + pick(HEX, 40), ("SHIPPO_API_KEY",), ()),
    "rapidapi_key": (lambda: pick(HEX, 10) + "msh" + pick(HEX, 14) + "p1" + pick(HEX, 6) + "jsn" + pick(HEX, 12),
                     ("RAPIDAPI_KEY",), ("X-RapidAPI-Key",)),
}


def vendor_named() -> Family:
    f = Family("vendor_named")
    for kind, (make, names, headers) in VENDOR_VALUES.items():
        name = rng.choice(names)
        lower = name.lower()
        camel = lower.split("_")[0] + "".join(w.title() for w in lower.split("_")[1:])
        f.add("dotenv", f"# {kind.split('_')[0]}\n{name}={{0}}\nLOG_LEVEL=info\n", [(kind, make())], "its variable")
        f.add("yaml", f"env:\n  - name: {name}\n    value: \"{{0}}\"\n  - name: REGION\n    value: eu-west-1\n",
              [(kind, make())], "a Kubernetes env entry")
        f.add("yaml_map", f"{kind.split('_')[0]}:\n  {lower.split('_', 1)[1]}: {{0}}\n  site: eu\n", [(kind, make())],
              "a config map")
        f.add("json", f'{{"{camel}": "{{0}}", "timeout": 30}}', [(kind, make())], "a JSON setting")
        f.add("export", f"export {name}=\"{{0}}\"\nmake deploy\n", [(kind, make())], "a shell export")
        f.add("code", rng.choice((f'os.environ["{name}"] = "{{0}}"', f'const {camel} = "{{0}}";',
                                  f'{camel} := "{{0}}"')), [(kind, make())], "a literal in code")
        for header in headers:
            f.add("header", f"curl -s https://api.example.io/v1/ping -H '{header}: {{0}}' -H 'Accept: json'",
                  [(kind, make())], "its header")
            f.add("header_raw", f"GET /v1/ping HTTP/1.1\r\nHost: api.example.io\r\n{header}: {{0}}\r\n\r\n",
                  [(kind, make())], "its header in a raw request")
    f.add("header", "curl https://acme.okta.com/api/v1/users -H 'Authorization: SSWS {0}'",
          [("okta_token", "00" + pick(ALNUM + "-_", 40))], "Okta's scheme")
    f.neg("dotenv", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
          "AWS's published example pair")
    f.neg("dotenv", "DD_APP_KEY=<your-datadog-app-key>\nDD_SITE=datadoghq.eu\n", "a placeholder")
    f.neg("export", 'export DD_API_KEY="${DATADOG_API_KEY}"\n', "a reference")
    f.neg("yaml", "env:\n  - name: SNYK_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: snyk\n        key: token\n",
          "a secret reference")
    f.neg("json", f'{{"requestId": "{uuid()}", "traceId": "{pick(HEX, 32)}"}}', "request and trace ids")
    f.neg("header", f"curl -s https://api.example.io/v1/ping -H 'X-Request-Id: {uuid()}' -H 'If-None-Match: \"{pick(HEX, 32)}\"'",
          "a request id and an ETag")
    f.neg("header_raw", f"HTTP/1.1 200 OK\r\nETag: \"{pick(HEX, 40)}\"\r\nX-Trace-Id: {pick(HEX, 32)}\r\n\r\n",
          "response ids")
    f.neg("code", f'commit = "{pick(HEX, 40)}"  # the release the Datadog agent was built from', "a commit hash")
    f.neg("yaml_map", f"datadog:\n  site: datadoghq.eu\n  checksum: sha256:{pick(HEX, 64)}\n", "a digest")
    f.neg("dotenv", "CF_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nCF_EMAIL=ops@example.com\n", "a placeholder run")
    return f


# ------------------------------------------------------------------ long tokens past the generic value lengths
def onepassword() -> str:
    body = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
            "iterations": 650000, "salt": pick(ALNUM + "-_", 22)}, "email": pick(LOWER, 13) + "@1passwordserviceaccounts.com",
            "srpX": pick(HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": pick(ALNUM + "-_", 43), "key_ops": ["encrypt",
            "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + pick(UPPER + DIGITS, 6) + "-" + pick(UPPER + DIGITS, 11)
            + "-" + pick(UPPER + DIGITS, 5) + "-" + pick(UPPER + DIGITS, 5) + "-" + pick(UPPER + DIGITS, 5),
            "throttleSecret": {"seed": pick(HEX, 64), "uuid": pick(UPPER + DIGITS, 26)}, "deviceUuid": pick(LOWER + DIGITS, 26)}
    return "ops_" + b64json(body)


def sentry_org() -> str:
    body = {"iat": rng.randint(1_700_000_000, 1_760_000_000) + rng.random(), "url": "https://sentry.io",
            "region_url": "https://us.sentry.io", "org": pick(LOWER, rng.randint(5, 12))}
    return "sntrys_" + b64json(body) + "_" + pick(ALNUM + "+/", 43)


def grafana_cloud() -> str:
    body = {"o": str(rng.randint(100000, 999999)), "n": f"stack-{rng.randint(100000, 999999)}-hm-read-{pick(LOWER, 8)}",
            "k": pick(ALNUM, 24), "m": {"r": rng.choice(("prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1"))}}
    return "glc_" + b64json(body) + "=" * rng.randint(0, 2)


def bedrock() -> str:
    raw = f"BedrockAPIKey-{pick(LOWER + DIGITS, 4)}-at-{pick(DIGITS, 12)}:{pick(ALNUM + '+/', 80)}".encode()
    return "ABSK" + base64.b64encode(raw).decode()


def vault_batch() -> str:
    return "hvb.AAAAAQ" + pick(ALNUM + "-_", rng.randint(200, 260))


def aws_session() -> str:
    return "IQoJb3JpZ2luX2VjE" + pick(B64, rng.randint(700, 900)) + "="


LONG = {"onepassword_token": (onepassword, "OP_SERVICE_ACCOUNT_TOKEN"), "sentry_org_token": (sentry_org, "SENTRY_AUTH_TOKEN"),
        "grafana_cloud_token": (grafana_cloud, "GRAFANA_CLOUD_TOKEN"), "bedrock_key": (bedrock, "AWS_BEARER_TOKEN_BEDROCK"),
        "vault_batch_token": (vault_batch, "VAULT_TOKEN"), "aws_session_token": (aws_session, "AWS_SESSION_TOKEN")}


def long_tokens() -> Family:
    f = Family("long_tokens")
    for kind, (make, name) in LONG.items():
        camel = name.lower().split("_")[0] + "".join(w.title() for w in name.lower().split("_")[1:])
        f.add("dotenv", f"{name}={{0}}\nAPP_ENV=prod\n", [(kind, make())], "a long token after its variable")
        f.add("export", f"export {name}='{{0}}'\n", [(kind, make())], "a long token exported")
        f.add("json", f'{{"{camel}": "{{0}}", "ttl": 3600}}', [(kind, make())], "a long token in JSON")
        f.add("yaml", f"secrets:\n  {name.lower()}: {{0}}\n  rotate: weekly\n", [(kind, make())], "a long token in YAML")
        f.add("code", f'client = Client(token="{{0}}")', [(kind, make())], "a long token in code")
        f.add("bare", "Here is the token from the vault: {0}", [(kind, make())], "a long token alone")
    f.neg("dotenv", "OP_SERVICE_ACCOUNT_TOKEN=op://Private/service-account/credential\nAPP_ENV=prod\n", "a secret reference")
    f.neg("json", f'{{"sessionId": "{pick(HEX, 64)}", "ttl": 3600}}', "a session id hash")
    f.neg("yaml", f"secrets:\n  checksum: {pick(HEX, 64)}{pick(HEX, 64)}\n  rotate: weekly\n", "a long digest")
    f.neg("code", 'client = Client(token=os.environ["VAULT_TOKEN"])', "a reference")
    f.neg("bare", "Grafana Cloud tokens start with glc_ and 1Password service-account tokens with ops_eyJ.", "prose")
    f.neg("export", "export AWS_SESSION_TOKEN=\"$(aws sts get-session-token --query Credentials.SessionToken --output text)\"\n",
          "a command substitution")
    return f


# ------------------------------------------------------------------ prefixes catalogued by TruffleHog
PREFIXED = {
    "together_key": lambda: "tgp_v1_" + pick(ALNUM + "-_", 43),
    "fireworks_key": lambda: "fw_" + pick(ALNUM, 24),
    "e2b_key": lambda: "e2b_" + pick(HEX, 40),
    "yandex_oauth_token": lambda: "y0_" + pick(ALNUM, 4) + pick(ALNUM + "-_", 50) + pick(ALNUM, 2),
    "clickup_token": lambda: "pk_" + pick(DIGITS, rng.randint(6, 9)) + "_" + pick(UPPER + DIGITS, 32),
}


def prefixed() -> Family:
    f = Family("catalogue_prefixed")
    carriers = {
        "prose": "Use {0} for the sync job, it expires next week.",
        "log": "2026-11-30T08:14:02Z WARN auth failed for key={0} status=401",
        "code": "client = SDK(\"{0}\")",
        "table": "| prod | {0} | ops |",
        "chat": "ok here it is\n{0}\nthanks",
        "header": "curl https://api.example.io -H \"Authorization: {0}\"",
    }
    for syntax, template in carriers.items():
        for kind in rng.sample(sorted(PREFIXED), 3):
            f.add(syntax, template, [(kind, PREFIXED[kind]())], "a catalogued vendor prefix")
    f.neg("prose", "Together keys start with tgp_v1_ and Fireworks keys with fw_; never paste either here.", "prefixes named")
    f.neg("code", "model = \"accounts/fireworks/models/fw_llama_v3p1_70b_instruct\"", "a model path")
    f.neg("code", "y0_axis_label = \"latency (ms)\"\ne2b_template_id = \"base\"", "variables")
    f.neg("log", f"2026-11-30T08:14:02Z INFO sandbox e2b_{pick(LOWER, 6)} started id={uuid()}", "a sandbox name and id")
    f.neg("table", f"| pk_{pick(DIGITS, 5)} | {pick(HEX, 40)} | commit |", "a primary key and a commit hash")
    f.neg("chat", "Stripe's publishable keys look like pk_live_<...>; ClickUp's look like pk_<team>_<...>.", "formats named")
    f.neg("header", "curl https://api.example.io -H \"Authorization: Bearer <your-together-key>\"", "a placeholder")
    return f


# ------------------------------------------------------------------ card numbers after card words
CARD_WORDS = ("card number:", "Kartennummer:", "número de tarjeta:", "numero de tarjeta", "numéro de carte :",
              "número do cartão:", "numero della carta:", "kaartnummer", "kortnummer:", "numer karty:", "Номер карты:",
              "卡号：", "カード番号：", "카드번호:", "رقم البطاقة:", "kart numarası:", "číslo karty:", "nomor kartu:",
              "số thẻ:", "Visa", "Mastercard", "card_number=", "\"cardNumber\": \"", "pan:", "CC#")
BRANDS = (("4", 16, "4"), ("4", 16, ""), ("51", 16, "-"), ("55", 16, "4"), ("37", 15, "amex"), ("6011", 16, "4"),
          ("3530", 16, ""), ("62", 19, ""))


def card(prefix: str, length: int, valid: bool) -> str:
    while True:
        body = prefix + pick(DIGITS, length - len(prefix) - 1)
        digit = luhn.calc_check_digit(body)
        if valid:
            return body + digit
        wrong = rng.choice([d for d in DIGITS if d != digit])
        return body + wrong


def grouped(number: str, style: str) -> str:
    if style == "4":
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    if style == "-":
        return "-".join(number[i:i + 4] for i in range(0, len(number), 4))
    if style == "amex":
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return number


def card_words() -> Family:
    f = Family("card_words")
    tails = ("", " exp 08/27", ".", " (Lisboa)", ", vence 11/28", "\"}")
    for word in CARD_WORDS:
        syntax = "word_" + str(CARD_WORDS.index(word) % 8)
        for valid in (True, False):
            prefix, length, style = rng.choice(BRANDS)
            number = grouped(card(prefix, length, valid), style)
            tail = rng.choice(tails)
            if valid:
                f.add(syntax, f"{word} {{0}}{tail}", [("card", number)], "a valid card after a card word")
            else:
                f.neg(syntax, f"{word} {number}{tail}", "a card-shaped number failing Luhn after a card word")
    return f


if __name__ == "__main__":
    dev_records, holdout_records = split([vendor_named(), long_tokens(), prefixed(), card_words()], rng)
    write(dev_records, HERE / "dev_pass33k.jsonl", "p33k-")
    write(holdout_records, HERE / "dev_pass33k_holdout.jsonl", "p33kh-")
