"""The Hyperscan hit search only makes masking faster: the same masks as the RE2 search, whole and streamed.

A ruleset finds the places worth an exact search either with RE2 (one DFA over every keyword and its tail)
or, once its database is ready, with Hyperscan (``hyperscan_keywords``). Each Hyperscan pattern must match
wherever its RE2 keyword does (a superset), so both paths mask alike. These tests run both paths over the
dev sets, the test corpus, mixed text like the bench's, hostile generated text and generated custom rules,
and check how the database is obtained: from the cache, rebuilt when its file is damaged, in the
background after enough text, never when switched off.
"""

import base64
import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.masker import MaskerPolicy, StreamMasker, compile_policy, hyperscan_keywords, mask_text
from services.masker.engine import PolicyError, Rule, Ruleset
from services.masker.hyperscan_patterns import starts_at_boundary
from services.masker.policy import ALL_DETECTORS
from tests.masker_corpus import CLEAN, POSITIVE

pytestmark = pytest.mark.skipif(not hyperscan_keywords.enabled(), reason="no Hyperscan wheel on this platform")

KEY = b"hyperscan"
DEV_SETS = sorted((Path(__file__).parent / "masker_eval").glob("dev*.jsonl"))
EVERY_RULE = [c.rule for c in compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS))).rules]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        directory = tmp_path_factory.mktemp("hyperscan-cache")
        patch.setenv("LOCKGATE_MASKER_CACHE", str(directory))
        yield directory


@pytest.fixture(scope="module")
def paths(cache):
    """All built-in rules twice: with the Hyperscan hit search (compiled here, used on texts of any length) and
    with RE2's."""
    fast = Ruleset(EVERY_RULE)
    fast.FAST_FROM = 0
    assert fast.wait_for_hyperscan(), fast._fast.failure if fast._fast else "switched off"
    return fast, Ruleset(EVERY_RULE, hyperscan=False)


def masked(rules, texts):
    return [mask_text(text, rules, KEY) for text in texts]


def streamed(rules, text: str, size: int = 7) -> str:
    masker = StreamMasker(rules, KEY)
    return "".join(masker.feed(text[i:i + size])[0] for i in range(0, len(text), size)) + masker.flush()[0]


def dev_texts() -> list[str]:
    return [json.loads(line)["text"] for path in DEV_SETS for line in path.read_text().splitlines() if line.strip()]


def mixed_text(rng: random.Random, size: int) -> str:
    """Logs, prose, code, JSON tool input, base64 blobs and the corpus's samples, as bench/masker_bench.py mixes."""
    words = "the request was retried after the upstream returned an error so we added a circuit breaker".split()
    parts, total = [], 0
    while total < size:
        kind = rng.randrange(10)
        if kind == 0:
            part = rng.choice(POSITIVE).text if rng.random() < 0.5 else rng.choice(CLEAN)
        elif kind == 1:
            part = f"data:image/png;base64,{base64.b64encode(rng.randbytes(rng.randrange(300, 2000))).decode()}"
        elif kind < 5:
            part = (f"2024-05-{rng.randrange(1, 31):02d}T10:{rng.randrange(60):02d}:00Z INFO request_id="
                    f"{rng.randbytes(16).hex()} path=/v1/users/{rng.randrange(10**6)} status=200")
        elif kind < 8:
            part = " ".join(rng.choice(words) for _ in range(rng.randrange(10, 40))) + "."
        else:
            part = '{"command": "grep -rn TODO src/", "timeout": ' + str(rng.randrange(1000, 60000)) + "}"
        parts.append(part)
        total += len(part) + 1
    return "\n".join(parts)


