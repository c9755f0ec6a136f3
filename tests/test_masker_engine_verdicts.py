"""A scan validates each distinct value once per check, and what it remembers changes no mask.

Validators are pure, so a scan keeps their verdicts by value (``engine.Verdicts``): a text naming the same card
number or e-mail again is not validated again. These tests check that a repeated value is judged once within a scan
and again in the next scan (nothing is kept across texts), and that the dev sets, the test corpus and a soup of key
names and near-values mask alike with and without the memory, whole and streamed.
"""

import json
import random
from pathlib import Path

import pytest

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker.engine import Rule, Ruleset, Verdicts
from services.masker.policy import ALL_DETECTORS
from tests.masker_corpus import CLEAN, POSITIVE
from tests.test_masker_engine_loose import soup

KEY = b"verdicts"
DEV_SETS = sorted((Path(__file__).parent / "masker_eval").glob("dev*.jsonl"))
EVERY_RULE = [c.rule for c in compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS))).rules]


class Forgetful(Verdicts):
    """Verdicts that remember nothing: every match is validated, as before the memory."""

    def __call__(self, validate, value):
        return validate(value)


def forgetful_mask(text: str, rules: Ruleset) -> tuple[str, list]:
    data = text.encode()
    hits, cut = rules.scan(data, 0, final=True, verdicts=Forgetful())
    return rules.render(data, hits, 0, cut, KEY, 0)


def test_a_repeated_value_is_validated_once_per_scan_and_again_in_the_next():
    judged: list[str] = []

    def luhn_like(value: str) -> int:
        judged.append(value)
        return len(value) if value.endswith("7") else 0
    rule = Rule("order_or_card", "card", r"\b\d{4}-\d{4}\b", validate=luhn_like)
    rules = Ruleset([rule], hyperscan=False)
    text = "paid 1234-5677, refunded 1234-5677, order 9999-0000, again 9999-0000 and 1234-5677"
    masked, findings = mask_text(text, rules, KEY)
    assert masked == ("paid [REDACTED:card], refunded [REDACTED:card], order 9999-0000, again 9999-0000 and "
                      "[REDACTED:card]")
    assert len(findings) == 3
    assert judged == ["1234-5677", "9999-0000"], "each distinct value once"
    judged.clear()
    assert mask_text(text, rules, KEY) == (masked, findings)
    assert judged == ["1234-5677", "9999-0000"], "nothing is kept from one text to the next"
    judged.clear()
    assert forgetful_mask(text, rules) == (masked, findings)
    assert len(judged) == 5


@pytest.fixture(scope="module")
def rules():
    return Ruleset(EVERY_RULE, hyperscan=False)


def test_the_dev_sets_the_corpus_and_a_soup_mask_alike_with_and_without_the_memory(rules):
    texts = [json.loads(line)["text"] for path in DEV_SETS for line in path.read_text().splitlines() if line.strip()]
    texts += [p.text for p in POSITIVE] + list(CLEAN) + [soup(random.Random(seed), 20_000) for seed in range(3)]
    assert len(texts) > 1000, "the dev sets are there"
    masked = 0
    for text in texts:
        whole = mask_text(text, rules, KEY)
        assert forgetful_mask(text, rules) == whole, text
        masked += whole[0] != text
    assert masked > 500, "the texts hold values to mask"


@pytest.mark.slow
def test_streamed_with_the_memory_equals_whole_without_it(rules):
    lines = [line for path in DEV_SETS for line in path.read_text().splitlines() if line.strip()]
    texts = [json.loads(line)["text"] for line in random.Random(5).sample(lines, 150)]
    texts.append(soup(random.Random(7), 2_000))
    for text in texts:
        masker, parts, found = StreamMasker(rules, KEY), [], []
        for i in range(0, len(text), 7):
            out, f = masker.feed(text[i:i + 7])
            parts.append(out)
            found += f
        out, f = masker.flush()
        masked, findings = forgetful_mask(text, rules)
        assert ("".join(parts) + out, found + f) == (masked, findings), text
