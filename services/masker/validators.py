"""Checks run on candidate matches only: checksums, numbering plans, placeholders.

A validator takes the matched text and returns how many of its leading
characters are the real value, 0 when it is not one. Returning a shorter length
lets a greedy pattern that ran on into the next group ("DE89 3704 0044 0532
0130 00 2024") still report exactly the IBAN.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import json
import math
import re
import string
import zlib
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import islice

import phonenumbers
from stdnum import luhn as _stdnum_luhn
from stdnum import numdb
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.br import cnpj, cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ahv
from stdnum.cl import rut
from stdnum.cn import ric as _stdnum_ric
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import itin
from stdnum.za import idnr as za_idnr

from . import public_by_design
from .columns import column_of
from .engine import WIDE_CONTEXT

_SEPARATORS = " -."

# ---------------------------------------------------------------- placeholders

_PLACEHOLDER_WORDS = (
    "example", "your", "placeholder", "dummy", "redacted", "here", "xxxx", "changeme",
    "sample", "fake", "insert", "replace", "secret", "password", "token", "apikey", "api_key",
    "notreal", "not_real", "not-real", "foobar", "lorem", "todo", "fixme",
)
KNOWN_EXAMPLES = frozenset({
    # Published documentation keys: they unlock nothing and appear in every tutorial.
    "AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "rk_test_4eC39HqLyjWDarjtT1zdp7dc", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "AIzaSyB0ZuDxe7wkZ3xRYcXR0H6g1-z0gl3nTp8",
    # Azurite's and the Azure Storage Emulator's one fixed account key (devstoreaccount1), the same in every install
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
})
_EXAMPLE_SIGNATURES = ("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",)
_SEQUENCES = ("0123456", "1234567", "abcdefg", "ABCDEFG")
_RUN = re.compile(r"(.)\1{4}")


_MASKED = re.compile(r"\*{3,}|^\*\*|\*\*$")
"""A masked value (``sk-****abcd``, ``**redacted``); two stars inside a random key (Django's alphabet) are not one."""
_EXPANSION = re.compile(r"\$\{|#\{|\$\([^)]*\)|\{\{|\}\}|<%[=-]?[ \t]|[ \t]-?%>")
"""A shell, Ruby, template or ERB expansion: ``$(`` counts only closed, as two characters of a random key may be it."""
_REFERENCE_URI = re.compile(r"[a-z][a-z0-9+.-]{1,20}://")
_SECRET_REFERENCE = re.compile(r"ENC\[[A-Z0-9_]{2,20},|projects/[^/\s]{1,64}/secrets/|[a-z][a-z0-9_-]{0,80}:latest\b")
"""A SOPS-encrypted value (``ENC[AES256_GCM,data:...]``) and a Secret Manager reference (``projects/1/secrets/db:latest``,
``--set-secrets=DB_PASS=db-pass:latest``): the secret is elsewhere, encrypted or by name."""
"""Where a secret is kept (``ref+vault://secret/db#/password``, ``op://vault/item/field``), not the secret."""
_CRYPT = re.compile(r"\$(?:1|2[abxy]?|5|6|y|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*)\$")


def _variable(value: str) -> bool:
    """``$HOME``, ``${X}``, ``$(cmd)`` or a crypt hash (``$2b$12$...``); a long random key may start with ``$``."""
    if not value.startswith("$"):
        return False
    return len(value) < 24 or _CRYPT.match(value) is not None or re.match(r"\$[A-Za-z_{(]\w*[})]?(?:$|[/.:])", value) is not None


def is_placeholder(value: str) -> bool:
    """Documentation stand-ins: EXAMPLE keys, xxxx fillers, runs and sequences, too few distinct characters."""
    if value in KNOWN_EXAMPLES:
        return True
    lower = value.lower()
    if any(word in lower for word in _PLACEHOLDER_WORDS) or any(s in value for s in _SEQUENCES):
        return True
    if "…" in value or ("<" in value and ">" in value) or value[:1] in "<>" or value[-1:] in "<>":
        return True  # a template (<your-key>) or a cut value; one angle bracket inside is a password's character
    if ("{" in value and "}" in value) or _variable(value):
        return True  # templates and variables; a lone *, $ or brace is just a character of a password
    if ("**" in value and _MASKED.search(value)) or ("$(" in value and _EXPANSION.search(value)):
        return True  # masked values (sk-****abcd) and command substitutions, not two such characters of a random key
    if "..." in value or _RUN.search(value):
        return True
    if all(ch in string.hexdigits for ch in value):  # 16 letters: 32 random hex digits show ~14 distinct
        return len(set(value.lower())) < min(8, len(value) // 3)
    return len(set(value)) < min(12, len(value) * 2 // 5)


def token(value: str) -> int:
    """Format-defined keys: the format matched, so only placeholders and published examples are turned away."""
    body = _body(value)
    if value in KNOWN_EXAMPLES or (is_placeholder(body) and not _binary_base64(body)):
        return 0
    return len(value)


_ZERO_BYTES = re.compile(r"A{5,}")


def _binary_base64(body: str) -> bool:
    """A long token whose body is base64 of a binary structure (a Vault batch token's ``hvb.AAAAAQ...``, a Fly.io
    macaroon's ``fm2_lJPECAAAAAAAA...``): its zero bytes encode as a run of ``A``, no filler, when the rest is random."""
    rest = _ZERO_BYTES.sub("", body)
    return len(body) >= 64 and len(rest) >= 48 and not is_placeholder(rest) and entropy(rest) >= 4.5


def printed_token(value: str) -> int:
    """The line a token-printing command wrote (a Heroku UUID, an OAuth token): a vendor format is left to its rule."""
    return 0 if has_own_format(value) else token(value)


_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def github_checksum_ok(value: str) -> bool:
    """GitHub's documented token checksum: the last six characters are base62 of the CRC32 of the thirty before."""
    body = value.partition("_")[2]
    if len(body) != 36:
        return False
    crc, digits = zlib.crc32(body[:30].encode()), ""
    while crc:
        crc, r = divmod(crc, 62)
        digits = _BASE62[r] + digits
    return digits.rjust(6, "0") == body[30:]


def github(value: str) -> int:
    """A token with a valid checksum is real whatever it looks like; otherwise the placeholder checks decide."""
    return len(value) if github_checksum_ok(value) and value not in KNOWN_EXAMPLES else token(value)


_GITHUB_TOKEN = re.compile(r"(?:gh[pousr]|npm)_[A-Za-z0-9]+")


def github_named(value: str) -> int:
    """A GitHub or npm token (npm's have GitHub's format and checksum) and the words after it: one its own text calls
    invalid (``checksum mismatch``, ``fake``) stays when its checksum indeed fails; a token whose checksum holds is
    real whatever the text says of it."""
    found = _GITHUB_TOKEN.match(value)
    if found is None:
        return 0
    token_ = found.group()
    if len(token_) < len(value) and not github_checksum_ok(token_):
        return 0
    return github(token_)


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def looks_random(value: str, minimum: float = 3.0) -> bool:
    """Enough distinct characters, mixed classes and entropy: a key rather than a word, a name or a hash-like id."""
    if len(value) < 8 or entropy(value) < min(minimum, math.log2(len(value)) - 0.3):
        return False
    classes = sum((any(c.islower() for c in value), any(c.isupper() for c in value),
                   any(c.isdigit() for c in value), any(not c.isalnum() for c in value)))
    return classes >= 2


def cloud_secret(value: str) -> int:
    """A cloud secret key (40 base64 characters): random-looking, not a hex digest, not a published example."""
    if value in KNOWN_EXAMPLES or is_placeholder(value) or re.fullmatch(r"[0-9a-f]+|[0-9A-F]+", value):
        return 0
    return len(value) if looks_random(value) else 0


def key_block(value: str) -> int:
    """An armoured key block with a real body: enough base64, not ``...`` or a placeholder."""
    body = re.sub(r"-----[A-Z ]+-----|[A-Za-z-]+: [^\n\r]*", "", value)
    alnum = (ch for ch in body if ch.isalnum())
    if "..." in body or "…" in body or len(list(islice(alnum, 40))) < 40:  # an Ed25519 PKCS#8 key has 64 base64
        return 0
    return len(value)


def key_block_base64(value: str) -> int:
    """Base64 of an armoured private key (``LS0tLS1CRUdJTi`` is ``-----BEGIN``): it decodes to a key block with a
    real body; a certificate or public key encoded the same way is not one."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0
    header = decoded.partition("\n")[0]
    return len(value) if "PRIVATE KEY" in header and key_block(decoded) else 0


def _body(value: str) -> str:
    """The random part of a prefixed key: what follows its vendor prefix (ghp_, sk-ant-api03-, AKIA…)."""
    for cut in ("_", "-"):
        head, sep, tail = value.rpartition(cut)
        if sep and len(head) <= 14 and len(tail) >= 16:
            return tail
    cuts = [at for at, ch in enumerate(value[:15]) if ch in "_-" and len(value) - at > 16]
    if cuts:  # a prefix of words (sb_secret_, mdb_sa_sk_) before a body that holds separators of its own
        return value[cuts[-1] + 1:]
    return value[4:] if value[:4].isupper() and value[:4].isalpha() else value


def jwt(value: str) -> int:
    """The header must decode to a JSON object naming an algorithm; without a signature, that algorithm is ``none``."""
    header, _, rest = value.partition(".")
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0
    if not isinstance(decoded, dict) or "alg" not in decoded or rest.rpartition(".")[2] in _EXAMPLE_SIGNATURES:
        return 0
    if value.endswith("."):
        return len(value) if str(decoded.get("alg")).lower() == "none" else 0
    return len(value)


def jwe(value: str) -> int:
    """A JWE in compact form: its header decodes to a JSON object naming a content encryption (``enc``)."""
    header = value.partition(".")[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0
    return len(value) if isinstance(decoded, dict) and "enc" in decoded else 0


def jwt_base64(value: str) -> int:
    """A JWT encoded once more in base64 (``ZXlK`` is ``eyJ``): it decodes to a token the ``jwt`` check accepts."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0
    return len(value) if jwt(decoded.strip()) else 0


def mixed_token(value: str) -> int:
    """A short prefixed token (``s.`` + 24): upper, lower and digits in its body, or it is a word or an id."""
    body = value.partition(".")[2] or value
    if not (any(c.isupper() for c in body) and any(c.islower() for c in body)):
        return 0
    if not any(c.isdigit() for c in body) and not _random_letters(body):
        return 0
    return token(value)


def _random_letters(body: str) -> bool:
    """A long body of letters (and ``-``/``_``) without a digit, cased as no name is and with a key's entropy: 32 base62
    characters hold no digit once in ~300 (``hvs.ygCugtRWSTx-iQFm...``); words in camelCase are a name."""
    return (len(body) >= 32 and entropy(body) >= 4.3
            and any(not _cased_as_a_name(part) for part in re.split(r"[-_]", body) if len(part) >= 6))


def mixed_lower(value: str) -> int:
    """A lowercase token (``oauth:`` + 30): letters and digits in its body, or it is a word or a number."""
    body = value.partition(":")[2] or value
    if not (any(c.isalpha() for c in body) and sum(c.isdigit() for c in body) >= 3):
        return 0
    return token(value)


def secret_data(value: str) -> int:
    """A Kubernetes Secret's data block: some value in it is real (base64 of something, or a stringData secret) and
    either base64 (a ``data:`` value) or under a secret's key name; plain settings (``S3_BUCKET: "acme-assets-prod"``,
    ``REGION: eu-central-1``) beside placeholders make no secret."""
    for line in re.split(r"\r?\n|\\n", value):
        name, _, raw = line.partition(":")
        v = raw.strip().strip("\"'")
        if len(v) < 8 or _refused_value(v) or is_placeholder(v) or _MASKED.search(v):
            continue
        if _SECRET_KEY_NAME.search(name) or (_BASE64_VALUE.fullmatch(v) and len(v) % 4 == 0):
            return len(value)
    return 0


_SECRET_KEY_NAME = re.compile(r"(?i)pass|pwd|secret|token|key|auth|cred|cert|dsn|url|uri|conn")
_BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
"""A ``data:`` value: base64, whatever it encodes."""


_VENDOR_PREFIXES = (
    "AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "sk_live_",
    "sk_test_", "rk_live_", "rk_test_", "AIza", "sk-", "eyJ", "-----BEGIN", "https://hooks.slack.com/",
    "glpat-", "gldt-", "glft-", "glrt-", "xapp-", "whsec_", "npm_", "pypi-", "hf_", "dop_v1_", "SG.", "AKCp",
    "shpat_", "shpss_", "lin_api_", "pul-", "hvs.", "dapi", "gsk_", "r8_", "pplx-", "xai-", "GOCSPX-", "ya29.",
    "django-insecure-",
)


_LONG_VENDOR_TOKEN = re.compile(r"ops_eyJ[A-Za-z0-9+/_-]{193}|(?:FlyV1 )?fm[12][ar]?_[A-Za-z0-9+/_-]{100}")
"""The start of a 1Password service-account token or a Fly.io macaroon as long as its own rule takes: often longer
than a generic value may run (200, 300), which would mask its start only; a shorter one stays the generic rules'."""


def has_own_format(value: str) -> bool:
    """A value with a vendor prefix is left to its own rule, which knows its type and its placeholders. Base64 of
    JSON without a JWT's dots (a Laravel or other encrypted session cookie, ``eyJpdiI6...``) has none."""
    if value.startswith("eyJ") and "." not in value:
        return False
    return value.startswith(_VENDOR_PREFIXES) or _LONG_VENDOR_TOKEN.match(value) is not None


_CODE_REFERENCE = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(\))?|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:_[a-z]+)+")
_NOT_SECRETS = {"null", "none", "true", "false", "undefined", "required", "optional", "string", "hidden"}


_TEMPLATE = re.compile(r"^(?:\$\{?\w+\}?|\{\{.*\}\}|%\w+%|<[^>]*>|\[[^\]]*\]|@\w+@|\$\(.*\)|#\{.*\}|\([\w -]*\))$")
_YAML_TAG = re.compile(r"!{1,2}[A-Za-z]+")
"""``!vault``, ``!Ref``, ``!!str``: a YAML tag introducing the value, not the value."""
_PATHLIKE = re.compile(r"^(?:/|~/|\./|[A-Za-z]:\\)[\w./ -]+$")
_DIGITS_IN_WORD = re.compile(r"[A-Za-z]\d+(?=[A-Za-z])")


def _mixed_case(value: str) -> bool:
    return any(c.islower() for c in value) and any(c.isupper() for c in value)


_HUMP = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|[A-Z]|\d+")


def _cased_as_a_name(part: str) -> bool:
    """Is a name's part cased as names are: words in lower case, Capitalised or camelCase humps, acronyms, digits
    (``XMLHttpRequest``, ``toJSON``, ``getDbId``, ``S3Client``)? A generator's letters turn case anywhere, making
    humps of one or two letters (``VVpDsqU5``: V, Vp, U) and single lower-case letters inside (``H4yBGT``)."""
    humps = _HUMP.findall(part)
    short = sum(1 for h in humps if not h.isdigit() and len(h) <= 2 and not (len(h) == 2 and h.isupper()))
    inner_letter = any(len(h) == 1 and h.islower() for h in humps[1:])
    odd_pair = any(len(h) == 2 and h[0].isupper() and h[1].islower() and h not in _TWO_LETTER_HUMPS for h in humps)
    return short < 3 and not inner_letter and not odd_pair


_TWO_LETTER_HUMPS = frozenset(("Id", "Db", "Io", "Ip", "Ui", "Os", "Js", "Ok", "Is", "At", "By", "To", "Of", "On", "In",
                               "Up", "Ms", "Ts", "Tx", "Rx", "No", "Or", "An", "As", "Be", "Do", "Go", "If", "It", "Me",
                               "My", "We", "So", "Ai", "Ml", "Qa", "Vm", "Pk", "Fk", "Ex", "Re", "Un", "Py", "Rb", "Gb",
                               "Mb", "Kb", "Hz", "Px", "Em", "Rm", "Ns", "Sv", "Pg", "Pw", "Kv", "Zk", "Qs", "Mq", "Ad",
                               "Ca", "Cn", "Dn", "Eu", "Us", "Gc", "Hr", "Vs", "Lb", "Sp", "Ep", "Bg", "Fg", "Dt"))
"""Two-letter humps names are made of (``userId``, ``getDbUrl``, ``toJs``, ``isOk``): words and abbreviations; a
generator's (``LEEq``, ``Uh``) are none of them."""


_WORD_DIGITS_DOT = re.compile(r"([A-Za-z][a-z]{2,15})\d{2,4}\.([A-Za-z0-9]{1,4})")
"""The shape people give a password (``Summer2024.Xq``, ``hamburg77.k9``): a word, two to four digits, a full stop, a
short tail; a code reference's parts are names (``sha256.New``, ``base64.b64encode``, ``config.db``)."""
_NUMBERED_CODE_WORDS = frozenset(("base", "int", "uint", "float", "sha", "utf", "win", "route", "crc", "ucs", "aes",
                                  "rsa", "ec", "des", "rc", "ipv", "http", "oauth", "md", "log", "python", "node",
                                  "java", "es", "php", "ruby", "go", "py", "ubuntu", "debian", "centos", "rhel", "x"))


def _password_shaped(value: str) -> bool:
    """A word, digits and a short tail (``Summer2024.Xq``): a Capitalised word leads it or the tail mixes a digit or
    its cases as no member name does."""
    shaped = _WORD_DIGITS_DOT.fullmatch(value)
    if shaped is None or shaped.group(1).lower() in _NUMBERED_CODE_WORDS:
        return False
    word, tail = shaped.groups()
    named_tail = tail.isalpha() and (tail.islower() or tail.isupper() or tail.istitle())
    return word[0].isupper() or not named_tail


def _random_name_part(value: str) -> bool:
    """A dotted or underscored value mixing both cases with digits between letters, twice or in one part of 8+
    characters (``XlfIyc0izgE.qcHGQ``, ``kf8Mv_mAI7S8n.fnF``), or with a part of 6+ characters cased as no name is
    (``VVpDsqU5.H4yBGT``, ``CAiSSEwQ.lqoSIm``): generated, where a code reference's parts are words
    (``settings.dbPassword2``, ``oauth2Client.token``, ``HTTPClient.getURL``)."""
    if _password_shaped(value):
        return True
    if not _mixed_case(value):
        return False
    parts = re.split(r"[._]", value)
    return (len(_DIGITS_IN_WORD.findall(value)) >= 2
            or any(len(part) >= 8 and _mixed_case(part) and _DIGITS_IN_WORD.search(part) for part in parts)
            or any(len(part) >= 4 and not _cased_as_a_name(part) for part in parts))


_NAME_OF_A_SECRET = re.compile(r"(?:[a-z]+[-_])*(?:password|passwd|passphrase|pwd|pw|secret|token|api-?key|credentials?"
                               r"|creds)(?:[-_][a-z]+)*(?:[-_]?\d{1,4})?|[a-z]*(?:password|secret)[a-z]*\d{0,4}")
"""Lower-case words, one of them a password's or secret's word (``postgres-password``, ``token-file``,
``my-secret-pw``, ``mysecretpassword``): the key a secret store or chart keeps it under (Helm's ``passwordKey``,
``existingSecret``) or the docs' stand-in (the mysql and postgres images'), not a secret."""


def _secret_name(value: str) -> bool:
    return _NAME_OF_A_SECRET.fullmatch(value) is not None


_SOFTWARE = (r"python|py|pypy|node|nodejs|go|golang|php|ruby|jruby|java|jdk|openjdk|jre|temurin|corretto|dotnet|rust|perl"
             r"|kotlin|scala|gradle|maven|erlang|elixir|deno|bun|postgres|postgresql|mysql|mariadb|redis|valkey|mongo|mongodb"
             r"|nginx|httpd|alpine|ubuntu|debian|centos|rhel|fedora|rocky|alma|tomcat|jenkins|terraform|helm|kubectl"
             r"|kubernetes|k8s|elasticsearch|opensearch|kafka|rabbitmq|memcached|clickhouse|gcc|clang|llvm|cuda|django|rails"
             r"|spring|laravel|react|angular|vue|next|nuxt|electron|android|ios|macos|windows|win")
_VERSION_VALUE = re.compile(rf"v?\d{{1,4}}(?:\.\d{{1,4}}){{1,3}}(?:[-+.]?(?:rc|alpha|beta|dev|pre|post|final|lts|snapshot)[.-]?\d{{0,4}})?"
                            rf"|(?:{_SOFTWARE})[-:@]?v?\d{{1,2}}(?:\.\d{{1,4}}){{0,3}}"
                            r"(?:[-.](?:rc|alpha|beta|slim|alpine|lts|jdk|jre|bookworm|bullseye|buster|jammy|focal)\d{0,4})*")
"""A version or an image tag (``python3.11``, ``openjdk-17``, ``postgres:16``, ``v1.24.3``, ``1.0.0-rc1``): what a
runtime setting holds, not a password (``DB_PASSWORD=python3.11`` in a file of runtime settings)."""


def _refused_value(stripped: str, quoted: bool = False) -> bool:
    """Values that name, point at or stand in for a secret rather than being one. An unquoted value that starts like
    a template or code (``$``, ``{``, ``(``) is taken for one; between quotes only a whole template is."""
    lower = stripped.lower()
    return (not stripped or has_own_format(stripped) or lower in _NOT_SECRETS or _secret_name(stripped) or _TEMPLATE.match(stripped) is not None
            or _VERSION_VALUE.fullmatch(stripped) is not None
            or _YAML_TAG.fullmatch(stripped) is not None
            or (_CODE_REFERENCE.fullmatch(stripped) is not None and not _random_name_part(stripped))
            or _PATHLIKE.match(stripped) is not None or (not quoted and stripped[:1] in "$%{<[(#") or is_placeholder_word(stripped) or stripped in KNOWN_EXAMPLES
            or lower.startswith(("os.", "env.", "process.env", "getenv", "secrets.", "vault:", "arn:", "ssm:", "env:", "file:", "fd:"))
            or _REFERENCE_URI.match(lower) is not None or _SECRET_REFERENCE.match(stripped) is not None
            or any(w in lower for w in ("example", "placeholder", "insert", "changeme", "xxxx", "your_", "your-", "dummy")))


_TYPE_ARGS = r"(?:<[\w.]+(?:,[ ]?[\w.]+)*>)?"
"""A generic call's type arguments (``config.get<string>(...)``)."""
_CALL_OR_INDEX = re.compile(rf"@?[A-Za-z_][\w.]*{_TYPE_ARGS}(?:\(.*\)|\[.*\])[,;]?|\{{\w*\}}|%\(\w+\)s")
"""``getpass()``, ``os.environ["X"]``, ``{password}``, ``%(pw)s``, ``@Microsoft.KeyVault(SecretUri=...)``: code or a
reference that fetches or formats a secret."""


_CALL_OPENED = re.compile(rf"(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|[A-Za-z_]+){_TYPE_ARGS}[(\[](?:[A-Za-z_]\w*=|:|[{{\[])?"
                          r"[\w.'\"]*")
"""``bcrypt.hashpw(pw``, ``ENC[AES256_GCM``, ``forms.CharField(widget=forms.PasswordInput``,
``credentials.dig(:smtp``, ``t.String({``: a call or an index cut at the first comma or space."""
_CLOSED_THEN_CALL = re.compile(r"[)\]]+\.[A-Za-z_]\w*\(")
"""The rest of a call after its string argument (``input('Password: ').strip()``): code."""
_CHAINED_CALL = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\([^()]*\)(?:&?\.[A-Za-z_]+(?:[(.\[]|$)|\[)")
"""A method called on, or an index of, a call's result (``z.string().min(12)...``, ``User.where(x).first``,
``find_by(...)&.password_digest``, ``read_secret(path='db')['data']``): a builder or a query."""
_CODE_KEYWORD = re.compile(r"(?:await|new|yield|typeof)[ \t]+(?=[A-Za-z_])")
"""A keyword before an expression (``await hash(input.password)``, ``new String(chars)``)."""


def code_like(value: str) -> bool:
    """A call, an index or a template rather than a value; brackets inside a password (``Kz9(x)Q{m}``) are not."""
    keyword = _CODE_KEYWORD.match(value)
    if keyword is not None:
        value = value[keyword.end():]
    if _CALL_OR_INDEX.fullmatch(value) is not None or _EXPANSION.search(value) is not None:
        return True
    return (_CALL_OPENED.fullmatch(value) is not None or _CHAINED_CALL.match(value) is not None
            or _CLOSED_THEN_CALL.match(value) is not None)


def _trim_closer(value: str) -> str:
    """Drop a sentence's full stop and a bracket closing the code around the value (``f(password=abc)``)."""
    value = value.rstrip(".")
    while value and value[-1] in ")]}" and value.count(value[-1]) > value.count({")": "(", "]": "[", "}": "{"}[value[-1]]):
        value = value[:-1].rstrip(".")
    return value


_SETTING_VALUE = re.compile(
    r"\d{1,5}|\d+(?:\.\d+)?[ ]?(?:ms|s|m|h|d|w|y|mins?|secs?|days?|hours?|minutes?|seconds?|weeks?)"
    r"|argon2(?:id|i|d)?|bcrypt(?:_sha256)?|scrypt|pbkdf2(?:_sha\d+)?|sha-?\d+(?:_crypt)?|md5|plain(?:text)?|yes|no|on|off",
    re.IGNORECASE)
"""What a setting named after the password holds (``PASSWORD_RESET_TIMEOUT = 3600``, ``password_hash = argon2id``,
``password_max_age: 90d``): a small number, a duration, a hash algorithm or a switch."""


_SCHEMA_TYPE = re.compile(r"\[?(?:String|Int|Float|Boolean|Bool|ID|Date|DateTime|JSON|UUID|Bytes|SecretStr|"
                          r"(?:[A-Z][a-z]+){2,3})!?\]?!")
"""A schema's non-null field type (GraphQL ``String!``, ``[ID!]!``): a field definition, no value."""
_YAML_TAG = re.compile(r"!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Join|Select|Base64|If|secret|env_var|include|vault|"
                       r"unsafe|reference|env)")
"""A YAML tag that makes the next scalar a lookup (CloudFormation ``!Ref``, Home Assistant ``!secret`` and
``!env_var``, Ansible ``!vault``): the value is the tag's, not a password."""
_WINDOWS_SWITCH = re.compile(r"/[A-Za-z]{1,12}(?::|$)")
_ATTRIBUTE = re.compile(r"[a-z][a-z-]{1,20}=[\"']?[a-z][\w-]*[\"']?")
"""An HTML attribute after the word (``<input type=password name=pwd>``): the form's markup, no value."""
_TYPE_NAME = re.compile(r"(?:[A-Z][a-z]+){2,3}")
"""A CamelCase word of two or three parts (``SecretStr``, ``SecureString``): a type annotation's name."""


_PASSPHRASE_WORD = re.compile(r"(?:[a-z]{3,12}|[A-Z][a-z]{2,11})\d{0,4}")
_NOT_PASSPHRASE_WORDS = frozenset((
    # function words: a sentence, not a passphrase
    "the", "and", "for", "are", "was", "were", "been", "being", "has", "have", "had", "not", "but", "you", "your",
    "yours", "our", "their", "its", "his", "her", "she", "they", "them", "this", "that", "these", "those", "with",
    "from", "into", "onto", "than", "then", "there", "here", "where", "when", "what", "which", "who", "whom", "why",
    "how", "will", "would", "should", "could", "can", "cannot", "may", "might", "must", "shall", "does", "did",
    "doing", "done", "all", "any", "each", "every", "some", "such", "only", "also", "just", "very", "too", "more",
    "most", "less", "least", "about", "after", "before", "again", "once", "over", "under", "until", "while", "via",
    "per", "use", "used", "using", "see", "set", "get", "got", "let", "please", "one", "two", "three", "four", "five",
    "six", "least", "like", "need", "needs", "make", "made", "same", "other", "into", "out", "off", "yet", "nor",
    "own", "both", "few", "because", "since", "though", "without", "within", "between", "during", "above", "below",
    # what texts say about a password or code holds instead of one
    "password", "passwords", "passphrase", "passwd", "pass", "pwd", "secret", "secrets", "token", "tokens", "key",
    "keys", "credential", "credentials", "value", "values", "default", "required", "optional", "string", "str",
    "none", "null", "true", "false", "empty", "blank", "missing", "hidden", "masked", "redacted", "encrypted",
    "hashed", "stored", "rotated", "changed", "expired", "invalid", "incorrect", "wrong", "reset", "change", "enter",
    "type", "field", "input", "user", "users", "username", "admin", "login", "env", "var", "variable", "file", "path",
    "config", "settings", "vault", "example", "sample", "placeholder", "dummy", "test", "changeme", "todo", "xxx",
    "name", "names", "account", "number", "data", "info", "list", "text", "code", "host", "port", "url", "uri",
    "server", "client", "service", "database", "table", "column", "record", "hash", "salt", "length", "size", "count",
    "max", "min", "timeout", "new", "old", "current", "confirm", "confirmation", "repeat", "prod", "dev", "staging",
    "local", "main", "primary", "master", "root", "app", "api", "auth", "access", "read", "write",
))
"""Words no generated passphrase holds: a sentence's function words and what texts say instead of a password."""


def is_passphrase(value: str) -> bool:
    """Three to eight words of letters joined by one kind of separator (``correct horse battery staple``,
    ``tulip-orbit-canyon-mellow``), none a function word or a word about passwords or code: a passphrase, not a
    sentence, a snake_case name or a dotted reference. A number may end it (``orbit velvet canyon quill 42``), as
    generators append one."""
    separator = next((s for s in " -_." if value.count(s) >= 2), "")
    words = value.split(separator) if separator else []
    if len(words) > 3 and words[-1].isdigit() and len(words[-1]) <= 4:
        words = words[:-1]
    if not 3 <= len(words) <= 8 or any(_PASSPHRASE_WORD.fullmatch(w) is None for w in words):
        return False
    plain = [w.rstrip(string.digits).lower() for w in words]
    if any(w in _NOT_PASSPHRASE_WORDS for w in plain) or len({w[0].isupper() for w in words}) > 1:
        return False
    if sum(w.endswith(("ed", "ing", "ly", "tion")) for w in plain) > 1:
        return False  # verbs and adverbs: a sentence
    return separator not in "_." or all(len(w) >= 4 for w in plain)  # db_pass_file, config.db.url: names


def passphrase(value: str) -> int:
    return len(value) if is_passphrase(value) else 0


_VARIABLE_NAME = re.compile(r"[a-z]{2,}(?:[A-Z][a-z]+)+|[a-z]{2,}(?:_[a-z]{2,})+")
"""A camelCase or snake_case name of letters only (``hashedPassword``, ``new_password``): a variable holding the
value, not the value."""
_EXPANSION_REST = re.compile(r"(?:\?[^\s}]{0,80}|-)\}@")
"""The rest of a ``${NAME:?message}`` or an empty ``${NAME:-}`` default, then a URL's ``@host``."""
_SECRET_TYPE = re.compile(r"(?:[A-Z][a-z]+)+(?:String|Str|Bytes|Box|Vec|Value|Buf)")
"""A type that holds a secret (``SecretString``, ``SensitiveBytes``, ``SecretBox``): a field's type, not its value."""
_BIND_PARAMETER = re.compile(r":[A-Za-z_][A-Za-z0-9_]{0,63}")
"""A SQL statement's named parameter (``WHERE password_hash = :password_hash``): filled in when it runs."""
_GENERIC_TYPE = re.compile(r"[A-Z][A-Za-z0-9]*(?:::[A-Z][A-Za-z0-9]*)*<[A-Za-z0-9_:<>, \[\]]{1,80}>")
"""A generic type where a field's value would stand (Rust's ``SecretBox<String>``, Java's ``Optional<String>``)."""


def password(value: str) -> int:
    """An unquoted ``password=`` value: anything but a reference, a template, a placeholder, a setting or a plain
    short word."""
    stripped = _trim_closer(value)
    if is_passphrase(stripped):
        return len(stripped)
    code_tail = _trim_closer(stripped.rstrip(",;:"))
    if (code_tail != stripped and not password(code_tail)) or _VARIABLE_NAME.fullmatch(code_tail):
        return 0  # password: string; / password: String!): / password: hashedPassword,: a type or a variable
    if _BIND_PARAMETER.fullmatch(code_tail) or _GENERIC_TYPE.fullmatch(code_tail):
        return 0  # = :new_password (a SQL parameter), smtp_password: SecretBox<String>, (a field's type)
    if _TYPE_NAME.fullmatch(code_tail) and (code_tail != stripped or _SECRET_TYPE.fullmatch(code_tail)):
        return 0  # db_password: SecretString, in a struct: a CamelCase type of any length before the field's comma
    if _refused_value(stripped) or code_like(stripped) or _SETTING_VALUE.fullmatch(stripped) or _CODE_TEXT.search(stripped):
        return 0
    if stripped.startswith("?") and (value.endswith("}") or _IDENTIFIER.fullmatch(stripped[1:])):
        return 0  # ${DB_PASSWORD:?missing}, ${X:?DB_PASSWORD must be set}: an expansion's error message
    if _EXPANSION_REST.match(stripped):
        return 0  # postgres://u:${PW:?missing}@db/x, redis://:${PW:-}@redis: the expansion closes inside a URL
    if stripped[:1] in "-=" and value.endswith("}"):
        return len(stripped) if password(stripped[1:]) else 0  # ${X:-default}: masked when the default is a password
    if _SCHEMA_TYPE.fullmatch(stripped) or _WINDOWS_SWITCH.match(stripped) or _YAML_TAG.fullmatch(stripped):
        return 0  # password: String! (a GraphQL field's type); net use \\share /user:... (the next switch); !secret
    if stripped.isalpha() and (stripped.islower() or stripped.istitle() or _TYPE_NAME.fullmatch(stripped)) and len(stripped) < 12:
        return 0  # password: required, pwd: expected (a word of the text around it), password: SecretStr (its type)
    return len(stripped) if len(stripped) >= 4 else 0


def identified_by_bare(value: str) -> int:
    """Oracle's unquoted ``IDENTIFIED BY pw``; ``BY VALUES '...'`` (a hash), MySQL's ``BY PASSWORD '*...'`` (a hash) and
    ``BY RANDOM PASSWORD`` name no password."""
    return 0 if value.upper() in ("VALUES", "PASSWORD", "RANDOM") else password(value)


def netrc_password(value: str) -> int:
    """A ``.netrc`` password: one token up to a space, taken as written (netrc expands nothing and holds no code, so
    ``WfytwOur_Zy.ZoDTQu`` is no module path and a final full stop is the password's); placeholders stay."""
    lower = value.lower()
    if value[:1] in "$%{<[" or _TEMPLATE.match(value) or is_placeholder_word(value) or has_own_format(value):
        return 0
    if value in KNOWN_EXAMPLES or any(w in lower for w in ("example", "placeholder", "changeme", "xxxx", "your", "dummy")):
        return 0
    if value.isalpha() and (value.islower() or value.isupper() or value.istitle()) and len(value) < 12:
        return 0  # password PASSWORD, password secret: a template's word
    return len(value) if len(value) >= 4 else 0


_CONNINFO_REST = re.compile(r"(?: +[a-z_]{2,30}=[^\s=]+)+")
"""The keywords after a password in a libpq conninfo string (``"host=db password=x dbname=app sslmode=require"``): a
spaceless value ends where they start."""


def password_quoted(value: str) -> int:
    """A quoted password: its whole extent, spaces and punctuation included, unless it is prose or a stand-in; in a
    quoted conninfo string, up to the next keyword."""
    head = value.partition(" ")[0]
    if head and _CONNINFO_REST.fullmatch(value[len(head):]):
        return len(head) if password_quoted(head) == len(head) else 0
    stripped = value.strip()
    if stripped == value and is_passphrase(stripped):
        return len(value)
    if stripped != value or _refused_value(stripped, quoted=True) or code_like(stripped) or len(stripped) < 4:
        return 0
    if stripped.startswith("?") and stripped.endswith("}"):
        return 0  # "${PGPASSWORD:?PGPASSWORD not set}": an expansion's error message
    if " " in stripped and (stripped.count(" ") > 4 or (stripped.replace(" ", "").isalpha() and stripped[0].isupper())):
        return 0  # a sentence, not a passphrase with symbols
    if _CODE_TEXT.search(stripped):
        return 0  # code around the name, not a value: a call, a concatenation, a format string
    return len(value)


def xml_text(value: str) -> int:
    """An XML element's text as a password; a CDATA section's closing ``]]>`` is not part of it."""
    return password_quoted(value[:-3]) if value.endswith("]]>") else password_quoted(value)


_CODE_TEXT = re.compile(r"\s[+%*/]\s|[A-Za-z_]\w*\($|%[sdr]\b|\{\}|[A-Za-z_][\w.]*\([^)]*\b[A-Za-z_]\w*=$"
                        r"|\s(?:\|\||&&|\?\?)\s|[)\]]\s(?:or|and|if)\s|\s\|\s(?:null|undefined|None)\b")
"""Code, not a value: an operator between spaces, a call cut at its '(' or at a keyword argument's quote
(``Field(default=..., env="...")``), a format string, a fallback after a lookup (``ENV['X'] || raise(...)``,
``get_password(...) or ''``), a nullable type (``string | null``)."""
_INLINE_COMMENT = re.compile(r"[ \t]+[#;]")


def password_env(value: str) -> int:
    """A shell or .env ``NAME=value`` password (``PGPASSWORD=,OA^C0b``): any characters up to a space, a leading
    ``#`` or ``,`` included; a ``$`` expansion, a ``%VAR%``, a template, a path or a setting is not one."""
    stripped = _trim_closer(value)
    if is_passphrase(stripped):
        return len(stripped)
    if stripped[:1] == "$" or re.fullmatch(r"%\w+%", stripped) or _refused_value(stripped, quoted=True):
        return 0
    if code_like(stripped) or _SETTING_VALUE.fullmatch(stripped):
        return 0
    if stripped.isalpha() and (stripped.islower() or stripped.istitle()) and len(stripped) < 12:
        return 0
    return len(stripped) if len(stripped) >= 4 else 0


_ANNOTATED_DEFAULT = re.compile(r"[A-Za-z_][\w.]*(?:\[[\w.\[\], |]*\])?(?: ?\| ?[\w.]+)* =(?: \S|$)")
"""A class attribute's type and its default (``SecretStr = Field(...)``, ``Optional[str] = None``): code, no value."""


def password_line(value: str) -> int:
    """An unquoted value that runs to its line's end (INI, Java properties, YAML plain scalars): spaces belong to it,
    an inline `` #`` comment does not. With spaces it must be a passphrase (a digit or symbol, at most three spaces),
    not a sentence about the password."""
    comment = _INLINE_COMMENT.search(value)
    stripped = (value[:comment.start()] if comment else value).rstrip()
    if _ANNOTATED_DEFAULT.match(stripped):
        return 0
    if " " not in stripped:
        kept = password(stripped)  # a full stop at the line's end is the value's (app.db.pass=umDV8*ua3q7X*uluu.)
        return len(stripped) if kept and kept == len(stripped.rstrip(".")) else 0
    if is_passphrase(stripped):
        return len(stripped)
    if stripped.count(" ") > 3 or _refused_value(stripped) or code_like(stripped) or _CODE_TEXT.search(stripped):
        return 0
    if not any(not ch.isalpha() and not ch.isspace() for ch in stripped):
        return 0  # words only: prose
    return len(stripped)


def password_pair(value: str) -> int:
    """A quoted value after a quoted password name and a comma (``define('DB_PASSWORD', '...')``): not the next
    name of a list (``"passwd", "chpasswd"``)."""
    if _IDENTIFIER.fullmatch(value) or re.fullmatch(r"[a-z][a-z0-9_.-]*", value):
        return 0
    return password_quoted(value)


def pass_quoted(value: str) -> int:
    """A quoted value after a bare 'pass' label: one word, or a passphrase or memorable password with spaces ('pass'
    labels test results too: ``pass: "see report-2026"``)."""
    if " " in value and not (is_passphrase(value) or spaced_password(value)):
        return 0
    return password_quoted(value)


def twitter_bearer(value: str) -> int:
    """An X/Twitter app bearer token: its run of ``A`` (zero bytes) opens it by format, so the body after the run
    decides: random, not a filler or a placeholder."""
    body = _ZERO_BYTES.sub("", value)  # the app id's zero bytes inside it too (AAAAAAAAAAAAAAAAAAAAAJRCZAAAAAAA%2F...)
    if value in KNOWN_EXAMPLES or len(body) < 40 or is_placeholder(body) or not looks_random(body, 3.5):
        return 0
    return len(value)


def base32_token(value: str) -> int:
    """A token drawn from base32's lower-case alphabet (an Azure DevOps legacy PAT): its digits 2-7 mixed in, as ten
    of 52 random characters are; a word or a run has none."""
    return token(value) if sum(ch.isdigit() for ch in value) >= 4 and looks_random(value, 3.5) else 0


_ASSIGNED = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}[=:]")


def printed_secret(value: str) -> int:
    """The line a command printed after reading a named secret: a password's mix of letters with digits or symbols, or
    a key's randomness; a vendor format is left to its rule, a path, a placeholder or a word is none."""
    if has_own_format(value) or _refused_value(value) or _PATHLIKE.match(value) or "://" in value or _ASSIGNED.match(value):
        return 0  # NAME=value lines (a decoded Secret's data, an env file): the assignment rules know them
    return len(value) if password_prose(value) == len(value) or token(value) == len(value) else 0


def password_cell(value: str) -> int:
    """A cell under a password column's header: a password named in prose would pass, whole (a masked ``********``,
    a path or a placeholder would not)."""
    return len(value) if password_prose(value) == len(value) else 0


def password_prose_quoted(value: str) -> int:
    """A quoted password named in prose: a passphrase with a digit or symbol, not a quoted label or the URL a prompt
    asks it for (``Password for 'https://ci@git.acme.io':``)."""
    if "://" in value:
        return 0
    kept = password_quoted(value)
    return kept if kept and any(not ch.isalpha() and not ch.isspace() for ch in value) else 0


def basic_credentials(value: str) -> int:
    """Base64 of ``user:password`` (a Docker ``config.json`` auth): printable, a user, a colon and a password."""
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0
    user, sep, secret_ = decoded.partition(":")
    if not sep or not user or len(secret_) < 3 or not decoded.isprintable() or is_placeholder_word(secret_):
        return 0
    return len(value)


def intercom(value: str) -> int:
    """An Intercom access token: base64 of ``tok:`` and a random identifier (``dG9rO`` is how ``tok:`` encodes)."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return 0
    return len(value) if decoded.startswith("tok:") and decoded.isprintable() and not is_placeholder(decoded[4:]) else 0


def braintree(value: str) -> int:
    """``access_token$env$merchant$hex``: its random part is the last field (``token`` is only its name)."""
    return 0 if is_placeholder(value.rpartition("$")[2]) else len(value)


def run_prefixed(value: str) -> int:
    """A key with a fixed run in its format (a Dropbox long-lived token's ``AAAAAAAAAA``): the rest must not be a run."""
    return len(value) if token(re.sub(r"A{10}", "", value, count=1)) else 0


_TEMPLATE_MARK = re.compile(r"\$\{|\{\{|#\{|<%|%\(|<[A-Za-z][\w .-]*>|\{[A-Za-z_]\w*\}")


def generated_with_symbols(value: str) -> bool:
    """A key drawn from letters, digits and punctuation alike (WordPress's salts, ``secret_key_base``-style keys,
    generated passwords): 32+ characters with eight kinds of punctuation and both letter cases, and entropy
    no template, path, regex or code line reaches; a space or two belongs to the alphabet (WordPress draws it)."""
    if len(value) < 32 or value.count(" ") > 3 or "  " in value or _TEMPLATE_MARK.search(value):
        return False
    symbols = {c for c in value if not c.isalnum() and c != " "}
    return (len(symbols) >= 8 and sum(c.isupper() for c in value) >= 3 and sum(c.islower() for c in value) >= 3
            and entropy(value) >= 4.6)


def generated_key(value: str) -> int:
    """A value after a key's or a salt's name: only a generated one (see ``generated_with_symbols``)."""
    return len(value) if generated_with_symbols(value) and not is_placeholder_word(value) else 0


def pasted_secret(value: str) -> int:
    """A value pasted alone after 'use this for ...:' in a chat: generated (both cases and digits, random-looking),
    not a vendor's format (its own rule names it), a UUID, a host or a dotted version."""
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)):
        return 0
    if has_own_format(value) or _UUID.fullmatch(value) or not looks_random(value, 3.5):
        return 0
    return secret(value)


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_IDENTIFIER_WORDS = re.compile(r"(?i)\b(?:ids?|uuid|hash|sha|digest|commit|version|tag|branch|request|trace|span|order|"
                               r"ticket|invoice|build|run|job|ref|reference|checksum|file|path|url|link|image|"
                               r"container|pod|account|user ?name|username|email|address)\b")


_OTHER_NUMBER = re.compile(r"(?i)\b(?:order|invoice|ticket|ref(?:erence)?|tracking|case|booking|account|acct|"
                           r"phone|tel|mobile|iban|card|sku|serial|po|#)\b|#")


_SIBLING_FIELD = re.compile(r"(?i)(?:value|number|num|no|nr)\\?[\"']?[ \t]{0,3}[:=][ \t]{0,3}\\?[\"']?$")
_CELL_SEPARATOR = re.compile(r"[\t|;]|,(?! )|  ")
"""Between a table's cells: a tab, a bar, a semicolon, a comma no space follows, columns aligned by spaces; a
sentence's comma has its space."""


def answers_with_another_number(_before: str, head: str) -> bool:
    """Is the number on the line after the id's name another kind of number (``Order 123456782 shipped``), or are the
    two lines a table's header and row? Only the reply's own line names the number: the question above named the id."""
    raw, escaped = head.rfind("\n"), head.rfind("\\n")
    if max(raw, escaped) < 0:
        return False
    line_end, after = (raw, raw + 1) if raw > escaped else (escaped, escaped + 2)
    question, reply = head[:line_end].rstrip("\r"), head[after:]
    if _SIBLING_FIELD.search(reply):
        return False  # id_type: BSN, then id_value: ...: the next field holds the id its sibling names
    if _CELL_SEPARATOR.search(question.strip()) or _CELL_SEPARATOR.search(reply):
        return True  # a table's header and a row's cells (bsn,name,ticket then ,Piet,140560865; fixed-width columns)
    return _OTHER_NUMBER.search(reply) is not None


def no_opening_quote(_before: str, head: str) -> bool:
    """Does a value that a quote closes follow its name without one opening it? The quote is then an apostrophe
    of prose (``password: the user's password``), not a string's end."""
    return not head.endswith(("'", '"', "`"))


_SOURCE_NAME = re.compile(r"(?i)[_.-]?(?:command|cmd|eval)[\"']?[ \t]*[:=]?[ \t]*[\"']?$")
"""A name saying its value is the command that prints the password (``password_command``, msmtp's ``passwordeval``,
``PassCmd``): a command line, not the password."""


_SHOWN_TEXT_NAME = re.compile(r"(?i)[_.-](?:prompt|label|placeholder|hint|tooltip|message|msg|help_?text|forgot|reset|title|"
                              r"heading|caption|description|error|invalid|required|mismatch|requirements|rules|policy|"
                              r"show|hide|toggle|link|button|changed|updated|success|expired)[\"']?[ \t]*[:=]?[ \t]*[\"']?$")
"""A name saying its value is text shown to a user (``password_prompt = "Enter password:"``, ``password_label``,
``password.hint``): words on a screen, not the password."""


def names_its_source(_before: str, head: str) -> bool:
    return _SOURCE_NAME.search(head) is not None or _SHOWN_TEXT_NAME.search(head) is not None


def single_quoted_or_source(before: str, head: str) -> bool:
    """For a value closed by a double quote: one opened by a single quote (``password: 'kx6"m#40'``) holds that
    double quote, and the single-quoted rule takes it whole."""
    return head.endswith("'") or names_its_source(before, head)


def no_opening_quote_or_source(before: str, head: str) -> bool:
    return no_opening_quote(before, head) or names_its_source(before, head)


def names_an_identifier(_before: str, head: str) -> bool:
    """Do the words before a pasted value name an identifier (``here's the request id:``, ``use this commit:``)? An
    id, hash or name is pasted as often as a password and is none."""
    return _IDENTIFIER_WORDS.search(head) is not None


def django_key(value: str) -> int:
    """50 characters of Django's ``get_random_secret_key`` alphabet: letters, digits and three of its symbols or more
    (a word or a hex digest has none)."""
    if sum(c in "!@#$%^&*(-_=+)" for c in value) < 3 or not any(c.isdigit() for c in value):
        return 0
    return token(value)


_SETTING_NAME = re.compile(r"([A-Za-z][A-Za-z ]{2,39})=[^=]")
_SECRET_PART = re.compile(r"(?i)pass|pwd|secret|key|token|sig|auth|cred")
_NEXT_SETTING = re.compile(r";[ ]?[A-Z][A-Za-z]{2,30}(?: [A-Z][A-Za-z]{2,30})?=")


def _connection_setting(value: str) -> bool:
    """Does the value start with a setting's ``Name=`` (``DefaultEndpointsProtocol=https;AccountName=...``, ``Data
    Source=...``) or hold a ``;Name=`` after its first (``Root;SharedAccessKey=...``)? It is a connection string, whose secret its own rules find (``AccountKey=``, ``;Password=``); a
    random key with an ``=`` inside has no name cased as names are before it."""
    if _NEXT_SETTING.search(value):
        return True  # ...KeyName=Root;SharedAccessKey=...: a key's name and the settings after it
    named = _SETTING_NAME.match(value)
    if named is None:
        return False
    name = named.group(1)
    return (_SECRET_PART.search(name) is None and len(name.replace(" ", "")) >= 4
            and all(_cased_as_a_name(word) for word in name.split(" ")))


def secret(value: str, quoted: bool = False) -> int:
    """An unquoted ``api_key=``/``token:`` value: it must look random (entropy, mixed characters)."""
    if quoted and generated_with_symbols(value):
        return len(value)  # brackets, braces and globs in it are the alphabet's, not a template's
    stripped = value if quoted else _trim_closer(value)
    if public_by_design.published(stripped):
        return 0
    if (_refused_value(stripped, quoted) and not _opaque_dotted(stripped)) or is_placeholder(stripped) or code_like(stripped)             or _GLOB.search(stripped):
        return 0  # references, templates, globs; a random token with a dot is none of them
    if "://" in stripped or _HOST_PORT.fullmatch(stripped) or _connection_setting(stripped):
        return 0  # an endpoint (``*_URL``, ``*_HOST``); credentials inside URLs are the URL rules' part
    if _CODE_TEXT.search(stripped):
        return 0  # a call cut at its '(' or at a keyword argument's quote
    if _WORDS.fullmatch(stripped) or (len(stripped) < 12 and (stripped.isalnum() or not any(c.isdigit() for c in stripped))):
        return 0  # tls-cert, my_app_secret, short words
    return len(stripped) if looks_random(stripped, 3.2) else 0


_KEY_NAME = re.compile(r"[A-Za-z0-9_.-]+")
_ID_SUFFIX = re.compile(r"(?:[_.-][Ii][Dd]|[a-z0-9]Id|[A-Z0-9]ID|[_.-][Nn]ame|[a-z0-9]Name|[A-Z0-9]_?NAME)$")


def names_an_id(_before: str, head: str) -> bool:
    """Is the key name at the start of a match an identifier's or a name's (``private_key_id``, ``AccessKeyId``,
    ``TOKEN_ID``, ``SharedAccessKeyName``, ``SECRET_NAME``)? An id or a name points at a secret; it is none (a GCP
    service-account file's key id sits next to its private key)."""
    name = _KEY_NAME.match(head)
    return name is not None and _ID_SUFFIX.search(name.group()) is not None


_ARN_BEFORE = re.compile(r"\barn:aws[\w-]{0,20}:[^\s\"'`]{0,200}$")


def in_an_arn(before: str, _head: str) -> bool:
    """Is the key word a resource type inside an ARN (``arn:aws:secretsmanager:...:secret:prod/db``)? The ARN names
    where a secret is kept; it is none."""
    return _ARN_BEFORE.search(before) is not None


_PUBLIC_KEY_NAME = re.compile(r"(?i)algolia[A-Za-z0-9_.-]{0,12}search")
_ALGOLIA_SECRET_KEY_NAME = re.compile(r"(?i)admin|write")


def names_a_public_key(_before: str, head: str) -> bool:
    """Is the key name an Algolia search-only key's (``ALGOLIA_SEARCH_API_KEY``)? That key ships to browsers by
    design; the admin and write keys, of the same 32-hex shape, are the secrets."""
    return _PUBLIC_KEY_NAME.search(head) is not None and _ALGOLIA_SECRET_KEY_NAME.search(head) is None


def names_an_id_or_in_an_arn(before: str, head: str) -> bool:
    return names_an_id(before, head) or in_an_arn(before, head) or names_a_public_key(before, head)


def secret_quoted(value: str) -> int:
    """A quoted key or token: random-looking, may contain punctuation; a sentence or a reference is not one."""
    if value != value.strip() or (" " in value and not generated_with_symbols(value) and not spaced_password(value)):
        return 0
    if (" " in value and len(value) <= 40 and spaced_password(value) and _GLUED_BRACES.fullmatch(value)
            and not _refused_value(value, True)):
        return len(value)  # "v9{Tq} 44 !kLm^": braces glued to the chunk before them are typed, no template's
    return len(value) if secret(value, quoted=True) == len(value) else 0


_GLUED_BRACES = re.compile(r"(?:[^{}]|(?<=[A-Za-z0-9])\{[^{}\s]{1,6}\})*")
"""A value whose every brace pair follows a letter or digit and holds a short chunk: a typed password's braces."""


_RANDOM_CHUNK = re.compile(r"[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z]{2}[a-z]|[A-Za-z]\d|\d[A-Za-z])[A-Za-z0-9]*")
"""Letters against their case (``ejdT``, ``MUZk``, ``FEnn``) or mixed with digits (``8vxn``, ``Qd5j``): drawn, not
written; a camelCase word is longer than a password generator's chunk."""


def spaced_password(value: str) -> bool:
    """A memorable password with spaces (``Staple ejdT? 856``, a generator's word, random chunk and number): two to
    four parts, one a random chunk of at most six characters, a digit and a symbol; no part a function word."""
    parts = value.split(" ")
    if not 2 <= len(parts) <= 4 or "" in parts or not any(c.isdigit() for c in value):
        return False
    if not any(c in _PROSE_SYMBOLS for c in value) or any(p.lower().strip(".,;:!?") in _NOT_PASSPHRASE_WORDS for p in parts):
        return False
    chunks = (p.strip("".join(_PROSE_SYMBOLS)) for p in parts)
    return any(len(c) <= 6 and _RANDOM_CHUNK.fullmatch(c) for c in chunks) or _WORDS_THEN_NUMBER.fullmatch(value) is not None


_WORDS_THEN_NUMBER = re.compile(r"[A-Za-z][a-z]{2,11}(?: [A-Za-z][a-z]{2,11}){1,2} [!@#$%^&*?+=~]{0,2}\d{1,4}[!@#$%^&*?+=~]{1,3}"
                                r"|[A-Za-z][a-z]{2,11}(?: [A-Za-z][a-z]{2,11}){1,2} [!@#$%^&*?+=~]{1,3}\d{1,4}")
"""Two or three words and a number with a symbol (``Glacier falcon 40!``, ``Otter maple #7``): how people make a
password memorable."""


def spaced_password_value(value: str) -> int:
    """A password with spaces named in prose: a memorable password (``spaced_password``) or a passphrase."""
    return len(value) if spaced_password(value) or is_passphrase(value) else 0


_GLOB = re.compile(r"\*[/.]|[/.]\*")
_HOST_PORT = re.compile(r"(?:[A-Za-z0-9-]+\.)+(?:[a-z]{2,24}|[A-Z]{2,24})(?::\d{1,5})?|[A-Za-z0-9.-]+:\d{1,5}")
"""A host name (its last label letters of one case: a top-level domain) or a host and port."""
_WORDS = re.compile(r"[A-Za-z][a-z]+(?:[-_. /][A-Za-z][a-z]+)*|[A-Z]+(?:[-_. ][A-Z]+)*")


_AZURE_AD_SECRET = re.compile(r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}")
"""Azure AD (Entra) client secrets (the azure_ad_secret rule's shape): the fourth character a digit, then ``Q~``."""


def header_value(value: str) -> int:
    """The credential of an Authorization header: not a template or placeholder. A final full stop is the text's,
    unless the value has the shape of an Azure AD client secret, whose alphabet holds dots."""
    stripped = value if _AZURE_AD_SECRET.fullmatch(value) else value.rstrip(".")
    if len(stripped) < 8 or is_placeholder(_body(stripped)) or _placeholder_basic(stripped):
        return 0
    if _refused_value(stripped) and not _opaque_dotted(stripped):
        return 0
    return len(stripped)


def _placeholder_basic(value: str) -> bool:
    """Base64 of a user and a placeholder password or the user's own name again (``username:password``,
    ``guest:guest``): the docs' Basic header, or a default that is no secret."""
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    user, sep, secret_ = decoded.partition(":")
    return bool(sep) and (is_placeholder_word(secret_) or secret_ == user or decoded in _PUBLISHED_BASIC_PAIRS)


_PUBLISHED_BASIC_PAIRS = frozenset({"Aladdin:open sesame", "Aladdin:OpenSesame", "Aladdin:opensesame"})
"""The user and password the HTTP Basic RFCs print (RFC 7617, RFC 2617): every tutorial copies their header."""


def header_value_random(value: str) -> int:
    """A bearer credential without its header name: it must also look random (``Bearer tokens`` is prose)."""
    kept = header_value(value)
    return kept if kept and looks_random(value[:kept], 3.0) and any(ch.isdigit() for ch in value[:kept]) else 0


def _opaque_dotted(value: str) -> bool:
    """An opaque token with dots (``a1B2.c3D4.e5F6``) has the shape of a code reference but its digits and entropy say key."""
    return (not has_own_format(value) and _CODE_REFERENCE.fullmatch(value) is not None
            and sum(ch.isdigit() for ch in value) >= 3 and looks_random(value, 3.5))


_DATE_OR_TIME = re.compile(r"[\d:./+-]+|\d{4}-\d{2}-\d{2}T[\d:.+-]+Z?")
"""Digits with date and time separators, or an ISO timestamp: a ``T`` counts only between its date and its time."""
_IDENTIFIER = re.compile(r"_*[A-Za-z]+(?:_+[A-Za-z]+)*_*")
_HYPHENATED = re.compile(r"-*[A-Za-z]+(?:-[A-Za-z]+)*-*")
_PROSE_SYMBOLS = set("!@#$%^&*?+=~_-/|()[]{},.:;<>§€£¥°")
"""What a generated password mixes with letters and digits (brackets, commas and colons too)."""


_USER_LABELLED = re.compile(r"[:=][ \t]{0,3}([\"']?)[A-Za-z0-9_.@-]{1,40}\1[ \t]{0,3}(?:[/,;|]|\r?\n)[ \t]{0,12}$"
                            r"|\b(?i:user(?:name)?|login|usr|uid)[ \t]{0,2}[:=][ \t]{0,3}[A-Za-z0-9_.@-]{1,40}[ \t]{1,3}$")


_OWN = re.compile(r"\b(?:[Mm]y|MY|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Mm]on|[Mm]ijn|[Mm]eine?|[Mm]i|[Mm]io|[Mm]eu|[Mm]inha)[ \t]{1,2}"
                  r"(?:(?i:cell|mobile|work|home|direct|new|private|personal)[ \t]{1,2})?$")


def not_ones_own_number(before: str, head: str) -> bool:
    """Is a 'number' no one's own (``order number``, ``the number 7``)? Only 'my', 'her', 'mon', 'mijn'... before it
    make the digits after it a person's phone; 'confirm via ...' needs no owner."""
    return head[:1] in "nN" and _OWN.search(before) is None


def not_after_a_user(before: str, _head: str) -> bool:
    """Is a bare 'pass:' label anything but the second half of a labelled pair ('user: admin / pass: ...', a quoted
    user in an object, a user's line right above)? A test summary's 'all checks pass: build-4471' has no user's value
    right before it."""
    return _USER_LABELLED.search(before) is None


def a_url_user(before: str, _head: str) -> bool:
    """Is an address right after a URL's scheme its user and host (``https://deploy@bitbucket.org/...``)? A mailbox
    is written ``mailto:``, never ``scheme://``. Or is it a message's id in a mail header (``Message-ID: <...@mx>``,
    one of ``References``' ids after another)? Those name a message, no mailbox."""
    return before.endswith("://") or _MESSAGE_ID_BEFORE.search(before) is not None


_MESSAGE_ID_BEFORE = re.compile(r"(?:^|\n)(?i:(?:resent-|x-|original-)?message-id|in-reply-to|references|content-id)"
                                r"[ \t]*:[ \t]*<[^<>\s@]*$|>[ \t]*(?:\r?\n)?[ \t]+<[^<>\s@]*$")
"""The start of a message id up to an address's start: its header's name, or the id before it in a list."""


_FILE_NAME = re.compile(r"_(?:FILE|PATH|DIR|LOCATION)=$")


def names_a_file(_before: str, head: str) -> bool:
    """Does the variable name where its secret is kept (``DATABASE_PASSWORD_FILE=%d/db``, ``TOKEN_PATH=...``)? Its
    value is a path, not the secret."""
    return _FILE_NAME.search(head) is not None


def not_a_line_start(before: str, head: str) -> bool:
    """Does an environment assignment follow other text on its line? Only a ``.env`` line (its name first, maybe
    indented) holds a value that runs to the line's end; in a shell command ``;``, ``&`` and ``|`` end it. An
    Algolia search-only key's name is refused too: that key is public."""
    line = before.rstrip(" \t")
    return (line != "" and line[-1] not in "\r\n") or names_a_public_key(before, head)


_LONG_OPTION = re.compile(r"--[A-Za-z]")


_WIDE_STOP = re.compile("[\u3000-\u3003\u3008-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]")
"""The ideographic space and the full-width punctuation of Chinese, Japanese and Korean text: what ends a value
there, as a space or comma does in Latin text (RE2's ``\\s`` is ASCII-only)."""
_WORD_THEN_STOP = re.compile(r"[^\W\d_]+[?!.…]+")
"""A word and a sentence's question or exclamation mark: prose (``Passwort vergessen?``), no password."""
_WIDE_LETTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""A kana, ideograph or hangul: no password typed after a password word holds one (``8文字以上`` is a rule's text)."""


def password_prose(value: str) -> int:
    """A password named in prose ("the password is ...", "Passwort lautet ..."): letters with digits or symbols,
    six characters or more, not a date, version, path, reference or placeholder; a sentence's final stop is not in it."""
    value = _WIDE_STOP.split(value, 1)[0]  # 密码：Xk#83nVq!pL，请...: a full-width comma or space ends it
    if _WIDE_LETTER.search(value) or _WORD_THEN_STOP.fullmatch(value):
        return 0  # 密码是否正确, 8文字以上, "Passwort vergessen?": the sentence goes on after the word
    stripped = _trim_closer(value.rstrip(".,;:)"))  # a closing brace of the text around it (${X:?password missing})
    if len(stripped) < 6 or _refused_value(stripped) or is_placeholder(stripped) or _DATE_OR_TIME.fullmatch(stripped):
        return 0
    if _LONG_OPTION.match(stripped):
        return 0  # gcloud sql users set-password root --host=%: the command's next flag
    if "://" in stripped or stripped.count("/") > 1 or stripped.count(".") > 1:
        return 0
    words = stripped.lstrip(".")  # a dotfile's name (.env-managed, .pgpass) is words too
    if words == stripped and is_passphrase(words):
        return len(stripped)  # maple-velvet-quartz-pepper: a generator's words, not a hyphenated word
    if _IDENTIFIER.fullmatch(words) or _HYPHENATED.fullmatch(words):
        return 0  # _asyncio, pwd_file: a name in code; re-entered, one-time: words
    if code_like(stripped.lstrip("@")) or _SCHEMA_TYPE.fullmatch(stripped) or _ATTRIBUTE.fullmatch(stripped):
        return 0  # a field's type or attribute: password: Optional[str], password String @db.VarChar(255), name=pwd
    letters = sum(ch.isalpha() for ch in stripped)
    digits = sum(ch.isdigit() for ch in stripped)
    symbols = sum(ch in _PROSE_SYMBOLS for ch in stripped)
    if not letters or not (digits or symbols) or letters + digits + symbols < len(stripped):
        return 0
    return len(stripped)


def url_password(value: str) -> int:
    """The password part of ``scheme://user:pass@host``; doc stand-ins such as ``user:password@`` are not secrets."""
    return 0 if is_placeholder_word(value) or has_own_format(value) or value[:1] in "$%{<*" else len(value)


def mailbox_and_password(value: str) -> int:
    """``address:password`` as a URL's user-info: kept when its password part is one."""
    return len(value) if url_password(value.partition(":")[2]) else 0


def is_placeholder_word(value: str) -> bool:
    lower = value.lower().strip("_-")
    return (lower in {"pass", "passwd", "pwd", "pw", "secret", "password", "mypassword", "changeme", "xxx", "test"}
            or "your" in lower or "example" in lower or "placeholder" in lower or "redacted" in lower
            or "xxxx" in lower or "****" in lower or len(set(lower)) == 1)


# ---------------------------------------------------------------- personal data

def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


_CARD_BRANDS = (  # (IIN range low, high, number of prefix digits, allowed lengths)
    (4, 4, 1, {16, 19}),                              # Visa (13 digits no longer issued: order numbers)
    (51, 55, 2, {16}), (2221, 2720, 4, {16}),         # Mastercard
    (34, 34, 2, {15}), (37, 37, 2, {15}),             # American Express
    (6011, 6011, 4, {16, 19}), (644, 649, 3, {16, 19}), (65, 65, 2, {16, 19}),  # Discover
    (3528, 3589, 4, {16, 17, 18, 19}),                # JCB
    (300, 305, 3, {14, 16}), (36, 36, 2, {14, 16}), (38, 39, 2, {14, 16}),      # Diners
    (62, 62, 2, {16, 17, 18, 19}),                    # UnionPay
    (50, 50, 2, set(range(16, 20))), (56, 58, 2, set(range(16, 20))),          # Maestro
    (6304, 6304, 4, set(range(16, 20))), (6759, 6759, 4, set(range(16, 20))),  # Maestro (Laser, UK)
    (6761, 6763, 4, set(range(16, 20))),                                        # Maestro
    (2200, 2204, 4, {16}),                            # Mir
    (60, 60, 2, {16}), (6521, 6522, 4, {16}), (81, 82, 2, {16}), (508, 508, 3, {16}),  # RuPay
    (9792, 9792, 4, {16}), (8600, 8600, 4, {16}), (9860, 9860, 4, {16}),  # Troy, UzCard, Humo
)


def _card_digits_ok(digits: str) -> bool:
    """A brand's prefix and length with a valid Luhn digit. Processors' published test numbers are masked too: in a
    response nothing tells a test number from a customer's, and masking one costs the reader nothing."""
    return any(low <= int(digits[:n]) <= high and len(digits) in lengths
               for low, high, n, lengths in _CARD_BRANDS) and luhn(digits)


def _card_length(value: str) -> int:
    """13-19 digits with one kind of separator, a known issuer prefix for that length, and a valid Luhn digit."""
    separators = {ch for ch in value if not ch.isdigit()}
    if len(separators) > 1:
        return 0
    if not separators:
        return len(value) if _card_digits_ok(value) else 0
    return _longest_valid(value, lambda v: _card_digits_ok(_digits(v)))


_PUBLISHED_TEST_CARDS = frozenset(number for number in (
    # Stripe
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "6011981111111113", "3056930009020004", "36227206271667", "6555900000604105", "3566002020360505",
    "6200000000000005", "6200000000000047", "4000000000000002", "4000000000009995", "4000000000009987",
    "4000000000009979", "4000000000000069", "4000000000000127", "4000000000000119", "4000000000000077",
    "4000000000003220", "4000002500003155", "4000002760003184", "4000003720000278", "4000000000000341",
    "4100000000000019", "4000000000000101", "4000000000005126", "4000000000000259", "4000000000001976",
    "4000000000005423", "4000000000000010", "4000000000000028", "4000000000000036", "4000000000000044",
    # Braintree
    "4111111111111111", "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777",
    "4012888888881881", "4217651111111119", "4500600000000061", "2223000048400011", "3530111333300000",
    "6304000000000000", "4000111111111115",
    # Adyen
    "4111111145551142", "4988438843884305", "5555341244441115", "5454545454545454", "2222400070000005",
    "370000000000002", "6011601160116611", "3569990010095841", "36006666333344", "4400000000000008",
    "5500000000000004", "4035501000000008", "4917610000000000", "4444333322221111",
    # Authorize.net, Cybersource
    "5424000000000015", "6011000000000012", "3088000000000017", "38520000023237", "30569309025904",
) if _card_digits_ok(number))
"""Card numbers payment processors publish for their test and sandbox modes (and that pass the card check)."""
_PUBLISHED_LENGTHS = sorted({len(number) for number in _PUBLISHED_TEST_CARDS})
_TEST_MARKER = re.compile(r"(?i)(?<![A-Za-z])(?:test\w*|sandbox\w*|simulat\w*|example|sample|dummy|fake|fictitious|prueba\w*|"
                          r"essai|prova|testow\w*|qa(?![A-Za-z])|staging|тест\w*|песочниц\w*|テスト|测试|測試|테스트)")
"""Words that call a number a test number: test card, test mode, for testing, sandbox, to simulate, Testkarte,
tarjeta de prueba, cartão de teste, carte de test / d'essai, carta di prova, karta testowa, тестовая карта, песочница,
テストカード, 测试卡, 테스트 카드, cards for QA or staging."""


def card(value: str) -> int:
    """A valid card number; a processor's published test number is left to ``test_card``, which knows its context."""
    n = _card_length(value)
    return n if n and _digits(value[:n]) not in _PUBLISHED_TEST_CARDS else 0


def card_wrapped(value: str) -> int:
    """Sixteen digits of a card in four groups, the last wrapped onto the next line: a valid card unwrapped."""
    return len(value) if card(_digits(value)) == 16 else 0


def card_short(value: str) -> int:
    """A 13-digit Visa number (``4526 061 464 491``) or a 12-15 digit Maestro (``Maestro 630468722164``) with one kind
    of separator and a valid Luhn digit: its rule finds it only after a card word, since unnamed such numbers are
    mostly order numbers."""
    digits = _digits(value)
    separators = {ch for ch in value if not ch.isdigit()}
    length_ok = len(digits) == 13 if digits[:1] == "4" else 12 <= len(digits) <= 15
    return len(value) if len(separators) <= 1 and length_ok and luhn(digits) else 0


def card_cell(value: str) -> int:
    """A cell under a card column's header: a card, or a 13-digit Visa / 12-15 digit Maestro the header names one."""
    return card(value) or card_short(value)


def test_card(value: str) -> int:
    """A card number and the words right after it that may call it a test number: a processor's published test
    number is masked like any card unless they do ('4000 0000 0000 0002 to simulate', '5555... (Braintree
    sandbox'); text before it is ``test_card_context``'s; any other number is ``card``'s."""
    number = value[:len(value) - len(value.lstrip("0123456789 -"))].rstrip(" -")
    digits = _digits(number)
    if not any(digits[:k] in _PUBLISHED_TEST_CARDS for k in _PUBLISHED_LENGTHS):
        return 0  # the number found below is one of these prefixes: no published one, no need to find it (most cards)
    n = _card_length(number)
    if not n or _digits(number[:n]) not in _PUBLISHED_TEST_CARDS:
        return 0
    return 0 if _TEST_MARKER.search(value, n) or _TEST_OUTCOME.search(value, n) else n


_TEST_OUTCOME = re.compile(r"(?i)\b(?:succeeds|declines|declined|insufficient|fails|always|requires|with any)\b")
"""The outcome a processor's docs give a test number ('| succeeds |', '# always declined', '| Declined: insufficient
funds |') or their instruction for it ('with any CVC'); a number alone in a customer's record has none."""
_PROCESSOR = re.compile(r"(?i)\b(?:stripe|braintree|adyen|authorize\.net|cybersource|checkout\.com|worldpay|mollie)\b")
"""The processor that published the numbers, named before one (``Stripe's 4000 0000 0000 0341``)."""


_TEST_CODE = re.compile(r"\b(?:expect|assert\w*|it|describe|should|parametri[sz]e|fixtures?|mock\w*|stub\w*|spec)\b"
                        r"[\s(.:=\[/]|\bcy\.|@Test\b|\btoBe\w*\(|\b(?:__tests__|testdata)/"
                        r"|(?:\b[A-Za-z_]\w*|\))\.[A-Za-z_]\w*\([^\r\n]*$|\bfill_in\b[^\r\n]*$")
"""Test code around a number: an assertion, a test case or suite, a fixture or its file, a mock
(``expect(isValid('...'))``, ``it('...', ...)``, ``@pytest.mark.parametrize(...)``, ``fixtures/cards.json``), or a
method call on the number's line taking it as an argument (``client.post("/pay", json={"card": "..."``,
``request(app).post('/pay').send({...``, Capybara's ``fill_in``): no program holds a customer's card number as a
literal, so a published test number there is one."""


_SCENARIO = re.compile(r"(?i)\b(?:success|succeeds|declines?|declined|card_declined|insufficient|documented|docs)\b")
"""A scenario or the docs named before the number (``| Generic decline | 4000...``, ``'success': '4242...'``,
``# Stripe documented card, always succeeds``)."""
_CARD_RUN = re.compile(r"\d[\d -]{10,21}\d")


def test_card_context(before: str, _head: str) -> bool:
    """Is the number right after a word calling it a test number ('use the test card', 'In test mode, '), after the
    processor that published it or a scenario, inside test code, or after another published test number (a list or a
    table of them)?"""
    if any(rx.search(before) is not None for rx in (_TEST_MARKER, _PROCESSOR, _TEST_CODE, _SCENARIO)):
        return True
    return any(_digits(run) in _PUBLISHED_TEST_CARDS for run in _CARD_RUN.findall(before))


_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
    "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31,
    "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24,
}


def iban_ok(compact: str) -> bool:
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


_IBAN_HEAD = re.compile(r"\b[A-Z]{2}\d{2}[ ]?(?:[A-Z0-9]{4}[ ]?){0,2}$")


def in_an_iban_shape(before: str, _head: str) -> bool:
    """Digits after an IBAN's country and check digits (``ES58 5813 7512 1368 8454 3487``): an account number, even
    where its mod-97 check fails (a reference, an export's batch id); no card number is written so."""
    return _IBAN_HEAD.search(before) is not None


_EXAMPLE_IBANS = frozenset((
    "GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000", "NL91ABNA0417164300",
    "FR1420041010050500013M02606", "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
    "CH9300762011623852957", "AT611904300234573201", "PL61109010140000071219812874", "SE4550000000058398257466",
    "NO9386011117947", "DK5000400440116243", "FI2112345600000785",
))
"""The IBANs the standard (ISO 13616, the ECBS) and every IBAN page publish as examples: no one's account."""


def iban(value: str) -> int:
    """Country length and the ISO 13616 mod-97 check, trimmed to the country's length; grouped by spaces or by
    dashes (``NL82-TGSZ-4601-9945-20``, as forms and spreadsheets write it), one kind throughout."""
    length = _IBAN_LENGTHS.get(value[:2])
    if length is None:
        return 0
    separator = "-" if "-" in value[:6] else " "
    seen = 0
    for end, ch in enumerate(value, 1):
        if ch in " -" and ch != separator:
            return 0
        seen += ch != separator
        if seen == length:
            boundary = end == len(value) or value[end] in " -"
            compact = value[:end].replace(separator, "")
            return end if boundary and iban_ok(compact) and compact not in _EXAMPLE_IBANS else 0
    return 0


_INVALID_SSNS = {"078051120", "219099999", "123456789"}


def ssn(value: str) -> int:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000; not a famous sample number; one separator."""
    if len({ch for ch in value if not ch.isdigit()}) > 1:
        return 0
    digits = _digits(value)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000" or digits in _INVALID_SSNS:
        return 0
    return len(value)


_RESERVED_DOMAINS = ("example.com", "example.org", "example.net", "gserviceaccount.com")
"""Documentation domains, and Google Cloud service accounts: a machine's identity, no one's mailbox."""
_RESERVED_TLDS = ("example", "test", "invalid", "localhost", "local", "internal", "intranet", "lan", "corp",
                  "home", "localdomain")
"""Reserved and private-use top-level domains: ``app@db.internal`` is a URL's user at a host, not a mailbox."""
_FILE_TLDS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "js", "css", "py", "ts"}


def email(value: str) -> int:
    """Addresses at reserved documentation domains, SSH remotes (git@host) and asset names (icon@2x.png) are not personal data."""
    local, _, domain = value.rpartition("@")
    domain = domain.lower()
    tld = domain.rsplit(".", 1)[-1]
    if local.lower() == "git" or tld in _FILE_TLDS or tld in _RESERVED_TLDS:
        return 0
    if any(domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS):
        return 0
    return len(value)


_OBFUSCATED_AT = re.compile(r"[ \t]?(?:\[at\]|\(at\)|\{at\})[ \t]?")
_OBFUSCATED_DOT = re.compile(r"[ \t]?(?:\[dot\]|\(dot\)|\{dot\})[ \t]?")


def _whole_if_address(value: str, written: str) -> int:
    """All of ``value`` when ``written``, the address it stands for, is one with a top-level domain of letters."""
    tld = written.rsplit(".", 1)[-1]
    return len(value) if tld.isalpha() and len(tld) >= 2 and email(written) else 0


def email_obfuscated(value: str) -> int:
    """An address spelled out (``ana [at] mail [dot] de``) is judged as the address it spells."""
    return _whole_if_address(value, _OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", value, count=1)))


_ENCODED_AT = re.compile(r"&#64;|&#x40;|\\u0040|\[@\]|\(@\)")


def email_encoded_at(value: str) -> int:
    """An address whose @ is written as markup or an escape writes it (``&#64;``, ``\\u0040``, ``[@]``) is judged as
    the address it is; an asset name (``icon&#64;2x.png``) or a reserved domain stays."""
    return _whole_if_address(value, _ENCODED_AT.sub("@", value, count=1))


_EXTENSION = re.compile(r"(?:[ \t]{0,2}(?i:ext\.?|extn\.?|extension|x|#|poste|durchwahl)[ \t]{0,2}|;ext=)\d{1,6}$")


def phone_with_extension(value: str) -> int:
    """An international number and its extension: the number must be valid; the extension goes with it."""
    extension = _EXTENSION.search(value)
    return len(value) if extension and phone(value[:extension.start()]) == extension.start() else 0


def email_url_encoded(value: str) -> int:
    """An address percent-encoded in a URL's query (``%40`` for ``@``, ``%2B`` for ``+``), judged decoded."""
    decoded = value.replace("%40", "@").replace("%2B", "+").replace("%2b", "+")
    return len(value) if email(decoded) == len(decoded) else 0


def phone(value: str) -> int:
    """Valid for its numbering plan per libphonenumber; ``00`` is the international prefix; bare national numbers are US."""
    if value.startswith(("00", "(+")):
        kept = phone(value[1:] if value[0] == "(" else "+" + value[2:])
        return kept + 1 if kept else 0
    region = None if value.startswith("+") else "US"

    def valid(candidate: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(candidate, region))
        except phonenumbers.NumberParseException:
            return False

    return _longest_valid(value, valid)


def _valid_phone(candidate: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(candidate, region))
    except phonenumbers.NumberParseException:
        return False


_COMMON_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "ES", "IT", "NL", "AU", "CA", "MX", "JP", "CN", "PL", "SE",
                   "CH", "AT", "BE", "IE", "PT", "NO", "DK", "FI", "ZA", "NG", "KE", "SG", "HK", "KR", "TR", "AR")
_ALL_REGIONS = _COMMON_REGIONS + tuple(sorted(phonenumbers.SUPPORTED_REGIONS - set(_COMMON_REGIONS)))


_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})")
_DATE_FIRST = re.compile(r"\d{4}-\d{2}-\d{2}[ T]")
"""An ISO date opening a value: a timestamp's, whatever digits follow."""
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_DOTTED_QUAD = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
"""An IPv4 address (``call Grafana at 10.20.30.40``): a host, never a phone written with dots. Octets as addresses
are written (no leading zero, at most 255): ``078.123.83.26`` is a Swiss mobile with its trunk 0."""