def hostile_text(rng: random.Random, rules: Ruleset, size: int) -> str:
    """Keywords of the rules themselves, cased and folded every way RE2 folds, glued to near-tails: assignment
    signs, quotes, digits, base64, escapes and multi-byte characters."""
    words = sorted({w for w, _, _ in rules._owners})
    glue = ["", " ", "=", ": ", '="', "='", "\\\"", "_", "-", ".", "\n", "\t", " is ", "::", "=>", "(", '"', "\\n"]
    fills = ["ſ", "\u212a", "é", "🔑", "ü", "0", "12345678901", "AKIA", "ghp_", "eyJ", "-----BEGIN ", "@b.co"]
    out, total = [], 0
    while total < size:
        word = rng.choice(words)
        if rng.random() < 0.5:
            word = "".join(ch.upper() if rng.random() < 0.5 else ch for ch in word)
        if rng.random() < 0.1:
            word = word.replace("s", "ſ").replace("k", "\u212a")
        tail = "".join(rng.choice(glue) + rng.choice([rng.choice(fills), base64.b64encode(rng.randbytes(
            rng.randrange(3, 40))).decode(), str(rng.randrange(10**12))]) for _ in range(rng.randrange(1, 4)))
        piece = rng.choice(glue) + word + tail
        out.append(piece)
        total += len(piece)
    return "".join(out)


def test_the_dev_sets_and_the_corpus_are_masked_alike_by_both_paths(paths):
    fast, slow = paths
    texts = dev_texts() + [p.text for p in POSITIVE] + list(CLEAN)
    assert len(texts) > 1000, "the dev sets are there"
    result = masked(fast, texts)
    assert result == masked(slow, texts)
    assert sum(bool(findings) for _, findings in result) > 500, "the texts exercise the rules"


def test_mixed_text_is_masked_alike_by_both_paths(paths):
    fast, slow = paths
    text = mixed_text(random.Random(16), 1_000_000)
    assert mask_text(text, fast, KEY) == mask_text(text, slow, KEY)


@pytest.mark.parametrize("seed", range(4))
def test_hostile_keyword_soup_is_masked_alike_by_both_paths(paths, seed):
    fast, slow = paths
    rng = random.Random(seed)
    texts = [hostile_text(rng, fast, rng.choice([200, 2000, 20000])) for _ in range(10)]
    result = masked(fast, texts)
    assert result == masked(slow, texts)
    assert any(findings for _, findings in result), "the soup holds matches"


def test_a_stream_masks_as_the_whole_text_with_the_hyperscan_search(paths):
    fast, _ = paths
    rng = random.Random(5)
    for text in dev_texts()[::25] + [hostile_text(rng, fast, 1000)]:
        assert streamed(fast, text) == mask_text(text, fast, KEY)[0]
    for text in [mixed_text(rng, 60_000), hostile_text(rng, fast, 30_000)]:
        assert streamed(fast, text, 5000) == mask_text(text, fast, KEY)[0]


def test_case_variants_re2_folds_are_found_by_hyperscan_too(paths):
    fast, slow = paths
    texts = ["paſſword=Tr0ub4dor9xyz", "PAſſWORD: Xk3mPq9L!42", "ſecret_key = 'aB3dE5fG7hJ9kL1mN3pQ'",
             "api_\u212aey=Zq8Xv2Lm9Np4Rt6Yw1Bc", "é" * 30 + "password=Hunter2Secret!" + "ü" * 30]
    result = masked(fast, texts)
    assert result == masked(slow, texts)
    assert result[0][1] and result[1][1] and result[4][1]


@pytest.mark.parametrize("variants", [0, 3, 40, 4000])
def test_the_ascii_database_and_non_ascii_blocks_report_what_the_whole_database_does(paths, variants):
    """The ASCII-only database scans the text, the whole one the blocks holding non-ASCII bytes (or all of it
    when most blocks hold some): together they report every (pattern, end) the whole database reports alone,
    with fold variants inside keywords and at block edges."""
    fast, _ = paths
    rng = random.Random(variants)
    chars = list(mixed_text(rng, 300_000) + hostile_text(rng, fast, 30_000))
    edges = [k * hyperscan_keywords.BLOCK + d for k in range(1, 20) for d in (-1, 0)]
    for i in [rng.randrange(len(chars)) for _ in range(variants)] + edges[:variants]:
        chars[i] = rng.choice(["ſ", "\u212a", "é", "🔑", "ı"])
    data = "".join(chars).encode()
    search = fast._fast
    whole: list[tuple[int, int]] = []
    search._database.scan(data, match_event_handler=lambda k, s, e, f, c: whole.append((k, e)), scratch=search._scratch)
    assert {(k, end) for k, ends in search.ends(data).items() for end in ends} == set(whole)
    assert len(whole) > 1000
    assert mask_text(data.decode(), fast, KEY) == mask_text(data.decode(), paths[1], KEY)


