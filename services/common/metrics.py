"""The gateway's Prometheus metrics, and the per-request trace that feeds them and the access log.

Where several gateway processes share the listening socket (``[gateway] processes``), each writes
its figures to ``PROMETHEUS_MULTIPROC_DIR`` (set by the supervising ``lockgate up``) and a scrape of
any one of them sums every process's: one scrape, the whole gateway.

Labels are bounded: endpoints, statuses, stages, rules and mask types come from the code and the
policy; ``role`` is the first role of a verified token (the policy's vocabulary), or empty.
"""

from __future__ import annotations

import os
import time

import msgspec
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

CONTENT_TYPE = CONTENT_TYPE_LATEST
"""The exposition format's media type, for the /metrics response."""
MULTIPROCESS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"

LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
FIRST_TOKEN_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

REQUESTS = Counter(
    "lockgate_requests", "Requests answered, by endpoint, HTTP status, token role and deciding stage",
    ["endpoint", "status", "role", "stage"],
)
ADDED_LATENCY = Histogram(
    "lockgate_added_latency_seconds",
    "Time the gateway adds before a request reaches the upstream: token check, verdicts, recording",
    buckets=LATENCY_BUCKETS,
)
TIME_TO_FIRST_TOKEN = Histogram(
    "lockgate_time_to_first_token_seconds",
    "Streamed answers: from the request's arrival to the first content event the client receives",
    buckets=FIRST_TOKEN_BUCKETS,
)
VERDICTS = Counter("lockgate_verdicts", "Stage verdicts on the requests this gateway held", ["stage", "decision", "rule"])
TOOL_CALLS = Counter(
    "lockgate_tool_calls", "Tool calls in answers: allowed, blocked, held for approval, approved after holding", ["outcome"]
)
MASKS = Counter("lockgate_masks", "Values masked, by detector type", ["type", "direction"])
UPSTREAM_RETRIES = Counter("lockgate_upstream_retries", "Upstream tries beyond the first, on answers that came")
UPSTREAM_ERRORS = Counter("lockgate_upstream_errors", "Upstream calls that failed, by kind", ["kind"])
NATS_CONNECTED = Gauge("lockgate_nats_connected", "1 while this process's NATS connection is up", multiprocess_mode="liveall")
STREAMS_IN_FLIGHT = Gauge("lockgate_streams_in_flight", "Streamed answers being relayed now", multiprocess_mode="livesum")


def count_masks(event) -> None:
    """Counted where the masker runs: in the gateway's processes under ``lockgate up`` (a standalone
    ``lockgate worker masker`` serves no /metrics; its ``masked`` events are in the record)."""
    for finding in event.findings:
        MASKS.labels(finding.type, event.direction).inc()


def exposition() -> bytes:
    """Every metric in Prometheus text format: this process's, or every gateway process's where several serve."""
    if os.environ.get(MULTIPROCESS_DIR_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


class RequestTrace(msgspec.Struct, kw_only=True):
    """What one HTTP request did, filled in as it goes (ingress, egress); read once it is answered.
    Holds no credential and no content: ids, names, numbers."""

    started: float = msgspec.field(default_factory=time.perf_counter)
    request_id: str = ""
    endpoint: str = ""
    subject: str = ""
    role: str = ""
    model: str = ""
    stream: bool = False
    decision: str = ""
    """``refused`` (token), ``invalid`` (body), ``rejected`` (a stage or the record), ``released``."""
    stage: str = ""
    """The stage that decided a rejection (``identity`` for a refused token)."""
    rule: str = ""
    upstream_at: float | None = None
    """When the upstream call began (``perf_counter``)."""
    first_token_at: float | None = None
    upstream_ms: float | None = None

    def since_start_ms(self, moment: float | None) -> float | None:
        return None if moment is None else round((moment - self.started) * 1000, 3)


TRACE = "lockgate.trace"
"""The aiohttp request key holding its ``RequestTrace``."""


def trace_of(request) -> RequestTrace:
    """The request's trace; a detached one where no middleware made one (a handler tested alone)."""
    trace = request.get(TRACE)
    return trace if trace is not None else RequestTrace()
