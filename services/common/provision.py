"""Create Lockgate's JetStream resources: the event stream, object stores, KV buckets and durable consumers.

Only an identity allowed to manage JetStream runs this: ``admin`` (``lockgate up`` at start,
``lockgate nats provision``), or any process on a NATS without authorization (development
and focused tests). Service identities cannot create, change, purge or delete these; they
bind to what exists (``Bus.ensure_streams``). Every step is idempotent, so provisioning again
after an upgrade brings each definition up to date.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from nats.errors import NoRespondersError
from nats.errors import TimeoutError as NatsTimeout
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, KeyValueConfig, ObjectStoreConfig, StorageType, StreamConfig
from nats.js.client import JetStreamContext
from nats.js.errors import BadRequestError, NotFoundError, ServiceUnavailableError
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_delay, wait_exponential

from schemas import subjects

NATS_DIR = Path(__file__).resolve().parents[2] / "nats"

STAGING_TTL_S = 300.0
"""A staged body outlives its use by at most this long if its deleter died."""

ACK_WAIT_S = 30.0
"""An unacknowledged event of a ``_from_now_on`` consumer (a charge, a verdict to open) is redelivered to another
replica after this long."""


def stream_config() -> StreamConfig:
    """The event stream as defined in ``nats/streams/LOCKGATE_EVENTS.json``."""
    definition = json.loads((NATS_DIR / "streams" / f"{subjects.STREAM}.json").read_text())
    return StreamConfig.from_response(definition)


def body_store_config() -> ObjectStoreConfig:
    definition = json.loads((NATS_DIR / "streams" / f"{subjects.BODY_BUCKET}.json").read_text())
    return ObjectStoreConfig.from_response(definition)


def staging_store_config() -> ObjectStoreConfig:
    """Memory only, short-lived: unmasked request bodies on their way to and from the masker never touch disk."""
    return ObjectStoreConfig(
        bucket=subjects.STAGING_BUCKET,
        description="Request bodies too large for one NATS message, on their way to and from the masker; deleted after use.",
        storage=StorageType.MEMORY,
        ttl=STAGING_TTL_S,
    )


KV_BUCKETS = (
    KeyValueConfig(bucket=subjects.POLICY_BUCKET, history=16, storage=StorageType.FILE, description="Lockgate's active policy"),
    KeyValueConfig(
        bucket=subjects.COUNTER_BUCKET,
        history=1,
        ttl=subjects.COUNTER_TTL_S,
        storage=StorageType.FILE,
        description="Lockgate authz rate (GCRA) and budget counters, shared by every replica",
    ),
    KeyValueConfig(
        bucket=subjects.GUARD_SESSION_BUCKET,
        history=1,
        ttl=subjects.GUARD_SESSION_TTL_S,
        storage=StorageType.FILE,
        direct=True,
        description="Lockgate guard: how much of each session's conversation is already scanned",
    ),
    KeyValueConfig(
        bucket=subjects.APPROVAL_BUCKET,
        history=1,
        ttl=subjects.APPROVAL_TTL_S,
        storage=StorageType.FILE,
        description="Lockgate approver: approval requests and grants, shared by every replica (survives restarts)",
    ),
)


def _from_now_on(durable_name: str, filter_subject: str) -> ConsumerConfig:
    """A durable consumer of every event on ``filter_subject`` published from its creation on, each acknowledged
    by its consumer once handled (redelivered after ``ACK_WAIT_S`` otherwise)."""
    return ConsumerConfig(
        durable_name=durable_name,
        filter_subject=filter_subject,
        deliver_policy=DeliverPolicy.NEW,
        ack_policy=AckPolicy.EXPLICIT,
        ack_wait=ACK_WAIT_S,
    )


def charges_consumer_config() -> ConsumerConfig:
    """authz's budget charges: every ``response.completed`` from now on, acknowledged once written."""
    return _from_now_on(subjects.CHARGES_CONSUMER, subjects.RESPONSE_COMPLETED)


def approver_consumer_config() -> ConsumerConfig:
    """The approver's calls to open: every ``tool_use.verdict`` from now on, acknowledged once the request is stored.
    Durable, so a verdict published while no approver runs is taken when one starts."""
    return _from_now_on(subjects.APPROVER_CONSUMER, subjects.TOOL_USE_VERDICTS)


def approver_requests_consumer_config() -> ConsumerConfig:
    """The approver's held requests to open: every request ``verdict`` from now on (it keeps the ``approve`` ones),
    acknowledged once the request is stored; durable like ``approver``."""
    return _from_now_on(subjects.APPROVER_REQUESTS_CONSUMER, subjects.VERDICTS)


RECORDER_ACK_WAIT_S = 10.0
"""A batch the recorder pulled and did not commit (it died) is delivered again after this long: a batch commits
in milliseconds, so this only bounds how long a restarted recorder waits for what its predecessor held."""


