"""Text as the model would read it: what an injection hides behind before the detector looks.

``views`` folds a text (NFKC, HTML entities, look-alike letters inside mixed-script words,
digits standing for letters) and pulls out what a reader of the raw text would not see at a
glance: Unicode tag characters (invisible ASCII), zero-width characters, HTML comments,
CSS-hidden elements, and segments in base64, hex, URL encoding or rot13 that decode to text.
Every step is one pass over the text (linear cost); decoded segments are bounded in number.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote

ZERO_WIDTH = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]")
TAGS = re.compile("[\U000e0000-\U000e007f]+")
HTML_COMMENT = re.compile(r"<!--(.*?)(?:-->|$)", re.S)
CSS_HIDDEN = re.compile(
    r"<(\w+)[^>]*?(?:style\s*=\s*[\"'][^\"'>]*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.\d+)?(?:px|pt|em)?\s*[;\"']"
    r"|opacity\s*:\s*0(?:\.0+)?\s*[;\"']|color\s*:\s*(?:white|#fff(?:fff)?|transparent|rgba\([^)]*,\s*0\))|left\s*:\s*-\d{3,}|height\s*:\s*0)"
    r"|\shidden(?=[\s>])|aria-hidden\s*=\s*[\"']true)[^>]*>(.*?)</\1\s*>",
    re.I | re.S,
)
BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?(?![A-Za-z0-9+/=])")
HEX = re.compile(r"(?<![0-9A-Fa-f])(?:(?:0x)?[0-9A-Fa-f]{2}[\s:]?){12,}(?![0-9A-Fa-f])")
URL_ENCODED = re.compile(r"(?:[^%\s]{0,20}%[0-9A-Fa-f]{2}){4,}[^%\s]*")
ROT13_HINT = re.compile(r"rot-?13|caesar|rotated by 13", re.I)

MAX_DECODED = 16
"""Decoded segments kept per text: enough for a payload, never a cost that grows faster than the text."""

# Latin look-alikes among Cyrillic and Greek letters, folded only inside words that mix scripts.
_CONFUSABLE = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ν": "v", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ɡ": "g", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "Ι": "I", "Ο": "O",
})
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_MIXED_WORD = re.compile(r"\w*[a-zA-Z]\w*[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0250-\u02af]\w*|\w*[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0250-\u02af]\w*[a-zA-Z]\w*")
_LEET_WORD = re.compile(r"(?<![\w@.-])(?=\w*[a-z])(?=\w*[013457])[a-z013457]{4,}(?![\w@.-])")


@dataclass(slots=True)
class Views:
    """The folded text, and what was hidden or encoded in it."""

    text: str
    """NFKC, entities unescaped, zero-width removed, look-alikes folded, lower case."""
    hidden: list[tuple[str, str]] = field(default_factory=list)
    """(how, text): text a human reader would not see (tag characters, HTML comments, CSS-hidden elements)."""
    decoded: list[tuple[str, str]] = field(default_factory=list)
    """(encoding, text): segments that decode to readable text."""
    zero_width: int = 0
    """How many zero-width or bidirectional-control characters were removed."""


def views(raw: str) -> Views:
    hidden: list[tuple[str, str]] = []
    if TAGS.search(raw):
        for m in TAGS.finditer(raw):
            decoded = "".join(chr(ord(c) - 0xE0000) for c in m.group(0) if 0x20 <= ord(c) - 0xE0000 < 0x7F)
            if decoded.strip():
                hidden.append(("tag-characters", decoded.lower()))
        raw = TAGS.sub("", raw)
    text, zero_width = ZERO_WIDTH.subn("", raw)
    text = unicodedata.normalize("NFKC", text)
    if "&" in text:
        text = html.unescape(text)
    if _has_mixed_script(text):
        text = _MIXED_WORD.sub(lambda m: m.group(0).translate(_CONFUSABLE), text)
    low = text.lower()
    if "<!--" in low:
        hidden += [("html-comment", m.group(1)) for m in HTML_COMMENT.finditer(low) if m.group(1).strip()]
    if "<" in low and ("style" in low or "hidden" in low):
        hidden += [("css-hidden", m.group(2)) for m in CSS_HIDDEN.finditer(low) if m.group(2).strip()]
    found = Views(text=_respelled(_unleet(low)), hidden=hidden, zero_width=zero_width)
    found.decoded = _decoded(text, low)
    return found


def _has_mixed_script(text: str) -> bool:
    return any("\u0370" <= c <= "\u052f" or "\u0250" <= c <= "\u02af" for c in text) and any("a" <= c <= "z" for c in text.lower())


def _unleet(low: str) -> str:
    """``1gn0re pr3vious`` -> ``ignore previous``: a word mixing letters with digits that reads as a keyword with the
    digits as letters (never an address, host or identifier that merely contains digits)."""
    if not any(c in low for c in "013457"):
        return low

    def fix(m: re.Match) -> str:
        word = m.group(0).translate(_LEET)
        return word if word in _NEAR else m.group(0)

    return _LEET_WORD.sub(fix, low)


KEYWORDS = (
    "ignore", "disregard", "previous", "instructions", "instruction", "forget", "password", "passwords", "credentials", "assistant",
    "system", "prompt", "override", "secret", "secrets", "execute", "upload", "forward", "important", "attention", "administrator",
)
"""Words an injection misspells to slip past a phrase list; a word one edit away from one of them is read as it."""


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_NEAR: dict[str, str] = {}
for _word in KEYWORDS:
    for _variant in _deletes(_word) | {_word}:
        _NEAR.setdefault(_variant, _word)
_WORD = re.compile(r"\b[a-z]{5,14}\b")
_VOCABULARY = frozenset(KEYWORDS) | {"ignored", "ignores", "signore", "systems", "prompts", "secrets", "forgets", "forwards", "passport", "assistants"}


def _respelled(low: str) -> str:
    """``ignroe all previuos instrucitons`` -> ``ignore all previous instructions`` (one insertion, deletion or swap away:
    a symmetric-delete lookup, a handful of dictionary probes per word)."""

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if word in _VOCABULARY:
            return word
        for probe in (word, *_deletes(word)):
            hit = _NEAR.get(probe)
            if hit and abs(len(hit) - len(word)) <= 1:
                return hit
        return word

    return _WORD.sub(fix, low)


def _decoded(text: str, low: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in BASE64.finditer(text):
        if len(out) >= MAX_DECODED:
            break
        segment = m.group(0)
        if segment.isalpha() or segment.isdigit():
            continue
        try:
            plain = base64.b64decode(segment + "=" * (-len(segment) % 4), validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if _readable(plain):
            out.append(("base64", plain.lower()))
    for m in HEX.finditer(text):
        if len(out) >= MAX_DECODED:
            break
        digits = re.sub(r"0x|[\s:]", "", m.group(0))
        try:
            plain = bytes.fromhex(digits[: len(digits) // 2 * 2]).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _readable(plain):
            out.append(("hex", plain.lower()))
    if "%" in text:
        for m in URL_ENCODED.finditer(text):
            if len(out) >= MAX_DECODED:
                break
            plain = unquote(m.group(0))
            if plain != m.group(0) and _readable(plain):
                out.append(("url-encoding", plain.lower()))
    rotated = codecs.encode(low, "rot13")
    if ROT13_HINT.search(low) or _englishness(rotated) > _englishness(low) + 2:
        out.append(("rot13", rotated))
    return out


_ENGLISH = re.compile(r"\b(the|and|you|to|of|your|all|is|this|are|with|for|that|please|instructions|ignore|send)\b")


def _englishness(text: str) -> int:
    """Common English words per 100 words: rot13 of English is English, rot13 of anything else is not."""
    words = text.count(" ") + 1
    if words < 4:
        return 0
    return len(_ENGLISH.findall(text[:4000])) * 100 // min(words, 700)


def _readable(plain: str) -> bool:
    """Decoded bytes that look like words, not binary or an identifier that happened to decode."""
    if len(plain) < 8:
        return False
    printable = sum(c.isprintable() or c in "\n\t" for c in plain)
    letters = sum(c.isalpha() for c in plain)
    return printable / len(plain) > 0.95 and letters / len(plain) > 0.5 and (" " in plain or len(plain) < 24)
