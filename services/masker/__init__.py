"""Masker: secrets and personal data never leave the gateway unmasked, streamed or not."""

from .engine import Finding, PolicyError, Rule, Ruleset, mask_text
from .policy import CustomRule, MaskerPolicy, compile_policy
from .stream import StreamMasker, StreamState

__all__ = [
    "CustomRule", "Finding", "MaskerPolicy", "PolicyError", "Rule", "Ruleset",
    "StreamMasker", "StreamState", "compile_policy", "mask_text",
]
