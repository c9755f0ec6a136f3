"""``lockgate``: run the gateway, its workers and its tools."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from services.common.config import ConfigError, load_config


def _run(coro) -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(coro)
    else:
        uvloop.run(coro)


def cmd_up(args: argparse.Namespace) -> None:
    from services.cli.up import run_up

    _run(run_up(load_config(args.config)))


def cmd_simulate(args: argparse.Namespace) -> None:
    from services.simulator.app import run

    run(args.host, args.port, args.key)


def cmd_schemas_export(args: argparse.Namespace) -> None:
    from schemas.export import export

    print(export(args.directory))


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="lockgate", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)

    up = commands.add_parser("up", help="run the gateway (embedded NATS and simulated upstream unless configured)")
    up.add_argument("--config", help="TOML configuration file")
    up.set_defaults(func=cmd_up)

    simulate = commands.add_parser("simulate", help="run the simulated Claude Messages API")
    simulate.add_argument("--host", default="127.0.0.1")
    simulate.add_argument("--port", type=int, required=True)
    simulate.add_argument("--key", required=True, help="the API key the simulator accepts")
    simulate.set_defaults(func=cmd_simulate)

    schemas = commands.add_parser("schemas", help="the event contract")
    schemas_commands = schemas.add_subparsers(dest="schemas_command", required=True)
    export = schemas_commands.add_parser("export", help="write the JSON Schema of every event into DIR")
    export.add_argument("directory")
    export.set_defaults(func=cmd_schemas_export)
    return root


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except ConfigError as exc:
        print(f"lockgate: configuration error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
