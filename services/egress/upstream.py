"""Calls to the real (or simulated) Claude API, with the gateway's own credential.

The upstream URL comes from a fixed template per endpoint the gateway serves, with the
model id quoted as one path segment: no client input can reach another upstream path
with the gateway's key.

Retries follow the Anthropic clients' own rules: connection errors, 429, 500,
529 and ``overloaded_error`` are retried with exponential backoff that honours
``retry-after``, within ``retry_budget_s`` in all: a ``retry-after`` that would pass the
budget ends retrying at once. The egress retries only before it has sent the client a
byte; ``open`` therefore returns a response whose status is final.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote

import aiohttp
import msgspec
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type

from services.common.config import UpstreamConfig
from services.egress.sse import EventTooLarge, SSEEvent, SSEParser

RETRYABLE_STATUSES = frozenset({429, 500, 529})

ENDPOINTS = {
    "messages": ("POST", "/v1/messages"),
    "count_tokens": ("POST", "/v1/messages/count_tokens"),
    "models.list": ("GET", "/v1/models"),
    "models.get": ("GET", "/v1/models/{model}"),
}
"""The only calls the gateway makes upstream: method and path template per endpoint it serves."""


def upstream_call(endpoint: str, model: str) -> tuple[str, str]:
    """Method and path of ``endpoint``; the model id can only ever be one quoted path segment."""
    method, template = ENDPOINTS[endpoint]
    return method, template.format(model=quote(model, safe=""))


class RetryableUpstreamError(Exception):
    """A try that may succeed if repeated; carries what the client gets if every try fails."""

    def __init__(self, status: int, body: bytes, headers: Mapping[str, str], retry_after: float | None):
        super().__init__(f"upstream answered {status}")
        self.status = status
        self.body = body
        self.headers = dict(headers)
        self.retry_after = retry_after


class UpstreamUnavailable(Exception):
    """Every try failed to connect or was cut off before an answer."""


RETRYABLE_ERRORS = (RetryableUpstreamError, aiohttp.ClientConnectionError)


class _ErrorShape(msgspec.Struct, frozen=True):
    type: str = ""


class _ErrorEnvelope(msgspec.Struct):
    error: _ErrorShape = _ErrorShape()


def error_type_of(body: bytes) -> str:
    """The Anthropic error type in an error body or SSE ``error`` event, or "" if it has none."""
    try:
        return msgspec.json.decode(body, type=_ErrorEnvelope).error.type
    except msgspec.MsgspecError:
        return ""


def parse_retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


STREAM_PREAMBLE = frozenset({"message_start", "ping"})
"""Events that precede any content: an ``overloaded_error`` after them is still retryable."""


@dataclass
class UpstreamAnswer:
    response: aiohttp.ClientResponse
    attempts: int
    head: list[SSEEvent]
    """For streams: the events read while making sure the stream did not fail at once."""
    parser: SSEParser | None


class Upstream:
    def __init__(self, config: UpstreamConfig, max_event_bytes: int, session: aiohttp.ClientSession | None = None):
        self.config = config
        self.max_event_bytes = max_event_bytes
        """The largest SSE event accepted from the upstream (``[gateway] max_event_bytes``)."""
        self.base_url = config.url.rstrip("/")
        self.session = session or aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(
                total=None, connect=config.connect_timeout_s, sock_read=config.read_timeout_s
            ),
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300),
            skip_auto_headers=("User-Agent",),
        )

    async def close(self) -> None:
        await self.session.close()

    def _stop(self, state: RetryCallState) -> bool:
        """Stop after ``max_attempts``, or when the next try would start after the retry budget."""
        if state.attempt_number >= self.config.max_attempts:
            return True
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        wait = state.upcoming_sleep if retry_after is None else retry_after
        return (state.seconds_since_start or 0.0) + wait > self.config.retry_budget_s

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            return min(retry_after, self.config.max_backoff_s)
        backoff = self.config.initial_backoff_s * 2 ** (state.attempt_number - 1)
        return min(backoff, self.config.max_backoff_s) * random.uniform(0.75, 1.0)

    async def open(
        self, endpoint: str, model: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> UpstreamAnswer:
        """Send the call for ``endpoint``, retrying what is retryable, and return the answer to relay.

        ``query`` is the client's raw query string; its parameters are re-encoded, so they stay parameters.
        Raises ``RetryableUpstreamError`` (the last error answer) or ``UpstreamUnavailable``
        when every try failed.
        """
        method, path = upstream_call(endpoint, model)
        url = self.base_url + path
        params = parse_qsl(query, keep_blank_values=True)
        send_headers = {**headers, "x-api-key": self.config.key}
        if body:
            send_headers["content-type"] = "application/json"
        retrying = AsyncRetrying(
            stop=self._stop,
            wait=self._wait,
            retry=retry_if_exception_type(RETRYABLE_ERRORS),
            reraise=True,
        )
        started = time.monotonic()
        try:
            # The first try runs outside tenacity, whose state, actions and callbacks per attempt cost ~3% of a
            # gateway process's CPU at c=32 (py-spy) for calls that nearly all succeed at once. A failed first try
            # enters tenacity as its first attempt, timed from the first try's start, so the rules are the same.
            first: BaseException | None = None
            try:
                return await self._try(method, url, params, send_headers, body, 1)
            except RETRYABLE_ERRORS as exc:
                first = exc
            async for attempt in retrying:
                with attempt:
                    if first is not None:
                        attempt.retry_state.start_time = started
                        failed, first = first, None
                        raise failed
                    return await self._try(method, url, params, send_headers, body, attempt.retry_state.attempt_number)
        except EventTooLarge as exc:
            raise UpstreamUnavailable(str(exc)) from None
        except aiohttp.ClientConnectionError as exc:
            tries = retrying.statistics.get("attempt_number", 1)
            raise UpstreamUnavailable(f"could not reach the upstream after {tries} tries: {type(exc).__name__}") from None
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    async def _try(
        self, method: str, url: str, params: list[tuple[str, str]], headers: Mapping[str, str], body: bytes, attempt: int
    ) -> UpstreamAnswer:
        """One try: the answer to relay, or ``RetryableUpstreamError`` for one that may succeed if repeated."""
        response = await self.session.request(method, url, params=params, headers=headers, data=body or None)
        if response.status in RETRYABLE_STATUSES or (
            response.status >= 400 and response.content_type == "application/json"
            and error_type_of(await response.read()) == "overloaded_error"
        ):
            error_body = await response.read()
            response.release()
            raise RetryableUpstreamError(
                response.status,
                error_body,
                response.headers,
                parse_retry_after(response.headers.get("retry-after")),
            )
        answer = UpstreamAnswer(response, attempt, [], None)
        if response.status == 200 and response.content_type == "text/event-stream":
            await _read_stream_head(answer, self.max_event_bytes)
        return answer


async def _read_stream_head(answer: UpstreamAnswer, max_event_bytes: int) -> None:
    """Read up to the first content event; an early ``overloaded_error`` makes the try retryable."""
    answer.parser = SSEParser(max_event_bytes)
    async for chunk in answer.response.content.iter_any():
        events = answer.parser.feed(chunk)
        answer.head.extend(events)
        for event in events:
            if event.name == "error" and error_type_of(event.data) == "overloaded_error":
                answer.response.release()
                raise RetryableUpstreamError(529, event.data, {}, None)
            if event.name not in STREAM_PREAMBLE:
                return
