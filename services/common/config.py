"""Typed configuration: a TOML file decoded with msgspec, then environment overrides.

A mistake in the file fails at start with the path of the offending field,
e.g. ``Expected `int`, got `str` - at `$.gateway.max_body_bytes```.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

import msgspec

from services.identity.config import IdentityConfig

DEFAULT_UPSTREAM = "https://api.anthropic.com"


class ConfigError(Exception):
    """The configuration cannot be used; the message says which field and why."""


class GatewayConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    listen: str = "127.0.0.1:8080"
    max_body_bytes: int = 32 * 1024 * 1024
    """The Anthropic API's own request limit; larger bodies get 413 ``request_too_large``."""
    inline_body_bytes: int = 256 * 1024
    """Bodies up to this size travel inside the event; larger ones go to the object store."""
    required_stages: list[str] = msgspec.field(default_factory=lambda: ["authz", "guard"])
    """Stages whose allow verdict the egress waits for before releasing a request."""
    verdict_deadline_ms: int = 2000
    """How long the egress waits for the required verdicts before failing closed with 503."""
    verdict_deadline_per_mib_ms: int = 150
    """Extra wait per MiB of body: stages read large bodies from the object store."""
    tool_use_stages: list[str] = msgspec.field(default_factory=lambda: ["guard"])
    """Stages that judge every ``tool_use`` block the model returns before the client gets it."""
    tool_use_deadline_ms: int = 2000
    """No tool-use verdict by then: the call is blocked (fail closed)."""
    approval_stage: str = "approver"
    """The stage whose ``tool_use.verdict.<stage>`` approves held calls (``lockgate up`` runs the approver when it
    is ``approver``; with ``lockgate gateway``, run ``lockgate worker approver``). Empty: a call that needs
    approval is blocked at once, saying so."""
    approval_timeout_s: float = 300.0
    """How long a call that needs approval is held for the approval stage before it is blocked."""
    keepalive_s: float = 5.0
    """While a call is held, a ``ping`` event goes to the client this often."""
    mask_stages: list[str] = msgspec.field(default_factory=lambda: ["masker"])
    """Stages that mask secrets and personal data in every answer, in order; empty sends answers unmasked."""
    mask_deadline_ms: int = 1000
    """No masked text by then: the rest of the answer is withheld (fail closed)."""
    mask_requests: bool = False
    """Also put every Messages and count_tokens request body to the ``mask_stages`` before it is recorded or
    sent upstream (the masker's ``[masker] mask_requests``/``request_roles`` decide whose bodies it masks).
    No answer within ``mask_deadline_ms`` (plus ``verdict_deadline_per_mib_ms`` per MiB) refuses the request
    with 503 (fail closed). Off: no masking round trip on the request path."""
    record_acknowledged: bool = True
    """Publish events through JetStream and wait for the storage acknowledgement where it matters: a request is
    sent upstream only once its ``request.received`` is stored, and an answer is reported complete only once its
    ``response.completed`` is (fail closed). False: plain publishes, for benchmarks only (an event the server could
    not store would be lost without anyone knowing)."""
    deliver_in_process: bool = True
    """When ``lockgate up`` runs the stages' workers in its own process, hand them this gateway's requests
    directly instead of through a round trip to the nats-server and back (about 0.2 ms per hop). Every event is
    published and recorded the same way either way, and replicas elsewhere skip what these took. False sends
    everything through NATS, so replicas in other processes share this gateway's work too."""
    header_timeout_s: float = 10.0
    """A new connection's first request, and any request once its first byte arrived, must have sent all its headers
    within this long: a client that trickles headers (slowloris) gets a 408 and is disconnected, one that sends
    nothing is closed silently."""
    body_timeout_s: float = 60.0
    """A request's whole body must arrive within this long of its headers, or the request gets a 408 and its
    connection is closed. 60 s admits a ``max_body_bytes`` body at about 0.5 MB/s."""
    keepalive_timeout_s: float = 75.0
    """A kept-alive connection idle this long is closed. Longer than load balancers' usual 60 s, so that a balancer
    in front, not the gateway, closes the idle connections it may reuse."""
    max_connections: int = 1000
    """Open client connections at most; past it, a connection is answered 503 ``overloaded_error`` and closed, so
    that a flood of connections cannot take every file descriptor (each holds one, two while its call is upstream;
    the gateway raises its open-file limit to fit, up to the hard limit)."""
    max_event_bytes: int = 16 * 1024 * 1024
    """The largest upstream SSE event accepted: an upstream that never ends an event fails the answer (502, or an
    ``error`` event once streaming) instead of growing the gateway's memory without bound."""
    processes: int = 1
    """Gateway processes sharing the listening socket (``SO_REUSEPORT``), each with its own in-process workers, so a
    machine's cores all serve; 0: one per core. ``lockgate up`` starts NATS, provisions and installs the policy once,
    then supervises them. One by default: on a 2-core machine that also runs NATS, the clients and the upstream, two
    processes served about half what one does, at twice the CPU per request (``bench/overhead.py --throughput``, wrk
    at 32 concurrent: 211-287 vs 439-747 req/s, 2.2-2.5 vs 1.1-1.4 ms per request); give the gateway more processes
    where it has cores of its own."""


class UpstreamConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    url: str = DEFAULT_UPSTREAM
    key: str = ""
    max_attempts: int = 4
    """Tries per call, counting the first, on connection errors, 429, 500, 529 and ``overloaded_error``."""
    initial_backoff_s: float = 0.5
    max_backoff_s: float = 30.0
    """Ceiling on one wait between tries, ``retry-after`` included."""
    retry_budget_s: float = 30.0
    """Total time a call may spend on tries and the waits between them. A try that would start after it is
    not made: a ``retry-after`` that would pass it ends retrying at once, and the client gets the upstream's
    error (with its ``retry-after``) instead of waiting."""
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 600.0


class NatsConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    url: str = ""
    """Empty: ``lockgate up`` starts an embedded nats-server with JetStream. Several servers of one cluster,
    comma-separated (``nats://a:4222,nats://b:4222``): the client starts with whichever answers and reconnects
    to a surviving one when its server goes away (it also learns the cluster's other servers from the first)."""
    replicas: Annotated[int, msgspec.Meta(ge=1, le=5)] = 1
    """Copies of every stream, bucket and object store that provisioning (an ``admin`` process: ``lockgate up``
    with the admin seed, ``lockgate nats provision``) creates or updates: 1 on a single server, 3 on a 3-node
    cluster (any one node may then fail without losing or stopping anything)."""
    credentials: str = ""
    """Directory of ``<identity>.nk`` nkey seeds (``lockgate nats credentials DIR`` writes them); each process reads
    only those of the services it runs. Empty: with the embedded server, ``DATA_DIR/nats-credentials`` (created on
    first start); with ``url``, connect anonymously (development only: production mode refuses it)."""
    tls_ca: str = ""
    """CA bundle that signed the NATS server's certificate; set, the connection uses TLS. Production mode requires
    TLS (this, or a ``tls://`` URL) when NATS is not on loopback."""
    tls_cert: str = ""
    """Client certificate, where the NATS server asks for one (mutual TLS); with ``tls_key``."""
    tls_key: str = ""
    connect_timeout_s: Annotated[float, msgspec.Meta(gt=0)] = 10.0
    """A process that cannot reach NATS at start says so and exits non-zero after this long."""

    @property
    def servers(self) -> list[str]:
        """``url`` as the list of servers it names (one, or a cluster's, comma-separated)."""
        return [server.strip() for server in self.url.split(",") if server.strip()]

    def is_loopback(self) -> bool:
        """Every configured server is on this machine."""
        return bool(self.servers) and all(_is_loopback_url(server) for server in self.servers)


def _is_loopback_url(url: str) -> bool:
    host = urlsplit(url if "://" in url else f"nats://{url}").hostname or ""
    return host == "localhost" or host.startswith("127.") or host == "::1"


class ApproverConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The approver worker's own settings (who may review what is in the policy's ``[approver]`` section)."""

    webhook_url: str = ""
    """Slack-compatible incoming webhook told of every new request (``LOCKGATE_APPROVAL_WEBHOOK_URL``); empty: none.
    A secret: it is never logged or recorded."""
    webhook_attempts: int = 5
    webhook_backoff_s: float = 1.0
    """First wait between attempts; doubled after each."""
    console_url: str = ""
    """Base of the review link in notifications; empty: the gateway's address (``gateway.listen``)."""


class RecorderConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The recorder (``services/recorder``): the event stream materialised in DuckDB."""

    enabled: bool = True
    """``lockgate up`` runs one recorder replica. Off where another process records this NATS (one recorder per NATS)."""
    database: str = ""
    """The DuckDB file. Empty: ``DATA_DIR/recorder/audit.duckdb``."""
    batch_size: int = 1000
    """Events pulled and committed per transaction, at most."""
    batch_interval_s: float = 0.2
    """After a partial batch, wait this long before pulling again: a batch costs ~5 ms of CPU besides its events
    (DuckDB statements and commit), so at a few thousand events per second 0.2 s batches cost the recorder about 12%
    less CPU per request than 0.05 s ones, for at most 0.15 s more before an event is queryable."""
    head_interval_s: float = 10.0
    """How often the chain head is published on the audit subject (when it moved)."""
    query_deadline_s: float = 30.0
    """An auditor's query running longer is stopped."""
    retention_days: Annotated[float, msgspec.Meta(ge=0)] = 0.0
    """Records (every event, and so every view) older than this are dropped, oldest first, once an hour; 0 keeps
    them all. The chain stays verifiable from the oldest record kept."""
    content_retention_days: Annotated[float, msgspec.Meta(ge=0)] = 0.0
    """Stored prompt contents (system prompts, messages, tool definitions) first seen longer ago are dropped, so
    prompts can be kept shorter than the record of who did what; 0 keeps them. Sessions then show them as gone."""


class LogConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What the processes log and how (``services/common/logs.py``)."""

    format: Literal["text", "json"] = "text"
    """``json``: one JSON object per line, for log shippers; ``text``: one readable line per record."""
    level: Literal["debug", "info", "warning", "error"] = "info"
    access_log: bool = True
    """One line per HTTP request on the ``lockgate.access`` logger: request id, subject, role, model, status, decision,
    latencies; never a credential or content."""


class MetricsConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``GET /metrics``: Prometheus text format (``services/common/metrics.py``)."""

    enabled: bool = True
    allow_remote: bool = False
    """False: only clients on loopback may scrape (403 otherwise), since the figures describe who uses the gateway.
    True: anyone who reaches the listening address may; put a network policy in front."""


class PolicyConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    file: str = ""
    """Pushed to the policy bucket at start. Empty: keep the pushed policy, or push the shipped default."""


class Config(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    mode: Literal["development", "production"] = "development"
    """``production`` refuses the development issuer and the simulated upstream."""
    data_dir: str = "./data"
    gateway: GatewayConfig = msgspec.field(default_factory=GatewayConfig)
    upstream: UpstreamConfig = msgspec.field(default_factory=UpstreamConfig)
    nats: NatsConfig = msgspec.field(default_factory=NatsConfig)
    identity: IdentityConfig = msgspec.field(default_factory=lambda: IdentityConfig(dev_issuer=True))
    """Without an ``[identity]`` section, only the development issuer is trusted."""
    policy: PolicyConfig = msgspec.field(default_factory=PolicyConfig)
    recorder: RecorderConfig = msgspec.field(default_factory=RecorderConfig)
    approver: ApproverConfig = msgspec.field(default_factory=ApproverConfig)
    log: LogConfig = msgspec.field(default_factory=LogConfig)
    metrics: MetricsConfig = msgspec.field(default_factory=MetricsConfig)

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir)

    @property
    def gateway_url(self) -> str:
        """The gateway's base URL for clients on this machine (``lockgate approvals``, review links)."""
        host, port = split_host_port(self.gateway.listen)
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def dev_issuer_url(self) -> str:
        """Where the gateway serves its development issuer (a loopback address clients can reach)."""
        host, port = split_host_port(self.gateway.listen)
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"
        return f"http://{host}:{port}/dev-issuer"