@lru_cache(maxsize=4096)
def phone_kr_jp_mobile(value: str) -> int:
    """A Korean (010-xxxx-xxxx) or Japanese (090-xxxx-xxxx) mobile as written there: a valid mobile of that plan,
    with more than three different digits (no 010-0000-0000 filler)."""
    if len(set(_digits(value))) <= 3:
        return 0
    for region in ("KR", "JP"):
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(number, region) and phonenumbers.number_type(number) in (
                phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return len(value)
    return 0


@lru_cache(maxsize=4096)
def _valid_national(candidate: str) -> bool:
    """Valid in some region's national numbering plan (libphonenumber's metadata for every region); not a date or
    an IPv4 address."""
    if len(_digits(candidate)) < 8 or _DATE.fullmatch(candidate.strip("() ")) or _DOTTED_QUAD.fullmatch(candidate):
        return False
    return any(_valid_phone(candidate, region) for region in _ALL_REGIONS)


@lru_cache(maxsize=4096)
def phone_seven_digits(value: str) -> int:
    """Seven digits grouped as a phone number, right after a phone label: valid in some region's plan, with at least
    four different digits (no 000 0000 filler), not the 555 exchange films and docs use."""
    digits = _digits(value)
    if len(digits) != 7 or len(set(digits)) < 4 or digits.startswith("555"):
        return 0
    return len(value) if any(_valid_phone(value, region) for region in _ALL_REGIONS) else 0


def phone_national(value: str) -> int:
    """A number written in a national format after a phone word ("Tel.", "mobile"): valid in some region. A whole
    card number ("Número de tarjeta: 5447-1038-...") is none: no national plan has 15 digits or more, and a valid
    prefix of the card would leave its last groups in clear."""
    if len(_digits(value)) >= 15 and _card_length(value) == len(value):
        return 0
    if _DATE_FIRST.match(value):
        return 0  # a date and an hour ('Aisha Bello 2025-06-19 14' in git blame): a word took 'Bello' for 'bel'
    inner = value[1:] if value.startswith("(") else value
    if inner.count("(") > inner.count(")"):
        return 0  # a bracket opened and never closed: a year or a note after a number ("ISO 8601 (2019)"), no area code
    return _longest_valid(value, _valid_national)


_CELL_REGIONS = ("GB", "FR", "DE", "AU", "US", "PL", "BR", "IN", "JP", "NL", "BE", "CH", "SE", "FI", "IE", "NZ", "ZA", "AR",
                 "KR")
"""Regions whose national formats a table's phone column holds without a country code."""


def phone_cell(value: str) -> int:
    """A whole table cell written as a national number with its trunk 0 or area code in brackets, valid in one of the
    common regions; a date, or fewer than nine digits, is none."""
    if len(_digits(value)) < 9 or _DATE.fullmatch(value.strip("() ")):
        return 0
    return len(value) if any(_valid_phone(value, region) for region in _CELL_REGIONS) else 0


_NO_TRUNK_REGIONS = ("ES", "PT", "PL", "IT", "GR", "CZ", "SK", "DK", "NO", "LU", "IS", "EE", "LV", "MT", "CY", "US", "CA",
                     "MX", "CL", "CN", "IN", "SG", "HK")
"""Regions whose national numbers are written without a trunk 0 (``612 33 34 86``, ``40 68 31 82``, ``212 319 324``)."""


_TAX_ID_AS_PRINTED = re.compile(r"\d{2} \d{3} \d{3} \d{3}")


@lru_cache(maxsize=4096)
def phone_cell_without_trunk(value: str) -> int:
    """A whole table cell written in a phone's groups without a trunk 0 (three groups or more, eight digits or
    more, no group longer than four): valid in a region that dials none. Not a date, nor an id's own grouping (the
    3-3-3 of a TFN, SIN or BSN, an SSN's 3-2-4, a Steuer-ID's 2-3-3-3), which a table with its header out of sight
    may hold failing its check."""
    digits = _digits(value)
    groups = re.split(r"[ .-]", value)
    if not 8 <= len(digits) <= 11 or len(groups) < 3 or len(set(digits)) < 4 or _DATE.fullmatch(value):
        return 0
    if _ID_AS_WRITTEN.fullmatch(value) or _TAX_ID_AS_PRINTED.fullmatch(value):
        return 0
    return len(value) if any(_valid_phone(value, region) for region in _NO_TRUNK_REGIONS) else 0


def phone_without_plus(value: str) -> int:
    """Digits a link carries without the ``+`` (``wa.me/4915...``): an international number once it is added."""
    return len(value) if phone("+" + value) == len(value) + 1 else 0


_INTERNATIONAL_CELL = re.compile(r"(?:\+|00)[1-9][\d ().-]{6,18}\d")


def not_below_its_column_cell(before: str, head: str) -> bool:
    """For a cell matched with the row above it (``head`` runs from that row's international number to this
    cell): are the two in different columns, or the row above's start out of sight? Cells are counted from each
    line's start, as ``not_its_column`` counts them."""
    seen_all = len(before.encode()) < WIDE_CONTEXT - 3
    if "\n" not in before and not seen_all:
        return True
    above = column_of(before.rpartition("\n")[2])
    number = _INTERNATIONAL_CELL.match(head)
    return (above is None or above != column_of(head.rpartition("\n")[2]) or number is None
            or phone(number.group()) != number.end())  # the cell above is a valid number itself (not 0086349711)


def phone_in_column(value: str) -> int:
    """A cell under a phone column's header: its header says phone, so a number valid in any region's national plan
    is one (Kenya's 0712 120552, Singapore's 6112 1784), where a cell without a header must be a common region's."""
    return len(value) if _valid_national(value) else 0


_CELL_START = re.compile(r"(?:^|[|,;\t\n])[ \t]{0,3}$")


def not_a_cell_start(before: str, _head: str) -> bool:
    """Does the number start somewhere else than a table cell (after ``|``, ``,``, ``;``, a tab or a line start)?"""
    return _CELL_START.search(before) is None


_SEPARATOR_LINE = re.compile(r"[ \t|:-]*-{3}[ \t|:-]*")


_ID_AS_WRITTEN = re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{6}[ -]\d{4,5}|\d{3}[ -]\d{2}[ -]\d{4}|\d{3}[ .-]\d{3}[ .-]\d{3}"
                            r"|\d{4}[ .-]\d{4}[ .-]\d{4}(?:[ .-]\d{1,4})?")
