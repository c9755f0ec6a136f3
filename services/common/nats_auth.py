"""Who may say what on the bus: one NATS identity per service, with exactly its permissions.

Each service connects with its own nkey (an Ed25519 key pair; the server keeps only the
public half) and the server allows it to publish and subscribe only what
``docs/ARCHITECTURE.md``'s tables say it does. ``permissions()`` is that table in code,
and ``authorization_config()`` renders it as the nats-server ``authorization`` block that
both the embedded server of ``lockgate up`` and an operator's own NATS load
(``lockgate nats credentials OUT_DIR``).

What the rows rest on:
- A verdict subject is publishable only by its stage, and a queue group's subjects only by
  its members' identity (NATS's ``"subject group"`` subscribe permissions), so no other
  identity can answer for a stage or take its work.
- Replies go to per-identity inboxes (``_INBOX_<identity>.``) that only that identity can
  read; responders reply through ``allow_responses`` (one reply per request received).
- JetStream access is spelled out per stream and API verb: no service identity can create,
  update, purge or delete a stream or a message; the policy bucket is writable by ``admin``
  alone; the event stream is readable by ``audit`` (and ``admin``).
"""

from __future__ import annotations

import os
import secrets
import ssl
from pathlib import Path
from typing import NamedTuple

import msgspec
import nkeys

from schemas import subjects

SERVICE_IDENTITIES = ("gateway", "authz", "guard", "masker", "approver", "recorder")
IDENTITIES = (*SERVICE_IDENTITIES, "up", "admin", "audit", "replay")
"""``up``: ``lockgate up``, which runs the gateway and one replica of each stage in one process on one connection
(so its events keep their order), with the union of their rows; ``admin``: provisioning and ``lockgate policy
push``; ``audit``: reads the recorded stream (SIEMs, tests)."""

SEED_SUFFIX = ".nk"
AUTHORIZATION_FILE = "authorization.conf"


class Permissions(msgspec.Struct, frozen=True):
    publish: tuple[str, ...]
    subscribe: tuple[str, ...]
    allow_responses: bool = False
    deny_publish: tuple[str, ...] = ()


def inbox_prefix(identity: str) -> str:
    """Replies to ``identity``'s requests (its own and JetStream's) arrive under this prefix only it can read."""
    return f"_INBOX_{identity}"


def _read_jetstream(stream: str) -> list[str]:
    """Open a stream-backed bucket, get entries and watch or read it (ordered consumers on it); never write."""
    return [
        f"$JS.API.STREAM.INFO.{stream}",
        f"$JS.API.DIRECT.GET.{stream}.>",
        f"$JS.API.STREAM.MSG.GET.{stream}",
        f"$JS.API.CONSUMER.CREATE.{stream}",
        f"$JS.API.CONSUMER.CREATE.{stream}.>",
        f"$JS.API.CONSUMER.INFO.{stream}.>",
        f"$JS.API.CONSUMER.DELETE.{stream}.>",
        f"$JS.FC.{stream}.>",
    ]


def _read_kv(bucket: str) -> list[str]:
    return _read_jetstream(f"KV_{bucket}")


def _write_kv(bucket: str) -> list[str]:
    return [*_read_kv(bucket), f"$KV.{bucket}.>"]


def _read_objects(bucket: str) -> list[str]:
    """The client finds an object's stream by its chunks' subject (``STREAM.NAMES``: stream names only)."""
    return ["$JS.API.STREAM.NAMES", *_read_jetstream(f"OBJ_{bucket}")]


def _write_objects(bucket: str) -> list[str]:
    return [*_read_objects(bucket), f"$O.{bucket}.>"]


def _delete_objects(bucket: str) -> list[str]:
    """Object deletion purges the object's chunks: allowed on the transient staging store only."""
    return [f"$JS.API.STREAM.PURGE.OBJ_{bucket}"]


