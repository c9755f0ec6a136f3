"""The masker's twenty-third pass (coverage, issue 16) working cases, generated from the DOCUMENTED formats of seven
types a blind set reported missed by name only (never from its texts): Algolia admin/write API keys (32 hex, a secret
only under an admin/write/API-key name: the search-only key of the same shape is public), Azure DevOps PATs (the
84-character identifiable format, legacy 52 of base32), Fly.io tokens (``fo1_`` and ``FlyV1 fm2_`` macaroons, two
joined by a comma as ``fly tokens create deploy`` prints them), Indian Aadhaar numbers (12 digits, first 2-9,
Verhoeff check; python-stdnum picks them), 1Password service-account tokens (``ops_`` + base64 of their JSON),
Tencent Cloud SecretKey (32 alphanumerics beside an ``AKID`` SecretId), Twitter/X app bearer tokens (a run of ``A``
then URL-encoded base64, as X's documentation prints them, 21 ``A`` in its example). Each in the syntaxes pass 22
enumerates: assignment in code, env, YAML, JSON, CLI flag, header, prose, table cell. Hard negatives per syntax:
Algolia search-only keys and app ids, UUIDs and hashes next to "algolia", Aadhaar-shaped numbers failing Verhoeff,
12-digit order numbers, placeholders, variables.

A third of each family's syntaxes (whole syntaxes, with their negatives, chosen by the seed) is
``dev_pass23_holdout.jsonl``, measured only at the start and the end of the pass. The rest is ``dev_pass23.jsonl``.

    .venv/bin/python tests/masker_eval/dev_pass23_make.py   # rewrites both files (same seed, same files)
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from collections.abc import Callable
from pathlib import Path

from stdnum import verhoeff
from stdnum.in_ import aadhaar
from family_cases import Family, split, write

HERE = Path(__file__).resolve().parent
rng = random.Random(232323)
UPPER, LOWER, DIGITS = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def pick(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def one_type(name: str, type_: str, make: Callable[[], str], places: dict[str, tuple[str, ...]]) -> Family:
    f = Family(name)
    for syntax, templates in places.items():
        for template in templates:
            f.add(syntax, template, [(type_, make())], f"a {type_} in its documented format, {syntax} syntax")
    return f


# ------------------------------------------------------------------ Algolia
def algolia() -> Family:
    key = lambda: pick(HEX, 32)  # noqa: E731
    f = Family("algolia")
    places = {
        "assignment": ("client = algoliasearch('{app}', '{{0}}')", 'ALGOLIA_ADMIN_KEY = "{{0}}"'),
        "env": ("ALGOLIA_ADMIN_API_KEY={{0}}", "export ALGOLIA_WRITE_API_KEY={{0}}", "ALGOLIA_API_KEY={{0}}"),
        "yaml": ("algolia:\n  app_id: {app}\n  admin_api_key: {{0}}\n", "algolia_write_key: '{{0}}'\n"),
        "json": ('{{{{"algolia": {{{{"appId": "{app}", "adminApiKey": "{{0}}"}}}}}}}}', '{{{{"ALGOLIA_ADMIN_KEY": "{{0}}"}}}}'),
        "cli": ("algolia profile add --name prod --app-id {app} --admin-api-key {{0}}",
                "docsearch-scraper --algolia-api-key {{0}} config.json"),
        "header": ("curl -H 'X-Algolia-Application-Id: {app}' -H 'X-Algolia-API-Key: {{0}}' https://{app}-dsn.algolia.net/1/keys",),
        "prose": ("the Algolia admin API key is {{0}}, rotate it after the demo",),
        "table": ("| setting | value |\n|---|---|\n| Algolia admin API key | {{0}} |\n",),
    }
    for syntax, templates in places.items():
        for template in templates:
            app = pick(UPPER + DIGITS, 10)
            f.add(syntax, template.format(app=app), [("algolia_admin_key", key())],
                  f"an Algolia admin/write key, {syntax} syntax")
    f.neg("env", f"ALGOLIA_SEARCH_API_KEY={key()}", "the search-only key is public (shipped to browsers)")
    f.neg("env", f"ALGOLIA_APP_ID={pick(UPPER + DIGITS, 10)}", "an application id")
    f.neg("json", f'{{"algolia": {{"appId": "{pick(UPPER + DIGITS, 10)}", "searchKey": "{key()}"}}}}',
          "a search-only key in a front-end config")
    f.neg("assignment", f"const search = algoliasearch('{pick(UPPER + DIGITS, 10)}', '{key()}'); // search-only key",
          "the search-only key a browser carries")
    f.neg("prose", f"the algolia index object {uuid.UUID(int=rng.getrandbits(128))} was re-synced", "a UUID")
    f.neg("prose", f"algolia export checksum (md5) {key()} matches the backup", "an MD5 next to 'algolia'")
    f.neg("table", f"| algolia task | {uuid.UUID(int=rng.getrandbits(128))} |\n", "a task UUID")
    return f


# ------------------------------------------------------------------ Azure DevOps
def azdo_pat() -> str:
    """Microsoft's identifiable PAT: 52 random, the JQQJ99 signature, a version, a date letter, 16 random, AZDO, 4."""
    return pick(ALNUM, 52) + "JQQJ99" + pick(ALNUM, 1) + rng.choice("ABCDEFGHIJKL") + pick(ALNUM, 16) + "AZDO" \
        + pick(ALNUM, 4)


