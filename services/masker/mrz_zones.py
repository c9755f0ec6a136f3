"""ICAO 9303 machine-readable zones (issue 16, thirty-fourth pass): the lines at the foot of a passport's photo page,
an identity card's back or a visa, found by their document code and layout and confirmed by their 7-3-1 check digits.

Each zone opens with a literal document code at a word boundary (``P`` for passports, ``I``/``A``/``C`` for cards, ``V``
for visas, then a type letter or ``<``) and a three-letter issuer, and its first line has the fixed width of its
layout: TD3 and MRV-A 44, TD2 and MRV-B 36, TD1 30. The next line follows after a short break (a newline, a log line's
prefix, a JSON string's end and the next one's start, a space). Masked is the line holding the document number: the
second (number, nationality, birth date, expiry) of TD3, TD2 and visas, the first of TD1; it counts only when the
checks of the number, the birth date and the expiry hold, and the composite check where the layout has one (visas have
none). The document code is the keyword: a rule for these lines without one (pass 33i's) held back every capital
letter and space of a stream; with it a stream holds back only what may still open a zone. A match is bounded (two
lines and at most 68 characters between them).
"""

from __future__ import annotations

import string

from .engine import Rule

_SECOND = "<" + string.ascii_uppercase


def _codes(firsts: str) -> str:
    """Document codes as literal alternatives (``P<``, ``PD``...): the hit search's keywords."""
    return "|".join(first + second for first in firsts for second in _SECOND)


_BETWEEN = r"[^A-Z0-9<]{1,4}[^\r\n<]{0,64}?"
"""What separates two lines: a newline, a quote and comma, a log line's prefix, a table's bars."""
_END = r"(?:[^A-Z0-9<]|$)"
_DATES = r"\d{7}[MFX<]\d{7}"
"""Birth date and its check, sex, expiry and its check."""
_NUMBERED = r"[A-Z0-9<]{9}\d[A-Z<]{3}" + _DATES
"""The second line of TD3, TD2 and visas up to the expiry's check: number and check, nationality, the dates."""


def _value(c: str) -> int:
    return 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55


def _holds(field: str, digit: str) -> bool:
    """The 7-3-1 check: weights 7, 3, 1 repeated, ``<`` counts 0, letters 10 to 35."""
    return digit.isdigit() and sum(_value(c) * w for c, w in zip(field, (7, 3, 1) * 15, strict=False)) % 10 == int(digit)


def _date(field: str) -> bool:
    return field.isdigit() and 1 <= int(field[2:4]) <= 12 and 1 <= int(field[4:6]) <= 31


def _number_and_dates(line: str) -> bool:
    """The checks a TD3, TD2 or visa second line opens with: the number (not all fillers), birth date, expiry."""
    return (line[:9].strip("<") != "" and _holds(line[0:9], line[9]) and _date(line[13:19]) and _holds(line[13:19], line[19])
            and _date(line[21:27]) and _holds(line[21:27], line[27]))


def td3_line(value: str) -> int:
    """A passport's second line: the number, dates, personal number (``<`` when it is all fillers), composite."""
    personal = value[28:42]
    return len(value) if (len(value) == 44 and _number_and_dates(value)
                          and (_holds(personal, value[42]) or (value[42] == "<" and set(personal) == {"<"}))
                          and _holds(value[0:10] + value[13:20] + value[21:43], value[43])) else 0


def td2_line(value: str) -> int:
    """A TD2 card's second line: the number, dates and the composite over them and the optional data."""
    return len(value) if (len(value) == 36 and _number_and_dates(value)
                          and _holds(value[0:10] + value[13:20] + value[21:35], value[35])) else 0


def visa_line(value: str) -> int:
    """A visa's second line (MRV-A 44, MRV-B 36): the number and dates; visas carry no composite check."""
    return len(value) if len(value) in (44, 36) and _number_and_dates(value) else 0


def td1_lines(value: str) -> int:
    """An identity card's first and second lines (what lies between them aside): the number's check (a number over
    nine characters runs on into the optional data, its check digit last there), the dates' and the composite over
    both lines. Only the first line, which holds the number, is kept: the break may be a JSON string's end."""
    first, second = value[:30], value[-30:]
    number, digit = first[5:14], first[14]
    if digit == "<":
        rest = first[15:30].rstrip("<")
        number, digit = number + rest[:-1], rest[-1:]
    return 30 if (number.strip("<") != "" and _holds(number, digit) and _date(second[0:6]) and _holds(second[0:6], second[6])
                  and _date(second[8:14]) and _holds(second[8:14], second[14])
                  and _holds(first[5:30] + second[0:7] + second[8:15] + second[18:29], second[29])) else 0


def _line(issuer_and_rest: int) -> str:
    """A first line's issuer and the rest of its width, one class per character: an opened count (``syntax``'s loose
    form, which a stream's liveness search is built from) would keep any capitalised word that opens like a code
    ('INFO', 'PASSWORD') in progress until the next line has passed; spelt out, the word's end settles it."""
    return "[A-Z<]" * 3 + "[A-Z0-9<]" * (issuer_and_rest - 3)


def _two_lines(codes: str, width: int, second: str) -> str:
    """A zone whose first line (``width`` characters from its code) is followed by ``second``, the value."""
    return rf"\b(?:{codes}){_line(width - 2)}{_BETWEEN}(?P<v>{second}){_END}"


RULES = (
    Rule("mrz_td3", "passport", _two_lines(_codes("P"), 44, _NUMBERED + r"[A-Z0-9<]{14}[0-9<]\d"),
         validate=td3_line, category="pii"),
    Rule("mrz_td2", "passport", _two_lines(_codes("IAC"), 36, _NUMBERED + r"[A-Z0-9<]{7}\d"),
         validate=td2_line, category="pii"),
    Rule("mrz_visa", "passport", _two_lines(_codes("V"), 44, _NUMBERED + r"[A-Z0-9<]{16}"),
         validate=visa_line, category="pii"),
    Rule("mrz_visa_b", "passport", _two_lines(_codes("V"), 36, _NUMBERED + r"[A-Z0-9<]{8}"),
         validate=visa_line, category="pii"),
    Rule("mrz_td1", "passport",
         rf"\b(?P<v>(?:{_codes('IAC')}){_line(28)}{_BETWEEN}"
         rf"{_DATES}[A-Z<]{{3}}[A-Z0-9<]{{11}}\d){_END}",
         validate=td1_lines, category="pii"),
)
