"""Credentials after their variable's name in carriers the assignment rules did not read (issue 16, pass 34m).

A settings table in Markdown puts the name in one cell and the value in the next (``| SESSION_SECRET | `...` |``);
an answer listing values writes the name, an arrow and the value (``API_TOKEN → ...``, ``->``, ``⇒``); .NET
``<add key="..." value="..."/>`` settings name keys of every family (write keys, signing and encryption keys, a
vendor's name), not only passwords and tokens. The name must be a key-family name (``detectors._KEY_WORDS``) and the
value must look random (``validators.secret``): a placeholder, a reference, a word, a URL or an identifier's name
(``TOKEN_ID``) is left alone. Each pattern starts at its literal (the cell's ``|``, the name's key word, ``key=``)
and ends within its value's 300 characters, so a stream holds back no more than the value.

Pass 35m: Rust wraps a string literal in a constructor before binding it (``let api_key = String::from("...")``,
``SecretString::new``, ``Zeroizing::new``), with or without a type (``let key: &str = "..."``).
"""

from __future__ import annotations

import re

from . import validators as v
from .engine import WIDE_CONTEXT, Rule

_NAME_TAIL = r"(?:[_.:-]?[A-Za-z0-9]{1,20}){0,3}"
_LEAD = re.compile(r"^[|\s`]*")


def _not_a_secrets_name(before: str, head: str) -> bool:
    """The name in a row or before an arrow names an id or a public key, or sits in an ARN (as the assignment rules
    judge it), once the cell's bar and backtick before it are set aside."""
    return v.names_an_id_or_in_an_arn(before, _LEAD.sub("", head))


def rules(key_words: str) -> tuple[Rule, ...]:
    name = rf"[A-Za-z0-9_.-]{{0,40}}?{key_words}{_NAME_TAIL}"
    return (
        Rule("credential_table_row_code", "credential",  # | DJANGO_SECRET_KEY | `...` |: quoted by backticks, the
             rf"\|[ \t]{{0,3}}`?{name}`?[ \t]{{0,3}}\|[ \t]{{0,3}}`(?P<v>[^`\r\n]{{8,300}})`[ \t]{{0,3}}(?:\||\r?\n|$)",
             validate=v.secret_quoted, category="secret", refuse_context=_not_a_secrets_name,  # value's symbols its own
             context_chars=WIDE_CONTEXT),
        Rule("credential_table_row", "credential",  # | API_TOKEN | ... |: the value in the cell after its name's
             rf"\|[ \t]{{0,3}}`?{name}`?[ \t]{{0,3}}\|[ \t]{{0,3}}(?P<v>[^\s|`\"'<>]{{8,300}})[ \t]{{0,3}}(?:\||\r?\n|$)",
             validate=v.secret, category="secret", refuse_context=_not_a_secrets_name, context_chars=WIDE_CONTEXT),
        Rule("credential_arrow", "credential",  # `API_TOKEN` → ..., NAME -> ..., NAME ⇒ `...`
             rf"\b{name}`?[ \t]{{0,3}}(?:→|->|⇒|⟶|➜)[ \t]{{0,3}}`?(?P<v>[^\s|`\"'<>]{{8,300}})`?(?:[\s.,;)]|$)",
             validate=v.secret, category="secret", refuse_context=_not_a_secrets_name, context_chars=WIDE_CONTEXT),
        Rule("credential_rust_constructor", "credential",  # let api_key = String::from("...");
             rf"\blet[ \t]{{1,3}}(?:mut[ \t]{{1,3}})?{name}(?:[ \t]{{0,3}}:[ \t]{{0,3}}&?(?:'static[ \t]{{1,3}})?[A-Za-z]{{3,16}})?"
             rf"[ \t]{{0,3}}=[ \t]{{0,3}}(?:[A-Za-z]{{3,16}}::(?:from|new)\([ \t]{{0,3}})?\"(?P<v>[^\"\\\r\n]{{8,300}})\"",
             validate=v.secret_quoted, category="secret", refuse_context=_not_a_secrets_name, context_chars=WIDE_CONTEXT),
        *(Rule(f"xml_add_key{suffix}", "credential",  # <add key="Segment.WriteKey" value="..."/>
               rf"\b(?i:key)[ \t]{{0,3}}=[ \t]{{0,3}}{quote}{name}{quote}[ \t]{{1,3}}(?i:value)[ \t]{{0,3}}=[ \t]{{0,3}}{quote}"
               rf"(?P<v>[^{quote}\r\n\\]{{8,300}}){quote}",
               validate=v.secret_quoted, category="secret")
          for suffix, quote in (("_double_quoted", "\""), ("_single_quoted", "'"))),
    )
