"""ICAO 9303 machine-readable zones, masked whole (issue 16, pass 35m).

The zone at the foot of a passport's photo page, a visa or an identity card's back holds the holder's name, document
number, nationality, birth date and expiry: all of it is the person's, so the span is the whole zone: both 44-character
lines of a passport (TD3) or an MRV-A visa, both 36-character lines of a TD2 card or an MRV-B visa, the three
30-character lines of a TD1 card. Each layout opens with its document code and a filler (``P<``, ``V<``, ``I<``,
``A<``, ``C<``: the hit search's keyword) and is confirmed by its 7-3-1 check digits: the number's, the birth
date's and the expiry's, and the composite one where the layout has it (visas have none).

ICAO's published specimens stay (test fixtures, documentation): the issuer Utopia (``UTO``) and the specimen holders
ICAO and Germany print (``ERIKSSON<<ANNA<MARIA``, ``MUSTERMANN``). Pass 34r's rule, withdrawn, masked only the line
with the number, which left the name in clear and matched none of the labelled zones.
"""

from __future__ import annotations

import re

from .engine import Rule

_NL = r"(?:\r?\n|\\n)"
_END = r"(?:[^A-Z0-9<]|$)"
_DATES = r"\d{6}\d[MFX<]\d{6}\d"
"""Birth date and its check, sex, expiry and its check."""


def _check(field: str) -> int:
    return sum((0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55) * (7, 3, 1)[i % 3]
               for i, c in enumerate(field)) % 10


def _holds(field: str, digit: str) -> bool:
    return digit.isdigit() and _check(field) == int(digit)


def _date(field: str) -> bool:
    return field.isdigit() and 1 <= int(field[2:4]) <= 12 and 1 <= int(field[4:6]) <= 31


_SPECIMEN = re.compile(r"UTO|ERIKSSON<<ANNA|MUSTERMANN|SPECIMEN|SPECIMAN")


def _specimen(lines: list[str]) -> bool:
    return lines[0][2:5] == "UTO" or any(_SPECIMEN.search(line) for line in lines)


def _number_and_dates(line: str) -> bool:
    """The number (not all fillers) and its check, the birth date, the expiry and their checks, as TD3, TD2 and
    visas write them on the line after the name."""
    return (line[:9].strip("<") != "" and _holds(line[0:9], line[9]) and _date(line[13:19]) and _holds(line[13:19], line[19])
            and _date(line[21:27]) and _holds(line[21:27], line[27]))


def _lines(value: str) -> list[str]:
    return re.split(r"\r?\n|\\n", value)


def two_line_zone(value: str) -> int:
    """A TD3 passport, an MRV visa or a TD2 card: number and dates checked, and the composite check of passports
    and cards."""
    lines = _lines(value)
    if len(lines) != 2 or len(lines[0]) != len(lines[1]) or _specimen(lines):
        return 0
    first, second = lines
    if not _number_and_dates(second):
        return 0
    if first[0] == "V":
        return len(value)
    if len(second) == 44:
        return len(value) if _holds(second[0:10] + second[13:20] + second[21:43], second[43]) else 0
    return len(value) if _holds(second[0:10] + second[13:20] + second[21:35], second[35]) else 0


def td1_zone(value: str) -> int:
    """A TD1 identity card: the number on the first line, the dates on the second, the composite check over both."""
    lines = _lines(value)
    if len(lines) != 3 or _specimen(lines):
        return 0
    first, second, _ = lines
    if first[5:14].strip("<") == "" or not _holds(first[5:14], first[14]):
        return 0
    if not (_date(second[0:6]) and _holds(second[0:6], second[6]) and _date(second[8:14]) and _holds(second[8:14], second[14])):
        return 0
    return len(value) if _holds(first[5:30] + second[0:7] + second[8:15] + second[18:29], second[29]) else 0


RULES = (
    Rule("mrz_td3_or_visa", "mrz",  # P<UTOERIKSSON<<ANNA<MARIA<<<... / L898902C36UTO7408122F1204159ZE184226B<<<<<10
         rf"\b(?P<v>[PV]<[A-Z<]{{42}}{_NL}[A-Z0-9<]{{9}}\d[A-Z<]{{3}}{_DATES}[A-Z0-9<]{{16}}){_END}",
         validate=two_line_zone, category="pii"),
    Rule("mrz_td2", "mrz",
         rf"\b(?P<v>[IACV]<[A-Z<]{{34}}{_NL}[A-Z0-9<]{{9}}\d[A-Z<]{{3}}{_DATES}[A-Z0-9<]{{8}}){_END}",
         validate=two_line_zone, category="pii"),
    Rule("mrz_td1", "mrz",
         rf"\b(?P<v>[IAC]<[A-Z<]{{3}}[A-Z0-9<]{{25}}{_NL}{_DATES}[A-Z<]{{3}}[A-Z0-9<]{{12}}{_NL}[A-Z<]{{30}}){_END}",
         validate=td1_zone, category="pii"),
)
