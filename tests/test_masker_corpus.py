"""Recall by type and clean texts altered, on the generated corpus (tests/masker_corpus.py)."""

from collections import Counter

import pytest

from services.masker import MaskerPolicy, compile_policy, mask_text
from tests.masker_corpus import CLEAN, FORMAT_SECRETS, PERSONAL_DATA, POSITIVE

KEY = b"corpus-session"


@pytest.fixture(scope="module")
def rules():
    return compile_policy(MaskerPolicy())


def _caught(sample, expected_type, value, masked, findings) -> bool:
    at = sample.text.index(value)
    covered = any(f.type == expected_type and f.start < at + len(value) and f.end > at for f in findings)
    return covered and value not in masked


def test_corpus_size():
    assert len(POSITIVE) >= 160 and len(CLEAN) >= 110


def test_recall_by_type(rules):
    total, caught, missed = Counter(), Counter(), []
    for sample in POSITIVE:
        masked, findings = mask_text(sample.text, rules, KEY)
        for expected_type, value in sample.expected:
            total[expected_type] += 1
            if _caught(sample, expected_type, value, masked, findings):
                caught[expected_type] += 1
            else:
                missed.append((expected_type, sample.text[:120], [f.type for f in findings]))
    print("\nrecall by type:")
    for kind in sorted(total):
        print(f"  {kind:16s} {caught[kind]:3d}/{total[kind]:3d}  {caught[kind] / total[kind]:.1%}")
    for group, kinds in (("format-defined secrets", FORMAT_SECRETS), ("validated personal data", PERSONAL_DATA)):
        n, k = sum(total[t] for t in kinds), sum(caught[t] for t in kinds)
        print(f"  {group}: {k}/{n} = {k / n:.1%}")
    for miss in missed:
        print("  MISSED", miss)
    secrets_recall = sum(caught[t] for t in FORMAT_SECRETS) / sum(total[t] for t in FORMAT_SECRETS)
    personal_recall = sum(caught[t] for t in PERSONAL_DATA) / sum(total[t] for t in PERSONAL_DATA)
    assert secrets_recall >= 0.99
    assert personal_recall >= 0.97


def test_clean_texts_unchanged(rules):
    altered = []
    for text in CLEAN:
        masked, findings = mask_text(text, rules, KEY)
        if masked != text:
            altered.append((text[:100], [(f.type, text[f.start:f.end][:12]) for f in findings]))
    share = len(altered) / len(CLEAN)
    print(f"\nclean texts altered: {len(altered)}/{len(CLEAN)} = {share:.1%}")
    for entry in altered:
        print("  ALTERED", entry)
    assert share <= 0.01


def test_no_detected_value_survives(rules):
    for sample in POSITIVE:
        masked, findings = mask_text(sample.text, rules, KEY)
        for f in findings:
            value = sample.text[f.start:f.end]
            assert value not in masked, (f, sample.text[:80])
