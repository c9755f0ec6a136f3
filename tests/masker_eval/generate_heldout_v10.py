#!/usr/bin/env python3
"""Generator for the BLIND held-out masker evaluation set v10.

Every case below is its own hand-written carrier text. Helpers only produce
random token bodies, checksummed numbers, and compute offsets. Output:
heldout_v10.jsonl next to this file. Deterministic: rerunning rewrites the
file byte for byte (bodies from random.Random(20261202), order shuffled with
random.Random(1010)).
"""
import json, os, random, string, zlib, base64

R = random.Random(20261202)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO

def pick(alpha, n): return "".join(R.choice(alpha) for _ in range(n))
def a(n): return pick(AN, n)            # mixed alnum
def u(n): return pick(UP + DG, n)       # upper + digits
def l(n): return pick(LO + DG, n)       # lower + digits
def h(n): return pick("0123456789abcdef", n)
def H(n): return pick("0123456789ABCDEF", n)
def b(n): return pick(AN + "+/", n)     # base64 alphabet
def bu(n): return pick(AN + "-_", n)    # base64url alphabet
def d(n): return pick(DG, n)
def d1(n): return R.choice("123456789") + d(n - 1)

def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62); s = B62[r] + s
    return s

def gh(prefix):
    body = a(30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")

def ghfg():
    return "github_pat_" + a(22) + "_" + a(59)

def aws_id(prefix="AKIA"): return prefix + pick(UP + "234567", 16)
def aws_secret(): return b(40)

def slack_bot(): return "xoxb-" + d1(11) + "-" + d1(13) + "-" + a(24)
def slack_user(): return "xoxp-" + d1(11) + "-" + d1(11) + "-" + d1(13) + "-" + h(32)
def slack_hook(): return "T" + u(10) + "/B" + u(10) + "/" + a(24)

def jwt(payload_json, header='{"alg":"HS256","typ":"JWT"}'):
    e = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    return e(header) + "." + e(payload_json) + "." + bu(43)

def jwt_none(payload_json):
    e = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    return e('{"alg":"none","typ":"JWT"}') + "." + e(payload_json) + "."

def b64of(s): return base64.b64encode(s.encode()).decode()

def pem(label, lines=6, nl="\n"):
    body = nl.join(b(64) for _ in range(lines)) + nl + b(R.randint(20, 60)) + "="
    return f"-----BEGIN {label}-----{nl}{body}{nl}-----END {label}-----"

def openssh_key(lines=5):
    body = "\n".join(["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"] + [b(70) for _ in range(lines)])
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"

def pgp_key(lines=6):
    body = "\n".join(["lQOYBF" + b(58)] + [b(64) for _ in range(lines)]) + "\n=" + b(4)
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n-----END PGP PRIVATE KEY BLOCK-----"

# ---- checksummed numbers -------------------------------------------------
def luhn_sum(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t

def luhn_ok(s): return luhn_sum(s) % 10 == 0
def luhn_cd(s): return str((10 - luhn_sum(s + "0") % 10) % 10)

def card(prefix, length=16, groups=None, sep=" ", bad=False):
    while True:
        body = prefix + d(length - len(prefix) - 1)
        num = body + luhn_cd(body)
        if bad:
            num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
        if num not in TEST_CARDS: break
    if groups:
        out, i = [], 0
        for g in groups: out.append(num[i:i + g]); i += g
        return sep.join(out)
    return num

TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "4000056655665556", "5105105105105100", "6011111111111117", "3530111333300000",
              "4012888888881881", "371449635398431", "30569309025904", "6200000000000005"}

IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "GB": 22, "CH": 21, "AT": 20,
            "PL": 28, "PT": 25, "IE": 22, "SE": 24, "DK": 18, "FI": 18, "NO": 15, "LU": 20, "CZ": 24,
            "GR": 27, "HR": 21, "RO": 24, "SA": 24, "AE": 23, "TR": 26, "BR": 29, "MT": 31, "LT": 20}

def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97

def iban(cc, bban, grouped=False, bad=False):
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, len(bban))
    chk = 98 - mod97(cc + "00" + bban)
    s = f"{cc}{chk:02d}{bban}"
    if bad:
        s = f"{cc}{(chk + R.randint(1, 40)) % 97 + 2:02d}{bban}"
        if mod97(s) == 1: s = f"{cc}{(chk + 50) % 97 + 2:02d}{bban}"
        assert mod97(s) != 1
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def ssn(sep="-"):
    while True:
        area = R.randint(1, 899)
        if area != 666: break
    return f"{area:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"

def nino(spaced=False):
    first = "ABCEGHJKLMNOPRSTWXYZ"; second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    n = d(6); s = R.choice("ABCD")
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}" if spaced else p + n + s

def steuer_id(bad=False, spaced=False):
    while True:
        digs = R.sample(range(10), 9)
        digs.append(R.choice(digs)); R.shuffle(digs)
        if digs[0] != 0: break
    prod = 10
    for x in digs:
        s = (x + prod) % 10
        if s == 0: s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    if c == 10: c = 0
    if bad: c = (c + 3) % 10
    v = "".join(map(str, digs)) + str(c)
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v

def nir(bad=False, spaced=True):
    base = f"{R.choice('12')}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.choice(['75', '69', '13', '33', '59', '31'])}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    if bad: key = (key + 7) % 97 + 1
    if spaced:
        return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"
    return f"{base}{key:02d}"

DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"
def dni(bad=False, dash=False):
    n = R.randint(10000000, 99999999); c = DNI_L[n % 23]
    if bad: c = DNI_L[(n + 5) % 23]
    return f"{n:08d}{'-' if dash else ''}{c}"

def nie(bad=False):
    p = R.choice("XYZ"); n = R.randint(1000000, 9999999)
    c = DNI_L[int(str("XYZ".index(p)) + f"{n:07d}") % 23]
    if bad: c = DNI_L[(int(str("XYZ".index(p)) + f"{n:07d}") + 4) % 23]
    return f"{p}{n:07d}{c}"

CF_ODD = dict(zip(DG + UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def cf_check(s15):
    t = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0: t += CF_ODD[ch]
        else: t += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + t % 26)

def codice_fiscale(bad=False):
    cons = "BCDFGHLMNPRSTVZ"
    s = pick(cons, 3) + pick(cons, 3) + f"{R.randint(50, 99):02d}" + R.choice("ABCDEHLMPRST") + f"{R.choice([R.randint(1, 28), R.randint(41, 68)]):02d}" + R.choice("ADFHL") + f"{R.randint(1, 999):03d}"
    c = cf_check(s)
    if bad: c = chr(65 + (ord(c) - 65 + 3) % 26)
    return s + c

def bsn(bad=False):
    while True:
        ds = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        r = sum(x * (9 - i) for i, x in enumerate(ds)) % 11
        if r < 10: break
    last = r if not bad else (r + 1) % 10
    return "".join(map(str, ds)) + str(last)

def cpf(bad=False, fmt=True):
    ds = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        r = sum(x * (k - i) for i, x in enumerate(ds)) * 10 % 11
        ds.append(0 if r == 10 else r)
    if bad: ds[-1] = (ds[-1] + 1) % 10
    s = "".join(map(str, ds))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s

VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,0,7,6,8],[4,2,8,6,5,7,1,3,9,0],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,5,2,3,8]]
VINV = [0,4,3,2,1,5,6,7,8,9]
def aadhaar(bad=False, spaced=True):
    s = d1(11)
    while s[0] in "01": s = d1(11)
    c = 0
    for i, ch in enumerate(reversed(s)): c = VD[c][VP[(i + 1) % 8][int(ch)]]
    cd = VINV[c]
    if bad: cd = (cd + 1) % 10
    v = s + str(cd)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v

def pan(): return pick(UP, 3) + R.choice("PCHF") + R.choice(UP) + d(4) + R.choice(UP)

CN_W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def cn_id(bad=False):
    s = R.choice(["110105", "310104", "440305", "510107", "330106"]) + f"{R.randint(1960, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + d(3)
    c = "10X98765432"[sum(int(x) * w for x, w in zip(s, CN_W)) % 11]
    if bad: c = "10X98765432"[(sum(int(x) * w for x, w in zip(s, CN_W)) + 3) % 11]
    return s + c

def my_number(bad=False, spaced=True):
    s = d1(11)
    tot = 0
    for n in range(1, 12):
        p = int(s[11 - n]); q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11; c = 0 if r <= 1 else 11 - r
    if bad: c = (c + 2) % 10
    v = s + str(c)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if spaced else v