"""An id's own grouping (CPF 3.3.3-2, CPR and personnummer 6-4, SSN 3-2-4, SIN/TFN/BSN 3-3-3) and the 4-4-4 of
My Number, Aadhaar, cards and tracking numbers."""


def phone_grouped_cell(value: str) -> int:
    """A cell written in a phone's groups (``020 3276 0355``): ten digits or more, valid in a common region, not in an
    id's own grouping."""
    if len(_digits(value)) < 10 or _ID_AS_WRITTEN.fullmatch(value):
        return 0
    return phone_cell(value)


def not_a_phone_cell(id_names: re.Pattern, header_unseen: bool = True):
    """A ``refuse_context`` for a phone number as a table cell: no cell's start, or a cell under a header naming an
    id (``navn;fodselsnummer`` above ``Ola;05118085821``): a number in an id's column is that id or nothing.
    ``header_unseen`` is the answer when the header is out of sight: refused, unless the cell's shape says phone."""
    def refuse(before: str, head: str) -> bool:
        if not_a_cell_start(before, head):
            return True
        lines = before.replace("\\n", "\n").split("\n")
        if len(lines) == 1:
            return False  # a lone row: its cell's shape decides
        rules_below = [i for i, line in enumerate(lines[:-1]) if i and _SEPARATOR_LINE.fullmatch(line)]
        if rules_below:
            header = lines[rules_below[-1] - 1]  # the line above a Markdown or psql separator
        elif len(before.encode()) < WIDE_CONTEXT - 3:
            header = lines[0]  # the text's first line
        else:  # the header out of sight: a phone column's rule (``columns``) reads it, an id's may be there
            return header_unseen
        row = lines[-1]
        separator = next((ch for ch in "|;,\t" if ch in row), None) or next((ch for ch in "|;,\t" if ch in header), None)
        if separator is None:
            return False
        cells = header.split(separator)
        column = row.count(separator)
        return column < len(cells) and id_names.search(cells[column]) is not None
    return refuse