def recorder_consumer_config() -> ConsumerConfig:
    """The recorder's: every event on ``lockgate.>`` from the first, acknowledged once committed to DuckDB, one
    cumulative acknowledgement per batch (``services/recorder/acks.py``; a consumer created before keeps its own policy)."""
    return ConsumerConfig(
        durable_name=subjects.RECORDER_CONSUMER,
        filter_subject=subjects.STREAM_SUBJECTS[0],
        deliver_policy=DeliverPolicy.ALL,
        ack_policy=AckPolicy.ALL,
        ack_wait=RECORDER_ACK_WAIT_S,
        max_ack_pending=20_000,
    )


JETSTREAM_WAIT_S = 30.0
"""How long provisioning waits for JetStream to answer: a new cluster answers only once it has elected its meta leader."""


class JetStreamUnavailable(Exception):
    """JetStream did not answer within ``JETSTREAM_WAIT_S``."""


async def wait_for_jetstream(js: JetStreamContext, within_s: float = JETSTREAM_WAIT_S) -> None:
    """Return once JetStream answers; a cluster's nodes listen seconds before they have elected a meta leader, and
    until then a JetStream request times out or is refused as unavailable."""
    unanswered = (NatsTimeout, NoRespondersError, ServiceUnavailableError)
    try:
        async for attempt in AsyncRetrying(stop=stop_after_delay(within_s), wait=wait_exponential(multiplier=0.1, max=2),
                                           retry=retry_if_exception_type(unanswered), reraise=True):
            with attempt:
                await js.account_info()
    except unanswered as exc:
        raise JetStreamUnavailable(
            f"JetStream did not answer within {within_s:.0f} s ({type(exc).__name__}): a cluster still electing its "
            "leader, fewer than a quorum of its nodes up, or a nats-server without JetStream"
        ) from None


async def provision(js: JetStreamContext, replicas: int | None = None) -> None:
    """Create or update every resource; safe to run from several processes at once.

    ``replicas``: copies of each stream, bucket and object store (1 on a single server, 3 on a 3-node
    cluster), applied to existing ones too. None keeps what exists and creates new ones with 1: what
    services that bind on a NATS without authorization do, so they never undo an operator's setting.
    """
    await wait_for_jetstream(js)
    async for attempt in AsyncRetrying(stop=stop_after_delay(JETSTREAM_WAIT_S), wait=wait_exponential(multiplier=0.1, max=2),
                                       retry=retry_if_exception_type(NotFoundError), reraise=True):
        with attempt:
            await _provision_once(js, replicas)


async def _provision_once(js: JetStreamContext, replicas: int | None) -> None:
    """One pass over every resource. A cluster creates an R3 stream before the node that answers knows it, so a step
    right after a creation can be told "stream not found"; ``provision`` runs the (idempotent) pass again."""
    config = stream_config()
    existing = await _stream_replicas(js, subjects.STREAM)
    config.num_replicas = replicas or existing or 1
    if existing is None:
        try:
            await js.add_stream(config)
        except BadRequestError:  # another process created it first
            await js.update_stream(config)
    else:
        await js.update_stream(config)
    for store in (body_store_config(), staging_store_config()):
        store.replicas = replicas or 1
        assert store.bucket is not None  # nats-py types it Optional; ours are named
        try:
            await js.object_store(store.bucket)
        except NotFoundError:
            try:
                await js.create_object_store(store.bucket, store)
            except BadRequestError:  # another process created it first
                pass
        await _scale(js, f"OBJ_{store.bucket}", replicas)
    for bucket in KV_BUCKETS:
        try:
            await js.key_value(bucket.bucket)
        except NotFoundError:
            try:
                await js.create_key_value(config=replace(bucket, replicas=replicas or 1))
            except BadRequestError:
                pass
        await _scale(js, f"KV_{bucket.bucket}", replicas)
    for consumer in (charges_consumer_config(), approver_consumer_config(), approver_requests_consumer_config(), recorder_consumer_config()):
        assert consumer.durable_name is not None  # nats-py types it Optional; ours are durable
        try:
            await js.consumer_info(subjects.STREAM, consumer.durable_name)
        except NotFoundError:
            await js.add_consumer(subjects.STREAM, consumer)


async def _stream_replicas(js: JetStreamContext, stream: str) -> int | None:
    try:
        info = await js.stream_info(stream)
    except NotFoundError:
        return None
    return info.config.num_replicas


async def _scale(js: JetStreamContext, stream: str, replicas: int | None) -> None:
    """Give an existing bucket's or object store's stream ``replicas`` copies (its durable consumers follow)."""
    if replicas is None:
        return
    info = await js.stream_info(stream)
    if info.config.num_replicas != replicas:
        info.config.num_replicas = replicas
        await js.update_stream(info.config)