PROSE_WORDS = ("Lösenordet", "passordet", "Adgangskoden", "salasanani", "şifresi", "hasło", "jelszó", "heslo",
               "slaptažodis", "kata sandinya", "nenosiri", "Пароль", "Гасло", "Лозинка", "הסיסמה", "كلمة السر",
               "رمز عبور", "Κωδικός", "पासवर्ड", "รหัสผ่าน", "パスワード", "密码", "비밀번호", "mật khẩu", "parolă")
"""Password words of the languages the thirty-third pass added, with inflected and definite forms."""


def test_a_password_word_of_each_added_language_is_reported_by_the_database(paths):
    """The prose password rule's tail (three words of filler, then a 63-character value, of any script) made
    Hyperscan refuse the whole database as too large; spelt up to where it grows too wide, every word is reported
    where it stands, after ASCII text and after non-ASCII text, and both paths mask its value."""
    fast, slow = paths
    search = fast._fast
    rule = next(i for i, c in enumerate(fast.rules) if c.rule.id == "password_prose_world")
    groups = {k for k, group in enumerate(search.groups) if rule in {i for i, _ in fast._fast_rules[k]}}
    for word in PROSE_WORDS:
        for lead in ("log line " * 8, "é" * 40 + " "):
            text = f"{lead}{word}: Kq8LmZp2x!"
            ends = search.ends(text.encode())
            stop = len(f"{lead}{word}".encode())
            assert any(stop <= end for k in groups for end in ends.get(k, ())), word
            result = masked(fast, [text])
            assert result == masked(slow, [text]) and "Kq8LmZp2x!" not in result[0][0], word


def test_a_tail_too_wide_for_hyperscan_is_spelt_up_to_where_it_grows_too_wide(monkeypatch):
    """Hyperscan unrolls repetitions of characters of several byte widths and refuses the prose password rule's
    tail whatever its keywords; ``pattern`` spells such a tail up to the piece that crosses the budget: the
    pattern compiles and still matches wherever the whole tail does (a prefix of it)."""
    from services.masker import hyperscan_patterns
    rule = next(c for c in compile_policy(MaskerPolicy()).rules if c.rule.id == "password_prose_world")
    tail = next(iter(rule.keywords.words))[2]
    cut = hyperscan_patterns.pattern(["password"], True, tail)
    hyperscan_keywords.compile_database([cut])
    monkeypatch.setattr(hyperscan_patterns, "_UNROLLED", 10**6)
    whole = hyperscan_patterns.pattern(["password"], True, tail)
    assert whole.expression.startswith(cut.expression) and cut.longest < whole.longest
    with pytest.raises(hyperscan_keywords.hyperscan.error, match="too large"):
        hyperscan_keywords.compile_database([whole])


BOUNDARY_RULES = [Rule("lead_word", "custom", r"\bcuit[:=][0-9]{6}"),
                  Rule("lead_dash", "custom", r"\b-key=[A-Za-z0-9]{6}"),
                  Rule("lead_fold", "custom", r"\b(?i:sin)[ :]{1,2}[0-9]{6}")]


def test_keywords_after_a_word_boundary_are_found_from_any_scan_start(cache):
    """Every match of these rules starts with its keyword after a ``\\b``, so their Hyperscan patterns hold the
    ``\\b`` too ('cuit' in 'circuit' is no hit). A scan starting inside the text (a stream's window, a hit's context)
    must read the byte before its start as RE2 does: a ``\\b`` before '-' needs a word character there."""
    fast, slow = Ruleset(BOUNDARY_RULES), Ruleset(BOUNDARY_RULES, hyperscan=False)
    fast.FAST_FROM = 0
    assert fast.wait_for_hyperscan(), fast._fast.failure if fast._fast else "switched off"
    assert all(fast._fast.bounded)
    texts = ["circuit=123456 cuit:123456", "abc-key=Zq8Xv2 -key=Zq8Xv2", "é-key=Zq8Xv2 x\u017fin 123456 SIN:654321",
             "using 123456; ſin 123456", "a-key=Zq8Xv2cuit=123456"]
    for text in texts:
        data = text.encode()
        for pos in range(len(data)):
            assert fast.scan(data, pos, final=True) == slow.scan(data, pos, final=True), (text, pos)
    result = masked(fast, texts)
    assert result == masked(slow, texts)
    assert [len(findings) for _, findings in result] == [1, 1, 2, 0, 1]
    assert all(streamed(fast, text, size) == mask_text(text, fast, KEY)[0] for text in texts for size in (1, 3, 7))