def permissions(identity: str, approval_stage: str = "approver") -> Permissions:
    """The row of ``identity`` in the bus's permission table (see the module docstring)."""
    inbox = inbox_prefix(identity) + ".>"
    stream_info = f"$JS.API.STREAM.INFO.{subjects.STREAM}"
    policy = _read_kv(subjects.POLICY_BUCKET)
    if identity == "gateway":
        return Permissions(
            publish=(
                subjects.REQUEST_RECEIVED,
                subjects.REQUEST_RELEASED,
                subjects.REQUEST_REJECTED,
                subjects.REQUEST_REFUSED,
                subjects.RESPONSE_STARTED,
                subjects.RESPONSE_COMPLETED,
                subjects.RESPONSE_FAILED,
                subjects.TOOL_USE_PROPOSED,
                subjects.TOOL_USE_VERDICTS,
                "lockgate-rpc.>",
                stream_info,
                *_write_objects(subjects.BODY_BUCKET),
                *_write_objects(subjects.STAGING_BUCKET),
                *_delete_objects(subjects.STAGING_BUCKET),
                *policy,
            ),
            subscribe=(
                subjects.VERDICTS,
                subjects.tool_use_verdict_subject(approval_stage),
                f"{subjects.APPROVAL_PREFIX}.>",
                inbox,
            ),
            deny_publish=(subjects.tool_use_verdict_subject(approval_stage),),
        )
    if identity == "authz":
        charges = f"{subjects.STREAM}.{subjects.CHARGES_CONSUMER}"
        return Permissions(
            publish=(
                subjects.verdict_subject("authz"),
                stream_info,
                *policy,
                *_write_kv(subjects.COUNTER_BUCKET),
                *_read_objects(subjects.BODY_BUCKET),
                f"$JS.API.CONSUMER.INFO.{charges}",
                f"$JS.API.CONSUMER.MSG.NEXT.{charges}",
                f"$JS.ACK.{charges}.>",
            ),
            subscribe=(f"{subjects.REQUEST_RECEIVED} authz", inbox),
        )
    if identity == "guard":
        return Permissions(
            publish=(
                subjects.verdict_subject("guard"),
                stream_info,
                *policy,
                *_write_kv(subjects.GUARD_SESSION_BUCKET),
                *_read_objects(subjects.BODY_BUCKET),
            ),
            subscribe=(
                f"{subjects.REQUEST_RECEIVED} guard",
                f"{subjects.tool_use_rpc_subject('guard')} guard-tool-use",
                inbox,
            ),
            allow_responses=True,
        )
    if identity == "masker":
        return Permissions(
            publish=(
                subjects.MASKED,
                stream_info,
                *policy,
                *_write_objects(subjects.STAGING_BUCKET),
                *_delete_objects(subjects.STAGING_BUCKET),
                *_read_objects(subjects.BODY_BUCKET),
            ),
            subscribe=(f"{subjects.mask_subject('masker')} masker", f"{subjects.mask_body_subject('masker')} masker", inbox),
            allow_responses=True,
        )
    if identity == "approver":
        held = f"{subjects.STREAM}.{subjects.APPROVER_CONSUMER}"
        held_requests = f"{subjects.STREAM}.{subjects.APPROVER_REQUESTS_CONSUMER}"
        return Permissions(
            publish=(
                subjects.tool_use_verdict_subject(approval_stage),
                subjects.verdict_subject(approval_stage),
                f"{subjects.APPROVAL_PREFIX}.>",
                stream_info,
                *policy,
                *_write_kv(subjects.APPROVAL_BUCKET),
                f"$JS.API.CONSUMER.INFO.{held}",
                f"$JS.API.CONSUMER.MSG.NEXT.{held}",
                f"$JS.ACK.{held}.>",
                f"$JS.API.CONSUMER.INFO.{held_requests}",
                f"$JS.API.CONSUMER.MSG.NEXT.{held_requests}",
                f"$JS.ACK.{held_requests}.>",
            ),
            subscribe=(f"{subjects.APPROVAL_RPC}.> approver", inbox),
            allow_responses=True,
        )
    if identity == "recorder":
        recorded = f"{subjects.STREAM}.{subjects.RECORDER_CONSUMER}"
        return Permissions(
            publish=(
                stream_info,
                f"$JS.API.CONSUMER.INFO.{recorded}",
                f"$JS.API.CONSUMER.MSG.NEXT.{recorded}",
                f"$JS.ACK.{recorded}.>",
                subjects.AUDIT_SUBJECT,
                *policy,
                *_read_objects(subjects.BODY_BUCKET),
            ),
            subscribe=(f"{subjects.RECORDER_RPC} recorder", inbox),
            allow_responses=True,
        )
    if identity == "replay":
        # Unnamed ephemeral consumers only (an ordered consumer): it can neither touch a durable nor ack for one.
        events = subjects.STREAM
        return Permissions(
            publish=(
                stream_info,
                f"$JS.API.CONSUMER.CREATE.{events}",
                f"$JS.FC.{events}.>",
                *_read_objects(subjects.BODY_BUCKET),
            ),
            subscribe=(inbox,),
        )
    if identity == "audit":
        events = subjects.STREAM
        charges = f"{events}.{subjects.CHARGES_CONSUMER}"
        return Permissions(
            publish=(
                stream_info,
                f"$JS.API.DIRECT.GET.{events}.>",
                f"$JS.API.STREAM.MSG.GET.{events}",
                f"$JS.API.CONSUMER.CREATE.{events}",
                f"$JS.API.CONSUMER.CREATE.{events}.>",
                f"$JS.API.CONSUMER.INFO.{events}.>",
                f"$JS.API.CONSUMER.MSG.NEXT.{events}.>",
                f"$JS.ACK.{events}.>",
                f"$JS.FC.{events}.>",
                *_read_objects(subjects.BODY_BUCKET),
            ),
            subscribe=(subjects.STREAM_SUBJECTS[0], subjects.AUDIT_SUBJECT, inbox),
            deny_publish=tuple(
                denied
                for durable in (charges, f"{events}.{subjects.RECORDER_CONSUMER}")
                for denied in (f"$JS.API.CONSUMER.CREATE.{durable}.>", f"$JS.ACK.{durable}.>", f"$JS.API.CONSUMER.MSG.NEXT.{durable}")
            ),
        )
    if identity == "up":
        rows = [permissions(service, approval_stage) for service in SERVICE_IDENTITIES]
        return Permissions(
            publish=tuple(dict.fromkeys(subject for row in rows for subject in row.publish)),
            subscribe=tuple(dict.fromkeys(subject for row in rows for subject in row.subscribe)) + (inbox,),
            allow_responses=True,
            deny_publish=permissions("gateway", approval_stage).deny_publish,
        )
    if identity == "admin":
        return Permissions(publish=(">",), subscribe=(">",), allow_responses=True)
    raise ValueError(f"no such NATS identity: {identity!r}")


