"""Secrets in tools' own files, commands and outputs (issue 16, pass 35m), where no key name says "password".

- ``gh secret set NAME --body VALUE`` (``-b``): whatever the name, the command stores a secret (a ``$VAR`` or a
  file redirect is no value);
- ``vault operator init`` prints ``Unseal Key N:`` / ``Recovery Key N:`` and a base64 share;
- SNMP community strings: net-snmp's ``rocommunity``/``rwcommunity``/``com2sec`` and the ``-c`` of
  ``snmpwalk``/``snmpget`` (Cisco's ``snmp-server community`` is ``detectors``'); the defaults ``public`` and
  ``private`` stay;
- crypt(3) hashes as a password file holds them, ``name:$id$...`` at a line's start (``/etc/shadow``,
  ``.htpasswd``, ``chpasswd -e``) or after ``useradd``/``usermod -p``: each family's own layout (``$1$``,
  ``$apr1$``, ``$5$``, ``$6$``, ``$2a/b/x/y$``, ``$y$``, ``$gy$``, ``$7$``), the whole hash; a locked ``!`` or ``*``
  has none;
- OpenVPN static keys (``-----BEGIN OpenVPN Static key V1-----``, sixteen lines of 32 hex), the whole block;
- a session cookie in a browser's cookie table (name, value, a domain and a path in tab or wide-space columns).
Each pattern starts at its literal (the command, the directive, the prefix, the armour, the cookie's name).
"""

from __future__ import annotations

import base64
import binascii
import re

from . import validators as v
from .engine import Rule

_NL = r"(?:\r?\n|\\n)"
_LINE_START = r"(?:^|[\r\n]|\\n)"


def command_value(value: str) -> int:
    """A value a command stores as a secret: random-looking (``validators.secret``), no variable or placeholder."""
    if value.startswith(("$", "%", "{", "<")):
        return 0
    return v.secret(value)


def key_share(value: str) -> int:
    """An unseal or recovery key share: base64 of 16 bytes or more, not a placeholder."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return 0
    return len(value) if len(raw) >= 16 and len(set(raw)) >= 8 else 0


_DEFAULT_COMMUNITIES = frozenset(("public", "private", "community", "secret", "changeme"))


def community(value: str) -> int:
    """An SNMP community that is no published default, variable or placeholder."""
    if value.lower() in _DEFAULT_COMMUNITIES or value.startswith(("$", "%", "{", "<")) or v.is_placeholder(value):
        return 0
    return len(value)


_CRYPT = re.compile(
    r"\$1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}"
    r"|\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}"
    r"|\$[56]\$(?:rounds=\d{1,9}\$)?[./0-9A-Za-z]{1,16}\$(?:[./0-9A-Za-z]{43}|[./0-9A-Za-z]{86})"
    r"|\$2[abxy]\$\d{2}\$[./0-9A-Za-z]{53}"
    r"|\$g?y\$[./0-9A-Za-z]{1,12}\$[./0-9A-Za-z]{1,86}\$[./0-9A-Za-z]{43}"
    r"|\$7\$[./0-9A-Za-z]{11,64}\$[./0-9A-Za-z]{43}")
"""Each crypt(3) family's layout: its id, its parameters and salt, and a hash of its own length."""


def crypt_hash(value: str) -> int:
    return len(value) if _CRYPT.fullmatch(value) else 0


_SESSION_NAMES = (r"sessionid|session_id|session|sid|phpsessid|jsessionid|asp\.net_sessionid|connect\.sid"
                  r"|laravel_session|_[a-z0-9]{1,30}_session")

RULES = (
    Rule("gh_secret_set_body", "credential",  # gh secret set NAME --repo o/r --body "..."
         r"\bgh[ \t]{1,3}secret[ \t]{1,3}set[ \t][^\r\n|;&<]{0,120}?[ \t](?:--body|-b)(?:=|[ \t]{1,3})[\"']?"
         r"(?P<v>[^\s\"'`]{8,300})", validate=command_value, category="secret"),
    Rule("vault_key_share", "credential",  # vault operator init: Unseal Key 1: <base64>
         r"\b(?:Unseal|Recovery)[ \t]Key(?:[ \t]\d{1,2})?:[ \t]{0,3}(?P<v>[A-Za-z0-9+/]{22,88}={0,2})(?:[^A-Za-z0-9+/=]|$)",
         validate=key_share, category="secret"),
    Rule("snmpd_community", "credential",  # rocommunity <c> 10.0.0.0/8, com2sec ro default <c>
         _LINE_START + r"[ \t]{0,12}(?:(?:ro|rw)community6?[ \t]{1,8}|com2sec6?[ \t]{1,8}[^\s#]{1,32}[ \t]{1,8}[^\s#]{1,64}"
         r"[ \t]{1,8})(?P<v>[^\s#\"']{4,64})",
         validate=community, category="secret"),
    Rule("snmp_cli_community", "credential",  # snmpwalk -v2c -c <c> host
         r"\bsnmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|check)\b[^\r\n|;&]{0,60}?[ \t]-c[ \t]{0,2}"
         r"[\"']?(?P<v>[^\s\"']{4,64})", validate=community, category="secret"),
    Rule("password_file_hash", "password_hash",  # /etc/shadow, .htpasswd, chpasswd -e: name:$6$salt$hash
         _LINE_START + r"[ \t]{0,4}[A-Za-z_][A-Za-z0-9_.@-]{0,31}\$?:(?P<v>\$[0-9a-z]{1,4}\$[./0-9A-Za-z$=]{10,240})"
         r"(?::|[ \t]*(?:\r?\n|\\n|$))", validate=crypt_hash, category="secret"),
    Rule("useradd_password_hash", "password_hash",  # useradd -p '$6$...' name
         r"\buser(?:add|mod)\b[^\r\n|;&]{0,80}?[ \t](?:-p|--password)[ \t]{1,3}[\"']?(?P<v>\$[0-9a-z]{1,4}\$[./0-9A-Za-z$=]{10,240})",
         validate=crypt_hash, category="secret"),
    Rule("openvpn_static_key", "private_key",
         rf"-----BEGIN OpenVPN Static key V1-----{_NL}(?:[0-9a-fA-F]{{32}}{_NL}){{16}}-----END OpenVPN Static key V1-----",
         category="secret"),
    Rule("cookie_table_session", "session_cookie",  # devtools: sessionid <tab> value <tab> .example.com <tab> /
         rf"\b(?i:{_SESSION_NAMES})(?:\t|[ ]{{2,8}})(?P<v>[A-Za-z0-9%._~+/=-]{{16,256}})(?:\t|[ ]{{2,8}})"
         r"\.?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}(?:\t|[ ]{2,8})/", validate=v.secret, category="secret"),
)
