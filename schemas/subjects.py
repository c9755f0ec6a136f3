"""NATS subjects and JetStream names: where each event travels.

One stream, ``LOCKGATE_EVENTS``, captures every subject under ``lockgate.``
so the whole life of every request can be audited and replayed in order.
"""

STREAM = "LOCKGATE_EVENTS"
STREAM_SUBJECTS = ["lockgate.>"]
BODY_BUCKET = "lockgate-bodies"
"""Object store holding request bodies too large to embed in an event."""

REQUEST_RECEIVED = "lockgate.request.received"
REQUEST_RELEASED = "lockgate.request.released"
REQUEST_REJECTED = "lockgate.request.rejected"
RESPONSE_STARTED = "lockgate.response.started"
RESPONSE_COMPLETED = "lockgate.response.completed"
RESPONSE_FAILED = "lockgate.response.failed"
VERDICT_PREFIX = "lockgate.verdict"
VERDICTS = VERDICT_PREFIX + ".*"


def verdict_subject(stage: str) -> str:
    """Each stage publishes its verdicts on its own subject, e.g. ``lockgate.verdict.authz``."""
    return f"{VERDICT_PREFIX}.{stage}"


SUBJECT_BY_TYPE = {
    "request.received": REQUEST_RECEIVED,
    "request.released": REQUEST_RELEASED,
    "request.rejected": REQUEST_REJECTED,
    "response.started": RESPONSE_STARTED,
    "response.completed": RESPONSE_COMPLETED,
    "response.failed": RESPONSE_FAILED,
}
