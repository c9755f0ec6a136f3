"""The recorder's prompt masking (``services/recorder/masking.py``) with the masker's real rules: what it remembers
between sessions never changes what is stored."""

from __future__ import annotations

import functools

import msgspec

from schemas.events import Identity
from services.masker.policy import MaskerPolicy, compile_policy
from services.masker.worker import ActivePolicy
from services.recorder.masking import PromptMasking

SECRET = "ghp_4fK9xQ2mZ7pL0aR8sT3vW6yB1cD5eH9jN2kM"
EMAIL = "dana.kowalski@northwind-logistics.com"
MASKED_ROLE = "contractor"


def message(text: str) -> bytes:
    return msgspec.json.encode({"role": "user", "content": text})


@functools.cache
def masking_policy() -> ActivePolicy:
    """Requests of ``contractor`` callers masked with every rule (emails hashed per session); everyone else's
    credentials only. Compiled once (seconds of RE2)."""
    policy = MaskerPolicy(mask_requests=True, request_roles=[MASKED_ROLE], styles={"email": "hash"})
    return ActivePolicy("v1", policy, compile_policy(policy))


def masking() -> PromptMasking:
    return PromptMasking(b"k" * 32, masking_policy())


DEV = Identity(subject="ann", issuer="https://issuer", roles=("developer",))
CONTRACTOR = Identity(subject="bob", issuer="https://issuer", roles=(MASKED_ROLE,))


def test_a_clean_content_is_stored_as_sent_in_every_session():
    prompts = masking()
    content = message("Summarise the release notes for the team.")
    for session in ("s1", "s2", "s3"):
        assert prompts.mask(DEV, session, "message", content) == content
        assert prompts.mask(CONTRACTOR, session, "message", content) == content


def test_content_clean_for_one_caller_is_still_masked_for_a_caller_whose_requests_are_masked():
    """An email is no credential: clean for a developer (credential rules), masked for a contractor (every rule),
    whichever is seen first."""
    prompts = masking()
    content = message(f"Mail the summary to {EMAIL} please.")
    assert prompts.mask(DEV, "s1", "message", content) == content
    masked = prompts.mask(CONTRACTOR, "s1", "message", content)
    assert EMAIL.encode() not in masked and b"[email:" in masked
    assert prompts.mask(DEV, "s2", "message", content) == content


def test_findings_are_masked_in_every_session_with_that_sessions_tokens():
    prompts = masking()
    content = message(f"token {SECRET}, reply to {EMAIL}")
    first = prompts.mask(CONTRACTOR, "s1", "message", content)
    again = prompts.mask(CONTRACTOR, "s1", "message", content)
    other = prompts.mask(CONTRACTOR, "s2", "message", content)
    for masked in (first, other):
        assert SECRET.encode() not in masked and EMAIL.encode() not in masked
    assert again == first, "one session: the same stand-in for the same value"
    assert other != first, "another session: stand-ins unlinkable to the first's"
    assert SECRET.encode() not in prompts.mask(DEV, "s3", "message", content)


def test_a_new_policy_forgets_what_was_clean():
    prompts = masking()
    content = message(f"Mail the summary to {EMAIL} please.")
    assert prompts.mask(CONTRACTOR, "s1", "message", content) != content
    unmasked = MaskerPolicy()
    prompts.use(ActivePolicy("v2", unmasked, compile_policy(unmasked)))
    assert prompts.mask(CONTRACTOR, "s1", "message", content) == content
    prompts.use(masking_policy())
    assert EMAIL.encode() not in prompts.mask(CONTRACTOR, "s1", "message", content)
