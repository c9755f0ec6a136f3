"""The keyword prefilter only makes masking faster: whatever happens to it, the same text is masked.

Each rule's keywords (the literals every match holds, see ``syntax``) decide
where its exact pattern runs. These tests compare against the same rules with no
prefilter at all (every rule searching everything), for the built-in rules on
the corpus, for generated custom rules, and when the prefilter runs out of
memory or fails.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker.detectors import BUILTIN
from services.masker.engine import PolicyError, Rule, Ruleset
from tests.masker_corpus import CLEAN, POSITIVE

KEY = b"prefilter"
TEXTS = [p.text for p in POSITIVE] + list(CLEAN)


class Unfiltered(Ruleset):
    """The reference: no keyword search at all, so every rule searches everything."""

    def _hit_search(self):
        raise PolicyError("no prefilter")


class Tiny(Ruleset):
    """RE2 cannot compile the built-in rules' hit search in this memory."""
    SEARCH_MEMORY = 1 << 14


class Starved(Ruleset):
    """The hit search compiles but its DFA runs out of memory on real text (RE2 falls back to its NFA)."""
    SEARCH_MEMORY = 1 << 20


def masked(rules, texts=TEXTS):
    return [mask_text(text, rules, KEY) for text in texts]


@pytest.fixture(scope="module")
def reference():
    return masked(Unfiltered(BUILTIN))


def test_every_builtin_rule_is_found_through_its_keywords_as_without_them(reference):
    assert sum(bool(findings) for _, findings in reference) >= len(POSITIVE) * 0.9, "the corpus exercises the rules"
    assert masked(Ruleset(BUILTIN)) == reference


def test_each_rule_alone_matches_exactly_what_it_matches_unfiltered():
    """Per rule, so one rule's hit cannot hide another rule's missed keyword."""
    for rule in BUILTIN:
        assert masked(Ruleset([rule])) == masked(Unfiltered([rule])), rule.id


def test_case_variants_python_folds_unlike_re2_are_masked_as_without_keywords():
    """RE2's (?i) matches ſ for s and K (Kelvin) for k; the keyword hit then names every keyword rule."""
    texts = ["paſſword=Tr0ub4dor9xyz", "PAſſWORD: Xk3mPq9L!42", "ſecret_key = 'aB3dE5fG7hJ9kL1mN3pQ'",
             "api_\u212aey=Zq8Xv2Lm9Np4Rt6Yw1Bc", "é" * 30 + "password=Hunter2Secret!" + "ü" * 30]
    result = masked(Ruleset(BUILTIN), texts)
    assert result == masked(Unfiltered(BUILTIN), texts)
    assert result[0][1] and result[1][1] and result[4][1]


def test_a_prefilter_out_of_memory_still_masks_everything(reference):
    assert masked(Starved(BUILTIN)) == reference
    assert masked(Tiny(BUILTIN)) == reference


def test_a_prefilter_that_fails_falls_back_to_every_rule(reference, monkeypatch):
    def broken(self, data, pos, safe):
        raise MemoryError("keyword search could not run")

    monkeypatch.setattr(Ruleset, "_windows", broken)
    assert masked(Ruleset(BUILTIN)) == reference
    masker = StreamMasker(Ruleset(BUILTIN), KEY)
    text = POSITIVE[0].text
    out = "".join(masker.feed(text[i:i + 7])[0] for i in range(0, len(text), 7)) + masker.flush()[0]
    assert out == reference[0][0]


PIECES = {  # a pattern piece and texts that match it or nearly do
    "ab": ["ab", "a"], "tok": ["tok", "Tok"], "x?": ["x", ""], "[0-9]{2,5}": ["12", "34567", "1", "123456"],
    "(?:foo|bar)": ["foo", "bar", "fo"], "(?i:Key)": ["KEY", "key", "kEy"], "[a-c]": ["a", "c", "d"], "_?": ["_", ""],
    r"\d+": ["7", "2024"], "-": ["-"], "[A-Z]{3}": ["ABC", "AB"], "(?:q|zz)?": ["q", "zz", ""], r"\.": [".", ","],
    "[^ ]{1,4}": ["x", "yyyy", "é"], "(?i:pass(?:word)?)": ["PassWord", "pass", "pas"], "=": ["=", ":"], " ?": [" ", ""],
}


@st.composite
def rule_and_texts(draw):
    pieces = draw(st.lists(st.sampled_from(sorted(PIECES)), min_size=1, max_size=5))
    noise = st.sampled_from(["", " ", "\n", "zz", "ab", "1", "KEY", "x_"])
    texts = []
    for _ in range(draw(st.integers(1, 3))):
        parts = [draw(noise)]
        for _ in range(draw(st.integers(1, 3))):
            parts += [draw(st.sampled_from(PIECES[p])) + draw(st.sampled_from(["", "", " "])) for p in pieces]
            parts.append(draw(noise))
        texts.append("".join(parts))
    return "".join(pieces), texts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule_and_texts())
def test_generated_custom_rules_mask_the_same_with_and_without_keywords(case):
    pattern, texts = case
    try:
        rule = Rule("custom", "custom", pattern, max_repeat=100)
        filtered, unfiltered = Ruleset([rule]), Unfiltered([rule])
    except PolicyError:  # e.g. a pattern that can match empty text is refused either way
        return
    assert masked(filtered, texts) == masked(unfiltered, texts), pattern


