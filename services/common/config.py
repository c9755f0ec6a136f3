"""Typed configuration: a TOML file decoded with msgspec, then environment overrides.

A mistake in the file fails at start with the path of the offending field,
e.g. ``Expected `int`, got `str` - at `$.gateway.max_body_bytes```.
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec

DEFAULT_UPSTREAM = "https://api.anthropic.com"


class ConfigError(Exception):
    """The configuration cannot be used; the message says which field and why."""


class GatewayConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    listen: str = "127.0.0.1:8080"
    max_body_bytes: int = 32 * 1024 * 1024
    """The Anthropic API's own request limit; larger bodies get 413 ``request_too_large``."""
    inline_body_bytes: int = 256 * 1024
    """Bodies up to this size travel inside the event; larger ones go to the object store."""
    required_stages: list[str] = []
    """Stages whose verdict the egress waits for before releasing a request."""
    verdict_deadline_ms: int = 2000
    """How long the egress waits for the required verdicts before failing closed with 503."""


class UpstreamConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    url: str = DEFAULT_UPSTREAM
    key: str = ""
    max_attempts: int = 4
    """Tries per call, counting the first, on connection errors, 429, 500, 529 and ``overloaded_error``."""
    initial_backoff_s: float = 0.5
    max_backoff_s: float = 30.0
    """Ceiling on one wait between tries, ``retry-after`` included."""
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 600.0


class NatsConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    url: str = ""
    """Empty: ``lockgate up`` starts an embedded nats-server with JetStream."""


class Config(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    data_dir: str = "./data"
    gateway: GatewayConfig = msgspec.field(default_factory=GatewayConfig)
    upstream: UpstreamConfig = msgspec.field(default_factory=UpstreamConfig)
    nats: NatsConfig = msgspec.field(default_factory=NatsConfig)

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir)


def load_config(path: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> Config:
    """Read ``path`` (if given), then apply ``LOCKGATE_*``/``NATS_URL`` environment overrides."""
    env = os.environ if env is None else env
    if path is None:
        config = Config()
    else:
        try:
            config = msgspec.toml.decode(Path(path).read_bytes(), type=Config)
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from None
    return apply_env(config, env)


def apply_env(config: Config, env: dict[str, str]) -> Config:
    if env.get("LOCKGATE_LISTEN"):
        config.gateway.listen = env["LOCKGATE_LISTEN"]
    if env.get("LOCKGATE_UPSTREAM_URL"):
        config.upstream.url = env["LOCKGATE_UPSTREAM_URL"]
    key = env.get("LOCKGATE_UPSTREAM_KEY") or env.get("ANTHROPIC_API_KEY")
    if key:
        config.upstream.key = key
    if env.get("NATS_URL"):
        config.nats.url = env["NATS_URL"]
    if env.get("LOCKGATE_DATA_DIR"):
        config.data_dir = env["LOCKGATE_DATA_DIR"]
    return config


def split_host_port(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"listen address must be HOST:PORT, got {listen!r}")
    return host.strip("[]"), int(port)