def pesel(bad=False):
    s = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + d(4)
    c = (10 - sum(int(x) * w for x, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    if bad: c = (c + 4) % 10
    return s + str(c)

def personnummer(bad=False):
    s = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + d(3)
    c = luhn_cd(s)
    if bad: c = str((int(c) + 5) % 10)
    return f"{s[:6]}-{s[6:]}{c}"

def sin(bad=False, sep=" "):
    while True:
        s = R.choice("1234567") + d(7)
        c = luhn_cd(s)
        if bad: c = str((int(c) + 3) % 10)
        v = s + c
        return f"{v[:3]}{sep}{v[3:6]}{sep}{v[6:]}"

# ---- case registry ----------------------------------------------------------
CASES = []
def S(t, v): return "\x00" + t + "\x01" + v + "\x02"
def P(cls, reason, text): CASES.append(("positive", cls, reason, text))
def N(cls, reason, text):
    assert "\x00" not in text, cls
    CASES.append(("negative", cls, reason, text))

# =========================== POSITIVES: vendor credentials ===================
P("aws_credentials/ini", "key id and secret key in ~/.aws/credentials",
  f"""Your `~/.aws/credentials` should end up looking like this:

```ini
[default]
aws_access_key_id = {S('aws_access_key_id', aws_id())}
aws_secret_access_key = {S('aws_secret_access_key', aws_secret())}
region = eu-central-1
```

After saving, `aws sts get-caller-identity` confirms which principal you are.""")

P("aws_credentials/env_export", "AWS pair exported in a shell session",
  f"""$ export AWS_ACCESS_KEY_ID={S('aws_access_key_id', aws_id())}
$ export AWS_SECRET_ACCESS_KEY="{S('aws_secret_access_key', aws_secret())}"
$ aws s3 ls s3://media-archive-prod/2024/ --recursive | head
2024-03-02 11:04:19     120443 2024/cover.png""")

P("aws_session_token/json", "STS AssumeRole JSON answer with session credentials",
  f"""The `assume-role` call returned:

```json
{{
  "Credentials": {{
    "AccessKeyId": "{S('aws_access_key_id', aws_id('ASIA'))}",
    "SecretAccessKey": "{S('aws_secret_access_key', aws_secret())}",
    "SessionToken": "{S('aws_session_token', 'IQoJb3JpZ2luX2VjE' + b(180) + '==')}",
    "Expiration": "2025-06-11T14:22:09Z"
  }}
}}
```
Copy those three values into the environment of the failing job.""")

P("aws_access_key_id/prose_de", "AWS key id quoted in German prose",
  f"""Der Fehler `InvalidClientTokenId` kommt daher, dass der Schlüssel {S('aws_access_key_id', aws_id())} bereits deaktiviert wurde. Erstelle in IAM einen neuen und trage ihn in Jenkins ein.""")

P("aws_secret_access_key/terraform", "static AWS keys hard-coded in a Terraform provider block",
  f"""Hard-coding keys works but is discouraged:

```hcl
provider "aws" {{
  region     = "us-west-2"
  access_key = "{S('aws_access_key_id', aws_id())}"
  secret_key = "{S('aws_secret_access_key', aws_secret())}"
}}
```
Prefer an instance profile or `AWS_PROFILE` once this works.""")

P("github_pat/git_remote", "classic GitHub PAT in an https remote URL",
  f"""Your remote currently embeds the token, which is why it shows up in `git remote -v`:

```
origin  https://{S('github_pat', gh('ghp_'))}@github.com/lumen-labs/firmware.git (fetch)
```
Switch to the credential helper and rotate it.""")

P("github_pat/actions_env", "GitHub PAT in a workflow env block",
  f"""```yaml
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: {S('github_pat', gh('ghp_'))}
    steps:
      - uses: actions/checkout@v4
      - run: gh release create v2.3.0 --generate-notes
```""")

P("github_oauth/python", "gho_ OAuth token in a Python requests call",
  f"""```python
import requests
headers = {{"Authorization": "token {S('github_oauth_token', gh('gho_'))}",
           "Accept": "application/vnd.github+json"}}
r = requests.get("https://api.github.com/user/repos", headers=headers, timeout=10)
print(r.status_code, len(r.json()))
```""")

P("github_app_token/log", "ghs_ installation token printed in a CI log",
  f"""2025-02-14T09:12:44.118Z [debug] minted installation token {S('github_app_token', gh('ghs_'))} expires_at=2025-02-14T10:12:44Z
2025-02-14T09:12:44.301Z [info] cloning private submodule vendor/protos""")

P("github_user_to_server/table", "ghu_ token in a Markdown table cell",
  f"""| Integration | Token | Scope |
|---|---|---|
| Release bot | `{S('github_app_token', gh('ghu_'))}` | contents:write |
| Docs preview | (none) | read-only |""")

P("github_refresh_token/json", "ghr_ refresh token in an OAuth exchange answer",
  f"""The device-flow exchange answered with `{{"access_token":"{S('github_oauth_token', gh('gho_'))}","refresh_token":"{S('github_refresh_token', gh('ghr_'))}","expires_in":28800,"token_type":"bearer"}}` so store the refresh value in the keychain.""")

P("github_fine_grained_pat/npmrc", "fine-grained PAT used for GitHub Packages in .npmrc",
  f"""```ini
@acme-internal:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={S('github_fine_grained_pat', ghfg())}
```
Every developer needs `read:packages` on that token.""")

P("github_fine_grained_pat/cli_flag_fr", "fine-grained PAT after a CLI flag, French prose",
  f"""Pour la migration, lancez : `gh-migrate --source-token {S('github_fine_grained_pat', ghfg())} --org atelier-nord` puis vérifiez les dépôts archivés dans l'onglet Paramètres.""")

P("gitlab_pat/curl", "glpat token in PRIVATE-TOKEN header",
  f"""```bash
curl --header "PRIVATE-TOKEN: {S('gitlab_pat', 'glpat-' + bu(20))}" \\
  "https://gitlab.example.org/api/v4/projects/4821/pipelines?status=failed"
```""")

P("gitlab_runner_token/toml", "glrt runner authentication token in config.toml",
  f"""[[runners]]
  name = "build-arm64-03"
  url = "https://gitlab.internal.corp/"
  token = "{S('gitlab_runner_token', 'glrt-' + bu(20))}"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19\"""")

P("gitlab_deploy_token/prose", "gldt deploy token mentioned while explaining a Helm pull",
  f"""The chart pull fails because the deploy token was revoked; the new one is {S('gitlab_deploy_token', 'gldt-' + bu(20))} with username `gitlab+deploy-token-77`, scoped to `read_package_registry` only.""")

P("slack_bot_token/python_env", "xoxb bot token in a .env file",
  f"""# .env for the standup bot
SLACK_BOT_TOKEN={S('slack_bot_token', slack_bot())}
SLACK_CHANNEL=#eng-standup
POST_AT=09:30""")

P("slack_user_token/js", "xoxp user token in a JS WebClient constructor",
  f"""```js
const {{ WebClient }} = require('@slack/web-api');
const web = new WebClient('{S('slack_user_token', slack_user())}');
await web.conversations.history({{ channel: 'C04QK7Q2Z1D', limit: 50 }});
```""")

P("slack_webhook/curl", "Slack incoming webhook path in a curl call",
  f"""```sh
curl -X POST -H 'Content-type: application/json' \\
  --data '{{"text":"Nightly backup finished in 14m"}}' \\
  https://hooks.slack.com/services/{S('slack_webhook', slack_hook())}
```""")

P("slack_webhook/alertmanager", "Slack webhook inside Alertmanager YAML",
  f"""receivers:
  - name: oncall-slack
    slack_configs:
      - api_url: 'https://hooks.slack.com/services/{S('slack_webhook', slack_hook())}'
        channel: '#alerts-payments'
        send_resolved: true""")

P("slack_app_token/socket_mode", "xapp app-level token for socket mode",
  f"""Socket Mode needs an app-level token with `connections:write`; set `SLACK_APP_TOKEN="{S('slack_app_token', 'xapp-1-A' + u(10) + '-' + d1(13) + '-' + h(64))}"` before `python app.py`.""")

P("stripe_secret_key/node", "live Stripe secret key in Node init",
  f"""```javascript
// server/payments.js
const stripe = require('stripe')('{S('stripe_secret_key', 'sk_live_51' + a(96))}');
const session = await stripe.checkout.sessions.create({{ mode: 'subscription', line_items }});
```""")

P("stripe_restricted_key/table_es", "restricted Stripe key in a Spanish table",
  f"""| Entorno | Clave restringida |
|---|---|
| Producción | {S('stripe_restricted_key', 'rk_live_51' + a(96))} |

Solo tiene permiso de lectura sobre `charges` y `refunds`.""")

P("stripe_webhook_secret/env", "whsec signing secret in docker compose env",
  f"""    environment:
      - STRIPE_WEBHOOK_SECRET={S('stripe_webhook_secret', 'whsec_' + a(32))}
      - PORT=8080""")

P("openai_api_key/python", "project-scoped OpenAI key in Python client",
  f"""```python
from openai import OpenAI
client = OpenAI(api_key="{S('openai_api_key', 'sk-proj-' + bu(74) + 'T3BlbkFJ' + bu(74))}")
resp = client.responses.create(model="gpt-4.1-mini", input="Summarise the ticket")
```""")

P("openai_api_key/legacy_shell", "legacy sk- key with T3BlbkFJ marker in shell history",
  f"""  512  export OPENAI_API_KEY={S('openai_api_key', 'sk-' + a(20) + 'T3BlbkFJ' + a(20))}
  513  python summarize.py --input notes/2024-q3.md
  514  history | tail -3""")

P("anthropic_api_key/curl", "Anthropic key in x-api-key header",
  f"""```bash
curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: {S('anthropic_api_key', 'sk-ant-api03-' + bu(93) + 'AA')}" \\
  -H "anthropic-version: 2023-06-01" -H "content-type: application/json" \\
  -d '{{"model":"claude-3-5-haiku-latest","max_tokens":256,"messages":[{{"role":"user","content":"ping"}}]}}'
```""")

P("anthropic_admin_key/yaml", "Anthropic admin key in a Helm values file",
  f"""usageExporter:
  schedule: "*/15 * * * *"
  adminKey: {S('anthropic_api_key', 'sk-ant-admin01-' + bu(93) + 'AA')}""")

P("google_api_key/html", "Google Maps browser key in a script tag",
  f"""<script async
  src="https://maps.googleapis.com/maps/api/js?key={S('google_api_key', 'AIza' + bu(35))}&callback=initMap&libraries=places">
</script>""")

P("google_api_key/android_xml", "Google API key in Android resources",
  f"""<resources>
    <string name="app_name">TrailMate</string>
    <string name="google_maps_key" translatable="false">{S('google_api_key', 'AIza' + bu(35))}</string>
</resources>""")

P("gcp_oauth_client_secret/json", "GOCSPX client secret in client_secret.json",
  f"""{{"installed":{{"client_id":"{d1(12)}-{l(32)}.apps.googleusercontent.com","project_id":"quarry-reports","auth_uri":"https://accounts.google.com/o/oauth2/auth","client_secret":"{S('gcp_oauth_client_secret', 'GOCSPX-' + bu(28))}","redirect_uris":["http://localhost"]}}}}""")

_sa_key = pem("PRIVATE KEY", lines=8, nl="\\n") + "\\n"
P("private_key/gcp_service_account", "service-account JSON: escaped PEM block including final \\n",
  f"""Here is the structure of the key file (trimmed fields kept):

```json
{{
  "type": "service_account",
  "project_id": "harbor-ml-staging",
  "private_key_id": "{h(40)}",
  "private_key": "{S('private_key', _sa_key)}",
  "client_email": "{S('email', 'trainer@harbor-ml-staging.iam.gserviceaccount.com')}"
}}
```""")

P("azure_storage_key/connection_string", "AccountKey value in an Azure storage connection string",
  f"""AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stcontosoinvoices;AccountKey={S('azure_storage_key', b(86) + '==')};EndpointSuffix=core.windows.net\"""")

P("azure_service_bus_key/csharp", "SharedAccessKey in a C# Service Bus connection string",
  f"""```csharp
var client = new ServiceBusClient(
    "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=sender;SharedAccessKey={S('azure_sas_key', b(43) + '=')}");
```""")

P("azure_client_secret/bicep_params", "Entra ID client secret (Q~ form) in a parameters file",
  f"""{{
  "parameters": {{
    "tenantId": {{ "value": "{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}" }},
    "clientSecret": {{ "value": "{S('azure_client_secret', a(3) + '8Q~' + bu(34))}" }}
  }}
}}""")

P("azure_devops_pat/git_config", "Azure DevOps PAT in a basic-auth extraheader explanation",
  f"""Pipelines agent setup note: the PAT `{S('azure_devops_pat', pick(LO + '234567', 52))}` belongs to the service user and needs Code (Read) plus Packaging (Read) scopes on dev.azure.com/northwind.""")

P("twilio_api_key/env", "Twilio API key SID and secret in env",
  f"""TWILIO_ACCOUNT_SID=AC{h(32)}
TWILIO_API_KEY={S('twilio_api_key', 'SK' + h(32))}
TWILIO_API_SECRET={S('generic_secret', a(32))}""")

P("sendgrid_api_key/php", "SendGrid key in PHP",
  f"""<?php
$sendgrid = new \\SendGrid('{S('sendgrid_api_key', 'SG.' + bu(22) + '.' + bu(43))}');
$email->setFrom("{S('email', 'no-reply@shop-fernhill.de')}", "Shop");""")

P("mailgun_api_key/python", "Mailgun private key in an auth tuple",
  f"""```python
requests.post("https://api.eu.mailgun.net/v3/mg.fernhill.co/messages",
    auth=("api", "{S('mailgun_api_key', 'key-' + h(32))}"),
    data={{"subject": "Weekly digest", "text": body}})
```""")

P("mailchimp_api_key/ruby", "Mailchimp key with datacenter suffix",
  f"""```ruby
gibbon = Gibbon::Request.new(api_key: "{S('mailchimp_api_key', h(32) + '-us14')}")
gibbon.lists("{h(10)}").members.retrieve
```""")

P("npm_token/npmrc", "npm automation token in .npmrc",
  f"""//registry.npmjs.org/:_authToken={S('npm_token', 'npm_' + a(36))}
always-auth=true""")

P("pypi_token/pypirc", "PyPI API token in .pypirc",
  f"""[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {S('pypi_token', 'pypi-AgEIcHlwaS5vcmc' + bu(60))}""")

P("dockerhub_pat/login", "Docker Hub PAT piped to docker login",
  f"""$ echo "{S('dockerhub_pat', 'dckr_pat_' + bu(27))}" | docker login -u builds-ci --password-stdin
Login Succeeded""")

P("shopify_access_token/graphql", "Shopify admin token in a header",
  f"""POST /admin/api/2024-04/graphql.json HTTP/1.1
Host: tinkerbox-store.myshopify.com
X-Shopify-Access-Token: {S('shopify_access_token', 'shpat_' + h(32))}
Content-Type: application/json""")

P("shopify_shared_secret/toml", "Shopify shared secret in app config",
  f"""[auth]
api_key = "{h(32)}-public-id"
shared_secret = "{S('shopify_shared_secret', 'shpss_' + h(32))}\"""")

P("digitalocean_pat/doctl", "DigitalOcean token passed to doctl",
  f"""Run `doctl auth init --access-token {S('digitalocean_pat', 'dop_v1_' + h(64))}` and then `doctl kubernetes cluster kubeconfig save fra1-prod`.""")

P("digitalocean_spaces/s3cfg", "DigitalOcean Spaces key pair in .s3cfg",
  f"""[default]
host_base = ams3.digitaloceanspaces.com
access_key = {S('digitalocean_spaces_key', 'DO00' + pick(UP + DG, 16))}
secret_key = {S('generic_secret', b(43))}""")

P("heroku_api_key/netrc", "Heroku API key in .netrc password field",
  f"""machine api.heroku.com
  login {S('email', 'ops@lanternworks.io')}
  password {S('heroku_api_key', 'HRKU-AA' + bu(58))}""")
P("vault_token/env", "HashiCorp Vault service token (hvs.) exported",
  f"""export VAULT_ADDR=https://vault.ops.internal:8200
export VAULT_TOKEN={S('vault_token', 'hvs.CAESI' + bu(86))}
vault kv get -mount=secret payments/stripe""")

P("terraform_cloud_token/credentials_tfrc", "Terraform Cloud token in credentials.tfrc.json",
  f"""{{
  "credentials": {{
    "app.terraform.io": {{
      "token": "{S('terraform_cloud_token', a(14) + '.atlasv1.' + bu(67))}"
    }}
  }}
}}""")

P("databricks_token/cfg", "Databricks PAT in .databrickscfg",
  f"""[DEFAULT]
host  = https://adb-{d1(16)}.7.azuredatabricks.net
token = {S('databricks_token', 'dapi' + h(32) + '-2')}""")

P("huggingface_token/notebook", "HF token in a notebook login cell",
  f"""In [3]: from huggingface_hub import login
        login(token="{S('huggingface_token', 'hf_' + pick(UP + LO, 34))}")
Out[3]: Token is valid (permission: write).""")

P("linear_api_key/graphql_curl", "Linear API key as raw Authorization value",
  f"""curl -s https://api.linear.app/graphql -H 'Content-Type: application/json' \\
  -H 'Authorization: {S('linear_api_key', 'lin_api_' + a(40))}' \\
  --data '{{ "query": "{{ viewer {{ id name }} }}" }}'""")

P("notion_token/env", "Notion internal integration token, new ntn_ form",
  f"""NOTION_TOKEN={S('notion_token', 'ntn_' + d(11) + a(35))}
NOTION_DATABASE_ID={h(32)}""")

P("notion_token/legacy_secret", "legacy secret_ Notion token in Python",
  f"""notion = Client(auth="{S('notion_token', 'secret_' + a(43))}")
pages = notion.databases.query(database_id=DB_ID)["results"]""")

P("atlassian_api_token/basic_curl_user", "Atlassian token as -u password for Jira REST",
  f"""curl -u {S('email', 'mara.okafor@brightline.io')}:{S('atlassian_api_token', 'ATATT3xFfGF0' + bu(170) + '=' + H(8))} \\
  -H "Accept: application/json" https://brightline.atlassian.net/rest/api/3/myself""")

P("discord_bot_token/py", "Discord bot token in bot.run()",
  f"""```python
bot = commands.Bot(command_prefix="!", intents=intents)
bot.run("{S('discord_bot_token', 'MT' + a(24) + '.' + bu(6) + '.' + bu(38))}")
```""")

P("discord_webhook/url", "Discord webhook URL token part",
  f"""Post the deploy note to `https://discord.com/api/webhooks/{d1(19)}/{S('discord_webhook_token', bu(68))}` from the last step of the pipeline.""")

P("telegram_bot_token/url", "Telegram bot token embedded in the API URL",
  f"""Der Bot meldet sich so an: `https://api.telegram.org/bot{S('telegram_bot_token', d1(10) + ':AA' + bu(33))}/getUpdates` – danach die chat_id aus der Antwort lesen.""")

P("newrelic_user_key/yaml", "New Relic NRAK user key",
  f"""newrelic:
  accountId: {d1(7)}
  apiKey: {S('newrelic_api_key', 'NRAK-' + u(27))}""")

P("newrelic_license_key/ini", "New Relic ingest license key ending NRAL",
  f"""[newrelic]
license_key = {S('newrelic_license_key', h(36) + 'NRAL')}
app_name = checkout-api (prod)""")

P("datadog_api_key/helm", "Datadog API key in helm install flags",
  f"""helm install datadog-agent datadog/datadog \\
  --set datadog.apiKey={S('datadog_api_key', h(32))} \\
  --set datadog.appKey={S('datadog_app_key', h(40))} \\
  --set datadog.site=datadoghq.eu""")

P("sentry_auth_token/sentryclirc", "Sentry org auth token sntrys_",
  f"""[auth]
token={S('sentry_auth_token', 'sntrys_eyJpYXQiOjE3' + bu(60) + '_' + bu(43))}

[defaults]
org=quarry-labs""")

P("sentry_user_token/shell", "Sentry user token sntryu_",
  f"""SENTRY_AUTH_TOKEN={S('sentry_auth_token', 'sntryu_' + h(64))} sentry-cli releases finalize "$VERSION\"""")

P("postman_api_key/newman", "Postman API key in newman URL",
  f"""newman run "https://api.getpostman.com/collections/{d1(8)}-{h(8)}?apikey={S('postman_api_key', 'PMAK-' + h(24) + '-' + h(34))}" -e staging.json""")

P("pulumi_token/ci", "Pulumi access token in GitLab CI variables",
  f"""variables:
  PULUMI_ACCESS_TOKEN: "{S('pulumi_token', 'pul-' + h(40))}"
  PULUMI_STACK: org/infra/prod""")

P("grafana_service_account/provisioning", "Grafana service account token glsa_",
  f"""apiVersion: 1
datasources:
  - name: Loki-remote
    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: "Bearer {S('grafana_service_account_token', 'glsa_' + a(32) + '_' + h(8))}\"""")

P("grafana_cloud_token/alloy", "Grafana Cloud access policy token glc_",
  f"""prometheus.remote_write "cloud" {{
  endpoint {{
    url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
    basic_auth {{ username = "{d1(7)}"  password = "{S('grafana_cloud_token', 'glc_eyJvIjoi' + b(110) + '=')}" }}
  }}
}}""")

P("doppler_token/compose", "Doppler service token",
  f"""The container reads its config at start: `docker run -e DOPPLER_TOKEN="{S('doppler_token', 'dp.st.prd.' + a(43))}" ghcr.io/acme/worker:1.8.2`.""")

P("planetscale_token/env", "PlanetScale service token and password",
  f"""PLANETSCALE_SERVICE_TOKEN_ID={l(12)}
PLANETSCALE_SERVICE_TOKEN={S('planetscale_token', 'pscale_tkn_' + bu(43))}
DATABASE_PASSWORD={S('planetscale_password', 'pscale_pw_' + bu(43))}""")

P("flyio_token/workflow", "Fly.io deploy token in a workflow",
  f"""      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: {S('flyio_token', 'FlyV1 fm2_' + bu(180))}""")

P("supabase_pat/cli", "Supabase personal access token sbp_",
  f"""supabase login --token {S('supabase_token', 'sbp_' + h(40))} && supabase db push --linked""")

P("square_access_token/java", "Square production access token EAAA",
  f"""SquareClient client = new SquareClient.Builder()
    .environment(Environment.PRODUCTION)
    .bearerAuthCredentials(new BearerAuthModel.Builder("{S('square_access_token', 'EAAA' + bu(60))}").build())
    .build();""")

P("braintree_access_token/env", "PayPal Braintree production access token",
  f"""BRAINTREE_ACCESS_TOKEN={S('braintree_access_token', 'access_token$production$' + l(16) + '$' + h(32))}""")

P("age_secret_key/file", "age identity file contents",
  f"""# created: 2025-01-09T17:41:03+01:00
# public key: age1{pick('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}
{S('age_secret_key', 'AGE-SECRET-KEY-1' + pick('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58))}""")

P("cloudflare_api_token/wrangler", "Cloudflare API token in CLOUDFLARE_API_TOKEN",
  f"""To let wrangler deploy without the browser flow: `CLOUDFLARE_API_TOKEN={S('cloudflare_api_token', bu(40))} npx wrangler deploy --env production`.""")

P("cloudflare_origin_ca_key/terraform", "Cloudflare Origin CA key v1.0-",
  f"""variable "cf_origin_ca_key" {{
  default = "{S('cloudflare_origin_ca_key', 'v1.0-' + h(24) + '-' + h(146))}"
}}""")

P("firebase_fcm_server_key/curl", "legacy FCM server key",
  f"""curl -X POST https://fcm.googleapis.com/fcm/send \\
  -H "Authorization: key={S('fcm_server_key', 'AAAA' + bu(7) + ':APA91b' + bu(134))}" \\
  -H "Content-Type: application/json" -d @push.json""")

P("alibaba_access_key/ini", "Alibaba Cloud AccessKey pair",
  f"""[default]
access_key_id = {S('alibaba_access_key_id', 'LTAI5t' + a(18))}
access_key_secret = {S('alibaba_access_key_secret', a(30))}
region_id = cn-hangzhou""")

P("tencent_secret_id/python_zh", "Tencent Cloud SecretId/SecretKey with Chinese comment",
  f"""# 腾讯云凭证（仅用于测试环境）
cred = credential.Credential("{S('tencent_secret_id', 'AKID' + a(32))}", "{S('tencent_secret_key', a(32))}")
client = cvm_client.CvmClient(cred, "ap-guangzhou")""")

P("mapbox_secret_token/env", "Mapbox secret token sk.eyJ",
  f"""MAPBOX_DOWNLOADS_TOKEN={S('mapbox_secret_token', 'sk.eyJ1Ijoi' + bu(50) + '.' + bu(22))}""")

P("okta_api_token/powershell", "Okta SSWS token in PowerShell header",
  f"""$headers = @{{ Authorization = "SSWS {S('okta_api_token', '00' + bu(40))}" }}
Invoke-RestMethod -Uri "https://northwind.okta.com/api/v1/users?limit=200" -Headers $headers""")

P("asana_pat/go", "Asana PAT in Go code",
  f"""req.Header.Set("Authorization", "Bearer {S('asana_pat', '2/' + d1(16) + '/' + d1(16) + ':' + h(32))}")""")

P("airtable_pat/js", "Airtable personal access token",
  f"""const base = new Airtable({{ apiKey: '{S('airtable_pat', 'pat' + a(14) + '.' + h(64))}' }}).base('app{a(14)}');""")

P("figma_pat/http", "Figma PAT header",
  f"""GET /v1/files/{a(22)}/nodes?ids=12%3A44 HTTP/2
Host: api.figma.com
X-Figma-Token: {S('figma_pat', 'figd_' + bu(40))}""")

P("clojars_token/env", "Clojars deploy token",
  f"""Add to your CI secrets: CLOJARS_USERNAME=ringo-dev and CLOJARS_PASSWORD={S('clojars_token', 'CLOJARS_' + l(60))} then run lein deploy clojars.""")

P("rubygems_api_key/credentials", "RubyGems API key in ~/.gem/credentials",
  f"""---
:rubygems_api_key: {S('rubygems_api_key', 'rubygems_' + h(48))}""")

P("nuget_api_key/dotnet", "NuGet.org key on dotnet push",
  f"""dotnet nuget push bin/Release/Fernhill.Csv.3.1.0.nupkg --api-key {S('nuget_api_key', 'oy2' + l(43))} --source https://api.nuget.org/v3/index.json""")

P("dynatrace_token/env", "Dynatrace API token dt0c01",
  f"""DT_API_TOKEN={S('dynatrace_token', 'dt0c01.' + u(24) + '.' + u(64))}
DT_TENANT=https://abc12345.live.dynatrace.com""")

P("jfrog_api_key/gradle", "JFrog Artifactory API key in gradle.properties",
  f"""artifactory_user=ci-publisher
artifactory_password={S('jfrog_api_key', 'AKCp8' + a(68))}
artifactory_contextUrl=https://artifacts.fernhill.io/artifactory""")

P("contentful_token/gatsby", "Contentful management token CFPAT-",
  f"""// gatsby-config.js – TODO move to env before merging
    accessToken: "{S('contentful_token', 'CFPAT-' + bu(43))}",
    spaceId: "{l(12)}",""")

P("prefect_api_key/shell", "Prefect Cloud key pnu_",
  f"""prefect cloud login --key {S('prefect_api_key', 'pnu_' + a(36))} --workspace data-eng/prod""")

P("replicate_api_token/python", "Replicate token r8_",
  f"""os.environ["REPLICATE_API_TOKEN"] = "{S('replicate_api_token', 'r8_' + a(37))}"
output = replicate.run("stability-ai/sdxl", input={{"prompt": prompt}})""")

P("groq_api_key/ts", "Groq key gsk_",
  f"""const groq = new Groq({{ apiKey: "{S('groq_api_key', 'gsk_' + a(52))}" }});""")

P("perplexity_api_key/http", "Perplexity key in Authorization bearer",
  f"""POST https://api.perplexity.ai/chat/completions
Authorization: Bearer {S('perplexity_api_key', 'pplx-' + a(48))}
Content-Type: application/json""")

P("xai_api_key/env", "xAI key xai-",
  f"""XAI_API_KEY="{S('xai_api_key', 'xai-' + a(80))}\"""")

P("langsmith_api_key/env", "LangSmith personal key lsv2_pt_",
  f"""LANGCHAIN_TRACING_V2=true
LANGCHAIN_API_KEY={S('langsmith_api_key', 'lsv2_pt_' + h(32) + '_' + h(10))}
LANGCHAIN_PROJECT=support-rag-eval""")

P("launchdarkly_sdk_key/yaml", "LaunchDarkly server SDK key",
  f"""featureFlags:
  provider: launchdarkly
  sdkKey: {S('launchdarkly_sdk_key', 'sdk-' + h(8) + '-' + h(4) + '-' + h(4) + '-' + h(4) + '-' + h(12))}""")

P("bitbucket_app_password/remote", "Bitbucket app password in a clone URL",
  f"""git clone https://ci-bot:{S('bitbucket_app_password', 'ATBB' + a(28) + H(8))}@bitbucket.org/fernhill/ledger.git""")

P("facebook_access_token/graph", "Meta Graph API long-lived page token",
  f"""GET https://graph.facebook.com/v19.0/me/accounts?access_token={S('facebook_access_token', 'EAAB' + a(160))}""")

P("twitter_bearer_token/python", "X/Twitter app bearer token",
  f"""client = tweepy.Client(bearer_token="{S('twitter_bearer_token', 'A' * 22 + a(20) + '%3D' + a(50))}")""")

P("shippo_token/env", "Shippo live token",
  f"""SHIPPO_API_TOKEN={S('shippo_token', 'shippo_live_' + h(40))}""")
P("easypost_api_key/ruby", "EasyPost production key",
  f"""EasyPost::Client.new(api_key: '{S('easypost_api_key', 'EZAK' + h(54))}')""")

P("flutterwave_secret_key/node", "Flutterwave live secret key",
  f"""const flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, '{S('flutterwave_secret_key', 'FLWSECK-' + h(32) + '-X')}');""")

P("razorpay_key/python", "Razorpay key id and secret",
  f"""client = razorpay.Client(auth=("{S('razorpay_key_id', 'rzp_live_' + a(14))}", "{S('razorpay_key_secret', a(24))}"))""")

P("frameio_token/env", "Frame.io developer token",
  f"""FRAMEIO_TOKEN={S('frameio_token', 'fio-u-' + bu(64))}""")

P("typeform_pat/curl", "Typeform PAT",
  f"""curl -H "Authorization: bearer {S('typeform_pat', 'tfp_' + a(44) + '_' + a(14))}" https://api.typeform.com/forms?page_size=50""")

P("readme_api_key/shell", "ReadMe rdme_ key",
  f"""rdme openapi openapi.yaml --key={S('readme_api_key', 'rdme_' + l(70))} --id={h(24)}""")

P("onepassword_sa_token/env", "1Password service account token ops_",
  f"""OP_SERVICE_ACCOUNT_TOKEN={S('onepassword_service_account_token', 'ops_eyJzaWduSW5BZGRyZXNzIjoi' + bu(300))}""")

P("render_api_key/curl", "Render API key rnd_",
  f"""curl --request POST https://api.render.com/v1/services/srv-{l(20)}/deploys --header 'Authorization: Bearer {S('render_api_key', 'rnd_' + a(32))}'""")

P("tailscale_auth_key/cloud_init", "Tailscale auth key in cloud-init",
  f"""#cloud-config
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey={S('tailscale_auth_key', 'tskey-auth-k' + a(16) + 'CNTRL-' + a(33))} --ssh""")

P("pinecone_api_key/python", "Pinecone pcsk_ key",
  f"""pc = Pinecone(api_key="{S('pinecone_api_key', 'pcsk_' + a(6) + '_' + a(63))}")
index = pc.Index("product-search")""")

P("netlify_pat/cli", "Netlify personal token nfp_",
  f"""NETLIFY_AUTH_TOKEN={S('netlify_token', 'nfp_' + a(36))} netlify deploy --prod --dir=dist""")

P("vercel_token/cli_flag", "Vercel token after --token flag, generic format",
  f"""In the GitHub Action step use `vercel deploy --prebuilt --prod --token={S('vercel_token', a(24))}` and keep the project id in `.vercel/project.json`.""")

P("snyk_token/yaml", "Snyk API token (UUID-shaped) under explicit key",
  f"""snyk:
  org: fernhill-platform
  token: {S('snyk_token', h(8) + '-' + h(4) + '-4' + h(3) + '-a' + h(3) + '-' + h(12))}""")

P("circleci_token/curl", "CircleCI personal API token",
  f"""curl -X POST https://circleci.com/api/v2/project/gh/fernhill/ledger/pipeline -H "Circle-Token: {S('circleci_token', 'CCIPAT_' + a(22) + '_' + h(40))}\"""")

P("algolia_admin_key/js", "Algolia admin API key",
  f"""const client = algoliasearch('{u(10)}', '{S('algolia_admin_key', h(32))}'); // admin key, server side only""")

P("mongodb_atlas_api_key/env", "MongoDB Atlas programmatic private key",
  f"""MONGODB_ATLAS_PUBLIC_KEY={l(8)}
MONGODB_ATLAS_PRIVATE_KEY={S('mongodb_atlas_private_key', h(8) + '-' + h(4) + '-' + h(4) + '-' + h(4) + '-' + h(12))}""")

P("confluent_api_secret/properties", "Confluent Cloud API key secret in SASL JAAS config",
  f"""sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{u(16)}" password="{S('password', bu(64))}";""")

P("mapbox_secret_token/ios_netrc", "Mapbox downloads token in .netrc",
  f"""machine api.mapbox.com
login mapbox
password {S('mapbox_secret_token', 'sk.eyJ1Ijoi' + bu(48) + '.' + bu(22))}""")

P("cohere_api_key/python_explicit", "Cohere key (opaque 40 chars) assigned to api_key",
  f"""co = cohere.ClientV2(api_key="{S('generic_api_key', a(40))}")""")

P("huggingface_token/git_credential", "HF token as git password for a model repo push",
  f"""git remote set-url origin https://ml-ops:{S('huggingface_token', 'hf_' + pick(UP + LO, 34))}@huggingface.co/fernhill/invoice-layoutlm""")

P("github_pat/docker_build_arg", "PAT leaked through a Docker build arg in a build log",
  f"""#7 [builder 3/9] RUN --mount=type=cache,target=/root/.cache GITHUB_TOKEN={S('github_pat', gh('ghp_'))} go mod download
#7 0.412 go: downloading github.com/fernhill/internal-sdk v0.14.2""")

P("gitlab_pat/netrc_ja", "glpat in .netrc with Japanese explanation",
  f"""社内の GitLab から go get する場合は ~/.netrc に以下を書きます。

machine gitlab.fernhill.jp login deploy password {S('gitlab_pat', 'glpat-' + bu(20))}""")

P("slack_bot_token/k8s_secret_stringData", "xoxb in a Kubernetes Secret stringData",
  f"""apiVersion: v1
kind: Secret
metadata:
  name: standup-bot
type: Opaque
stringData:
  token: {S('slack_bot_token', slack_bot())}""")

P("stripe_secret_key/curl_u", "Stripe secret key as curl -u username (trailing colon)",
  f"""curl https://api.stripe.com/v1/refunds -u {S('stripe_secret_key', 'sk_live_' + a(99))}: -d charge=ch_{a(24)}""")

P("openai_api_key/table_fr", "OpenAI service-account key in a Markdown table with a French header",
  f"""| Variable | Valeur actuelle |
|---|---|
| OPENAI_API_KEY | {S('openai_api_key', 'sk-svcacct-' + bu(74) + 'T3BlbkFJ' + bu(74))} |
| OPENAI_ORG | org-{a(24)} |""")

P("aws_access_key_id/cloudtrail_json", "key id inside a CloudTrail event plus secret in the same debug dump",
  f"""{{"eventName":"GetObject","userIdentity":{{"type":"IAMUser","accessKeyId":"{S('aws_access_key_id', aws_id())}"}},"debug":{{"signing_secret":"{S('aws_secret_access_key', aws_secret())}"}},"sourceIPAddress":"198.51.100.23"}}""")
# =========================== POSITIVES: generic secrets ======================
P("password/yaml_quoted", "database password in quoted YAML with punctuation",
  f"""spring:
  datasource:
    url: jdbc:postgresql://db-primary:5432/orders
    username: orders_app
    password: "{S('password', 'T%zo8!q{R2}v#Lp')}\"""")

P("password/python_assignment_spaces", "password with spaces inside single quotes",
  f"""SMTP_HOST = "smtp.fernhill.io"
SMTP_USER = "alerts"
SMTP_PASSWORD = '{S('password', 'correct horse 7 battery?')}'""")

P("password/cli_flag_mysql", "mysql -p with attached password",
  f"""mysql -h 10.20.0.14 -u reporting -p{S('password', 'Qv7#mZ2!wd')} -e "SELECT COUNT(*) FROM invoices WHERE paid_at IS NULL;\"""")

P("password/cli_flag_long", "--password='...' with single quotes",
  f"""./backup.sh --host archive-02 --user svc_backup --password='{S('password', 'r$9Kp{x}Lm2&w')}' --target /mnt/nas/weekly""")

P("password/psql_env", "PGPASSWORD inline before a command",
  f"""PGPASSWORD={S('password', 'Ha8-lemon-Tide-41')} psql -h localhost -U analytics -d warehouse -c '\\dt'""")

P("password/docker_compose", "MYSQL_ROOT_PASSWORD in compose",
  f"""services:
  db:
    image: mariadb:11.2
    environment:
      MYSQL_ROOT_PASSWORD: {S('password', 'Vn4!pe7@Qz')}
      MYSQL_DATABASE: shop""")

P("password/german_label", "password under a German label in prose",
  f"""Zugangsdaten für das Testsystem: Benutzer `pruefer02`, Passwort: {S('password', 'Wiesel!Kran-8824')} – bitte nach dem ersten Login ändern.""")

P("password/french_label", "mot de passe in French chat",
  f"""Voici les accès pour la démo de jeudi : identifiant « salle-b », mot de passe : {S('password', 'Ornithorynque#2025')}. Le portail ferme à 18 h.""")

P("password/spanish_table", "contraseña cell in a Spanish table",
  f"""| Servicio | Usuario | Contraseña |
|---|---|---|
| Router oficina | admin | {S('password', 'Lq9$Tz!e4Rw')} |
| NAS | copias | {S('password', 'gato-Azul_55!')} |""")

P("password/japanese_label", "パスワード label",
  f"""検証環境のログイン情報です。ユーザー名: tanaka_qa　パスワード: {S('password', 'Sakura*2291#x')}　（共有しないでください）""")

P("password/chinese_label", "密码 label in a Chinese answer",
  f"""测试数据库连接信息：主机 db-test.internal，用户 report，密码：{S('password', 'Xk#83nVq!pL')}，请不要提交到仓库。""")

P("password/portuguese", "senha in Brazilian Portuguese",
  f"""Para acessar o painel use o usuário `financeiro` e a senha {S('password', 'Caju@8812!')} ; depois ative o segundo fator.""")

P("password/xml_attr", "password XML attribute in Tomcat users",
  f"""<tomcat-users>
  <user username="deployer" password="{S('password', 'x7!Gv{2q}PwR')}" roles="manager-script"/>
</tomcat-users>""")

P("password/maven_settings", "Maven settings.xml server password",
  f"""<servers>
  <server>
    <id>nexus-releases</id>
    <username>ci</username>
    <password>{S('password', 'n3xus&Rel#9910')}</password>
  </server>
</servers>""")

P("password/ansible_vars", "ansible_become_password unquoted",
  f"""[web]
web01.lan ansible_user=deploy ansible_become_password={S('password', 'Bec0me!Now_77')}""")

P("password/powershell_securestring", "ConvertTo-SecureString plain text",
  f"""$pw = ConvertTo-SecureString "{S('password', 'P0wer$hell-Qx!8')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_sql", $pw)""")

P("password/json_login_request", "password field in a JSON login request body",
  f"""POST /api/v1/session HTTP/1.1
Host: portal.fernhill.io
Content-Type: application/json

{{"username":"k.nakamura","password":"{S('password', 'Tq#88 lamp {blue}')}","remember":true}}""")

P("password/form_urlencoded", "percent-encoded password in a form body",
  f"""POST /login HTTP/1.1
Content-Type: application/x-www-form-urlencoded

user=ops-admin&pass={S('password', 'Zr7%21kQ%23m2')}&next=%2Fdashboard""")

P("password/sql_create_user", "password in CREATE USER statement",
  f"""CREATE USER 'etl_loader'@'%' IDENTIFIED BY '{S('password', 'Etl!Load#2024-q')}';
GRANT SELECT, INSERT ON staging.* TO 'etl_loader'@'%';""")

P("password/sql_alter_role", "Postgres ALTER ROLE password",
  f"""ALTER ROLE grafana_reader WITH LOGIN PASSWORD '{S('password', 'gR4f!ana_Read')}';""")

P("password/redis_conf", "requirepass in redis.conf",
  f"""# redis.conf excerpt
bind 127.0.0.1 ::1
requirepass {S('password', 'r3d1s-Vx!99-qq')}
maxmemory 2gb""")

P("password/chat_transcript", "user pastes a password in a support chat",
  f"""User: I can't log in to the staging Grafana, the password I was given is {S('password', 'Plum$tree42')} and it says invalid.
Assistant: That account was locked after three attempts; an admin has to unlock it first.""")

_PW_PROP = "Nt\\!fy=2024:ok"
P("password/java_properties", "properties file with escaped characters",
  f"""mail.smtp.host=smtp.office365.com
mail.smtp.user=notifier
mail.smtp.password={S('password', _PW_PROP)}""")

P("password/go_struct", "password in a Go struct literal",
  f"""cfg := &mysql.Config{{
    User:   "billing",
    Passwd: "{S('password', 'B1ll!ng-Gx2#')}",
    Net:    "tcp",
    Addr:   "10.0.3.7:3306",
}}""")

P("password/kotlin_signing", "Android signing passwords in build.gradle.kts",
  f"""signingConfigs {{
    create("release") {{
        storeFile = file("release.jks")
        storePassword = "{S('password', 'St0re#Pass_91')}"
        keyAlias = "upload"
        keyPassword = "{S('password', 'K3y!Alias_07')}"
    }}
}}""")

P("password/wifi_nmcli", "Wi-Fi passphrase on nmcli",
  f"""nmcli dev wifi connect "Fernhill-Guest" password "{S('password', 'sunny meadow 2024!')}\"""")

P("password/wpa_supplicant", "psk in wpa_supplicant.conf",
  f"""network={{
    ssid="Werkstatt-5G"
    psk="{S('password', 'Hobel&Saege#771')}"
}}""")

P("password/htpasswd_cli", "password given to htpasswd -b",
  f"""htpasswd -bc /etc/nginx/.htpasswd grafana '{S('password', 'Ng1nx:Basic!x')}'""")

P("password/rails_database_yml", "database.yml with ERB default",
  f"""production:
  adapter: postgresql
  database: shop_production
  username: shop
  password: <%= ENV.fetch("DB_PASSWORD", "{S('password', 'Sh0p-Pr0d!5')}") %>""")

P("password/ldap_bind", "bind password in ldapsearch -w",
  f"""ldapsearch -H ldaps://ldap.corp.local -D "cn=svc-wiki,ou=svc,dc=corp,dc=local" -w '{S('password', 'Ld@p Wiki 2024')}' -b "ou=people,dc=corp,dc=local" "(uid=jdoe)\"""")

P("password/ftp_url", "password in an ftp:// URL",
  f"""wget -r ftp://scanner:{S('url_password', 'Sc4n%40ner77')}@192.0.2.44/incoming/""")

P("url_password/postgres", "password in a postgres URL",
  f"""DATABASE_URL=postgres://app_user:{S('url_password', 'p7Hq2xLw9sVt')}@db.prod.fernhill.internal:5432/app?sslmode=require""")

P("url_password/mongodb_srv", "password in mongodb+srv URL",
  f"""client = MongoClient("mongodb+srv://analytics:{S('url_password', 'Mg0%23Atlas%21q')}@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority")""")

P("url_password/redis_tls", "rediss URL with empty user",
  f"""CELERY_BROKER_URL = "rediss://:{S('url_password', 'Ux8kQ2mZr5TbW1')}@cache-01.fernhill.internal:6380/0\"""")

P("url_password/amqp", "amqp URL password",
  f"""RABBIT_URL=amqp://orders:{S('url_password', 'Rb7!t_Mq')}@mq.internal:5672/%2Fprod""")

P("url_password/mysql_jdbc_params", "JDBC URL with password parameter",
  f"""jdbc:mysql://db-report:3306/bi?user=bi_reader&password={S('password', 'Bi.Read3r_2024')}&useSSL=true""")

P("url_password/sqlserver_conn", "SQL Server connection string Password=",
  f"""Server=tcp:sql-fernhill.database.windows.net,1433;Initial Catalog=erp;User ID=erp_app;Password={S('password', 'Erp!App{2024}q')};Encrypt=True;""")

P("url_password/pip_index", "pip extra index URL with credentials",
  f"""pip install --extra-index-url https://ci:{S('url_password', 'pyP1%3Dx7Q')}@pypi.fernhill.internal/simple/ fernhill-etl==4.2.1""")

P("url_password/http_proxy", "proxy URL with credentials in env",
  f"""export HTTPS_PROXY=http://jbauer:{S('url_password', 'Pr0xy-Herbst24')}@proxy.corp.local:3128
export NO_PROXY=localhost,127.0.0.1,.corp.local""")

P("url_password/git_https", "https URL with user and password for a self-hosted Gitea",
  f"""[remote "origin"]
	url = https://builder:{S('url_password', 'g1tea_Build!')}@git.werkstatt.lan/tools/etl.git
	fetch = +refs/heads/*:refs/remotes/origin/*""")

P("url_password/sqlalchemy", "SQLAlchemy URL password",
  f"""engine = create_engine("mysql+pymysql://bi:{S('url_password', 'Bq!93kd')}@10.1.4.20/reporting?charset=utf8mb4")""")

P("url_password/smtp_url", "smtps URL in a Django env",
  f"""EMAIL_URL=smtp+tls://{S('email', 'alerts@fernhill.io')}:{S('url_password', 'Sm7p-Alert%2Fx')}@smtp.fernhill.io:587""")

P("basic_auth/http_header", "Authorization: Basic header",
  f"""GET /api/exports/latest.csv HTTP/1.1
Host: reports.fernhill.io
Authorization: Basic {S('basic_auth', b64of('exporter:Xp0rt!2024-q'))}
Accept: text/csv""")

P("basic_auth/curl_H", "Basic header in curl",
  f"""curl -H 'Authorization: Basic {S('basic_auth', b64of('jenkins:11' + h(32)))}' https://ci.fernhill.io/job/nightly/lastBuild/api/json""")

P("basic_auth/nginx_proxy", "proxy_set_header with Basic credentials",
  f"""location /upstream/ {{
    proxy_pass https://legacy.partner.example;
    proxy_set_header Authorization "Basic {S('basic_auth', b64of('fernhill:Partner#Feed9'))}";
}}""")

P("basic_auth/js_fetch", "Basic token in a JS fetch",
  f"""await fetch(url, {{ headers: {{ Authorization: 'Basic {S('basic_auth', b64of('svc-sync:' + a(20)))}' }} }});""")

P("bearer_token/opaque_http", "opaque bearer token in an HTTP request",
  f"""GET /v2/shipments?status=in_transit HTTP/1.1
Host: api.logiship.example
Authorization: Bearer {S('bearer_token', a(48))}""")

P("bearer_token/python_headers", "Bearer token in a Python dict",
  f"""headers = {{"Authorization": f"Bearer {S('bearer_token', bu(64))}", "X-Request-Source": "cron"}}""")

P("jwt/bearer_header", "HS256 JWT as bearer token",
  f"""curl https://api.fernhill.io/v1/me -H "Authorization: Bearer {S('jwt', jwt('{"sub":"8812","role":"admin","iat":1731400000,"exp":1731403600}'))}\"""")

P("jwt/cookie", "JWT in a Set-Cookie header",
  f"""HTTP/1.1 200 OK
Set-Cookie: session={S('jwt', jwt('{"uid":"u_5521","scope":"checkout","exp":1735689600}'))}; Path=/; HttpOnly; Secure; SameSite=Lax""")

P("jwt/supabase_service_role", "Supabase service_role JWT in env",
  f"""SUPABASE_URL=https://{l(20)}.supabase.co
SUPABASE_SERVICE_ROLE_KEY={S('jwt', jwt('{"iss":"supabase","ref":"qwhzkplmnbvcxzasdfgh","role":"service_role","iat":1700000000,"exp":2015576000}'))}""")

P("jwt/rs256_log", "RS256 JWT in an application log line",
  f"""level=warn ts=2025-03-08T21:04:55Z msg="token rejected: audience mismatch" token={S('jwt', jwt('{"aud":"billing","sub":"svc-reporter","exp":1741467895}', '{"alg":"RS256","kid":"k7","typ":"JWT"}'))} path=/invoices""")

P("jwt_unsigned/alg_none", "unsigned JWT including trailing dot",
  f"""The vulnerable endpoint accepted this unsigned token, which is why the audit flagged it: `{S('jwt_unsigned', jwt_none('{"sub":"admin","role":"superuser"}'))}` — reject `alg: none` in the verifier.""")

P("jwt_unsigned/json", "unsigned JWT inside a JSON field",
  f"""{{"id_token":"{S('jwt_unsigned', jwt_none('{"sub":"10442","email_verified":true}'))}","token_type":"Bearer"}}""")

P("generic_secret/env_secret_key", "Django SECRET_KEY with punctuation",
  f"""SECRET_KEY = '{S('generic_secret', 'django-insecure-' + pick(LO + DG + '!@#$%^&*(-_=+)', 50))}'""")

P("generic_secret/rails_master_key", "Rails master key file content echoed",
  f"""$ cat config/master.key
{S('generic_secret', h(32))}""")

P("generic_secret/client_secret_yaml", "OAuth client_secret in YAML",
  f"""oauth:
  provider: keycloak
  client_id: billing-portal
  client_secret: {S('generic_secret', a(32))}""")

P("generic_api_key/header_custom", "X-API-Key header with opaque value",
  f"""curl -s https://geo.partner-api.example/v3/lookup?q=Hamburg -H "X-API-Key: {S('generic_api_key', h(40))}\"""")

P("generic_api_key/query_param", "api_key query parameter in a URL",
  f"""Das Wetter-Widget ruft `https://api.wetterdaten.example/v1/forecast?lat=53.55&lon=9.99&api_key={S('generic_api_key', a(32))}` auf – der Schlüssel steht damit im Browser-Netzwerkprotokoll.""")

P("generic_secret/hmac_signing", "webhook signing secret in Go",
  f"""var webhookSecret = []byte("{S('generic_secret', bu(40))}")""")

P("generic_secret/jwt_secret_env", "JWT_SECRET with braces and spaces",
  f"""JWT_SECRET="{S('generic_secret', 'v9{Tq} 44 !kLm^')}"
JWT_TTL=3600""")

P("generic_secret/encryption_key_base64", "AES key base64 in config",
  f"""encryption:
  algorithm: AES-256-GCM
  key: "{S('generic_secret', b(43) + '=')}\"""")

P("generic_secret/terraform_tfvars", "tfvars with db password and api token",
  f"""db_password   = "{S('password', 'Tf!Vars-Db_2024')}"
monitoring_token = "{S('generic_secret', a(40))}"
instance_type = "t3.medium\"""")

P("generic_secret/github_actions_with", "plaintext secret passed via with:",
  f"""      - uses: appleboy/ssh-action@v1
        with:
          host: deploy.fernhill.io
          username: deploy
          password: {S('password', 'Dep1oy!Fh#22')}""")

P("generic_secret/ini_bracket_es", "clave secreta in a Spanish-commented ini",
  f"""; clave para firmar los enlaces de descarga
[descargas]
clave_secreta = {S('generic_secret', a(28))}""")

P("generic_secret/toml_token", "token in a TOML file",
  f"""[telemetry]
endpoint = "https://otel.fernhill.io:4318"
auth_token = "{S('generic_secret', bu(36))}\"""")

P("generic_secret/k8s_secret_base64_password", "Kubernetes Secret data with base64 password",
  f"""apiVersion: v1
kind: Secret
metadata:
  name: pg-credentials
data:
  username: {b64of('orders')}
  password: {S('password', b64of('Pg!0rders_2025'))}""")

P("generic_secret/ssh_sshpass", "sshpass -p password",
  f"""sshpass -p '{S('password', 'Rack#12-Ssh!')}' ssh -o StrictHostKeyChecking=no admin@192.0.2.10 'uptime'""")

P("generic_secret/vnc_prose_it", "password in Italian prose",
  f"""Per collegarti al server di backup usa l'utente `operatore` con la password {S('password', 'Gelato!Verde_31')} e ricordati di chiudere la sessione VNC.""")

P("generic_secret/notebook_output", "secret printed in a notebook cell output",
  f"""In [7]: print(os.environ["WAREHOUSE_PASSWORD"])
{S('password', 'Wh_Pass!9931-x')}

In [8]: conn = snowflake.connector.connect(user="etl", account="fh-eu1")""")

P("generic_secret/stack_trace", "password leaked in an exception message",
  f"""Traceback (most recent call last):
  File "/app/sync.py", line 88, in connect
    raise ConnectionError(f"auth failed for user=sync password={{pw}}")
ConnectionError: auth failed for user=sync password={S('password', 'Sync!Fail_7730')}""")

P("generic_secret/csv_export", "password column in a CSV export",
  f"""host,user,password,port
db-a.lan,report,{S('password', 'Rp!8812aa')},5432
db-b.lan,report,{S('password', 'Rp!8812bb')},5432""")

P("generic_secret/html_hidden_input", "hidden input carrying an API secret",
  f"""<form action="/charge" method="post">
  <input type="hidden" name="merchant_secret" value="{S('generic_secret', a(32))}">
  <button>Pay now</button>
</form>""")

P("generic_secret/line_wrapped_pem_like_key_in_env", "multi-line env var with a private key",
  f"""JWT_PRIVATE_KEY="{S('private_key', pem('EC PRIVATE KEY', lines=2))}\"""")
# =========================== POSITIVES: private keys =========================
P("private_key/rsa_pem_answer", "RSA private key block pasted in an answer",
  f"""Your `deploy_key.pem` starts and ends like this, so the format is PKCS#1:

{S('private_key', pem('RSA PRIVATE KEY', lines=7))}

Convert it with `openssl pkcs8 -topk8 -nocrypt` if the library wants PKCS#8.""")

P("openssh_private_key/cat", "OpenSSH private key printed by cat",
  f"""$ cat ~/.ssh/id_ed25519
{S('openssh_private_key', openssh_key(4))}
$ chmod 600 ~/.ssh/id_ed25519""")

P("pgp_private_key/export", "armored PGP private key block",
  f"""gpg --export-secret-keys --armor 9F1C2B7A > signing.asc gave:

{S('pgp_private_key', pgp_key(5))}""")

P("private_key/ec_k8s_tls", "EC key inside a Kubernetes TLS secret (stringData)",
  f"""stringData:
  tls.crt: |
    (certificate omitted)
  tls.key: |
    {S('private_key', pem('EC PRIVATE KEY', lines=2, nl=chr(10) + '    '))}""")

P("private_key/pkcs8_python_string", "PKCS#8 key in a Python triple-quoted string",
  f'''SIGNING_KEY = """{S('private_key', pem('PRIVATE KEY', lines=5))}"""
signer = load_pem_private_key(SIGNING_KEY.encode(), password=None)''')

P("private_key/encrypted_pkcs8", "encrypted PKCS#8 block and its passphrase",
  f"""{S('private_key', pem('ENCRYPTED PRIVATE KEY', lines=4))}

Passphrase: {S('password', 'Kr1stall#Nacht-7')}""")

P("private_key/terraform_heredoc", "private key in a Terraform heredoc",
  f"""resource "tls_locally_signed_cert" "svc" {{
  ca_private_key_pem = <<EOT
{S('private_key', pem('RSA PRIVATE KEY', lines=4))}
EOT
}}""")

_escaped_ssh = openssh_key(3).replace("\n", "\\n")
P("openssh_private_key/json_escaped", "OpenSSH key inside a JSON string with escaped newlines",
  f"""{{"name":"bastion","user":"ec2-user","ssh_key":"{S('openssh_private_key', _escaped_ssh)}","port":22}}""")
# =========================== POSITIVES: e-mail ===============================
P("email/prose", "e-mail in an English sentence",
  f"""If the export still fails tomorrow, write to {S('email', 'priya.venkataraman@brightline-logistics.com')} and attach the job id from the header of the report.""")

P("email/mail_headers", "From/To/Cc headers",
  f"""From: "Jonas Eriksson" <{S('email', 'jonas.eriksson@nordvik-bygg.se')}>
To: {S('email', 'ekonomi@nordvik-bygg.se')}
Cc: {S('email', 'a.lindqvist+invoices@gmail.com')}
Subject: Faktura 2024-118 saknar moms
Date: Tue, 12 Nov 2024 08:41:02 +0100""")

P("email/json_user", "email in a JSON API user object",
  f"""{{"id": 48213, "display_name": "Chen Wei", "email": "{S('email', 'chen.wei88@163.com')}", "locale": "zh-CN", "verified": true}}""")

P("email/csv", "email column in CSV",
  f"""customer_id,name,email,signup
C-1001,Amara Nwosu,{S('email', 'amara.nwosu@outlook.com')},2023-04-11
C-1002,Tomás Ibarra,{S('email', 'tibarra@correo-andino.cl')},2023-05-02""")

P("email/sql_insert", "email in a SQL INSERT",
  f"""INSERT INTO contacts (first_name, last_name, email) VALUES ('Lukas', 'Brandt', '{S('email', 'lukas.brandt@kanzlei-brandt.de')}');""")

P("email/mailto_html", "mailto link in HTML",
  f"""<p>Fragen zur Rechnung? <a href="mailto:{S('email', 'buchhaltung@moebelhaus-kranz.de')}?subject=Rechnung">Schreiben Sie uns</a>.</p>""")

P("email/git_log", "author e-mail in git log output",
  f"""commit 4c1e0b7d2a9f8e6c5b4a3d2e1f0a9b8c7d6e5f4a
Author: Sofia Marchetti <{S('email', 'sofia.marchetti@studio-marchetti.it')}>
Date:   Mon Mar 3 17:22:10 2025 +0100

    fix: round VAT per line instead of per invoice""")

P("email/japanese", "e-mail after a Japanese label",
  f"""担当者：佐藤 由美（メール：{S('email', 'y.sato@hanamaru-shoji.co.jp')}）までご連絡ください。""")

P("email/log_line", "email in a structured log line",
  f"""2025-01-21 10:02:17,881 INFO  [auth] password reset requested user={S('email', 'd.okonkwo@lagosfreight.ng')} ip=203.0.113.77 ua="Mozilla/5.0\"""")

P("email/yaml_contacts", "maintainer e-mail in YAML",
  f"""maintainers:
  - name: Ines Duarte
    email: {S('email', 'ines.duarte@quintaverde.pt')}
    slack: "@ines\"""")

P("email/markdown_table", "emails in a Markdown table",
  f"""| Rolle | Kontakt |
|---|---|
| Datenschutz | {S('email', 'datenschutz@alpenmilch-genossenschaft.at')} |
| Vertrieb | {S('email', 'vertrieb.west@alpenmilch-genossenschaft.at')} |""")

P("email/chat_transcript_fr", "e-mail given in a French chat",
  f"""Client : vous pouvez m'envoyer le devis à {S('email', 'mathilde.roux@orange.fr')} ?
Assistant : c'est noté, vous le recevrez avant midi.""")

P("email/python_string", "email in a Python test fixture",
  f"""user = User.objects.create(username="rkapoor", email="{S('email', 'rahul.kapoor@infosphere.in')}", is_staff=False)""")

P("email/subaddress_dots", "email with plus tag and subdomain",
  f"""Bounce notices go to {S('email', 'bounces+tx-7781@mail.news.fernhill.io')}, so filter on that address in the mail gateway.""")

P("email/vcard", "vCard with e-mail and phone",
  f"""BEGIN:VCARD
VERSION:3.0
FN:Kwame Mensah
EMAIL;TYPE=work:{S('email', 'kwame.mensah@akwaaba-tech.com.gh')}
TEL;TYPE=cell:{S('phone', '+233 24 412 7789')}
END:VCARD""")

P("email/stack_trace_java", "email in a Java exception",
  f"""org.springframework.dao.DuplicateKeyException: Key (email)=({S('email', 'olga.petrova@yandex.ru')}) already exists.
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2676)""")

# =========================== POSITIVES: phone ================================
P("phone/US/parens", "US number with parentheses", f"""Call the front desk at {S('phone', '(415) 555-0172')} between 9 and 5 Pacific if the badge does not open the door.""")
P("phone/US/e164_json", "US E.164 in JSON", f"""{{"contact":{{"name":"Dana Whitfield","mobile":"{S('phone', '+12125550147')}","preferred":"sms"}}}}""")
P("phone/US/dots", "US dotted number in a signature", f"""--
Marcus Hale | Field Service Lead
m. {S('phone', '646.555.0193')} | Brooklyn Yard""")
P("phone/CA/intl", "Canadian number with +1", f"""Pour le support au Québec, composez le {S('phone', '+1 514-555-0138')} (lundi au vendredi).""")
P("phone/GB/mobile_national", "UK mobile national format", f"""Text the courier on {S('phone', '07700 900461')} if nobody is at the loading bay.""")
P("phone/GB/intl_london", "UK London number with +44 (0)", f"""Our London office: {S('phone', '+44 (0)20 7946 0852')}, 3rd floor, ask for Reception.""")
P("phone/DE/intl_trunk", "German number +49 with (0)", f"""Rückfragen bitte an Frau Kranz unter {S('phone', '+49 (0)30 901820 47')} oder per Post.""")
P("phone/DE/mobile_00", "German mobile with 00 prefix", f"""Bereitschaft Wochenende: Tel. {S('phone', '0049 151 2345 6789')} (nur Notfälle)""")
P("phone/DE/national_slash", "German national with slash", f"""| Filiale | Telefon |
|---|---|
| Köln-Ehrenfeld | {S('phone', '0221/4711 2390')} |""")
P("phone/FR/spaced_pairs", "French number in pairs with Tél. label", f"""Tél. : {S('phone', '01 42 68 53 00')} — fax désactivé depuis 2022.""")
P("phone/FR/mobile_intl", "French mobile +33", f"""Le livreur vous appellera au {S('phone', '+33 6 12 84 50 97')} une heure avant le passage.""")
P("phone/ES/intl", "Spanish +34 in a form", f"""Teléfono de contacto: {S('phone', '+34 612 48 93 07')}
Horario: de 10:00 a 14:00""")
P("phone/IT/landline", "Italian landline with area code", f"""Per prenotare chiamate lo {S('phone', '+39 06 6982 1147')} oppure scrivete tramite il modulo del sito.""")
P("phone/NL/mobile", "Dutch mobile 06", f"""Bel me gerust op {S('phone', '06-28471930')} als de monteur later komt.""")
P("phone/BE/intl", "Belgian +32 number", f"""Contact: {S('phone', '+32 2 512 47 83')} (Brussel, afdeling facturatie)""")
P("phone/CH/intl", "Swiss +41", f"""Hotline Schweiz: {S('phone', '+41 44 668 18 00')} – Mo–Fr 8–17 Uhr.""")
P("phone/AT/intl", "Austrian +43 Vienna", f"""Ordination Dr. Leitner, Tel. {S('phone', '+43 1 5126 3390')}, Termine nur nach Vereinbarung.""")
P("phone/SE/mobile", "Swedish 07x mobile", f"""Ring {S('phone', '070-174 62 81')} om leveransen blir försenad.""")
P("phone/NO/intl", "Norwegian +47", f"""Vakttelefon: {S('phone', '+47 412 77 309')}""")
P("phone/DK/intl", "Danish +45 in a CSV", f"""navn,telefon,by
Mette Holm,{S('phone', '+45 31 42 87 60')},Aarhus""")
P("phone/FI/national", "Finnish mobile", f"""Soita numeroon {S('phone', '040 718 2946')} arkisin klo 8–16.""")
P("phone/PL/intl", "Polish +48", f"""Kontakt w sprawie zamówienia: {S('phone', '+48 512 384 906')} (pani Zofia).""")
P("phone/PT/intl", "Portuguese +351", f"""Contacto da loja de Braga: {S('phone', '+351 253 684 172')}""")
P("phone/IE/mobile", "Irish 08x mobile", f"""The site manager's mobile is {S('phone', '087 214 6639')}; leave a voicemail if he is on the roof.""")
P("phone/BR/mobile", "Brazilian mobile with DDD", f"""WhatsApp do suporte: {S('phone', '+55 11 98765-4321')} — atendimento até as 20h.""")
P("phone/MX/intl", "Mexican +52", f"""Atención a clientes en Monterrey: {S('phone', '+52 81 8340 2719')}""")
P("phone/AR/mobile", "Argentine +54 9", f"""Escribime al {S('phone', '+54 9 11 4387-2650')} así coordinamos la entrega.""")
P("phone/IN/mobile", "Indian +91 mobile", f"""For KYC queries call {S('phone', '+91 98450 17263')} (Mon–Sat, 10 am to 6 pm IST).""")
P("phone/CN/mobile", "Chinese mobile with 电话 label", f"""联系人：王芳，电话：{S('phone', '138 1024 7796')}，工作日上午九点到十二点。""")
P("phone/JP/landline", "Japanese Tokyo number 電話", f"""電話: {S('phone', '03-5218-4477')}（受付時間 平日10時〜17時）""")
P("phone/JP/mobile_intl", "Japanese mobile +81", f"""Emergency contact while in Osaka: {S('phone', '+81 90-4128-5563')}""")
P("phone/KR/mobile", "Korean 010 mobile", f"""배송 문의: {S('phone', '010-4821-7360')} (평일 오전 9시~오후 6시)""")
P("phone/AU/mobile", "Australian 04 mobile", f"""G'day, best number for the tradie is {S('phone', '0412 578 903')} — he's on site from 7.""")
P("phone/AU/intl", "Australian +61 landline", f"""Sydney office switchboard {S('phone', '+61 2 9374 4100')}""")
P("phone/NZ/intl", "New Zealand +64", f"""Booking line: {S('phone', '+64 9 377 5521')} (Auckland)""")
P("phone/ZA/intl", "South African +27", f"""Please confirm the delivery slot with Thabo on {S('phone', '+27 82 415 6637')}.""")
P("phone/SG/intl", "Singapore +65", f"""Clinic hotline {S('phone', '+65 6734 8812')}; for after-hours use the app.""")
P("phone/HK/intl", "Hong Kong +852", f"""Shop phone: {S('phone', '+852 2845 7710')}""")
P("phone/AE/mobile", "UAE +971 mobile", f"""Driver contact in Dubai: {S('phone', '+971 50 418 2274')}""")
P("phone/TR/mobile", "Turkish +90 mobile", f"""Kargo için {S('phone', '+90 532 418 77 05')} numarasından ulaşabilirsiniz.""")
P("phone/IL/mobile", "Israeli +972", f"""Reach the Tel Aviv team lead at {S('phone', '+972 54-621-8840')} during the sprint review week.""")
P("phone/NG/mobile", "Nigerian +234", f"""Call the Lagos warehouse at {S('phone', '+234 803 412 7719')} before dispatching.""")
P("phone/KE/mobile", "Kenyan +254 M-Pesa style", f"""Tuma malipo kwa namba {S('phone', '+254 712 345 098')} kisha utume ujumbe wa uthibitisho.""")
P("phone/CZ/intl", "Czech +420", f"""Kontaktní telefon: {S('phone', '+420 602 118 447')}""")
P("phone/GR/intl", "Greek +30", f"""Τηλέφωνο κρατήσεων: {S('phone', '+30 210 324 6618')}""")
P("phone/RU/intl", "Russian +7 with parentheses", f"""Телефон отдела кадров: {S('phone', '+7 (495) 612-48-07')}""")
P("phone/PH/mobile", "Philippine +63", f"""Text me at {S('phone', '+63 917 824 6630')} once the payment clears.""")
P("phone/CO/intl", "Colombian +57", f"""Línea de atención en Bogotá: {S('phone', '+57 601 742 8810')}""")
P("phone/tel_link", "tel: link in HTML", f"""<a class="btn" href="tel:{S('phone', '+4930901820')}">Jetzt anrufen</a>""")
P("phone/sql_row", "phone numbers in a SQL result table", f"""| id | customer | phone |
|----|----------|-------|
| 77 | Nguyen Van An | {S('phone', '+84 91 234 5678')} |
| 78 | Siti Rahma | {S('phone', '+62 812-3456-7890')} |""")
P("phone/TH/mobile", "Thai mobile", f"""โทร {S('phone', '081 234 5678')} เพื่อยืนยันการจอง""")
P("phone/EG/intl", "Egyptian +20", f"""رقم الهاتف: {S('phone', '+20 100 482 7716')}""")
P("phone/log_masked_partial", "log prints full phone for SMS OTP", f"""2025-04-02T07:55:10Z sms.send to={S('phone', '+447700900318')} template=otp_login status=queued provider=twilio""")
# =========================== POSITIVES: payment cards ========================
P("credit_card/visa/grouped' '", "Visa grouped by spaces in prose", f"""The customer read out the card as {S('credit_card', card('4', 16, [4,4,4,4], ' '))} and the expiry 09/27 over the phone, which the agent must never do.""")
P("credit_card/visa/compact_json", "Visa compact in a JSON payload", f"""{{"payment":{{"pan":"{S('credit_card', card('4', 16))}","exp_month":11,"exp_year":2027,"holder":"R. TANAKA"}}}}""")
P("credit_card/mastercard/grouped'-'", "Mastercard with dashes", f"""Karte: {S('credit_card', card('54', 16, [4,4,4,4], '-'))}, gültig bis 03/28""")
P("credit_card/mastercard_2series/compact", "Mastercard 2-series BIN", f"""card_number={S('credit_card', card('2720', 16))}&cvc=***&exp=0126""")
P("credit_card/amex/grouped_4_6_5", "Amex 4-6-5 grouping", f"""Amex on file: {S('credit_card', card('37', 15, [4,6,5], ' '))} (corporate travel card)""")
P("credit_card/amex/compact_csv", "Amex in a CSV row", f"""order_id,card,amount
SO-88214,{S('credit_card', card('34', 15))},1249.00""")
P("credit_card/discover/grouped", "Discover in a support chat", f"""User: my Discover {S('credit_card', card('6011', 16, [4,4,4,4], ' '))} got charged twice for the same order.
Assistant: I can't see card data; please contact the merchant's billing team.""")
P("credit_card/jcb/grouped_ja", "JCB with Japanese label", f"""カード番号：{S('credit_card', card('3528', 16, [4,4,4,4], ' '))}（有効期限 08/29）""")
P("credit_card/diners/14", "Diners 14 digits 4-6-4", f"""Diners Club: {S('credit_card', card('36', 14, [4,6,4], ' '))}""")
P("credit_card/unionpay/19", "UnionPay 19 digits", f"""银联卡号 {S('credit_card', card('62', 19, [4,4,4,4,3], ' '))} 已绑定到账户。""")
P("credit_card/maestro/log", "Maestro in a payment log", f"""2025-02-11 14:22:07 WARN gateway declined pan={S('credit_card', card('6759', 16))} reason=insufficient_funds merchant=MRC-4471""")
P("credit_card/visa/sql", "card in SQL UPDATE", f"""UPDATE payment_methods SET card_number = '{S('credit_card', card('4', 16))}', brand = 'visa' WHERE customer_id = 77123;""")
P("credit_card/mastercard/html_input", "card in an HTML value attribute", f"""<input name="cc-number" autocomplete="cc-number" value="{S('credit_card', card('51', 16, [4,4,4,4], ' '))}">""")
P("credit_card/visa/table_es", "Visa in a Spanish table", f"""| Titular | Tarjeta | Caduca |
|---|---|---|
| M. Ortega | {S('credit_card', card('4', 16, [4,4,4,4], ' '))} | 05/27 |""")
P("credit_card/visa13/legacy", "13-digit legacy Visa", f"""Legacy record migrated from the 1990s system: acct {S('credit_card', card('4', 13))} flagged for closure.""")
_wrapcard = card('55', 16, [4,4,4,4], ' ')
P("credit_card/mastercard/line_wrap", "grouped card number split across a hard line wrap", f"""Hi team, please charge the remaining balance of the workshop to my card {S('credit_card', _wrapcard[:14] + chr(10) + _wrapcard[15:])}
expiry 10/28, thanks a lot.""")
P("credit_card/amex/fr_prose", "Amex in French prose", f"""Le paiement a été refusé pour la carte American Express n° {S('credit_card', card('37', 15, [4,6,5], ' '))}, merci d'en utiliser une autre.""")
P("credit_card/visa/stripe_error", "PAN echoed in an error message", f"""{{"error":{{"code":"card_declined","message":"Your card {S('credit_card', card('4', 16))} was declined.","decline_code":"do_not_honor"}}}}""")
P("credit_card/discover/de", "Discover in German", f"""Bitte buchen Sie von meiner Discover-Karte {S('credit_card', card('65', 16, [4,4,4,4], ' '))} ab, nicht von der Firmenkarte.""")
P("credit_card/mastercard/yaml_fixture", "card in a YAML seed file", f"""customers:
  - name: Ilse Vogt
    card: "{S('credit_card', card('53', 16))}"
    plan: premium""")
P("credit_card/jcb/csv_semicolon", "JCB in a semicolon CSV", f"""kunde;karte;betrag
K-2231;{S('credit_card', card('35', 16))};88,90""")
P("credit_card/visa/ocr_text", "card from OCR text of a receipt photo", f"""OCR output of the uploaded photo:
CARDHOLDER COPY
VISA {S('credit_card', card('4', 16, [4,4,4,4], ' '))}
AUTH 004417  TOTAL EUR 63.20""")
# =========================== POSITIVES: IBAN =================================
P("iban/DE/grouped", "German IBAN grouped in an invoice footer", f"""Bankverbindung: Sparkasse Hannover · IBAN {S('iban', iban('DE', d(18), grouped=True))} · BIC SPKHDE2HXXX""")
P("iban/DE/compact_json", "German IBAN compact in JSON", f"""{{"creditor":{{"name":"Kranz Möbel GmbH","iban":"{S('iban', iban('DE', d(18)))}","bic":"COBADEFFXXX"}}}}""")
P("iban/FR/grouped", "French IBAN with RIB-style alnum account", f"""Merci de régler par virement sur le compte {S('iban', iban('FR', d(10) + u(11) + d(2), grouped=True))} avant le 15 du mois.""")
P("iban/ES/grouped", "Spanish IBAN", f"""Número de cuenta para la domiciliación: {S('iban', iban('ES', d(20), grouped=True))}""")
P("iban/IT/compact", "Italian IBAN with CIN letter", f"""Coordinate bancarie: IBAN {S('iban', iban('IT', R.choice(UP) + d(10) + d(12)))} intestato a Ferri S.r.l.""")
P("iban/NL/grouped", "Dutch IBAN with bank letters", f"""Graag overmaken naar {S('iban', iban('NL', 'RABO' + d(10), grouped=True))} o.v.v. factuurnummer.""")
P("iban/BE/table", "Belgian IBAN in a table", f"""| Leverancier | IBAN |
|---|---|
| Brouwerij Smet | {S('iban', iban('BE', d(12), grouped=True))} |""")
P("iban/GB/sql", "UK IBAN in SQL", f"""INSERT INTO payees (name, iban) VALUES ('Harrow Joinery Ltd', '{S('iban', iban('GB', 'NWBK' + d(14)))}');""")
P("iban/CH/prose_de", "Swiss IBAN in German prose", f"""Die Rückerstattung geht auf das Konto {S('iban', iban('CH', d(17), grouped=True))} bei der Zürcher Kantonalbank.""")
P("iban/AT/csv", "Austrian IBAN in CSV", f"""empfaenger;iban;betrag
Huber KG;{S('iban', iban('AT', d(16)))};1.200,00""")
P("iban/PL/grouped", "Polish IBAN", f"""Numer rachunku: {S('iban', iban('PL', d(24), grouped=True))} (mBank)""")
P("iban/PT/yaml", "Portuguese IBAN in YAML", f"""fornecedor:
  nome: Quinta Verde Lda
  iban: {S('iban', iban('PT', d(21)))}""")
P("iban/IE/chat", "Irish IBAN in chat", f"""User: can you check if {S('iban', iban('IE', 'AIBK' + d(14)))} is the right format for a SEPA transfer?
Assistant: It has the Irish length of 22 characters and the checksum validates.""")
P("iban/SE/grouped", "Swedish IBAN", f"""Betala till {S('iban', iban('SE', d(20), grouped=True))}, ange OCR-nummer i meddelandet.""")
P("iban/DK/compact", "Danish IBAN", f"""Kontooplysninger: {S('iban', iban('DK', d(14)))} (Danske Bank)""")
P("iban/FI/grouped", "Finnish IBAN", f"""Tilinumero: {S('iban', iban('FI', d(14), grouped=True))}""")
P("iban/NO/compact", "Norwegian IBAN (shortest)", f"""Kontonummer i IBAN-format: {S('iban', iban('NO', d(11)))}""")
P("iban/LU/xml_pain", "Luxembourg IBAN in a SEPA pain.001 XML", f"""<CdtrAcct>
  <Id><IBAN>{S('iban', iban('LU', d(3) + d(13)))}</IBAN></Id>
</CdtrAcct>""")
P("iban/CZ/grouped", "Czech IBAN", f"""Platbu prosím pošlete na {S('iban', iban('CZ', d(20), grouped=True))}.""")
P("iban/GR/compact", "Greek IBAN", f"""IBAN: {S('iban', iban('GR', d(23)))} — Τράπεζα Πειραιώς""")
P("iban/RO/grouped", "Romanian IBAN with bank letters", f"""Cont bancar: {S('iban', iban('RO', 'BTRL' + u(16), grouped=True))}""")
P("iban/TR/compact", "Turkish IBAN", f"""Havale için IBAN: {S('iban', iban('TR', d(5) + '0' + d(16)))}""")
P("iban/AE/json", "UAE IBAN in JSON", f"""{{"beneficiary":"Al Noor Trading LLC","iban":"{S('iban', iban('AE', d(19)))}","currency":"AED"}}""")
P("iban/SA/grouped", "Saudi IBAN", f"""رقم الآيبان: {S('iban', iban('SA', d(2) + d(18), grouped=True))}""")
P("iban/BR/compact", "Brazilian IBAN", f"""Conta internacional: {S('iban', iban('BR', d(8) + d(5) + d(10) + 'C' + '1'))}""")
P("iban/MT/grouped", "Maltese IBAN (longest)", f"""Bank details for the Valletta office: {S('iban', iban('MT', 'MALT' + d(5) + u(18), grouped=True))}""")
P("iban/DE/two_in_text", "two German IBANs, old and new", f"""Bitte nicht mehr auf {S('iban', iban('DE', d(18), grouped=True))} überweisen; die neue Verbindung lautet {S('iban', iban('DE', d(18), grouped=True))}.""")
# =========================== POSITIVES: national ids =========================
P("us_ssn/form", "SSN on a W-9 style form", f"""Form W-9 draft
Name: Darnell Hughes
Taxpayer Identification Number (SSN): {S('us_ssn', ssn())}
Business name: (leave blank)""")
P("us_ssn/json", "SSN in a JSON HR record", f"""{{"employee_id":"E-20771","ssn":"{S('us_ssn', ssn())}","state":"OH","w4_filed":true}}""")
P("us_ssn/compact_sql", "SSN without dashes in SQL", f"""SELECT * FROM applicants WHERE ssn = '{S('us_ssn', ssn(''))}';""")
P("us_ssn/prose", "SSN read out in chat", f"""User: the IRS letter says my social security number {S('us_ssn', ssn())} doesn't match their records, what should I do?""")
P("uk_nino/prose", "UK NINO in a payroll sentence", f"""Payroll needs the National Insurance number {S('uk_nino', nino())} before the first payslip can be issued.""")
P("uk_nino/spaced_table", "NINO spaced in a table", f"""| Employee | NI number |
|---|---|
| Aisha Rahman | {S('uk_nino', nino(spaced=True))} |""")
P("de_steuer_id/prose", "German Steuer-ID in a letter", f"""Ihre steuerliche Identifikationsnummer lautet {S('de_steuer_id', steuer_id())}; bitte geben Sie diese bei allen Schreiben an das Finanzamt an.""")
P("de_steuer_id/spaced_form", "Steuer-ID spaced on a form", f"""Steuer-IdNr.: {S('de_steuer_id', steuer_id(spaced=True))}
Steuerklasse: III""")
P("de_steuer_id/json", "Steuer-ID in JSON", f"""{{"mitarbeiter":"M-0417","steuer_id":"{S('de_steuer_id', steuer_id())}","konfession":"ev"}}""")
P("fr_nir/spaced", "French NIR spaced with key", f"""N° de sécurité sociale : {S('fr_nir', nir())}
Caisse : CPAM de Paris""")
P("fr_nir/compact_csv", "NIR compact in CSV", f"""matricule;nir;service
A-118;{S('fr_nir', nir(spaced=False))};logistique""")
P("es_dni/prose", "Spanish DNI", f"""Para completar la matrícula necesitamos una copia del DNI {S('es_dni', dni())} por ambas caras.""")
P("es_dni/dash_table", "DNI with dash in a table", f"""| Nombre | DNI |
|---|---|
| Lucía Gómez | {S('es_dni', dni(dash=True))} |""")
P("es_nie/prose", "Spanish NIE for a foreign resident", f"""Mi NIE es {S('es_nie', nie())} y el contrato de alquiler está a mi nombre desde marzo.""")
P("es_nie/json", "NIE in JSON", f"""{{"tipo_documento":"NIE","numero":"{S('es_nie', nie())}","nacionalidad":"PT"}}""")
P("it_codice_fiscale/prose", "Italian codice fiscale", f"""Il codice fiscale del paziente è {S('it_codice_fiscale', codice_fiscale())}, da riportare sulla ricetta.""")
P("it_codice_fiscale/xml", "codice fiscale in a FatturaPA XML", f"""<CessionarioCommittente>
  <DatiAnagrafici>
    <CodiceFiscale>{S('it_codice_fiscale', codice_fiscale())}</CodiceFiscale>
  </DatiAnagrafici>
</CessionarioCommittente>""")
P("nl_bsn/prose", "Dutch BSN", f"""Vul op het formulier je burgerservicenummer in: {S('nl_bsn', bsn())}, en onderteken onderaan.""")
P("nl_bsn/yaml", "BSN in YAML test data leak", f"""patient:
  naam: J. de Vries
  bsn: "{S('nl_bsn', bsn())}\"""")
P("br_cpf/formatted", "Brazilian CPF formatted", f"""Nota fiscal emitida para CPF {S('br_cpf', cpf())} — guarde este comprovante.""")
P("br_cpf/compact_json", "CPF compact in JSON", f"""{{"cliente":{{"nome":"Ana Paula Lima","cpf":"{S('br_cpf', cpf(fmt=False))}"}}}}""")
P("in_aadhaar/spaced", "Aadhaar spaced 4-4-4", f"""Aadhaar No.: {S('in_aadhaar', aadhaar())}
Name: Meera Iyer""")
P("in_aadhaar/compact_log", "Aadhaar in a KYC log", f"""2025-03-19 12:01:44 kyc.verify aadhaar={S('in_aadhaar', aadhaar(spaced=False))} result=MATCH latency_ms=812""")
P("in_pan/prose", "Indian PAN", f"""Please quote PAN {S('in_pan', pan())} on the invoice so that TDS is deducted correctly.""")
P("in_pan/table", "PAN in a vendor table", f"""| Vendor | PAN | GST state |
|---|---|---|
| Shree Textiles | {S('in_pan', pan())} | 27 |""")
P("cn_resident_id/prose", "Chinese resident id with 身份证号", f"""申请人身份证号：{S('cn_resident_id', cn_id())}，请核对后提交。""")
P("cn_resident_id/json", "Chinese resident id in JSON", f"""{{"real_name_auth":{{"id_card":"{S('cn_resident_id', cn_id())}","status":"passed"}}}}""")
P("jp_my_number/spaced", "Japanese My Number", f"""マイナンバー：{S('jp_my_number', my_number())}（番号確認書類の写しを添付）""")
P("jp_my_number/compact_csv", "My Number compact in CSV", f"""社員番号,個人番号,部署
1042,{S('jp_my_number', my_number(spaced=False))},経理""")
P("pl_pesel/prose", "Polish PESEL", f"""Numer PESEL pacjenta: {S('pl_pesel', pesel())}. Skierowanie ważne 30 dni.""")
P("pl_pesel/json", "PESEL in JSON", f"""{{"imie":"Krzysztof","pesel":"{S('pl_pesel', pesel())}","oddzial":"Kraków"}}""")
P("se_personnummer/prose", "Swedish personnummer", f"""Personnummer: {S('se_personnummer', personnummer())} — ange det vid varje kontakt med Försäkringskassan.""")
P("ca_sin/prose", "Canadian SIN", f"""Your employer needs your Social Insurance Number ({S('ca_sin', sin())}) before your first pay date.""")
P("ca_sin/dash", "Canadian SIN with dashes in a form", f"""NAS / SIN: {S('ca_sin', sin(sep='-'))}
Province: QC""")
P("mixed/hr_record", "HR record mixing SSN, e-mail, phone and IBAN", f"""Onboarding checklist for the new hire:
- Work e-mail: {S('email', 'r.okafor@fernhill.io')}
- Mobile: {S('phone', '+1 (312) 555-0166')}
- SSN: {S('us_ssn', ssn())}
- Salary account (EU entity): {S('iban', iban('NL', 'INGB' + d(10)))}""")
P("mixed/leaky_env", ".env with several secret kinds", f"""# .env.production  (committed by mistake)
DATABASE_URL=postgresql://shop:{S('url_password', 'Sh0p!Db#2025')}@db.internal:5432/shop
STRIPE_SECRET_KEY={S('stripe_secret_key', 'sk_live_' + a(99))}
SENDGRID_API_KEY={S('sendgrid_api_key', 'SG.' + bu(22) + '.' + bu(43))}
LOG_LEVEL=info
APP_ENV=production""")
P("mixed/customer_ticket", "support ticket with e-mail, phone, card", f"""Ticket #58213 — Customer {S('email', 'helga.schmitt@web.de')} called from {S('phone', '+49 171 4452 190')} about a double charge on {S('credit_card', card('4', 16, [4,4,4,4], ' '))}.""")
P("mixed/kyc_json_es", "Spanish KYC JSON with DNI, IBAN and phone", f"""{{"nombre":"Javier Ruiz","dni":"{S('es_dni', dni())}","iban":"{S('iban', iban('ES', d(20)))}","telefono":"{S('phone', '+34 655 21 48 90')}"}}""")
P("mixed/github_actions_secrets_dump", "debug step echoing secrets", f"""Run env | sort
AWS_ACCESS_KEY_ID={S('aws_access_key_id', aws_id())}
AWS_SECRET_ACCESS_KEY={S('aws_secret_access_key', aws_secret())}
GITHUB_TOKEN={S('github_app_token', gh('ghs_'))}
NPM_TOKEN={S('npm_token', 'npm_' + a(36))}
RUNNER_OS=Linux""")
# =========================== NEGATIVES ========================================
N("published_example/aws_docs_keys", "AWS documentation example key pair (EXAMPLE suffix)",
  """The AWS CLI docs use this pair in every walkthrough, and it does not authenticate anywhere:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```""")
N("published_example/aws_docs_prose_de", "AWS example key id discussed in German",
  """In der Dokumentation steht AKIAIOSFODNN7EXAMPLE nur als Muster; ein echter Schlüssel endet nie auf EXAMPLE und wird in IAM erzeugt.""")
N("published_example/jwt_io", "the jwt.io default example token",
  """The token on jwt.io's landing page, eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, decodes to John Doe with iat 1516239022 and is signed with the literal secret your-256-bit-secret.""")
N("published_example/stripe_test_card", "Stripe's documented 4242 test card",
  """For the checkout test, enter 4242 4242 4242 4242 with any future expiry such as 12/34 and any three-digit CVC; Stripe's test mode accepts it.""")
N("published_example/test_cards_table", "table of published gateway test cards",
  """| Brand | Test number | Result |
|---|---|---|
| Visa | 4111 1111 1111 1111 | approved |
| Mastercard | 5555 5555 5555 4444 | approved |
| Amex | 3782 822463 10005 | approved |
| Visa (3DS) | 4000 0566 5566 5556 | challenge |""")
N("published_example/test_cards_json_fixture", "test card numbers in a sandbox fixture",
  """{"sandbox_cards":[{"brand":"discover","number":"6011111111111117"},{"brand":"jcb","number":"3530111333300000"},{"brand":"mastercard","number":"5105105105105100"}],"note":"gateway sandbox only"}""")
N("published_example/ssn_woolworth", "famous invalid/advertising SSNs",
  """Never use 078-05-1120 in tests: it was printed on a wallet insert in 1938 and has been voided; 123-45-6789 is likewise reserved and never issued.""")
N("published_example/nino_qq", "UK documentation NINO with QQ prefix",
  """HMRC guidance shows QQ 12 34 56 C as the sample layout; the QQ prefix is never allocated, so validation libraries treat it as a dummy value.""")
N("published_example/slack_docs_token", "Slack docs placeholder token with x's",
  """Slack's API reference shows calls like `Authorization: Bearer xoxb-not-a-real-token-this-will-not-work`, which is intentionally invalid.""")
N("placeholder/angle_brackets", "angle-bracket placeholders",
  """```bash
export OPENAI_API_KEY=<your-openai-api-key>
export ANTHROPIC_API_KEY=<paste key here>
python run_eval.py --model gpt-4o
```""")
N("placeholder/xxx_stripe", "x-filled Stripe placeholders",
  """STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# fill these in from the dashboard, never commit the real ones""")
N("placeholder/changeme", "literal changeme / TODO defaults",
  """db:
  user: app
  password: changeme   # TODO: override in values-prod.yaml
  host: postgres""")
N("placeholder/your_token_here", "YOUR_TOKEN_HERE style placeholder in code",
  """client = WebClient(token="YOUR_SLACK_BOT_TOKEN_HERE")
# Replace the string above with the value from OAuth & Permissions.""")
N("placeholder/asterisks", "password shown as asterisks",
  """Connection test succeeded:
  host     = db.internal
  user     = reporting
  password = ********
  latency  = 4 ms""")
N("placeholder/ellipsis_redacted", "redacted key with ellipsis",
  """The key in your screenshot (sk-proj-...a9XX) is already truncated by the dashboard, so nothing secret is visible; only the last four characters are shown.""")
N("placeholder/redacted_marker", "[REDACTED] markers in a log",
  """2025-02-01T10:00:01Z auth ok user=svc-export token=[REDACTED] scope=read:reports
2025-02-01T10:00:02Z export started rows=18233""")
N("placeholder/dummy_fixture_names", "obvious dummy values in a unit test",
  """def test_login_rejects_bad_password(client):
    resp = client.post("/login", data={"user": "alice", "password": "wrong-password"})
    assert resp.status_code == 401""")
N("env_reference/shell_vars", "${VAR} references in a shell script",
  """#!/usr/bin/env bash
set -euo pipefail
curl -fsS -H "Authorization: Bearer ${API_TOKEN}" "${BASE_URL}/v1/health"
psql "postgresql://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/${PGDATABASE}" -c 'select 1'""")
N("env_reference/compose_interpolation", "compose file using ${} interpolation",
  """services:
  api:
    environment:
      DATABASE_URL: postgres://api:${POSTGRES_PASSWORD:?missing}@db:5432/api
      JWT_SECRET: ${JWT_SECRET}""")
N("env_reference/python_environ", "os.environ lookups without values",
  """import os
password = os.environ["DB_PASSWORD"]
api_key = os.getenv("WEATHER_API_KEY", "")
if not api_key:
    raise SystemExit("WEATHER_API_KEY is not set")""")
N("env_reference/node_process_env", "process.env references in Node",
  """const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;""")
N("secret_manager_ref/github_actions", "${{ secrets.X }} references in a workflow",
  """      - name: Publish
        run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK }}""")
N("secret_manager_ref/aws_arn", "Secrets Manager ARN in an ECS task definition",
  """"secrets": [
  {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf"},
  {"name": "API_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/prod/orders/api-key"}
]""")
N("secret_manager_ref/k8s_secretkeyref", "secretKeyRef in a Deployment",
  """        env:
          - name: POSTGRES_PASSWORD
            valueFrom:
              secretKeyRef:
                name: pg-credentials
                key: password""")
N("secret_manager_ref/vault_path", "Vault path references in a template",
  """{{ with secret "secret/data/payments/stripe" }}
STRIPE_KEY={{ .Data.data.api_key }}
{{ end }}""")
N("secret_manager_ref/1password_uri", "op:// references",
  """GITHUB_TOKEN="op://Engineering/GitHub Release Bot/credential"
DATABASE_PASSWORD="op://Prod/Postgres primary/password"
Run with `op run --env-file=.env -- ./deploy.sh`.""")
N("secret_manager_ref/terraform_var", "Terraform var and data source references",
  """resource "aws_db_instance" "main" {
  username = var.db_username
  password = data.aws_secretsmanager_secret_version.db.secret_string
}""")
N("secret_manager_ref/azure_keyvault", "Key Vault reference syntax in App Service settings",
  """Set the app setting value to @Microsoft.KeyVault(SecretUri=https://kv-fernhill-prod.vault.azure.net/secrets/SqlPassword/) instead of pasting the password into the portal.""")
N("secret_manager_ref/gcp_secret_manager", "gcloud secret reference",
  """gcloud run deploy api --set-secrets=DB_PASS=projects/482113/secrets/db-pass:latest,STRIPE_KEY=stripe-key:3 --region=europe-west1""")
N("prose_about_secrets/rotation_advice", "advice about rotating keys, no values",
  """If a token ever lands in a public repository, assume it is compromised: revoke it in the provider console first, then issue a new one and update the CI variables, and only afterwards rewrite history.""")
N("prose_about_secrets/formats_explained", "explanation of token prefixes without full tokens",
  """GitHub classic tokens start with ghp_, OAuth tokens with gho_, and fine-grained ones with github_pat_; Slack bot tokens begin with xoxb- and user tokens with xoxp-. Scanners key on those prefixes.""")
N("prose_about_secrets/scanner_regex", "secret-scanner regex rules",
  """[[rules]]
id = "github-pat"
regex = '''ghp_[0-9a-zA-Z]{36}'''
[[rules]]
id = "aws-access-key"
regex = '''(A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{16}'''""")
N("prose_about_secrets/password_policy", "password policy text",
  """Passwords must be at least 14 characters, contain three of the four character classes, and may not reuse any of the last 12 passwords. The password field is case-sensitive.""")
N("prose_about_secrets/chinese", "Chinese prose about API key storage",
  """不要把 API 密钥写进代码仓库；请使用环境变量或密钥管理服务，并为每个环境分别生成密钥，定期轮换。""")
N("code_names_password/getpass", "password read via getpass",
  """import getpass
user = input("User: ")
password = getpass.getpass("Password: ")
session = login(user, password)""")
N("code_names_password/java_field", "Java class with password field and no value",
  """public class Credentials {
    private final String username;
    private final char[] password;
    public Credentials(String username, char[] password) { this.username = username; this.password = password.clone(); }
}""")
N("code_names_password/sql_schema", "SQL schema with password_hash column",
  """CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  api_key_last4 CHAR(4)
);""")
N("code_names_password/html_form", "HTML login form with password input",
  """<form method="post" action="/login">
  <label for="pw">Password</label>
  <input id="pw" name="password" type="password" autocomplete="current-password" required>
</form>""")
N("code_names_password/i18n_strings", "i18n strings about passwords",
  """{
  "login.password.label": "Passwort",
  "login.password.forgot": "Passwort vergessen?",
  "login.token.expired": "Ihr Zugangstoken ist abgelaufen."
}""")
N("code_names_password/argparse", "argparse option definitions",
  """parser.add_argument("--password", help="database password (or set PGPASSWORD)")
parser.add_argument("--api-key", dest="api_key", default=None, help="service API key")""")
N("code_names_password/type_annotation", "TypeScript interface with secret fields",
  """interface SmtpConfig {
  host: string;
  port: number;
  user: string;
  password: string;   // loaded from the vault at startup
  secure?: boolean;
}""")
N("git_sha/log_oneline", "git log with commit SHAs",
  f"""$ git log --oneline -4
{h(7)} fix(api): handle empty cart on checkout
{h(7)} chore(deps): bump axios from 1.6.7 to 1.7.2
{h(7)} feat: add SEPA mandate screen
{h(7)} docs: explain retry policy""")
N("git_sha/full_in_prose", "full 40-hex commit SHA in prose",
  f"""The regression came in with commit {h(40)}; reverting just that commit makes the integration suite green again on main.""")
N("git_sha/rev_parse_cli", "git rev-parse output and revert",
  f"""$ git rev-parse HEAD
{h(40)}
$ git revert --no-edit {h(40)}""")
N("checksum/sha256sums", "sha256sum output for release files",
  f"""{h(64)}  fernhill-cli_2.4.1_linux_amd64.tar.gz
{h(64)}  fernhill-cli_2.4.1_darwin_arm64.tar.gz
{h(64)}  fernhill-cli_2.4.1_windows_amd64.zip""")
N("checksum/md5_prose", "MD5 in prose about a download",
  f"""Die heruntergeladene ISO hat die MD5-Prüfsumme {h(32)}; vergleiche sie mit dem Wert auf der Projektseite, bevor du sie auf den USB-Stick schreibst.""")
N("checksum/sha1_table", "SHA-1 in a Markdown table",
  f"""| File | SHA-1 |
|---|---|
| firmware-v3.2.bin | {h(40)} |
| bootloader-v1.9.bin | {h(40)} |""")
N("lockfile/package_lock_integrity", "package-lock integrity hashes",
  f"""    "node_modules/lodash": {{
      "version": "4.17.21",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "sha512-{b(86)}=="
    }},""")
N("lockfile/poetry_hashes", "poetry.lock file hashes",
  f"""[[package]]
name = "requests"
version = "2.32.3"
files = [
    {{file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:{h(64)}"}},
]""")
N("lockfile/go_sum", "go.sum lines",
  f"""github.com/google/uuid v1.6.0 h1:{b(43)}=
github.com/google/uuid v1.6.0/go.mod h1:{b(43)}=""")
N("lockfile/cargo_lock", "Cargo.lock checksums",
  f"""[[package]]
name = "serde"
version = "1.0.203"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{h(64)}\"""")
N("lockfile/yarn_lock", "yarn.lock entry",
  f"""react-dom@^18.2.0:
  version "18.3.1"
  resolved "https://registry.yarnpkg.com/react-dom/-/react-dom-18.3.1.tgz#{h(40)}"
  integrity sha512-{b(86)}==""")
N("image_digest/docker_pull", "image pinned by sha256 digest",
  f"""FROM python:3.12-slim@sha256:{h(64)}
RUN pip install --no-cache-dir -r requirements.txt""")
N("image_digest/k8s_describe", "kubectl describe showing image ID",
  f"""    Image:          ghcr.io/fernhill/api:2.8.0
    Image ID:       ghcr.io/fernhill/api@sha256:{h(64)}
    State:          Running""")
N("sri_hash/html_script", "subresource integrity hash in HTML",
  f"""<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js"
        integrity="sha384-{b(64)}" crossorigin="anonymous"></script>""")
def uuid4(): return f"{h(8)}-{h(4)}-4{h(3)}-{R.choice('89ab')}{h(3)}-{h(12)}"
def ulid(): return R.choice("01") + pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 25)

N("uuid/json_api", "UUIDs as resource ids in a JSON answer",
  f"""{{"data":[{{"id":"{uuid4()}","type":"project","attributes":{{"name":"Billing revamp"}}}},{{"id":"{uuid4()}","type":"project","attributes":{{"name":"Mobile onboarding"}}}}]}}""")
N("uuid/azure_subscription", "Azure subscription and tenant ids",
  f"""az account set --subscription {uuid4()}
az role assignment list --scope /subscriptions/{uuid4()}/resourceGroups/rg-analytics --output table""")
N("uuid/sql_where", "UUID in a SQL query",
  f"""SELECT status, updated_at FROM jobs WHERE job_id = '{uuid4()}' ORDER BY updated_at DESC LIMIT 5;""")
N("ulid/log", "ULIDs as event ids",
  f"""event_id={ulid()} type=order.created shop=fernhill-eu
event_id={ulid()} type=order.paid shop=fernhill-eu""")
N("trace_id/traceparent", "W3C traceparent header",
  f"""GET /v1/catalog HTTP/1.1
Host: api.fernhill.io
traceparent: 00-{h(32)}-{h(16)}-01
X-Request-ID: req_{a(24)}""")
N("trace_id/jaeger_prose", "trace id quoted while debugging latency",
  f"""The slow span is in trace {h(32)}: the inventory call waits 2.3 s on a lock in `reserve_stock`, everything else finishes in under 40 ms.""")
N("request_id/aws_error", "AWS error with RequestId",
  f"""An error occurred (AccessDenied) when calling the PutObject operation: Access Denied
RequestId: {u(16)}, HostId: {b(76)}=""")
N("request_id/cloudflare_ray", "Cloudflare Ray ID and correlation ids",
  f"""Error 1020 Ray ID: {h(16)} • 2025-03-11 09:14:52 UTC — Access denied by the firewall rule that blocks the old mobile client.""")
N("version/changelog", "versions and build numbers",
  """## 4.12.0 (2025-02-03)
- Bump Node from 18.19.1 to 20.11.1
- Android build 4120031, iOS build 4.12.0 (1187)
- Minimum Windows build 10.0.19045.3693""")
N("version/pip_freeze", "pip freeze output",
  """numpy==1.26.4
pandas==2.2.2
scikit-learn==1.5.0
torch==2.3.1+cu121
urllib3==2.2.1""")
N("order_number/email_body", "order numbers in a customer message",
  """Thanks for your order 302-4817726-9915523! Your second order 302-1174093-6620145 ships separately; both arrive by Thursday.""")
N("order_number/shopify_table", "order ids and totals in a table",
  """| Order | Date | Total |
|---|---|---|
| #100482 | 2025-01-04 | €84.20 |
| #100483 | 2025-01-04 | €12.99 |
| #100491 | 2025-01-05 | €230.00 |""")
N("invoice_number/de", "German invoice numbers and customer numbers",
  """Rechnungsnummer RE-2024-0012873, Kundennummer 4400913, Auftragsnummer AU-77812 – bitte bei Rückfragen immer die Rechnungsnummer angeben.""")
N("invoice_number/long_numeric", "16-digit invoice reference that fails Luhn",
  f"""Invoice reference {card('5', 16, bad=True)} was generated by the ERP; quote it on the bank transfer so the payment matches automatically.""")
N("tracking_number/ups_usps", "parcel tracking numbers",
  """UPS: 1Z999AA10123456784
USPS: 9400 1000 0000 0000 0000 00
DHL Express: 1234567890 — all three parcels left the hub this morning.""")
N("tracking_number/dhl_de", "German DHL tracking sentence",
  """Ihre Sendung 00340434161234567890 wurde heute an die Packstation 118 in Leipzig zugestellt und liegt sieben Tage zur Abholung bereit.""")
N("booking_reference/airline", "airline PNR and ticket number",
  """Booking reference: QX7K2M
Ticket number: 157-2413398870
Flight LH 2034, seat 14C, departs MUC 07:35.""")
N("booking_reference/hotel_fr", "hotel booking confirmation in French",
  """Votre réservation n° 4821-FR-99310 à l'Hôtel des Arts est confirmée du 14 au 17 mai ; code d'accès au parking : niveau -2, place 47.""")
N("timestamp/epoch_log", "epoch timestamps in JSON",
  """{"created":1718012400,"updated_ms":1718012462381,"ttl":86400,"seq":992817}""")
N("timestamp/iso_table", "ISO timestamps and durations",
  """| Step | Started | Duration |
|---|---|---|
| build | 2025-04-02T08:12:44.120Z | PT3M12S |
| test | 2025-04-02T08:15:56.004Z | PT11M02S |""")
N("coordinates/geojson", "coordinates in GeoJSON",
  """{"type":"Feature","geometry":{"type":"Point","coordinates":[13.404954,52.520008]},"properties":{"name":"Alexanderplatz"}}""")
N("coordinates/dms_prose", "DMS coordinates in prose",
  """The trailhead is at 46°33′52″N 7°58′29″E, about 2.4 km past the cable car station; parking is at 46.5644, 7.9747.""")
N("isbn/bibliography", "ISBNs in a bibliography",
  """- Kleppmann, M. *Designing Data-Intensive Applications*. O'Reilly, 2017. ISBN 978-1-4493-7332-0.
- Nygard, M. *Release It!* 2nd ed. Pragmatic, 2018. ISBN 978-1-68050-239-8.""")
N("isbn/compact_list", "ISBN-13 compact and ISBN-10",
  """Reading list numbers for the library order: 9780262046305, 9780134757599 and the older edition 0131103628.""")
N("luhn_failing_card/prose", "card-shaped number failing Luhn",
  f"""The form rejected {card('4', 16, [4,4,4,4], ' ', bad=True)} immediately because the check digit is wrong, which is the client-side Luhn validation doing its job.""")
N("luhn_failing_card/json", "Luhn-failing 16-digit value in a JSON field",
  f"""{{"gift_card_code":"{card('6', 16, bad=True)}","balance":25.00,"currency":"EUR"}}""")
N("luhn_failing_card/csv", "Luhn-failing numbers in CSV",
  f"""id,reference,amount
1,{card('5', 16, bad=True)},10.00
2,{card('3', 15, bad=True)},12.50""")
N("masked_card/last4", "masked card with last four digits",
  """Payment method: Visa •••• •••• •••• 7712 (expires 04/27). Your next charge of $19.00 is on March 3.""")
N("masked_card/stars", "starred PAN in a receipt",
  """CARD: ************3391
AUTH CODE: 0A44KX
ENTRY: CHIP""")
N("iban_failing_mod97/de", "German IBAN-shaped string with wrong check digits",
  f"""Die IBAN {iban('DE', d(18), grouped=True, bad=True)} wird vom Formular abgelehnt, weil die Prüfziffern nicht stimmen; bitte vom Kontoauszug abschreiben.""")
N("iban_failing_mod97/fr_json", "French IBAN failing mod-97 in JSON",
  f"""{{"iban":"{iban('FR', d(23), bad=True)}","valid":false,"error":"checksum"}}""")
N("iban_failing_mod97/table", "table of rejected IBANs",
  f"""| Input | Result |
|---|---|
| {iban('NL', 'ABNA' + d(10), bad=True)} | invalid checksum |
| {iban('ES', d(20), bad=True)} | invalid checksum |""")
N("bic_swift/codes", "BIC/SWIFT codes alone",
  """Für Auslandsüberweisungen brauchst du nur den BIC: COBADEFFXXX (Commerzbank), DEUTDEDBBER (Deutsche Bank Berlin) oder BNPAFRPPXXX.""")
N("vat_id/eu", "EU VAT identification numbers of companies",
  """Our VAT number is DE 298 114 530 and the Irish subsidiary is IE 9184422K; both are printed on every invoice as required by law.""")
N("invalid_checksum/ssn_area_000", "SSN-shaped values with invalid areas",
  """Test fixtures use 000-12-3456, 666-45-1234 and 900-11-2222 because the SSA never issues area 000, 666 or the 900 series.""")
N("invalid_checksum/steuer_id", "Steuer-ID with a wrong check digit",
  f"""Die eingegebene Steuer-ID {steuer_id(bad=True)} ist ungültig: die Prüfziffer passt nicht. Bitte die Nummer aus dem Schreiben des Bundeszentralamts übernehmen.""")
N("invalid_checksum/dni_letter", "DNI with a wrong letter",
  f"""El sistema rechaza el DNI {dni(bad=True)} porque la letra de control no corresponde al número.""")
N("invalid_checksum/nie_letter", "NIE with a wrong letter",
  f"""Error de validación: NIE {nie(bad=True)} — letra de control incorrecta.""")
N("invalid_checksum/codice_fiscale", "codice fiscale with wrong check letter",
  f"""Il portale segnala che il codice fiscale {codice_fiscale(bad=True)} ha il carattere di controllo errato.""")
N("invalid_checksum/bsn", "BSN failing the 11-test",
  f"""Het nummer {bsn(bad=True)} haalt de elfproef niet, dus het kan geen geldig burgerservicenummer zijn.""")
N("invalid_checksum/cpf", "CPF with wrong verification digits",
  f"""CPF inválido: {cpf(bad=True)} (dígitos verificadores não conferem). Corrija antes de emitir a nota.""")
N("invalid_checksum/aadhaar", "Aadhaar-shaped number failing Verhoeff",
  f"""UIDAI validation error: {aadhaar(bad=True)} fails the Verhoeff check, so the upload was not submitted.""")
N("invalid_checksum/cn_id", "Chinese id with wrong check character",
  f"""校验失败：{cn_id(bad=True)} 的最后一位校验码不正确。""")
N("invalid_checksum/my_number", "My Number with wrong check digit",
  f"""入力された番号 {my_number(bad=True)} はチェックデジットが一致しません。""")
N("invalid_checksum/pesel", "PESEL with wrong control digit",
  f"""Błąd: numer {pesel(bad=True)} ma niepoprawną cyfrę kontrolną.""")
N("invalid_checksum/nir", "NIR with a wrong key",
  f"""La clé du numéro {nir(bad=True)} est incorrecte ; vérifiez la carte Vitale.""")
N("invalid_checksum/sin", "SIN failing Luhn",
  f"""The payroll import skipped row 14 because SIN {sin(bad=True)} fails the Luhn check.""")
N("invalid_checksum/personnummer", "Swedish personnummer failing Luhn",
  f"""Kontrollsiffran stämmer inte för {personnummer(bad=True)}, så ansökan kunde inte skickas.""")
N("public_key/ssh_authorized_keys", "SSH public keys in authorized_keys",
  f"""ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b(43)} deploy@ci-runner-04
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b(300)} backup@nas""")
N("public_key/pem_public", "PEM public key block",
  f"""Verify webhook signatures with the public key below; it is safe to commit:

-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{b(52)}
{b(36)}==
-----END PUBLIC KEY-----""")
N("public_key/pgp_public_block", "armored PGP public key",
  f"""-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBF{b(58)}
{b(64)}
{b(64)}
={b(4)}
-----END PGP PUBLIC KEY BLOCK-----""")
N("public_key/age_recipient", "age public recipient",
  f"""Encrypt backups to the team recipient: `age -r age1{pick('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)} -o db.sql.age db.sql`.""")
N("public_key/wireguard_peer", "WireGuard peer PublicKey (not PrivateKey)",
  f"""[Peer]
PublicKey = {b(43)}=
AllowedIPs = 10.8.0.2/32
PersistentKeepalive = 25""")
N("certificate/pem_cert", "X.509 certificate PEM",
  f"""-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIE{b(44)}
{b(64)}
{b(64)}
{b(30)}==
-----END CERTIFICATE-----""")
N("certificate/kubeconfig_ca_data", "kubeconfig certificate-authority-data",
  f"""clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{b(120)}=
    server: https://k8s-api.fernhill.internal:6443
  name: prod-eu""")
N("fingerprint/ssh_host", "SSH host key fingerprint prompt",
  f"""The authenticity of host 'bastion.fernhill.io (198.51.100.7)' can't be established.
ED25519 key fingerprint is SHA256:{b(43)}.
Are you sure you want to continue connecting (yes/no/[fingerprint])?""")
N("fingerprint/gpg_key_id", "GPG fingerprint in a release note",
  f"""Release tarballs are signed with key {H(4)} {H(4)} {H(4)} {H(4)} {H(4)}  {H(4)} {H(4)} {H(4)} {H(4)} {H(4)}; import it from the keyserver before running gpg --verify.""")
N("base64_data/image_data_uri", "base64 image data URI",
  f"""<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h{b(120)}==">""")
N("base64_data/json_payload", "base64 of ordinary JSON in a message queue",
  f"""{{"messageId":"{d1(16)}","data":"{b64of('{"order_id":"SO-88214","status":"shipped","carrier":"DHL"}')}","publishTime":"2025-03-01T10:00:00Z"}}""")
N("base64_data/pubsub_text", "base64 of a plain sentence",
  f"""Decoding `{b64of('Hello from the nightly export job, 1824 rows written.')}` with base64 -d prints the greeting the job writes on success.""")
N("base64_data/basic_of_placeholder", "Basic header built from documented placeholder credentials",
  """RFC 7617 uses the pair Aladdin and open sesame, so the example header is Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== in countless tutorials.""")
N("object_id/mongo", "MongoDB ObjectIds",
  f"""db.orders.find({{ _id: ObjectId("{h(24)}") }})
db.orders.updateOne({{ _id: ObjectId("{h(24)}") }}, {{ $set: {{ status: "refunded" }} }})""")
N("object_id/stripe_ids", "Stripe object ids (not keys)",
  f"""Refund {{"id":"re_{a(24)}","charge":"ch_{a(24)}","payment_intent":"pi_{a(24)}","customer":"cus_{a(14)}"}} succeeded.""")
N("object_id/slack_ids", "Slack channel/user/team ids",
  f"""Post to channel C0{u(9)} as user U0{u(9)} in workspace T0{u(9)}; thread ts 1718031234.004519.""")
N("object_id/discord_snowflake", "Discord snowflakes",
  f"""guild_id = {d1(18)}
channel_id = {d1(19)}
role_id = {d1(18)}""")
N("object_id/aws_resource_ids", "AWS resource ids",
  f"""Instance i-0{h(16)} in subnet subnet-0{h(16)} uses security group sg-0{h(16)} and AMI ami-0{h(16)}.""")
N("object_id/youtube_ids", "video ids and playlist ids",
  f"""Watch the talk at https://www.youtube.com/watch?v={bu(11)}&list=PL{bu(32)} from minute 14.""")
N("object_id/google_drive", "Google Drive file id in a share link",
  f"""Die Vorlage liegt unter https://docs.google.com/spreadsheets/d/1{bu(43)}/edit#gid=0 und ist für alle im Team lesbar.""")
N("public_identifier/stripe_publishable_test", "Stripe test-mode publishable key",
  f"""const stripe = Stripe('pk_test_{a(99)}'); // publishable, test mode, meant for the browser""")
N("public_identifier/google_oauth_client_id", "OAuth client id (public)",
  f"""GOOGLE_CLIENT_ID={d1(12)}-{l(32)}.apps.googleusercontent.com""")
N("public_identifier/analytics_ids", "analytics measurement ids",
  """gtag('config', 'G-7QX2K9LM4P'); // GA4
<!-- legacy: UA-48213377-2, GTM-K7TQ2XZ -->""")
N("public_identifier/twilio_account_sid", "Twilio account SID alone in prose",
  f"""Your Twilio account SID AC{h(32)} is an identifier shown on the console home page; the auth token is separate.""")
N("public_identifier/aws_account_id", "AWS account ids and ARNs",
  """arn:aws:iam::123456789012:role/github-deploy
arn:aws:s3:::fernhill-artifacts-eu-west-1/*
arn:aws:lambda:eu-west-1:123456789012:function:thumbnailer""")
N("vendor_prefix_lookalike/identifiers", "code identifiers sharing vendor prefixes",
  """from huggingface_hub import hf_hub_download
sk_learn_pipeline = build_pipeline()
ghp_count = count_prefixes(tokens, "ghp_")
rk_live_mode = settings.ROLLOUT_LIVE""")
N("vendor_prefix_lookalike/short_prefix_mentions", "prefix-only mentions in a table",
  """| Provider | Prefix | Length |
|---|---|---|
| GitLab PAT | glpat- | 26 |
| npm | npm_ | 40 |
| PyPI | pypi- | variable |
| Docker Hub | dckr_pat_ | 36 |""")
N("email_lookalike/git_scp_remote", "scp-style git remotes",
  """git remote add upstream git@github.com:fernhill/ledger.git
git clone git@gitlab.com:fernhill/infra/terraform-modules.git""")
N("email_lookalike/npm_scoped_versions", "scoped npm packages with versions",
  """npm install @types/node@20.11.30 @tanstack/react-query@5.28.4 @aws-sdk/client-s3@3.540.0 --save-exact""")
N("email_lookalike/decorators", "Python/TS decorators",
  """@app.route("/health")
@login_required
def health():
    return {"ok": True}

@Component({ selector: 'app-root', templateUrl: './app.component.html' })""")
N("email_lookalike/mentions", "social handles and mentions",
  """Thanks @marta_k and @devops-team for the review; ping @oncall in #incidents if the canary fails again.""")
N("email_lookalike/docker_digest_ref", "image@sha256 reference",
  f"""image: registry.fernhill.io/payments/worker@sha256:{h(64)}""")
N("email_lookalike/ssh_user_host", "ssh user@host commands",
  """ssh -J jump@bastion.internal deploy@app-03.internal 'sudo systemctl restart api'""")
N("phone_lookalike/dates_times", "dates and time ranges",
  """Maintenance windows: 2025-03-14 22:00–02:00, 2025-04-11 22:00–02:00 and 2025-05-09 22:00–02:00 (CET).""")
N("phone_lookalike/part_numbers", "part numbers and SKUs",
  """Replace the filter with part 0402-118-7730 (or the compatible 0402-118-7731); the housing is SKU 77-4410-02.""")
N("phone_lookalike/postal_codes", "postal codes and street numbers",
  """Lieferadressen: 10115 Berlin, 80331 München, 20095 Hamburg — Hausnummern 12, 148 und 7a.""")
N("phone_lookalike/port_list", "port numbers and ranges",
  """Open 8080, 8443, 9090-9099 and 30000-32767 for the NodePorts; keep 22 restricted to the VPN range.""")
N("phone_lookalike/build_numbers", "build ids and pipeline numbers",
  """Pipeline #412883 ran build 20250314.7 on agent 3; the artifact is retained for 30 days as run 9918247761.""")
N("phone_lookalike/money_amounts", "amounts with separators",
  """Q1 revenue was 1 204 883,50 € (prior year 1 098 412,07 €); costs rose to 712 340,00 €.""")
N("phone_lookalike/math_digits", "digits of pi and constants",
  """π ≈ 3.14159 26535 89793 23846 and e ≈ 2.71828 18284 59045 23536 — enough precision for any float64 test.""")
N("phone_lookalike/dotted_quad_version", "dotted multi-part versions",
  """Firmware 4.2.118.7 is required; 4.2.117.12 and older drop the VPN tunnel after 10.5 hours.""")
N("hex_color/css", "CSS hex colors and sizes",
  """:root { --brand: #1a73e8; --brand-dark: #0b57d0; --danger: #d93025; --radius: 12px; }""")
N("mac_address/ip_link", "MAC addresses in ip link",
  """2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP
    link/ether 3c:22:fb:8a:41:07 brd ff:ff:ff:ff:ff:ff""")
N("doi_arxiv/citations", "DOIs and arXiv ids",
  """See doi:10.1145/3548606.3560597 and arXiv:2307.09288v2 for the evaluation protocol; PubMed PMID 31452104 covers the clinical side.""")
N("cas_number/chemistry", "CAS registry numbers",
  """Ethanol (CAS 64-17-5) and isopropanol (CAS 67-63-0) are both fine for cleaning the sensor; avoid acetone (CAS 67-64-1).""")
N("legal_reference/case_numbers", "court case and patent numbers",
  """Az. 2 BvR 1234/19 was cited together with US Patent 10,929,876 B2 and EP 3 456 789 B1 in the brief.""")
N("hash_password_placeholder/htpasswd_explained", "explanation of hashing, no real secret",
  """Store only a salted hash: bcrypt with cost 12 is a good default, and never log the plaintext password, not even at debug level.""")
N("kubernetes/pod_names", "pod names with generated hashes",
  f"""NAME                            READY   STATUS    RESTARTS   AGE
api-{l(10)}-{l(5)}            1/1     Running   0          3d
worker-{l(10)}-{l(5)}         1/1     Running   2          3d""")
N("terraform_state_ids/plan", "terraform plan output with ids",
  f"""  # aws_s3_bucket.logs will be updated in-place
  ~ resource "aws_s3_bucket" "logs" {{
        id     = "fernhill-logs-{l(8)}"
      ~ tags   = {{ "Owner" = "platform" }}
    }}""")
N("oauth_flow/auth_code_url_explained", "authorization URL with state and PKCE challenge",
  f"""https://auth.fernhill.io/authorize?response_type=code&client_id=web-portal&redirect_uri=https%3A%2F%2Fapp.fernhill.io%2Fcb&scope=openid%20profile&state={bu(22)}&code_challenge={bu(43)}&code_challenge_method=S256""")
N("csp_nonce/header", "Content-Security-Policy header with hashes",
  f"""Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-{b(43)}='; style-src 'self' https://fonts.googleapis.com""")
N("etag/http_response", "ETag and cache headers",
  f"""HTTP/1.1 304 Not Modified
ETag: W/"{h(32)}"
Cache-Control: public, max-age=31536000, immutable""")
N("session_id_placeholder/cookie_names", "cookie names without values",
  """Set-Cookie attributes to check: the session cookie should be HttpOnly, Secure and SameSite=Lax; csrftoken may be readable by JavaScript.""")
N("connection_string_no_password/postgres", "connection URLs without a password",
  """DATABASE_URL=postgresql://app@db.internal:5432/app?sslmode=verify-full
REDIS_URL=redis://cache.internal:6379/0
AMQP_URL=amqp://mq.internal:5672/%2F""")
N("connection_string_no_password/azure_managed_identity", "Azure connection with managed identity",
  """Server=tcp:sqlsrv-analytics-weu.database.windows.net;Database=erp;Authentication=Active Directory Managed Identity;Encrypt=True;""")
def ean(prefix):
    while True:
        s = prefix + d(12 - len(prefix))
        c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(s)) % 10) % 10
        v = s + str(c)
        if not luhn_ok(v): return v

