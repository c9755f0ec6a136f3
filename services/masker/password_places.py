"""Generic passwords the masker's thirty-third pass added (issue 16): places tools and languages put a password that
the rules in ``detectors`` did not reach.

Prose names a password in many languages and in inflected forms ('Lösenordet är ...', 'Wifi şifresi ...', 'הסיסמה
היא ...', 'รหัสผ่านคือ ...'), joined to its value by a copula of that language or a dash ('Пароль — ...'), with a few
words between ('Пароль від wifi: ...'): the value still needs letters with digits or symbols (``password_prose``), so
'Lösenordet är för kort' or 'Salasana on vanhentunut' stay. A user and password go together after 'creds'/'login'
(``admin:...``) or as 'user X pass Y'. Command lines: openssl's ``-pass pass:``/``-k``, zip's ``P`` in a flag group
(``-rP``), curl's ``-u`` with its user attached, mosquitto's ``-P``, cqlsh's ``-p``, schtasks' ``/rp``, and
``ConvertTo-SecureString`` with ``-String`` after its switches. Every match is bounded (about 150 characters after
its key word), so a stream holds back no more than the existing password rules make it.
"""

from __future__ import annotations

import re

from . import validators as v
from .engine import Rule

_ASCII_WORDS = (r"password|passwort|kennwort|mot de passe|mdp|contraseña|contrasena|contrasenya|clave|senha"
                r"|palavra-passe|parola d'ordine|wachtwoord|parool|passphrase|passcode|pwd|pw|lösenord|losenord"
                r"|lösenordet|losenordet|passord|passordet|adgangskode|adgangskoden|kodeord|kodeordet|salasana"
                r"|salasanani|salasanasi|salasanan|sifre|sifresi|parola|heslo|geslo|lozinka|kata sandi"
                r"|kata sandinya|sandi|sandinya|kata laluan|jelszo|nenosiri|slaptažodis|slaptazodis|parole|pasahitza")
"""Password words, their definite and possessive forms, whose first and last letters are ASCII (RE2's ``\\b``)."""
_UNICODE_WORDS = (r"[Hh]as[lł]o|[Jj]elszó|[Şş]ifre(?:si|niz|m)?|[Pp]arolası|[Пп]арол[ьяюе]|ПАРОЛЬ|パスワード|密[码碼]|비밀번호|ה?סיסמ[הא]"
                  r"|كلمة المرور|كلمة السر|رمز عبور|گذرواژه|[Mm]ật khẩu|[Pp]arolă|[Κκ]ωδικός|ΚΩΔΙΚΟΣ|पासवर्ड"
                  r"|รหัสผ่าน|[Лл]озинка|[Гг]асло|[Ll]ykilorð|পাসওয়ার্ড|கடவுச்சொல்|ពាក្យសម្ងាត់")
"""Words that start or end outside ASCII, matched without boundaries."""
_COPULA_SPACED = (r"is|was|is now|ist|lautet|est|es|é|è|er|är|on|je|to|jest|este|adalah|ialah|ni|ay|olarak|is nu"
                  r"|είναι|היא|הוא|هي|هو|است|है|là|е|—|–|-")
"""What joins a password word to its value between spaces: a copula of a language the words are of, or a dash."""
_COPULA_ATTACHED = r"[:：]|คือ|は|是|为|為|는|은|です"
"""What joins them with or without spaces: a colon (``=`` is code's and configs', which other rules read), and the
particles of Thai, Japanese, Chinese, Korean."""
_FILLER = r"(?:[ \t]{1,2}[^\s:=：—–\"'`]{1,14}){0,3}?"
"""Up to three words of any script between the word and its joint ('for the NAS', 'від wifi', 'del wifi')."""
_WIDE = "\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
"""Kana, ideographs, hangul, CJK and full-width punctuation: they end a value (``密码：Xk#83nVq!pL，请``), and a run of
password words with their colons (``密码：密码：…``) is no value, so a stream does not rescan one at every delta."""
_VALUE = rf"[\"'`«„“]?(?P<v>[^\s\"'`«»„“”&;,?={_WIDE}][^\s\"'`«»„“”{_WIDE}]{{5,63}})"
"""The value: not a query's next parameter (``password=&ssl=true``)."""

_KEYWORD_BEFORE = re.compile(r"(?i)palabra[ \t]{1,2}$|\b(?:sol|llave)[ \t]{1,2}$")
"""'palabra clave' is a keyword, not a password."""


