"""``lockgate``: run the gateway, its workers and its tools."""

from __future__ import annotations

import argparse
import asyncio
import importlib.metadata
import json
import logging
import math
import sys

from services.cli.audit import AuditFailed
from services.cli.workers import WORKERS
from services.common.bus import MissingCredential, NatsUnavailable, NotProvisioned
from services.common.config import ConfigError, load_config, read_config
from services.common.policy_store import PolicyError
from services.common.provision import JetStreamUnavailable
from services.identity import TokenRequestFailed


class UsageError(Exception):
    """A command cannot do what it was asked (a path it cannot write, ...): one line, exit 2."""


def _run(coro) -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(coro)
    else:
        uvloop.run(coro)


def _service_config(path: str | None):
    """The configuration of a long-running process, whose logging follows its ``[log]`` section."""
    from services.common.logs import configure_logging

    config = load_config(path)
    configure_logging(config.log)
    return config


def cmd_up(args: argparse.Namespace) -> None:
    from services.cli.up import run_up

    _run(run_up(_service_config(args.config)))


def cmd_gateway(args: argparse.Namespace) -> None:
    from services.cli.up import run_up

    config = _service_config(args.config)
    if not config.nats.url:
        raise ConfigError(
            "lockgate gateway runs the gateway alone against the NATS its workers share: set NATS_URL (or nats.url); "
            "for everything on one machine, use `lockgate up`"
        )
    _run(run_up(config, with_workers=False))


def cmd_worker(args: argparse.Namespace) -> None:
    from services.cli.up import run_worker

    _run(run_worker(_service_config(args.config), args.stage, args.health))


def cmd_token(args: argparse.Namespace) -> None:
    from services.cli.token import dev_token, issuer_token

    config = read_config(args.config)
    if args.dev:
        print(asyncio.run(dev_token(config, args.url, args.sub, args.role, args.ttl)))
    else:
        print(asyncio.run(issuer_token(config, args.issuer, args.scope, args.audience, args.resource)))


def cmd_policy_check(args: argparse.Namespace) -> None:
    from services.cli.workers import read_policy

    document = read_policy(args.file)
    print(f"{args.file}: valid, version {document.version}")


def cmd_policy_push(args: argparse.Namespace) -> None:
    from services.cli.up import nats_access
    from services.cli.workers import read_policy
    from services.common.bus import Bus
    from services.common.policy_store import push_policy

    document = read_policy(args.file)
    config = load_config(args.config)
    if not config.nats.url:
        raise ConfigError("policy push needs NATS_URL (or nats.url): the NATS the workers use")

    async def push() -> None:
        bus = await Bus.connect(nats_access(config), "admin")
        try:
            await push_policy(bus, document)
        finally:
            await bus.close()

    asyncio.run(push())
    print(f"pushed policy {document.version}")


def cmd_nats_credentials(args: argparse.Namespace) -> None:
    from services.common.nats_auth import IDENTITIES, Credentials

    credentials = Credentials(args.directory).ensure()
    print(f"wrote {', '.join(i + '.nk' for i in IDENTITIES)} (mode 0600, existing seeds kept) and "
          f"{credentials.authorization_file.name} to {credentials.directory}")
    print("include authorization.conf in your nats-server configuration; give each service only its own .nk file "
          "(nats.credentials / LOCKGATE_NATS_CREDENTIALS names the directory it is in)")


def cmd_nats_provision(args: argparse.Namespace) -> None:
    from nats.js.errors import APIError

    from services.cli.up import nats_access, provision_and_install_policy

    config = load_config(args.config)
    if not config.nats.url or not config.nats.credentials:
        raise ConfigError("nats provision needs NATS_URL and nats.credentials (LOCKGATE_NATS_CREDENTIALS) with admin.nk")
    replicas = args.replicas or config.nats.replicas
    try:
        document = asyncio.run(provision_and_install_policy(nats_access(config), args.policy or "", replicas))
    except APIError as exc:
        raise ConfigError(f"NATS refused provisioning with {replicas} replica(s): {exc.description}") from None
    if document is None:
        raise ConfigError(f"no admin credential (admin.nk) in {config.nats.credentials}")
    print(f"streams, buckets and consumers ready ({replicas} replica(s) each); policy {document.version} active")


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``15m``, ``2h``, ``1d`` -> seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        seconds = float(text[:-1]) * units[text[-1]] if text[-1:] in units else float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (use 90s, 15m, 2h)") from None
    if not math.isfinite(seconds):
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (use 90s, 15m, 2h)")
    return seconds


MAX_DEV_TOKEN_TTL_S = 24 * 3600
"""Development tokens are short-lived: a leaked one expires within a day at most."""


