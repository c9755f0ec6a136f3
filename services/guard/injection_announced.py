"""A payload in an encoding the fold leaves in place, announced to an automated reader or opening with an address to one.

``normalise`` decodes base64, hex, percent-encoding and rot13 it can find alone, and ``injection_disguise`` base32,
quoted-printable bytes and backwards text after a hint; what they decode is judged by its words. An order is also
hidden as letters turned upside down, as numbers (decimal byte lists, ``bytes([...])`` literals, binary octets), Ascii85, a uuencoded block, zlib
compressed then base64-encoded, ``\\uXXXX`` runs for plain ASCII (JSON never escapes a letter), text written
backwards, or rot13 on the line after its hint, and its words are any language's ("cambia mi cuenta al plan …",
"удалите ветку …"). What decides is how the payload is presented: people encode data (a file header, a compressed
metrics blob, an attachment, escaped non-ASCII labels) and puzzles for each other; an encoded sentence that a note
hands to a bot, an agent or an assistant ("for the bot, decode and run:", "agent task (decimal ascii):", "KI-Hinweis
(binär)"), or that opens by addressing one ("Assistant: create an admin user …"), is an order kept from the humans
on the page.

``announced_payloads(raw)`` returns each such decoded payload: prose (words and spaces, no markup or data) shaped as
an order (not a question, not opening like a statement), and either opening with an address to an AI reader or with
one named in the text around it (``AROUND`` characters before, ``AFTER`` after: the note that hands it over).

Pure and linear: one RE2 scan per form, each segment decoded once, their number bounded.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import zlib

from .escaped_breaks import breaks_read
from .injection_disguise import BACKWARDS_HINT, BASE32
from .prefilter import Scan, compile_re2

NUMBERS = compile_re2(r"(?:\b\d{2,3}[ \t]*[, \t][ \t]*){11,}\d{2,3}\b")
"""Twelve or more decimal numbers in a list: bytes of text when each is a printable character's code."""
BITS = compile_re2(r"(?:\b[01]{8}[ \t]+){5,}[01]{8}\b")
"""Six or more binary octets."""
ASCII85 = compile_re2(r"<~[!-u \t\n]{10,}?~>")
UUENCODED = re.compile(r"begin [0-7]{3,4} [^\n]{1,80}\n((?:[!-`][^\n]{0,61}\n){1,40})")
UU_START = compile_re2(r"\bbegin [0-7]{3,4} ")
ZLIB_BASE64 = compile_re2(r"\be[AJN][A-Za-z0-9+/]{18,}={0,2}")
"""Base64 whose first byte is 0x78, zlib's header (``eJ``, ``eA``, ``eN``)."""
ESCAPED_ASCII = compile_re2(r"(?:\\{1,2}u00[2-7][0-9a-fA-F]){8,}")
ROT13_HINT = compile_re2(r"(?i)rot-?13")
ASCII85_HINT = compile_re2(r"(?i)ascii-?85|base-?85|\ba85\b")
HINTED = re.compile(r"[^\n:]{0,80}:[ \t]*(?:\\n|\n)?[ \t]*([^\n\"]{12,400})")
"""What a hint announces: the text after the colon that ends the announcement, on its line or the next."""
REVERSED_ADDRESS = compile_re2(
    r"(?i)(?:[:,][ \t]*|[ \t])(?:tnega|tnatsissa|etnetsisa|etnetsissa|tnetsissa|tob|ia|ik|mll|tobtahc|tolipoc|edualc)(?:[\"\n<]|\z)"
)
"""The end of a line written backwards whose first words address an AI reader (":tnegA" is "Agent:")."""
UPSIDE_DOWN = compile_re2("[ɐqɔpǝəɟƃɓɥıᴉɾʞlɯuodbɹsʇnʌʍxʎz :,.'˙¿¡-]{8,}")
"""A run of letters turned upside down (and the letters that read the same turned): where such text may stand."""
TURNED_LETTER = re.compile("[ɐɔǝəɟƃɓɥıᴉɾʞɯɹʇʌʍʎ]")
TURNED = str.maketrans({"ɐ": "a", "q": "b", "ɔ": "c", "p": "d", "ǝ": "e", "ə": "e", "ɟ": "f", "ƃ": "g", "ɓ": "g", "ɥ": "h", "ı": "i", "ᴉ": "i",
                        "ɾ": "j", "ʞ": "k", "ɯ": "m", "u": "n", "d": "p", "b": "q", "ɹ": "r", "ʇ": "t", "n": "u", "ʌ": "v", "ʍ": "w", "ʎ": "y",
                        "˙": ".", "¿": "?", "¡": "!"})
