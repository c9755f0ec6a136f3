"""The built-in rules: secrets defined by their format, personal data confirmed by a validator.

Patterns use the syntax shared by Python and RE2 and are compiled like custom
rules. Order matters only when two rules match at the same position: the more
specific rule comes first (AWS secret before the generic ``secret=`` rule,
database URLs before any URL).
"""

from __future__ import annotations

from . import validators as v
from .engine import Rule

SECRET, PII, NETWORK = "secret", "pii", "network"

_SEP = r"(?:\r?\n|\\r\\n|\\n|[ \t])"
_PEM_LINES = rf"(?:{_SEP}{{1,8}}[A-Za-z0-9+/=]{{1,76}}){{0,13}}"  # separators: newlines, indentation, JSON \n
_PEM_LABEL = r"(?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY-----"
_PEM = (
    rf"-----BEGIN {_PEM_LABEL}"
    rf"(?:{_SEP}{{1,8}}Proc-Type: [^\r\n\\]{{1,40}}{_SEP}{{1,8}}DEK-Info: [^\r\n\\]{{1,80}})?"
    + _PEM_LINES * 5  # 65 lines of up to 76 characters; RE2 caps one nested repetition at 1000
    + rf"{_SEP}{{1,8}}-----END {_PEM_LABEL}"
)
_KEY_PREFIX = r"\b(?:[A-Za-z0-9]{1,20}[_.-]){0,4}"  # DB_, MYSQL_ROOT_, aws_, config.
_ASSIGN = r"[\"']?\s{0,3}(?:[:=]|=>|:=)\s{0,3}(?:\\?[\"'])?"
_URL_USER = r"[^\s:/?#@\"'\\]{0,64}"
_URL_PASSWORD = r"(?P<v>[^\s/?#@\"'\\]{1,128})@[A-Za-z0-9\[]"
_DB_SCHEMES = r"(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse)"

BUILTIN: tuple[Rule, ...] = (
    Rule("aws_access_key_id", "aws_access_key", r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b", validate=v.token, category=SECRET),
    Rule("aws_secret_key", "aws_secret_key",
         rf"{_KEY_PREFIX}(?i:secret[_-]?(?:access[_-]?)?key)(?:[\"']?,?\s{{1,12}}[\"']?(?i:value))?"  # k8s/ECS name+value
         rf"{_ASSIGN}(?P<v>[A-Za-z0-9/+]{{40}})",
         validate=v.token, category=SECRET),
    Rule("github_token", "github_token", r"\bgh[pousr]_[A-Za-z0-9]{36,251}\b", validate=v.token, category=SECRET),
    Rule("github_pat", "github_token", r"\bgithub_pat_[A-Za-z0-9_]{60,244}\b", validate=v.token, category=SECRET),
    Rule("gitlab_token", "gitlab_token", r"\bglpat-[A-Za-z0-9_-]{20,64}", validate=v.token, category=SECRET),
    Rule("slack_token", "slack_token", r"\bxox[abeoprs]-(?:[0-9A-Za-z]{1,64}-){1,4}[0-9A-Za-z]{8,64}\b",
         validate=v.token, category=SECRET),
    Rule("slack_webhook", "slack_webhook",
         r"https://hooks\.slack\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}",
         validate=v.token, category=SECRET),
    Rule("stripe_key", "stripe_key", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,247}\b", validate=v.token, category=SECRET),
    Rule("google_api_key", "google_api_key", r"\bAIza[0-9A-Za-z_-]{35}", validate=v.token, category=SECRET),
    Rule("anthropic_key", "anthropic_key", r"\bsk-ant-[A-Za-z0-9_-]{20,200}", validate=v.token, category=SECRET),
    Rule("openai_project_key", "openai_key", r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}",
         validate=v.token, category=SECRET),
    Rule("openai_legacy_key", "openai_key", r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b",
         validate=v.token, category=SECRET),
    Rule("private_key", "private_key", _PEM, category=SECRET),
    Rule("jwt", "jwt", r"\beyJ[A-Za-z0-9_-]{5,500}\.eyJ[A-Za-z0-9_-]{5,1000}\.[A-Za-z0-9_-]{10,700}",
         validate=v.jwt, category=SECRET),
    Rule("db_credentials", "db_credentials", rf"\b{_DB_SCHEMES}://{_URL_USER}:{_URL_PASSWORD}",
         validate=v.url_password, category=SECRET),
    Rule("url_password", "url_password", rf"\b[A-Za-z][A-Za-z0-9+.-]{{1,15}}://{_URL_USER}:{_URL_PASSWORD}",
         validate=v.url_password, category=SECRET),
    Rule("credential", "credential",
         rf"{_KEY_PREFIX}"
         r"(?i:password|passwd|passphrase|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|private[_-]?key)"
         rf"(?i:[_-](?:key|token|value|string))?{_ASSIGN}(?P<v>[^\s\"'\\,;&<>`]{{4,128}})",
         validate=v.credential, category=SECRET),
    Rule("card", "card", r"\b(?:\d[ -]?){12,18}\d\b", validate=v.card, category=PII),
    Rule("iban", "iban", r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b", validate=v.iban, category=PII),
    Rule("ssn", "ssn", r"\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b", validate=v.ssn, category=PII),
    Rule("email", "email",
         r"\b[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}\b",
         validate=v.email, category=PII),
    Rule("phone_international", "phone", r"\+[1-9]\d{0,2}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,14}){1,6}\b",
         validate=v.phone, category=PII),
    Rule("phone_us", "phone", r"(?:\(\d{3}\) ?|\b\d{3}[.-])\d{3}[.-]\d{4}\b", validate=v.phone, category=PII),
    Rule("ipv4", "ipv4", r"\b(?:\d{1,3}\.){3}\d{1,3}\b", validate=v.ipv4, category=NETWORK),
    Rule("ipv6", "ipv6",  # eight groups, or fewer around a "::" (so 12:30:45 is never a candidate)
         r"\b(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}\b"
         r"|(?:\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5}\b)?",
         validate=v.ipv6, category=NETWORK),
)

SECRET_TYPES = tuple(dict.fromkeys(r.type for r in BUILTIN if r.category == SECRET))
PII_TYPES = tuple(dict.fromkeys(r.type for r in BUILTIN if r.category == PII))
NETWORK_TYPES = tuple(dict.fromkeys(r.type for r in BUILTIN if r.category == NETWORK))
