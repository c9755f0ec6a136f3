"""Hostile text: runs that keep every detector busy stay linear, and a stream masks them as the whole does.

An agent (or a prompt injection) controls what the masker reads: long digit and
hex runs, endless almost-keys, unterminated key blocks, nested quotes. Each must
cost time proportional to its length (no quadratic re-search, no backtracking)
and never change what gets masked when it arrives in 7-character deltas.
"""

import time

import pytest

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker.policy import ALL_DETECTORS

KEY = b"hostile"
EVERYTHING = compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS)))
UNITS = {
    "digits": "1",
    "digit groups": "1234 ",
    "cards": "4111 1111 1111 1111 ",
    "ssn-like": "123-45-6789 ",
    "phone-like": "+1 (555) ",
    "hex": "deadbeef",
    "base64": "QUJDRGVm+/",
    "dotted numbers": "1.2.",
    "colons": ":",
    "ipv6-like": "fe80::",
    "at signs": "a@b.",
    "almost AWS": "AKIA",
    "almost GitHub": "ghp_",
    "almost JWT": "eyJhbGciOi.",
    "assignments": "password=",
    "open quotes": 'token="',
    "nested quotes": '"\'"\\"',
    "key names": 'api_key="x',
    "JSON escapes": "\\n\\u00e9\\\"",
    "unterminated PEM": "-----BEGIN RSA PRIVATE KEY-----\n",
    "unterminated PGP": "-----BEGIN PGP PRIVATE KEY BLOCK-----\\n",
    "accents": "é1",
    "password in prose": "the password is a1 ",
    "user / password pairs": "login admin / x1 ",
    "vendor key in prose": "twilio auth token ",
    "payment words": "send 1A",
    "wallet words": "wallet is 0x",
    "cut PEM lines": "-----BEGIN PRIVATE KEY-----\nQUJDRGVmQUJDRGVmQUJDRGVm\n",
    "SSH2 headers": "---- BEGIN SSH2 PRIVATE KEY ----\n",
    "XML settings": '<add key="DbPassword" value="',
    "CLI passwords": "mysql -u root -p",
    "id names": "PESEL 1",
    "passport names": "passport no. 12345",
    "password columns": "| password |\n| a!b ",
    "printed secrets": "$ echo $DB_PASSWORD\n",
    "CJK password words": "密码：a1，",
    "mailbox URL users": "smtp://a@b.io:",
    "wrapped cards": "card 4111 1111 1111\n",
    "A runs": "A",
    "call words": "llámame al 6",
}


def repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def cpu(fn) -> float:
    """This thread's CPU time, best of 3: other threads of the process (a gateway's, left by an earlier test in the
    same worker) must not count."""
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        fn()
        best = min(best, time.thread_time() - start)
    return best


@pytest.mark.parametrize("name", sorted(UNITS))
def test_pathological_runs_cost_linear_time(name):
    small, large = repeat(UNITS[name], 20_000), repeat(UNITS[name], 40_000)
    t_small = cpu(lambda: mask_text(small, EVERYTHING, KEY))
    t_large = cpu(lambda: mask_text(large, EVERYTHING, KEY))
    print(f"\n{name}: 20 KB {t_small * 1e3:.1f} ms, 40 KB {t_large * 1e3:.1f} ms (x{t_large / max(t_small, 1e-9):.2f})")
    assert t_large <= 3 * t_small + 0.01


@pytest.mark.parametrize("name", sorted(UNITS))
def test_pathological_runs_stream_like_the_whole(name):
    text = "intro " + repeat(UNITS[name], 3_000) + " AKIAQYLPMN5HHHFPZAM2 ann.lee@corp.io"
    masker, out, findings = StreamMasker(EVERYTHING, KEY), [], []
    for i in range(0, len(text), 7):
        piece, found = masker.feed(text[i:i + 7])
        out.append(piece)
        findings += found
        assert len(masker.state.tail) <= EVERYTHING.bound
    piece, found = masker.flush()
    whole = mask_text(text, EVERYTHING, KEY)
    assert ("".join(out) + piece, findings + found) == whole
    assert "AKIAQYLPMN5HHHFPZAM2" not in whole[0] and "ann.lee@corp.io" not in whole[0]


def test_a_huge_answer_is_masked_whole_and_in_deltas_alike():
    from tests.masker_corpus import CLEAN, POSITIVE

    parts = [p.text for p in POSITIVE] + list(CLEAN) + [repeat(u, 500) for u in UNITS.values()]
    text = "\n".join(parts * 16)
    assert len(text) > 500_000
    whole = mask_text(text, EVERYTHING, KEY)
    assert len(whole[1]) >= 16 * len(POSITIVE) * 0.9
    window = text[:60_000]
    masker, out = StreamMasker(EVERYTHING, KEY), []
    for i in range(0, len(window), 7):
        out.append(masker.feed(window[i:i + 7])[0])
    assert "".join(out) + masker.flush()[0] == mask_text(window, EVERYTHING, KEY)[0]