def token_ttl(text: str) -> float:
    """``--ttl``: a duration above zero and at most ``MAX_DEV_TOKEN_TTL_S``."""
    seconds = parse_duration(text)
    if not 0 < seconds <= MAX_DEV_TOKEN_TTL_S:
        raise argparse.ArgumentTypeError(f"{text!r}: a token lives more than 0 s and at most 24h")
    return seconds


def cmd_approvals(args: argparse.Namespace) -> None:
    import os

    from services.cli.approvals import main as approvals

    base_url = args.url or load_config(args.config).gateway_url
    token = args.token or os.environ.get("LOCKGATE_TOKEN", "")
    approvals(base_url, token, args.action, getattr(args, "id", ""), getattr(args, "comment", ""), getattr(args, "state", ""), args.format == "json")


def cmd_simulate(args: argparse.Namespace) -> None:
    from services.simulator.app import run

    run(args.host, args.port, args.key)


def cmd_replay(args: argparse.Namespace) -> None:
    from services.replay.command import ReplayArgumentError, run_replay

    try:
        status = asyncio.run(
            run_replay(load_config(args.config), args.policy, args.since, args.session, getattr(args, "from"), args.to, args.format, args.allow,
                       out=sys.stdout, progress=sys.stderr, duckdb_file=args.duckdb)
        )
    except ReplayArgumentError as exc:
        print(f"lockgate replay: {exc}", file=sys.stderr)
        sys.exit(2)
    sys.exit(status)


def cmd_schemas_export(args: argparse.Namespace) -> None:
    from schemas.export import export

    try:
        print(export(args.directory))
    except OSError as exc:
        raise UsageError(f"cannot write the schemas to {args.directory}: {exc.strerror or exc}") from None


def _audit_client(args: argparse.Namespace):
    from services.cli.audit import client

    return client(load_config(args.config), args.url, args.token)


def cmd_audit_sql(args: argparse.Namespace) -> None:
    from services.cli.audit import run_sql

    run_sql(_audit_client(args), args.sql, args.format, args.limit)


def cmd_audit_export(args: argparse.Namespace) -> None:
    from services.cli.audit import parse_since, run_export

    output = args.output or f"lockgate-{args.table}.{args.format}"
    count = run_export(_audit_client(args), args.table, parse_since(args.since), args.format, output)
    print(f"wrote {count} rows of {args.table} to {output}")


def cmd_audit_verify(args: argparse.Namespace) -> None:
    from services.cli.audit import verify_result

    if args.file:
        from pathlib import Path

        from services.recorder.store import verify_file

        result = verify_file(Path(args.file))
    else:
        result = _audit_client(args).call("GET", "/verify")
    if not verify_result(result):
        sys.exit(1)


def cmd_sessions_list(args: argparse.Namespace) -> None:
    from services.cli.audit import print_rows

    answer = _audit_client(args).call("GET", "/sessions", {"limit": args.limit})
    print_rows(answer["columns"], answer["rows"], args.format)


def cmd_sessions_show(args: argparse.Namespace) -> None:
    from services.cli.audit import show_session

    document = _audit_client(args).call("GET", f"/sessions/{args.session_id}")
    if args.format == "json":
        print(json.dumps(document, indent=2, default=str))
    else:
        show_session(document)


