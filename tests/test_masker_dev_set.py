"""The development set, as a regression test: every expected span masked, no look-alike touched, whole and streamed.

tests/masker_eval/dev.jsonl (written by tests/masker_dev_set.py) holds texts
with the exact spans of 76 kinds of secrets and personal data, and 20 classes of
look-alikes; dev_pass3.jsonl beside it adds the third pass's value delimiters (INI/YAML
lines, quoted CLI and SQL passwords), Medicare, My Number, Docker auths, new vendor
formats and test-card look-alikes; dev_pass4.jsonl the fourth pass's ids in any grouping, passwords ended by their
syntax (connection strings, shell variables, .pgpass) and key ids under key names; dev_pass5.jsonl the fifth pass's
ids named in their own languages, passwords in more syntaxes and languages, split and base64 keys, new vendor
formats and test card numbers on both sides of their rule; dev_pass6.jsonl the sixth pass's GCP key ids beside their
key and Twilio tokens passed to Client(account_sid, ...). bench/masker_eval.py prints the per-type and per-class
figures; this test keeps them from sliding back.
"""

from pathlib import Path

import pytest

from bench.masker_eval import altered_look_alikes, covered, is_ip, load, missed_spans
from services.masker import MaskerPolicy, compile_policy, mask_text

DEV = Path(__file__).resolve().parent / "masker_eval" / "dev.jsonl"
PASS3 = DEV.with_name("dev_pass3.jsonl")  # written by tests/masker_eval/dev_pass3_make.py
PASS4 = DEV.with_name("dev_pass4.jsonl")  # written by tests/masker_eval/dev_pass4_make.py
PASS5 = DEV.with_name("dev_pass5.jsonl")  # written by tests/masker_eval/dev_pass5_make.py
PASS6 = DEV.with_name("dev_pass6.jsonl")  # written by tests/masker_eval/dev_pass6_make.py
KEY = b"dev-set"
RULES = compile_policy(MaskerPolicy())
CASES = load(DEV) + load(PASS3) + load(PASS4) + load(PASS5) + load(PASS6)


def test_the_dev_set_is_as_documented():
    positives = [spans for _, spans, _ in CASES if spans]
    kinds = {kind for spans in positives for _, _, kind in spans}
    classes = {cls for _, spans, cls in CASES if not spans}
    assert len(CASES) >= 300 and len(positives) >= 250 and len(kinds) >= 70 and len(classes) >= 18


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_expected_span_is_masked(mode):
    assert missed_spans(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_no_look_alike_is_altered(mode):
    assert altered_look_alikes(CASES, RULES, KEY, mode) == []


def test_nothing_outside_the_expected_spans_is_masked():
    extra = []
    for text, spans, _ in CASES:
        for f in mask_text(text, RULES, KEY)[1]:
            if spans and not any(f.start < end and start < f.end for start, end, _ in spans):
                extra.append((f.type, text[f.start:f.end]))
    assert extra == []


def test_ip_addresses_are_masked_only_when_the_policy_turns_them_on():
    ip_cases = [(text, spans) for text, spans, _ in CASES if any(is_ip(kind) for _, _, kind in spans)]
    assert ip_cases
    on = compile_policy(MaskerPolicy(detectors=list(MaskerPolicy().detectors) + ["ipv4", "ipv6"]))
    for text, spans in ip_cases:
        assert mask_text(text, RULES, KEY)[0] == text
        findings = mask_text(text, on, KEY)[1]
        assert all(covered(start, end, findings) for start, end, _ in spans)
