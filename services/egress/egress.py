"""The egress stage: waits for the required verdicts, then calls the upstream and relays its answer.

Every outcome is an event: ``request.released`` or ``request.rejected``, then
``response.started`` and ``response.completed`` or ``response.failed``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from aiohttp import web

from schemas import subjects
from schemas.events import (
    MaskChunk,
    RequestReceived,
    RequestRejected,
    RequestReleased,
    ResponseCompleted,
    ResponseFailed,
    ResponseStarted,
    ToolUseVerdict,
    Verdict,
    about,
)
from services.common import metrics
from services.common.bus import Bus, NotRecorded, Publication
from services.common.config import GatewayConfig
from services.common.errors import error_body, error_response, error_type_for
from services.common.sealing import InputSealer
from services.egress.changes import apply_changes
from services.egress.gate import Hold, Reject, Release, VerdictGate, decide, decide_held
from services.egress.masking import UNAVAILABLE, MaskerClient, MaskingFailed, MaskingStage, MaskSettings, mask_message
from services.egress.relay import ClientStream, read_message
from services.egress.sse import encode_sse
from services.egress.stages import StreamPipeline, StreamStage
from services.egress.tool_use import ToolUseGate, ToolUseJudge, ToolUseSettings, ToolUseWaiter, gate_message
from services.egress.upstream import (
    RetryableUpstreamError,
    Upstream,
    UpstreamAnswer,
    UpstreamUnavailable,
    error_type_of,
)
from services.egress.visible_changes import CHANGES_KEY, rejection_headers

log = logging.getLogger("lockgate.egress")

REQUEST_ID_HEADER = "x-lockgate-request-id"
"""Names the request in the event stream and the audit store."""
RELAYED_HEADERS = ("request-id", "retry-after")
"""Upstream response headers the client sees; rate-limit headers describe the gateway's key, not the client."""