def _auditor_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--config", help="TOML configuration file (its gateway.listen finds the gateway)")
    command.add_argument("--url", help="the gateway's base URL (default: from LOCKGATE_LISTEN / gateway.listen)")
    command.add_argument("--token", help="an auditor's token (default: LOCKGATE_TOKEN)")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="lockgate", description=__doc__)
    root.add_argument("--version", action="version", version=f"lockgate {version()}")
    commands = root.add_subparsers(dest="command", required=True)

    up = commands.add_parser("up", help="run the gateway (embedded NATS and simulated upstream unless configured)")
    up.add_argument("--config", help="TOML configuration file")
    up.set_defaults(func=cmd_up)

    gateway = commands.add_parser("gateway", help="run the gateway alone; its workers run as `lockgate worker STAGE`")
    gateway.add_argument("--config", help="TOML configuration file")
    gateway.set_defaults(func=cmd_gateway)

    worker = commands.add_parser("worker", help="run one replica of a decision worker against NATS_URL")
    worker.add_argument("stage", choices=sorted(WORKERS))
    worker.add_argument("--config", help="TOML configuration file")
    worker.add_argument("--health", metavar="HOST:PORT", default="", help="serve /healthz and /readyz here (for orchestrators' probes)")
    worker.set_defaults(func=cmd_worker)

    token = commands.add_parser("token", help="print a short-lived OIDC access token (for apiKeyHelper and CI)")
    token.add_argument("--config", help="TOML configuration file")
    token.add_argument("--dev", action="store_true", help="mint from the development issuer of `lockgate up`")
    token.add_argument("--sub", default="developer", help="with --dev: the subject")
    token.add_argument("--role", action="append", default=[], help="with --dev: a role (repeatable)")
    token.add_argument("--ttl", default=15 * 60.0, type=token_ttl, help="with --dev: lifetime, e.g. 900, 15m, 1h (at most 24h)")
    token.add_argument("--issuer", default="", help="the configured issuer to ask (default: the first)")
    token.add_argument("--scope", default=None, help="scope to request with the client-credentials grant")
    token.add_argument("--audience", default=None, help="audience to request (Auth0's audience parameter)")
    token.add_argument("--resource", default=None, help="resource to request (RFC 8707; Entra ID v1, ADFS)")
    token.add_argument("--url", default="", help="with --dev: the running gateway on loopback (default: from gateway.listen)")
    token.set_defaults(func=cmd_token)

    policy = commands.add_parser("policy", help="validate or activate a policy file")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    check = policy_commands.add_parser("check", help="validate FILE: every stage checks its section")
    check.add_argument("file")
    check.set_defaults(func=cmd_policy_check)
    push = policy_commands.add_parser("push", help="validate FILE and make it active on every worker")
    push.add_argument("file")
    push.add_argument("--config", help="TOML configuration file")
    push.set_defaults(func=cmd_policy_push)

    nats_parser = commands.add_parser("nats", help="credentials and JetStream resources for your own NATS")
    nats_commands = nats_parser.add_subparsers(dest="nats_command", required=True)
    credentials = nats_commands.add_parser(
        "credentials", help="write one nkey seed per service, admin and audit, and the server's authorization block"
    )
    credentials.add_argument("directory")
    credentials.set_defaults(func=cmd_nats_credentials)
    provision = nats_commands.add_parser(
        "provision", help="as admin: create the stream, buckets and consumers, and install a policy if none is active"
    )
    provision.add_argument("--config", help="TOML configuration file")
    provision.add_argument("--policy", help="policy file to push (default: keep the active one, or the shipped default)")
    provision.add_argument(
        "--replicas", type=int, choices=range(1, 6), metavar="{1..5}",
        help="copies of each stream and bucket: 1 on a single server, 3 on a 3-node cluster (default: nats.replicas)",
    )
    provision.set_defaults(func=cmd_nats_provision)

    approvals = commands.add_parser("approvals", help="review tool calls held for approval (a reviewer's token)")
    approval_actions = approvals.add_subparsers(dest="action", required=True)
    for action, helptext in (
        ("list", "requests you may review, newest first"),
        ("show", "one request: who, what, why, votes"),
        ("approve", "approve a request (a quorum may need others too)"),
        ("deny", "deny a request: the held call is blocked"),
    ):
        sub = approval_actions.add_parser(action, help=helptext)
        if action == "list":
            sub.add_argument("--state", choices=["pending", "approved", "denied", "expired"], default="")
        else:
            sub.add_argument("id", help="the approval id")
        if action in ("approve", "deny"):
            sub.add_argument("--comment", default="", help="why (recorded with your decision)")
        sub.add_argument("--token", default="", help="your OIDC token (default: $LOCKGATE_TOKEN)")
        sub.add_argument("--url", default="", help="the gateway (default: from LOCKGATE_LISTEN / gateway.listen)")
        sub.add_argument("--config", help="TOML configuration file")
        sub.add_argument("--format", choices=["text", "json"], default="text")
        sub.set_defaults(func=cmd_approvals)

    simulate = commands.add_parser(
        "simulate", help="run the simulated Claude Messages API (its /_simulator/* control endpoints answer loopback only)"
    )
    simulate.add_argument("--host", default="127.0.0.1")
    simulate.add_argument("--port", type=int, required=True)
    simulate.add_argument("--key", required=True, help="the API key the simulator accepts")
    simulate.set_defaults(func=cmd_simulate)

    replay = commands.add_parser("replay", help="what a candidate policy would change on the recorded traffic (a CI gate)")
    replay.add_argument("--policy", required=True, help="the candidate policy file")
    replay.add_argument("--since", default="", help="only requests of the last 90s, 15m, 24h, 7d")
    replay.add_argument("--session", default="", help="only this session's requests")
    replay.add_argument("--from", default="", help="window start: ISO 8601 time or seconds since the epoch")
    replay.add_argument("--to", default="", help="window end: ISO 8601 time or seconds since the epoch")
    replay.add_argument("--format", choices=("table", "json"), default="table", help="json: see schemas/replay.py")
    replay.add_argument("--allow", action="append", default=[], help="CATEGORY=N[,...]: exit 1 when a count exceeds N (e.g. newly-allowed=0)")
    replay.add_argument("--duckdb", default="", help="the recorder's DuckDB file, for events older than the stream holds "
                        "(default: the [recorder] database, when present; read from a snapshot copy)")
    replay.add_argument("--config", help="TOML configuration file")
    replay.set_defaults(func=cmd_replay)

    audit = commands.add_parser("audit", help="the audit record: SQL over its views, export, chain verification")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    sql = audit_commands.add_parser("sql", help="run one read-only SELECT over calls, tool_calls, approvals, sessions, events")
    sql.add_argument("sql")
    sql.add_argument("--format", choices=("table", "json", "csv"), default="table", help="json: one object per line")
    sql.add_argument("--limit", type=int, default=10_000, help="rows at most")
    _auditor_options(sql)
    sql.set_defaults(func=cmd_audit_sql)
    export_audit = audit_commands.add_parser("export", help="write a table to JSON lines or Parquet, with progress")
    export_audit.add_argument("--since", default="", help="epoch seconds, an ISO time, or 24h / 7d ago (default: everything)")
    export_audit.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    export_audit.add_argument("--table", choices=("events", "calls", "tool_calls", "approvals", "sessions"), default="events")
    export_audit.add_argument("--output", help="file to write (default: lockgate-TABLE.FORMAT)")
    _auditor_options(export_audit)
    export_audit.set_defaults(func=cmd_audit_export)
    verify = audit_commands.add_parser("verify", help="check the hash chain; exit 1 naming the first deleted, altered or reordered record")
    verify.add_argument("--file", help="verify this DuckDB file (a stopped recorder's, or a copy) instead of asking the recorder")
    _auditor_options(verify)
    verify.set_defaults(func=cmd_audit_verify)

    sessions = commands.add_parser("sessions", help="recorded sessions, turn by turn")
    sessions_commands = sessions.add_subparsers(dest="sessions_command", required=True)
    sessions_list = sessions_commands.add_parser("list", help="the latest sessions: who, agent, models, calls, usage")
    sessions_list.add_argument("--limit", type=int, default=50)
    sessions_list.add_argument("--format", choices=("table", "json", "csv"), default="table")
    _auditor_options(sessions_list)
    sessions_list.set_defaults(func=cmd_sessions_list)
    sessions_show = sessions_commands.add_parser("show", help="one session turn by turn: prompt, tool calls and verdicts, answer, usage")
    sessions_show.add_argument("session_id")
    sessions_show.add_argument("--format", choices=("text", "json"), default="text")
    _auditor_options(sessions_show)
    sessions_show.set_defaults(func=cmd_sessions_show)

    schemas = commands.add_parser("schemas", help="the event contract")
    schemas_commands = schemas.add_subparsers(dest="schemas_command", required=True)
    export = schemas_commands.add_parser("export", help="write the JSON Schema of every event into DIR")
    export.add_argument("directory")
    export.set_defaults(func=cmd_schemas_export)
    describe_subcommands(root)
    return root


