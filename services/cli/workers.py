"""The decision workers ``lockgate`` can run, by stage name, and the policy they share."""

from __future__ import annotations

import importlib
from pathlib import Path

from services.common.bus import Bus
from services.common.policy_store import PolicyDocument, active_policy, policy_document, push_policy

DEFAULT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.toml"

WORKERS = {
    "authz": ("services.authz.worker", "AuthzWorker", "check_policy"),
    "guard": ("services.guard.worker", "GuardWorker", "check_policy"),
    "masker": ("services.masker.worker", "MaskerWorker", "check_policy"),
    "approver": ("services.approver.worker", "Approver", "check_policy"),
    "recorder": ("services.recorder.worker", "RecorderWorker", "check_policy"),
}
"""Stage name -> (module, worker class, policy checker). Each worker is built as ``Worker(bus)``, or
``Worker.from_config(bus, config)`` where it has settings of its own (the approver's webhook)."""


def make_worker(stage: str, bus: Bus, config=None):
    module, worker_class, _ = WORKERS[stage]
    worker = getattr(importlib.import_module(module), worker_class)
    if config is not None and hasattr(worker, "from_config"):
        return worker.from_config(bus, config)
    return worker(bus)


def check_policy(document: PolicyDocument) -> None:
    """Every stage validates its own section; the first problem raises ``PolicyError``."""
    for module, _, checker in WORKERS.values():
        getattr(importlib.import_module(module), checker)(document)


def read_policy(path: str | Path) -> PolicyDocument:
    document = policy_document(Path(path).read_text())
    check_policy(document)
    return document


async def install_policy(bus: Bus, path: str) -> PolicyDocument:
    """Push ``path`` if given; otherwise keep the active policy, or push the shipped default if there is none."""
    if not path:
        active = await active_policy(bus)
        if active is not None:
            return active
        path = str(DEFAULT_POLICY)
    document = read_policy(path)
    await push_policy(bus, document)
    return document