@pytest.mark.parametrize("pattern, text", [
    (r"tok\d+-", "tok1- tok123456- tok-"),  # a variable count right after the keyword
    (r"[0-9]{2,5}tok", "x 12tok 12345tok"),  # the keyword is not at the start
    (r"(?:AK|3T[A-Z0-9])[A-Z]{4}", "AKABCD 3TXABCD"),  # prefixes of alternatives extend the keyword
    (r"(?i:api_?key)\s{0,3}=\s{0,3}[A-Za-z0-9]{8,90}", "API_KEY = abcdefgh12 apikey=ZZZZZZZZZ"),
    (r"\b[a-z]{0,10}(?i:secret)[:=][^ ]{4,200}x", "my_SECRET:abcdx dbsecret=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaax"),
    (r"(?:foo|ba[rz])+_[0-9]", "foobazbar_1 bar_2"),
])
def test_tricky_keyword_shapes_mask_the_same_with_and_without_keywords(pattern, text):
    rule = Rule("custom", "custom", pattern, max_repeat=100)
    assert masked(Ruleset([rule]), [text]) == masked(Unfiltered([rule]), [text])
    assert masked(Ruleset([rule]), [text])[0][1], "the pattern matches the text"


@pytest.mark.parametrize("value", ["ééééééééé1", "🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑", "aé🔑bçd€f9x", "abcdefghij"])
def test_a_window_ends_max_length_characters_on_so_multibyte_values_are_masked_whole(value):
    """In non-ASCII text a keyword window's search stops the rule's maximum length in characters after it
    (counted, not bytes): a value of full length in two- and four-byte characters is masked whole."""
    rule = Rule("custom", "custom", r"pw=(?P<v>[^ ]{1,10})", max_repeat=100)
    text = "ü " + " ".join(["pw=" + value] * 3) + " ü"
    out, findings = mask_text(text, Ruleset([rule]), KEY)
    assert [text[f.start:f.end] for f in findings] == [value] * 3
    assert out == "ü " + " ".join(["pw=[REDACTED:custom]"] * 3) + " ü"
    assert masked(Ruleset([rule]), [text]) == masked(Unfiltered([rule]), [text])


def test_after_a_shape_rule_refuses_the_next_rule_whose_shape_matches_there_masks():
    """Rules without keywords are tried in order at a shape hit; after one refuses, the remaining rules'
    shapes name the next to try, skipping the rules whose shape does not match there."""
    rules = [
        Rule("refuses", "first", r"\b\d{3}-\d{4}", validate=lambda value: 0),
        Rule("letters", "second", r"\b[A-Z]{2}\d{3}\b"),
        Rule("longer", "third", r"\b\d{3}-\d{4}-\d{2}\b"),
        Rule("last", "fourth", r"\b\d{3}-\d{4}\b"),
    ]
    text = "call 555-1234-99 or 555-1234 ref AB123 not 555-12"
    out, _ = mask_text(text, Ruleset(rules), KEY)
    assert out == "call [REDACTED:third] or [REDACTED:fourth] ref [REDACTED:second] not 555-12"
    assert masked(Ruleset(rules), [text]) == masked(Unfiltered(rules), [text])


def test_keywords_of_the_shipped_policy_are_selective():
    """Most built-in rules are found through keywords; the rest by their digit or letter shape."""
    rules = compile_policy(MaskerPolicy())
    keyworded = [c.rule.id for c in rules.rules if c.keywords is not None]
    assert len(keyworded) >= 0.8 * len(rules.rules)
    assert mask_text("path=/v1/users/7 api/v2 passed the token test", rules, KEY)[1] == []


BOUNDED = [Rule("lead_word", "custom", r"\bcuit[:=][0-9]{6}"),
           Rule("lead_group", "custom", r"(?i:\bcuil\b|\bpnr\b)[ :]{1,2}[0-9]{6}"),
           Rule("lead_dash", "custom", r"\b-key=[A-Za-z0-9]{6}"),
           Rule("inside_word", "custom", r"(?i:sin)[ :]{1,2}[0-9]{6}")]


def test_keywords_after_a_word_boundary_are_hits_only_there_and_mask_as_without_keywords():
    """A rule whose every match opens with its keyword right after a ``\\b`` has the ``\\b`` in RE2's hit search too:
    'cuit' in 'circuit' names no rule (on the bench's corpus it was most of the hits). A scan starting inside the
    text (a stream's window, a hit's context) reads the byte before its start, as the rule does."""
    rules = Ruleset(BOUNDED, hyperscan=False)
    data = b"a circuit=123456, the epnr 123456 and a -key=Zq8Xv2"
    assert rules._windows(data, 0, len(data)) == {}
    texts = ["circuit=123456 cuit:123456", "abc-key=Zq8Xv2 -key=Zq8Xv2", "\u00e9-key=Zq8Xv2 x\u017fin 123456 SIN:654321",
             "cousin 123456; epnr 123456 PNR 123456 cuil:654321", "a-key=Zq8Xv2cuit=123456", "\u017fpnr 123456"]
    for text in texts:
        encoded = text.encode()
        for pos in range(len(encoded)):
            assert rules.scan(encoded, pos, final=True) == Unfiltered(BOUNDED).scan(encoded, pos, final=True), (text, pos)
    result = masked(rules, texts)
    assert result == masked(Unfiltered(BOUNDED), texts)
    assert [len(findings) for _, findings in result] == [1, 1, 2, 3, 1, 1]  # RE2's \\b: only ASCII word bytes