def azure_devops() -> Family:
    f = Family("azure_devops")
    places = {
        "assignment": ('personal_access_token = "{0}"', 'var pat = "{0}";'),
        "env": ("SYSTEM_ACCESSTOKEN={0}", "AZURE_DEVOPS_TOKEN={0}"),
        "yaml": ("azure_devops:\n  org: https://dev.azure.com/corp\n  pat: {0}\n",),
        "json": ('{{"azureDevOps": {{"organization": "corp", "personalAccessToken": "{0}"}}}}',),
        "cli": ("./config.sh --unattended --url https://dev.azure.com/corp --auth pat --token {0} --pool default",
                "az pipelines run --name ci --org https://dev.azure.com/corp  # AZURE_DEVOPS_EXT_PAT={0}"),
        "header": ("curl -u :{0} https://dev.azure.com/corp/_apis/projects",),
        "prose": ("I created a PAT for the build agent: {0} (expires in 30 days)",),
        "table": ("| name | token |\n|---|---|\n| agent-pool PAT | {0} |\n",),
    }
    for syntax, templates in places.items():
        for template in templates:
            f.add(syntax, template, [("azure_devops_pat", azdo_pat())], f"an Azure DevOps PAT, {syntax} syntax")
    legacy = lambda: pick("abcdefghijklmnopqrstuvwxyz234567", 52)  # noqa: E731
    for syntax, template in (("env", "AZURE_DEVOPS_EXT_PAT={0}"), ("yaml", "azure_devops_pat: {0}\n"),
                             ("cli", "./config.sh --url https://dev.azure.com/corp --auth pat --token {0}")):
        f.add(syntax, template, [("azure_devops_pat", legacy())], f"a legacy 52-character PAT, {syntax} syntax")
    f.neg("env", "AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)", "a pipeline variable")
    f.neg("cli", "./config.sh --url https://dev.azure.com/corp --auth pat --token <PAT> --pool default", "a placeholder")
    f.neg("prose", "the build " + pick(HEX, 40) + " ran on agent pool 7", "a commit SHA")
    return f


# ------------------------------------------------------------------ Fly.io
def fly_macaroon(n: int) -> str:
    body = base64.b64encode(rng.randbytes(n)).decode()
    return "fm2_" + body


def fly() -> Family:
    f = Family("flyio")
    org = lambda: "fo1_" + pick(B64URL, 43)  # noqa: E731
    deploy = lambda: fly_macaroon(rng.randint(160, 420)) + "," + fly_macaroon(rng.randint(90, 140))  # noqa: E731
    places = {
        "assignment": ('FLY_TOKEN = "{0}"',),
        "env": ("FLY_API_TOKEN={0}",),
        "yaml": ("env:\n  FLY_API_TOKEN: {0}\n",),
        "json": ('{{"fly": {{"token": "{0}"}}}}',),
        "cli": ("flyctl deploy --remote-only --access-token {0}",),
        "header": ("curl -H 'Authorization: FlyV1 {0}' https://api.machines.dev/v1/apps/web/machines",),
        "prose": ("here is the deploy token fly printed: FlyV1 {0}",),
        "table": ("| secret | value |\n|---|---|\n| FLY_API_TOKEN | {0} |\n",),
    }
    for syntax, templates in places.items():
        for template in templates:
            f.add(syntax, template, [("flyio_token", deploy())], f"a Fly.io deploy token (two macaroons), {syntax}")
            f.add(syntax, template, [("flyio_token", org())], f"a Fly.io fo1_ token, {syntax}")
    f.add("cli", "fly secrets set DB_TOKEN=x -t {0}", [("flyio_token", fly_macaroon(rng.randint(160, 420)))],
          "one macaroon")
    f.neg("env", "FLY_API_TOKEN=$(fly tokens create deploy -x 999999h)", "a command substitution")
    f.neg("yaml", "app: fm2-web\nprimary_region: ams\n", "an app name")
    f.neg("header", "curl -H \"Authorization: FlyV1 ${FLY_API_TOKEN}\" https://api.machines.dev/v1/apps", "a variable")
    return f