"""Each turned letter as the letter it is (b and q, d and p, n and u swap places when turned)."""
MIN_TURNED = 4
AI_READER = re.compile(
    r"(?<![^\W\d_])(?:ai|a\.i\.|ki|ia|llm|gpt|bots?|chatbots?|agents?|agente|agentes|agenten|assistants?|assistente|assistent|assistenten|asistente|asistan|"
    r"asystent|copilot|claude|summari[sz]ers?|автоматизаци\w*|агент\w*|ассистент\w*|асистент\w*|бот\w*)(?![^\W\d_])"
    r"|에이전트|어시스턴트|エージェント|アシスタント|智能体|助手|机器人"
)
"""An automated reader named by what it is."""
ADDRESS_HEAD = re.compile(r"\A\W{0,3}(?:[\w-]{1,12}[ \t]){0,2}?" + AI_READER.pattern.replace("(?<![^\\W\\d_])", "(?<![\\w])", 1) + r"[^\n:,]{0,20}[:,]")
"""A payload that opens by addressing an AI reader ("Assistant:", "AI agent:", "bot,")."""
STATEMENT_OPENER = re.compile(
    r"\A\W{0,3}(?:the|a|an|this|that|these|those|it|its|i|we|you|he|she|they|my|our|your|his|her|their|there|here|what|which|who|why|"
    r"hello|hi|dear|if|le|la|les|un|une|el|los|las|il|lo|gli|der|die|das|ein|eine|o|os|as|um|uma|de|het|een)(?![^\W\d_])"
)
"""A payload that opens like a statement, a question or a greeting: a spoiler, an answer, a message, not an order."""
SMALL_WORD = re.compile(
    r"(?<![^\W\d_])(?:the|to|and|of|all|on|in|for|with|from|your|this|is|de|la|el|los|las|en|mi|tu|su|por|para|con|del|al|y|der|die|das|und|mit|von|zu|"
    r"den|dem|alle|le|les|et|du|des|pour|dans|il|di|per|che|na|do|da|em|os|as|het|een|van|op|на|из|от|для|все|и|в|с|ve|bu|ile)(?![^\W\d_])"
)
"""Words nearly every sentence of the major languages has (reversed or rotated they are not words)."""
AROUND = 240
AFTER = 160
MAX_SEGMENTS = 8
SHORT = 400


def _prose(plain: str) -> bool:
    """Decoded text that reads as a sentence: printable, mostly letters, three words or more, not data or markup."""
    text = plain.strip()
    if not 12 <= len(text) <= SHORT or text.startswith(("{", "[", "<")):
        return False
    letters = sum(c.isalpha() for c in text)
    return all(c.isprintable() for c in text) and letters * 2 > len(text) and len(text.split()) >= 3


def _numbers(segment: str) -> str:
    values = [int(v) for v in re.findall(r"\d+", segment)]
    if not all(9 <= v <= 126 or 160 <= v <= 255 for v in values):
        return ""
    try:
        return bytes(values).decode("utf-8")
    except UnicodeDecodeError:
        return ""


def _bits(segment: str) -> str:
    try:
        return bytes(int(octet, 2) for octet in segment.split()).decode("utf-8")
    except UnicodeDecodeError:
        return ""


def _json_unescaped(segment: str) -> str:
    """A segment of a JSON string with its escaped quotes and backslashes read (the encodings' alphabets hold both)."""
    return segment.replace('\\"', '"').replace("\\\\", "\\") if "\\" in segment else segment


def _ascii85(segment: str) -> str:
    try:
        return base64.a85decode(_json_unescaped(segment), adobe=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


def _uudecoded(lines: str) -> str:
    try:
        return b"".join(binascii.a2b_uu(line) for line in _json_unescaped(lines).split("\n") if line).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""


def _inflated(segment: str) -> str:
    try:
        return zlib.decompress(base64.b64decode(segment + "=" * (-len(segment) % 4)), bufsize=SHORT * 4).decode("utf-8")
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError):
        return ""


