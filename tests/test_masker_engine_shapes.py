"""Rules without a keyword (cards, phones, national ids, IBANs) are found through their shapes' own program.

The engine tries a shape rule's exact pattern only where the shapes' program
matches, and only the rules whose shape matches there. The reference here tries
every shape rule, in order, at every character: whatever the shapes find, the
masks must be the same, on the corpus and on generated digit and letter soups
(separators, runs that almost make a card, an IBAN or an id).
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker.engine import Ruleset, _next_char
from services.masker.policy import ALL_DETECTORS
from tests.masker_corpus import CLEAN, POSITIVE

KEY = b"shapes"
RULES = [c.rule for c in compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS))).rules]


class EveryPosition(Ruleset):
    """The reference: each shape rule's exact pattern is tried at every character, no shape consulted."""

    def _candidate(self, data, resume):
        return (resume, 0) if self._shaped and resume < len(data) else (-1, -1)

    def _next_shaped(self, data, start, first):
        return first if first < len(self._shaped) else -1


FAST, REFERENCE = Ruleset(RULES), EveryPosition(RULES)


def test_the_corpus_is_masked_as_when_every_shape_rule_runs_everywhere():
    texts = [p.text for p in POSITIVE] + list(CLEAN)
    fast = [mask_text(t, FAST, KEY) for t in texts]
    assert fast == [mask_text(t, REFERENCE, KEY) for t in texts]
    assert sum(any(f.type in {"card", "phone", "iban", "national_id"} for f in found) for _, found in fast) >= 10


SOUP = st.lists(st.sampled_from([
    "4111", "1111", "5500 0000", "3782 822463 10005", "0", "7", "42", " ", "-", ".", "/", "(", ")", "+", "+44", "00",
    "DE89", "3704 0044 0532 0130 00", "GB82 WEST", "AB", "XYZ", "M", "é", "\n", "123-45-6789", "078-05-1120",
    "192.168.", "fe80::", "::1", "a@b.co", "CPF ", "111.444.777-35", "SSN", "card", "tel:", "x",
    "110105194912311049", "110105194912311137",  # Chinese ids: a card's shape first, Luhn refuses, the id rule after
]), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SOUP, st.integers(1, 9))
def test_generated_soups_are_masked_as_the_reference_whole_and_streamed(text, step):
    expected = mask_text(text, REFERENCE, KEY)
    assert mask_text(text, FAST, KEY) == expected
    masker = StreamMasker(FAST, KEY)
    out = "".join(masker.feed(text[i:i + step])[0] for i in range(0, len(text), step)) + masker.flush()[0]
    assert out == expected[0]


def test_the_reference_really_tries_every_position():
    """It must not lean on the shapes' program: a candidate at every character, each shape rule in turn."""
    data = b"no digits at all"
    assert REFERENCE._candidate(data, 3) == (3, 0)
    assert REFERENCE._next_shaped(data, 3, 1) == 1
    assert _next_char(data, 3) == 4
