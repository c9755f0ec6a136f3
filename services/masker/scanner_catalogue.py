"""What the masker's thirty-third pass took from public secret scanners' catalogues (issue 16), and card precision.

gitleaks' default rules, TruffleHog's detectors and GitHub's partner patterns were generated value by value in their
own variables, headers and files; the masker knew nearly all of them. What it lacked: five vendor prefixes TruffleHog
catalogues (Together ``tgp_v1_``, Fireworks ``fw_``, E2B ``e2b_``, Yandex OAuth ``y0_``, ClickUp personal tokens
``pk_<user id>_``), all anchored on a literal, so flat in the hit search and held back no longer than their own value.

A card-shaped number (four groups of four, Amex 4-6-5, sixteen digits or more in one run) is a card or nothing: after
a card word ('número de tarjeta: 4532 0151 1283 0367', Luhn failing) a phone rule's word ('número') took its first
twelve digits as a phone. No phone plan writes such a number, so the phone rules leave it to the card rules, which
check Luhn.
"""

from __future__ import annotations

from . import validators as v
from .engine import Rule

RULES_PREFIXED = (
    Rule("together_key", "together_key", r"\b(?P<v>tgp_v1_[A-Za-z0-9_-]{40,64})(?:[^A-Za-z0-9_-]|$)",
         validate=v.mixed_token, category="secret"),
    Rule("fireworks_key", "fireworks_key", r"\bfw_[A-Za-z0-9]{20,40}\b", validate=v.mixed_token, category="secret"),
    Rule("e2b_key", "e2b_key", r"\be2b_[0-9a-f]{40}\b", validate=v.mixed_lower, category="secret"),
    Rule("yandex_oauth_token", "yandex_oauth_token", r"\b(?P<v>y0_[A-Za-z0-9_-]{50,64})(?:[^A-Za-z0-9_-]|$)",
         validate=v.mixed_token, category="secret"),
    Rule("clickup_token", "clickup_token", r"\bpk_\d{4,12}_[A-Z0-9]{32}\b", validate=v.token, category="secret"),
)
