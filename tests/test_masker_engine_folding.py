"""A case-folded keyword hit names its own rules in any case, so a repeated label costs a few rule searches per delta.

The RE2 hit search (a stream's, until a process has its Hyperscan database) names a hit's rules by looking its text
up folded. Folded with ``bytes.lower``, an upper-case label past ASCII ('ΑΜΚΑ: ', 'ИНН') named none, and the hit
went to every keyword rule: 'ΑΜΚΑ: ' streamed to 20,000 characters took minutes. These tests count rule searches
(``Ruleset._next_in_windows`` calls), not seconds.
"""

import random

import pytest
import re2

from services.masker import MaskerPolicy, StreamMasker, compile_policy, mask_text
from services.masker.engine import Ruleset
from services.masker.folding import CASED_BELOW, fold, orbits
from services.masker.policy import ALL_DETECTORS

KEY = b"folding"
EVERY_RULE = [c.rule for c in compile_policy(MaskerPolicy(detectors=list(ALL_DETECTORS))).rules]


@pytest.fixture(scope="module")
def rules():
    return Ruleset(EVERY_RULE, hyperscan=False)


def test_characters_re2_matches_case_insensitively_fold_alike():
    cased = [chr(c) for c in range(CASED_BELOW) if c in orbits() or chr(c).lower() != chr(c) or chr(c).upper() != chr(c)]
    text = "\n".join(cased)
    for ch in cased:
        for other in re2.compile("(?i:" + re2.escape(ch) + ")").findall(text):
            assert fold(other) == fold(ch), (hex(ord(ch)), hex(ord(other)))
    assert fold("ΑΜΚΑ") == fold("αμκα") and fold("ΑΣ") == fold("ας") and fold("\u212a") == "k"


def test_every_folded_keyword_names_its_rules_in_any_case(rules):
    wrong = []
    for i, keywords in rules._keywords.items():
        for word, folded, _ in keywords.words:
            if not folded:
                continue
            for variant in {word, word.upper(), word.title()}:
                if len(variant) != len(word):  # 'ß'.upper() is 'SS': no text RE2 folds to the keyword
                    continue
                named = rules._named(variant.encode())
                if i not in named or len(named) == len(rules._keyworded):
                    wrong.append((rules.rules[i].rule.id, variant))
    assert not wrong, wrong[:20]


def rule_searches(ruleset: Ruleset, text: str, monkeypatch) -> tuple[int, int]:
    """Rule searches and deltas of ``text`` streamed in 1-5 character deltas."""
    calls = 0
    search = Ruleset._next_in_windows

    def counted(self, *args):
        nonlocal calls
        calls += 1
        return search(self, *args)

    monkeypatch.setattr(Ruleset, "_next_in_windows", counted)
    masker, sizes, at, deltas = StreamMasker(ruleset, KEY), random.Random(16), 0, 0
    while at < len(text):
        n = sizes.randrange(1, 6)
        masker.feed(text[at:at + n])
        at, deltas = at + n, deltas + 1
    masker.flush()
    monkeypatch.undo()
    return calls, deltas


@pytest.mark.parametrize("label", ["ΑΜΚΑ: ", "ΑΦΜ ", "ИНН: ", "ЕГН ", "PESEL: ", "Reisepass Nr. "])
def test_a_repeated_label_costs_a_few_rule_searches_per_delta(rules, label, monkeypatch):
    small, large = (label * 400)[:1500], (label * 800)[:3000]
    calls_small, deltas_small = rule_searches(rules, small, monkeypatch)
    calls_large, deltas_large = rule_searches(rules, large, monkeypatch)
    assert calls_large / deltas_large <= 10  # before: ~450 keyword rules for each upper-case Greek label's hit
    assert calls_large <= 2.5 * calls_small
    assert mask_text(large, rules, KEY)[1] == []