N("encrypted_at_rest/sops", "SOPS-encrypted values (ciphertext safe to commit)",
  f"""db:
    password: ENC[AES256_GCM,data:{b(24)}=,iv:{b(43)}=,tag:{b(22)}==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/{uuid4()}""")
N("encrypted_at_rest/sealed_secret", "Bitnami SealedSecret encryptedData",
  f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: api-keys
spec:
  encryptedData:
    STRIPE_KEY: AgB{b(180)}==""")
N("encrypted_at_rest/ansible_vault", "ansible-vault encrypted blob",
  f"""db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          {h(80)}
          {h(80)}
          {h(48)}""")
N("rfc_test_vector/hmac", "HMAC RFC 4231 test vector",
  """RFC 4231 test case 2 uses key "Jefe" and data "what do ya want for nothing?", giving HMAC-SHA-256 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843.""")
N("blockchain_hash/eth_tx", "Ethereum transaction hash and contract address",
  f"""The mint went through in tx 0x{h(64)} to contract 0x{h(40)}, block 19,482,117, gas used 84,211.""")
N("windows_sid/whoami", "Windows SIDs from whoami",
  """USER INFORMATION
User Name           SID
=================== ==============================================
corp\\m.keller      S-1-5-21-3623811015-3361044348-30300820-1013""")
N("windows_guid/registry", "CLSIDs and registry paths",
  f"""HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{{{H(8)}-{H(4)}-{H(4)}-{H(4)}-{H(12)}}}\\InprocServer32""")
N("serial_number/devices", "hardware serial numbers",
  """Asset list: MacBook Pro serial C02ZK3YHMD6T, Dell Latitude service tag 7HQX2K3, Cisco switch SN FOC2231X0QZ.""")
N("bank_routing/aba_public", "public ABA routing number alone",
  """Wire instructions differ by bank; for example, the routing number printed on the bank's own website for domestic wires is 021000021, and you still need the beneficiary details from the invoice.""")
N("barcode/ean13", "EAN-13 barcodes in a product CSV",
  f"""sku,ean,title
TS-RED-M,{ean('87')},T-Shirt rot M
TS-BLU-L,{ean('76')},T-Shirt blau L""")
N("regex_pattern/validators", "validation regexes for e-mail and phone",
  """EMAIL_RE = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$")
PHONE_RE = re.compile(r"^\\+?[1-9]\\d{7,14}$")
IBAN_RE = re.compile(r"^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$")""")
N("placeholder/phone_format_mask", "phone input masks",
  """<input type="tel" placeholder="+1 (___) ___-____" pattern="\\+1 \\(\\d{3}\\) \\d{3}-\\d{4}">
<small>Format: +49 XXX XXXXXXX</small>""")
N("placeholder/email_example_domain", "RFC 2606 example.com placeholders in docs",
  """Replace you@example.com with the address that should receive alerts; the example.com domain is reserved for documentation and never delivers mail.""")
N("placeholder/basic_auth_words", "curl -u with literal words username:password",
  """curl -u username:password https://api.example.net/v1/status   # replace both words with your real credentials""")
N("placeholder/connection_string_stars", "connection string with masked password",
  """postgres://report:*****@db.internal:5432/analytics — the CLI masks the password when it prints the DSN.""")
N("placeholder/sql_bind_params", "SQL with bind parameters for secrets",
  """UPDATE users SET password_hash = :password_hash, api_token_digest = :token_digest WHERE id = :user_id;""")
N("placeholder/curl_env_vars", "curl with shell-variable credentials",
  """curl -u "$JIRA_USER:$JIRA_TOKEN" -H "Accept: application/json" "$JIRA_URL/rest/api/3/myself" """)
N("message_id/mail_headers", "Message-ID and In-Reply-To headers (no mailbox)",
  f"""Message-ID: <{a(20)}.{d(10)}@mail.fernhill.io>
In-Reply-To: <{h(16)}.{d(8)}@mx.partner.net>
X-Mailer: Thunderbird 115.8.0""")
N("chat/password_reset_help", "chat transcript about resetting a password without any value",
  """User: I forgot the admin password for the router.
Assistant: Hold the reset button for ten seconds; the router then accepts the default credentials printed on its label, and you should set a new password right after logging in.""")
N("chat/api_key_where", "chat asking where to find an API key",
  """User: where do I find my OpenAI key?
Assistant: In the dashboard under API keys. The full key is shown only once at creation, so create a new one if you did not save it.""")
N("prose_about_secrets/de_hinweis", "German guidance text about tokens",
  """Hinweis: Persönliche Zugriffstoken sollten ein Ablaufdatum haben und nur die Berechtigungen erhalten, die das Skript tatsächlich braucht.""")
N("prose_about_secrets/es_consejo", "Spanish guidance about credentials",
  """Consejo: nunca pegues contraseñas ni claves de API en un ticket; usa el gestor de secretos de la empresa y comparte solo el nombre de la entrada.""")
N("prose_about_secrets/fr_explication", "French explanation of JWT structure",
  """Un JWT se compose de trois parties séparées par des points : l'en-tête, la charge utile et la signature, chacune encodée en base64url.""")
N("prose_about_secrets/ja_setsumei", "Japanese note about rotating keys",
  """アクセスキーは定期的にローテーションし、使われていないキーは無効化してください。""")
N("prose_about_secrets/pt_aviso", "Portuguese notice about leaked credentials",
  """Se uma credencial vazar, revogue-a imediatamente, gere outra e verifique os logs de acesso dos últimos trinta dias.""")
N("ci_workflow/no_secrets", "CI workflow with caching keys but no secrets",
  """name: test
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: ~/.cache/pip
          key: pip-${{ hashFiles('requirements.txt') }}
      - run: pytest -q""")
N("iac/terraform_no_secrets", "Terraform with ids and tags",
  """resource "aws_instance" "bastion" {
  ami                    = "ami-0c55b159cbfafe1f0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = ["sg-0a1b2c3d4e5f67890"]
  tags = { Name = "bastion", CostCenter = "4410" }
}""")
N("notebook/array_output", "notebook outputs of numeric arrays",
  """In [12]: np.random.seed(42); np.random.randint(0, 10**6, size=6)
Out[12]: array([121958, 671155, 131932, 365838, 259178, 644167])""")
N("stack_trace/memory_addresses", "stack trace with hex addresses",
  """#0  0x00007ffff7a42e97 in raise () from /lib/x86_64-linux-gnu/libc.so.6
#1  0x00007ffff7a44801 in abort () from /lib/x86_64-linux-gnu/libc.so.6
#2  0x0000555555555189 in main () at crash.c:7""")
N("hexdump/xxd", "hexdump of a file header",
  """00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR
00000010: 0000 0200 0000 0200 0806 0000 00f4 78d4  ..............x.""")
N("sql/explain_plan", "EXPLAIN ANALYZE output",
  """Index Scan using orders_customer_id_idx on orders  (cost=0.43..8.45 rows=1 width=72) (actual time=0.021..0.022 rows=3 loops=1)
  Index Cond: (customer_id = 884213)
Planning Time: 0.118 ms
Execution Time: 0.047 ms""")
N("log/latency_metrics", "metrics log with many numbers",
  """ts=1718031234 svc=checkout p50_ms=41 p95_ms=188 p99_ms=612 rps=1834 errors=3 pod=checkout-7d9f8c6b5-x2k4q""")
N("html/meta_tags", "HTML meta tags with verification ids",
  f"""<meta name="google-site-verification" content="{bu(43)}">
<meta name="facebook-domain-verification" content="{l(30)}">""")
N("sample_data/lorem", "lorem ipsum filler in a template",
  """<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>""")
N("uuid/url_path", "UUIDs in REST paths",
  f"""DELETE /api/v2/workspaces/{uuid4()}/members/{uuid4()} HTTP/1.1
Host: api.fernhill.io""")
N("uuid/csv_export", "UUIDs in a CSV export",
  f"""event_id,user_ref,created
{uuid4()},usr_{a(10)},2025-02-01
{uuid4()},usr_{a(10)},2025-02-02""")
N("request_id/stripe_request", "Stripe request ids and idempotency keys",
  f"""Request req_{a(14)} failed with 429; retrying with Idempotency-Key {uuid4()} after 2 s.""")
N("version/docker_tags", "docker image tags",
  """docker pull postgres:16.3-alpine3.20
docker pull nginx:1.27.0-bookworm
docker pull node:20.14.0-slim""")
N("timestamp/syslog", "syslog timestamps and PIDs",
  """Mar 14 03:12:44 web-02 sshd[48213]: Accepted publickey for deploy from 203.0.113.9 port 51844 ssh2
Mar 14 03:12:44 web-02 systemd[1]: Started Session 7731 of User deploy.""")
N("timestamp/cron_expressions", "cron expressions and schedules",
  """0 3 * * 1-5   /opt/jobs/backup.sh
*/15 * * * *  /opt/jobs/poll-feeds.sh
30 23 28-31 * * [ "$(date +\\%d -d tomorrow)" = "01" ] && /opt/jobs/month-end.sh""")
N("coordinates/gpx", "GPX track points",
  """<trkpt lat="47.37688" lon="8.54169"><ele>408.2</ele><time>2024-09-14T07:31:02Z</time></trkpt>
<trkpt lat="47.37702" lon="8.54201"><ele>409.0</ele><time>2024-09-14T07:31:12Z</time></trkpt>""")
N("order_number/marketplace_de", "marketplace order numbers in German",
  """Bestellung 028-8812447-3390112 wurde storniert; die Ersatzbestellung 028-1172043-8821095 ist unterwegs.""")
N("invoice_number/es", "Spanish invoice series",
  """Factura F-2025/00318 (serie A), albarán ALB-77120 y pedido PED-2025-0412; vencimiento a 30 días.""")
N("tracking_number/royal_mail", "Royal Mail tracking ids",
  """Royal Mail Tracked 48: JV 1234 5678 9GB — expected delivery Thursday, signed for by the neighbour at no. 14.""")
N("booking_reference/rail", "train booking code",
  """Ihre Buchung: Auftragsnummer 8KQ4XZ, Zug ICE 597, Wagen 7, Platz 61 und 62; die Reservierung ist im Ticket enthalten.""")
N("isbn/json_catalog", "ISBNs in a JSON catalog",
  """{"books":[{"title":"Sapiens","isbn13":"978-0-06-231609-7"},{"title":"The Pragmatic Programmer","isbn13":"978-0-13-595705-9"}]}""")
N("luhn_failing_card/log", "log line with a failed-validation card number",
  f"""2025-03-02 11:40:09 DEBUG validator rejected input={card('4', 16, bad=True)} rule=luhn field=card_number form=checkout""")
N("luhn_failing_card/table_de", "table of rejected card inputs, German",
  f"""| Eingabe | Ergebnis |
|---|---|
| {card('5', 16, [4,4,4,4], ' ', bad=True)} | Prüfziffer falsch |
| {card('37', 15, [4,6,5], ' ', bad=True)} | Prüfziffer falsch |""")
N("iban_failing_mod97/it_prose", "Italian IBAN-shaped value with wrong checksum",
  f"""L'IBAN {iban('IT', 'X' + d(22), bad=True)} non supera il controllo: probabilmente c'è un errore di battitura nelle prime cifre.""")
N("iban_failing_mod97/gb_sql", "UK IBAN failing mod-97 in a SQL fixture",
  f"""-- rows that must be rejected by the constraint
INSERT INTO payees_rejected (iban) VALUES ('{iban('GB', 'BARC' + d(14), bad=True)}');""")
N("invalid_checksum/nino_prefix", "NINO with invalid prefix letters",
  """The import rejected BG 12 34 56 A and GB 65 43 21 B because those prefixes are administrative and never allocated.""")
N("invalid_checksum/pan_shape", "PAN-shaped product code in a catalog",
  """Catalogue codes follow the pattern ABCDE1234F for legacy reasons, e.g. item PUMPX4410K is the 4 kW pump.""")
N("invalid_checksum/cpf_repeated", "CPF with repeated digits (invalid by rule)",
  """O CPF 111.111.111-11 passa no cálculo mas é rejeitado pela Receita, assim como 000.000.000-00.""")
N("units/measurements", "measurements and tolerances that look like grouped digits",
  """Cut the panels to 1 200 × 600 mm with a tolerance of ±0.5 mm; the 2 440 × 1 220 sheets yield four panels and 0.384 m² of offcut each.""")
N("secret_manager_ref/helm_values_existing_secret", "Helm values pointing to existingSecret",
  """postgresql:
  auth:
    existingSecret: pg-auth
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password""")
N("secret_manager_ref/doppler_cli", "Doppler run without token",
  """doppler run --project billing --config prd -- node server.js   # secrets injected at runtime, nothing on disk""")
N("env_reference/powershell_env", "PowerShell $env: references",
  """$headers = @{ Authorization = "Bearer $env:GRAPH_TOKEN" }
Invoke-RestMethod -Uri $env:GRAPH_URL -Headers $headers""")
N("env_reference/dotenv_empty", ".env.example with empty values",
  """# .env.example — copy to .env and fill in
DATABASE_URL=
STRIPE_SECRET_KEY=
SENTRY_DSN=
OPENAI_API_KEY=""")
N("code_names_password/rust_struct", "Rust struct with secret fields",
  """#[derive(Deserialize)]
struct Config {
    api_key: SecretString,
    db_password: SecretString,
    listen: SocketAddr,
}""")
N("code_names_password/go_flag", "Go flag definitions",
  """var (
    token    = flag.String("token", "", "API token (required)")
    password = flag.String("password", "", "basic auth password")
)""")
N("code_names_password/yaml_schema", "OpenAPI schema describing a password field",
  """components:
  schemas:
    LoginRequest:
      type: object
      required: [username, password]
      properties:
        password: { type: string, format: password, minLength: 12 }""")
N("build_hash/webpack_chunks", "content-hashed asset filenames",
  f"""dist/assets/index-{h(8)}.js      212.41 kB │ gzip: 68.02 kB
dist/assets/vendor-{h(8)}.js     508.77 kB │ gzip: 161.30 kB
dist/assets/index-{h(8)}.css      18.09 kB │ gzip: 4.11 kB""")
N("placeholder/masked_token_stars", "token masked with asterisks after prefix",
  """Token list: ghp_************************************ (release-bot, expires in 12 days), glpat-******************** (mirror job).""")
N("gerrit_change_id/commit_trailer", "Gerrit Change-Id trailer",
  f"""net: fix double free in the teardown path

Change-Id: I{h(40)}
Signed-off-by: CI Robot""")
N("advisory_ids/cve_ghsa", "CVE and GHSA identifiers",
  """npm audit flagged GHSA-78xj-cgh5-2h22 (CVE-2024-4068) in braces < 3.0.3 and GHSA-952p-6rrq-rcjv in micromatch; upgrade both.""")
N("kubernetes/uid_resource_version", "Kubernetes metadata uid and resourceVersion",
  f"""metadata:
  name: web
  namespace: shop
  uid: {uuid4()}
  resourceVersion: "{d1(9)}"
  generation: 14""")
N("template_variables/postman", "Postman/Jinja variables in place of secrets",
  """Authorization: Bearer {{accessToken}}
X-Api-Key: {{apiKey}}
{% if password %}password={{ password }}{% endif %}""")
N("gravatar_hash/url", "gravatar URL with an md5 hash (no address)",
  f"""<img src="https://www.gravatar.com/avatar/{h(32)}?s=80&d=identicon" alt="avatar">""")
N("jwt_prefix_prose/explainer", "prose about eyJ prefix without a token",
  """Every JWT header begins with eyJ because it is the base64url encoding of the opening brace and quote of the JSON header.""")
N("java_serial/serial_version_uid", "serialVersionUID long literal",
  """public class OrderEvent implements Serializable {
    private static final long serialVersionUID = -7034897190745766939L;
    private final String orderId;
}""")
N("apple_ids/bundle_team", "Apple bundle and team identifiers",
  """PRODUCT_BUNDLE_IDENTIFIER = io.fernhill.ledger.ios
DEVELOPMENT_TEAM = 7QX2K9LM4P
CODE_SIGN_IDENTITY = Apple Distribution""")
N("android_signing_fingerprint/public", "Android app signing SHA-256 fingerprint (public)",
  f"""assetlinks.json:
[{{"relation":["delegate_permission/common.handle_all_urls"],"target":{{"namespace":"android_app","package_name":"io.fernhill.ledger","sha256_cert_fingerprints":["{':'.join(H(2) for _ in range(32))}"]}}}}]""")
N("exchange_rates/table", "currency rates table",
  """| Pair | Rate | Δ 24h |
|---|---|---|
| EUR/USD | 1.0842 | +0.12 % |
| GBP/EUR | 1.1731 | −0.05 % |
| USD/JPY | 151.37 | +0.41 % |""")
N("statistics/sports", "sports statistics with long numbers",
  """Season totals: 3,412 passing yards, 28 touchdowns, 9 interceptions, passer rating 104.7; attendance 1,204,883 over 17 games.""")
N("timezone/offsets", "time zone offsets and DST notes",
  """Berlin is UTC+01:00 in winter and UTC+02:00 from 30 March; New York moves from UTC−05:00 to UTC−04:00 on 9 March.""")
N("nanoid/short_links", "short link slugs",
  f"""Shared links: https://fhl.io/{bu(8)} (pricing deck) and https://fhl.io/{bu(8)} (roadmap), both expire after 7 days.""")
N("model_ids/fine_tune", "fine-tuned model identifiers",
  f"""Switch the endpoint to ft:gpt-4o-mini-2024-07-18:fernhill:support-v3:{a(8)} and keep the base model as fallback.""")
N("license_text/mit", "license header with years",
  """Copyright (c) 2019-2025 Fernhill Software Ltd.
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files.""")
N("slack_ts/thread_reference", "Slack message timestamps",
  """Reply in thread 1718031234.004519 and link the parent message p1718031234004519 so the bot can follow up.""")
N("phone_lookalike/iso_week_dates", "ISO week dates and ordinal dates",
  """Sprint 2025-W14 runs 2025-03-31 to 2025-04-04; the ordinal date of the release is 2025-094.""")
N("unix_perms/ls_output", "ls -l output with inode numbers and sizes",
  """  4201337 -rw-r--r-- 1 deploy deploy   18231 Mar 14 09:12 access.log
  4201338 -rw------- 1 deploy deploy    2610 Mar 14 09:12 id_ed25519.pub""")
N("prose_about_secrets/it_consiglio", "Italian advice about passwords without values",
  """Per gli account di servizio conviene usare chiavi a breve scadenza invece di password fisse, e registrare ogni utilizzo nel log di audit.""")
N("prose_about_secrets/zh_jwt", "Chinese prose about JWT expiry",
  """访问令牌的有效期建议设置为十五分钟，刷新令牌存放在仅限 HTTP 的 Cookie 中，注销时在服务端将其作废。""")
N("prose_about_secrets/ko_notice", "Korean notice about API keys",
  """API 키는 서버 환경 변수에만 보관하고, 브라우저 코드나 모바일 앱 번들에 포함하지 마세요.""")
N("checksum/crc_and_adler", "CRC32 and Adler-32 values in a firmware manifest",
  f"""image: fw-3.2.0.bin
size: 1048576
crc32: 0x{h(8)}
adler32: 0x{h(8)}
sha256: {h(64)}""")
N("published_example/azure_storage_emulator_doc", "prose mentioning Azurite dev storage without the key",
  """For local development use the Azurite emulator with the UseDevelopmentStorage=true shortcut instead of copying a real account key into appsettings.json.""")

# =========================== build ============================================
def render(text):
    out, spans, i = [], [], 0
    pos = 0
    while i < len(text):
        ch = text[i]
        if ch == "\x00":
            j = text.index("\x01", i); k = text.index("\x02", j)
            t, v = text[i + 1:j], text[j + 1:k]
            assert "\x00" not in v
            spans.append({"start": pos, "end": pos + len(v), "type": t})
            out.append(v); pos += len(v); i = k + 1
        else:
            out.append(ch); pos += 1; i += 1
    return "".join(out), spans

def main():
    recs = []
    for kind, cls, reason, text in CASES:
        t, spans = render(text)
        assert (kind == "positive") == bool(spans), cls
        recs.append({"text": t, "spans": spans, "kind": kind, "class": cls, "reason": reason})
    random.Random(1010).shuffle(recs)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout_v10.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for n, r in enumerate(recs, 1):
            row = {"id": f"v10_{n:04d}", "text": r["text"], "spans": r["spans"], "kind": r["kind"],
                   "class": r["class"], "reason": r["reason"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} cases to {path}")

if __name__ == "__main__":
    main()
