"""Domain errors carry their status and Anthropic type; the gateway's one middleware renders them.

Served over loopback HTTP by the gateway's own ``anthropic_errors`` middleware, read back by a real client.
"""

from __future__ import annotations

import json

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from services.cli.gateway import anthropic_errors
from services.common.errors import ApiError
from services.ingress.app import RequestMaskingFailed
from services.ingress.body import InvalidBody, read_body


async def _raising(error: Exception):
    async def handler(request: web.Request) -> web.Response:
        raise error

    app = web.Application(middlewares=[anthropic_errors])
    app.router.add_get("/", handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session, session.get(server.make_url("/")) as response:
            return response.status, await response.text(), response.headers
    finally:
        await server.close()


@pytest.mark.parametrize(
    ("error", "status", "error_type"),
    [
        (ApiError("the recorder is away"), 500, "api_error"),
        (ApiError("too big", error_type="request_too_large"), 413, "request_too_large"),
        (ApiError("issuer away", error_type="api_error", status=503), 503, "api_error"),
        (InvalidBody("messages must be a list"), 400, "invalid_request_error"),
        (RequestMaskingFailed("the masker did not answer (fail closed)"), 503, "api_error"),
    ],
)
async def test_a_raised_domain_error_reaches_the_client_in_the_anthropic_shape(error, status, error_type):
    got_status, text, _ = await _raising(error)
    assert got_status == status
    assert json.loads(text) == {"type": "error", "error": {"type": error_type, "message": str(error)}}


async def test_retry_after_is_sent_when_the_error_carries_it():
    status, text, headers = await _raising(ApiError("slow down", error_type="rate_limit_error", retry_after=2.4))
    assert status == 429 and json.loads(text)["error"]["type"] == "rate_limit_error"
    assert headers["retry-after"] == "2"


async def test_an_unrelated_exception_is_a_500_that_does_not_show_its_message():
    status, text, _ = await _raising(RuntimeError("a bug, with details the client must not see"))
    assert status == 500
    assert "details the client must not see" not in text


def test_a_hostile_body_raises_invalid_body_with_its_status():
    with pytest.raises(InvalidBody) as raised:
        read_body(b'{"model": 5, "messages": "not a list"')
    assert raised.value.status == 400 and raised.value.error_type == "invalid_request_error"