# ------------------------------------------------------------------ Aadhaar
def make_aadhaar() -> str:
    while True:
        body = str(rng.randint(2, 9)) + pick(DIGITS, 10)
        number = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(number):
            return number


def bad_aadhaar() -> str:
    number = make_aadhaar()
    return number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)


def shape(number: str, sep: str) -> str:
    return sep.join((number[:4], number[4:8], number[8:]))


def aadhaar_family() -> Family:
    f = Family("aadhaar")
    places = {
        "assignment": ('aadhaar_number = "{0}"', "kyc.setAadhaar(\"{0}\");"),
        "env": ("TEST_AADHAAR={0}",),
        "yaml": ("customer:\n  name: Ravi Kumar\n  aadhaar: {0}\n", "uidai_number: '{0}'\n"),
        "json": ('{{"name": "Priya Sharma", "aadhaar_no": "{0}"}}', '{{"kyc": {{"type": "AADHAAR", "number": "{0}"}}}}'),
        "cli": ("./kyc verify --aadhaar {0} --otp",),
        "header": ("X-Aadhaar-Number: {0}",),
        "prose": ("My Aadhaar number is {0}, please update it.", "आधार संख्या: {0}", "UID no. {0} linked to PAN"),
        "table": ("| Name | Aadhaar | City |\n|---|---|---|\n| Ravi Kumar | {0} | Pune |\n",
                  "name,aadhaar,city\nAnita Rao,{0},Chennai\n"),
    }
    for syntax, templates in places.items():
        for template in templates:
            for sep in (" ", "", "-"):
                f.add(syntax, template, [("in_aadhaar", shape(make_aadhaar(), sep))], f"an Aadhaar number, {syntax}")
    f.neg("prose", f"My Aadhaar number is {shape(bad_aadhaar(), ' ')}, please update it.", "fails Verhoeff")
    f.neg("json", f'{{"name": "Priya Sharma", "aadhaar_no": "{bad_aadhaar()}"}}', "fails Verhoeff")
    f.neg("table", f"| Name | Aadhaar |\n|---|---|\n| Ravi Kumar | {shape(bad_aadhaar(), ' ')} |\n", "fails Verhoeff")
    f.neg("prose", f"Order #{make_aadhaar()} has shipped.", "a 12-digit order number")
    f.neg("json", f'{{"order_id": "{make_aadhaar()}", "status": "paid"}}', "a 12-digit order id")
    f.neg("table", f"| order | amount |\n|---|---|\n| {shape(make_aadhaar(), ' ')} | 1,299.00 |\n", "an order number")
    f.neg("yaml", f"invoice_no: {make_aadhaar()}\n", "an invoice number")
    return f


# ------------------------------------------------------------------ 1Password service accounts
def ops_token() -> str:
    """``ops_`` + base64 of the JSON the service account's token carries (sign-in address, SRP, MUK, secret key)."""
    payload = {
        "signInAddress": "my.1password.com",
        "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": pick(B64URL, 22)},
        "email": pick(LOWER + DIGITS, 13) + "@1passwordserviceaccounts.com",
        "srpX": pick(HEX, 64),
        "muk": {"alg": "A256GCM", "ext": False, "k": pick(B64URL, 43), "key_ops": ["encrypt", "decrypt"],
                "kty": "oct", "kid": "mp"},
        "secretKey": "A3-" + "-".join(pick(UPPER + DIGITS, n) for n in (6, 6, 5, 5, 5, 5)),
        "throttleSecret": {"seed": pick(HEX, 64), "uuid": pick(UPPER + DIGITS, 26)},
        "deviceUuid": pick(LOWER + DIGITS, 26),
    }
    raw = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    return "ops_" + (raw.rstrip("=") if rng.random() < 0.5 else raw)


def onepassword() -> Family:
    f = one_type("onepassword", "onepassword_token", ops_token, {
        "assignment": ('token = "{0}"',),
        "env": ("OP_SERVICE_ACCOUNT_TOKEN={0}", "export OP_SERVICE_ACCOUNT_TOKEN='{0}'"),
        "yaml": ("env:\n  OP_SERVICE_ACCOUNT_TOKEN: {0}\n",),
        "json": ('{{"serviceAccountToken": "{0}"}}',),
        "cli": ("docker run -e OP_SERVICE_ACCOUNT_TOKEN={0} 1password/op:2 op vault list",),
        "header": ("Authorization: Bearer {0}",),
        "prose": ("The service account token is {0} and it only reads the CI vault.",),
        "table": ("| account | token |\n|---|---|\n| ci-reader | {0} |\n",),
    })
    f.neg("env", "OP_SERVICE_ACCOUNT_TOKEN=<your-service-account-token>", "a placeholder")
    f.neg("yaml", "env:\n  DB_PASSWORD: op://prod/db/password\n", "a secret reference, not a secret")
    f.neg("prose", "run `op service-account create ci --vault Prod:read_items` to get an ops_ token", "prose")
    return f