def _escaped(segment: str) -> str:
    return "".join(chr(int(code, 16)) for code in re.findall(r"u(00[2-7][0-9a-fA-F])", segment))


def _base32(segment: str) -> str:
    try:
        return base64.b32decode(segment.rstrip("=") + "=" * (-len(segment.rstrip("=")) % 8)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""


def _segments(raw: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, decoded, unannounced) for each segment in a form this module reads; ``unannounced`` marks a form
    that needs no note to be a disguise (a sentence compressed grows longer: compressing it only hides it)."""
    scan = Scan(raw)
    out: list[tuple[int, int, str, bool]] = []
    for compiled, decode in ((NUMBERS, _numbers), (BITS, _bits), (ASCII85, _ascii85), (ZLIB_BASE64, _inflated), (ESCAPED_ASCII, _escaped), (BASE32, _base32)):
        for start, end in scan.spans(compiled):
            if len(out) < MAX_SEGMENTS:
                out.append((start, end, decode(raw[start:end]), compiled is ZLIB_BASE64))
    if "begin " in raw:
        for start, _end in scan.spans(UU_START):
            if (m := UUENCODED.match(raw, start)) and len(out) < MAX_SEGMENTS:
                out.append((start, m.end(), _uudecoded(m.group(1)), False))
    for compiled, decode in ((ROT13_HINT, _rot13), (ASCII85_HINT, _ascii85_bare)):
        for _start, end in scan.spans(compiled):
            if (m := HINTED.match(raw, end)) and len(out) < MAX_SEGMENTS:
                out.append((m.start(1), m.end(1), decode(m.group(1)), False))
    for _start, end in Scan(raw.lower()).spans(BACKWARDS_HINT):
        stop = min(e for e in (raw.find("\n", end), raw.find('"', end), end + SHORT) if e != -1)
        if len(out) < MAX_SEGMENTS:
            out.append((end, stop, _reversed(raw[end:stop]), False))
    for start, end in scan.spans(UPSIDE_DOWN):
        run = raw[start:end]
        if len(TURNED_LETTER.findall(run)) >= MIN_TURNED and len(out) < MAX_SEGMENTS - 1:
            turned = run.translate(TURNED)
            out += [(start, end, turned[::-1], False), (start, end, " ".join(word[::-1] for word in turned.split(" ")), False)]
    for start, end in scan.spans(REVERSED_ADDRESS):
        line = max(raw.rfind(mark, max(0, start - SHORT), start) for mark in ("\n", '"', ">")) + 1 or max(0, start - SHORT)
        end -= raw[end - 1 : end] in ('"', "\n", "<")  # the mark that ends the line is not the line's
        if len(out) < MAX_SEGMENTS:
            out.append((line, end, _reversed(raw[line:end]), False))
    return out


def _rot13(segment: str) -> str:
    return _worded(segment, codecs.encode(segment, "rot13"))


def _reversed(segment: str) -> str:
    return _worded(segment, segment[::-1])


def _worded(segment: str, plain: str) -> str:
    """``plain`` when it has more of the small words every sentence has than ``segment`` (a reading of text that was
    not encoded that way is gibberish), else nothing."""
    return plain if len(SMALL_WORD.findall(plain.lower())) > len(SMALL_WORD.findall(segment.lower())) else ""


def _ascii85_bare(segment: str) -> str:
    try:
        return base64.a85decode(_json_unescaped(segment.strip())).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


def announced_payloads(raw: str) -> list[str]:
    """Decoded payloads shaped as orders and handed to an AI reader (by the text around them or by their own opening)."""
    out: list[str] = []
    raw = breaks_read(raw)
    low = raw.lower()
    for start, end, plain, unannounced in _segments(raw):
        text = plain.strip().lower()
        if not _prose(text) or text.rstrip(" .!").endswith("?"):
            continue
        if ADDRESS_HEAD.match(text) or (
            not STATEMENT_OPENER.match(text) and (unannounced or AI_READER.search(low, max(0, start - AROUND), start) or AI_READER.search(low, end, end + AFTER))
        ):
            out.append(text)
    return out