def load_config(path: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> Config:
    """Read ``path`` (if given), then apply ``LOCKGATE_*``/``NATS_URL`` environment overrides."""
    config = read_config(path, env)
    check_production(config)
    return config


def read_config(path: str | os.PathLike | None = None, env: Mapping[str, str] | None = None) -> Config:
    """``load_config`` without the production checks: for clients that need only part of it (``lockgate token``)."""
    env = os.environ if env is None else env
    if path is None:
        config = Config()
    else:
        try:
            config = msgspec.toml.decode(Path(path).read_bytes(), type=Config)
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except OSError as exc:
            raise ConfigError(f"cannot read the config file {path}: {exc.strerror or exc}") from None
        except (msgspec.ValidationError, msgspec.DecodeError, ValueError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
    config = apply_env(config, env)
    split_host_port(config.gateway.listen)
    config.identity.dev_issuer = config.identity.dev_issuer_on(config.mode)
    return config


def check_production(config: Config) -> None:
    """A production configuration trusts real issuers and calls the real API, nothing else."""
    if config.mode != "production":
        return
    if config.identity.dev_issuer:
        raise ConfigError("identity.dev_issuer: the development issuer is refused in production mode")
    if not config.identity.issuers:
        raise ConfigError("identity.issuers: production mode needs at least one trusted OIDC issuer")
    if not config.upstream.key:
        raise ConfigError("upstream.key: production mode needs the upstream key (LOCKGATE_UPSTREAM_KEY)")
    if "authz" not in config.gateway.required_stages:
        raise ConfigError("gateway.required_stages: production mode requires the authz stage")
    if config.nats.url and not config.nats.credentials:
        raise ConfigError("nats.credentials: production mode connects to NATS only with per-service credentials")
    if config.nats.url and not config.nats.is_loopback():
        if not (config.nats.tls_ca or all(server.startswith("tls://") for server in config.nats.servers)):
            raise ConfigError("nats.tls_ca: production mode requires TLS to a NATS server that is not on loopback")


def apply_env(config: Config, env: Mapping[str, str]) -> Config:
    if env.get("LOCKGATE_LISTEN"):
        config.gateway.listen = env["LOCKGATE_LISTEN"]
    if env.get("LOCKGATE_UPSTREAM_URL"):
        config.upstream.url = env["LOCKGATE_UPSTREAM_URL"]
    key = env.get("LOCKGATE_UPSTREAM_KEY") or env.get("ANTHROPIC_API_KEY")
    if key:
        config.upstream.key = key
    if env.get("NATS_URL"):
        config.nats.url = env["NATS_URL"]
    if env.get("LOCKGATE_NATS_CREDENTIALS"):
        config.nats.credentials = env["LOCKGATE_NATS_CREDENTIALS"]
    if env.get("LOCKGATE_APPROVAL_WEBHOOK_URL"):
        config.approver.webhook_url = env["LOCKGATE_APPROVAL_WEBHOOK_URL"]
    if env.get("LOCKGATE_DATA_DIR"):
        config.data_dir = env["LOCKGATE_DATA_DIR"]
    return config


def split_host_port(listen: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) with a port from 1 to 65535; anything else is a ``ConfigError``."""
    host, _, port = listen.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536 or not _HOST.fullmatch(host):
        raise ConfigError(f"gateway.listen: must be HOST:PORT with a port from 1 to 65535, got {listen!r}")
    return host, int(port)


_HOST = re.compile(r"[A-Za-z0-9.-]+|[0-9A-Fa-f:.]+")