class Egress:
    def __init__(self, config: GatewayConfig, bus: Bus, upstream: Upstream, sealer: InputSealer | None = None):
        self.config = config
        self.bus = bus
        self.upstream = upstream
        self.required = tuple(config.required_stages)
        self.gate = VerdictGate()
        self.tool_use = ToolUseSettings(
            stages=tuple(config.tool_use_stages),
            deadline_s=config.tool_use_deadline_ms / 1000,
            approval_stage=config.approval_stage,
            approval_timeout_s=config.approval_timeout_s,
            keepalive_s=config.keepalive_s,
            sealer=sealer,
        )
        self.tool_use_waiter = ToolUseWaiter()
        self.mask = MaskSettings(stages=tuple(config.mask_stages), deadline_s=config.mask_deadline_ms / 1000)

    async def start(self) -> None:
        """Listen for verdicts. Core subscriptions: verdicts matter only while a request waits. A gateway whose stages
        decide its own requests only (``Bus.decides_here``) hears their verdicts in process, not other processes'."""
        if self.required and self.bus.own_events_only:
            for stage in dict.fromkeys([*self.required, self.config.approval_stage]):
                if stage:
                    await self.bus.on_events(subjects.verdict_subject(stage), self._on_verdict, in_process_only=self.bus.decides_here(stage))
        elif self.required:
            await self.bus.on_events(subjects.VERDICTS, self._on_verdict)
        if self.tool_use.stages and self.tool_use.approval_stage:
            await self.bus.on_events(subjects.tool_use_verdict_subject(self.tool_use.approval_stage), self._on_verdict)

    async def _on_verdict(self, event) -> None:
        """Request verdicts from every stage; tool-use verdicts only from the approver (the rest answer by request/reply)."""
        if isinstance(event, Verdict):
            await self.gate.on_verdict(event)
        elif isinstance(event, ToolUseVerdict):
            await self.tool_use_waiter.on_verdict(event)

    def _judge(self, event: RequestReceived) -> ToolUseJudge | None:
        """Tool calls are judged in Messages answers when tool-use stages are configured."""
        if not self.tool_use.stages or event.endpoint != "messages":
            return None
        return ToolUseJudge(self.bus, self.tool_use_waiter, self.tool_use, event, self._redactor(event))

    def _redactor(self, event: RequestReceived):
        """Masks text the egress records (tool inputs and judged commands) with the configured masking stages."""
        masker = self._masker(event)

        async def redact(text: str) -> str:
            if masker is None or not text:
                return text
            try:
                (masked,) = await masker.mask([MaskChunk(block_index=-1, field="tool_input", text=text, final=True)])
            except MaskingFailed:
                return UNAVAILABLE
            return masked

        return redact

    def _stream_stages(self, event: RequestReceived, keepalive: Callable[[], Awaitable[None]]) -> list[StreamStage]:
        """The tool-use gate, then masking: a call is judged on the model's input, and what the client gets is masked."""
        stages: list[StreamStage] = []
        judge = self._judge(event)
        if judge is not None:
            stages.append(ToolUseGate(judge, keepalive))
        masker = self._masker(event)
        if masker is not None:
            stages.append(MaskingStage(masker))
        return stages

    def _masker(self, event: RequestReceived) -> MaskerClient | None:
        """Messages answers are masked when masking stages are configured."""
        if not self.mask.stages or event.endpoint != "messages":
            return None
        return MaskerClient(self.bus, self.mask, event)

    def expect(self, event: RequestReceived) -> None:
        """Called by the ingress before it publishes ``event``."""
        if self.required:
            self.gate.expect(event.request_id, self.required, self.config.approval_stage)

    async def relay(self, request: web.Request, event: RequestReceived, body: bytes, received: Publication) -> web.StreamResponse:
        """Release ``event``'s request once every required stage allowed it and the stream stored it."""
        outcome: Release | Hold | Reject = Release(None)
        waited_ms = 0.0
        verdicts: dict[str, Verdict] = {}
        if self.required:
            deadline_ms = self.config.verdict_deadline_ms + self.config.verdict_deadline_per_mib_ms * event.body_size / 2**20
            try:
                verdicts, waited_ms = await self.gate.wait(event.request_id, deadline_ms / 1000)
                outcome = decide(self.required, verdicts, waited_ms)
                for verdict in verdicts.values():
                    metrics.VERDICTS.labels(verdict.stage, verdict.decision, verdict.rule).inc()
                if isinstance(outcome, Hold):
                    outcome = await self._hold(event, outcome)
            finally:
                self.gate.forget(event.request_id)
        trace = metrics.trace_of(request)
        if isinstance(outcome, Reject):
            trace.decision, trace.stage, trace.rule = "rejected", outcome.stage, outcome.rule
            await self.bus.emit(
                RequestRejected(
                    **about(event),
                    status=outcome.status,
                    error_type=outcome.error_type,
                    message=outcome.message,
                    stage=outcome.stage,
                    rule=outcome.rule,
                )
            )
            retry_after = verdicts[outcome.stage].retry_after if outcome.stage in verdicts else None
            refused = error_response(outcome.error_type, outcome.message, outcome.status, retry_after)
            refused.headers.update(rejection_headers(outcome.rule))
            return _tagged(refused, event)

        body = apply_changes(body, outcome.changes)
        trace.decision = "released"
        request[CHANGES_KEY] = outcome.changes
        await self.bus.emit(
            RequestReleased(**about(event), stages=self.required, changes=outcome.changes, waited_ms=waited_ms)
        )
        return await self._call_upstream(request, event, body, received)

    async def _hold(self, event: RequestReceived, hold: Hold) -> Release | Reject:
        """Wait, with nothing sent upstream yet, for the approval stage's word on a request a stage held for approval.

        The hold has its own deadline (``approval_timeout_s``), not the verdict deadline. A streamed call gets no
        bytes meanwhile: the SDKs' read timeout (10 minutes) covers the default 5-minute approval timeout."""
        stage, timeout_s = self.config.approval_stage, self.config.approval_timeout_s
        approval = await self.gate.wait_approval(event.request_id, timeout_s) if stage else None
        if approval is not None:
            metrics.VERDICTS.labels(approval.stage, approval.decision, approval.rule).inc()
        return decide_held(hold, stage, approval, timeout_s)

    async def _call_upstream(
        self, request: web.Request, event: RequestReceived, body: bytes, received: Publication
    ) -> web.StreamResponse:
        """Open the upstream call while the stream's acknowledgement of ``request.received`` is still on its way
        (the two overlap), and relay nothing of the answer unless the request is on record."""
        started = time.perf_counter()
        trace = metrics.trace_of(request)
        trace.upstream_at = started
        opening = asyncio.ensure_future(self.upstream.open(event.endpoint, event.model, event.query, event.headers, body))
        try:
            await self.bus.recorded(received)
        except NotRecorded:
            await _abandon(opening)
            trace.decision, trace.stage = "rejected", "record"
            await self._failed(event, 503, "api_error", UNRECORDED_REQUEST)
            return _tagged(error_response("api_error", UNRECORDED_REQUEST, 503), event)
        except BaseException:
            await _abandon(opening)
            raise
        try:
            answer = await opening
        except RetryableUpstreamError as exc:
            metrics.UPSTREAM_ERRORS.labels("retries_exhausted").inc()
            await self._failed(event, exc.status, error_type_of(exc.body), "upstream error persisted after retries")
            headers = {k: v for k, v in exc.headers.items() if k.lower() in RELAYED_HEADERS}
            body = anthropic_error(exc.status, exc.body)
            return _tagged(web.Response(status=exc.status, body=body, content_type="application/json", headers=headers), event)
        except UpstreamUnavailable as exc:
            metrics.UPSTREAM_ERRORS.labels("unreachable").inc()
            await self._failed(event, 502, "api_error", str(exc))
            return _tagged(error_response("api_error", f"the Claude API could not be reached: {exc}", 502), event)
        except asyncio.CancelledError:
            await self._failed(event, 499, "client_disconnected", "client went away before the answer", disconnected=True)
            raise

        trace.upstream_ms = round((time.perf_counter() - started) * 1000, 3)
        metrics.UPSTREAM_RETRIES.inc(answer.attempts - 1)
        if answer.response.status >= 400:
            metrics.UPSTREAM_ERRORS.labels(f"status_{answer.response.status}").inc()
        await self.bus.emit(
            ResponseStarted(
                **about(event),
                status=answer.response.status,
                attempts=answer.attempts,
                upstream_ms=(time.perf_counter() - started) * 1000,
            )
        )
        if answer.parser is not None:
            return await self._relay_stream(request, event, answer, started)
        return await self._relay_whole(event, answer, started)

    async def _relay_whole(self, event: RequestReceived, answer: UpstreamAnswer, started: float) -> web.StreamResponse:
        response = answer.response
        try:
            if response.status >= 400:
                payload = await response.read()  # an error answer was read already, to see if it is retryable
            else:
                payload = await _read_at_most(response, self.config.max_event_bytes)
        except AnswerTooLarge as exc:
            await self._failed(event, 502, "api_error", str(exc), answer.attempts)
            return _tagged(error_response("api_error", str(exc), 502), event)
        finally:
            response.release()
        headers = {k: v for k, v in response.headers.items() if k.lower() in RELAYED_HEADERS}
        judge = self._judge(event)
        if judge is not None and response.status == 200:
            payload = await gate_message(payload, judge, _no_keepalive)
        masker = self._masker(event)
        if masker is not None and response.status == 200:
            try:
                payload = await mask_message(payload, masker)
            except MaskingFailed as exc:
                await self._failed(event, 503, "api_error", str(exc), answer.attempts)
                return _tagged(error_response("api_error", str(exc), 503), event)
        if response.status >= 400:
            await self._failed(event, response.status, error_type_of(payload), "upstream refused the request", answer.attempts)
            payload = anthropic_error(response.status, payload)
        else:
            model, stop_reason, usage = read_message(payload)
            completed = await self.bus.emit(
                ResponseCompleted(
                    **about(event),
                    status=response.status,
                    model=model,
                    stop_reason=stop_reason,
                    usage=usage,
                    bytes_sent=len(payload),
                    duration_ms=(time.perf_counter() - started) * 1000,
                )
            )
            try:
                await self.bus.recorded(completed)
            except NotRecorded:
                return _tagged(error_response("api_error", UNRECORDED_ANSWER, 503), event)
        headers["content-type"] = "application/json" if response.status >= 400 else response.headers.get("content-type", "application/json")
        return _tagged(web.Response(status=response.status, body=payload, headers=headers), event)

    async def _relay_stream(
        self, request: web.Request, event: RequestReceived, answer: UpstreamAnswer, started: float
    ) -> web.StreamResponse:
        response = answer.response
        client = web.StreamResponse(
            status=200,
            headers={
                "content-type": "text/event-stream; charset=utf-8",
                "cache-control": "no-cache",
                REQUEST_ID_HEADER: event.request_id,
                **{k: v for k, v in response.headers.items() if k.lower() in RELAYED_HEADERS},
            },
        )
        stream = ClientStream(client, metrics.trace_of(request))
        pipeline = StreamPipeline(self._stream_stages(event, stream.ping), stream.send)
        metrics.STREAMS_IN_FLIGHT.inc()
        try:
            await client.prepare(request)
            async for events in _event_batches(answer):
                await pipeline.feed(events)
        except asyncio.CancelledError:
            await self._failed(event, 499, "client_disconnected", "client went away mid-stream", answer.attempts, True)
            raise
        except ConnectionResetError:
            await self._failed(event, 499, "client_disconnected", "client went away mid-stream", answer.attempts, True)
            return client
        except MaskingFailed as exc:
            log.warning("masking failed for request %s: %s", event.request_id, exc)
            await self._failed(event, 503, "api_error", str(exc), answer.attempts)
            await client.write(b"".join(e.raw for e in exc.events) + encode_sse("error", error_body("api_error", str(exc))))
            return client
        except Exception as exc:
            log.warning("upstream stream broke for request %s: %s", event.request_id, type(exc).__name__)
            await self._failed(event, 502, "api_error", "the upstream stream broke off", answer.attempts)
            await client.write(encode_sse("error", error_body("api_error", "the upstream stream broke off")))
            return client
        finally:
            response.release()
            metrics.STREAMS_IN_FLIGHT.dec()
        completed = await self.bus.emit(
            ResponseCompleted(
                **about(event),
                status=200,
                model=stream.observer.model,
                stop_reason=stream.observer.stop_reason,
                usage=stream.observer.usage,
                bytes_sent=stream.sent,
                duration_ms=(time.perf_counter() - started) * 1000,
            )
        )
        try:
            await self.bus.recorded(completed)
        except NotRecorded:
            await client.write(encode_sse("error", error_body("api_error", UNRECORDED_ANSWER)))
        await client.write_eof()
        return client

    async def _failed(
        self,
        event: RequestReceived,
        status: int,
        error_type: str,
        message: str,
        attempts: int = 1,
        disconnected: bool = False,
    ) -> None:
        await self.bus.emit(
            ResponseFailed(
                **about(event),
                status=status,
                error_type=error_type,
                message=message,
                attempts=attempts,
                client_disconnected=disconnected,
            )
        )


