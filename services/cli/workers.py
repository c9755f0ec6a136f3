"""The decision workers ``lockgate`` can run, by stage name, and the policy they share."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

from services.common.bus import Bus
from services.common.policy_store import PolicyDocument, PolicyError, active_policy, policy_document, push_policy

DEFAULT_POLICY = Path(__file__).resolve().parents[2] / "policies" / "default.toml"

WORKERS = {
    "authz": ("services.authz.worker", "AuthzWorker", "services.authz.policy"),
    "guard": ("services.guard.worker", "GuardWorker", "services.guard.policy"),
    "masker": ("services.masker.worker", "MaskerWorker", "services.masker.policy"),
    "approver": ("services.approver.worker", "Approver", "services.approver.policy"),
    "recorder": ("services.recorder.worker", "RecorderWorker", "services.recorder.policy"),
}
"""Stage name -> (worker module, worker class, module of its ``check_policy``). Each worker is built as
``Worker(bus)``, or ``Worker.from_config(bus, config)`` where it has settings of its own (the approver's webhook).
The checker lives apart from the worker so checking a policy does not import (and compile) the stage's detectors."""


def make_worker(stage: str, bus: Bus, config=None):
    module, worker_class, _ = WORKERS[stage]
    worker = getattr(importlib.import_module(module), worker_class)
    if config is not None and hasattr(worker, "from_config"):
        return worker.from_config(bus, config)
    return worker(bus)


POLICY_KEYS = {
    "authz": ("version", "roles", "prices"),
    "guard": ("guard",),
    "masker": ("masker",),
    "approver": ("approver",),
}
"""Stage name -> the top-level keys of the policy document it reads. A key no stage reads is a mistake (a typo
such as ``[rols.dev]`` would otherwise leave every role undefined and every request refused)."""


def unknown_keys(source: str) -> list[str]:
    """The policy document's top-level keys that no stage reads, as error messages."""
    known = {key for keys in POLICY_KEYS.values() for key in keys}
    return [f"unknown top-level key {key!r} (known: {', '.join(sorted(known))})" for key in _top_level(source) or {} if key not in known]


def _top_level(source: str) -> dict | None:
    """The document's top-level tables and keys; None when it is not TOML (``policy_document`` says why)."""
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError:
        return None


def policy_errors(document: PolicyDocument) -> list[str]:
    """Every problem in the document: unknown top-level keys, then each stage's own check of its section."""
    if _top_level(document.source) == {}:
        return ["the policy is empty: it would define no role, so every request would be refused"]
    errors = unknown_keys(document.source)
    for _, _, checker in WORKERS.values():
        try:
            importlib.import_module(checker).check_policy(document)
        except PolicyError as exc:
            if str(exc) not in errors:
                errors.append(str(exc))
    return errors


def check_policy(document: PolicyDocument) -> None:
    """Every stage validates its own section; ``PolicyError`` lists every problem found, one per line."""
    errors = policy_errors(document)
    if len(errors) == 1:
        raise PolicyError(errors[0])
    if errors:
        raise PolicyError(f"{len(errors)} errors:\n" + "\n".join(f"  - {error}" for error in errors))


def read_policy(path: str | Path) -> PolicyDocument:
    try:
        source = Path(path).read_text()
    except OSError as exc:
        raise PolicyError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{path} is not UTF-8 text") from None
    document = policy_document(source)
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