def npi_ok(number: str) -> bool:
    """The US National Provider Identifier: ten digits starting 1 or 2, Luhn over the 80840 health-industry prefix."""
    return len(number) == 10 and number.isdigit() and number[0] in "12" and _stdnum_luhn.is_valid("80840" + number)


def ric_ok(number: str) -> bool:
    """A Chinese resident id: its ISO 7064 check character, a real birth date and a district code that exists. The
    district may postdate the birth (Chengdu's Wuhou district, 1990, issues ids to people born in 1988):
    ``stdnum``'s check of the code's years against the birth year turns such real ids away."""
    try:
        number = _stdnum_ric.compact(number)
        if len(number) != 18 or not number[:17].isdigit() or _stdnum_ric.calc_check_digit(number) != number[-1]:
            return False
        _stdnum_ric.get_birth_date(number)
    except Exception:  # noqa: BLE001 - stdnum raises its own ValidationError and ValueError for bad dates
        return False
    return any("county" in props for _, props in numdb.get("cn/loc").info(number[:6]))


class _Ric:
    is_valid = staticmethod(ric_ok)


ric = _Ric


class _Npi:
    is_valid = staticmethod(npi_ok)


npi = _Npi


def _stdnum(module):
    return lambda number: module.is_valid(number)


_NATIONAL_IDS = tuple(_stdnum(m) for m in (
    cpf, cnpj, rut, hetu, rrn, be_nn, personnummer, cpr, dni, nie, codicefiscale, curp, pan, sin, nir, aadhaar,
    ric, cuit, itin, idnr, pesel, bsn, fodselsnummer, tckimlik, nhs, tfn, cnp, nif, il_idnr, za_idnr, ch_ahv, pps, npi,
))
_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]")
_SG_NRIC = re.compile(r"[STFGM]\d{7}[A-Z]")