GROUP_RULES = [Rule("lead_group", "custom", r"(?i:\bcuil\b|\bpnr\b)[ :]{1,2}[0-9]{6}"),
               Rule("lead_mixed", "custom", r"(?:\bdni|documento)[ :]{1,2}[0-9]{6}")]


def test_a_boundary_opening_every_alternative_of_a_leading_group_bounds_its_keywords(cache):
    """A ``\\b`` first in every alternative of a leading group bounds the rule's keywords as one before the group
    does ('cuit' in every 'circuit' was most of Hyperscan's reports on the bench's corpus); one alternative without
    it leaves them unbounded. Either way both hit searches mask alike from any scan start."""
    assert starts_at_boundary(r"(?i:\bcuit\b|\bcuil\b)[:=][0-9]{6}", 0)
    assert starts_at_boundary(r"(?:\bab|(?:\bcd|\bef))x", 0)
    assert not starts_at_boundary(r"(?:\bdni|documento)[:=][0-9]{6}", 0)
    assert not starts_at_boundary(r"(?:\bab)?cd", 0)
    assert not starts_at_boundary(r"(?i:\bcuit)", 2)
    fast, slow = Ruleset(GROUP_RULES), Ruleset(GROUP_RULES, hyperscan=False)
    fast.FAST_FROM = 0
    assert fast.wait_for_hyperscan(), fast._fast.failure if fast._fast else "switched off"
    bounded = {fast._fast_rules[k][0][0]: mark for k, mark in enumerate(fast._fast.bounded)}  # by the rule named
    assert bounded == {0: True, 1: False}
    texts = ["epnr 123456 PNR 123456 cuil:654321", "xdni 123456 documento 123456 adocumento 654321", "ſpnr 123456"]
    for text in texts:
        data = text.encode()
        for pos in range(len(data)):
            assert fast.scan(data, pos, final=True) == slow.scan(data, pos, final=True), (text, pos)
    result = masked(fast, texts)
    assert result == masked(slow, texts)
    assert [len(findings) for _, findings in result] == [2, 2, 1]  # RE2's \b: only ASCII word bytes, not ſ


FAULTED_GROUP = tuple((word, False, "(?:[A-Za-z]){0,20}P(?:assword|asswd|assphrase|wd)") for word in ("Set", "With", "set", "with"))
"""A group Hyperscan 0.9.1 compiles with its ``\\b`` and then misses 'setPassword' after 22 bytes or more."""


def test_a_bounded_group_hyperscan_would_miss_loses_its_boundary_and_a_sound_one_keeps_it(cache):
    """A prefilter that misses leaves a secret unmasked: the build probes each bounded group and compiles one it
    does not report without its ``\\b``, at any offset and in either database; 'cuit' keeps its ``\\b`` and is
    still no hit inside 'circuit'."""
    sound = (("cuit", False, "[ :]{1,2}[0-9]{6}"),)
    search = hyperscan_keywords.Search([FAULTED_GROUP, sound], [True, True])
    assert search.wait(), search.failure
    for lead in ("", "x" * 21, "x" * 22, "x" * 64, "é" + "x" * 20000):
        text = f"{lead} cfg.setPassword( a.withPassword( circuit 123456 cuit 123456".encode()
        ends = search.ends(text)
        assert sorted(set(ends[0])) == [text.index(b"Password(") + 8, text.rindex(b"Password(") + 8], lead[:30]
        assert set(ends[1]) == {len(text)}, lead[:30]