def not_a_password_word(before: str, head: str) -> bool:
    """Is the password word part of a phrase meaning something else ('palabra clave': keyword)?"""
    return _KEYWORD_BEFORE.search(before) is not None


RULES_PROSE = (
    Rule("password_prose_world", "credential",  # "Lösenordet är ...", "Пароль — ...", "รหัสผ่านคือ ..."
         rf"(?:\b(?i:{_ASCII_WORDS})\b|{_UNICODE_WORDS})"
         rf"(?:{_FILLER}(?:[ \t]{{1,2}}(?:{_COPULA_SPACED})[ \t]{{1,3}}|[ \t]{{0,2}}(?:{_COPULA_ATTACHED})[ \t]{{0,3}})"
         r"|[ \t]{1,3})" + _VALUE,
         validate=v.password_prose, category="secret", refuse_context=not_a_password_word),
)

_USER = r"[A-Za-z][A-Za-z0-9_.@\\-]{0,39}"
"""A user name opens with a letter (``4687742099:AAw...`` is a Telegram bot token, not a user and password)."""
RULES_PAIRS = (
    Rule("credentials_user_colon_password", "credential",  # "creds: admin:Kq8...", "login admin:..."
         rf"\b(?i:credentials?|creds|logins?)[ \t]{{0,2}}[:=]?[ \t]{{1,3}}{_USER}:(?P<v>[^\s\"'`:]{{6,64}})",
         validate=v.password_prose, category="secret"),
    Rule("user_then_pass_words", "credential",  # "user admin pass Kq8...", "login ops, pw Kq8..."
         rf"\b(?i:user(?:name)?|login|usr)[ \t]{{0,2}}[:=]?[ \t]{{1,3}}{_USER}[ \t]{{0,2}}[,;/|]?[ \t]{{1,3}}"
         r"(?i:pass(?:word)?|pw|pwd)[ \t]{0,2}[:=]?[ \t]{1,3}" + _VALUE,
         validate=v.password_prose, category="secret"),
)

_FLAG = r"[^\r\n|;&]{0,120}?[ \t]"
_CLI = (rf"(?:\bopenssl\b{_FLAG}-(?:pass|password|passin|passout)[ \t]{{1,3}}pass:"  # the password after its source
        rf"|\bopenssl\b{_FLAG}-k[ \t]{{1,3}}"
        rf"|\b(?:zip|unzip|zipcloak)\b{_FLAG}-[A-Za-z0-9]{{1,6}}P[ \t]{{1,3}}"  # -rP: P ends a group of flags
        rf"|\bmosquitto_(?:pub|sub|rr)\b{_FLAG}-P[ \t]{{1,3}}"  # -p is its port
        rf"|\bcqlsh\b{_FLAG}(?:-p|--password)[ \t]{{1,3}}"
        rf"|\bschtasks\b{_FLAG}/(?:rp|RP|Rp)[ \t]{{1,3}}"
        r"|\bConvertTo-SecureString(?:[ \t]{1,3}-(?:AsPlainText|Force)){1,2}[ \t]{1,3}-String[ \t]{1,3})")
"""Tools whose password flag the ``cli_password`` rules do not know (openssl's ``-pass pass:`` and ``-k``, a ``P`` in
zip's flag group, mosquitto's ``-P``, cqlsh's ``-p``, schtasks' ``/rp``, ``ConvertTo-SecureString -AsPlainText
-String``)."""

RULES_CLI = (
    *(Rule(f"cli_password_more{suffix}", "credential", _CLI + value, validate=check, category="secret")
      for suffix, value, check in (
          ("_single_quoted", r"'(?P<v>[^'\r\n]{1,128})'", v.password_quoted),
          ("_double_quoted", r"\"(?P<v>[^\"\r\n\\]{1,128})\"", v.password_quoted),
          ("", r"(?P<v>[^\s\"'`|;&-](?:[^\s\"'`|;&]|[;&][^\s\"'`|;&]){2,126})", v.password))),
    Rule("curl_user_attached", "credential",  # curl -uadmin:Kq8...: the user attached to -u
         r"\bcurl\b" + _FLAG + r"-u[^\s:\"'@-][^\s:\"'@]{0,63}:(?P<v>[^\s\"'@]{3,128})",
         validate=v.url_password, category="secret"),
)