async def _abandon(opening: asyncio.Future) -> None:
    """Cancel an upstream call whose answer must not be relayed, and release its connection if it had one."""
    opening.cancel()
    try:
        answer = await opening
    except BaseException:
        return
    answer.response.release()


class AnswerTooLarge(Exception):
    """A whole (non-streamed) upstream answer passed the size one SSE event may have."""


async def _read_at_most(response, limit: int) -> bytes:
    """The whole body, refusing more than ``limit`` bytes instead of buffering whatever the upstream sends."""
    body = bytearray()
    async for chunk in response.content.iter_any():
        body += chunk
        if len(body) > limit:
            raise AnswerTooLarge(f"the upstream answer passed {limit} bytes")
    return bytes(body)


async def _event_batches(answer: UpstreamAnswer):
    """The stream's events as they arrive: first those read while opening it, then one batch per network chunk."""
    parser = answer.parser
    assert parser is not None  # a streamed answer is opened with its parser
    yield answer.head
    async for chunk in answer.response.content.iter_any():
        yield parser.feed(chunk)


UNRECORDED_REQUEST = "the request could not be recorded, so its answer is withheld (fail closed)"
UNRECORDED_ANSWER = "the answer could not be recorded, so it is not reported complete (fail closed)"


async def _no_keepalive() -> None:
    """A JSON answer cannot be kept alive with pings; the client's read timeout must cover approvals."""


def anthropic_error(status: int, body: bytes) -> bytes:
    """The upstream's error body if it has the Anthropic shape; else one that does (a proxy's HTML page, say)."""
    if error_type_of(body):
        return body
    return error_body(error_type_for(status), f"the Claude API answered HTTP {status}")


def _tagged(response: web.StreamResponse, event: RequestReceived) -> web.StreamResponse:
    response.headers[REQUEST_ID_HEADER] = event.request_id
    return response
