"""Telling reviewers a request is waiting: a Slack-compatible webhook, retried, never in a decision's way."""

from __future__ import annotations

import time
from dataclasses import dataclass

import aiohttp
from tenacity import AsyncRetrying, RetryError, retry_if_exception_type, stop_after_attempt, wait_exponential

from schemas.events import ApprovalRecord


class WebhookFailed(Exception):
    """One attempt failed; the text names the status or the exception type, never the webhook's address."""


@dataclass(frozen=True)
class Delivery:
    delivered: bool
    attempts: int
    error: str = ""


def slack_message(record: ApprovalRecord, link: str) -> dict:
    """Slack's incoming-webhook JSON (``text`` plus a ``section`` block); other chat tools read ``text``."""
    who = record.identity.subject or "an unknown identity"
    what = f"`{record.command}`" if record.command else "(no command)"
    minutes = max(0, round((record.expires_at - time.time()) / 60))
    text = (
        f"Approval needed: {who} wants to run {record.tool_name or 'a tool'} {what}. "
        f"Rule {record.rule}: {record.message}. Expires in about {minutes} min. Review: {link}"
    )
    return {
        "text": text,
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text.replace(f"Review: {link}", f"<{link}|Review it>")}}],
    }


async def send(session: aiohttp.ClientSession, url: str, message: dict, attempts: int, backoff_s: float) -> Delivery:
    """POST ``message`` until a 2xx answer, at most ``attempts`` times with exponential backoff."""
    tried = 0

    async def attempt() -> None:
        nonlocal tried
        tried += 1
        try:
            async with session.post(url, json=message, timeout=aiohttp.ClientTimeout(total=10)) as response:
                if response.status >= 300:
                    raise WebhookFailed(f"HTTP {response.status}")
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise WebhookFailed(type(exc).__name__) from None

    try:
        async for retrying in AsyncRetrying(
            stop=stop_after_attempt(attempts),
            wait=wait_exponential(multiplier=backoff_s, max=60),
            retry=retry_if_exception_type(WebhookFailed),
        ):
            with retrying:
                await attempt()
    except RetryError as exc:
        return Delivery(False, tried, str(exc.last_attempt.exception()))
    return Delivery(True, tried)