def _nric_ok(value: str) -> bool:
    weights, digits = (2, 7, 6, 5, 4, 3, 2), [int(d) for d in value[1:8]]
    total = sum(w * d for w, d in zip(weights, digits, strict=False)) + (4 if value[0] in "TG" else 3 if value[0] == "M" else 0)
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "KLJNPQRTUWX"}
    return table[value[0]][total % 11] == value[8]


def national_id(*modules):
    """A validator: the number's checksum holds for one of these python-stdnum formats."""
    checks = tuple(_stdnum(m) for m in modules) or _NATIONAL_IDS

    def validate(value: str) -> int:
        stripped = value.strip()
        digits = _digits(stripped)
        if len(set(digits)) < min(3, len(digits) // 2):
            return 0  # 000000000, 111-11-1111; a PAN's four digits may repeat (OYGPY0011D)
        for valid in checks:
            try:
                if valid(stripped):
                    return len(value)
            except Exception:  # stdnum raises on some malformed inputs instead of answering False
                continue
        return 0
    return validate


_GROUP_SEPARATORS = re.compile(r"[ .-]")


def national_id_grouped(*modules):
    """A validator for an id written in any grouping (``12 345 678 901``, ``808.957.48070``, ``016603-71103``,
    ``12.345.678-Z``): spaces, dots and dashes are dropped before the checksum, whichever of them the format's own
    parser would keep."""
    whole = national_id(*modules)

    def validate(value: str) -> int:
        compact = _GROUP_SEPARATORS.sub("", value).upper()
        return len(value) if compact.isalnum() and whole(compact) else 0
    return validate


_GROUP_BEFORE = re.compile(r"\d[ .-]$")


_DOCUMENT_WORDS = (r"order|invoice|ticket|tracking|ref(?:erence)?|po|sku|ean|isbn|item|part|model|product|article|catalog(?:ue)?|"
                   r"(?:rechnung|bestell|auftrag|kunden|sendung|zam[oó]wieni|faktur|pedido|factur|fattur|commande|"
                   r"bestelling|ordine|encomenda|ordre|tilaus|lasku)\w*")
"""Orders, invoices, customers and parcels, in the languages of the ids (Rechnungsnummer, zamówienie, pedido,
facture, bestelling, tilaus)."""
_OTHER_NUMBER_NAME = re.compile(
    r"\b(?i:bsn|burgerservicenummer|sofi|tfn|tax file|steuer-?id|idnr|pesel|cpf|kimlik|tckn|oib|nhs|ird|abn|acn|"
    r"insz|niss|rijksregister\w*|nir|sin|nas|dni|nie|nif|cnp|cpr|fnr|hetu|rut|cuit|cuil|itin|ein|npi|nik|inn|"
    r"egn|amka|emso|cnic|" + _DOCUMENT_WORDS + r")"
    r"(?:[ -]?(?i:nummer|number|no\.?|nr\.?|n[º°o]\.?))?[^\w\r\n]{0,4}$")
"""Names of numbers that are not this id: other ids' names, and business documents'."""
_DOCUMENT_ON_LINE = re.compile(r"\b(?i:" + _DOCUMENT_WORDS + r")\b[^\r\n]{0,40}$")
"""A business document named earlier on the line (``{"type": "invoice", "number": "...``)."""


_TABLE_CELL_START = re.compile(r"(?:[|,;\t][ \t]*\\?[\"']?|[|,;\t][^\n]*\n[ \t]*\\?[\"']?)$")


def not_this_id_nor_a_cell(before: str, head: str) -> bool:
    """``not_this_id``, or a table's cell: an id whose check is weak (one digit mod 11) is taken in a table only
    under its column's header (``columns``); a tracking or SKU column's numbers pass it one time in eleven."""
    return not_this_id(before, head) or _TABLE_CELL_START.search(before.replace("\\n", "\n")) is not None


def not_this_id(before: str, _head: str) -> bool:
    """Is a number of an id's shape named as something else, or the tail of a longer one? A digit group right before
    it (``12 345 678 901``), another id's or a document's name (``BSN: 536 179 526`` failing the BSN check,
    ``Ticket #123-456-789``), or a document named earlier on its line says it is not this id."""
    return (_GROUP_BEFORE.search(before) is not None or _OTHER_NUMBER_NAME.search(before) is not None
            or _DOCUMENT_ON_LINE.search(before) is not None)


def not_this_id_among(pattern: str, check: Callable[[str], int]) -> Callable[[str, str], bool]:
    """``not_this_id``, or a number of the same shape before it failing the id's check: in a column or list of
    such numbers (tracking numbers, references) one passing the check does so by chance."""
    shape = re.compile(rf"\b(?:{pattern})\b")

    def refuse(before: str, head: str) -> bool:
        return not_this_id(before, head) or any(not check(other) for other in shape.findall(before))
    return refuse


def not_its_column(before: str, head: str) -> bool:
    """For an id under a column header (its name a header cell, the value a cell of a row below): is the name no
    whole cell, the value in another column, or the header line's start out of sight? Counting the cell
    separators before each on its line tells the columns apart (``columns.column_of``)."""
    seen_all = len(before.encode()) < WIDE_CONTEXT - 3  # the text starts within what a rule may read
    head, before = head.replace("\\n", "\n"), before.replace("\\n", "\n")  # a table inside a JSON string
    if "\n" not in before and not seen_all:
        return True  # the header line starts beyond what a rule may read: its column cannot be told
    column = column_of(before.rpartition("\n")[2])
    return column is None or column != column_of(head.rpartition("\n")[2])


_ID_BEFORE_KIND = re.compile(r"[0-9A-Z](?:[0-9A-Z .-]*[0-9A-Z])?")
_KIND_VALUE = re.compile(r"[:=][ \t]*\\?[\"']?([^:=]*)$")


def id_before_its_kind(kinds):
    """A validator for an id whose kind a sibling field after it names (``id_value: ...`` then ``id_type: BSN``):
    ``kinds`` pairs a pattern of an id's names with its check; the number is kept when the named kind's check holds."""
    compiled = tuple((re.compile(rf"(?i:{words})(?![A-Za-z])"), check) for words, check in kinds)

    def validate(value: str) -> int:
        number, kind = _ID_BEFORE_KIND.match(value), _KIND_VALUE.search(value)
        if number is None or kind is None:
            return 0
        for words, check in compiled:
            if words.match(kind.group(1)) and check(number.group()):
                return number.end()
        return 0
    return validate


_COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}")