def _quoted(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def authorization_config(public_keys: dict[str, str]) -> str:
    """The nats-server ``authorization`` block granting each public nkey its identity's permissions."""
    users = []
    for identity, public_key in public_keys.items():
        rights = permissions(identity)
        publish = f"allow: {_quoted(rights.publish)}"
        if rights.deny_publish:
            publish += f", deny: {_quoted(rights.deny_publish)}"
        lines = [
            f"    # {identity}",
            f'    {{nkey: "{public_key}", permissions: {{',
            f"      publish: {{{publish}}}",
            f"      subscribe: {{allow: {_quoted(rights.subscribe)}}}",
        ]
        if rights.allow_responses:
            lines.append("      allow_responses: {max: 1}")
        lines.append("    }}")
        users.append("\n".join(lines))
    return "authorization {\n  users: [\n" + ",\n".join(users) + "\n  ]\n}\n"


class Credentials:
    """A directory of ``<identity>.nk`` seed files (mode 0600) and the matching ``authorization.conf``.

    A process reads only the seeds of the identities it runs; an operator can hand each
    service just its own file.
    """

    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)

    def seed_file(self, identity: str) -> Path:
        return self.directory / f"{identity}{SEED_SUFFIX}"

    def has(self, identity: str) -> bool:
        return self.seed_file(identity).is_file()

    @property
    def authorization_file(self) -> Path:
        return self.directory / AUTHORIZATION_FILE

    def ensure(self) -> Credentials:
        """Create any missing seed (existing ones are kept) and rewrite the authorization block."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self.directory.chmod(0o700)
        public_keys = {}
        for identity in IDENTITIES:
            path = self.seed_file(identity)
            if not path.exists():
                seed = nkeys.encode_seed(secrets.token_bytes(32), nkeys.PREFIX_BYTE_USER)
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "wb") as file:
                    file.write(seed + b"\n")
            public_keys[identity] = public_key(path)
        self.authorization_file.write_text(authorization_config(public_keys))
        return self


def public_key(seed_file: Path) -> str:
    key_pair = nkeys.from_seed(bytearray(seed_file.read_bytes().strip()))
    try:
        return key_pair.public_key.decode()
    finally:
        key_pair.wipe()


class NatsAccess(NamedTuple):
    """Where NATS is and how to prove who we are: per-identity nkey seeds and, optionally, TLS."""

    url: str | list[str]
    """A server's URL, or a cluster's servers (the client takes any and reconnects to the survivors)."""
    credentials: Credentials | None = None
    tls: ssl.SSLContext | None = None
    connect_timeout_s: float = 10.0
    """Give up connecting at start after this long (a clear error and exit, not a hang)."""


def tls_context(ca_file: str, cert_file: str = "", key_file: str = "") -> ssl.SSLContext | None:
    """A client TLS context verifying the server against ``ca_file``; None when no CA is configured."""
    if not ca_file:
        return None
    context = ssl.create_default_context(cafile=ca_file)
    if cert_file:
        context.load_cert_chain(cert_file, key_file or None)
    return context
