"""The ``lockgate`` command as an operator meets it: versions, help, and one clear line (never a traceback)
with exit code 2 for every usage or configuration mistake."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.cli.main import parser
from services.cli.workers import DEFAULT_POLICY

ROOT = Path(__file__).resolve().parents[1]


def lockgate(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LOCKGATE_", "NATS_"))}
    return subprocess.run(
        [sys.executable, "-m", "services.cli.main", *args],
        capture_output=True,
        text=True,
        env={**base, "PYTHONPATH": str(ROOT), **(env or {})},
        cwd=cwd or ROOT,
        timeout=60,
    )


def assert_refused(result: subprocess.CompletedProcess, *expected: str) -> None:
    """Exit 2, one short message naming the problem, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    for text in expected:
        assert text in result.stderr, result.stderr


def test_version():
    result = lockgate("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "lockgate 0.1.0"


def _subcommands(command, path=()):
    for action in command._subparsers._group_actions if command._subparsers else ():
        for name, sub in action.choices.items():
            yield (*path, name), sub
            yield from _subcommands(sub, (*path, name))


def test_every_subcommand_help_has_a_description():
    commands = list(_subcommands(parser()))
    assert len(commands) > 20
    for path, command in commands:
        assert command.description, f"lockgate {' '.join(path)} --help has no description"
    result = lockgate("policy", "check", "--help")
    assert result.returncode == 0
    assert "validate FILE: every stage checks its section" in result.stdout


@pytest.mark.parametrize("ttl, message", [
    ("forever", "not a duration: 'forever'"),
    ("100d", "'100d': a token lives more than 0 s and at most 24h"),
    ("0", "'0': a token lives more than 0 s and at most 24h"),
    ("-5m", "at most 24h"),
    ("inf", "not a duration"),
    ("25h", "at most 24h"),
])
def test_token_ttl_out_of_bounds(tmp_path, ttl, message):
    result = lockgate("token", "--dev", "--sub", "alice", f"--ttl={ttl}", env={"LOCKGATE_DATA_DIR": str(tmp_path)})
    assert_refused(result, "argument --ttl", message)
    assert result.stdout == ""


def test_policy_check_of_a_missing_file():
    assert_refused(lockgate("policy", "check", "/nonexistent.toml"), "cannot read /nonexistent.toml: No such file or directory")


def test_up_with_a_directory_as_config(tmp_path):
    assert_refused(lockgate("up", "--config", str(tmp_path)), f"cannot read the config file {tmp_path}: Is a directory")


def test_schemas_export_to_an_unwritable_place():
    assert_refused(lockgate("schemas", "export", "/proc/x"), "cannot write the schemas to /proc/x")


def test_gateway_without_nats_url_refuses_instead_of_starting_an_empty_nats(tmp_path):
    result = lockgate("gateway", env={"LOCKGATE_DATA_DIR": str(tmp_path)})
    assert_refused(result, "set NATS_URL", "use `lockgate up`")
    assert not (tmp_path / "nats").exists()


@pytest.mark.parametrize("typo", [
    '[rols.dev]\nmodels = ["claude-*"]\n',
    'versoin = "x"\n',
    '[pricess."claude-*"]\ninput_per_mtok = 1.0\n',
    "foo = 1\n",
])
def test_policy_check_refuses_unknown_top_level_keys(tmp_path, typo):
    policy = tmp_path / "policy.toml"
    shipped = DEFAULT_POLICY.read_text()
    policy.write_text(shipped + "\n" + typo if typo.startswith("[") else typo + shipped)
    key = typo.strip("[").split(".")[0].split(" ")[0]
    assert_refused(lockgate("policy", "check", str(policy)), f"unknown top-level key {key!r}")


def test_policy_check_refuses_an_empty_file(tmp_path):
    for text in ("", "\n  \n# only a comment\n"):
        policy = tmp_path / "empty.toml"
        policy.write_text(text)
        assert_refused(lockgate("policy", "check", str(policy)), "the policy is empty")


def test_policy_check_reports_every_error_not_only_the_first(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('versoin = "x"\n[rols.dev]\nmodels = ["x"]\n[roles.dev]\nmodels = 3\n[guard]\npacks = ["telepathy"]\n')
    result = lockgate("policy", "check", str(policy))
    assert_refused(
        result,
        "4 errors",
        "unknown top-level key 'versoin'",
        "unknown top-level key 'rols'",
        "roles.dev: Expected `array`, got `int`",
        "unknown guard packs ['telepathy']",
    )


def test_policy_push_refuses_what_check_refuses_before_touching_nats(tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text(DEFAULT_POLICY.read_text() + '\n[rols.dev]\nmodels = ["claude-*"]\n')
    result = lockgate("policy", "push", str(policy), env={"NATS_URL": "nats://127.0.0.1:1"})
    assert_refused(result, "unknown top-level key 'rols'")


def test_shipped_policy_is_valid():
    result = lockgate("policy", "check", str(DEFAULT_POLICY))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout
