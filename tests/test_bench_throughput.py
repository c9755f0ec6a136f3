"""``bench/overhead.py --throughput`` needs wrk: without it on PATH it says how to install it and starts nothing,
so the fast suite never depends on wrk; its arguments are checked before anything starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench" / "overhead.py"


def run_bench(*args: str, path: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": path}
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True, env=env, timeout=120, cwd=REPO)


def test_without_wrk_it_says_how_to_install_it_and_starts_nothing(tmp_path):
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    result = run_bench("--throughput", "--rounds", "1", "--seconds", "1", path=str(tmp_path))  # an empty directory: no wrk
    assert result.returncode == 0, result.stderr
    assert "skipped: the throughput mode needs wrk" in result.stdout
    assert "apt-get install wrk" in result.stdout
    assert "Traceback" not in result.stderr
    assert {p.pid for p in psutil.Process().children(recursive=True)} <= before


def test_bad_throughput_arguments_are_refused_before_anything_starts(tmp_path):
    for args in (["--processes", "0"], ["--processes", "x"], ["--modes", "xml"], ["--seconds", "0"]):
        result = run_bench("--throughput", *args, path=str(tmp_path))
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "usage:" in result.stderr, args