# ------------------------------------------------------------------ Tencent Cloud
def tencent() -> Family:
    f = Family("tencent")
    key_id = lambda: "AKID" + pick(ALNUM, 32)  # noqa: E731
    secret = lambda: pick(ALNUM, 32)  # noqa: E731
    places = {
        "assignment": ('cred = credential.Credential("{0}", "{1}")', 'secretId := "{0}"\nsecretKey := "{1}"'),
        "env": ("TENCENTCLOUD_SECRET_ID={0}\nTENCENTCLOUD_SECRET_KEY={1}\n", "export TENCENT_SECRET_ID={0} TENCENT_SECRET_KEY={1}"),
        "yaml": ("tencentcloud:\n  secret_id: {0}\n  secret_key: {1}\n", "cos:\n  SecretId: {0}\n  SecretKey: {1}\n"),
        "json": ('{{"SecretId": "{0}", "SecretKey": "{1}", "Region": "ap-guangzhou"}}',),
        "cli": ("tccli configure set secretId {0} secretKey {1} region ap-shanghai",
                "coscmd config -a {0} -s {1} -b bucket-1250000000 -r ap-beijing"),
        "header": ("X-TC-SecretId: {0}\nX-TC-SecretKey: {1}",),
        "prose": ("Tencent Cloud SecretId {0} with SecretKey {1} was found in the repo",),
        "table": ("| SecretId | SecretKey |\n|---|---|\n| {0} | {1} |\n",),
    }
    for syntax, templates in places.items():
        for template in templates:
            f.add(syntax, template, [("tencent_key", key_id()), ("tencent_key", secret())],
                  f"a Tencent SecretId and SecretKey, {syntax}")
    f.neg("env", "TENCENTCLOUD_SECRET_KEY=${SECRET_KEY}\nTENCENTCLOUD_REGION=ap-guangzhou", "a variable")
    f.neg("json", f'{{"Response": {{"RequestId": "{uuid.UUID(int=rng.getrandbits(128))}"}}}}', "a request id")
    f.neg("yaml", f"tencentcloud:\n  app_id: 1250000000\n  bucket_md5: {pick(HEX, 32)}\n", "an MD5")
    return f


# ------------------------------------------------------------------ Twitter/X
def twitter_bearer() -> str:
    """A run of ``A`` (21 in X's documented example, 22 in gitleaks'), the app id, then URL-encoded base64."""
    body = ""
    while len(body) < rng.randint(70, 86):
        body += rng.choice((pick(ALNUM, rng.randint(3, 9)), rng.choice(("%2B", "%2F", "%3D"))))
    return "A" * rng.choice((21, 22)) + pick(UPPER + DIGITS, 4) + "AAAAAAA" + body


def twitter() -> Family:
    f = one_type("twitter", "twitter_token", twitter_bearer, {
        "assignment": ('bearer_token = "{0}"', "client = tweepy.Client(bearer_token='{0}')"),
        "env": ("TWITTER_BEARER_TOKEN={0}", "X_BEARER_TOKEN={0}"),
        "yaml": ("twitter:\n  bearer_token: {0}\n",),
        "json": ('{{"token_type": "bearer", "access_token": "{0}"}}',),
        "cli": ("curl 'https://api.x.com/2/tweets/search/recent?query=from:x' -H 'Authorization: Bearer {0}'",
                "twurl authorize --bearer --consumer-key k -t {0}"),
        "header": ("Authorization: Bearer {0}",),
        "prose": ("My X API bearer token is {0}; why do I get 403?",),
        "table": ("| key | value |\n|---|---|\n| Bearer Token | {0} |\n",),
    })
    f.neg("env", "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA<your-token>", "a placeholder")
    f.neg("header", "Authorization: Bearer $BEARER_TOKEN", "a variable")
    f.neg("prose", "the padding row reads " + "A" * 40 + " in the hexdump", "a run of A")
    return f


# ------------------------------------------------------------------ split and write
if __name__ == "__main__":
    dev_records, holdout_records = split([algolia(), azure_devops(), fly(), aadhaar_family(), onepassword(), tencent(),
                                          twitter()], rng)
    write(dev_records, HERE / "dev_pass23.jsonl", "p23-")
    write(holdout_records, HERE / "dev_pass23_holdout.jsonl", "p23h-")