def describe_subcommands(parser: argparse.ArgumentParser) -> None:
    """Each subcommand's ``--help`` opens with the line its parent lists it with, unless it has its own."""
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for choice in action._choices_actions:
            subcommand = action.choices[choice.dest]
            if subcommand.description is None:
                subcommand.description = choice.help
            describe_subcommands(subcommand)


def version() -> str:
    try:
        return importlib.metadata.version("lockgate")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"


REFUSALS: tuple[tuple[type[Exception] | tuple[type[Exception], ...], str, int], ...] = (
    (ConfigError, "configuration error: ", 2),
    ((UsageError, MissingCredential), "", 2),
    (PolicyError, "policy error: ", 2),
    ((NatsUnavailable, NotProvisioned, JetStreamUnavailable, AuditFailed), "", 1),
    (TokenRequestFailed, "no token: ", 1),
)
"""Failures a user can act on: one line on stderr (prefix, message) and the exit status; 2 for what the user must
change (configuration, arguments, policy, a credential), 1 for what is unavailable. Anything else is a bug and keeps
its traceback."""


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except KeyboardInterrupt:
        pass
    except Exception as exc:
        for kinds, prefix, status in REFUSALS:
            if isinstance(exc, kinds):
                print(f"lockgate: {prefix}{exc}", file=sys.stderr)
                sys.exit(status)
        raise


if __name__ == "__main__":
    main()
