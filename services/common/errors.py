"""Errors in the Anthropic API's shape, so every client handles them natively."""

from __future__ import annotations

import msgspec
from aiohttp import web

STATUS_BY_TYPE = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}


TYPE_BY_STATUS = {status: error_type for error_type, status in STATUS_BY_TYPE.items()}


def error_type_for(status: int) -> str:
    """The Anthropic error type a status stands for; ``api_error`` for any other."""
    return TYPE_BY_STATUS.get(status, "api_error")


class ErrorDetail(msgspec.Struct):
    type: str
    message: str


class ErrorBody(msgspec.Struct, tag="error", tag_field="type"):
    error: ErrorDetail


def error_body(error_type: str, message: str) -> bytes:
    return msgspec.json.encode(ErrorBody(ErrorDetail(error_type, message)))


def error_response(
    error_type: str,
    message: str,
    status: int | None = None,
    retry_after: float | None = None,
) -> web.Response:
    """An Anthropic-shaped error response: ``{"type":"error","error":{"type":..., "message":...}}``."""
    headers = {}
    if retry_after is not None:
        headers["retry-after"] = str(max(1, round(retry_after)))
    return web.Response(
        status=status or STATUS_BY_TYPE.get(error_type, 500),
        body=error_body(error_type, message),
        content_type="application/json",
        headers=headers,
    )


class ApiError(Exception):
    """A refusal with its status and Anthropic error type: raise it anywhere under a handler and the gateway's
    ``anthropic_errors`` middleware renders it, so no call site maps it to a response. The message is shown to the
    client: never put a token, key or unmasked value in it."""

    status = 500
    error_type = "api_error"

    def __init__(self, message: str, *, status: int | None = None, error_type: str | None = None, retry_after: float | None = None):
        super().__init__(message)
        if error_type is not None:
            self.error_type = error_type
            self.status = STATUS_BY_TYPE.get(error_type, 500)
        if status is not None:
            self.status = status
        self.retry_after = retry_after

    def response(self) -> web.Response:
        return error_response(self.error_type, str(self), self.status, self.retry_after)
