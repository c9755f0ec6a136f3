"""A candidate policy's difference on the recorded traffic, computed in the gateway as ``lockgate replay`` does.

Read-only: it connects as the ``replay`` identity (an ordered consumer of its own; it can write
nothing), runs the replay's pure engine and returns its report. Where this host does not hold the
replay identity's seed, the console says so instead (run ``lockgate replay`` where it does).
"""

from __future__ import annotations

import time
from pathlib import Path

from schemas.replay import ReplayReport
from services.common.bus import Bus, MissingCredential, NatsUnavailable
from services.common.config import Config
from services.common.nats_auth import Credentials, NatsAccess, tls_context
from services.common.policy_store import policy_document
from services.common.sealing import InputSealer, SealError, key_path
from services.replay.engine import Candidate, Replay
from services.replay.reader import replay_stream


class ReplayUnavailable(Exception):
    """The replay cannot run from this gateway; the message says why and what to do instead."""


def _access(config: Config, bus: Bus) -> NatsAccess:
    directory = config.nats.credentials or str(config.data_path / "nats-credentials")
    if not (Path(directory) / "replay.nk").is_file():
        raise ReplayUnavailable("this gateway does not hold the replay identity's credential: run `lockgate replay --policy FILE` where it is")
    connected = bus.nc.connected_url
    if not config.nats.url and connected is None:
        raise ReplayUnavailable("the gateway is not connected to NATS, so a replay cannot reach the record")
    url = config.nats.url or (connected.geturl() if connected else "")
    return NatsAccess(url, Credentials(directory), tls_context(config.nats.tls_ca, config.nats.tls_cert, config.nats.tls_key))


async def replay_candidate(config: Config, bus: Bus, source: str, since_h: int) -> ReplayReport:
    """``PolicyError`` for an unusable candidate; ``ReplayUnavailable`` when the stream cannot be read from here."""
    candidate = Candidate.of(policy_document(source))
    try:
        sealer = InputSealer.at(config.data_path, create=False) if key_path(config.data_path).exists() else None
    except SealError:
        sealer = None
    access = _access(config, bus)
    try:
        reader = await Bus.connect(access, "replay")
    except (MissingCredential, NatsUnavailable) as exc:
        raise ReplayUnavailable(f"the recorded stream cannot be read: {exc}") from None
    replay = Replay(candidate, sealer, time.time() - since_h * 3600, None, "")
    try:
        await replay_stream(reader, replay, None)
    finally:
        await reader.close()
    return replay.report()
