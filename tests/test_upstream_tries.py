"""The upstream client's tries: what a caller gets when the Claude API cannot be reached or keeps failing.

Real HTTP over loopback: an aiohttp server stands in for the upstream, and a port nothing listens on for one that
cannot be reached. The retry rules themselves through the whole gateway are in test_pipeline.py and
test_hostile_requests.py; these pin the edges the first try, made outside tenacity, must keep.
"""

from __future__ import annotations

import asyncio
import socket
import time

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from services.common.config import UpstreamConfig
from services.egress.upstream import RetryableUpstreamError, Upstream, UpstreamUnavailable


def _closed_port() -> int:
    """A loopback port that refuses connections (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _upstream(delay_s: float, status: int) -> tuple[TestServer, list[float]]:
    """An upstream that answers every call with ``status`` after ``delay_s``; returns when each call arrived."""
    arrivals: list[float] = []

    async def messages(request: web.Request) -> web.Response:
        arrivals.append(time.monotonic())
        await asyncio.sleep(delay_s)
        return web.json_response({"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}, status=status)

    app = web.Application()
    app.router.add_post("/v1/messages", messages)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server, arrivals


async def test_an_unreachable_upstream_is_tried_max_attempts_times_then_reported():
    config = UpstreamConfig(url=f"http://127.0.0.1:{_closed_port()}", key="k", max_attempts=3, initial_backoff_s=0.01)
    upstream = Upstream(config, 1 << 20)
    try:
        with pytest.raises(UpstreamUnavailable, match="after 3 tries"):
            await upstream.open("messages", "claude-x", "", {}, b"{}")
    finally:
        await upstream.close()


async def test_a_failing_upstream_is_retried_and_its_last_error_returned():
    server, arrivals = await _upstream(0.0, 529)
    config = UpstreamConfig(url=str(server.make_url("")), key="k", max_attempts=3, initial_backoff_s=0.01)
    upstream = Upstream(config, 1 << 20)
    try:
        with pytest.raises(RetryableUpstreamError) as raised:
            await upstream.open("messages", "claude-x", "", {}, b"{}")
        assert raised.value.status == 529
        assert len(arrivals) == 3
    finally:
        await upstream.close()
        await server.close()


async def test_the_retry_budget_counts_the_first_try():
    """A first try that took 0.3 s of a 0.35 s budget leaves no room for a 0.075-0.1 s backoff: no second try."""
    server, arrivals = await _upstream(0.3, 529)
    config = UpstreamConfig(url=str(server.make_url("")), key="k", max_attempts=4, initial_backoff_s=0.1, retry_budget_s=0.35)
    upstream = Upstream(config, 1 << 20)
    try:
        with pytest.raises(RetryableUpstreamError):
            await upstream.open("messages", "claude-x", "", {}, b"{}")
        assert len(arrivals) == 1
    finally:
        await upstream.close()
        await server.close()
