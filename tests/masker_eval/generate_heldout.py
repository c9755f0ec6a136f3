"""Generate tests/masker_eval/heldout.jsonl: the masker's held-out evaluation set.

Every value is made here (no value is copied from a real system or a public
fixture); checksummed formats are computed, not guessed. The committed JSONL is
the artifact: the seed below only makes a rerun reproducible, nothing is tuned
on it. Spans are Python ``str`` indices (Unicode code points), end exclusive,
and cover the value only (never the key name or the quotes).

    python tests/masker_eval/generate_heldout.py          # rewrite heldout.jsonl
    python tests/masker_eval/validate_heldout.py          # check it

Standard library plus phonenumbers (needed to pick phone numbers that are
valid for their region); validate_heldout.py cross-checks the checksums with
python-stdnum and phonenumbers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import random
import string
import struct
import sys
import uuid
from pathlib import Path

SEED = 16_2025
rng = random.Random(SEED)

OUT = Path(__file__).with_name("heldout.jsonl")

D = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + D
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
B62 = D + UP + LO


def rs(alpha: str, n: int) -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def pick(seq):
    return rng.choice(seq)


# --------------------------------------------------------------------------- text building

class S:
    """A span value inside a template."""

    def __init__(self, value: str, type_: str):
        self.value, self.type = value, type_


def build(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, S):
            spans.append({"start": len(text), "end": len(text) + len(p.value), "type": p.type})
            text += p.value
        else:
            text += p
    return text, spans


RECORDS: list[dict] = []


def pos(cls: str, reason: str, *parts):
    text, spans = build(parts)
    assert spans, cls
    RECORDS.append({"text": text, "spans": spans, "kind": "positive", "class": cls, "reason": reason})


def neg(cls: str, reason: str, *parts):
    text, spans = build(parts)
    assert not spans
    RECORDS.append({"text": text, "spans": [], "kind": "negative", "class": cls, "reason": reason})


LEADS = [
    "Sure! ", "Here's what I found. ", "Got it. ", "", "", "Okay. ", "From your output: ",
    "Right. ", "I checked the repository. ", "Done. ",
]
OUTROS = [
    "", "", "\n\nLet me know if you want me to run it.", "\n\nRestart the service afterwards.",
    "\n\nThat should fix the 401.", " Want me to commit this?", "\n\nI'd rotate it afterwards.",
]


def lead():
    return pick(LEADS)


def outro():
    return pick(OUTROS)


# --------------------------------------------------------------------------- checksums

def base62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc32_token(prefix: str) -> str:
    """GitHub/npm style: 30 random base62 chars + base62(CRC32(random part)) in 6 chars."""
    body = rs(ALNUM, 30)
    return prefix + body + base62(binascii.crc32(body.encode()), 6)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def mod97_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def crc24(data: bytes) -> int:
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# --------------------------------------------------------------------------- RSA / EC / DER (pure Python, seeded)

SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits: int) -> int:
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(c):
            return c


def gen_rsa(bits: int = 2048):
    e = 65537
    while True:
        p, q = gen_prime(bits // 2), gen_prime(bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, phi)
    return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + der_len(len(body)) + body


def der_int(x: int) -> bytes:
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items: bytes) -> bytes:
    return der(0x30, b"".join(items))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")


def pkcs1(k) -> bytes:
    return der_seq(*(der_int(v) for v in (0, k["n"], k["e"], k["d"], k["p"], k["q"], k["dp"], k["dq"], k["qi"])))


def pkcs8(k) -> bytes:
    return der_seq(der_int(0), der_seq(OID_RSA, b"\x05\x00"), der(0x04, pkcs1(k)))


# P-256 scalar multiplication (affine, slow but fine for a handful of keys)
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = P256_P - 3
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256_P == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, P256_P) % P256_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256_P) % P256_P
    x = (lam * lam - P[0] - Q[0]) % P256_P
    return x, (lam * (P[0] - x) - P[1]) % P256_P


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def ec_private_der() -> bytes:
    d = rng.randrange(1, P256_N)
    X, Y = ec_mul(d, P256_G)
    pub = b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")
    return der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")), der(0xA0, OID_P256), der(0xA1, der(0x03, b"\x00" + pub)))


def pem(label: str, data: bytes, width: int = 64) -> str:
    b = base64.b64encode(data).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def ssh_string(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(comment: str) -> str:
    seed, pk = rng.randbytes(32), rng.randbytes(32)
    pub = ssh_string(b"ssh-ed25519") + ssh_string(pk)
    check = rng.getrandbits(32)
    priv = struct.pack(">II", check, check) + pub + ssh_string(seed + pk) + ssh_string(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + ssh_string(b"none") + ssh_string(b"none") + ssh_string(b"")
            + struct.pack(">I", 1) + ssh_string(pub) + ssh_string(priv))
    return pem("OPENSSH PRIVATE KEY", blob, 70)


def mpi(x: int) -> bytes:
    return struct.pack(">H", x.bit_length()) + x.to_bytes((x.bit_length() + 7) // 8, "big")


def pgp_packet(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n2 = n - 192
        ln = bytes([(n2 >> 8) + 192, n2 & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + ln + body


def pgp_private_block(k, uid: str) -> str:
    ts = struct.pack(">I", rng.randrange(1_500_000_000, 1_720_000_000))
    pub = b"\x04" + ts + b"\x01" + mpi(k["n"]) + mpi(k["e"])
    secret = mpi(k["d"]) + mpi(k["q"]) + mpi(k["p"]) + mpi(pow(k["q"], -1, k["p"]))
    cks = struct.pack(">H", sum(secret) % 65536)
    body = pgp_packet(5, pub + b"\x00" + secret + cks) + pgp_packet(13, uid.encode()) + pgp_packet(2, rng.randbytes(rng.randrange(280, 330)))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(crc24(body).to_bytes(3, "big")).decode()
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + crc
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


# --------------------------------------------------------------------------- JWT

def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jclaims():
    iat = rng.randrange(1_700_000_000, 1_760_000_000)
    c = {"sub": pick(["usr_", "u-", "acct_", ""]) + rs(LO + D, rng.randrange(8, 14)),
         "iss": pick(["https://auth.", "https://login.", "https://id."]) + pick(["vantora.io", "acme-internal.net", "fernhill.app", "brightpath.dev"]) + "/",
         "aud": pick(["api", "orders-service", "https://api.vantora.io", "dashboard"]),
         "iat": iat, "exp": iat + pick([900, 3600, 86400])}
    if rng.random() < 0.6:
        c["scope"] = pick(["read:orders write:orders", "admin", "openid profile", "repo:read", "billing:*"])
    if rng.random() < 0.4:
        c["jti"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return c


RSA_KEYS: list = []


def jwt_signed() -> str:
    alg = pick(["HS256", "HS256", "RS256", "ES256", "HS512"])
    h = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and rng.random() < 0.5:
        h["kid"] = rs(LO + D, 16)
    si = b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + b64u(json.dumps(jclaims(), separators=(",", ":")).encode())
    if alg == "HS256":
        sig = hmac.new(rng.randbytes(32), si.encode(), hashlib.sha256).digest()
    elif alg == "HS512":
        sig = hmac.new(rng.randbytes(64), si.encode(), hashlib.sha512).digest()
    elif alg == "RS256":
        k = pick(RSA_KEYS)
        digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(si.encode()).digest()
        nlen = (k["n"].bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (nlen - len(digest_info) - 3) + b"\x00" + digest_info
        sig = pow(int.from_bytes(em, "big"), k["d"], k["n"]).to_bytes(nlen, "big")
    else:
        sig = rng.randbytes(64)
    return si + "." + b64u(sig)


def jwt_unsigned() -> str:
    h = {"alg": "none", "typ": "JWT"} if rng.random() < 0.7 else {"alg": "none"}
    return b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + b64u(json.dumps(jclaims(), separators=(",", ":")).encode()) + "."


# --------------------------------------------------------------------------- credential values

def aws_key_id():
    return "AKIA" + rs(UP + "234567", 16)


def aws_secret():
    return rs(B64, 40)


def aws_session_token():
    return "IQoJb3JpZ2luX2Vj" + rs(B64, rng.randrange(300, 420)) + pick(["", "=", "=="])


def slack_bot():
    return f"xoxb-{rs(D, rng.choice([11, 12, 13]))}-{rs(D, 13)}-{rs(ALNUM, 24)}"


def slack_user():
    return f"xoxp-{rs(D, 11)}-{rs(D, 12)}-{rs(D, 13)}-{rs(HEX, 32)}"


def slack_app():
    return f"xapp-1-A{rs(UP + D, 10)}-{rs(D, 13)}-{rs(HEX, 64)}"


def stripe(prefix):
    return prefix + pick(["51", "4e", "51"]) + rs(ALNUM, pick([22, 97, 97]))


def npm_token():
    return crc32_token("npm_")


def pypi_token():
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(B64URL, rng.randrange(140, 190))


VALUE_GEN = {
    "github_pat_classic": lambda: crc32_token("ghp_"),
    "github_oauth_token": lambda: crc32_token("gho_"),
    "github_app_token": lambda: crc32_token(pick(["ghs_", "ghu_"])),
    "github_fine_grained_pat": lambda: "github_pat_11" + rs(UP + D, 20) + "_" + rs(ALNUM, 59),
    "gitlab_pat": lambda: "glpat-" + rs(B64URL, 20),
    "gitlab_feed_token": lambda: "glft-" + rs(B64URL, 20),
    "gitlab_deploy_token": lambda: "gldt-" + rs(B64URL, 20),
    "slack_bot_token": slack_bot,
    "slack_user_token": slack_user,
    "slack_app_token": slack_app,
    "stripe_secret_key": lambda: stripe("sk_live_"),
    "stripe_restricted_key": lambda: stripe("rk_live_"),
    "stripe_webhook_secret": lambda: "whsec_" + rs(ALNUM, 32),
    "google_api_key": lambda: "AIzaSy" + rs(B64URL, 33),
    "openai_api_key": lambda: pick(["sk-proj-", "sk-proj-", "sk-svcacct-"]) + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74),
    "anthropic_api_key": lambda: "sk-ant-api03-" + rs(B64URL, 93) + "AA",
    "npm_token": npm_token,
    "pypi_token": pypi_token,
    "sendgrid_api_key": lambda: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43),
    "shopify_access_token": lambda: pick(["shpat_", "shpca_", "shppa_"]) + rs(HEX, 32),
    "shopify_shared_secret": lambda: "shpss_" + rs(HEX, 32),
    "twilio_api_key": lambda: "SK" + rs(HEX, 32),
    "hashicorp_vault_token": lambda: "hvs.CAESI" + rs(B64URL, 86),
    "digitalocean_token": lambda: pick(["dop_v1_", "doo_v1_"]) + rs(HEX, 64),
    "huggingface_token": lambda: "hf_" + rs(string.ascii_letters, 34),
    "telegram_bot_token": lambda: rs("123456789", 1) + rs(D, 9) + ":AA" + rs(B64URL, 33),
    "mailgun_api_key": lambda: "key-" + rs(HEX, 32),
}

ENV_NAMES = {
    "github_pat_classic": ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"],
    "github_oauth_token": ["GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN"],
    "github_app_token": ["GITHUB_TOKEN", "GH_APP_INSTALLATION_TOKEN"],
    "github_fine_grained_pat": ["GITHUB_TOKEN", "GH_PAT"],
    "gitlab_pat": ["GITLAB_TOKEN", "GL_TOKEN", "CI_JOB_TOKEN_OVERRIDE"],
    "gitlab_feed_token": ["GITLAB_FEED_TOKEN"],
    "gitlab_deploy_token": ["GITLAB_DEPLOY_TOKEN", "DEPLOY_TOKEN"],
    "slack_bot_token": ["SLACK_BOT_TOKEN"],
    "slack_user_token": ["SLACK_USER_TOKEN"],
    "slack_app_token": ["SLACK_APP_TOKEN"],
    "stripe_secret_key": ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
    "stripe_restricted_key": ["STRIPE_RESTRICTED_KEY", "STRIPE_KEY"],
    "stripe_webhook_secret": ["STRIPE_WEBHOOK_SECRET"],
    "google_api_key": ["GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY"],
    "openai_api_key": ["OPENAI_API_KEY"],
    "anthropic_api_key": ["ANTHROPIC_API_KEY"],
    "npm_token": ["NPM_TOKEN", "NODE_AUTH_TOKEN"],
    "pypi_token": ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"],
    "sendgrid_api_key": ["SENDGRID_API_KEY"],
    "shopify_access_token": ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
    "shopify_shared_secret": ["SHOPIFY_API_SECRET", "SHOPIFY_SHARED_SECRET"],
    "twilio_api_key": ["TWILIO_API_KEY"],
    "hashicorp_vault_token": ["VAULT_TOKEN"],
    "digitalocean_token": ["DIGITALOCEAN_TOKEN", "DO_TOKEN"],
    "huggingface_token": ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"],
    "telegram_bot_token": ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"],
    "mailgun_api_key": ["MAILGUN_API_KEY"],
}


def wrap_env(name, s):
    return [lead(), "Here's the `.env` with the value filled in:\n\n```\n", "APP_ENV=production\n", f"{name}=", s, "\nLOG_LEVEL=info\n```", outro()]


def wrap_export(name, s):
    return [lead(), "Run this before starting the worker:\n\n```bash\n", f"export {name}=", s, "\n", "python -m worker --once\n```", outro()]


def wrap_export_q(name, s):
    return [lead(), "Set it in your shell profile:\n\n```sh\n", f'export {name}="', s, '"\n```', outro()]


def wrap_python(name, s):
    var = name.lower()
    return [lead(), "The script hard-codes the credential on line 12:\n\n```python\nimport os\n\n", f'{var} = "', s, '"\n', f"client = Client(token={var})\n```\n\nMove it into an environment variable instead.", outro()]


def wrap_js(name, s):
    var = "".join(w.capitalize() if i else w.lower() for i, w in enumerate(name.split("_")))
    return [lead(), "In `config.js`:\n\n```js\n", f"const {var} = '", s, "';\n", "module.exports = { " + var + " };\n```", outro()]


def wrap_yaml(name, s):
    return [lead(), "Your `config.yaml` currently reads:\n\n```yaml\nservice:\n  name: billing\n  ", f"{name.lower()}: ", s, "\n  timeout: 30s\n```", outro()]


def wrap_yaml_q(name, s):
    return [lead(), "The GitHub Actions workflow sets it inline:\n\n```yaml\nenv:\n  ", f'{name}: "', s, '"\n```\n\nUse `${{ secrets.' + name + ' }}` there instead.', outro()]


def wrap_json(name, s):
    return [lead(), "The settings file contains:\n\n```json\n{\n  \"region\": \"eu-west-1\",\n  ", f'"{name.lower()}": "', s, '",\n  "retries": 3\n}\n```', outro()]


def wrap_toml(name, s):
    return [lead(), "From `settings.toml`:\n\n```toml\n[integrations]\n", f'{name.lower()} = "', s, '"\nenabled = true\n```', outro()]


def wrap_docker(name, s):
    return [lead(), "Start it with:\n\n```bash\ndocker run --rm -e ", f"{name}=", s, " -p 8080:8080 ghcr.io/acme/api:1.4.2\n```", outro()]


def wrap_prose(name, s):
    return [lead(), "The log line shows the token in clear: `", s, "`. That is a live credential; revoke it and issue a new one.", outro()]


def wrap_prose_bare(name, s):
    return ["I found this in `deploy.log` at line 88: ", s, " — it was printed by the debug statement in `publish.sh`.", outro()]


def wrap_curl(name, s):
    return [lead(), "Test it with curl:\n\n```bash\ncurl -sS https://api.internal.test/v1/status \\\n  -H \"Authorization: Bearer ", s, "\"\n```", outro()]


def wrap_k8s(name, s):
    return [lead(), "Here's the Secret manifest:\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  ", f"{name}: ", s, "\n```", outro()]


def wrap_tf(name, s):
    return [lead(), "In `terraform.tfvars`:\n\n```hcl\n", f'{name.lower()} = "', s, '"\nregion = "us-east-1"\n```', outro()]


def wrap_ini(name, s):
    return [lead(), "The `[auth]` section of `app.ini` is:\n\n```ini\n[auth]\n", f"{name.lower()} = ", s, "\nttl = 3600\n```", outro()]


WRAPS = [wrap_env, wrap_export, wrap_export_q, wrap_python, wrap_js, wrap_yaml, wrap_yaml_q, wrap_json,
         wrap_toml, wrap_docker, wrap_prose, wrap_prose_bare, wrap_curl, wrap_k8s, wrap_tf, wrap_ini]


def vendor_tokens():
    for typ, gen in VALUE_GEN.items():
        wraps = rng.sample(WRAPS, 7)
        for w in wraps:
            name = pick(ENV_NAMES[typ])
            pos(f"{typ}/{w.__name__[5:]}", f"{typ} value in a {w.__name__[5:]} context", *w(name, S(gen(), typ)))
        # specific native contexts
        v = gen()
        if typ.startswith("github") or typ.startswith("gitlab"):
            host = "github.com" if typ.startswith("github") else "gitlab.com"
            user = "x-access-token" if typ.startswith("github") else pick(["oauth2", "gitlab-ci-token"])
            pos(f"{typ}/git-remote", "token used as the password in a git remote URL",
                "The remote has the token embedded:\n\n```\norigin\thttps://", user, ":", S(v, typ), f"@{host}/acme/payments.git (fetch)\n```\n\nRun `git remote set-url origin https://{host}/acme/payments.git` to drop it.")
        elif typ == "npm_token":
            pos(f"{typ}/npmrc", "npm token in .npmrc", "Your `~/.npmrc`:\n\n```\n//registry.npmjs.org/:_authToken=", S(v, typ), "\n```")
        elif typ == "pypi_token":
            pos(f"{typ}/pypirc", "PyPI token in .pypirc", "`~/.pypirc`:\n\n```ini\n[pypi]\nusername = __token__\npassword = ", S(v, typ), "\n```")
        elif typ.startswith("slack"):
            pos(f"{typ}/python-sdk", "token passed straight to the SDK", "```python\nfrom slack_sdk import WebClient\nclient = WebClient(token=\"", S(v, typ), "\")\nclient.chat_postMessage(channel=\"#deploys\", text=\"done\")\n```")
        elif typ.startswith("stripe"):
            pos(f"{typ}/python-sdk", "key assigned on the SDK module", "```python\nimport stripe\nstripe.api_key = \"", S(v, typ), "\"\n```\n\nThis is a live-mode key; roll it in the dashboard.")
        elif typ in ("openai_api_key", "anthropic_api_key"):
            cls = "OpenAI" if typ == "openai_api_key" else "Anthropic"
            pos(f"{typ}/python-sdk", "key passed to the SDK client", f"```python\nfrom {cls.lower()} import {cls}\nclient = {cls}(api_key=\"", S(v, typ), "\")\n```")
        elif typ == "google_api_key":
            pos(f"{typ}/url", "key in a query string", "The request that failed was:\n\nGET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=", S(v, typ), "\n\nThe key is restricted to another referrer.")
        elif typ == "telegram_bot_token":
            pos(f"{typ}/url", "token in the bot API URL", "Webhook check: `curl https://api.telegram.org/bot", S(v, typ), "/getWebhookInfo`")
        else:
            pos(f"{typ}/header", "token in an HTTP header", "The request headers were:\n\n```\nGET /v2/account HTTP/1.1\nHost: api.internal.test\nAuthorization: Bearer ", S(v, typ), "\nAccept: application/json\n```")


# --------------------------------------------------------------------------- AWS, Twilio, Azure, Slack webhook

def aws_pairs():
    for i in range(10):
        kid, sk = aws_key_id(), aws_secret()
        t = i % 5
        if t == 0:
            pos("aws_credentials/ini", "key id and secret key in ~/.aws/credentials",
                lead(), "Your `~/.aws/credentials` has:\n\n```ini\n[default]\naws_access_key_id = ", S(kid, "aws_access_key_id"),
                "\naws_secret_access_key = ", S(sk, "aws_secret_access_key"), "\nregion = eu-central-1\n```", outro())
        elif t == 1:
            pos("aws_credentials/env", "key id and secret key exported",
                "```bash\nexport AWS_ACCESS_KEY_ID=", S(kid, "aws_access_key_id"), "\nexport AWS_SECRET_ACCESS_KEY=", S(sk, "aws_secret_access_key"),
                "\naws s3 ls s3://acme-backups/\n```")
        elif t == 2:
            pos("aws_credentials/boto3", "key id and secret key passed to boto3",
                "```python\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"", S(kid, "aws_access_key_id"), "\",\n    aws_secret_access_key=\"",
                S(sk, "aws_secret_access_key"), "\",\n)\n```")
        elif t == 3:
            pos("aws_credentials/json", "create-access-key output",
                "`aws iam create-access-key` returned:\n\n```json\n{\n    \"AccessKey\": {\n        \"UserName\": \"ci-deployer\",\n        \"AccessKeyId\": \"",
                S(kid, "aws_access_key_id"), "\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": \"", S(sk, "aws_secret_access_key"),
                "\",\n        \"CreateDate\": \"2024-05-02T09:14:27+00:00\"\n    }\n}\n```\n\nStore the secret now; it is shown only once.")
        else:
            pos("aws_credentials/prose", "key id and secret key in prose",
                "The CI log printed the key id ", S(kid, "aws_access_key_id"), " and, two lines later, its secret ", S(sk, "aws_secret_access_key"),
                ". Deactivate that key in IAM right away.")
    for i in range(4):
        kid, sk, st = "ASIA" + rs(UP + "234567", 16), aws_secret(), aws_session_token()
        pos("aws_credentials/sts", "temporary credentials from sts assume-role",
            "```bash\nexport AWS_ACCESS_KEY_ID=", S(kid, "aws_access_key_id"), "\nexport AWS_SECRET_ACCESS_KEY=", S(sk, "aws_secret_access_key"),
            "\nexport AWS_SESSION_TOKEN=", S(st, "aws_session_token"), "\n```\n\nThese expire in an hour.")
    for i in range(6):
        tok = rs(HEX, 32)
        sid = "SK" + rs(HEX, 32)
        sec = rs(ALNUM, 32)
        if i % 2 == 0:
            pos("twilio/auth_token", "Twilio auth token next to its name",
                "```python\nfrom twilio.rest import Client\nclient = Client(account_sid, \"", S(tok, "twilio_auth_token"), "\")\n```")
        else:
            pos("twilio/api_key_pair", "Twilio API key SID and its secret",
                "```\nTWILIO_API_KEY=", S(sid, "twilio_api_key"), "\nTWILIO_API_SECRET=", S(sec, "twilio_api_secret"), "\nTWILIO_AUTH_TOKEN=",
                S(tok, "twilio_auth_token"), "\n```")
    for i in range(8):
        acct = pick(["acmeprod", "stbillingweu", "datalake01", "fernhillassets"]) + rs(D, 2)
        key = base64.b64encode(rng.randbytes(64)).decode()
        if i % 2 == 0:
            pos("azure_storage/connection_string", "AccountKey in a storage connection string",
                lead(), "Set `AZURE_STORAGE_CONNECTION_STRING` to:\n\n```\nDefaultEndpointsProtocol=https;AccountName=", acct, ";AccountKey=",
                S(key, "azure_storage_account_key"), ";EndpointSuffix=core.windows.net\n```", outro())
        else:
            sak = base64.b64encode(rng.randbytes(32)).decode()
            pos("azure_service_bus/connection_string", "SharedAccessKey in a Service Bus connection string",
                "```json\n{\n  \"ServiceBusConnection\": \"Endpoint=sb://", acct, ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=",
                S(sak, "azure_sas_key"), "\"\n}\n```")
    for i in range(6):
        path = f"T{rs(UP + D, 8)}/B{rs(UP + D, pick([8, 10]))}/{rs(ALNUM, 24)}"
        pos("slack_webhook/url", "incoming-webhook URL path (the URL is the credential)",
            pick(["Post to ", "The alert goes to ", "Use this webhook: "]), "https://hooks.slack.com/services/", S(path, "slack_webhook_url"),
            pick(["", " with a JSON body {\"text\": \"deploy finished\"}.", "\n"]))


# --------------------------------------------------------------------------- private keys, JWTs

def keys_and_jwts():
    for k in range(10):
        RSA_KEYS.append(gen_rsa(1024 if k in (3, 8) else 2048))
    names = ["Dana Whitfield", "Kenji Morimoto", "Ines Carvalho", "Tomasz Wrona"]
    for i in range(5):
        k = RSA_KEYS[i % len(RSA_KEYS)]
        p = pem("RSA PRIVATE KEY", pkcs1(k))
        pos("private_key/pkcs1", "PEM RSA private key block", lead(), "Here's `deploy_key.pem`:\n\n```\n", S(p, "private_key_rsa"), "\n```\n\nRun `chmod 600 deploy_key.pem` before using it.")
    for i in range(5):
        k = RSA_KEYS[5 + i]
        p = pem("PRIVATE KEY", pkcs8(k))
        if i % 2:
            esc = p.replace("\n", "\\n")
            pos("private_key/pkcs8-json", "PKCS#8 key inside a service-account JSON with escaped newlines",
                "```json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-analytics\",\n  \"private_key_id\": \"", S(rs(HEX, 40), "gcp_private_key_id"),
                "\",\n  \"private_key\": \"", S(esc + "\\n", "private_key_pkcs8"), "\",\n  \"client_id\": \"10482" + rs(D, 16) + "\"\n}\n```")
        else:
            pos("private_key/pkcs8", "PEM PKCS#8 private key", "The TLS key mounted at `/etc/nginx/tls/server.key` is:\n\n", S(p, "private_key_pkcs8"), "\n")
    for i in range(5):
        p = pem("EC PRIVATE KEY", ec_private_der())
        pos("private_key/ec", "PEM EC private key", "```\n", S(p, "private_key_ec"), "\n```\n\nThat is the signing key for the webhook; do not paste it into tickets.")
    for i in range(5):
        p = openssh_ed25519(pick(["deploy@ci", "kenji@laptop", "root@bastion-1", "git@runner"]))
        pos("private_key/openssh", "OpenSSH private key", lead(), "`~/.ssh/id_ed25519` contains:\n\n```\n", S(p, "private_key_openssh"), "\n```", outro())
    for i in range(5):
        k = RSA_KEYS[i % len(RSA_KEYS)]
        nm = names[i % len(names)]
        p = pgp_private_block(k, f"{nm} (release signing)")
        pos("private_key/pgp", "armored PGP private key block", "`gpg --export-secret-keys --armor` printed:\n\n```\n", S(p, "pgp_private_key"), "\n```\n\nImport it on the build host with `gpg --import`.")
    for i in range(12):
        t = jwt_signed()
        kind = i % 4
        if kind == 0:
            pos("jwt/header", "signed JWT as bearer token", "```\nAuthorization: Bearer ", S(t, "jwt"), "\n```")
        elif kind == 1:
            pos("jwt/cookie", "signed JWT in a cookie", "The browser sent `Cookie: session=", S(t, "jwt"), "; theme=dark`.")
        elif kind == 2:
            pos("jwt/prose", "signed JWT pasted in prose", "Decoding the token you pasted, ", S(t, "jwt"), ", shows it expired an hour ago.")
        else:
            pos("jwt/json", "signed JWT in a JSON token response", "```json\n{\"access_token\":\"", S(t, "jwt"), "\",\"token_type\":\"Bearer\",\"expires_in\":3600}\n```")
    for i in range(8):
        t = jwt_unsigned()
        kind = i % 3
        if kind == 0:
            pos("jwt_unsigned/header", "unsigned (alg none) JWT, trailing dot included", "```\nAuthorization: Bearer ", S(t, "jwt_unsigned"), "\n```")
        elif kind == 1:
            pos("jwt_unsigned/prose", "unsigned JWT in prose, trailing dot included", "The test fixture uses the unsigned token ", S(t, "jwt_unsigned"), " which the server must reject.")
        else:
            pos("jwt_unsigned/env", "unsigned JWT in an env file", "```\nID_TOKEN=", S(t, "jwt_unsigned"), "\nAPI_URL=https://api.internal.test\n```")


# --------------------------------------------------------------------------- URLs and generic credentials

WORDS = ["violet", "tundra", "marmalade", "copper", "harbor", "lantern", "quartz", "saffron", "glacier", "pepper",
         "orchid", "falcon", "meadow", "cobalt", "juniper", "thistle", "ember", "walnut", "sable", "zephyr"]
PUNCT = "!#$%&*+-.:;<=>?@^_~()[]{}|,"


def gen_password(spaces_ok=True, url_safe=False, hash_ok=True, exclude=""):
    kind = rng.random()
    if spaces_ok and kind < 0.25:
        w = [pick(WORDS) for _ in range(rng.randrange(3, 5))]
        w[0] = w[0].capitalize()
        return " ".join(w) + " " + str(rng.randrange(10, 99)) + pick(["!", "?", "#", "$", ""])
    if url_safe:
        alpha = ALNUM + "-._~!*"
        return rs(ALNUM, 2) + rs(alpha, rng.randrange(10, 20)) + rs(D, 1)
    punct = "".join(c for c in PUNCT if c not in exclude and (hash_ok or c != "#"))
    n = rng.randrange(12, 26)
    chars = [pick(ALNUM) for _ in range(n)]
    for _ in range(rng.randrange(2, 5)):
        chars[rng.randrange(n)] = pick(punct)
    chars[0] = pick(ALNUM)
    chars[-1] = pick(ALNUM + "!$%")
    return "".join(chars)


def url_encode_pw(pw: str) -> str:
    out = ""
    for ch in pw:
        out += ch if ch in ALNUM + "-._~" else "%%%02X" % ord(ch)
    return out


def urls_and_generic():
    schemes = [("postgresql", "5432", "/orders"), ("postgres", "5432", "/app?sslmode=require"), ("mysql", "3306", "/shop"),
               ("mongodb+srv", "", "/prod?retryWrites=true&w=majority"), ("redis", "6379", "/0"), ("amqp", "5672", "/%2F"),
               ("mssql", "1433", ";database=crm")]
    hosts = ["db.internal.acme.test", "pg-main.c9k2x.eu-west-1.rds.amazonaws.com", "cluster0.mxq4e.mongodb.net", "cache-01", "rabbitmq.svc.cluster.local", "sql-prod-03"]
    users = ["app_user", "orders_rw", "admin", "svc_billing", "readonly", "root"]
    for i in range(16):
        sch, port, path = schemes[i % len(schemes)]
        host = {"postgresql": hosts[0], "postgres": hosts[1], "mysql": "mysql-primary.internal", "mongodb+srv": hosts[2],
                "redis": hosts[3], "amqp": hosts[4], "mssql": hosts[5]}[sch] + (f":{port}" if port and sch != "mongodb+srv" else "")
        pw = gen_password(spaces_ok=False)
        pw = url_encode_pw(pw) if rng.random() < 0.6 else gen_password(spaces_ok=False, url_safe=True)
        user = "" if sch == "redis" and i % 2 else pick(users)
        w = i % 4
        url_parts = [f"{sch}://{user}:", S(pw, "database_url_password"), f"@{host}{path}"]
        if w == 0:
            pos("db_url/env", "password inside a database URL", "```\nDATABASE_URL=", *url_parts, "\n```")
        elif w == 1:
            pos("db_url/python", "password inside a SQLAlchemy URL", "```python\nengine = create_engine(\"", *url_parts, "\")\n```")
        elif w == 2:
            pos("db_url/prose", "password inside a connection URL in prose", lead(), "The app connects with ", *url_parts, " — that password should live in the secret store.")
        else:
            pos("db_url/yaml", "password inside a URL in YAML", "```yaml\nspring:\n  datasource:\n    url: \"", *url_parts, "\"\n```")
    for i in range(10):
        pw = gen_password(spaces_ok=False, url_safe=True) if i % 2 else url_encode_pw(gen_password(spaces_ok=False))
        user = pick(["deploy", "jenkins", "mirror-bot", "artifact-reader", "ops"])
        host = pick(["nexus.acme.test/repository/pypi/simple", "registry.internal.test/v2/", "builds.fernhill.app/artifactory/api/npm/", "proxy.corp.test:3128"])
        if i % 3 == 0:
            pos("basic_auth_url/pip", "password in a pip index URL", "```bash\npip install --index-url https://", user, ":", S(pw, "basic_auth_password"), f"@{host} internal-lib==2.3.1\n```")
        elif i % 3 == 1:
            pos("basic_auth_url/proxy", "password in a proxy URL", "```\nexport HTTPS_PROXY=http://", user, ":", S(pw, "basic_auth_password"), "@proxy.corp.test:3128\n```")
        else:
            pos("basic_auth_url/prose", "password in a URL in prose", "The webhook target is https://", user, ":", S(pw, "basic_auth_password"), f"@{host.split('/')[0]}/hooks/build — it carries the password in clear.")
    for i in range(6):
        creds = f"{pick(users)}:{gen_password(spaces_ok=False)}"
        b = base64.b64encode(creds.encode()).decode()
        pos("basic_auth_header", "base64 user:password in an Authorization Basic header",
            pick(["```\nAuthorization: Basic ", "```bash\ncurl -H 'Authorization: Basic "]), S(b, "basic_auth_credentials"),
            pick(["\n```", "' https://registry.internal.test/v2/_catalog\n```"]))

    # generic password assignments: punctuation, braces, spaces
    pw_keys = ["password", "db_password", "DB_PASSWORD", "passwd", "pwd", "smtp_password", "POSTGRES_PASSWORD", "admin_pass", "ldap_bind_password", "redis_password"]
    for i in range(24):
        key = pick(pw_keys)
        w = i % 8
        if w == 0:
            v = gen_password()
            pos("generic_password/python", "password with punctuation/spaces in a Python assignment", "```python\n", f'{key} = "', S(v, "password"), '"\n```')
        elif w == 1:
            v = gen_password(spaces_ok=False, hash_ok=False)
            pos("generic_password/env", "unquoted password in an env file", "```\n", f"{key.upper()}=", S(v, "password"), "\nDB_HOST=db.internal\n```")
        elif w == 2:
            v = gen_password()
            pos("generic_password/yaml", "quoted password in YAML", "```yaml\ndatabase:\n  user: app\n  ", f"{key.lower()}: '", S(v, "password"), "'\n```")
        elif w == 3:
            v = gen_password()
            pos("generic_password/json", "password in JSON", "```json\n{\"username\": \"svc-reports\", ", f'"{key.lower()}": "', S(v, "password"), '"}\n```')
        elif w == 4:
            v = gen_password(spaces_ok=False)
            pos("generic_password/cli", "password as a CLI flag", "```bash\nmysql -h db.internal -u report --password='", S(v, "password"), "' analytics\n```")
        elif w == 5:
            v = gen_password()
            pos("generic_password/prose", "password quoted in prose", lead(), "The admin password is set to \"", S(v, "password"), "\" in the seed script; change it before going live.")
        elif w == 6:
            v = gen_password(spaces_ok=False, hash_ok=False, exclude="<>&")
            pos("generic_password/xml", "password in an XML config", "```xml\n<connection host=\"db.internal\" user=\"etl\" password=\"", S(v, "password"), "\" />\n```")
        else:
            v = gen_password(spaces_ok=False)
            pos("generic_password/go", "password in Go code", "```go\ncfg := mysql.Config{User: \"app\", Passwd: \"", S(v, "password"), "\", Net: \"tcp\"}\n```")

    secret_keys = ["api_key", "apiKey", "API_KEY", "client_secret", "secret_key", "SECRET_KEY", "access_token", "auth_token", "x-api-key", "app_secret", "signing_secret", "encryption_key"]

    def opaque():
        kind = rng.random()
        if kind < 0.3:
            return rs(HEX, pick([32, 40, 64]))
        if kind < 0.55:
            return rs(B64URL, rng.randrange(28, 48))
        if kind < 0.75:
            return base64.b64encode(rng.randbytes(pick([24, 32, 48]))).decode()
        if kind < 0.9:
            return "django-insecure-" + rs(LO + D + "!@#%^&*(-_=+)", 50)
        return rs(ALNUM, 8) + "-" + rs(ALNUM, 4) + "-" + rs(ALNUM + "/+", 20)

    for i in range(24):
        key = pick(secret_keys)
        v = opaque()
        w = i % 8
        if w == 0:
            pos("generic_api_key/yaml", "opaque API key in YAML", "```yaml\nintegrations:\n  analytics:\n    ", f"{key}: ", S(v, "generic_secret"), "\n```")
        elif w == 1:
            pos("generic_api_key/python", "opaque secret in Python", "```python\n", f"{key.upper()} = '", S(v, "generic_secret"), "'\n```")
        elif w == 2:
            pos("generic_api_key/header", "opaque key in an X-API-Key header", "```bash\ncurl https://api.partner.test/v3/orders -H \"X-API-Key: ", S(v, "generic_secret"), "\"\n```")
        elif w == 3:
            pos("generic_api_key/json", "opaque secret in JSON", "```json\n{\n  \"client_id\": \"reporting-app\",\n  ", f'"{key}": "', S(v, "generic_secret"), '"\n}\n```')
        elif w == 4:
            pos("generic_api_key/env", "opaque secret in env file", "```\n", f"{key.upper().replace('-', '_')}=", S(v, "generic_secret"), "\nPORT=8080\n```")
        elif w == 5:
            pos("bearer_token/header", "opaque bearer token", "```\nGET /api/v1/me HTTP/1.1\nAuthorization: Bearer ", S(v, "bearer_token"), "\n```")
        elif w == 6:
            pos("bearer_token/js", "opaque bearer token in fetch", "```js\nfetch(url, { headers: { Authorization: 'Bearer ", S(v, "bearer_token"), "' } });\n```")
        else:
            pos("generic_api_key/prose", "opaque key in prose with context", f"Your {pick(['API key', 'client secret', 'access token'])} is `", S(v, "generic_secret"), "`; keep it out of the repository.")


# --------------------------------------------------------------------------- personal data

FIRST = ["Maria", "James", "Aisha", "Lukas", "Sofia", "Hiroshi", "Chloé", "Rahul", "Olga", "Mateo", "Fatima", "Noah", "Ingrid", "Wei", "Amara", "Björn"]
LAST = ["Lopez", "Okafor", "Schneider", "Tanaka", "Dubois", "Sharma", "Novak", "Andersson", "Rossi", "Kowalski", "Haddad", "Murphy", "Fernández", "Chen", "Müller", "Silva"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "northwind-logistics.com", "uni-heidelberg.de", "mail.ru", "gmx.de",
           "fernhill.app", "brightpath-health.org", "orange.fr", "hotmail.it", "icloud.com", "acme-corp.io", "student.tudelft.nl"]


def ascii_fold(s):
    return s.translate(str.maketrans("éüöäÉÜÖÄñçøåíá", "euoaEUOAncoaia"))


def email():
    f, l = ascii_fold(pick(FIRST)).lower(), ascii_fold(pick(LAST)).lower()
    local = pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randrange(1, 99)}", f"{l}.{f}", f"{f}+billing", f"{f}.{l}+{pick(['gh', 'news', 'work'])}", f"{f}{rng.randrange(1970, 2005)}"])
    e = f"{local}@{pick(DOMAINS)}"
    if rng.random() < 0.1:
        e = e[0].upper() + e[1:]
    return e


def emails():
    for i in range(20):
        e = email()
        nm = f"{pick(FIRST)} {pick(LAST)}"
        w = i % 7
        if w == 0:
            pos("email/prose", "email address in prose", lead(), "The ticket was opened by ", nm, " (", S(e, "email"), ").")
        elif w == 1:
            pos("email/git", "email in a git log author line", "```\ncommit ", rs(HEX, 40), "\nAuthor: ", nm, " <", S(e, "email"), ">\nDate:   Tue Mar 12 10:41:07 2024 +0100\n\n    Fix rounding in invoice totals\n```")
        elif w == 2:
            pos("email/csv", "email in a CSV row", "```csv\nid,name,email,plan\n", str(rng.randrange(1000, 9999)), f",{nm},", S(e, "email"), ",pro\n```")
        elif w == 3:
            pos("email/json", "email in JSON", "```json\n{\"user_id\": ", str(rng.randrange(10000, 99999)), ", \"email\": \"", S(e, "email"), "\", \"verified\": true}\n```")
        elif w == 4:
            pos("email/mailto", "email in a mailto link", "[Contact support](mailto:", S(e, "email"), "?subject=Refund)")
        elif w == 5:
            pos("email/header", "email in a mail header", "```\nFrom: ", nm, " <", S(e, "email"), ">\nSubject: Re: contract renewal\n```")
        else:
            e2 = email()
            pos("email/two", "two addresses in one sentence", "Forward it to ", S(e, "email"), " and cc ", S(e2, "email"), ".")


PHONE_COUNTRIES = ["US", "GB", "DE", "FR", "IN", "JP", "BR", "AU", "ES", "IT", "NL", "MX", "CA", "PL"]
PHONE_WORDS = {"US": "Call", "GB": "Ring", "DE": "Telefon:", "FR": "Tél. :", "IN": "Mobile:", "JP": "電話:", "BR": "Celular:",
               "AU": "Mob:", "ES": "Teléfono:", "IT": "Cell.:", "NL": "Tel.:", "MX": "WhatsApp:", "CA": "Phone:", "PL": "tel."}


def phone_numbers(region):
    import phonenumbers as pn
    from phonenumbers import PhoneNumberFormat as F, PhoneNumberType as T
    out = []
    for typ in (T.MOBILE, T.FIXED_LINE):
        ex = pn.example_number_for_type(region, typ)
        if ex is None:
            continue
        nsn = pn.national_significant_number(ex)
        for _ in range(200):
            keep = max(2, len(nsn) - pick([4, 5, 6]))
            cand = nsn[:keep] + rs(D, len(nsn) - keep)
            num = pn.parse("+" + str(ex.country_code) + cand, None)
            if pn.is_valid_number(num) and pn.number_type(num) in (typ, T.FIXED_LINE_OR_MOBILE) and cand != nsn:
                break
        else:
            continue
        out.append((typ, num))
    res = []
    for typ, num in out:
        nat = pn.format_number(num, F.NATIONAL)
        intl = pn.format_number(num, F.INTERNATIONAL)
        e164 = pn.format_number(num, F.E164)
        res.append(("national", nat))
        res.append(("international", intl))
        res.append(("e164", e164))
        if region in ("US", "CA"):
            d = pn.national_significant_number(num)
            res.append(("dotted", f"{d[:3]}.{d[3:6]}.{d[6:]}"))
            res.append(("dashed-intl", f"+1-{d[:3]}-{d[3:6]}-{d[6:]}"))
        elif region in ("GB", "DE", "IT", "NL") and nat.startswith("0"):
            res.append(("intl-trunk", intl.split(" ", 1)[0] + " (0)" + nat[1:]))
        elif region == "FR":
            res.append(("dotted", nat.replace(" ", ".")))
    return res


def phones():
    try:
        import phonenumbers  # noqa: F401
    except ImportError:
        sys.exit("phonenumbers is needed to pick valid phone numbers: pip install phonenumbers")
    for region in PHONE_COUNTRIES:
        forms = phone_numbers(region)
        for j, (fmt, p) in enumerate(forms[:6]):
            w = (j + PHONE_COUNTRIES.index(region)) % 6
            nm = f"{pick(FIRST)} {pick(LAST)}"
            cls = f"phone/{region}/{fmt}"
            if w == 0:
                pos(cls, f"{region} phone number, {fmt} format, in prose", lead(), f"{PHONE_WORDS[region]} ", S(p, "phone_number"), " if the courier can't find the entrance.")
            elif w == 1:
                pos(cls, f"{region} phone number, {fmt} format, in a signature", f"Best regards,\n{nm}\nHead of Operations\n", S(p, "phone_number"), "\n")
            elif w == 2:
                pos(cls, f"{region} phone number, {fmt} format, in JSON", "```json\n{\"customer\": {\"name\": \"", nm, "\", \"phone\": \"", S(p, "phone_number"), "\"}}\n```")
            elif w == 3:
                pos(cls, f"{region} phone number, {fmt} format, in a vCard", "```\nBEGIN:VCARD\nVERSION:3.0\nFN:", nm, "\nTEL;TYPE=cell:", S(p, "phone_number"), "\nEND:VCARD\n```")
            elif w == 4:
                pos(cls, f"{region} phone number, {fmt} format, in a table", "| name | phone | city |\n|---|---|---|\n| ", nm, " | ", S(p, "phone_number"), " | ", pick(["Lyon", "Leeds", "Pune", "Osaka", "Recife", "Perth", "Gdańsk"]), " |")
            else:
                pos(cls, f"{region} phone number, {fmt} format, in a log line", "2024-06-11 09:12:44 INFO sms.sent to=", S(p, "phone_number"), " template=otp status=queued")


def ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"


def ssns():
    seps = ["-", "-", ".", " ", ""]
    for i in range(15):
        a, g, s = ssn()
        sep = seps[i % len(seps)]
        v = sep.join([a, g, s])
        w = i % 3
        if w == 0:
            pos(f"us_ssn/sep'{sep}'", "US SSN after an SSN label", "Applicant: ", f"{pick(FIRST)} {pick(LAST)}", ", SSN ", S(v, "us_ssn"), ", DOB 1987-04-22.")
        elif w == 1:
            pos(f"us_ssn/sep'{sep}'", "US SSN in a form dump", "```\nfirst_name: ", pick(FIRST), "\nssn: ", S(v, "us_ssn"), "\nstate: OH\n```")
        else:
            pos(f"us_ssn/sep'{sep}'", "US SSN in prose", "Their social security number (", S(v, "us_ssn"), ") was in the uploaded W-2.")


CARD_BRANDS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "23"], 16), ("amex", ["34", "37"], 15),
               ("discover", ["6011", "65", "644"], 16), ("jcb", ["3528", "3569", "3589"], 16), ("diners", ["36", "300", "305"], 14),
               ("unionpay", ["62"], 19), ("visa13", ["4"], 13)]


def card(prefix, length):
    body = prefix + rs(D, length - len(prefix) - 1)
    return body + luhn_digit(body)


def group(num, brand, sep):
    if brand == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    elif brand == "diners":
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 13:
        parts = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts) if sep is not None else num


def cards():
    i = 0
    for brand, prefixes, length in CARD_BRANDS:
        for sep in [" ", "-", None]:
            num = card(pick(prefixes), length)
            v = group(num, brand, sep)
            g = "compact" if sep is None else f"grouped'{sep}'"
            w = i % 4
            i += 1
            cls = f"credit_card/{brand}/{g}"
            if w == 0:
                pos(cls, "card number in prose", lead(), "The order was paid with card ", S(v, "credit_card"), ", expiry 09/27.")
            elif w == 1:
                pos(cls, "card number in JSON", "```json\n{\"card\": {\"number\": \"", S(v, "credit_card"), "\", \"exp_month\": 11, \"exp_year\": 2028}}\n```")
            elif w == 2:
                pos(cls, "card number in a log line", "WARN payment.retry pan=", S(v, "credit_card"), " attempt=2 reason=do_not_honor")
            else:
                pos(cls, "card number in a support message", "Customer wrote: \"please charge ", S(v, "credit_card"), " instead, the old one expired\"")


def iban_bban(cc):
    if cc == "DE":
        return rs(D, 8) + rs(D, 10)
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(D, 6) + rs(D, 8)
    if cc == "FR":
        bank, branch, acct = rs(D, 5), rs(D, 5), rs(D, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + f"{key:02d}"
    if cc == "ES":
        bank, branch, acct = rs(D, 4), rs(D, 4), rs(D, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def ctl(s):
            r = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(r, r)
        return bank + branch + str(ctl("00" + bank + branch)) + str(ctl(acct)) + acct
    if cc == "IT":
        abi, cab, acct = rs(D, 5), rs(D, 5), rs(D, 12)
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        s = abi + cab + acct
        tot = 0
        for k, ch in enumerate(s):
            v = int(ch)
            tot += odd[v] if k % 2 == 0 else v
        return chr(ord("A") + tot % 26) + s
    if cc == "NL":
        return pick(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"]) + rs(D, 10)
    if cc == "BE":
        b = pick(["001", "063", "068", "310", "363", "630", "732", "734", "737", "751", "850", "979"]) + rs(D, 7)
        c = int(b) % 97 or 97
        return b + f"{c:02d}"
    if cc == "CH":
        return rs(D, 5) + rs(D, 12)
    if cc == "PL":
        bank7 = rs(D, 7)
        c = (10 - sum(int(d) * w for d, w in zip(bank7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return bank7 + str(c) + rs(D, 16)
    if cc == "AT":
        return rs(D, 5) + rs(D, 11)
    if cc == "IE":
        return pick(["AIBK", "BOFI"]) + rs(D, 6) + rs(D, 8)
    if cc == "SE":
        return rs(D, 3) + rs(D, 17)
    raise KeyError(cc)


def make_iban(cc):
    bban = iban_bban(cc)
    return cc + iban_check(cc, bban) + bban


def grouped4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BICS = {"DE": "DEUTDEFF", "GB": "NWBKGB2L", "FR": "BNPAFRPP", "ES": "CAIXESBB", "IT": "UNCRITMM", "NL": "INGBNL2A", "BE": "GEBABEBB",
        "CH": "UBSWCHZH80A", "PL": "PKOPPLPW", "AT": "BKAUATWW", "IE": "AIBKIE2D", "SE": "ESSESESS"}


def ibans():
    for i, cc in enumerate(["DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "PL", "AT", "IE", "SE"]):
        for j in range(2):
            ib = make_iban(cc)
            v = grouped4(ib) if (i + j) % 2 == 0 else ib
            cls = f"iban/{cc}/{'grouped' if ' ' in v else 'compact'}"
            w = (i + j) % 4
            if w == 0:
                pos(cls, "IBAN in payment instructions", lead(), "Please transfer the deposit to IBAN ", S(v, "iban"), ", reference INV-2024-0417.")
            elif w == 1:
                pos(cls, "IBAN in JSON", "```json\n{\"payee\": \"", f"{pick(FIRST)} {pick(LAST)}", "\", \"iban\": \"", S(v, "iban"), "\", \"bic\": \"", BICS[cc], "\"}\n```")
            elif w == 2:
                pos(cls, "IBAN in a CSV export", "```\nname;iban;amount\n", f"{pick(FIRST)} {pick(LAST)};", S(v, "iban"), ";1250.00\n```")
            else:
                pos(cls, "IBAN in prose without label", "Refunds go back to ", S(v, "iban"), " within five working days.")


# national ids ---------------------------------------------------------------

def nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = rs(D, 6)
    return p, d, pick("ABCD")


def es_dni():
    n = rng.randrange(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie():
    p = pick("XYZ")
    n = rs(D, 7)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + n) % 23]}"


def fr_nir():
    sex = pick("12")
    yy = f"{rng.randrange(50, 100) if rng.random() < 0.5 else rng.randrange(0, 6):02d}"
    mm = f"{rng.randrange(1, 13):02d}"
    dept = f"{pick([1, 13, 33, 44, 59, 69, 75, 92, 93, 94]):02d}"
    commune = f"{rng.randrange(1, 990):03d}"
    order = f"{rng.randrange(1, 999):03d}"
    body = sex + yy + mm + dept + commune + order
    key = 97 - int(body) % 97
    return f"{sex} {yy} {mm} {dept} {commune} {order} {key:02d}" if rng.random() < 0.6 else f"{body}{key:02d}"


def nl_bsn():
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def de_idnr():
    def iso7064_11_10(s):
        p = 10
        for ch in s:
            p = (int(ch) + p) % 10 or 10
            p = (2 * p) % 11
        return str((11 - p) % 10)
    while True:
        digits = rng.sample(range(10), 9)
        if digits[0] == 0:
            continue
        dup = pick(digits[1:])
        body = digits + [dup]
        first = body[0]
        rest = body[1:]
        rng.shuffle(rest)
        body = [first] + rest
        if any(body[k] == body[k + 1] == body[k + 2] for k in range(8)):
            continue
        s = "".join(map(str, body))
        return s + iso7064_11_10(s)


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **{c: v for c, v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}}
CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(UP)}}


def it_cf():
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(cons, 3) + rs(cons, 3) + f"{rng.randrange(50, 100):02d}" + pick("ABCDEHLMPRST")
    day = rng.randrange(1, 29) + (40 if rng.random() < 0.5 else 0)
    s += f"{day:02d}" + pick(["H501", "F205", "L219", "G273", "A662", "D612", "F839"])
    tot = sum(CF_ODD[ch] if k % 2 == 0 else CF_EVEN[ch] for k, ch in enumerate(s))
    return s + UP[tot % 26]


def aadhaar():
    body = rs("23456789", 1) + rs(D, 10)
    n = body + verhoeff_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.7 else n


def ca_sin():
    body = rs("1234567", 1) + rs(D, 7)
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.6 else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def br_cpf():
    d = [rng.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if rng.random() < 0.7 else s


def pl_pesel():
    y = rng.randrange(1950, 2010)
    m = rng.randrange(1, 13) + (20 if y >= 2000 else 0)
    dd = rng.randrange(1, 29)
    body = f"{y % 100:02d}{m:02d}{dd:02d}" + rs(D, 4)
    c = (10 - sum(int(ch) * w for ch, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    return body + str(c)


def se_pnr():
    y = rng.randrange(1950, 2005)
    body = f"{y % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + rs(D, 3)
    n = body + luhn_digit(body)
    return f"{n[:6]}-{n[6:]}" if rng.random() < 0.6 else f"{y // 100}{n[:6]}-{n[6:]}"


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        for last in range(10):
            if (sum(x * y for x, y in zip(d + [last], w))) % 11 == 0:
                s = "".join(map(str, d + [last]))
                return f"{s[:3]} {s[3:6]} {s[6:]}" if rng.random() < 0.6 else s


def in_pan():
    return rs(UP, 3) + "P" + rs(UP, 1) + rs(D, 4) + rs(UP, 1)


NATIONAL = [
    ("uk_nino", lambda: (lambda p, d, s: pick([f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}"]))(*nino()),
     ["National Insurance number: ", "NI number ", "NINO: "]),
    ("es_dni", es_dni, ["DNI: ", "con DNI ", "Documento (DNI) "]),
    ("es_nie", es_nie, ["NIE: ", "su NIE es ", "NIE "]),
    ("fr_nir", fr_nir, ["N° de sécurité sociale : ", "NIR ", "numéro de sécu "]),
    ("nl_bsn", nl_bsn, ["BSN: ", "burgerservicenummer ", "BSN "]),
    ("de_tax_id", de_idnr, ["Steuer-ID: ", "Steueridentifikationsnummer ", "IdNr. "]),
    ("it_fiscal_code", it_cf, ["Codice fiscale: ", "C.F. ", "codice fiscale "]),
    ("in_aadhaar", aadhaar, ["Aadhaar: ", "Aadhaar number ", "UID "]),
    ("in_pan", in_pan, ["PAN: ", "PAN card ", "PAN "]),
    ("ca_sin", ca_sin, ["SIN: ", "Social Insurance Number ", "SIN "]),
    ("br_cpf", br_cpf, ["CPF: ", "CPF nº ", "inscrito no CPF "]),
    ("pl_pesel", pl_pesel, ["PESEL: ", "nr PESEL ", "PESEL "]),
    ("se_personnummer", se_pnr, ["Personnummer: ", "personnr ", "pnr "]),
    ("au_tfn", au_tfn, ["TFN: ", "Tax File Number ", "TFN "]),
]


def national_ids():
    for typ, gen, labels in NATIONAL:
        for j in range(6):
            v = gen()
            label = labels[j % len(labels)]
            nm = f"{pick(FIRST)} {pick(LAST)}"
            w = j % 3
            if w == 0:
                pos(f"{typ}/prose", f"{typ} after its label in prose", lead(), f"The form for {nm} lists {label}", S(v, typ), ".")
            elif w == 1:
                pos(f"{typ}/record", f"{typ} in a record dump", f"```\nname: {nm}\nid_type: {labels[0].rstrip(': ')}\n", "id_value: ", S(v, typ), "\ncountry: ", typ[:2].upper(), "\n```")
            else:
                pos(f"{typ}/json", f"{typ} in JSON", "```json\n{\"holder\": \"", nm, f"\", \"{typ}\": \"", S(v, typ), "\"}\n```")


def mixed_pii():
    """A few longer answers with several kinds of data at once."""
    for _ in range(8):
        nm = f"{pick(FIRST)} {pick(LAST)}"
        e = email()
        region = pick(["US", "GB", "DE", "FR", "ES"])
        forms = [f for f in phone_numbers(region) if f[0] in ("international", "e164")]
        ph = pick(forms)[1]
        ib = grouped4(make_iban(pick(["DE", "FR", "ES", "NL"])))
        brand, prefixes, length = pick(CARD_BRANDS[:5])
        cc = group(card(pick(prefixes), length), brand, " ")
        pos("mixed/customer_record", "customer record with email, phone, IBAN and card",
            "Here is the customer record you asked for:\n\n- Name: ", nm, "\n- Email: ", S(e, "email"), "\n- Phone: ", S(ph, "phone_number"),
            "\n- IBAN: ", S(ib, "iban"), "\n- Card on file: ", S(cc, "credit_card"), "\n\nShould I mask these before exporting?")
    for _ in range(6):
        kid, sk = aws_key_id(), aws_secret()
        gh = crc32_token("ghp_")
        pw = gen_password()
        pos("mixed/leaky_env", "an env file with several secrets and harmless settings",
            "I read `.env.production`:\n\n```\nNODE_ENV=production\nPORT=3000\nAWS_ACCESS_KEY_ID=", S(kid, "aws_access_key_id"),
            "\nAWS_SECRET_ACCESS_KEY=", S(sk, "aws_secret_access_key"), "\nAWS_REGION=us-east-2\nGITHUB_TOKEN=", S(gh, "github_pat_classic"),
            "\nADMIN_PASSWORD=\"", S(pw, "password"), "\"\nFEATURE_FLAGS=checkout_v2,search_v3\n```\n\nThree of these are credentials; move them to the secret manager.")


# --------------------------------------------------------------------------- negatives

AWS_EXAMPLES = [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), ("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")]


def negatives():
    # 1 published example keys
    for i in range(14):
        kid, sk = AWS_EXAMPLES[i % 2]
        w = i % 7
        if w == 0:
            neg("published_example_key", "AWS documentation example key pair", "The AWS docs use this pair in examples:\n\n```ini\n[default]\naws_access_key_id = ", kid, "\naws_secret_access_key = ", sk, "\n```")
        elif w == 1:
            neg("published_example_key", "AWS documentation example key pair exported", "```bash\nexport AWS_ACCESS_KEY_ID=", kid, "\nexport AWS_SECRET_ACCESS_KEY=", sk, "\nexport AWS_DEFAULT_REGION=us-west-2\n```")
        elif w == 2:
            neg("published_example_key", "AWS example key id in prose", f"Replace `{kid}` with your own access key id; that value is the placeholder from the AWS documentation.")
        elif w == 3:
            neg("published_example_key", "AWS example secret in a test fixture", f"```python\ndef test_signer():\n    creds = Credentials(\"{kid}\", \"{sk}\")\n    assert sign(creds, REQ).startswith(\"AWS4-HMAC-SHA256\")\n```")
        elif w == 4:
            neg("published_example_key", "AWS example pair in JSON", f"```json\n{{\"AccessKeyId\": \"{kid}\", \"SecretAccessKey\": \"{sk}\"}}\n```")
        elif w == 5:
            neg("published_example_key", "AWS example pair in docker run", f"```bash\ndocker run -e AWS_ACCESS_KEY_ID={kid} -e AWS_SECRET_ACCESS_KEY={sk} localstack/localstack\n```")
        else:
            neg("published_example_key", "AWS example secret alone", f"The docs' example secret key `{sk}` is 40 characters long, like a real one.")

    # 2 placeholders
    ph = [("API_KEY", "insert_key_here"), ("OPENAI_API_KEY", "<YOUR_API_KEY>"), ("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
          ("GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("DB_PASSWORD", "${SECRET}"), ("password", "xxxxxxxx"),
          ("api_key", "YOUR_API_KEY_HERE"), ("SLACK_BOT_TOKEN", "xoxb-your-bot-token"), ("token", "<paste-your-token>"),
          ("AWS_SECRET_ACCESS_KEY", "${AWS_SECRET_ACCESS_KEY}"), ("client_secret", "{{ .Values.clientSecret }}"), ("password", "********"),
          ("ANTHROPIC_API_KEY", "sk-ant-..."), ("SENDGRID_API_KEY", "SG.xxxxxx.yyyyyy"), ("DATABASE_URL", "postgres://user:password@localhost:5432/dbname"),
          ("secret_key", "REPLACE_ME"), ("GITLAB_TOKEN", "glpat-xxxxxxxxxxxxxxxxxxxx"), ("PASSWORD", "$(cat /run/secrets/db_password)"),
          ("api_key", "os.environ[\"API_KEY\"]"), ("token", "process.env.API_TOKEN"), ("AUTH_TOKEN", "<token>"), ("password", "your-password"),
          ("GOOGLE_API_KEY", "AIza..."), ("SECRET", "%(secret)s")]
    for i, (k, v) in enumerate(ph):
        w = i % 4
        if w == 0:
            neg("placeholder", f"placeholder value {v!r}", "Create a `.env` file:\n\n```\n", f"{k}={v}\n", "```\n\nand fill in your own value.")
        elif w == 1:
            neg("placeholder", f"placeholder value {v!r}", "```yaml\nauth:\n  ", f"{k.lower()}: \"{v}\"\n", "```")
        elif w == 2:
            neg("placeholder", f"placeholder value {v!r}", f"Set `{k}` to `{v}` for now; the real value comes from the vault at deploy time.")
        else:
            neg("placeholder", f"placeholder value {v!r}", "```python\n", f"{k.lower()} = \"{v}\"  # replace before running\n", "```")
    for v in ["Authorization: Bearer <token>", "Authorization: Bearer ${ACCESS_TOKEN}", "Authorization: Bearer $TOKEN", "X-API-Key: $API_KEY"]:
        neg("placeholder", "header with a variable instead of a value", "```bash\ncurl https://api.example.com/v1/me \\\n  -H \"", v, "\"\n```")

    # 3 KEY= with empty value, then next line
    empties = [
        "AWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nAWS_REGION=eu-west-1",
        "DB_PASSWORD=\nDB_HOST=postgres\nDB_PORT=5432",
        "API_KEY=\nAPI_BASE_URL=https://api.partner.test/v2",
        "SECRET_KEY=\nDEBUG=false\nALLOWED_HOSTS=app.fernhill.app",
        "GITHUB_TOKEN=\nGITHUB_REPOSITORY=acme/payments",
        "password:\n  min_length: 12\n  require_symbols: true",
        "api_key:\nendpoint: https://ingest.acme.test\nbatch_size: 500",
        "STRIPE_SECRET_KEY=\nSTRIPE_PUBLISHABLE_KEY=\nSTRIPE_CURRENCY=eur",
        "TOKEN=\nTIMEOUT_SECONDS=30",
        "export OPENAI_API_KEY=\nexport MODEL_NAME=gpt-4o-mini",
        "[auth]\nclient_secret =\nclient_id = reporting-dashboard\nredirect_uri = http://localhost:8080/callback",
        "SMTP_PASSWORD=\nSMTP_USER=notifications\nSMTP_HOST=smtp.mailrelay.test",
        "JWT_SECRET=\nJWT_EXPIRY=15m\nJWT_ISSUER=https://auth.acme.test/",
        "REDIS_PASSWORD=\nREDIS_URL=redis://cache:6379/0",
    ]
    for i, body in enumerate(empties):
        neg("empty_value_next_line", "key with an empty value followed by ordinary lines",
            pick(["The template `.env.example` is:\n\n```\n", "Leave the secrets empty in the committed file:\n\n```\n", "```\n"]), body, "\n```")

    # 4 13-digit order numbers (no card brand is 13 digits with these leading digits)
    for i in range(14):
        lead_d = pick("1789")
        n = lead_d + rs(D, 12)
        ctx = pick(["Your order #{} has shipped.", "Order number: {}", "Bestellnummer {} wurde storniert.", "Refund issued for order {} (2 items).",
                    "| {} | shipped | 2024-05-02 |", "\"order_id\": {},", "Tracking reference {} is waiting at the depot."])
        neg("order_number_13_digit", "13-digit order/reference number" + (" (passes Luhn)" if luhn_ok(n) else ""), ctx.format(n))
    for ean in ["4006381333931", "5901234123457", "9780306406157", "4012345678901"]:
        body = ean[:12]
        chk = str((10 - sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body)) % 10) % 10)
        ean = body + chk
        if ean[0] in "3456" and luhn_ok(ean):
            continue
        neg("order_number_13_digit", "EAN-13 barcode of a product", f"The product's barcode (EAN) is {ean}; scan it at the till.")

    # 5 version strings
    versions = ["requests==2.31.0", "numpy>=1.26.4,<2", "Node.js v20.11.1", "Python 3.12.3", "version = \"1.24.7-rc.2+build.5\"", "\"react\": \"^18.3.1\"",
                "Kubernetes v1.29.4", "go 1.22.3", "openssl 3.0.13", "image: postgres:16.2-alpine3.19", "Bump lodash from 4.17.20 to 4.17.21",
                "rustc 1.78.0 (9b00956e5 2024-04-29)", "Firmware 2024.3.12-stable", "LTS release 22.04.4", "terraform { required_version = \">= 1.5.0\" }"]
    for v in versions:
        neg("version_string", "package or tool version", pick(["Upgrade to ", "We pin ", "The lock file has ", "Output: "]), v, pick([".", " and rebuild.", "", " — no breaking changes."]))

    # 6 ip-like version numbers
    ipv = ["Windows 10 build 10.0.19045.4291", "Chrome 124.0.6367.118", "assembly version 4.2.1.0", "Edge 123.0.2420.97", "SQL Server 15.0.4355.3",
           "driver 31.0.101.5186", "AssemblyFileVersion(\"2.8.0.114\")", "Office 16.0.17328.20184", "build 6.1.7601.24545", "plugin 1.2.3.4 requires host 1.2.0.0"]
    for v in ipv:
        neg("ip_like_version", "four-part version number that looks like an address", pick(["The crash report says ", "Installed: ", "Detected "]), v, ".")

    # 7 lock-file integrity hashes
    for i in range(12):
        h = "sha512-" + base64.b64encode(rng.randbytes(64)).decode()
        pkgs = ["lodash", "@babel/core", "react-dom", "typescript", "esbuild", "chalk", "zod", "vite"]
        p = pick(pkgs)
        ver = f"{rng.randrange(1, 20)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}"
        w = i % 3
        if w == 0:
            neg("lockfile_integrity_hash", "npm package-lock integrity", f"```json\n\"node_modules/{p}\": {{\n  \"version\": \"{ver}\",\n  \"resolved\": \"https://registry.npmjs.org/{p}/-/{p.split('/')[-1]}-{ver}.tgz\",\n  \"integrity\": \"{h}\"\n}}\n```")
        elif w == 1:
            neg("lockfile_integrity_hash", "yarn.lock integrity", f"```\n\"{p}@^{ver}\":\n  version \"{ver}\"\n  integrity {h}\n```")
        else:
            neg("lockfile_integrity_hash", "pnpm-lock resolution", f"```yaml\n  /{p}@{ver}:\n    resolution: {{integrity: {h}}}\n```")

    # 8 git SHAs
    for i in range(12):
        sha = rs(HEX, 40)
        w = i % 4
        if w == 0:
            neg("git_sha", "full commit SHA", f"The regression was introduced in commit {sha}.")
        elif w == 1:
            neg("git_sha", "short SHAs in a log", f"```\n{sha[:7]} Fix null check in parser\n{rs(HEX, 7)} Add retry to uploader\n{rs(HEX, 7)} Bump version\n```")
        elif w == 2:
            neg("git_sha", "pinned action SHA", f"```yaml\n- uses: actions/checkout@{sha} # v4.1.1\n```")
        else:
            neg("git_sha", "rev in a lock file", f"```toml\n[[package]]\nname = \"serde\"\nsource = \"git+https://github.com/serde-rs/serde?rev={sha[:12]}#{sha}\"\n```")

    # 9 UUIDs
    for i in range(12):
        u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        ctx = pick(["Request id {} failed with 502.", "```yaml\nmetadata:\n  uid: {}\n```", "Delete tenant `{}` and re-run the migration.",
                    "\"trace_id\": \"{}\"", "The job {} is still pending.", "x-correlation-id: {}"])
        neg("uuid", "random UUID used as an identifier", ctx.format(u if i % 5 else u.upper()))

    # 10 timestamps
    for i in range(14):
        t = rng.randrange(1_600_000_000, 1_760_000_000)
        ms = t * 1000 + rng.randrange(1000)
        import datetime as dt
        d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
        forms = [f"{d.isoformat().replace('+00:00', 'Z')}", f"{d:%a, %d %b %Y %H:%M:%S} GMT", str(t), str(ms), f"{d:%Y-%m-%d %H:%M:%S}.{rng.randrange(1000):03d}",
                 f"{d:%d/%m/%Y %H:%M}", f"{d:%Y%m%d%H%M%S}"]
        f = forms[i % len(forms)]
        ctx = pick(["The event was logged at {}.", "\"created_at\": {},", "Last-Modified: {}", "expires={} (epoch)", "[{}] INFO worker started"])
        neg("timestamp", "timestamp or epoch value", ctx.format(f))

    # 11 code identifiers and variable references
    code = [
        "```python\nclient = OpenAI(api_key=api_key)\n```",
        "```python\ndef login(username: str, password: str) -> Session:\n    return auth.verify(username=username, password=password)\n```",
        "```js\nconst token = await getAccessToken(refreshToken);\nheaders.Authorization = `Bearer ${token}`;\n```",
        "```python\npassword_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n```",
        "```go\nfunc (c *Client) SetAPIKey(apiKey string) { c.apiKey = apiKey }\n```",
        "```python\nMAX_TOKEN_LENGTH = 4096\nTOKEN_TYPE = \"Bearer\"\n```",
        "```python\nclass Settings(BaseSettings):\n    api_key: SecretStr\n    db_password: SecretStr = Field(alias=\"DB_PASSWORD\")\n```",
        "```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n```",
        "```java\nString secretKey = System.getenv(\"SECRET_KEY\");\n```",
        "```ts\nexport function isValidApiKeyFormat(apiKey: string): boolean {\n  return /^[A-Za-z0-9]{32}$/.test(apiKey);\n}\n```",
        "```sql\nALTER TABLE users ADD COLUMN password_reset_token_expires_at TIMESTAMPTZ;\n```",
        "```python\ngrant = {\"grant_type\": \"client_credentials\", \"client_id\": client_id, \"client_secret\": client_secret}\n```",
        "```bash\nread -s -p \"Password: \" PASSWORD && export PASSWORD\n```",
        "```rust\nlet token = env::var(\"GITHUB_TOKEN\").expect(\"GITHUB_TOKEN not set\");\n```",
        "The function `getUserAccessTokenFromRefreshTokenOrThrow` should be split in two.",
        "```csharp\nvar connectionString = builder.Configuration.GetConnectionString(\"DefaultConnection\");\n```",
    ]
    for c in code:
        neg("code_identifier", "code naming credentials without any value", c)

    # 12 base64 of harmless text
    harmless = ["Hello, world!", "The quick brown fox jumps over the lazy dog", "{\"status\":\"ok\",\"items\":3}", "build finished in 42s",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"/>", "lorem ipsum dolor sit amet, consectetur adipiscing elit",
                "user-agent: curl/8.5.0", "apiVersion: v1\nkind: ConfigMap", "Thanks for your order!", "version=3&feature=dark-mode"]
    for i, h in enumerate(harmless):
        b = base64.b64encode(h.encode()).decode()
        w = i % 3
        if w == 0:
            neg("base64_harmless", f"base64 of {h[:20]!r}", f"`{b}` decodes to plain text: `echo {b} | base64 -d`.")
        elif w == 1:
            neg("base64_harmless", f"base64 of {h[:20]!r}", f"```json\n{{\"payload\": \"{b}\", \"encoding\": \"base64\"}}\n```")
        else:
            neg("base64_harmless", f"base64 of {h[:20]!r} in a data URI", f"<img src=\"data:image/svg+xml;base64,{b}\" alt=\"icon\">")

    # 13 IBAN-like references that fail the checksum
    for i in range(14):
        cc = pick(["DE", "FR", "GB", "NL", "ES", "IT", "BE"])
        ib = make_iban(cc)
        bad = ib[:2] + f"{(int(ib[2:4]) + rng.randrange(1, 96)) % 97 + 2:02d}"[:2] + ib[4:]
        if mod97_ok(bad):
            bad = ib[:2] + f"{(int(ib[2:4]) + 1) % 100:02d}" + ib[4:]
        assert not mod97_ok(bad)
        v = grouped4(bad) if i % 2 else bad
        ctx = pick(["Invoice reference: {}", "Rechnungsreferenz {} (bitte angeben)", "Batch {} was exported to the archive.", "Our internal ticket key {} is closed.",
                    "Référence de dossier : {}", "Use {} as the payment reference, not as the account."])
        neg("iban_bad_checksum", "IBAN-shaped reference whose mod-97 check fails", ctx.format(v))
    for i in range(4):
        ref = rs(D + UP, rng.randrange(8, 16))
        n = int("".join(str(int(c, 36)) for c in ref + "RF00"))
        rf = f"RF{98 - n % 97:02d}{ref}"
        neg("iban_bad_checksum", "ISO 11649 creditor reference (RF), not an IBAN", f"Payment reference: {grouped4(rf)}")

    # 14 phone-like numbers that are not phones
    notphones = ["Q3 ran from 2024-07-01 to 2024-09-30.", "See pages 112-118 and 204-211.", "NodePort range is 30000-32767.", "ISBN 978-3-16-148410-0",
                 "Meeting moved to 14:30-16:45 on 15.03.2024.", "The population grew from 1,204,331 to 1,398,120.", "Coordinates: 48.858370, 2.294481",
                 "Invoice total: 1 234 567,89 EUR", "Ports 8000-8999 are reserved for staging.", "The survey covered 1990-2005 and 2010-2015.",
                 "Dimensions: 210 x 297 x 12 mm", "Batch size 4096, steps 120000, lr 3e-4", "Opened 03/11/1987, renovated 09/2005.",
                 "Serial: 2024-0815-3321-07", "Epoch 1718035200 marks the cutover.", "Range 100000-999999 is used for OTP codes.",
                 "Test matrix: 3 x 4 x 2 = 24 jobs", "The build took 00:12:34.567.", "Release 2024.06.11-1 is live.", "Chapter 12.4.3, paragraph 2"]
    for t in notphones:
        neg("phone_like_not_phone", "dates, ranges, counts and references that only look like phone numbers", t)

    # 15 file hashes and digests
    for i in range(10):
        w = i % 5
        if w == 0:
            neg("file_hash", "sha256sum output", f"```\n{rs(HEX, 64)}  terraform_1.8.5_linux_amd64.zip\n```")
        elif w == 1:
            neg("file_hash", "container image digest", f"image: ghcr.io/acme/api@sha256:{rs(HEX, 64)}")
        elif w == 2:
            neg("file_hash", "pip hash pin", f"```\nurllib3==2.2.1 \\\n    --hash=sha256:{rs(HEX, 64)}\n```")
        elif w == 3:
            neg("file_hash", "md5 checksum", f"MD5 ({pick(['backup.tar.gz', 'report.pdf'])}) = {rs(HEX, 32)}")
        else:
            neg("file_hash", "Go sum line", f"```\ngolang.org/x/net v0.25.0 h1:{base64.b64encode(rng.randbytes(32)).decode()}\n```")

    # 16 already redacted
    red = ["api_key: sk-...a1B2", "Authorization: Bearer [REDACTED]", "password=******", "Card ending in 4821", "AKIA****************",
           "token: ghp_****************************3f9a", "\"secret\": \"<redacted>\"", "IBAN: DE** **** **** **** **34 56", "SSN: ***-**-6789",
           "The key (sk_live_…) was removed from the log."]
    for r in red:
        neg("already_redacted", "value already masked", pick(["After redaction the line reads: ", "Masked output: ", ""]), r)

    # 17 card-like numbers that fail Luhn
    for i in range(10):
        while True:
            pre = pick(["4", "5", "6011"]) if i % 3 else "37"
            n = pre + rs(D, (16 if i % 3 else 15) - len(pre))
            if not luhn_ok(n):
                break
        v = group(n, "amex" if len(n) == 15 else "visa", pick([" ", "-", None]))
        ctx = pick(["Tracking number: {}", "Ticket {} was merged into the parent issue.", "Device serial {}", "Shipment {} left the hub."])
        neg("card_like_bad_luhn", "card-shaped number that fails the Luhn check", ctx.format(v))

    # 18 URLs without credentials
    urls = ["git@github.com:acme/payments.git", "postgres://localhost:5432/orders", "https://github.com/acme/payments.git",
            "redis://cache:6379/0", "mongodb://mongo-0.mongo,mongo-1.mongo:27017/?replicaSet=rs0", "https://deploy@bitbucket.org/acme/infra.git",
            "ssh://git@gitlab.com:2222/acme/api.git", "amqp://rabbitmq:5672/%2F", "jdbc:mysql://db.internal:3306/shop?useSSL=true",
            "s3://acme-backups/2024/06/"]
    for u in urls:
        neg("url_without_credentials", "connection or remote URL with no password", pick(["Clone it with `git clone {}`.", "Point the app at {} and restart.", "DATABASE_URL={}", "Remote: {}"]).format(u))

    # 19 talk about secrets with no value
    talk = ["Rotate the AWS secret access key and update the GitHub token in your CI settings.",
            "Never commit your .env file; add it to .gitignore and keep the password in the vault.",
            "The API key must be 32 characters; yours looks truncated, so copy it again from the dashboard.",
            "I can't read secrets from the keychain, but you can run `security find-generic-password -s deploy` yourself.",
            "Your token expired at midnight. Generate a new personal access token with the `repo` scope.",
            "Store the Stripe secret key in AWS Secrets Manager and load it at start-up.",
            "Passwords should be hashed with Argon2id; never store them in plain text.",
            "The private key stays on the HSM; only the CSR leaves the machine.",
            "Set the SSN field to optional in the form schema; we don't need it for quotes.",
            "Phone numbers are stored in E.164 and displayed in the user's locale."]
    for t in talk:
        neg("secret_talk_no_value", "prose about credentials or personal data, with no value in it", t)


# --------------------------------------------------------------------------- main

def main():
    vendor_tokens()
    aws_pairs()
    keys_and_jwts()
    urls_and_generic()
    emails()
    phones()
    ssns()
    cards()
    ibans()
    national_ids()
    mixed_pii()
    negatives()
    order = list(range(len(RECORDS)))
    rng.shuffle(order)
    with OUT.open("w", encoding="utf-8") as f:
        for k, i in enumerate(order):
            r = RECORDS[i]
            r = {"id": f"h{k:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(RECORDS)} records to {OUT}")


if __name__ == "__main__":
    main()