def test_a_damaged_cache_file_is_refused_and_compiled_again(cache):
    rules = Ruleset(EVERY_RULE[:40])
    assert rules.wait_for_hyperscan()
    files = list(cache.glob("masker-keywords-*.hsdb"))
    assert files
    newest = max(files, key=lambda p: p.stat().st_mtime)
    newest.write_bytes(newest.read_bytes()[:100])
    again = Ruleset(EVERY_RULE[:40])
    assert again.wait_for_hyperscan(), again._fast.failure if again._fast else ""
    assert newest.stat().st_size > 100, "the file was written again, whole"
    assert not list(cache.glob(".masker-keywords-*")), "no temporary file is left behind"


def test_a_ruleset_takes_up_its_database_in_the_background_after_enough_text(paths, monkeypatch):
    fast, slow = paths  # the database of every rule is in the cache now
    monkeypatch.setattr(hyperscan_keywords, "START_AFTER", 10_000)
    rules = Ruleset(EVERY_RULE)
    text = mixed_text(random.Random(3), 30_000)
    assert rules._fast is not None and not rules._fast.ready
    first = mask_text(text, rules, KEY)  # on RE2 while the database loads
    deadline = time.monotonic() + 60
    while not rules._fast.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert rules._fast.ready, rules._fast.failure
    assert mask_text(text, rules, KEY) == first == mask_text(text, slow, KEY)


def test_switched_off_there_is_no_hyperscan_search(monkeypatch):
    monkeypatch.setenv("LOCKGATE_MASKER_HYPERSCAN", "0")
    rules = Ruleset(EVERY_RULE[:20])
    assert not rules.wait_for_hyperscan()


PIECES = {  # a pattern piece and texts that match it or nearly do
    "ab": ["ab", "a"], "tok": ["tok", "Tok"], "x?": ["x", ""], "[0-9]{2,5}": ["12", "34567", "1", "123456"],
    "(?:foo|bar)": ["foo", "bar", "fo"], "(?i:Key)": ["KEY", "key", "kEy", "\u212aey"], "[a-c]": ["a", "c", "d"],
    "_?": ["_", ""], r"\d+": ["7", "2024"], "-": ["-"], "[A-Z]{3}": ["ABC", "AB"], "(?:q|zz)?": ["q", "zz", ""],
    r"\.": [".", ","], "[^ ]{1,4}": ["x", "yyyy", "é", "🔑"], "(?i:pass(?:word)?)": ["PassWord", "paſſ", "pas"],
    "=": ["=", ":"], " ?": [" ", ""], r"\s{0,3}": ["", " \t", "\x0b"], r"\S{2}": ["ab", "é🔑", "\x0bz"],
    r"(?i:[a-z]{2})": ["Kk", "\u212as", "ſß"], "[^\\n]{0,8}": ["abc", "é\n"], r"\bid\b": ["id", "xid"],
}


@st.composite
def rule_and_texts(draw):
    pieces = draw(st.lists(st.sampled_from(sorted(PIECES)), min_size=1, max_size=5))
    noise = st.sampled_from(["", " ", "\n", "zz", "ab", "1", "KEY", "x_", "é"])
    texts = []
    for _ in range(draw(st.integers(1, 3))):
        parts = [draw(noise)]
        for _ in range(draw(st.integers(1, 3))):
            parts += [draw(st.sampled_from(PIECES[p])) + draw(st.sampled_from(["", "", " "])) for p in pieces]
            parts.append(draw(noise))
        texts.append("".join(parts))
    return "".join(pieces), texts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(case=rule_and_texts())
def test_generated_custom_rules_mask_alike_by_both_paths(cache, case):
    pattern, texts = case
    try:
        rule = Rule("custom", "custom", pattern, max_repeat=100)
        fast, slow = Ruleset([rule]), Ruleset([rule], hyperscan=False)
    except PolicyError:  # e.g. a pattern that can match empty text is refused either way
        return
    if fast._fast is None:  # no keyword: found by its shape on both paths
        return
    assert fast.wait_for_hyperscan(), fast._fast.failure
    assert masked(fast, texts) == masked(slow, texts), pattern
