"""The thirty-fourth pass's machine-readable zones (``services/masker/mrz_zones.py``), pinned: TD3, TD2, visa and TD1
zones opening with their document code, in several carriers, masked on the line holding the document number when
their 7-3-1 checks hold; the same zones with one check wrong, filler lines, base32, generics and name lines left
alone; and a stream holds back no more than what may still open a zone. Whole and streamed in 7-character deltas
alike; ``dev_pass34r.jsonl`` is measured by bench/masker_eval.py, its holdout never read here.
"""

import pytest

from services.masker import MaskerPolicy, StreamMasker, compile_policy
from tests.test_masker_formats import masked_values


def check(field: str) -> str:
    values = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55 for c in field]
    return str(sum(v * w for v, w in zip(values, [7, 3, 1] * 15, strict=False)) % 10)


def dates(born="740812", until="310301", sex="F"):
    return f"{born}{check(born)}{sex}{until}{check(until)}"


def td3(number="C01X00T47", personal="<" * 14, code="P<"):
    body = f"{number}{check(number)}DEU{dates('740812', '320211')}{personal}"
    body += "<" if set(personal) == {"<"} else check(personal)
    return (f"{code}D<<MUSTERMANN<<ERIKA" + "<" * 44)[:44], body + check(body[0:10] + body[13:20] + body[21:43])


def td2(number="T22000129", code="I<"):
    body = f"{number}{check(number)}UTO{dates()}<<<<<<<"
    return (f"{code}UTOERIKSSON<<ANNA<MARIA" + "<" * 36)[:36], body + check(body[0:10] + body[13:20] + body[21:35])


def visa(width=44):
    body = f"L8988901C{check('L8988901C')}XXX{dates('400907', '961210')}" + "<" * (width - 28)
    return ("V<UTOERIKSSON<<ANNA<MARIA" + "<" * 44)[:width], body


def td1(number="D23145890", code="I<"):
    line1 = f"{code}UTO{number}{check(number)}" + "<" * 15
    line2 = f"{dates('740812', '120415')}UTO" + "<" * 11
    line2 += check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return line1, line2, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"


def carriers(lines):
    joined = "\n".join(lines)
    return [joined, f"Scan of the photo page:\n```\n{joined}\n```\nis it readable?",
            "\n".join(f"2025-03-11 14:12:0{i} INFO ocr.mrz line={i + 1} text={line}" for i, line in enumerate(lines)),
            "{" + ", ".join(f'"line{i + 1}": "{line}"' for i, line in enumerate(lines)) + "}",
            '{"ocr": "' + "\\n".join(lines) + '"}', "OCR: " + " ".join(lines)]


ZONES = [(td3(), 1), (td3(personal="ZE184226B<<<<<", code="PD"), 1), (td2(), 1), (td2(code="AC"), 1), (visa(), 1),
         (visa(36), 1), (td1(), 0), (td1(code="ID"), 0)]


@pytest.mark.parametrize("zone, held", ZONES)
def test_the_line_holding_the_number_is_masked(zone, held):
    for text in carriers(zone):
        assert masked_values(text) == [zone[held]], text


def broken(line: str, at: int) -> str:
    return line[:at] + str((int(line[at]) + 1) % 10) + line[at + 1:]


@pytest.mark.parametrize("zone", [
    (td3()[0], broken(td3()[1], 9)), (td3()[0], broken(td3()[1], 19)), (td3()[0], broken(td3()[1], 27)),
    (td3()[0], broken(td3()[1], 43)), (td2()[0], broken(td2()[1], 35)), (visa()[0], broken(visa()[1], 19)),
    (broken(td1()[0], 14), *td1()[1:]), (td1()[0], broken(td1()[1], 29), td1()[2]),
    ("<" * 44, td3()[1]), ("X" + td3()[0][1:], td3()[1]),
])
def test_a_zone_failing_a_check_or_without_its_code_is_left(zone):
    for text in carriers(zone):
        assert masked_values(text) == [], text


@pytest.mark.parametrize("text", [
    "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nP<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "IDJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEH\nP<JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEH",
    "template <typename T> using P = std::unique_ptr<P<T>>; Map<ID<USER>, List<AC<ROLE>>> grants;",
    "Holder as printed: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "Layout: P<XXX" + "X" * 39 + "\n" + "X" * 9 + "9XXX9999999X9999999" + "X" * 14 + "99",
])
def test_the_look_alike_is_left(text):
    assert masked_values(text) == []


def test_a_stream_holds_back_only_what_may_still_open_a_zone():
    """The document code is the rules' keyword: capitals and spaces of ordinary text are released at once (pass
    33i's rules without one held every capital letter and space), a possible zone until it is decided."""
    masker = StreamMasker(compile_policy(MaskerPolicy()), b"k")
    released = "".join(masker.feed(c)[0] for c in "THE API IS DOWN. PLEASE CHECK THE INCIDENT PAGE, VPN AND ACCESS LIST. ")
    assert released == "THE API IS DOWN. PLEASE CHECK THE INCIDENT PAGE, VPN AND ACCESS LIST. "
    line1, line2 = td3()
    released = masker.feed(line1 + "\n")[0] + masker.feed(line2[:20])[0]
    assert "P<" not in released
    out = released + masker.feed(line2[20:] + "\n")[0] + masker.flush()[0]
    assert line2 not in out and line1 in out
