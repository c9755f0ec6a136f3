"""Bounded waits that never swallow a cancellation."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable


async def wait_at_most(awaitable: Awaitable[object], timeout_s: float) -> None:
    """Await ``awaitable`` for at most ``timeout_s``; running out of time is not an error. ``asyncio.timeout``,
    not ``wait_for``: on Python 3.11 ``wait_for`` can swallow a cancellation that arrives as it times out, and a
    stop asked then would hang."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout_s):
            await awaitable
