#!/usr/bin/env python3
"""Generate the BLIND held-out masker set v9 -> heldout_v9.jsonl.

BLIND SET: nobody may tune rules, allow-lists or thresholds on it, or read its
cases, while working on the masker. Only the lead runs it.

Every value is synthetic. Texts are assembled from parts, where a secret /
personal value is a (value, type) pair, so span offsets are exact by
construction. The only randomness is random.Random(90909); re-running rewrites
the jsonl byte for byte.

Run:  .venv/bin/python tests/masker_eval/generate_heldout_v9.py
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import string
import sys
import urllib.parse
import zlib

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum import verhoeff
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.us import ssn as us_ssn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # do not leave a __pycache__ behind
import validate_heldout_v9 as VAL  # noqa: E402

OUT = os.path.join(HERE, "heldout_v9.jsonl")
rng = random.Random(90909)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
HXU = "0123456789ABCDEF"
URLSAFE = AN + "-_"
B62 = DG + UP + LO
B64 = AN + "+/"


def rs(n, alphabet=AN):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(seq):
    return rng.choice(seq)


def digits(n, first="123456789"):
    return rng.choice(first) + rs(n - 1, DG)


def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


# ----------------------------------------------------------------------------
# prose pools
# ----------------------------------------------------------------------------
PROJECTS = [
    "billing-api", "the checkout service", "orion-dashboard", "ledger-sync", "the nightly ETL",
    "payments-gateway", "hermes-mailer", "inventory-svc", "the staging cluster", "atlas-search",
    "the mobile backend", "kestrel-worker", "the analytics pipeline", "support-portal", "polaris-auth",
    "the warehouse loader", "quartz-scheduler", "the CI runners", "nimbus-uploader", "the webhook relay",
    "fjord-notifications", "the wiki bot", "sparrow-cli", "the reporting cron", "helios-ingest",
    "the customer import job", "tundra-cache", "the demo environment", "marlin-api", "the onboarding flow",
    "juniper-gateway", "the release pipeline", "beacon-metrics", "the invoice generator", "cobalt-frontend",
    "the feature-flag service", "ember-queue", "the HR sync job", "vantage-reports", "the on-call bot",
    "lumen-edge", "the partner portal", "okapi-ml", "the backup agent", "saffron-web", "the geo service",
    "drift-tracker", "the search indexer", "pepper-admin", "the audit exporter",
]
SLUGS = ["billing", "ledger", "orion", "hermes", "kestrel", "atlas", "polaris", "nimbus", "fjord", "sparrow",
         "helios", "tundra", "marlin", "juniper", "beacon", "cobalt", "ember", "vantage", "lumen", "okapi",
         "saffron", "drift", "pepper", "quartz", "wren", "basalt", "mistral-app", "condor", "larch", "otter"]
LEADS = [
    "Here is the {art} for {proj}", "Below is the {art} from {proj}, tidied up",
    "I reformatted the {art} you pasted for {proj}", "This is the corrected {art} for {proj}",
    "Here's a working {art} for {proj}", "For reference, the {art} {proj} ends up with",
    "After the fix, the {art} in {proj} reads", "The {art} that {proj} loads at startup",
    "I cut the {art} for {proj} down to the relevant part", "Your {art} for {proj}, indentation fixed",
    "Pasting back the {art} of {proj}", "Here's what the {art} in {proj} should look like",
    "I merged both snippets into one {art} for {proj}", "The failing {art} from {proj}",
    "Try this {art} for {proj}", "This {art} reproduces the {proj} issue", "Updated {art} for {proj}",
    "Minimal {art} for {proj}", "Reconstructed {art} for {proj} from your notes",
    "Sorted by key, the {art} for {proj} is", "The {art} you shared for {proj} parses fine now",
    "You asked for the full {art} of {proj}", "Diffing against main, the new {art} for {proj} is",
    "Once the typo is gone, the {art} for {proj} looks like this",
    "Same {art} for {proj}, with comments removed",
]
LEAD_END = [":\n\n", ".\n\n", " -\n\n", ":\n", "; see below.\n\n"]
OUTRO_PARTS = [
    lambda: f"Restart {pick(PROJECTS)} afterwards.",
    lambda: "Let me know if the error persists.",
    lambda: "That should fix the parse error.",
    lambda: f"Then redeploy {pick(PROJECTS)}.",
    lambda: "The rest is unchanged.",
    lambda: "Indentation matters here.",
    lambda: "Run it again and compare.",
    lambda: "Key order does not matter.",
    lambda: "Send me the next log lines.",
    lambda: f"Check that {pick(PROJECTS)} picks it up.",
    lambda: "Only the marked lines changed.",
    lambda: "No other edits were needed.",
    lambda: "Mind the trailing newline.",
    lambda: "Quoting was the real problem.",
    lambda: f"Tested against {pick(['v1.4', 'v2.0', 'the latest release', 'main', 'the 2025 branch'])}.",
    lambda: "This value should be rotated.",
    lambda: "Do not commit this file.",
    lambda: "Rotate it once you're done.",
    lambda: "Move that into a secret store.",
    lambda: "It works locally now.",
    lambda: f"Ping {pick(['Dana', 'Luis', 'Mei', 'Tomasz', 'Amara', 'Jonas', 'Ines'])} if it still fails.",
    lambda: "Hope that helps!",
    lambda: "The schema validator accepts it.",
    lambda: f"Took about {rng.randint(2, 40)} minutes to track down.",
    lambda: "Keep the file mode at 0600.",
    lambda: "The linter is happy with this.",
    lambda: "Next step: the integration tests.",
]


def lead(art):
    return pick(LEADS).format(art=art, proj=pick(PROJECTS)).replace("the the ", "the ").replace("The the ", "The ") + pick(LEAD_END)


def outro():
    k = pick([0, 1, 1, 2])
    if not k:
        return ""
    chosen = rng.sample(range(len(OUTRO_PARTS)), k)
    return "\n\n" + " ".join(OUTRO_PARTS[i]() for i in chosen)


def fence(lang, parts):
    return ["```" + lang + "\n", *parts, "\n```"]


# ----------------------------------------------------------------------------
# config renderers: items are (KEY, value, type or None)
# ----------------------------------------------------------------------------
STYLE_QUOTES = {
    "dotenv": [None, '"'], "export": ['"', "'"], "yaml": [None, '"', "'"], "json": ['"'], "toml": ['"'],
    "python": ['"', "'"], "js": ["'", '"'], "terraform": ['"'], "k8s": ['"', None], "gha": [None],
    "compose": [None], "dockerrun": [None, "'"], "log": [None], "mdtable": ["`"], "powershell": ['"', "'"],
    "ini": [None], "properties": [None], "systemd": ['"'], "helm": ['"', None],
}
STYLES = list(STYLE_QUOTES)
FORBID = {
    None: set(" \t\"'#;\\$`|&<>(){}[],*!%@?:="),
    '"': set('"\\$`'),
    "'": set("'\\"),
    "`": set("`|"),
}
ART = {
    "dotenv": [".env file", "`.env.local`", "environment file", "`.env.production`"],
    "export": ["shell profile snippet", "`setup-env.sh`", "export block", "`~/.zshrc` excerpt"],
    "yaml": ["`config.yaml`", "YAML config", "`settings.yml`", "application.yml"],
    "json": ["`config.json`", "JSON settings", "`appsettings.json`", "credentials JSON"],
    "toml": ["`config.toml`", "TOML config", "`settings.toml`"],
    "python": ["`settings.py`", "Python config module", "`local_settings.py`"],
    "js": ["`config.js`", "Node config", "`secrets.config.js`"],
    "terraform": ["Terraform block", "`main.tf`", "`providers.tf`"],
    "k8s": ["Kubernetes Secret", "secret manifest", "`secret.yaml`"],
    "gha": ["GitHub Actions workflow", "`deploy.yml` workflow", "CI workflow"],
    "compose": ["`docker-compose.yml`", "compose file", "compose service"],
    "dockerrun": ["docker command", "`docker run` line", "container launch command"],
    "log": ["startup log", "debug log", "log excerpt"],
    "mdtable": ["variables table", "settings table", "config reference table"],
    "powershell": ["PowerShell snippet", "`profile.ps1` lines", "PowerShell setup"],
    "ini": ["INI file", "`app.ini`", "`settings.cfg`"],
    "properties": ["`application.properties`", "Spring properties", "properties file"],
    "systemd": ["systemd unit", "`.service` file", "unit override"],
    "helm": ["`values.yaml`", "Helm values", "chart values"],
}
LANG = {"dotenv": "dotenv", "export": "bash", "yaml": "yaml", "json": "json", "toml": "toml",
        "python": "python", "js": "javascript", "terraform": "hcl", "k8s": "yaml", "gha": "yaml",
        "compose": "yaml", "dockerrun": "bash", "log": "text", "mdtable": "", "powershell": "powershell",
        "ini": "ini", "properties": "properties", "systemd": "ini", "helm": "yaml"}


def camel(key):
    p = key.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def kname(style, key):
    if style in ("yaml", "toml", "terraform", "ini", "helm"):
        return key.lower()
    if style in ("json", "js"):
        return camel(key)
    if style == "properties":
        return key.lower().replace("_", ".")
    return key


def q(quote, val, typ):
    v = (val, typ) if typ else val
    if quote is None:
        return [v]
    return [quote, v, quote]


FILLERS = [
    ("LOG_LEVEL", ["debug", "info", "warn", "error"]), ("PORT", ["8080", "3000", "8443", "9000", "5000"]),
    ("REGION", ["eu-west-1", "us-east-2", "ap-southeast-1", "eu-central-1"]),
    ("APP_ENV", ["staging", "production", "dev", "qa"]), ("TIMEOUT_SECONDS", ["30", "45", "90", "15"]),
    ("FEATURE_BETA", ["true", "false"]), ("DB_HOST", ["db.internal", "pg-primary.svc.cluster.local", "mysql.staging.lan"]),
    ("CACHE_TTL", ["600", "3600", "86400"]), ("WORKERS", ["4", "8", "16"]),
    ("BUCKET", ["acme-artifacts", "ledger-exports", "media-uploads-eu"]), ("RETRY_LIMIT", ["3", "5"]),
    ("API_BASE_URL", ["https://api.staging.acme.test", "https://internal.corp.example/v2"]),
    ("SENTRY_ENVIRONMENT", ["preprod", "prod"]), ("QUEUE_NAME", ["jobs-high", "emails", "exports"]),
]


def fillers(n):
    idx = rng.sample(range(len(FILLERS)), n)
    return [(FILLERS[i][0], pick(FILLERS[i][1]), None) for i in idx]


def block(style, items, quote="auto"):
    """Render items in a config style. Returns (parts, lang, art)."""
    if quote == "auto":
        quote = pick(STYLE_QUOTES[style])
    slug = pick(SLUGS)
    P = []
    if style == "dotenv":
        for k, v, t in items:
            P += [f"{k}=", *q(quote, v, t), "\n"]
    elif style == "export":
        for k, v, t in items:
            P += [f"export {k}=", *q(quote, v, t), "\n"]
    elif style in ("yaml", "helm"):
        top = pick(["app", "service", slug, "config", "secrets", "integrations"])
        P.append(f"{top}:\n")
        for k, v, t in items:
            P += [f"  {kname(style, k)}: ", *q(quote, v, t), "\n"]
    elif style == "json":
        P.append("{\n")
        for i, (k, v, t) in enumerate(items):
            P += [f'  "{kname(style, k)}": ', *q('"', v, t), "," if i < len(items) - 1 else "", "\n"]
        P.append("}")
    elif style == "toml":
        P.append(f"[{pick(['app', 'service', 'credentials', slug])}]\n")
        for k, v, t in items:
            P += [f"{kname(style, k)} = ", *q('"', v, t), "\n"]
    elif style == "python":
        for k, v, t in items:
            P += [f"{k} = ", *q(quote, v, t), "\n"]
    elif style == "js":
        P.append(pick(["module.exports = {\n", "export const config = {\n", "const settings = {\n"]))
        for k, v, t in items:
            P += [f"  {kname(style, k)}: ", *q(quote, v, t), ",\n"]
        P.append("};")
    elif style == "terraform":
        P.append(pick([f'module "{slug}" {{\n  source = "./modules/{slug}"\n',
                       f'resource "kubernetes_secret" "{slug}" {{\n', 'locals {\n',
                       f'provider "{slug}" {{\n']))
        for k, v, t in items:
            P += [f"  {kname(style, k)} = ", *q('"', v, t), "\n"]
        P.append("}")
    elif style == "k8s":
        P.append(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {slug}-{pick(['secrets', 'env', 'creds'])}\n"
                 f"  namespace: {pick(['default', 'prod', 'staging', slug])}\ntype: Opaque\nstringData:\n")
        for k, v, t in items:
            P += [f"  {k}: ", *q(quote, v, t), "\n"]
    elif style == "gha":
        P.append(f"name: {pick(['deploy', 'release', 'nightly', 'publish'])}\non:\n  push:\n    branches: [main]\n"
                 f"jobs:\n  {pick(['build', 'ship', 'deploy'])}:\n    runs-on: ubuntu-latest\n    env:\n")
        for k, v, t in items:
            P += [f"      {k}: ", *q(quote, v, t), "\n"]
        P.append(f"    steps:\n      - uses: actions/checkout@v4\n      - run: {pick(['make deploy', './scripts/release.sh', 'npm run publish'])}")
    elif style == "compose":
        P.append(f"services:\n  {slug}:\n    image: ghcr.io/{pick(['acme', 'northwind', 'initech'])}/{slug}:{rng.randint(1, 4)}.{rng.randint(0, 20)}\n"
                 "    environment:\n")
        for k, v, t in items:
            P += [f"      - {k}=", *q(quote, v, t), "\n"]
    elif style == "dockerrun":
        P.append("docker run -d --name " + slug + " \\\n")
        for k, v, t in items:
            P += [f"  -e {k}=", *q(quote, v, t), " \\\n"]
        P.append(f"  {pick(['acme', 'registry.gitlab.com/team'])}/{slug}:latest")
    elif style == "log":
        for k, v, t in items:
            P += [f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}Z "
                  f"{pick(['DEBUG', 'INFO', 'TRACE'])} [{slug}] {pick(['env', 'config', 'settings'])} {k}=", *q(quote, v, t), "\n"]
    elif style == "mdtable":
        P.append(pick(["| Variable | Value |\n|---|---|\n", "| Name | Value |\n| --- | --- |\n", "| Key | Current value |\n|:--|:--|\n"]))
        for k, v, t in items:
            P += [f"| `{k}` | ", *q("`", v, t), " |\n"]
    elif style == "powershell":
        for k, v, t in items:
            P += [f"$env:{k} = ", *q(quote, v, t), "\n"]
    elif style == "ini":
        P.append(f"[{pick(['default', 'main', 'server', slug])}]\n")
        for k, v, t in items:
            P += [f"{kname(style, k)} = ", *q(None, v, t), "\n"]
    elif style == "properties":
        for k, v, t in items:
            P += [f"{slug}.{kname(style, k)}=", *q(None, v, t), "\n"]
    elif style == "systemd":
        P.append(f"[Service]\nUser={slug}\n")
        for k, v, t in items:
            P += [f'Environment="{k}=', (v, t) if t else v, '"\n']
        P.append(f"ExecStart=/usr/local/bin/{slug} serve")
    else:
        raise ValueError(style)
    if P and isinstance(P[-1], str) and P[-1].endswith("\n") and style not in ("mdtable",):
        P[-1] = P[-1][:-1]
    elif P and P[-1] == " |\n":
        P[-1] = " |"
    return P, LANG[style], pick(ART[style])


def quote_of(style):
    return pick(STYLE_QUOTES[style]) if style not in ("ini", "properties", "systemd") else (
        '"' if style == "systemd" else None)


def secret_text(style, key, val, typ, n_fill=None, quote=None):
    """A config-style text carrying one secret among fillers, wrapped in prose."""
    if n_fill is None:
        n_fill = rng.randint(1, 3)
    items = fillers(n_fill)
    items.insert(rng.randint(0, len(items)), (key, val, typ))
    if quote is None:
        quote = quote_of(style)
    P, lang, art = block(style, items, quote)
    return [lead(art), *fence(lang, P), outro()]


# ----------------------------------------------------------------------------
# value generators (all synthetic)
# ----------------------------------------------------------------------------
def gh_classic(prefix="ghp_"):
    body = rs(30, B62)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def gh_fine():
    # github_pat_<22>_<59>; last 6 chars: base62 CRC32 of the 53 random chars, as for classic tokens
    first = "11" + rs(20, UP + DG)
    body = rs(53, AN)
    return "github_pat_" + first + "_" + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def aws_id(prefix="AKIA"):
    return prefix + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AN + "/+")


def jwt(payload=None, alg="HS256", sig_len=43):
    header = {"alg": alg, "typ": "JWT"}
    if payload is None:
        payload = {"sub": str(rng.randint(10000, 999999)), "iat": 1760000000 + rng.randint(0, 9999999),
                   "role": pick(["admin", "user", "service", "editor"])}
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + rs(sig_len, URLSAFE))


def slack_bot():
    return f"xoxb-{digits(12)}-{digits(13)}-{rs(24)}"


def slack_user():
    return f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{rs(32, HX)}"


def slack_app():
    return f"xapp-1-A{rs(10, UP + DG)}-{digits(13)}-{rs(64, HX)}"


def slack_hook_path():
    return f"T{rs(rng.choice([8, 9, 10]), UP + DG)}/B{rs(rng.choice([9, 10, 11]), UP + DG)}/{rs(24)}"


VENDORS = {
    # type: (list of (generator, label), env names, http (header, prefix, url) or None)
    "github_token": ([(lambda: gh_classic("ghp_"), "classic-pat"), (gh_fine, "fine-grained"),
                      (lambda: gh_classic("gho_"), "oauth"), (lambda: gh_classic("ghs_"), "app-installation"),
                      (lambda: gh_classic("ghu_"), "user-to-server"), (lambda: gh_classic("ghr_"), "refresh")],
                     ["GITHUB_TOKEN", "GH_TOKEN", "GH_PAT", "RELEASE_TOKEN"],
                     ("Authorization", pick(["token ", "Bearer "]), "https://api.github.com/repos/acme/infra/issues")),
    "gitlab_token": ([(lambda: "glpat-" + rs(20, URLSAFE), "pat"), (lambda: "gldt-" + rs(20, URLSAFE), "deploy-token"),
                      (lambda: "glrt-" + rs(20, URLSAFE), "runner"), (lambda: "glptt-" + rs(40, HX), "trigger")],
                     ["GITLAB_TOKEN", "CI_JOB_PAT", "GL_TOKEN"],
                     ("PRIVATE-TOKEN", "", "https://gitlab.example.org/api/v4/projects/42/pipelines")),
    "slack_token": ([(slack_bot, "bot"), (slack_user, "user"), (slack_app, "app-level")],
                    ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_APP_TOKEN"],
                    ("Authorization", "Bearer ", "https://slack.com/api/chat.postMessage")),
    "stripe_key": ([(lambda: "sk_live_" + rs(pick([24, 99])), "secret"), (lambda: "rk_live_" + rs(pick([24, 99])), "restricted"),
                    (lambda: "whsec_" + rs(32), "webhook-secret")],
                   ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"],
                   ("Authorization", "Bearer ", "https://api.stripe.com/v1/charges")),
    "google_api_key": ([(lambda: "AIza" + rs(35, URLSAFE), "api-key")], ["GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY", "GEMINI_API_KEY"],
                       ("x-goog-api-key", "", "https://generativelanguage.googleapis.com/v1beta/models")),
    "openai_api_key": ([(lambda: "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE), "project"),
                        (lambda: "sk-" + rs(20) + "T3BlbkFJ" + rs(20), "legacy"),
                        (lambda: "sk-svcacct-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE), "service-account")],
                       ["OPENAI_API_KEY", "OPENAI_KEY"], ("Authorization", "Bearer ", "https://api.openai.com/v1/chat/completions")),
    "anthropic_api_key": ([(lambda: "sk-ant-api03-" + rs(93, URLSAFE) + "AA", "api"), (lambda: "sk-ant-admin01-" + rs(93, URLSAFE) + "AA", "admin")],
                          ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], ("x-api-key", "", "https://api.anthropic.com/v1/messages")),
    "huggingface_token": ([(lambda: "hf_" + rs(34, UP + LO), "user-token")], ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"],
                          ("Authorization", "Bearer ", "https://huggingface.co/api/whoami-v2")),
    "npm_token": ([(lambda: "npm_" + rs(36), "automation")], ["NPM_TOKEN", "NODE_AUTH_TOKEN"], None),
    "pypi_token": ([(lambda: "pypi-AgEIcHlwaS5vcmc" + rs(pick([70, 130]), URLSAFE), "api-token")], ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"], None),
    "twilio_credential": ([(lambda: rs(32, HX), "auth-token"), (lambda: "SK" + rs(32, HX), "api-key-sid")],
                          ["TWILIO_AUTH_TOKEN", "TWILIO_API_KEY"], None),
    "sendgrid_api_key": ([(lambda: "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE), "api-key")], ["SENDGRID_API_KEY", "SMTP_API_KEY"],
                         ("Authorization", "Bearer ", "https://api.sendgrid.com/v3/mail/send")),
    "mailgun_api_key": ([(lambda: "key-" + rs(32, HX), "legacy"), (lambda: rs(32, HX) + "-" + rs(8, HX) + "-" + rs(8, HX), "private")],
                        ["MAILGUN_API_KEY", "MG_KEY"], None),
    "datadog_key": ([(lambda: rs(32, HX), "api-key"), (lambda: rs(40, HX), "app-key")], ["DD_API_KEY", "DATADOG_APP_KEY"],
                    ("DD-API-KEY", "", "https://api.datadoghq.eu/api/v1/validate")),
    "newrelic_key": ([(lambda: "NRAK-" + rs(27, UP + DG), "user-key"), (lambda: "NRII-" + rs(32, URLSAFE), "insert-key"),
                      (lambda: rs(36, HX) + "NRAL", "license")], ["NEW_RELIC_API_KEY", "NEW_RELIC_LICENSE_KEY"],
                     ("Api-Key", "", "https://api.newrelic.com/graphql")),
    "shopify_token": ([(lambda: "shpat_" + rs(32, HX), "admin-access"), (lambda: "shpss_" + rs(32, HX), "shared-secret"),
                       (lambda: "shpca_" + rs(32, HX), "custom-app")], ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_API_SECRET"],
                      ("X-Shopify-Access-Token", "", "https://acme-store.myshopify.com/admin/api/2025-01/orders.json")),
    "digitalocean_token": ([(lambda: "dop_v1_" + rs(64, HX), "pat"), (lambda: "doo_v1_" + rs(64, HX), "oauth")],
                           ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], ("Authorization", "Bearer ", "https://api.digitalocean.com/v2/droplets")),
    "vault_token": ([(lambda: "hvs." + rs(24), "service-short"), (lambda: "hvs.CAESI" + rs(86, URLSAFE), "service-long"),
                     (lambda: "hvb." + rs(120, URLSAFE), "batch")], ["VAULT_TOKEN"], ("X-Vault-Token", "", "https://vault.corp.example:8200/v1/secret/data/app")),
    "doppler_token": ([(lambda: f"dp.st.{pick(['prd', 'stg', 'dev'])}." + rs(43), "service"), (lambda: "dp.pt." + rs(43), "personal")],
                      ["DOPPLER_TOKEN"], ("Authorization", "Bearer ", "https://api.doppler.com/v3/configs/config/secrets")),
    "linear_api_key": ([(lambda: "lin_api_" + rs(40), "personal")], ["LINEAR_API_KEY"], ("Authorization", "", "https://api.linear.app/graphql")),
    "notion_token": ([(lambda: "secret_" + rs(43), "internal-legacy"), (lambda: "ntn_" + digits(11) + rs(35), "internal")],
                     ["NOTION_TOKEN", "NOTION_API_KEY"], ("Authorization", "Bearer ", "https://api.notion.com/v1/databases")),
    "atlassian_api_token": ([(lambda: "ATATT3xFfGF0" + rs(171, URLSAFE) + "=" + rs(8, HXU), "api-token")], ["JIRA_API_TOKEN", "ATLASSIAN_TOKEN", "CONFLUENCE_TOKEN"], None),
    "cloudflare_token": ([(lambda: rs(40, URLSAFE), "api-token"), (lambda: rs(37, HX), "global-key")],
                         ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "CLOUDFLARE_API_KEY"], ("Authorization", "Bearer ", "https://api.cloudflare.com/client/v4/zones")),
    "databricks_token": ([(lambda: "dapi" + rs(32, HX) + pick(["", "-2", "-3"]), "pat")], ["DATABRICKS_TOKEN"],
                         ("Authorization", "Bearer ", "https://adb-7391826451.3.azuredatabricks.net/api/2.0/clusters/list")),
    "supabase_key": ([(lambda: "sbp_" + rs(40, HX), "access-token"), (lambda: "sb_secret_" + rs(31, URLSAFE), "secret-key"),
                      (lambda: jwt({"iss": "supabase", "ref": rs(20, LO), "role": "service_role", "iat": 1741000000, "exp": 2056000000}), "service-role-jwt")],
                     ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_ACCESS_TOKEN", "SUPABASE_SECRET_KEY"], None),
    "vercel_token": ([(lambda: rs(24), "api-token")], ["VERCEL_TOKEN"], ("Authorization", "Bearer ", "https://api.vercel.com/v9/projects")),
    "flyio_token": ([(lambda: "fo1_" + rs(43, URLSAFE), "oauth"), (lambda: "FlyV1 fm2_" + rs(180, B64) + "==", "macaroon")], ["FLY_API_TOKEN"], None),
    "pulumi_token": ([(lambda: "pul-" + rs(40, HX), "access-token")], ["PULUMI_ACCESS_TOKEN"], ("Authorization", "token ", "https://api.pulumi.com/api/user")),
    "grafana_token": ([(lambda: "glsa_" + rs(32) + "_" + rs(8, HX), "service-account"),
                       (lambda: "glc_" + b64url(json.dumps({"o": str(rng.randint(100000, 999999)), "n": "stack-" + rs(6, LO), "k": rs(24), "m": {"r": "prod-eu-west-2"}}).encode()), "cloud")],
                      ["GRAFANA_TOKEN", "GRAFANA_CLOUD_API_KEY"], ("Authorization", "Bearer ", "https://grafana.corp.example/api/dashboards/uid/abc")),
    "sentry_token": ([(lambda: "sntryu_" + rs(64, HX), "user-auth"), (lambda: "sntrys_" + b64url(json.dumps({"iat": 1750000000.1, "url": "https://sentry.io", "org": "acme"}).encode()) + "_" + rs(43, URLSAFE), "org-auth")],
                     ["SENTRY_AUTH_TOKEN"], ("Authorization", "Bearer ", "https://sentry.io/api/0/projects/")),
    "discord_token": ([(lambda: b64url(str(rng.randint(10 ** 17, 10 ** 18)).encode()) + "." + rs(6, URLSAFE) + "." + rs(38, URLSAFE), "bot")],
                      ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], ("Authorization", "Bot ", "https://discord.com/api/v10/users/@me")),
    "telegram_bot_token": ([(lambda: f"{digits(10, '5678')}:AA{rs(33, URLSAFE)}", "bot")], ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], None),
    "age_secret_key": ([(lambda: "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "x25519")], ["SOPS_AGE_KEY"], None),
    "heroku_api_key": ([(lambda: "HRKU-AA" + rs(58, URLSAFE), "api-key")], ["HEROKU_API_KEY"], ("Authorization", "Bearer ", "https://api.heroku.com/apps")),
    "postman_api_key": ([(lambda: "PMAK-" + rs(24, HX) + "-" + rs(34, HX), "api-key")], ["POSTMAN_API_KEY"], ("X-Api-Key", "", "https://api.getpostman.com/collections")),
    "terraform_cloud_token": ([(lambda: rs(14) + ".atlasv1." + rs(67), "user-token")], ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], ("Authorization", "Bearer ", "https://app.terraform.io/api/v2/organizations")),
    "square_token": ([(lambda: "EAAA" + rs(60, URLSAFE), "access-token"), (lambda: "sq0csp-" + rs(43, URLSAFE), "oauth-secret")], ["SQUARE_ACCESS_TOKEN"], ("Authorization", "Bearer ", "https://connect.squareup.com/v2/locations")),
    "planetscale_password": ([(lambda: "pscale_pw_" + rs(43, URLSAFE), "password"), (lambda: "pscale_tkn_" + rs(43, URLSAFE), "service-token")], ["PLANETSCALE_PASSWORD", "PLANETSCALE_SERVICE_TOKEN"], None),
    "mapbox_token": ([(lambda: "sk.eyJ1Ijoi" + rs(40, URLSAFE) + "." + rs(22, URLSAFE), "secret")], ["MAPBOX_SECRET_TOKEN"], None),
    "dropbox_token": ([(lambda: "sl." + rs(136, URLSAFE), "short-lived")], ["DROPBOX_ACCESS_TOKEN"], ("Authorization", "Bearer ", "https://api.dropboxapi.com/2/files/list_folder")),
    "alibaba_access_key": ([(lambda: "LTAI" + rs(20), "access-key-id")], ["ALIBABA_CLOUD_ACCESS_KEY_ID"], None),
    "airtable_token": ([(lambda: "pat" + rs(14) + "." + rs(64, HX), "pat")], ["AIRTABLE_TOKEN"], ("Authorization", "Bearer ", "https://api.airtable.com/v0/meta/bases")),
    "figma_token": ([(lambda: "figd_" + rs(40, URLSAFE), "pat")], ["FIGMA_TOKEN"], ("X-Figma-Token", "", "https://api.figma.com/v1/me")),
    "contentful_token": ([(lambda: "CFPAT-" + rs(43, URLSAFE), "cma")], ["CONTENTFUL_MANAGEMENT_TOKEN"], None),
    "netlify_token": ([(lambda: "nfp_" + rs(36), "pat")], ["NETLIFY_AUTH_TOKEN"], ("Authorization", "Bearer ", "https://api.netlify.com/api/v1/sites")),
    "replicate_token": ([(lambda: "r8_" + rs(37), "api-token")], ["REPLICATE_API_TOKEN"], ("Authorization", "Bearer ", "https://api.replicate.com/v1/predictions")),
    "groq_api_key": ([(lambda: "gsk_" + rs(52), "api-key")], ["GROQ_API_KEY"], ("Authorization", "Bearer ", "https://api.groq.com/openai/v1/models")),
    "perplexity_api_key": ([(lambda: "pplx-" + rs(48), "api-key")], ["PERPLEXITY_API_KEY"], ("Authorization", "Bearer ", "https://api.perplexity.ai/chat/completions")),
    "tailscale_key": ([(lambda: "tskey-auth-k" + rs(10) + "CNTRL-" + rs(33), "auth-key"), (lambda: "tskey-api-k" + rs(10) + "CNTRL-" + rs(33), "api-key")], ["TS_AUTHKEY", "TAILSCALE_API_KEY"], None),
    "dockerhub_token": ([(lambda: "dckr_pat_" + rs(27, URLSAFE), "pat")], ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], None),
    "rubygems_api_key": ([(lambda: "rubygems_" + rs(48, HX), "api-key")], ["GEM_HOST_API_KEY"], None),
    "buildkite_token": ([(lambda: "bkua_" + rs(40, HX), "user-token")], ["BUILDKITE_API_TOKEN"], ("Authorization", "Bearer ", "https://api.buildkite.com/v2/user")),
    "okta_token": ([(lambda: "00" + rs(40, URLSAFE), "ssws")], ["OKTA_API_TOKEN"], ("Authorization", "SSWS ", "https://acme.okta.com/api/v1/users?limit=5")),
    "sourcegraph_token": ([(lambda: "sgp_" + rs(40, HX), "access-token")], ["SRC_ACCESS_TOKEN"], ("Authorization", "token ", "https://sourcegraph.corp.example/.api/graphql")),
    "circleci_token": ([(lambda: "CCIPAT_" + rs(22) + "_" + rs(40, HX), "personal")], ["CIRCLECI_TOKEN"], ("Circle-Token", "", "https://circleci.com/api/v2/me")),
    "render_api_key": ([(lambda: "rnd_" + rs(32), "api-key")], ["RENDER_API_KEY"], ("Authorization", "Bearer ", "https://api.render.com/v1/services")),
    "mailchimp_api_key": ([(lambda: rs(32, HX) + "-us" + str(rng.randint(1, 21)), "api-key")], ["MAILCHIMP_API_KEY"], None),
    "launchdarkly_key": ([(lambda: "sdk-" + "-".join(rs(n, HX) for n in (8, 4, 4, 4, 12)), "server-sdk"), (lambda: "api-" + "-".join(rs(n, HX) for n in (8, 4, 4, 4, 12)), "api")], ["LAUNCHDARKLY_SDK_KEY", "LD_API_KEY"], None),
    "snyk_token": ([(lambda: "-".join(rs(n, HX) for n in (8, 4, 4, 4, 12)), "uuid-token")], ["SNYK_TOKEN"], None),
    "firebase_server_key": ([(lambda: "AAAA" + rs(7, URLSAFE) + ":APA91b" + rs(134, URLSAFE), "fcm-legacy")], ["FCM_SERVER_KEY"], ("Authorization", "key=", "https://fcm.googleapis.com/fcm/send")),
    "facebook_access_token": ([(lambda: "EAAB" + rs(160), "page-token")], ["FB_PAGE_ACCESS_TOKEN", "META_ACCESS_TOKEN"], None),
    "azure_openai_key": ([(lambda: rs(32, HX), "api-key"), (lambda: rs(84) , "api-key-v2")], ["AZURE_OPENAI_API_KEY"], ("api-key", "", "https://acme-oai.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21")),
    "mistral_api_key": ([(lambda: rs(32), "api-key")], ["MISTRAL_API_KEY"], ("Authorization", "Bearer ", "https://api.mistral.ai/v1/models")),
    "algolia_admin_key": ([(lambda: rs(32, HX), "admin-key")], ["ALGOLIA_ADMIN_API_KEY"], ("X-Algolia-API-Key", "", "https://ACMEAPP01.algolia.net/1/indexes")),
}

PUNCT = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
WORDS = ["tulip", "rocket", "canyon", "velvet", "harbor", "maple", "quartz", "lantern", "pepper", "glacier",
         "falcon", "meadow", "copper", "orbit", "saddle", "thistle", "walrus", "cobalt", "juniper", "nectar"]


def password(forbid=frozenset(), lo=10, hi=24):
    forbid = set(forbid)
    if rng.random() < 0.2 and " " not in forbid:
        w = [pick(WORDS).title() for _ in range(rng.randint(3, 4))]
        tail = pick([c for c in "!?.#*" if c not in forbid] or ["9"])
        return " ".join(w) + str(rng.randint(10, 99)) + tail
    alpha = [c for c in AN + PUNCT + " '\"\\`" if c not in forbid]
    punct = [c for c in PUNCT + "'\"\\` " if c not in forbid and c != " "]
    while True:
        n = rng.randint(lo, hi)
        s = "".join(rng.choice(alpha) for _ in range(n))
        if s != s.strip():
            continue
        if " " in forbid or not s[0].isalnum():
            s = rng.choice(AN) + s[1:]
        if punct and not any(c in punct for c in s):
            s = s[:-2] + rng.choice(punct) + s[-1]
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def safe_style(val, styles=None):
    for _ in range(50):
        style = pick(styles or STYLES)
        quote = quote_of(style)
        if not (set(val) & FORBID[quote]):
            return style, quote
    return "json", '"'


FIRST = ["Lukas", "Amara", "Sofia", "Mateo", "Priya", "Jonas", "Chloé", "Hiroshi", "Fatima", "Oliver", "Zanele",
         "Ines", "Mikael", "Aoife", "Rafael", "Yuki", "Noor", "Tomasz", "Elena", "Kwame", "Léa", "Björn", "Camila",
         "Dmitri", "Grace", "Arjun", "Maëlle", "Joaquín", "Sanne", "Tariq"]
LAST = ["Müller", "Okafor", "Rossi", "García", "Raman", "Becker", "Dubois", "Tanaka", "Haddad", "Smith", "Dlamini",
        "Ferreira", "Lindqvist", "Byrne", "Santos", "Sato", "Khan", "Nowak", "Popescu", "Mensah", "Martin",
        "Johansson", "López", "Ivanov", "O'Neill", "Iyer", "Lefèvre", "Navarro", "de Vries", "Aziz"]
DOMAINS = ["northwind-logistics.de", "fabrikam.co.uk", "gmail.com", "outlook.com", "proton.me", "contoso-health.fr",
           "acme-corp.io", "initech.com", "yahoo.co.jp", "globex.com.br", "web.de", "hey.com", "tailspin.nl",
           "wingtip-toys.es", "adatum.it", "icloud.com", "umbrella-labs.in", "litware.com.au", "fastmail.fm"]


def ascii_fold(s):
    tr = str.maketrans("üéèëçíóáñöåäøæïôêàâ'", "ueeeciaanoaaoaioeaa ")
    return "".join(c for c in s.lower().translate(tr) if c.isalnum() or c in " -")


def person():
    return pick(FIRST), pick(LAST)


def email_for(first, last, domain=None):
    f, l_ = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "")
    local = pick([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}_{l_}{rng.randint(1, 99)}", f"{l_}.{f}", f"{f}{rng.randint(70, 99)}",
                  f"{f}.{l_}+{pick(['billing', 'jira', 'news'])}", f"{f[0]}.{l_}"])
    return f"{local}@{domain or pick(DOMAINS)}"


# ---- phones ----
PHONE_REGIONS = ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL", "CA", "MX", "CH", "SE", "PL",
                 "ZA", "SG", "KR", "IE", "BE", "AT", "PT", "NG", "AR"]
PHONE_LABEL = {"DE": ["Tel.", "Telefon", "Mobil"], "FR": ["Tél. :", "Portable :", "Tél :"], "ES": ["Tel.", "Móvil:"],
               "IT": ["Tel.", "Cell."], "NL": ["Tel.", "Mobiel:"], "JP": ["電話:", "携帯:"], "BR": ["Tel.:", "Celular:"],
               "PT": ["Tel.:", "Telemóvel:"], "SE": ["Tel:", "Mobil:"], "PL": ["Tel.", "Kom."], "AT": ["Tel.", "Mobil"],
               "CH": ["Tel.", "Natel"], "BE": ["Tél.", "Tel."], "MX": ["Tel.", "Cel."], "AR": ["Tel.", "Cel."]}


def gen_phone(region, kind=None):
    t = kind or pick([PNT.MOBILE, PNT.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nat = phonenumbers.format_number(ex, PNF.E164)[1 + len(str(ex.country_code)):]
    keep = 1 if region in ("US", "CA") else min(3, max(1, len(nat) - 6))
    for _ in range(500):
        cand = nat[:keep] + rs(len(nat) - keep, DG)
        n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region and cand != nat:
            if region in ("US", "CA") and cand[3:6] == "555":
                continue
            return n
    raise RuntimeError(region)


def fmt_phone(n, region):
    styles = ["intl", "natl", "e164", "intl", "natl"]
    if region in ("US", "CA"):
        styles += ["dots", "dashes1"]
    if region in ("GB", "DE", "FR", "NL", "ES", "IT"):
        styles += ["intl0", "nospace"]
    s = pick(styles)
    if s == "intl":
        out = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    elif s == "natl":
        out = phonenumbers.format_number(n, PNF.NATIONAL)
    elif s == "e164":
        out = phonenumbers.format_number(n, PNF.E164)
    elif s == "dots":
        d = str(n.national_number)
        out = f"{d[:3]}.{d[3:6]}.{d[6:]}"  # US/CA only
    elif s == "dashes1":
        d = str(n.national_number)
        out = f"+1-{d[:3]}-{d[3:6]}-{d[6:]}"
    elif s == "intl0":
        out = "00" + phonenumbers.format_number(n, PNF.INTERNATIONAL)[1:]
    else:
        out = phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", "")
    p = phonenumbers.parse(out, region)
    assert phonenumbers.is_valid_number(p) and phonenumbers.format_number(p, PNF.E164) == phonenumbers.format_number(n, PNF.E164), (out, region)
    return out, s


# ---- cards ----
CARD_PREFIXES = [("visa", ["4"], 16), ("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
                 ("amex", ["34", "37"], 15), ("discover", ["6011", "644", "65"], 16), ("jcb", ["3528", "3540", "3589"], 16),
                 ("diners", ["36"], 14), ("unionpay", ["62"], 16), ("visa19", ["4"], 19), ("maestro", ["6759", "5018"], 16)]


def gen_card():
    brand, prefs, n = pick(CARD_PREFIXES)
    while True:
        body = pick(prefs) + rs(n - 1 - len(pick(prefs)), DG)
        body = body[: n - 1]
        while len(body) < n - 1:
            body += pick(DG)
        num = body + std_luhn.calc_check_digit(body)
        if num not in VAL.PUBLISHED_TEST_CARDS and std_luhn.is_valid(num):
            return brand.replace("19", ""), num


def fmt_card(brand, num):
    s = pick(["compact", "spaces", "dashes", "spaces"])
    if s == "compact":
        return num, s
    sep = " " if s == "spaces" else "-"
    if brand == "amex":
        return sep.join([num[:4], num[4:10], num[10:]]), s
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]]), s
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4)), s


# ---- IBAN ----
IBAN_FMT = {"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n",
            "CH": "5n12c", "AT": "16n", "PL": "24n", "SE": "20n", "IE": "4a14n", "PT": "21n", "DK": "14n", "FI": "14n",
            "NO": "11n", "LU": "3n13c", "CZ": "20n"}


def gen_iban(cc):
    spec = IBAN_FMT[cc]
    import re as _re
    for _ in range(2000):
        bban = ""
        for cnt, kind in _re.findall(r"(\d+)([nac])", spec):
            a = {"n": DG, "a": UP, "c": DG + UP}[kind]
            bban += rs(int(cnt), a if kind != "c" else DG)
        chk = std_iban.calc_check_digits(cc + "00" + bban)
        ib = cc + chk + bban
        if std_iban.is_valid(ib):
            return ib
    raise RuntimeError(cc)


def fmt_iban(ib):
    if rng.random() < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), "grouped"
    return ib, "compact"


# ---- national ids ----
def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(v):
            return v


def gen_nino():
    first = [c for c in UP if c not in "DFIQUVO"]
    second = [c for c in UP if c not in "DFIQUVO"]
    while True:
        p = pick(first) + pick(second)
        if p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        d = rs(6, DG)
        suf = pick("ABCD")
        if rng.random() < 0.5:
            return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
        return p + d + suf


def gen_steuer_id():
    while True:
        base = rs(10, DG)
        if base[0] == "0":
            continue
        for c in DG:
            v = base + c
            if de_idnr.is_valid(v):
                return pick([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def gen_nir():
    while True:
        v = f"{pick('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        v = v + fr_nir.calc_check_digits(v)
        if fr_nir.is_valid(v):
            return pick([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])


def gen_dni():
    n = f"{rng.randint(1000000, 99999999):08d}"
    return n + es_dni.calc_check_digit(n)


def gen_nie():
    n = pick("XYZ") + f"{rng.randint(0, 9999999):07d}"
    return n + es_nie.calc_check_digit(n)


def gen_cf():
    months = "ABCDEHLMPRST"
    while True:
        v = (rs(3, "BCDFGLMNPRSTVZ") + rs(3, "BCDFGLMNPRSTVZAEIO") + f"{rng.randint(50, 99):02d}" + pick(months) +
             f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}" + pick("ABCDEFGHLMZ") + f"{rng.randint(1, 999):03d}")
        v = v + it_cf.calc_check_digit(v)
        if it_cf.is_valid(v):
            return v


def gen_bsn():
    while True:
        b = f"{rng.randint(10000000, 99999999):08d}"
        for c in DG:
            if nl_bsn.is_valid(b + c):
                v = b + c
                return pick([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])


def gen_cpf():
    while True:
        b = rs(9, DG)
        for c1 in DG:
            for c2 in DG:
                v = b + c1 + c2
                if br_cpf.is_valid(v):
                    return pick([br_cpf.format(v), v])


def gen_aadhaar():
    while True:
        b = pick("23456789") + rs(10, DG)
        v = b + verhoeff.calc_check_digit(b)
        if in_aadhaar.is_valid(v):
            return pick([f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"])


def gen_pesel():
    while True:
        b = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}"
        for c in DG:
            if pl_pesel.is_valid(b + c):
                return b + c


def gen_sin():
    while True:
        b = pick("1234567") + rs(7, DG)
        for c in DG:
            if ca_sin.is_valid(b + c):
                v = b + c
                return pick([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"])


# ----------------------------------------------------------------------------
# positive cases: each returns (parts, class, reason)
# ----------------------------------------------------------------------------
def http_parts(hdr, prefix, url, val, typ):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
    m = rng.random()
    if m < 0.35:
        acc = pick(['-H "Accept: application/json" ', ''])
        flag = pick(['-sS', '-s', '-fsSL', '--fail -s'])
        return ["```bash\n", f"curl {flag} -H \"{hdr}: {prefix}", (val, typ), "\" \\\n  ",
                acc + f"\"{url}\"\n```"], "curl"
    if m < 0.6:
        return ["```http\n", f"{pick(['GET', 'POST'])} {path} HTTP/1.1\nHost: {host}\n{hdr}: {prefix}", (val, typ),
                f"\nUser-Agent: {pick(['python-requests/2.32.3', 'curl/8.5.0', 'axios/1.7.2', 'Go-http-client/2.0'])}\nAccept: */*\n```"], "http-request"
    if m < 0.8:
        return ["```python\nimport requests\n\n", f"resp = requests.{pick(['get', 'post'])}(\n    \"{url}\",\n    headers={{\"{hdr}\": \"{prefix}",
                (val, typ), f"\"}},\n    timeout={pick([5, 10, 30])},\n)\nresp.raise_for_status()\n```"], "python-requests"
    return ["```javascript\n", f"const res = await fetch(\"{url}\", {{\n  headers: {{ '{hdr}': '{prefix}", (val, typ),
            f"' }},\n}});\nconsole.log(res.status);\n```"], "js-fetch"


HTTP_LEADS = ["This request returns 401 for {proj}", "The call {proj} makes on every sync", "Reproducing the {proj} failure by hand",
              "Here is the exact request from the {proj} trace", "You can test the credential outside {proj}", "Quick check that bypasses {proj}",
              "Equivalent request to what {proj} sends", "Stripped-down call from {proj}"]
PROSE_TMPL = [
    "The {vendor} credential in your message (`{v}`) is being sent to the wrong endpoint; {proj} should use the regional host.",
    "I checked the log you pasted: {proj} authenticates with {v} and the provider answers 403, so the scope is missing.",
    "Set the secret in your CI settings instead of the repo. Right now {proj} has {v} hard-coded in two places.",
    "Your {vendor} key {v} looks well-formed, so the 401 from {proj} is more likely an expired or revoked credential.",
    "In the screenshot text, the token reads {v}. Revoke it, because it was posted in a public channel.",
    "Token found in {proj} history: {v} (commit from last Tuesday). Rewrite history or rotate it.",
    "Paste this into the prompt when the CLI asks: {v}",
    "The failing line is `client = Client(\"{v}\")`; move it to an environment variable.",
]


def vendor_case(typ):
    gens, keys, http = VENDORS[typ]
    gen, label = pick(gens)
    val = gen()
    key = pick(keys)
    m = rng.random()
    if http and m < 0.25:
        P, ctx = http_parts(*http, val, typ)
        return ([pick(HTTP_LEADS).format(proj=pick(PROJECTS)).replace("the the ", "the ") + pick([":\n\n", ".\n\n"]), *P, outro()],
                f"{typ}/{label}/{ctx}", f"{typ} ({label}) in an {ctx} header")
    if m < 0.35:
        t = pick(PROSE_TMPL)
        vendor = typ.split("_")[0].title()
        a, b = t.split("{v}")
        code = "`" not in t and rng.random() < 0.5
        pre = a.format(vendor=vendor, proj=pick(PROJECTS)) + ("`" if code else "")
        post = ("`" if code else "") + b.format(vendor=vendor, proj=pick(PROJECTS))
        return [pre, (val, typ), post + outro()], f"{typ}/{label}/prose", f"{typ} ({label}) inline in prose"
    style, quote = safe_style(val)
    return secret_text(style, key, val, typ, quote=quote), f"{typ}/{label}/{style}", f"{typ} ({label}) as {key} in {style}"


def aws_case(m=None):
    kid, sec = aws_id(), aws_secret()
    m = rng.randrange(6) if m is None else m
    A, S = "aws_access_key_id", "aws_secret_access_key"
    if m == 0:
        prof = pick(["default", "prod", "deploy", "ci-bot", pick(SLUGS)])
        P = [f"[{prof}]\naws_access_key_id = ", (kid, A), "\naws_secret_access_key = ", (sec, S),
             f"\nregion = {pick(['eu-west-1', 'us-east-1', 'ap-northeast-1'])}"]
        return [lead("`~/.aws/credentials`"), *fence("ini", P), outro()], "aws/credentials-ini", "key id and secret in credentials file"
    if m == 1:
        sid = aws_id("ASIA")
        tok = "IQoJb3JpZ2luX2Vj" + rs(rng.randint(250, 380), B64) + "="
        P = ["export AWS_ACCESS_KEY_ID=", (sid, A), "\nexport AWS_SECRET_ACCESS_KEY=", (sec, S), "\nexport AWS_SESSION_TOKEN=", (tok, "aws_session_token")]
        return [lead("temporary credentials export"), *fence("bash", P), outro()], "aws/sts-session-export", "STS temporary key id, secret and session token"
    if m == 2:
        user = pick(SLUGS) + "-" + pick(["deployer", "ci", "backup"])
        P = ['{\n    "AccessKey": {\n        "UserName": "' + user + '",\n        "AccessKeyId": "', (kid, A),
             '",\n        "Status": "Active",\n        "SecretAccessKey": "', (sec, S), f'",\n        "CreateDate": "2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:1{rng.randint(0, 9)}:02+00:00"\n    }}\n}}']
        return ["`aws iam create-access-key` printed this for the new user" + pick([":\n\n", ".\n\n"]), *fence("json", P), outro()], "aws/iam-json", "create-access-key JSON output"
    if m == 3:
        P = ['provider "aws" {\n  region     = "' + pick(["eu-central-1", "us-west-2"]) + '"\n  access_key = "', (kid, A), '"\n  secret_key = "', (sec, S), '"\n}']
        return [lead("Terraform provider block"), *fence("hcl", P), outro()], "aws/terraform-provider", "static keys in Terraform provider"
    if m == 4:
        P = ["import boto3\n\n", f"{pick(['s3', 'client', 'sqs'])} = boto3.client(\n    \"{pick(['s3', 'sqs', 'dynamodb'])}\",\n    aws_access_key_id=\"", (kid, A),
             "\",\n    aws_secret_access_key=\"", (sec, S), "\",\n)"]
        return [lead("boto3 snippet"), *fence("python", P), outro()], "aws/boto3", "keys passed to boto3.client"
    P = [f"| Profile | Access key | Secret |\n|---|---|---|\n| {pick(SLUGS)} | ", (kid, A), " | ", (sec, S), " |"]
    return ["Here are the values from the spreadsheet you shared:\n\n", *P, outro()], "aws/markdown-table", "key pair in a Markdown table"


def special_case(m=None):
    m = rng.randrange(16) if m is None else m
    if m == 0:
        p = slack_hook_path()
        P = pick([
            ["```bash\ncurl -X POST -H 'Content-type: application/json' \\\n  --data '{\"text\":\"" + pick(["Deploy finished", "Backup failed", "Nightly report ready"]) + "\"}' \\\n  https://hooks.slack.com/services/", (p, "slack_webhook"), "\n```"],
            ["```python\nWEBHOOK_URL = \"https://hooks.slack.com/services/", (p, "slack_webhook"), "\"\nrequests.post(WEBHOOK_URL, json={\"text\": msg}, timeout=5)\n```"],
            ["```yaml\nalerting:\n  slack:\n    webhook_url: https://hooks.slack.com/services/", (p, "slack_webhook"), "\n    channel: \"#" + pick(["ops", "alerts", "deploys"]) + "\"\n```"],
        ])
        return [lead("notification hook"), *P, outro()], "slack_webhook/url", "Slack incoming webhook path"
    if m == 1:
        k = rs(32, HX)
        org, proj = rng.randint(100000, 4509999), rng.randint(1000000, 9999999)
        host = pick([f"o{org}.ingest.sentry.io", f"o{org}.ingest.us.sentry.io", f"o{org}.ingest.de.sentry.io"])
        P = pick([["```javascript\nSentry.init({\n  dsn: \"https://", (k, "sentry_dsn"), f"@{host}/{proj}\",\n  tracesSampleRate: 0.{rng.randint(1, 5)},\n}});\n```"],
                  ["```dotenv\nSENTRY_DSN=https://", (k, "sentry_dsn"), f"@{host}/{proj}\n```"],
                  ["```python\nsentry_sdk.init(\n    dsn=\"https://", (k, "sentry_dsn"), f"@{host}/{proj}\",\n    environment=\"{pick(['prod', 'staging'])}\",\n)\n```"]])
        return [lead("Sentry setup"), *P, outro()], "sentry_dsn/key", "Sentry DSN public key part"
    if m == 2:
        wid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
        tok = rs(68, URLSAFE)
        P = ["```bash\ncurl -H \"Content-Type: application/json\" -d '{\"content\": \"" + pick(["build green", "db restored", "deploy started"]) + "\"}' \\\n  https://discord.com/api/webhooks/" + wid + "/", (tok, "discord_webhook"), "\n```"]
        return [lead("Discord webhook call"), *P, outro()], "discord_webhook/url", "Discord webhook token in URL"
    if m == 3:
        tok = f"{digits(10, '5678')}:AA{rs(33, URLSAFE)}"
        P = pick([["```bash\ncurl -s \"https://api.telegram.org/bot", (tok, "telegram_bot_token"), "/sendMessage\" -d chat_id=" + pick(["@ops_alerts", "-4417"]) + " -d text=\"" + pick(["hello", "disk full", "done"]) + "\"\n```"],
                  ["```python\nbot = telebot.TeleBot(\"", (tok, "telegram_bot_token"), "\")\nbot.infinity_polling()\n```"]])
        return [lead("Telegram bot call"), *P, outro()], "telegram_bot_token/url", "Telegram bot token in API URL or code"
    if m == 4:
        key = base64.b64encode(rbytes(64)).decode()
        acct = pick(SLUGS).replace("-", "") + pick(["prod", "stg", "data", "logs"])
        cs = ["DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=", (key, "azure_storage_key"), ";EndpointSuffix=core.windows.net"]
        P = pick([["```json\n{\n  \"ConnectionStrings\": {\n    \"Storage\": \"", *cs, "\"\n  }\n}\n```"],
                  ["```bash\nexport AZURE_STORAGE_CONNECTION_STRING=\"", *cs, "\"\n```"],
                  ["```json\n{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"", *cs, "\",\n    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\"\n  }\n}\n```"]])
        return [lead("storage connection string"), *P, outro()], "azure_storage_key/connection-string", "Azure storage AccountKey in connection string"
    if m == 5:
        key = base64.b64encode(rbytes(32)).decode()
        ns = pick(SLUGS).replace("-", "") + "-bus"
        P = ["```dotenv\nSERVICEBUS_CONNECTION=Endpoint=sb://" + ns + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=", (key, "azure_shared_access_key"), "\n```"]
        return [lead("Service Bus settings"), *P, outro()], "azure_shared_access_key/connection-string", "Service Bus SharedAccessKey"
    if m == 6:
        sig = urllib.parse.quote(base64.b64encode(rbytes(32)).decode(), safe="")
        acct = pick(SLUGS).replace("-", "") + "files"
        url = (f"https://{acct}.blob.core.windows.net/{pick(['exports', 'backups', 'uploads'])}/{pick(['report.csv', 'db.bak', 'photos.zip'])}"
               f"?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-1{rng.randint(0, 2)}-0{rng.randint(1, 9)}T18:00:00Z&st=2026-0{rng.randint(1, 9)}-01T09:00:00Z&spr=https&sig=")
        return ["Download it with the SAS link below; it expires at the end of the window.\n\n```bash\nazcopy copy \"" + url, (sig, "azure_sas_token"), "\" ./local/\n```" + outro()], "azure_sas_token/url", "SAS signature in blob URL"
    if m == 7:
        tok = pick([gh_classic("ghp_"), gh_classic("ghs_"), "glpat-" + rs(20, URLSAFE)])
        typ = "github_token" if tok.startswith("gh") else "gitlab_token"
        host = "github.com" if typ == "github_token" else "gitlab.example.org"
        user = pick(["x-access-token", "oauth2", "ci-bot"])
        P = ["```bash\ngit remote set-url origin https://" + user + ":", (tok, typ), f"@{host}/{pick(['acme', 'platform'])}/{pick(SLUGS)}.git\ngit push origin HEAD\n```"]
        return [lead("remote setup"), *P, outro()], f"{typ}/git-remote-url", "token as password in git remote URL"
    if m == 8:
        tok = "npm_" + rs(36)
        P = ["```ini\n@acme:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=", (tok, "npm_token"), "\nalways-auth=true\n```"]
        return [lead("`.npmrc`"), *P, outro()], "npm_token/npmrc", "npm token in .npmrc"
    if m == 9:
        tok = "pypi-AgEIcHlwaS5vcmc" + rs(rng.randint(60, 140), URLSAFE)
        P = ["```ini\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ", (tok, "pypi_token"), "\n```"]
        return [lead("`~/.pypirc`"), *P, outro()], "pypi_token/pypirc", "PyPI token in .pypirc"
    if m == 10:
        user = pick(SLUGS) + "-bot"
        b = base64.b64encode(f"{user}:{pick([gh_classic('ghp_'), password(set(':'))])}".encode()).decode()
        reg = pick(["ghcr.io", "registry.gitlab.com", "index.docker.io/v1/", "acme.azurecr.io"])
        P = ["```json\n{\n  \"auths\": {\n    \"" + reg + "\": {\n      \"auth\": \"", (b, "basic_auth"), "\"\n    }\n  }\n}\n```"]
        return [lead("`~/.docker/config.json`"), *P, outro()], "basic_auth/docker-config", "base64 user:password in docker config auth"
    if m == 11:
        tok = "hvs." + rs(24)
        P = pick([["```console\n$ vault login ", (tok, "vault_token"), "\nSuccess! You are now authenticated.\n```"],
                  ["```bash\nexport VAULT_ADDR=https://vault.corp.example:8200\nexport VAULT_TOKEN=", (tok, "vault_token"), "\nvault kv get secret/" + pick(SLUGS) + "\n```"]])
        return [lead("Vault session"), *P, outro()], "vault_token/cli", "Vault token on CLI"
    if m == 12:
        k = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
        pub = "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
        P = [f"```text\n# created: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:2{rng.randint(0, 9)}:31Z\n# public key: {pub}\n", (k, "age_secret_key"), "\n```"]
        return [lead("`keys.txt`"), *P, outro()], "age_secret_key/keys-file", "age identity file (public key line is not secret)"
    if m == 13:
        t = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": pick(["default", "ci"]),
                 "sub": f"system:serviceaccount:ci:{pick(SLUGS)}"}, "RS256", 342)
        P = ["```yaml\napiVersion: v1\nkind: Config\nclusters:\n- name: " + pick(SLUGS) + "\n  cluster:\n    server: https://k8s." + pick(SLUGS) + ".corp.example:6443\nusers:\n- name: ci\n  user:\n    token: ", (t, "jwt"), "\n```"]
        return [lead("kubeconfig"), *P, outro()], "jwt/kubeconfig", "service-account JWT in kubeconfig"
    if m == 14:
        k = "GOCSPX-" + rs(28, URLSAFE)
        cid = f"{rng.randint(10 ** 11, 10 ** 12 - 1)}-{rs(32, LO + DG)}.apps.googleusercontent.com"
        P = ['```json\n{\n  "web": {\n    "client_id": "' + cid + '",\n    "client_secret": "', (k, "google_oauth_client_secret"), '",\n    "redirect_uris": ["https://app.acme.test/oauth2/callback"]\n  }\n}\n```']
        return [lead("`client_secret.json`"), *P, outro()], "google_oauth_client_secret/json", "Google OAuth client secret"
    u = gh_classic("ghp_")
    return (["Use this as the password when `git push` prompts for credentials: ", (u, "github_token"), ". The username can be anything."],
            "github_token/classic-pat/prose-prompt", "classic PAT given inline for a git prompt")


def pem_body(prefix, nbytes):
    raw = base64.b64encode(rbytes(nbytes)).decode()
    raw = prefix + raw[len(prefix):]
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


PEM_KINDS = [("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1190), ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1218),
             ("EC PRIVATE KEY", "MHcCAQEEI", 121), ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA", 300),
             ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1300),
             ("DSA PRIVATE KEY", "MIIBuwIBAAKBgQ", 440)]


def pem(kind=None):
    name, pre, n = kind or pick(PEM_KINDS)
    lines = pem_body(pre, n)
    return f"-----BEGIN {name}-----\n" + "\n".join(lines) + f"\n-----END {name}-----", name


def key_case(m=None):
    m = rng.randrange(7) if m is None else m
    if m <= 2:
        k, name = pem()
        ctx = pick(["cat", "file", "terraform", "yaml"])
        if ctx == "cat":
            fn = {"OPENSSH PRIVATE KEY": "~/.ssh/id_ed25519"}.get(name, pick(["server.key", "tls/private.pem", "jwt-signing.pem"]))
            P = [f"```console\n$ cat {fn}\n", (k, "private_key"), "\n```"]
        elif ctx == "file":
            P = ["```\n", (k, "private_key"), "\n```"]
        elif ctx == "terraform":
            P = ['```hcl\nresource "tls_cert_request" "' + pick(SLUGS) + '" {\n  private_key_pem = <<EOT\n', (k, "private_key"), "\nEOT\n}\n```"]
        else:
            ind = "    "
            kk = k.replace("\n", "\n" + ind)
            P = ["```yaml\ntls:\n  key: |\n" + ind, (kk, "private_key"), "\n  cert_path: /etc/ssl/" + pick(SLUGS) + ".crt\n```"]
        return [lead(f"{name.lower()} material"), *P, outro()], f"private_key/{name.replace(' ', '-').lower()}/{ctx}", f"{name} block ({ctx})"
    if m == 3:
        k, _ = pem(PEM_KINDS[1])
        esc = k.replace("\n", "\\n") + "\\n"
        proj = pick(SLUGS) + "-" + str(rng.randint(100000, 999999))
        sa = pick(SLUGS) + "-sa"
        em = f"{sa}@{proj}.iam.gserviceaccount.com"
        P = ['```json\n{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + rs(40, HX) + '",\n  "private_key": "',
             (esc, "private_key"), '",\n  "client_email": "', (em, "email"), '",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n```']
        return [lead("service-account key file"), *P, outro()], "private_key/gcp-service-account-json", "escaped PKCS#8 block in service-account JSON"
    if m == 4:
        body = pem_body("lQdGBGY", 1400)
        blk = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(body) + "\n=" + rs(4, B64) + "\n-----END PGP PRIVATE KEY BLOCK-----"
        return [lead("exported GPG key"), "```\n", (blk, "pgp_private_key"), "\n```", outro()], "pgp_private_key/armored", "armored PGP private key block"
    if m == 5:
        t = jwt()
        m2 = rng.randrange(4)
        if m2 == 0:
            P = [f"```http\nGET /api/v2/{pick(['orders', 'me', 'projects'])} HTTP/1.1\nHost: api.{pick(SLUGS)}.test\nAuthorization: Bearer ", (t, "jwt"), "\n```"]
        elif m2 == 1:
            P = [f"```text\nSet-Cookie: session=", (t, "jwt"), "; Path=/; HttpOnly; Secure; SameSite=Lax\n```"]
        elif m2 == 2:
            rt = rs(64, URLSAFE)
            P = ['```json\n{\n  "access_token": "', (t, "jwt"), '",\n  "token_type": "Bearer",\n  "expires_in": 3600,\n  "refresh_token": "', (rt, "oauth_refresh_token"), '"\n}\n```']
        else:
            P = ["```javascript\nlocalStorage.setItem(\"authToken\", \"", (t, "jwt"), "\");\n```"]
        return [lead("auth exchange"), *P, outro()], f"jwt/signed-{m2}", "HS256 JWT in header/cookie/response"
    if m == 6:
        h = b64url(b'{"alg":"none","typ":"JWT"}')
        p = b64url(json.dumps({"sub": str(rng.randint(1000, 99999)), "admin": True}, separators=(",", ":")).encode())
        return (["The server accepted this unsigned token, which is the vulnerability: `", (h + "." + p + ".", "jwt"), "`. Reject `alg: none` explicitly."],
                "jwt/unsigned-none", "unsigned JWT with trailing dot")
    k, name = pem(PEM_KINDS[3])
    return ["The deploy key in the workflow secret was printed by `set -x`:\n\n```text\n+ echo '", (k, "private_key"), "'\n```" + outro()], "private_key/openssh/ci-log", "OpenSSH key echoed in CI log"


def url_password_case():
    user = pick(["app", "admin", "svc_" + pick(SLUGS).replace("-", "_"), "readonly", "etl", "default", "postgres"])
    pw = password(set(), 10, 22)
    enc = urllib.parse.quote(pw, safe="") if rng.random() < 0.7 else urllib.parse.quote(pw, safe="!*~-._")
    host = f"{pick(['db', 'pg', 'mq', 'cache', 'mongo'])}-{pick(['01', 'primary', 'eu'])}.{pick(SLUGS)}.internal"
    scheme, port, tail = pick([("postgres", 5432, "/app?sslmode=require"), ("postgresql", 5432, "/reports"), ("mysql", 3306, "/shop"),
                               ("mongodb+srv", None, "/?retryWrites=true&w=majority"), ("rediss", 6380, "/0"), ("amqps", 5671, "/vhost"),
                               ("ftp", 21, "/upload/"), ("smtp", 587, ""), ("http", 3128, ""), ("https", None, "/simple/")])
    hp = host if port is None else f"{host}:{port}"
    url_pre = f"{scheme}://{user}:"
    url_post = f"@{hp}{tail}"
    m = rng.randrange(5)
    if scheme == "http":
        P = ["```bash\nexport HTTPS_PROXY=", url_pre, (enc, "password"), url_post, "\nexport NO_PROXY=localhost,.internal\n```"]
    elif scheme == "https":
        P = ["```bash\npip install --index-url ", f"https://{user}:", (enc, "password"), f"@pypi.{pick(SLUGS)}.internal/simple/ {pick(['acme-sdk', 'ledger-client'])}\n```"]
    elif m == 0:
        P = ["```dotenv\nDATABASE_URL=", url_pre, (enc, "password"), url_post, "\n```"]
    elif m == 1:
        P = ["```python\nengine = create_engine(\"", url_pre, (enc, "password"), url_post, "\")\n```"]
    elif m == 2:
        P = ["```yaml\nspring:\n  data:\n    uri: ", url_pre, (enc, "password"), url_post, "\n```"]
    elif m == 3:
        P = ["```text\n", f"2026-02-1{rng.randint(0, 9)} 04:1{rng.randint(0, 9)}:55,120 ERROR [pool] could not connect to ", url_pre, (enc, "password"), url_post, ": timeout\n```"]
    else:
        P = ["Your connection string `", url_pre, (enc, "password"), url_post, "` fails because the password was not URL-encoded before."]
    return [lead("connection setting") if P[0].startswith("```") else "", *P, outro()], f"password/url-{scheme}", "password in credential URL (password only)"


PW_KEYS = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD",
           "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD", "RABBITMQ_DEFAULT_PASS", "GRAFANA_ADMIN_PASSWORD", "MONGO_INITDB_ROOT_PASSWORD"]


def password_case():
    m = rng.randrange(22)
    if m < 6:
        style = pick(STYLES)
        quote = quote_of(style)
        pw = password(FORBID[quote])
        key = pick(PW_KEYS)
        return secret_text(style, key, pw, "password", quote=quote), f"password/{style}", f"password assignment ({style})"
    if m < 9:
        return url_password_case()
    user = pick(["root", "admin", "sa", "deploy", "app_rw", "reporter"])
    host = f"{pick(['db', 'sql', 'ldap', 'mongo'])}.{pick(SLUGS)}.internal"
    pw_sq = password({"'", "\\"})
    pw_dq = password({'"', "\\", "$", "`"})
    pw_semi = password({";", "'", '"', "\\", "{", "}", " "})
    pw_amp = password({"&", "'", '"', "\\", " ", "#", ";"})
    C = [
        ("mysql-cli", "bash", [f"mysql -h {host} -u {user} -p'", (pw_sq, "password"), f"' {pick(['shop', 'crm', 'wiki'])} < dump.sql"]),
        ("cli-flag", "bash", [f"{pick(['./manage', 'migrate', 'pgbench-wrapper'])} --host {host} --user {user} --password='", (pw_sq, "password"), "' --verbose"]),
        ("sshpass", "bash", ["sshpass -p '", (pw_sq, "password"), f"' ssh {user}@{pick(SLUGS)}-bastion 'uptime'"]),
        ("docker-login", "bash", [f"docker login {pick(['ghcr.io', 'registry.acme.test'])} -u {user} -p '", (pw_sq, "password"), "'"]),
        ("kubectl-literal", "bash", [f"kubectl create secret generic {pick(SLUGS)}-db \\\n  --from-literal=username={user} \\\n  --from-literal=password='", (pw_sq, "password"), "'"]),
        ("redis-cli", "bash", [f"redis-cli -h {host} -p 6379 -a '", (pw_sq, "password"), "' INFO replication"]),
        ("sqlcmd", "powershell", [f"sqlcmd -S {host} -U {user} -P \"", (pw_dq, "password"), "\" -Q \"SELECT @@VERSION\""]),
        ("ldapsearch", "bash", [f"ldapsearch -x -H ldaps://{host} -D \"cn={user},dc=corp,dc=example\" -w '", (pw_sq, "password"), "' -b \"ou=people,dc=corp,dc=example\""]),
        ("jdbc", "properties", [f"spring.datasource.url=jdbc:postgresql://{host}:5432/{pick(SLUGS)}?user={user}&password=", (pw_amp, "password"), "&ssl=true"]),
        ("adonet", "json", ['{\n  "ConnectionStrings": {\n    "Default": "Server=' + host + ';Database=' + pick(SLUGS) + ';User Id=' + user + ';Password=', (pw_semi, "password"), ';TrustServerCertificate=True"\n  }\n}']),
        ("odbc-braces", "text", [f"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={host};UID={user};PWD={{", (pw_semi, "password"), "};Encrypt=yes"]),
        ("django", "python", ["DATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"NAME\": \"" + pick(SLUGS) + "\",\n        \"USER\": \"" + user + "\",\n        \"PASSWORD\": \"", (pw_dq, "password"), "\",\n        \"HOST\": \"" + host + "\",\n    }\n}"]),
        ("smtplib", "python", ["with smtplib.SMTP_SSL(\"smtp." + pick(SLUGS) + ".test\", 465) as s:\n    s.login(\"" + user + "\", \"", (pw_dq, "password"), "\")\n    s.send_message(msg)"]),
        ("wordpress", "php", ["define( 'DB_NAME', 'wp_" + pick(SLUGS).replace("-", "_") + "' );\ndefine( 'DB_USER', '" + user + "' );\ndefine( 'DB_PASSWORD', '", (pw_sq, "password"), "' );"]),
        ("sql-create-user", "sql", [f"CREATE USER {user}_{rng.randint(1, 9)} WITH LOGIN PASSWORD '", (pw_sq, "password"), "';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO " + user + f"_{rng.randint(1, 9)};"]),
        ("sql-alter-user", "sql", [f"ALTER USER '{user}'@'%' IDENTIFIED BY '", (pw_sq, "password"), "';\nFLUSH PRIVILEGES;"]),
        ("netrc", "text", [f"machine {host}\n  login {user}\n  password ", (password(FORBID[None]), "password")]),
        ("pgpass", "text", [f"{host}:5432:*:{user}:", (password({":", "\\", " "}), "password")]),
        ("wpa", "ini", ["network={\n    ssid=\"" + pick(["Office-5G", "Lab Guest", "Warehouse"]) + "\"\n    psk=\"", (pw_dq, "password"), "\"\n}"]),
        ("ansible", "yaml", [f"ansible_user: {user}\nansible_become_password: \"", (pw_dq, "password"), "\"\nansible_port: 22"]),
        ("log-leak", "text", [f"2026-03-0{rng.randint(1, 9)}T0{rng.randint(1, 9)}:14:09Z WARN auth: login failed user={user} password=", (password(FORBID[None]), "password"), " reason=locked"]),
        ("openssl", "bash", ["openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:", (password(FORBID[None]), "password")]),
    ]
    name, lang, P = pick(C)
    return [lead(pick(["command", "snippet", "config line", "connection setup"])), *fence(lang, P), outro()], f"password/{name}", f"password in {name}"


SECRET_KEYS = ["JWT_SECRET", "SECRET_KEY", "SESSION_SECRET", "CLIENT_SECRET", "WEBHOOK_SIGNING_SECRET", "ENCRYPTION_KEY",
               "NEXTAUTH_SECRET", "COOKIE_SECRET", "HMAC_KEY", "APP_KEY", "OAUTH_CLIENT_SECRET", "SIGNING_KEY", "API_SECRET"]


def generic_secret_case():
    v = pick([lambda: base64.b64encode(rbytes(32)).decode(), lambda: rs(64, HX), lambda: "django-insecure-" + password(set("'\"\\$` "), 40, 50),
              lambda: "base64:" + base64.b64encode(rbytes(32)).decode(), lambda: rs(48, URLSAFE), lambda: password(set("'\"\\$`"), 24, 40)])()
    key = pick(SECRET_KEYS)
    style, quote = safe_style(v)
    return secret_text(style, key, v, "generic_secret", quote=quote), f"generic_secret/{style}", f"{key} value in {style}"


def basic_auth_case(m=None):
    user = pick(["admin", "ci", "grafana", "metrics", pick(SLUGS)])
    b = base64.b64encode(f"{user}:{password(set(':'))}".encode()).decode()
    m = rng.randrange(4) if m is None else m
    if m == 0:
        P = ["```http\nGET /api/health HTTP/1.1\nHost: " + pick(SLUGS) + ".corp.example\nAuthorization: Basic ", (b, "basic_auth"), "\n```"]
    elif m == 1:
        P = ["```bash\ncurl -H \"Authorization: Basic ", (b, "basic_auth"), f"\" https://{pick(SLUGS)}.corp.example/metrics\n```"]
    elif m == 2:
        P = ["```nginx\nlocation /upstream/ {\n    proxy_pass https://backend.internal;\n    proxy_set_header Authorization \"Basic ", (b, "basic_auth"), "\";\n}\n```"]
    else:
        P = ["```text\n", f"[{pick(['DEBUG', 'TRACE'])}] outgoing headers: {{'Accept': 'application/json', 'Authorization': 'Basic ", (b, "basic_auth"), "'}\n```"]
    return [lead("request details"), *P, outro()], f"basic_auth/{['http', 'curl', 'nginx', 'log'][m]}", "Basic auth credentials base64"


# ---- personal data ----
def email_case(m=None):
    people = [person() for _ in range(rng.randint(1, 3))]
    ems = [email_for(f, l_) for f, l_ in people]
    m = rng.randrange(9) if m is None else m
    if m == 0:
        f, l_ = people[0]
        P = [f"Best regards,\n{f} {l_}\n{pick(['Head of Finance', 'Site Reliability', 'Customer Success', 'Procurement'])}\n", (ems[0], "email")]
        return ["Here's a cleaned-up signature for the template:\n\n", *P, outro()], "email/signature", "e-mail in signature"
    if m == 1:
        P = ["id,name,email,plan\n"]
        for i, ((f, l_), e) in enumerate(zip(people, ems)):
            P += [f"{rng.randint(1000, 9999)},{f} {l_},", (e, "email"), f",{pick(['pro', 'free', 'team'])}\n"]
        return [lead("CSV export"), *fence("csv", P[:-1] + [P[-1][:-1]]), outro()], "email/csv", "e-mails in CSV rows"
    if m == 2:
        P = ["[\n"]
        for i, ((f, l_), e) in enumerate(zip(people, ems)):
            P += [f'  {{"name": "{f} {l_}", "email": "', (e, "email"), '"}' + ("," if i < len(people) - 1 else "") + "\n"]
        P.append("]")
        return [lead("API response"), *fence("json", P), outro()], "email/json", "e-mails in JSON records"
    if m == 3:
        P = [f"From: {people[0][0]} {people[0][1]} <", (ems[0], "email"), ">\nTo: "]
        extra = [email_for(*person())]
        P += [(extra[0], "email"), f"\nSubject: {pick(['Q3 invoice', 'Access request', 'Re: outage follow-up'])}\nDate: Tue, 1{rng.randint(0, 9)} Mar 2026 09:4{rng.randint(0, 9)}:12 +0100"]
        return ["The raw headers of the message you forwarded:\n\n", *fence("text", P), outro()], "email/mail-headers", "From/To addresses in mail headers"
    if m == 4:
        f, l_ = people[0]
        P = [f"commit {rs(40, HX)}\nAuthor: {f} {l_} <", (ems[0], "email"), f">\nDate:   Mon Feb {rng.randint(10, 28)} 14:0{rng.randint(0, 9)}:51 2026 +0100\n\n    {pick(['Fix flaky test', 'Bump deps', 'Add retry to uploader'])}"]
        return [lead("commit header"), *fence("text", P), outro()], "email/git-log", "author e-mail in git log"
    if m == 5:
        P = ["INSERT INTO customers (full_name, email, country) VALUES\n"]
        for i, ((f, l_), e) in enumerate(zip(people, ems)):
            P += [f"  ('{f} {l_}'.replace(\"'\", \"''\"), '" if False else f"  ('{f} {l_.replace(chr(39), chr(39) * 2)}', '", (e, "email"), f"', '{pick(['DE', 'FR', 'BR', 'JP'])}')" + ("," if i < len(people) - 1 else ";") + "\n"]
        return [lead("seed statement"), *fence("sql", P[:-1] + [P[-1][:-1]]), outro()], "email/sql", "e-mails in SQL insert"
    if m == 6:
        P = [f"<p>Questions? Write to <a href=\"mailto:", (ems[0], "email"), "\">", (ems[0], "email"), "</a>.</p>"]
        return [lead("footer HTML"), *fence("html", P), outro()], "email/html-mailto", "mailto link and text"
    if m == 7:
        P = [f"{pick(['2026-04-02 11:20:03', '2026-01-19 23:05:41'])} INFO mailer: password reset link sent to ", (ems[0], "email"), f" (request {rs(8, HX)})"]
        return [lead("mailer log"), *fence("text", P), outro()], "email/log", "recipient in application log"
    f, l_ = people[0]
    return ([f"You can reach {f} directly at ", (ems[0], "email"), pick([" for the contract questions.", "; she handles the onboarding.", ", he owns the billing integration."])],
            "email/prose", "e-mail inline in prose")


def phone_case(m=None):
    k = rng.randrange(175) if m is None else m
    region = PHONE_REGIONS[k % len(PHONE_REGIONS)]
    n = gen_phone(region)
    s, fmt = fmt_phone(n, region)
    f, l_ = person()
    lab = pick(PHONE_LABEL.get(region, ["Phone:", "Tel:", "Mobile:", "Cell:"]))
    m = k % 7
    if m == 0:
        P = [f"{f} {l_}\n{lab} ", (s, "phone")]
        P = ["Contact block for the letterhead:\n\n", *fence("text", P)]
    elif m == 1:
        P = [f"name,city,phone\n{f} {l_},{pick(['Lyon', 'Osaka', 'Recife', 'Leeds', 'Pune', 'Perth', 'Bilbao', 'Utrecht'])},", (s, "phone")]
        P = [lead("CSV export"), *fence("csv", P)]
    elif m == 2:
        P = [f'{{\n  "customer": "{f} {l_}",\n  "phone": "', (s, "phone"), f'",\n  "country": "{region}"\n}}']
        P = [lead("webhook payload"), *fence("json", P)]
    elif m == 3:
        P = [f"BEGIN:VCARD\nVERSION:3.0\nFN:{f} {l_}\nTEL;TYPE={pick(['CELL', 'WORK', 'HOME'])}:", (s, "phone"), "\nEND:VCARD"]
        P = [lead("vCard"), *fence("text", P)]
    elif m == 4:
        P = [f"2026-05-0{rng.randint(1, 9)}T1{rng.randint(0, 9)}:0{rng.randint(0, 9)}:22Z INFO sms: OTP delivered to ", (s, "phone"), f" provider={pick(['twilio', 'vonage', 'sinch'])}"]
        P = [lead("SMS gateway log"), *fence("text", P)]
    elif m == 5:
        e164 = phonenumbers.format_number(n, PNF.E164)
        P = ['<a href="tel:', (e164, "phone"), '">', (s, "phone"), "</a>"]
        P = [lead("contact link"), *fence("html", P)]
    else:
        P = [pick([f"Ticket note: {f} {l_} asked for a callback on ", f"Please ring {f} at ", f"The courier will call {f} {l_} on "]), (s, "phone"),
             pick([" before noon.", " tomorrow.", " to confirm the address."])]
    return [*P, outro()], f"phone/{region}/{fmt}", f"{region} phone, {fmt} format"


def card_case(m=None):
    brand, num = gen_card()
    s, fmt = fmt_card(brand, num)
    exp = f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
    m = rng.randrange(6) if m is None else m
    if m == 0:
        P = ['{"amount": ' + str(rng.randint(500, 99999)) + ', "currency": "' + pick(["eur", "usd", "gbp"]) + '", "card": {"number": "', (s, "credit_card"), f'", "exp": "{exp}"}}}}']
        P = [pick(["The request body that ended up in the debug log", "What the gateway logged", "Captured payload"]) + ":\n\n", *fence("json", P)]
    elif m == 1:
        P = [f"{pick(['Hi,', 'Hello support,'])} my card ", (s, "credit_card"), f" (exp {exp}) was charged twice for order {rng.randint(10000, 99999)}. Please refund one."]
        P = [pick(["The customer's message, as received", "Forwarded from the support inbox", "Ticket body"]) + ":\n\n> ", *P]
    elif m == 2:
        P = [f"UPDATE payment_methods SET pan = '", (s, "credit_card"), f"', expiry = '{exp}' WHERE customer_id = {rng.randint(100, 9999)};"]
        P = [lead("migration line"), *fence("sql", P)]
    elif m == 3:
        P = [f"card_holder={pick(FIRST)}+{pick(LAST).replace(' ', '+')}&card_number=", (s, "credit_card"), f"&exp={exp.replace('/', '%2F')}"]
        P = [pick(["The form post captured by the proxy", "Body of the POST in the HAR file", "From the WAF audit log"]) + ":\n\n", *fence("text", P)]
    elif m == 4:
        mod = pick(["billing", "payments", "checkout", "subscriptions"])
        P = [f"Traceback (most recent call last):\n  File \"{mod}/{pick(['charge', 'gateway', 'capture'])}.py\", line {rng.randint(40, 300)}, in {pick(['charge', 'capture', 'authorize'])}\n    raise {pick(['CardDeclined', 'PaymentError'])}(pan)\n{mod}.errors.Declined: card ", (s, "credit_card"), f" declined: {pick(['insufficient_funds', 'do_not_honor', 'expired_card'])}"]
        P = [lead("stack trace"), *fence("text", P)]
    else:
        P = [f"| Customer | Card | Expiry |\n|---|---|---|\n| {pick(FIRST)} {pick(LAST)} | ", (s, "credit_card"), f" | {exp} |"]
        P = [pick(["Rows from the legacy export", "Two lines from the old CRM", "Sample of the migration input"]) + ":\n\n", *P]
    return [*P, outro()], f"credit_card/{brand}/{fmt}", f"{brand} PAN {fmt}"


def iban_case(m=None):
    k = rng.randrange(108) if m is None else m
    cc = list(IBAN_FMT)[k % len(IBAN_FMT)]
    ib = gen_iban(cc)
    s, fmt = fmt_iban(ib)
    f, l_ = person()
    m = (k // len(IBAN_FMT) + k) % 6
    if m == 0:
        P = [f"Kontoinhaber: {f} {l_}\nIBAN: ", (s, "iban"), f"\nBIC: {rs(4, UP)}{cc}{rs(2, UP + DG)}"]
        P = ["Bank details block for the invoice footer:\n\n", *fence("text", P)]
    elif m == 1:
        P = [f"<CdtrAcct>\n  <Id>\n    <IBAN>", (ib, "iban"), "</IBAN>\n  </Id>\n</CdtrAcct>"]
        fmt = "compact"
        P = [lead("SEPA XML fragment"), *fence("xml", P)]
    elif m == 2:
        P = [f'{{"beneficiary": "{f} {l_}", "iban": "', (s, "iban"), f'", "amount": "{rng.randint(10, 5000)}.{rng.randint(10, 99)}"}}']
        P = [lead("payout request"), *fence("json", P)]
    elif m == 3:
        P = [f"supplier;iban;terms\n{pick(SLUGS)} GmbH;", (s, "iban"), f";net {pick([14, 30, 60])}"]
        P = [lead("supplier CSV"), *fence("csv", P)]
    elif m == 4:
        P = [f"Please transfer the deposit to {f} {l_}, IBAN ", (s, "iban"), pick([", reference: flat 3B.", ", before Friday.", " (account in " + cc + ")."])]
    else:
        P = [f"| Payee | IBAN |\n|---|---|\n| {f} {l_} | ", (s, "iban"), " |"]
    return [*P, outro()], f"iban/{cc}/{fmt}", f"{cc} IBAN {fmt}"


NATIONAL = [
    ("us_ssn", gen_ssn, ["SSN", "Social Security No."], "en"), ("uk_nino", gen_nino, ["NI number", "National Insurance No."], "en"),
    ("de_steuer_id", gen_steuer_id, ["Steuer-ID", "Steuerliche Identifikationsnummer"], "de"), ("fr_nir", gen_nir, ["N° de sécurité sociale", "NIR"], "fr"),
    ("es_dni", gen_dni, ["DNI"], "es"), ("es_nie", gen_nie, ["NIE"], "es"), ("it_codice_fiscale", gen_cf, ["Codice fiscale", "C.F."], "it"),
    ("nl_bsn", gen_bsn, ["BSN", "Burgerservicenummer"], "nl"), ("br_cpf", gen_cpf, ["CPF"], "pt"), ("in_aadhaar", gen_aadhaar, ["Aadhaar", "Aadhaar No."], "en"),
    ("pl_pesel", gen_pesel, ["PESEL"], "pl"), ("ca_sin", gen_sin, ["SIN", "Social Insurance Number"], "en"),
]
NAT_PROSE = {
    "en": ["The applicant {n} listed {lab} {v} on the form.", "Employee record updated: {n}, {lab} {v}.", "Verify {lab} {v} for {n} before payroll runs."],
    "de": ["Bitte die {lab} {v} von {n} in der Lohnabrechnung nachtragen.", "{n} hat die {lab} {v} per Post erhalten."],
    "fr": ["Le dossier de {n} indique le {lab} {v}.", "Merci de vérifier le {lab} {v} de {n}."],
    "es": ["El {lab} de {n} es {v}, según la ficha.", "Adjunto copia del {lab} {v} de {n}."],
    "it": ["Il {lab} di {n} risulta {v}.", "Inserire il {lab} {v} per {n} nel gestionale."],
    "nl": ["Het {lab} van {n} is {v}.", "Controleer {lab} {v} van {n} bij de intake."],
    "pt": ["O {lab} de {n} é {v}.", "Cliente {n}, {lab} {v}, pediu segunda via."],
    "pl": ["Numer {lab} pracownika {n}: {v}.", "{n} podał {lab} {v} w formularzu."],
}


def national_case(m=None):
    k = rng.randrange(48) if m is None else m
    typ, gen, labs, lang = NATIONAL[k % len(NATIONAL)]
    v = gen()
    lab = pick(labs)
    f, l_ = person()
    m = (k // len(NATIONAL) + k) % 4
    if m == 0:
        a, b = pick(NAT_PROSE[lang]).format(n=f"{f} {l_}", lab=lab, v="\0").split("\0")
        P = [a, (v, typ), b]
    elif m == 1:
        key = typ.split("_", 1)[1]
        P = [lead("HR record"), *fence("json", [f'{{\n  "employee": "{f} {l_}",\n  "{key}": "', (v, typ), f'",\n  "start_date": "2026-0{rng.randint(1, 9)}-01"\n}}'])]
    elif m == 2:
        P = [lead("onboarding sheet row"), *fence("csv", [f"name,{typ},department\n{f} {l_},", (v, typ), f",{pick(['Finance', 'Ops', 'Legal'])}"])]
    else:
        P = [lead("KYC log"), *fence("text", [f"2026-06-1{rng.randint(0, 9)} 10:0{rng.randint(0, 9)}:12 INFO kyc: verified {typ}=", (v, typ), f" for applicant {rng.randint(100, 999)}"])]
    return [*P, outro()], f"{typ}/{['prose', 'json', 'csv', 'log'][m]}", f"{typ} with check digits"


def mixed_case(m=None):
    m = rng.randrange(2) if m is None else m
    if m == 0:
        vs = rng.sample([t for t in VENDORS if VENDORS[t][2] is not None], 3)
        items = []
        for t in vs:
            g, lab = pick(VENDORS[t][0])
            val = g()
            items.append((pick(VENDORS[t][1]), val, t))
        items += fillers(2)
        rng.shuffle(items)
        P, lang, art = block("json", items)
        return [lead(art), *fence(lang, P), outro()], "mixed/leaky_config", "several vendor secrets in one config"
    f, l_ = person()
    e = email_for(f, l_)
    region = pick(PHONE_REGIONS)
    ph, _ = fmt_phone(gen_phone(region), region)
    ib, _ = fmt_iban(gen_iban(pick(list(IBAN_FMT))))
    P = [f"Customer: {f} {l_}\nE-mail: ", (e, "email"), "\nPhone: ", (ph, "phone"), "\nIBAN: ", (ib, "iban")]
    return ["Summary of the record you asked about:\n\n", *fence("text", P), outro()], f"mixed/customer_record/{region}", "name plus e-mail, phone, IBAN"


# ----------------------------------------------------------------------------
# negatives: each returns (parts, class, reason); must come out unchanged
# ----------------------------------------------------------------------------
def neg_example_key(m=None):
    m = rng.randrange(6) if m is None else m
    if m == 0:
        P = ["[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
        return [pick(["The AWS documentation uses this pair in every example", "This is the sample profile from the AWS CLI guide"]) + ":\n\n", *fence("ini", P),
                "\n\nNeither value works against a real account."], "example_key/aws-docs", "AWS documentation example key pair"
    if m == 1:
        return (["For the second profile the docs switch to `AKIAI44QH8DHBEXAMPLE` with secret `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`; "
                 f"copy the shape, not the value, into {pick(PROJECTS)}."], "example_key/aws-docs-2", "second published AWS example pair")
    if m == 2:
        return (["The token on jwt.io's landing page decodes to `John Doe`:\n\n```\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n```\n\n"
                 f"It is signed with the literal string `your-256-bit-secret`, so {pick(PROJECTS)} should reject it."], "example_key/jwt-io", "jwt.io published example token")
    if m == 3:
        return (["Stripe's API reference authenticates its curl samples with the public demo key:\n\n```bash\ncurl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n```\n\n"
                 "That key only reaches Stripe's shared test account."], "example_key/stripe-docs", "published Stripe docs test key")
    if m == 4:
        return ([f"Twilio's quickstart shows `ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` as the account SID and `your_auth_token` as the token; {pick(PROJECTS)} still has those defaults."],
                "example_key/twilio-docs", "Twilio quickstart placeholders")
    return (["Slack's tutorial literally uses `xoxb-not-a-real-token-this-will-not-work` in its sample config, which is why the bot never connects."],
            "example_key/slack-docs", "Slack docs fake token")


PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "insert_key_here", "REPLACE_ME", "sk-...",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<redacted>", "********", "TODO", "dummy-value", "<PASSWORD>", "[REDACTED]",
                "your-secret-here", "{{API_KEY}}", "%API_TOKEN%", "<insert token>", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "AKIAXXXXXXXXXXXXXXXX",
                "xoxb-your-bot-token", "password123-placeholder", "<secret>", "PLACEHOLDER", "not-set", "fill-me-in", "hf_xxxxxxxxxxxxxxxx"]


def neg_placeholder():
    keys = [k for t in VENDORS for k in VENDORS[t][1]] + PW_KEYS + SECRET_KEYS
    items = fillers(rng.randint(1, 2))
    n = rng.randint(1, 2)
    for _ in range(n):
        items.insert(rng.randint(0, len(items)), (pick(keys), pick(PLACEHOLDERS), None))
    for _ in range(30):
        style = pick(STYLES)
        quote = quote_of(style)
        if not any(set(v) & FORBID[quote] for k, v, t in items if t is None and v in PLACEHOLDERS):
            break
    else:
        style, quote = "json", '"'
    P, lang, art = block(style, items, quote)
    return [lead(art), *fence(lang, P), outro()], "placeholder", f"placeholder values in {style}"


ENV_REFS = [
    ("dotenv", lambda k: f"{k}=${{{k}}}"), ("dotenv", lambda k: f"{k}=$" + k + "_FROM_CI"),
    ("yaml", lambda k: f"      {k}: ${{{{ secrets.{k} }}}}"), ("python", lambda k: f'{k.lower()} = os.environ["{k}"]'),
    ("python", lambda k: f'{k.lower()} = os.getenv("{k}")'), ("javascript", lambda k: f"const {camel(k)} = process.env.{k};"),
    ("yaml", lambda k: f"  - name: {k}\n    valueFrom:\n      secretKeyRef:\n        name: {pick(SLUGS)}-secrets\n        key: {k.lower().replace('_', '-')}"),
    ("yaml", lambda k: f"{k.lower()}: {{{{ .Values.{camel(k)} }}}}"), ("text", lambda k: f"{k}=op://Engineering/{pick(SLUGS)}/{k.lower()}"),
    ("hcl", lambda k: f'{k.lower()} = var.{k.lower()}'), ("hcl", lambda k: f'{k.lower()} = data.aws_secretsmanager_secret_version.{pick(SLUGS).replace("-", "_")}.secret_string'),
    ("text", lambda k: f"{k}=vault:secret/data/{pick(SLUGS)}#{k.lower()}"), ("bash", lambda k: f'export {k}="$(cat /run/secrets/{k.lower()})"'),
    ("powershell", lambda k: f"$env:{k} = (Get-Secret -Name {k} -AsPlainText)"), ("properties", lambda k: f"{k.lower().replace('_', '.')}=${{{k}:}}"),
    ("yaml", lambda k: f"{k.lower()}: ENC[{pick(['gcp_kms', 'age'])}:{pick(SLUGS)}]".replace("ENC[", "!secret ").replace("]", "").split(":", 1)[0] + f": !secret {k.lower()}"),
    ("bash", lambda k: f'{k}="$(gcloud secrets versions access latest --secret={k.lower().replace("_", "-")})"'),
]


def neg_env_ref():
    keys = [k for t in VENDORS for k in VENDORS[t][1]] + PW_KEYS + SECRET_KEYS
    idx = rng.sample(range(len(ENV_REFS)), 1)[0]
    lang, f = ENV_REFS[idx]
    lines = [f(pick(keys)) for _ in range(rng.randint(1, 3))]
    if lang in ("dotenv", "text", "bash"):
        lines = [ENV_REFS[idx][1](pick(keys)) for _ in range(len(lines))]
    return [lead(pick(["secret wiring", "config that reads secrets at runtime", "indirection setup", "reference-only config"])), *fence(lang, ["\n".join(lines)]), outro()], "env_reference", "secret references, no values"


def neg_git_sha(m=None):
    m = rng.randrange(4) if m is None else m
    if m == 0:
        lines = [f"{rs(7, HX)} {pick(['Fix race in uploader', 'Bump lodash', 'Add retries', 'Refactor auth middleware', 'Docs: typo', 'Merge pull request #' + str(rng.randint(100, 999))])}" for _ in range(rng.randint(3, 6))]
        return ["`git log --oneline` on the branch:\n\n", *fence("text", ["\n".join(lines)]), outro()], "git_sha/oneline", "short commit hashes"
    if m == 1:
        P = f"      - uses: actions/checkout@{rs(40, HX)} # v4.2.2\n      - uses: actions/setup-node@{rs(40, HX)} # v4.1.0"
        return [lead("pinned workflow steps"), *fence("yaml", [P]), outro()], "git_sha/pinned-action", "actions pinned by full SHA"
    if m == 2:
        P = "\n".join(f" {rs(40, HX)} vendor/{pick(SLUGS)} (v{rng.randint(0, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)})" for _ in range(rng.randint(2, 3)))
        return ["Submodule status right now:\n\n", *fence("console", ["$ git submodule status\n" + P]), outro()], "git_sha/submodule", "submodule commit ids"
    return [f"The regression starts at `{rs(40, HX)}`; `{rs(40, HX)}` is the last good commit for {pick(PROJECTS)}."], "git_sha/prose", "full SHAs in prose"


def neg_lockfile_hash(m=None):
    m = rng.randrange(5) if m is None else m
    if m == 0:
        P = f'"node_modules/{pick(["left-pad", "chalk", "zod", "axios"])}": {{\n  "version": "{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",\n  "resolved": "https://registry.npmjs.org/x/-/x.tgz",\n  "integrity": "sha512-{base64.b64encode(rbytes(64)).decode()}"\n}}'
        return [lead("package-lock entry"), *fence("json", [P]), outro()], "hash/npm-integrity", "sha512 integrity in package-lock"
    if m == 1:
        P = "\n".join(f'    {{file = "{pick(SLUGS)}-{rng.randint(1, 5)}.{rng.randint(0, 9)}-py3-none-any.whl", hash = "sha256:{rs(64, HX)}"}},' for _ in range(2))
        return [lead("poetry.lock excerpt"), *fence("toml", ["files = [\n" + P + "\n]"]), outro()], "hash/poetry-lock", "sha256 hashes in poetry.lock"
    if m == 2:
        mod = pick(["github.com/spf13/cobra", "golang.org/x/net", "github.com/google/uuid"])
        v = f"v{rng.randint(0, 1)}.{rng.randint(1, 30)}.{rng.randint(0, 9)}"
        P = f"{mod} {v} h1:{base64.b64encode(rbytes(32)).decode()}\n{mod} {v}/go.mod h1:{base64.b64encode(rbytes(32)).decode()}"
        return [lead("go.sum lines"), *fence("text", [P]), outro()], "hash/go-sum", "go.sum h1 hashes"
    if m == 3:
        P = f"FROM python:3.12-slim@sha256:{rs(64, HX)}\nRUN pip install --require-hashes -r requirements.txt"
        return [lead("Dockerfile"), *fence("dockerfile", [P]), outro()], "hash/image-digest", "image digest pin"
    P = f"{pick(SLUGS)}=={rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)} \\\n    --hash=sha256:{rs(64, HX)} \\\n    --hash=sha256:{rs(64, HX)}"
    return [lead("requirements.txt"), *fence("text", [P]), outro()], "hash/pip-require-hashes", "pip --hash pins"


def neg_checksum(m=None):
    m = rng.randrange(4) if m is None else m
    if m == 0:
        P = "\n".join(f"{rs(64, HX)}  {pick(SLUGS)}-v{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-linux-{pick(['amd64', 'arm64'])}.tar.gz" for _ in range(2))
        return ["Compare against the published `SHA256SUMS`:\n\n", *fence("text", [P]), outro()], "checksum/sha256sums", "release checksums"
    if m == 1:
        return [f"`md5sum backup.tar` gives `{rs(32, HX)}`, matching the manifest, so the archive for {pick(PROJECTS)} is intact."], "checksum/md5", "md5 digest that looks like a 32-hex key"
    if m == 2:
        P = f"HTTP/2 200\ncontent-type: application/octet-stream\netag: \"{rs(32, HX)}\"\nx-amz-version-id: {rs(32, URLSAFE)}\ncache-control: max-age=300"
        return [lead("response headers"), *fence("http", [P]), outro()], "checksum/etag", "ETag and version id"
    P = f"sha1: {rs(40, HX)}\ncrc32c: {base64.b64encode(rbytes(4)).decode()}\nsize: {rng.randint(1000, 999999)}"
    return [lead("object metadata"), *fence("yaml", [P]), outro()], "checksum/object-metadata", "sha1/crc32c metadata"


def uuid4():
    h = rs(32, HX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def neg_uuid(m=None):
    m = rng.randrange(3) if m is None else m
    if m == 0:
        P = f"metadata:\n  name: {pick(SLUGS)}-{rs(5, LO + DG)}\n  uid: {uuid4()}\n  resourceVersion: \"{rng.randint(100000, 999999)}\""
        return [lead("pod metadata"), *fence("yaml", [P]), outro()], "uuid/k8s", "Kubernetes uid"
    if m == 1:
        return [f"Order `{uuid4()}` and order `{uuid4()}` were both created by the retry, which explains the duplicate in {pick(PROJECTS)}."], "uuid/prose", "row ids in prose"
    P = "\n".join(f"| {uuid4()} | {pick(['queued', 'done', 'failed'])} | {rng.randint(1, 99)} |" for _ in range(3))
    return ["Job table:\n\n| job_id | state | attempts |\n|---|---|---|\n" + P + outro()], "uuid/table", "UUIDs in a table"


def neg_request_id(m=None):
    m = rng.randrange(4) if m is None else m
    if m == 0:
        P = f"x-request-id: req_{rs(32, HX)}\ntraceparent: 00-{rs(32, HX)}-{rs(16, HX)}-01\ncf-ray: {rs(16, HX)}-{pick(['FRA', 'AMS', 'IAD', 'NRT'])}"
        return [lead("response headers"), *fence("http", [P]), outro()], "request_id/headers", "request/trace ids in headers"
    if m == 1:
        return [f"Support will ask for the request id; yours is `{uuid4()}` (x-amzn-RequestId) and the Sentry event is `{rs(32, HX)}`."], "request_id/prose", "AWS request id and Sentry event id"
    if m == 2:
        P = f'{{"level":"error","msg":"upstream timeout","trace_id":"{rs(32, HX)}","span_id":"{rs(16, HX)}","dd.trace_id":"{rng.randint(10 ** 15, 10 ** 16 - 1)}"}}'
        return [lead("structured log line"), *fence("json", [P]), outro()], "request_id/log", "trace ids in JSON log"
    return [f"Slack IDs for the config: channel `C0{rs(8, UP + DG)}`, user `U0{rs(8, UP + DG)}`, team `T0{rs(8, UP + DG)}`. These are identifiers, not credentials."], "request_id/slack-ids", "Slack object ids"


def neg_version(m=None):
    pkgs = ["fastapi", "pydantic", "uvicorn", "sqlalchemy", "httpx", "boto3", "numpy", "pandas", "requests", "rich"]
    m = rng.randrange(3) if m is None else m
    if m == 0:
        P = "\n".join(f"{p}=={rng.randint(0, 3)}.{rng.randint(0, 40)}.{rng.randint(0, 12)}" for p in rng.sample(pkgs, 4))
        return [lead("pip freeze output"), *fence("text", [P]), outro()], "version/pip-freeze", "pinned versions"
    if m == 1:
        return [f"You're on Node v{rng.randint(18, 23)}.{rng.randint(0, 12)}.{rng.randint(0, 9)} and npm {rng.randint(9, 11)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}; "
                f"the plugin needs v{rng.randint(2, 5)}.{rng.randint(0, 9)}.0-rc.{rng.randint(1, 4)}+build.{rng.randint(100, 9999)} or later."], "version/prose", "semver strings with build metadata"
    P = f"Linux {pick(SLUGS)} 6.{rng.randint(1, 11)}.0-{rng.randint(1000, 1099)}-azure #{rng.randint(10, 99)}-Ubuntu SMP x86_64 GNU/Linux\nPython 3.{rng.randint(9, 13)}.{rng.randint(0, 9)}\nOpenSSL 3.{rng.randint(0, 4)}.{rng.randint(0, 9)}"
    return [lead("environment report"), *fence("text", [P]), outro()], "version/uname", "kernel/tool versions"


def neg_order_number(m=None):
    m = rng.randrange(3) if m is None else m
    if m == 0:
        return [f"Invoice INV-2026-{rng.randint(10000, 99999)} covers order #{pick(UP)}-{rng.randint(100000, 999999)}; the credit note is CN-{rng.randint(1000, 9999)}."], "order_number/invoice", "invoice/order references"
    if m == 1:
        tr = "1Z" + rs(6, UP + DG) + rs(10, DG)
        return [f"UPS tracking {tr} shows the parcel in customs. The RMA number is RMA-{rng.randint(10000, 99999)}."], "order_number/tracking-ups", "UPS tracking number"
    P = "\n".join(f"| PO-{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)} | {rng.randint(1, 40)} | {rng.randint(10, 999)}.{rng.randint(10, 99)} EUR |" for _ in range(3))
    return [pick(["Open purchase orders", "POs still waiting for approval", "Orders the supplier confirmed", "Backlog from procurement"]) + ":\n\n| PO | Qty | Total |\n|---|---|---|\n" + P + outro()], "order_number/po-table", "purchase order numbers"


def neg_timestamp(m=None):
    m = rng.randrange(3) if m is None else m
    if m == 0:
        P = "\n".join(f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}Z {pick(['INFO', 'WARN'])} {pick(['cache warmed', 'job finished', 'retrying', 'shutdown requested'])}" for _ in range(4))
        return [lead("log tail"), *fence("text", [P]), outro()], "timestamp/iso-log", "ISO timestamps in log"
    if m == 1:
        return [f"The cron `{rng.randint(0, 59)} {rng.randint(0, 23)} * * 1-5` fires at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} UTC; the last run took {rng.randint(1, 59)}m{rng.randint(1, 59)}s."], "timestamp/cron", "cron and durations"
    return [f"`created_at` is stored as epoch milliseconds, e.g. 17{rng.randint(60, 99)}{rng.randint(10000000, 99999999)}{rng.randint(100, 999)}; convert with `datetime.fromtimestamp(ms / 1000)`."], "timestamp/epoch-ms", "epoch milliseconds"


def neg_date():
    d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(24, 27)}"
    return [pick([f"The contract runs from {d} until 31.12.2027, with notice due by 30 September.",
                  f"Release dates: beta 2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}, GA 2026-1{rng.randint(0, 2)}-0{rng.randint(1, 9)}.",
                  f"Your visa ({d}) and passport expiry (14 March 2031) are both fine for the trip."])], "date/prose", "dates"


def neg_isbn():
    b = "978" + str(rng.randint(0, 1)) + rs(8, DG)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    isbn = b + str((10 - s % 10) % 10)
    h = f"{isbn[:3]}-{isbn[3]}-{isbn[4:8]}-{isbn[8:12]}-{isbn[12]}"
    return [f"The citation should be: {pick(['Lindqvist', 'Okafor', 'Tanaka'])}, *{pick(['Distributed Systems in Practice', 'Notes on Queues', 'Designing Ledgers'])}*, 2nd ed., ISBN {h}."], "isbn", "ISBN-13 with hyphens"


def neg_coordinates(m=None):
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    m = rng.randrange(2) if m is None else m
    if m == 0:
        P = f'{{"type": "Point", "coordinates": [{lon:.6f}, {lat:.6f}]}}'
        return [lead("GeoJSON geometry"), *fence("json", [P]), outro()], "coordinates/geojson", "lon/lat pair"
    return [f"The depot is at {abs(lat):.4f}° {'N' if lat > 0 else 'S'}, {abs(lon):.4f}° {'E' if lon > 0 else 'W'}; the geofence radius is {rng.randint(50, 900)} m."], "coordinates/prose", "coordinates in prose"


def neg_base64_data(m=None):
    m = rng.randrange(3) if m is None else m
    if m == 0:
        raw = json.dumps({"theme": pick(["dark", "light"]), "lang": pick(["de", "fr", "en"]), "sidebar": True}).encode()
        return [f"The `prefs` cookie is just base64 JSON: `{base64.b64encode(raw).decode()}` decodes to `{raw.decode()}`."], "base64_data/json-cookie", "base64 of settings JSON"
    if m == 1:
        txt = pick(["hello world from the build bot", "line one\nline two\n", "# Release notes\n\n- fixed upload\n"]).encode()
        P = f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {pick(SLUGS)}-files\nbinaryData:\n  README.md: {base64.b64encode(txt).decode()}"
        return [lead("ConfigMap"), *fence("yaml", [P]), outro()], "base64_data/configmap", "base64 ordinary text in ConfigMap"
    return ["A 1x1 transparent PNG as a data URI, for the placeholder image:\n\n```html\n<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=\" alt=\"\">\n```"], "base64_data/png", "tiny PNG data URI"


def neg_random_id(m=None):
    m = rng.randrange(3) if m is None else m
    if m == 0:
        return [pick([f"In Stripe, `cus_{rs(14)}` is the customer and `pi_{rs(24)}` the PaymentIntent; both are plain object ids.",
                      f"Refund `ch_{rs(24)}` for customer `cus_{rs(14)}` from the dashboard, then reply on the ticket.",
                      f"The webhook payload references `in_{rs(24)}` (invoice) and `sub_{rs(24)}` (subscription)."])], "random_id/stripe-object", "Stripe object ids"
    if m == 1:
        return [f"The Mongo document `_id` is ObjectId(\"{rs(24, HX)}\"), and the ULID for the event is {rs(26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}."], "random_id/objectid-ulid", "ObjectId and ULID"
    return [f"Short links are generated with nanoid: `{rs(21, URLSAFE)}`, `{rs(21, URLSAFE)}`. Collisions are negligible at our volume."], "random_id/nanoid", "nanoid slugs"


def neg_luhn_fail_card():
    while True:
        n = pick(["4", "5", "37"]) + rs(15, DG)
        n = n[:16] if not n.startswith("37") else n[:15]
        if not std_luhn.is_valid(n):
            break
    s = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return [pick([f"The reference printed on the voucher is {s}; it is not a card number and fails the checksum.",
                  f"Gift card serial: {s} (internal format, no Luhn digit).", f"The field `loyalty_no` holds values like {s}."])], "luhn_fail_card", "card-shaped number failing Luhn"


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117", "4111 1111 1111 1111", "5105 1051 0510 5100"]


def neg_test_card():
    c = pick(TEST_CARDS)
    return [pick([f"In test mode, use {c} with any future expiry and any CVC.", f"For the checkout e2e test, fill {c}, expiry 12/34 and CVC 123.",
                  f"The sandbox accepts {c}; real cards are rejected there."])], "test_card", "published test card numbers"


def neg_number_table():
    rows = "\n".join(f"| {pick(['Berlin', 'Lagos', 'Osaka', 'Quito', 'Leeds', 'Pune'])} | {rng.randint(1000, 99999)} | {rng.randint(10, 999)}.{rng.randint(0, 9)} | {rng.randint(1, 99)}% |" for _ in range(rng.randint(3, 5)))
    intro = pick(["Here's the quarterly summary", "Numbers per site for last month", "Regional breakdown from the dashboard",
                  "Pulled from the BI export", "Weekly figures, as requested", "Top locations by volume"])
    head = pick(["| City | Orders | Revenue (k€) | Growth |", "| Site | Tickets | Avg. minutes | SLA met |",
                 "| Region | Shipments | Weight (t) | Late |", "| Store | Visits | Basket (€) | Returns |"])
    return [intro + ":\n\n" + head + "\n|---|---|---|---|\n" + rows + outro()], "number_table", "numeric table"


def neg_password_no_value():
    C = [("python", "def login(username: str, password: str) -> Session:\n    if not password:\n        raise ValueError(\"password required\")\n    return auth.verify(username, password)"),
         ("python", "password = getpass.getpass(\"Password: \")\nhashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())"),
         ("sql", "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email_address TEXT NOT NULL,\n  password_hash VARCHAR(255) NOT NULL\n);"),
         ("html", "<label for=\"pw\">Password</label>\n<input type=\"password\" id=\"pw\" name=\"password\" autocomplete=\"current-password\" required>"),
         ("bash", "echo \"$REGISTRY_PASSWORD\" | docker login ghcr.io -u ci-bot --password-stdin"),
         ("yaml", "password:\n  min_length: 12\n  require_symbols: true\n  max_age_days: 90"),
         ("json", "{\n  \"password\": \"\",\n  \"api_key\": null,\n  \"token\": \"\"\n}"),
         ("typescript", "interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n}")]
    lang, code = pick(C)
    return [lead(pick(["helper", "snippet", "schema", "form field", "policy"])), *fence(lang, [code]), outro()], "password_var_no_value", "password identifiers without a value"


def neg_masked_doc():
    return [pick([
        "GitHub classic tokens look like `ghp_` followed by 36 characters, for example `ghp_****************************abcd`. Fine-grained ones start with `github_pat_`.",
        "AWS access key ids start with `AKIA` (long-term) or `ASIA` (temporary); the console shows them as `AKIA************WXYZ`.",
        "Stripe shows only the last four characters of a key, e.g. `sk_live_...9fQ2`, so you can tell keys apart without seeing them.",
        "Slack bot tokens begin with `xoxb-`, user tokens with `xoxp-`; in the admin UI they appear as `xoxb-…-****`.",
        "OpenAI keys begin with `sk-proj-`; the dashboard lists them as `sk-proj-...Ab3Z`. Anthropic keys start with `sk-ant-`.",
        "A JWT has three base64url parts separated by dots: `header.payload.signature` (e.g. `eyJhbGciOi...`).",
        "The card on file ends in 4417 and expires 09/28; the full number is never stored.",
        "Our IBANs are displayed masked as `DE** **** **** **** **12 34` in the portal.",
        "GitLab personal access tokens use the prefix `glpat-`; the value after it is 20 characters, shown as `glpat-********************`.",
    ])], "masked_doc", "docs with truncated/masked token examples"


def neg_public_key(m=None):
    m = rng.randrange(3) if m is None else m
    if m == 0:
        return [f"Add this public key to `authorized_keys` on the bastion:\n\n```\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)} deploy-key-{rng.randint(2024, 2026)}\n```"], "public_key/ssh", "SSH public key"
    if m == 1:
        body = "\n".join(pem_body("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 294))
        return ["The JWKS endpoint serves this PEM public key:\n\n```\n-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n```"], "public_key/pem", "PEM public key"
    body = "\n".join(pem_body("MIIDdzCCAl+gAwIBAgIU", 890))
    return [lead("CA certificate"), "```\n-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n```", outro()], "public_key/certificate", "X.509 certificate"


def neg_iban_invalid():
    cc = pick(list(IBAN_FMT))
    ib = gen_iban(cc)
    bad = ib[:2] + f"{(int(ib[2:4]) + rng.randint(1, 9)) % 100:02d}" + ib[4:]
    if std_iban.is_valid(bad):
        bad = ib[:2] + "00" + ib[4:]
    g = " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))
    return [pick([f"The bank rejected `{g}` because the check digits do not match.",
                  f"Validation flags {g} as invalid (mod-97 fails); probably a typo in the form.",
                  f"`{g}` cannot be right: recompute the checksum and you get a different pair of digits.",
                  f"Our importer skipped the row with {g} - checksum error, please ask {pick(FIRST)} to resend it."])], "iban_invalid", "IBAN look-alike failing mod-97"


def neg_prose_about_secrets():
    return [pick([
        f"Never paste API keys into tickets. Store them in the secrets manager, reference them by name in {pick(PROJECTS)}, and rotate every 90 days.",
        "A strong password policy: at least 14 characters, no reuse of the last 5, and MFA for every admin account.",
        f"Generate the token in the provider's console, then add it as a repository secret called `DEPLOY_TOKEN`; {pick(PROJECTS)} reads it at runtime.",
        "If a credential leaks, revoke it first, then audit the access logs, then issue a new one; the order matters.",
        "The masking layer should hide secrets in logs, but the real fix is not logging request headers at all.",
    ])], "prose_about_secrets", "talk about secrets without any"


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
def build(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            v, t = p
            spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
            text += v
        else:
            text += p
    return text, spans


SEEN_GRAMS = set()
SEEN_TEXTS = set()
RECORDS = []


def grams(text, n=8):
    toks = text.split()
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def add(fn, kind, attempts=10):
    best = None
    for _ in range(attempts):
        parts, cls, reason = fn()
        text, spans = build(parts)
        if text in SEEN_TEXTS:
            continue
        rec = {"id": "", "text": text, "spans": spans, "kind": kind, "class": cls, "reason": reason}
        if VAL.check([rec]):
            continue
        g = grams(text)
        ov = sum(1 for x in g if x in SEEN_GRAMS)
        if best is None or ov < best[0]:
            best = (ov, rec, g)
        if ov == 0:
            break
    if best is None:
        return False
    SEEN_GRAMS.update(best[2])
    SEEN_TEXTS.add(best[1]["text"])
    RECORDS.append(best[1])
    return True


VARIANTS = {'aws_case': 6, 'special_case': 16, 'key_case': 7, 'email_case': 9, 'phone_case': 175, 'card_case': 6, 'iban_case': 108, 'national_case': 48, 'mixed_case': 2, 'basic_auth_case': 4, 'neg_example_key': 6, 'neg_git_sha': 4, 'neg_lockfile_hash': 5, 'neg_checksum': 4, 'neg_uuid': 3, 'neg_request_id': 4, 'neg_version': 3, 'neg_order_number': 3, 'neg_timestamp': 3, 'neg_coordinates': 2, 'neg_base64_data': 3, 'neg_random_id': 3, 'neg_public_key': 3}


def main():
    for typ in VENDORS:
        for _ in range(2):
            add(lambda: vendor_case(typ), "positive")
    for typ in ("github_token", "slack_token", "stripe_key", "openai_api_key", "anthropic_api_key", "google_api_key"):
        add(lambda: vendor_case(typ), "positive")
    plan_pos = [(aws_case, 12), (special_case, 32), (key_case, 21), (password_case, 36), (generic_secret_case, 12),
                (basic_auth_case, 6), (email_case, 20), (phone_case, 40), (card_case, 18), (iban_case, 18),
                (national_case, 36), (mixed_case, 6)]
    for fn, n in plan_pos:
        for i in range(n):
            k = VARIANTS.get(fn.__name__)
            add((lambda fn=fn, m=i % k: fn(m)) if k else fn, "positive")
    plan_neg = [(neg_example_key, 12), (neg_placeholder, 30), (neg_env_ref, 25), (neg_git_sha, 12), (neg_lockfile_hash, 12),
                (neg_checksum, 10), (neg_uuid, 10), (neg_request_id, 12), (neg_version, 10), (neg_order_number, 12),
                (neg_timestamp, 10), (neg_date, 6), (neg_isbn, 6), (neg_coordinates, 6), (neg_base64_data, 8),
                (neg_random_id, 10), (neg_luhn_fail_card, 8), (neg_test_card, 7), (neg_number_table, 8),
                (neg_password_no_value, 9), (neg_masked_doc, 9), (neg_public_key, 9), (neg_iban_invalid, 6),
                (neg_prose_about_secrets, 5)]
    for fn, n in plan_neg:
        for i in range(n):
            k = VARIANTS.get(fn.__name__)
            add((lambda fn=fn, m=i % k: fn(m)) if k else fn, "negative")
    rng.shuffle(RECORDS)
    for i, r in enumerate(RECORDS, 1):
        r["id"] = f"v9_{i:04d}"
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(r["kind"] == "positive" for r in RECORDS)
    print(f"wrote {len(RECORDS)} records ({pos} positive, {len(RECORDS) - pos} negative) to {OUT}")


if __name__ == "__main__":
    main()