def document_number(value: str) -> int:
    """A passport or driving licence number after its name (no checksum exists): at least five digits, letters or
    not (a UK or US passport is nine digits), not a date written with separators or compact, a year or a run."""
    stripped = value.rstrip(".,;")
    digits = _digits(stripped)
    if len(digits) < 5 or len(set(digits)) < 3 or is_placeholder(stripped):
        return 0
    if stripped.isdigit():
        return len(stripped) if len(stripped) >= 6 and not _COMPACT_DATE.fullmatch(stripped) else 0
    return 0 if _DATE_OR_TIME.fullmatch(stripped) else len(stripped)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _base58check_ok(value: str) -> bool:
    number = 0
    for ch in value:
        index = _B58.find(ch)
        if index < 0:
            return False
        number = number * 58 + index
    pad = len(value) - len(value.lstrip("1"))
    raw = b"\0" * pad + number.to_bytes((number.bit_length() + 7) // 8, "big")
    payload, check = raw[:-4], raw[-4:]
    return len(payload) == 21 and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check


def _bech32_ok(value: str) -> bool:
    hrp, _, data = value.lower().rpartition("1")
    if hrp not in ("bc", "tb", "ltc") or len(data) < 8 or any(ch not in _BECH32 for ch in data):
        return False
    if value != value.lower() and value != value.upper():
        return False
    check = 1
    for v in [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + [_BECH32.index(ch) for ch in data]:
        top, check = check >> 25, (check & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            check ^= g if (top >> i) & 1 else 0
    return check in (1, 0x2BC830A3)  # bech32 (segwit v0) and bech32m (taproot)


_PUBLIC_ADDRESS = re.compile(r"(?i:contract|token|router|pool|factory|proxy|multisig|tx|txid|transaction|hash|block)")


def a_public_address(before: str, head: str) -> bool:
    """Is the address named as a contract's, a protocol's or a transaction's (``wallet contract 0x...``, ``Token
    address: 0x...``, ``ETH tx 0x...``)? Those are published on chain for everyone and tell nothing about a person."""
    return _PUBLIC_ADDRESS.search(before[-24:].rpartition("\n")[2] + head) is not None


_KECCAK_ROUNDS = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
    0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
    0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008)
_KECCAK_ROTATIONS = ((0, 36, 3, 41, 18), (1, 44, 10, 45, 2), (62, 6, 43, 15, 61), (28, 55, 25, 21, 56),
                     (27, 20, 39, 8, 14))
_MASK64 = (1 << 64) - 1


def _keccak_f(state: list[list[int]]) -> None:
    """Keccak-f[1600] on a 5x5 state of 64-bit lanes, in place."""
    def rotate(x: int, n: int) -> int:
        return ((x << n) | (x >> (64 - n))) & _MASK64 if n else x
    for constant in _KECCAK_ROUNDS:
        c = [state[x][0] ^ state[x][1] ^ state[x][2] ^ state[x][3] ^ state[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ rotate(c[(x + 1) % 5], 1) for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = rotate(state[x][y] ^ d[x], _KECCAK_ROTATIONS[x][y])
        for x in range(5):
            for y in range(5):
                state[x][y] = b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y])
        state[0][0] ^= constant


def keccak256(data: bytes) -> bytes:
    """Ethereum's Keccak-256 (the original padding, not SHA3-256's), for EIP-55 address checksums."""
    rate = 136
    padded = bytearray(data) + b"\x01" + bytes(-(len(data) + 1) % rate)
    padded[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for block in range(0, len(padded), rate):
        for i in range(rate // 8):
            state[i % 5][i // 5] ^= int.from_bytes(padded[block + 8 * i:block + 8 * i + 8], "little")
        _keccak_f(state)
    return b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55_ok(address: str) -> bool:
    """A mixed-case Ethereum address's case spells its EIP-55 checksum; all one case carries none."""
    body = address[2:]
    if body == body.lower() or body == body.upper():
        return True
    digest = keccak256(body.lower().encode()).hex()
    return all(ch.isdigit() or ch.isupper() == (int(digest[i], 16) >= 8) for i, ch in enumerate(body))


def crypto_wallet(value: str) -> int:
    """A Bitcoin address whose checksum holds (Base58Check for legacy and P2SH, BIP-173/350 for segwit); an
    Ethereum address from its wallet-context rule, its EIP-55 case checksum holding, not a run or placeholder."""
    if value.startswith("0x"):
        return len(value) if eip55_ok(value) and not is_placeholder(value[2:]) else 0
    ok = _bech32_ok(value) if value[:3].lower() in ("bc1", "tb1") or value[:4].lower() == "ltc1" else _base58check_ok(value)
    return len(value) if ok else 0


def dea_ok(number: str) -> bool:
    """A US DEA registration number: two letters, six digits and a check digit (1st+3rd+5th + 2 x (2nd+4th+6th))."""
    if len(number) != 9 or not number[:2].isalpha() or not number[2:].isdigit():
        return False
    d = [int(c) for c in number[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


class _Dea:
    is_valid = staticmethod(dea_ok)


dea = _Dea


def medicare_ok(number: str) -> bool:
    """An Australian Medicare card number: ten digits (an eleventh, the individual reference, may follow), first 2-6,
    the ninth the weighted sum (1, 3, 7, 9, 1, 3, 7, 9) of the first eight mod 10, issue and reference not 0."""
    digits = _digits(number)
    if len(digits) not in (10, 11) or digits[0] not in "23456" or "0" in digits[9:]:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True))
    return total % 10 == int(digits[8])


class _Medicare:
    is_valid = staticmethod(medicare_ok)


medicare = _Medicare

_any_id_check = national_id_grouped(
    cpf, rut, rrn, be_nn, personnummer, cpr, nir, aadhaar, ric, cuit, itin, idnr, pesel, bsn, fodselsnummer, tckimlik,
    nhs, tfn, cnp, nif, il_idnr, za_idnr, ch_ahv, sin, medicare, jp_in)
_SSN_WRITTEN = re.compile(r"\d{3}[ .-]\d{2}[ .-]\d{4}")


def any_digit_id(value: str) -> int:
    """An all-digit id under a header naming no kind (``national_id``, ``tax_id``, ``id_number``): some id's check
    holds. A valid SSN as written is left to the SSN rule, which names its type."""
    if _SSN_WRITTEN.fullmatch(value) and ssn(value):
        return 0
    return _any_id_check(value)


def national_id_prefix(*modules):
    """A validator like ``national_id`` that keeps the longest valid prefix ending before a separator, so a number
    followed by another group ("51 824 753 556 2024") is still found."""
    whole = national_id(*modules)
    return lambda value: _longest_valid(value, lambda candidate: whole(candidate) == len(candidate))


def uk_nino(value: str) -> int:
    """The UK National Insurance number: its prefix letters are restricted (no checksum exists)."""
    return len(value) if _NINO.fullmatch(value) and len(set(_digits(value))) >= 3 else 0


def sg_nric(value: str) -> int:
    return len(value) if _nric_ok(value) else 0


def ipv4(value: str) -> int:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return 0
    return len(value)


def ipv6(value: str) -> int:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return 0
    return len(value) if value != "::" else 0


# ---------------------------------------------------------------- helpers

def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _longest_valid(value: str, valid) -> int:
    """The longest prefix of ``value`` ending before a separator (or at its end) that ``valid`` accepts."""
    cuts = [len(value)] + [i for i in range(len(value) - 1, 0, -1) if value[i] in _SEPARATORS]
    for cut in cuts:
        if valid(value[:cut]):
            return cut
    return 0


_CARD_SHAPE = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{5}|\d{16,19}")


def card_shaped(value: str) -> bool:
    """Is a phone rule's candidate a card's layout (``4532 0151 1283 0367``, ``3720 170022 82067``, sixteen digits
    or more in one run without a ``00`` or ``+`` before a country code)? Such a number is a card or nothing."""
    number = value.strip("()")
    return not number.startswith("00") and _CARD_SHAPE.fullmatch(number) is not None
