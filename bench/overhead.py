"""What Lockgate adds to a Claude API call, stage by stage: latency, time to first token, throughput.

    python bench/overhead.py [--requests N] [--rounds R] [--instances I] [--bodies small,large] [--json out.json]
                             [--baseline earlier.json]

One run measures, against ONE simulated Claude upstream (``lockgate simulate``):

- ``direct``: calls straight to the simulator;
- ``bare``: through ``lockgate up`` with no decision stage (``required_stages = []``,
  ``tool_use_stages = []``, ``mask_stages = []`` when the gateway has that setting);
- ``authz``: ``required_stages = ["authz"]``;
- ``authz+guard``: ``required_stages = ["authz", "guard"]``, ``tool_use_stages = ["guard"]``;
- ``full default``: no stage setting at all, i.e. the shipped defaults (only when the gateway
  has ``gateway.mask_stages``: then ``authz+guard`` sets ``mask_stages = []`` and this one
  adds the masker);
- ``full default, via NATS`` (only when the gateway has ``gateway.deliver_in_process``): the
  shipped defaults with ``deliver_in_process = false``, so every event and masking or tool-call
  question crosses the nats-server to the workers and back, as with workers in other processes;
- ``full default, anonymous NATS`` (only when the checkout has NATS authentication,
  ``services/common/nats_auth.py``): the shipped defaults against a nats-server without
  authorization, and no ``LOCKGATE_NATS_CREDENTIALS``; every other configuration runs, as users
  run it, on a nats-server that admits only Lockgate's per-service nkeys, so "authenticated minus
  anonymous" is what authenticated connections add;
- ``full default, core publishes`` (only when the gateway has ``gateway.record_acknowledged``): the shipped
  defaults with ``record_acknowledged = false``, i.e. the core NATS publishes Lockgate used before acknowledged
  recording; every other configuration publishes through JetStream and waits for the storage acknowledgement of
  ``request.received`` (before the upstream call) and of ``response.completed`` (before the answer ends), so
  "acknowledged minus core publishes" is what acknowledged recording adds;
- ``guard, no hold`` (tool-call workload only): ``authz+guard`` with ``tool_use_stages = []``.

Every configuration but ``full default, via NATS`` hands requests to its in-process workers
directly when the gateway has that setting (its default).

Every configuration runs as ``--instances`` (default 2) independent ``lockgate up`` processes,
each with its own nats-server (JetStream), all started before the measurements on separate
loopback ports and measured in interleaved rounds, so drift on the machine hits every
configuration alike; round ``r`` calls instance ``r mod instances`` of each, so the luck of one
process's placement (cores, caches: worth up to ±0.2 ms p50 at c=1 on a 2-core VM) does not
decide a configuration's figure. A text workload (JSON and streaming, at
concurrency 1 and 32) is followed by a tool-call workload (the simulator answers every call with
a Bash ``tool_use``). Every call carries an OIDC token from the gateway's development issuer; the
policy is a bench policy whose rate and budget never bind. Everything it started is stopped at
the end. Nothing leaves loopback.

It reports figures only; it does not judge them against any target.

``--throughput`` measures instead how many requests per second the machine serves through every stage
(the shipped defaults: authz, guard, masker, request masking, recorder, approver) with ``--processes``
gateway processes (default 1 and the number of cores), beside the simulator called directly, in one run,
with ``wrk`` as the load generator (C, one thread: its own CPU is small and measured): req/s, p50/p99 at
c=1 and c=32, and CPU ms per request of each gateway's process tree, its nats-server, the simulator and
wrk. Without ``wrk`` on PATH it says how to install it and measures nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from services.common.config import GatewayConfig  # noqa: E402
from services.common.embedded_nats import EmbeddedNats, free_port  # noqa: E402
from services.identity import DevIssuer  # noqa: E402
from tests.harness import wait_http as wait_until_answering  # noqa: E402

try:
    from services.common.nats_auth import Credentials  # noqa: E402
except ImportError:  # a checkout from before NATS authentication: every configuration is anonymous
    Credentials = None

UPSTREAM_KEY = "sk-ant-bench-upstream-key-0123456789"
MODEL = "claude-sonnet-4-5"
CONCURRENCIES = (1, 32)
MODES = ("json", "stream")
TTFT_MARK = b"event: content_block_delta"
TOKEN_TTL_S = 4 * 3600
HAS_MASKER = "mask_stages" in GatewayConfig.__struct_fields__
"""Whether this checkout's gateway has the masker setting; decided when the benchmark runs."""
HAS_IN_PROCESS = "deliver_in_process" in GatewayConfig.__struct_fields__
"""Whether this checkout's gateway can hand requests to its in-process workers without NATS."""
HAS_NATS_AUTH = Credentials is not None
"""Whether this checkout's bus authenticates every process with a per-service nkey."""
ANONYMOUS = "full default, anonymous NATS"
HAS_RECORD_ACK = "record_acknowledged" in GatewayConfig.__struct_fields__
HAS_PROCESSES = "processes" in GatewayConfig.__struct_fields__
"""Several gateway processes per ``lockgate up`` (default one per core); "full default, 1 process" is the single-process figure."""
ONE_PROCESS = "full default, 1 process"
"""Whether this checkout's gateway publishes events through JetStream and waits for their storage acknowledgement."""
CORE_PUBLISH = "full default, core publishes"

TOOL_CALL = {"command": "ls -la", "description": "List files"}
TOOL_MARK = b'"name":"Bash"'
"""The held tool_use block must reach the client: a blocked call is replaced by a text block."""


@dataclass(frozen=True)
class Setup:
    name: str
    stages: dict
    """``[gateway]`` keys; empty means the shipped defaults."""
    text: bool = True
    """Part of the text workload (every configuration is part of the tool-call workload)."""
    nats_auth: bool = True
    """On a nats-server that admits only Lockgate's nkeys (``LOCKGATE_NATS_CREDENTIALS``), as users run it;
    False: a nats-server without authorization and no credentials. Only when the checkout has NATS authentication."""
    sections: str = ""
    """More of ``lockgate up``'s TOML after ``[gateway]`` (other sections, e.g. ``[recorder]``)."""


def setups() -> list[Setup]:
    none = {"required_stages": [], "tool_use_stages": []}
    mask_off = {"mask_stages": []} if HAS_MASKER else {}
    out = [
        Setup("bare", {**none, **mask_off}),
        Setup("authz", {"required_stages": ["authz"], "tool_use_stages": [], **mask_off}),
        Setup("authz+guard", {"required_stages": ["authz", "guard"], "tool_use_stages": ["guard"], **mask_off}),
    ]
    if HAS_MASKER:
        out.append(Setup("full default", {}))
        if HAS_IN_PROCESS:
            out.append(Setup("full default, via NATS", {"deliver_in_process": False}))
    if HAS_NATS_AUTH:
        out.append(Setup(ANONYMOUS, {}, nats_auth=False))
    if HAS_RECORD_ACK:
        out.append(Setup(CORE_PUBLISH, {"record_acknowledged": False}))
    if HAS_PROCESSES:
        out.append(Setup(ONE_PROCESS, {"processes": 1}))
    out.append(Setup("guard, no hold", {"required_stages": ["authz", "guard"], "tool_use_stages": [], **mask_off},
                     text=False))
    return out


BENCH_POLICY = """\
# Written by bench/overhead.py: the shipped developer role, with a rate and a budget so large
# that they never bind, so the counters are read and written on every call as in production
# but never refuse one.
version = "bench-1"

[roles.developer]
grants = ["developers", "engineering"]
models = ["claude-haiku-*", "claude-sonnet-*", "claude-opus-*"]
tools = [
    "Bash", "Read", "Write", "Edit", "MultiEdit", "Glob", "Grep", "LS", "NotebookEdit",
    "NotebookRead", "TodoWrite", "Task", "WebFetch", "WebSearch", "mcp__*", "Tool*",
]
max_tokens = 32000
strip_excess = true
rate = { requests = 1000000000, period_s = 1 }
budget = { tokens = 1000000000000000, usd = 1000000000000.0, window_s = 86400 }

[prices."claude-opus-*"]
input_per_mtok = 15.0
output_per_mtok = 75.0

[prices."claude-sonnet-*"]
input_per_mtok = 3.0
output_per_mtok = 15.0

[prices."claude-haiku-*"]
input_per_mtok = 1.0
output_per_mtok = 5.0
"""


# --------------------------------------------------------------------------- workload


def small_body() -> dict:
    """About 2 KB: a system prompt and a short conversation, as an SDK app sends it."""
    system = (
        "You are a careful assistant for an internal engineering team. Answer concisely, cite the "
        "file and line you rely on, and say so plainly when you are unsure. "
    ) * 6
    turns = [
        ("user", "Our nightly job that compacts the event log started failing after the upgrade. "
                 "The error says the stream's max_msg_size was exceeded. What changed?"),
        ("assistant", "The upgrade lowered the default maximum message size. Events that embed "
                      "large request bodies now exceed it; store those bodies out of line instead."),
        ("user", "Where is that limit configured, and what is a safe value for bodies of a few MB? "
                 "We run a single replica with file storage and keep thirty days of history."),
        ("assistant", "It lives in the stream definition. Keep events small and move bodies over a "
                      "few hundred KB to an object store; then the default limit is enough."),
        ("user", "Write the change as a short checklist we can paste into the ticket."),
    ]
    return {
        "model": MODEL,
        "max_tokens": 1024,
        "system": system,
        "metadata": {"user_id": "bench-user-0001"},
        "messages": [{"role": role, "content": text} for role, text in turns],
    }


def large_body() -> dict:
    """About 40 KB: a Claude Code turn, with its tools, a long system prompt and a tool history."""
    tools = []
    for i in range(16):
        tools.append({
            "name": f"Tool{i:02d}",
            "description": (f"Tool number {i}. Reads, edits or runs things in the workspace; "
                            "use it only when the user's request needs it. ") * 6,
            "input_schema": {
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "Absolute path of the file to act on."},
                    "command": {"type": "string", "description": "The shell command to run, if any."},
                    "timeout": {"type": "number", "description": "Seconds before the call is abandoned."},
                },
                "required": ["path"],
                "additionalProperties": False,
            },
        })
    system = [{"type": "text", "text": (
        "You are Claude Code, an interactive CLI tool that helps users with software engineering "
        "tasks. Use the tools available to you to read and change files and run commands. ") * 40,
        "cache_control": {"type": "ephemeral"}}]
    messages = [{"role": "user", "content": "Find why the egress test is flaky and fix it."}]
    listing = "\n".join(f"{n:5d}\tline {n} of services/egress/egress.py: some code here" for n in range(1, 120))
    for i in range(6):
        tool_id = f"toolu_bench_{i:04d}"
        messages.append({"role": "assistant", "content": [
            {"type": "text", "text": "Let me look at the relevant file."},
            {"type": "tool_use", "id": tool_id, "name": "Tool01", "input": {"path": f"/repo/file{i}.py"}},
        ]})
        messages.append({"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": tool_id, "content": listing[: 2500 + 200 * i]},
        ]})
    messages.append({"role": "assistant", "content": "I see the race; patching it now."})
    messages.append({"role": "user", "content": "Go ahead."})
    return {"model": MODEL, "max_tokens": 32000, "system": system, "tools": tools, "messages": messages}


def tool_body() -> dict:
    """The small conversation plus a Bash tool definition, as an agent that may run commands sends it."""
    body = small_body()
    body["tools"] = [{
        "name": "Bash",
        "description": "Executes a given bash command and returns its output.",
        "input_schema": {
            "type": "object",
            "properties": {
                "command": {"type": "string", "description": "The command to execute"},
                "description": {"type": "string", "description": "What the command does, in 5-10 words"},
            },
            "required": ["command"],
        },
    }]
    return body


BODIES = {"small": small_body, "large": large_body}


# --------------------------------------------------------------------------- processes


def wait_http(url: str, process: subprocess.Popen, log_path: Path, timeout_s: float = 30.0) -> None:
    """The tests' readiness wait, with the process's log in the error."""
    try:
        wait_until_answering(url, timeout_s, process)
    except RuntimeError as exc:
        raise RuntimeError(f"{exc}; log:\n{tail(log_path)}") from None


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def stop_process(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def http_json(method: str, url: str, payload=None) -> None:
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"content-type": "application/json"})
    urllib.request.urlopen(request, timeout=5).read()


def toml_value(value) -> str:
    return json.dumps(value)  # lists of strings: JSON and TOML agree


class Simulator:
    """``lockgate simulate``: the one upstream every configuration and the direct calls share."""

    def __init__(self, workdir: Path, stream_delay_ms: float):
        self.workdir = workdir
        self.stream_delay_ms = stream_delay_ms
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log_path = self.workdir / "simulator.log"
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "simulate", "--port", str(port), "--key", UPSTREAM_KEY],
                stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            )
        wait_http(self.url + "/_simulator/stats", self.process, log_path)
        self.answer_text()

    def answer_text(self) -> None:
        """The default text answer (paced by ``stream_delay_ms``) from now on."""
        http_json("DELETE", self.url + "/_simulator/script")
        if self.stream_delay_ms:
            http_json("POST", self.url + "/_simulator/script", [{"delay_ms": self.stream_delay_ms, "repeat": 10**9}])

    def answer_tool_call(self) -> None:
        """Every call from now on is answered with one Bash tool_use block."""
        http_json("DELETE", self.url + "/_simulator/script")
        reply = {"content": [{"type": "tool_use", "name": "Bash", "input": TOOL_CALL}], "repeat": 10**9}
        if self.stream_delay_ms:
            reply["delay_ms"] = self.stream_delay_ms
        http_json("POST", self.url + "/_simulator/script", [reply])

    def stop(self) -> None:
        stop_process(self.process)


class LockgateUp:
    """One configuration: its own nats-server and ``lockgate up`` process against the shared simulator."""

    def __init__(self, workdir: Path, setup: Setup, sim_url: str, policy_path: Path):
        self.workdir = workdir
        self.setup = setup
        self.sim_url = sim_url
        self.policy_path = policy_path
        self.nats: EmbeddedNats | None = None
        self.gateway: subprocess.Popen | None = None

    def config_toml(self) -> str:
        lines = [f"[policy]\nfile = {toml_value(str(self.policy_path))}\n"]
        if self.setup.stages:
            lines.append("[gateway]")
            lines += [f"{key} = {toml_value(value)}" for key, value in self.setup.stages.items()]
        return "\n".join([*lines, self.setup.sections]) + "\n"

    @property
    def authenticated(self) -> bool:
        return self.setup.nats_auth and HAS_NATS_AUTH

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        # As tests/harness.py's start_nats: the server admits only the nkeys in this directory, and the gateway
        # reads its seed from there; the anonymous configuration gets a server without authorization.
        credentials = Credentials(self.workdir / "credentials").ensure() if self.authenticated else None
        self.nats = EmbeddedNats(self.workdir / "nats", **({"credentials": credentials} if credentials else {})).start()
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.data_dir = self.workdir / "data"
        log_path = self.workdir / "gateway.log"
        config = self.workdir / "lockgate.toml"
        config.write_text(self.config_toml())
        env = {
            **os.environ,
            "LOCKGATE_LISTEN": f"127.0.0.1:{port}",
            "LOCKGATE_UPSTREAM_URL": self.sim_url,
            "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY,
            "NATS_URL": self.nats.url,
            "LOCKGATE_DATA_DIR": str(self.data_dir),
        }
        env.pop("LOCKGATE_NATS_CREDENTIALS", None)  # never inherited: the anonymous configuration must not have one
        if credentials is not None:
            env["LOCKGATE_NATS_CREDENTIALS"] = str(credentials.directory)
        with open(log_path, "ab") as log:
            self.gateway = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "up", "--config", str(config)],
                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO,
            )
        wait_http(self.url + "/readyz", self.gateway, log_path)
        self.procs = {"gateway": psutil.Process(self.gateway.pid), "nats-server": psutil.Process(self.nats.process.pid)}
        for n, child in enumerate(self.procs["gateway"].children()):  # gateway processes (``[gateway] processes``)
            self.procs[f"gateway-{n}"] = child

    def tokens(self, count: int) -> list[str]:
        """One identity per load-generator worker, as ``count`` agents would call (see README)."""
        issuer = DevIssuer(self.data_dir, f"{self.url}/dev-issuer")
        return [issuer.mint(f"bench-agent-{n:02d}", ["developer"], TOKEN_TTL_S) for n in range(count)]

    def rss_mb(self) -> float:
        return self.procs["gateway"].memory_info().rss / 2**20

    def stop(self) -> None:
        stop_process(self.gateway)
        if self.nats is not None:
            self.nats.stop()


class Stack:
    """The simulator and ``instances`` ``lockgate up`` processes (each with its nats-server) per configuration."""

    def __init__(self, workdir: Path, stream_delay_ms: float, configurations: list[Setup], instances: int):
        self.workdir = workdir
        self.simulator = Simulator(workdir, stream_delay_ms)
        self.configurations = configurations
        self.instances = instances
        self.gateways: dict[str, list[LockgateUp]] = {}

    def start(self) -> None:
        self.simulator.start()
        policy_path = self.workdir / "bench-policy.toml"
        policy_path.write_text(BENCH_POLICY)
        for i in range(self.instances):  # instance-major: no configuration gets all the first-started processes
            for n, setup in enumerate(self.configurations):
                gateway = LockgateUp(self.workdir / f"gw{n}-{i}", setup, self.simulator.url, policy_path)
                self.gateways.setdefault(setup.name, []).append(gateway)
                gateway.start()
        self.load_generator = psutil.Process()
        self.sim_proc = psutil.Process(self.simulator.process.pid)

    def cpu_s(self) -> dict[str, float]:
        """CPU seconds so far, per process: ``simulator``, ``load generator``, ``NAME#I/gateway``, ``NAME#I/nats-server``."""
        procs = {"simulator": self.sim_proc, "load generator": self.load_generator}
        for name, instances in self.gateways.items():
            for i, gateway in enumerate(instances):
                for role, proc in gateway.procs.items():
                    procs[f"{name}#{i}/{role}"] = proc
        out = {}
        for name, proc in procs.items():
            times = proc.cpu_times()
            out[name] = times.user + times.system
        return out

    def stop(self) -> None:
        for instances in self.gateways.values():
            for gateway in instances:
                gateway.stop()
        self.simulator.stop()


def host_busy_s() -> float:
    """CPU-seconds the machine's processes have spent (all cores; interrupts excluded), for spotting other load."""
    times = psutil.cpu_times()
    return times.user + times.nice + times.system


# --------------------------------------------------------------------------- load generator


@dataclass
class Target:
    name: str
    url: str
    headers: list[dict]
    """One set per load-generator worker: worker ``n`` uses ``headers[n % len(headers)]``."""
    cpu_keys: tuple[str, ...]
    """The processes whose CPU a call to this target costs, beside the simulator and the load generator."""


@dataclass
class Run:
    """One batch of requests against one target."""

    latencies_ms: list[float] = field(default_factory=list)
    ttft_ms: list[float] = field(default_factory=list)
    errors: int = 0
    wall_s: float = 0.0
    requests: int = 0
    cpu_s: dict[str, float] = field(default_factory=dict)

    def extend(self, other: Run) -> None:
        self.latencies_ms += other.latencies_ms
        self.ttft_ms += other.ttft_ms
        self.errors += other.errors
        self.wall_s += other.wall_s
        self.requests += other.requests
        for name, seconds in other.cpu_s.items():
            self.cpu_s[name] = self.cpu_s.get(name, 0.0) + seconds


async def one_request(session: aiohttp.ClientSession, url: str, payload: bytes, headers: dict, stream: bool,
                      run: Run, expect: bytes | None) -> None:
    started = time.perf_counter()
    first = None
    try:
        async with session.post(url, data=payload, headers=headers) as response:
            if not stream:
                body = await response.read()
                ok = response.status == 200 and (expect is None or expect in body)
            else:
                ok = response.status == 200
                seen = b""
                kept = []
                complete = False
                async for chunk in response.content.iter_any():
                    if expect is not None:
                        kept.append(chunk)
                    if first is None:
                        seen = seen[-len(TTFT_MARK):] + chunk
                        if TTFT_MARK in seen:
                            first = time.perf_counter()
                            seen = b""
                    if not complete:
                        complete = b"event: message_stop" in chunk
                ok = ok and first is not None and complete and (expect is None or expect in b"".join(kept))
    except (TimeoutError, aiohttp.ClientError):
        ok = False
    done = time.perf_counter()
    if not ok:
        run.errors += 1
        return
    run.latencies_ms.append((done - started) * 1000)
    if stream:
        run.ttft_ms.append((first - started) * 1000)


async def drive(session: aiohttp.ClientSession, target: Target, payload: bytes, stream: bool, concurrency: int,
                requests: int, stack: Stack | None = None, expect: bytes | None = None) -> Run:
    """``requests`` calls, ``concurrency`` at a time, each worker sending its next as soon as one ends."""
    run = Run(requests=requests)
    remaining = requests

    async def worker(n: int) -> None:
        nonlocal remaining
        headers = target.headers[n % len(target.headers)]
        while remaining > 0:
            remaining -= 1
            await one_request(session, target.url, payload, headers, stream, run, expect)

    cpu_before = stack.cpu_s() if stack else {}
    started = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    run.wall_s = time.perf_counter() - started
    if stack:
        cpu_after = stack.cpu_s()
        keys = ("simulator", "load generator", *target.cpu_keys)
        run.cpu_s = {key: cpu_after[key] - cpu_before[key] for key in keys}
    return run


# --------------------------------------------------------------------------- figures


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile; NaN when there is nothing to rank."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def merged(runs: list[Run]) -> Run:
    total = Run()
    for run in runs:
        total.extend(run)
    return total


def summarize(run: Run) -> dict:
    ok = len(run.latencies_ms)
    cpu: dict[str, float] = {}
    for name, seconds in run.cpu_s.items():  # per role, summed over a configuration's instances
        role = name.rpartition("/")[2]
        cpu[role] = cpu.get(role, 0.0) + seconds * 1000 / max(ok, 1)
    return {
        "requests": run.requests,
        "errors": run.errors,
        "p50_ms": pct(run.latencies_ms, 50),
        "p99_ms": pct(run.latencies_ms, 99),
        "ttft_p50_ms": pct(run.ttft_ms, 50),
        "ttft_p99_ms": pct(run.ttft_ms, 99),
        "rps": ok / run.wall_s if run.wall_s else math.nan,
        "cpu_ms_per_request": cpu,
    }


def fmt(value, digits: int = 2, sign: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"


def print_rows(head: tuple, lines: list[tuple], left: int = 4) -> None:
    lines = [head, *lines]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for n, line in enumerate(lines):
        print("  ".join(cell.ljust(w) if i < left else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def side_by_side(rows: list[dict], text: dict, a: str, b: str, la: str, lb: str, sa: str, sb: str) -> list[dict]:
    """Print and return, per text cell, configuration ``a`` against ``b`` (labelled ``la``/``lb`` in the JSON,
    ``sa``/``sb`` in the table): added p50 and p99 with the per-round range of their difference, rps, x direct, CPU
    per request."""
    lines, out = [], []
    for row in rows:
        fa, fb = row["configs"][a], row["configs"][b]
        cell = text[row["body"], row["mode"], row["concurrency"]]
        cpu_a, cpu_b = fa["cpu_ms_per_request"], fb["cpu_ms_per_request"]
        entry = {"body": row["body"], "mode": row["mode"], "concurrency": row["concurrency"], la: a, lb: b}
        for key in ("added_p50_ms", "added_p99_ms", "added_ttft_p50_ms", "rps", "rps_ratio"):
            entry[key] = {la: fa[key], lb: fb[key], "difference": fa[key] - fb[key]}
        entry["p50_per_round"] = round_range(cell, b, a)
        entry["p99_per_round"] = round_range(cell, b, a, "p99_ms")
        entry["cpu_ms_per_request"] = {la: cpu_a, lb: cpu_b}
        roles = ("gateway", "nats-server")
        entry["cpu_ms_per_request_difference"] = {
            **{r: cpu_a.get(r, math.nan) - cpu_b.get(r, math.nan) for r in roles},
            "total": sum(cpu_a.get(r, math.nan) for r in roles) - sum(cpu_b.get(r, math.nan) for r in roles)}
        out.append(entry)
        p50, p99, rps, ratio = (entry[k] for k in ("added_p50_ms", "added_p99_ms", "rps", "rps_ratio"))
        lines.append((row["body"], row["mode"], str(row["concurrency"]),
                      fmt(p50[la]), fmt(p50[lb]), fmt(p50["difference"], sign=True), entry["p50_per_round"],
                      fmt(p99[la]), fmt(p99[lb]), fmt(p99["difference"], sign=True), entry["p99_per_round"],
                      fmt(rps[la], 0), fmt(rps[lb], 0), fmt(rps["difference"], 0, sign=True),
                      fmt(ratio[la]), fmt(ratio[lb]),
                      f"{fmt(cpu_a.get('gateway'))} / {fmt(cpu_a.get('nats-server'))}",
                      f"{fmt(cpu_b.get('gateway'))} / {fmt(cpu_b.get('nats-server'))}",
                      fmt(entry["cpu_ms_per_request_difference"]["total"], sign=True)))
    diff = f"{sa}-{sb}"
    print_rows(("body", "mode", "c", f"ADDED p50 {sa}", sb, diff, "per round",
                f"ADDED p99 {sa}", sb, diff, "per round", f"rps {sa}", sb, diff,
                f"x direct {sa}", sb, f"CPU {sa}", f"CPU {sb}", f"CPU {diff}"), lines, left=3)
    return out


def round_range(cell: dict, a: str, b: str, key: str = "p50_ms") -> str:
    """min..max over rounds of (b's percentile - a's percentile) in the same round: the spread of a difference."""
    diffs = [summarize(rb)[key] - summarize(ra)[key] for ra, rb in zip(cell[a], cell[b], strict=True)]
    diffs = [d for d in diffs if not math.isnan(d)]
    return f"{min(diffs):+.2f}..{max(diffs):+.2f}" if diffs else "-"


# --------------------------------------------------------------------------- main


async def benchmark(args: argparse.Namespace) -> dict:
    configurations = setups()
    print(f"machine: {os.cpu_count()} CPU cores, shared by the load generator, the simulator and every gateway and "
          f"nats-server (all on this host); Python {platform.python_version()}, {platform.machine()}")
    defaults = GatewayConfig()
    print(f"shipped gateway stage defaults: required_stages={defaults.required_stages} "
          f"tool_use_stages={defaults.tool_use_stages}"
          + (f" mask_stages={defaults.mask_stages}" if HAS_MASKER else " (no gateway.mask_stages setting in this checkout)")
          + (f" record_acknowledged={defaults.record_acknowledged}" if HAS_RECORD_ACK else ""))
    print("configurations (each its own `lockgate up` + nats-server, all up at once, measured interleaved):")
    width = max(len(setup.name) for setup in configurations)
    for setup in configurations:
        stages = ", ".join(f"{k}={v}" for k, v in setup.stages.items()) or "shipped defaults"
        bus = ("" if not HAS_NATS_AUTH else "  [nats: per-service nkeys, LOCKGATE_NATS_CREDENTIALS]" if setup.nats_auth
               else "  [nats: no authorization, no credentials]")
        print(f"  {setup.name:<{width}} {stages}" + bus + ("" if setup.text else "  [tool-call workload only]"))
    if not HAS_NATS_AUTH:
        print("  (no services/common/nats_auth.py in this checkout: every nats-server is anonymous, no "
              f"'{ANONYMOUS}' row)")
    if not HAS_RECORD_ACK:
        print("  (no gateway.record_acknowledged setting in this checkout: every event is a core publish, no "
              f"'{CORE_PUBLISH}' row)")
    with tempfile.TemporaryDirectory(prefix="lockgate-bench-") as tmp:
        stack = Stack(Path(tmp), args.stream_delay_ms, configurations, args.instances)
        try:
            started = time.perf_counter()
            stack.start()
            print(f"started {len(configurations) * args.instances} gateways ({args.instances} per configuration) "
                  f"in {time.perf_counter() - started:.1f} s", flush=True)
            return await measure(stack, args)
        finally:
            stack.stop()


async def measure(stack: Stack, args: argparse.Namespace) -> dict:
    base = {"content-type": "application/json", "anthropic-version": "2023-06-01", "user-agent": "lockgate-bench/1"}
    workers = max(CONCURRENCIES)
    # name -> one Target per instance; round r calls instance r mod instances (direct has one)
    targets = {"direct": [Target("direct", stack.simulator.url + "/v1/messages", [{**base, "x-api-key": UPSTREAM_KEY}], ())]}
    for name, instances in stack.gateways.items():
        targets[name] = [
            Target(name, gateway.url + "/v1/messages", [{**base, "x-api-key": token} for token in gateway.tokens(workers)],
                   tuple(f"{name}#{i}/{role}" for role in gateway.procs))
            for i, gateway in enumerate(instances)
        ]

    def instance(name: str, round_no: int) -> Target:
        return targets[name][round_no % len(targets[name])]

    text_targets = ["direct", *(s.name for s in stack.configurations if s.text)]
    tool_targets = ["direct", *(s.name for s in stack.configurations if s.name != "authz+guard"), "authz+guard"]
    tool_targets = [t for t in dict.fromkeys(tool_targets) if t in targets]

    payloads = {}
    for name in args.bodies:
        body = BODIES[name]()
        for mode in MODES:
            payloads[name, mode] = json.dumps({**body, "stream": mode == "stream"}).encode()
        print(f"body '{name}': {len(payloads[name, 'json']):,} bytes")
    tool_payload = json.dumps({**tool_body(), "stream": True}).encode()

    connector = aiohttp.TCPConnector(limit=0, force_close=False, enable_cleanup_closed=False)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, skip_auto_headers=("User-Agent",)) as session:
        # Warm-up: connection pools, imports, caches, JetStream's first writes, every identity's counters.
        for payload_key, payload in payloads.items():
            for name in text_targets:
                for target in targets[name]:
                    await drive(session, target, payload, payload_key[1] == "stream", workers, args.warmup)
        rss_before = {name: max(gw.rss_mb() for gw in instances) for name, instances in stack.gateways.items()}
        idle_s = 1.0
        idle_before = sum(stack.cpu_s().values())
        await asyncio.sleep(idle_s)
        idle_cores = (sum(stack.cpu_s().values()) - idle_before) / idle_s
        print(f"idle CPU of everything this benchmark started, after warm-up: {idle_cores:.3f} cores", flush=True)

        # cell key -> target -> one Run per round
        text: dict[tuple, dict[str, list[Run]]] = {}
        host_busy_before, stack_cpu_before, phase_started = host_busy_s(), sum(stack.cpu_s().values()), time.perf_counter()
        cell_no = 0
        for round_no in range(args.rounds):
            for name in args.bodies:
                for mode in MODES:
                    for concurrency in CONCURRENCIES:
                        cell = text.setdefault((name, mode, concurrency), {t: [] for t in text_targets})
                        shift = (round_no + cell_no) % len(text_targets)
                        cell_no += 1
                        for target in text_targets[shift:] + text_targets[:shift]:
                            cell[target].append(await drive(session, instance(target, round_no), payloads[name, mode],
                                                            mode == "stream", concurrency, args.requests, stack))
            print(f"text workload: round {round_no + 1}/{args.rounds} done", flush=True)

        tool: dict[str, list[Run]] = {t: [] for t in tool_targets}
        if args.tool_requests:
            stack.simulator.answer_tool_call()
            for name in tool_targets:
                for target in targets[name]:
                    await drive(session, target, tool_payload, True, workers, args.warmup, expect=TOOL_MARK)
            for round_no in range(args.rounds):
                shift = round_no % len(tool_targets)
                for target in tool_targets[shift:] + tool_targets[:shift]:
                    tool[target].append(await drive(session, instance(target, round_no), tool_payload, True, 1,
                                                    args.tool_requests, stack, expect=TOOL_MARK))
                print(f"tool-call workload: round {round_no + 1}/{args.rounds} done", flush=True)
            stack.simulator.answer_text()
        rss_after = {name: max(gw.rss_mb() for gw in instances) for name, instances in stack.gateways.items()}
        phase_s = time.perf_counter() - phase_started
        other_cpu_s = (host_busy_s() - host_busy_before) - (sum(stack.cpu_s().values()) - stack_cpu_before)

    return report(stack, args, text_targets, tool_targets, text, tool, payloads,
                  rss_before, rss_after, idle_cores, other_cpu_s, phase_s)


def report(stack, args, text_targets, tool_targets, text, tool, payloads,
           rss_before, rss_after, idle_cores, other_cpu_s, phase_s) -> dict:
    configs = text_targets[1:]
    default = "full default" if "full default" in configs else "authz+guard"
    rows = []
    for (body, mode, concurrency), cell in text.items():
        figures = {t: summarize(merged(runs)) for t, runs in cell.items()}
        direct = figures["direct"]
        row = {"body": body, "mode": mode, "concurrency": concurrency, "direct": direct, "configs": {}}
        for name in configs:
            f = figures[name]
            row["configs"][name] = {
                **f,
                "added_p50_ms": f["p50_ms"] - direct["p50_ms"],
                "added_p99_ms": f["p99_ms"] - direct["p99_ms"],
                "added_ttft_p50_ms": f["ttft_p50_ms"] - direct["ttft_p50_ms"] if mode == "stream" else math.nan,
                "rps_ratio": f["rps"] / direct["rps"] if direct["rps"] else math.nan,
            }
        rows.append(row)

    print("\n=== text workload: latency in ms, client-side, request sent to response complete ===")
    print("ADDED = configuration's percentile minus direct's; +TTFT = added time to the first content_block_delta;")
    print("rps = completed requests per second; x direct = rps / direct rps; err = failed calls\n")
    lines = []
    for row in rows:
        d = row["direct"]
        lines.append((row["body"], row["mode"], str(row["concurrency"]), "direct", fmt(d["p50_ms"]), fmt(d["p99_ms"]),
                      "", "", "", fmt(d["rps"], 0), "", str(d["errors"])))
        for name, f in row["configs"].items():
            lines.append(("", "", "", name, fmt(f["p50_ms"]), fmt(f["p99_ms"]), fmt(f["added_p50_ms"]),
                          fmt(f["added_p99_ms"]), fmt(f["added_ttft_p50_ms"]), fmt(f["rps"], 0),
                          fmt(f["rps_ratio"]), str(f["errors"])))
    print_rows(("body", "mode", "c", "config", "p50", "p99", "ADDED p50", "ADDED p99", "+TTFT p50", "rps",
                "x direct", "err"), lines)

    steps = [("authz", "bare", "authz"), ("guard", "authz", "authz+guard")]
    if "full default" in configs:
        steps.append(("masker", "authz+guard", "full default"))
    if "full default, via NATS" in configs:
        steps.append(("via NATS, not in process", "full default", "full default, via NATS"))
    if ANONYMOUS in configs:
        steps.append(("NATS auth (nkeys)", ANONYMOUS, default))
    if CORE_PUBLISH in configs:
        steps.append(("acknowledged publishes", CORE_PUBLISH, default))
    steps.append((f"all ({default})", "bare", default))
    print("\n=== what each stage adds over the previous configuration (text workload) ===")
    print("c=1: difference of percentiles in ms, and min..max of the p50 difference over the rounds;")
    print("c=32: throughput of the previous configuration -> this one\n")
    lines = []
    stage_costs = []
    for (body, mode, concurrency), cell in text.items():
        for stage, before, after in steps:
            a, b = summarize(merged(cell[before])), summarize(merged(cell[after]))
            entry = {"stage": stage, "from": before, "to": after, "body": body, "mode": mode, "concurrency": concurrency,
                     "p50_ms": b["p50_ms"] - a["p50_ms"], "p99_ms": b["p99_ms"] - a["p99_ms"],
                     "ttft_p50_ms": b["ttft_p50_ms"] - a["ttft_p50_ms"] if mode == "stream" else math.nan,
                     "rps_from": a["rps"], "rps_to": b["rps"],
                     "gateway_cpu_ms": b["cpu_ms_per_request"].get("gateway", math.nan)
                     - a["cpu_ms_per_request"].get("gateway", math.nan)}
            stage_costs.append(entry)
            lines.append((body, mode, str(concurrency), stage, fmt(entry["p50_ms"], sign=True),
                          round_range(cell, before, after), fmt(entry["p99_ms"], sign=True),
                          fmt(entry["ttft_p50_ms"], sign=True), f"{a['rps']:.0f} -> {b['rps']:.0f}",
                          fmt(entry["gateway_cpu_ms"], sign=True)))
    print_rows(("body", "mode", "c", "stage", "+p50", "p50 per round", "+p99", "+TTFT p50", "rps",
                "+gateway CPU ms/req"), lines)

    nats_auth = {"text": [], "tool_call": {}}
    if ANONYMOUS in configs:
        print(f"\n=== authenticated NATS ({default}, per-service nkeys) vs anonymous NATS ({ANONYMOUS}) ===")
        print("ADDED = percentile minus direct's, in ms; auth-anon = authenticated minus anonymous (what the nkeys and")
        print("per-service permissions add); x direct = rps / direct rps; CPU = gateway / nats-server ms per request\n")
        nats_auth["text"] = side_by_side(rows, text, default, ANONYMOUS, "authenticated", "anonymous", "auth", "anon")
    record_ack = {"text": [], "tool_call": {}}
    if CORE_PUBLISH in configs:
        print(f"\n=== acknowledged - core publishes: {default} (JetStream, storage acks awaited) vs {CORE_PUBLISH} ===")
        print("ADDED = percentile minus direct's, in ms; ack-core = acknowledged minus core publishes (what")
        print("waiting for the storage acks of request.received and response.completed adds); per round = min..max")
        print("of that difference within each round; x direct = rps / direct rps; CPU = gateway / nats-server ms")
        print("per request\n")
        record_ack["text"] = side_by_side(rows, text, default, CORE_PUBLISH, "acknowledged", "core", "ack", "core")

    tool_rows = {}
    if any(tool.values()):
        print("\n=== tool-call workload: streamed answer = one Bash tool_use "
              f"{json.dumps(TOOL_CALL)}, c=1, latency in ms ===\n")
        direct = summarize(merged(tool["direct"]))
        lines = []
        for name in tool_targets:
            f = summarize(merged(tool[name]))
            tool_rows[name] = {**f, "added_p50_ms": f["p50_ms"] - direct["p50_ms"],
                               "added_p99_ms": f["p99_ms"] - direct["p99_ms"]}
            settings = stack.gateways[name][0].setup.stages if name in stack.gateways else {}
            hold = "-" if name == "direct" else str(settings.get("tool_use_stages", "default"))
            lines.append((name, hold, fmt(f["p50_ms"]), fmt(f["p99_ms"]),
                          "" if name == "direct" else fmt(tool_rows[name]["added_p50_ms"]),
                          "" if name == "direct" else fmt(tool_rows[name]["added_p99_ms"]),
                          fmt(f["cpu_ms_per_request"].get("gateway")), str(f["errors"])))
        print_rows(("config", "tool_use_stages", "p50", "p99", "ADDED p50", "ADDED p99", "gateway CPU ms/req", "err"),
                   lines, left=2)
        a, b = tool_rows["guard, no hold"], tool_rows["authz+guard"]
        tool_rows["hold_cost"] = {"p50_ms": b["p50_ms"] - a["p50_ms"], "p99_ms": b["p99_ms"] - a["p99_ms"],
                                  "p50_per_round": round_range(tool, "guard, no hold", "authz+guard")}
        c = tool_rows["hold_cost"]
        print(f"\nholding + judging the tool call (authz+guard minus 'guard, no hold'): p50 {c['p50_ms']:+.2f} ms "
              f"(per round {c['p50_per_round']}), p99 {c['p99_ms']:+.2f} ms")
        if ANONYMOUS in tool_rows and default in tool_rows:
            a, b = tool_rows[ANONYMOUS], tool_rows[default]
            nats_auth["tool_call"] = {"p50_ms": b["p50_ms"] - a["p50_ms"], "p99_ms": b["p99_ms"] - a["p99_ms"],
                                      "p50_per_round": round_range(tool, ANONYMOUS, default)}
            c = nats_auth["tool_call"]
            print(f"authenticated minus anonymous NATS ({default} minus '{ANONYMOUS}'): p50 {c['p50_ms']:+.2f} ms "
                  f"(per round {c['p50_per_round']}), p99 {c['p99_ms']:+.2f} ms")
        if CORE_PUBLISH in tool_rows and default in tool_rows:
            a, b = tool_rows[CORE_PUBLISH], tool_rows[default]

            def cpu(f: dict) -> float:
                return sum(f["cpu_ms_per_request"].get(r, math.nan) for r in ("gateway", "nats-server"))

            record_ack["tool_call"] = {"p50_ms": b["p50_ms"] - a["p50_ms"], "p99_ms": b["p99_ms"] - a["p99_ms"],
                                       "p50_per_round": round_range(tool, CORE_PUBLISH, default),
                                       "p99_per_round": round_range(tool, CORE_PUBLISH, default, "p99_ms"),
                                       "cpu_ms_per_request": cpu(b) - cpu(a)}
            c = record_ack["tool_call"]
            print(f"acknowledged minus core publishes ({default} minus '{CORE_PUBLISH}'): p50 {c['p50_ms']:+.2f} ms "
                  f"(per round {c['p50_per_round']}), p99 {c['p99_ms']:+.2f} ms (per round {c['p99_per_round']}), "
                  f"gateway+nats-server CPU {fmt(c['cpu_ms_per_request'], sign=True)} ms/req")

    print("\n=== CPU time per completed request, ms (psutil user+system, 10 ms ticks): gateway / its nats-server ===\n")
    lines = []
    for (body, mode, concurrency), cell in text.items():
        line = [body, mode, str(concurrency)]
        for name in configs:
            cpu = summarize(merged(cell[name]))["cpu_ms_per_request"]
            line.append(f"{fmt(cpu.get('gateway'))} / {fmt(cpu.get('nats-server'))}")
        direct_cpu = summarize(merged(cell["direct"]))["cpu_ms_per_request"]
        line.append(fmt(direct_cpu.get("simulator")))
        lines.append(tuple(line))
    print_rows(("body", "mode", "c", *configs, "simulator (direct)"), lines, left=3)

    print("\n=== headline (small body; figures only, no verdict) ===")
    small = {(r["mode"], r["concurrency"]): r for r in rows if r["body"] == (args.bodies[0])}
    for mode in MODES:
        r1, r32 = small.get((mode, 1)), small.get((mode, 32))
        if r1 and r32:
            f1, f32 = r1["configs"][default], r32["configs"][default]
            print(f"{args.bodies[0]} {mode:<6} {default}: added p50 {fmt(f1['added_p50_ms'])} ms, p99 "
                  f"{fmt(f1['added_p99_ms'])} ms at c=1"
                  + (f", added TTFT p50 {fmt(f1['added_ttft_p50_ms'])} ms" if mode == "stream" else "")
                  + f"; {fmt(f32['rps'], 0)} req/s at c=32 (direct {fmt(r32['direct']['rps'], 0)})")
    for entry in stage_costs:
        if entry["body"] == args.bodies[0] and entry["concurrency"] == 1:
            print(f"{entry['stage']:<22} {entry['mode']:<6} c=1: p50 {entry['p50_ms']:+.2f} ms, p99 {entry['p99_ms']:+.2f} ms")
    if "hold_cost" in tool_rows:
        c = tool_rows["hold_cost"]
        print(f"tool-call hold + guard verdict, stream c=1: p50 {c['p50_ms']:+.2f} ms, p99 {c['p99_ms']:+.2f} ms")
    for entry in nats_auth["text"]:
        if entry["body"] == args.bodies[0] and entry["concurrency"] == max(CONCURRENCIES):
            rps = entry["rps"]
            print(f"NATS auth (authenticated - anonymous) {entry['mode']:<6} c={entry['concurrency']}: "
                  f"{fmt(rps['authenticated'], 0)} vs {fmt(rps['anonymous'], 0)} req/s ({rps['difference']:+.0f}; "
                  f"x direct {fmt(entry['rps_ratio']['authenticated'])} vs {fmt(entry['rps_ratio']['anonymous'])})")
    for entry in record_ack["text"]:
        if entry["body"] == args.bodies[0]:
            p50, p99, rps = entry["added_p50_ms"], entry["added_p99_ms"], entry["rps"]
            at = f"c={entry['concurrency']}:"
            print(f"acknowledged - core publishes {entry['mode']:<6} {at:<5} added p50 "
                  f"{fmt(p50['acknowledged'])} vs {fmt(p50['core'])} ms ({p50['difference']:+.2f}, per round "
                  f"{entry['p50_per_round']}), p99 {fmt(p99['acknowledged'])} vs {fmt(p99['core'])} ms "
                  f"({p99['difference']:+.2f}, per round {entry['p99_per_round']}); {fmt(rps['acknowledged'], 0)} vs "
                  f"{fmt(rps['core'], 0)} req/s ({rps['difference']:+.0f}); gateway+nats-server CPU "
                  f"{fmt(entry['cpu_ms_per_request_difference']['total'], sign=True)} ms/req")

    rss = ", ".join(f"{n} {rss_before[n]:.0f}->{rss_after[n]:.0f}" for n in stack.gateways)
    print(f"\ngateway RSS (the larger instance), MB, after warm-up -> at the end: {rss}")
    print(f"idle CPU of the whole stack between cells: {idle_cores:.3f} cores (why all configurations can stay up at once)")
    print(f"other load on the host during the measured runs: {max(other_cpu_s, 0):.1f} CPU-seconds in {phase_s:.1f} s "
          f"({max(other_cpu_s, 0) / phase_s:.2f} cores) used by processes this benchmark did not start"
          + (" -- figures are contended, rerun on a quiet machine" if other_cpu_s / phase_s > 0.25 else ""))
    print(f"note: {os.cpu_count()} cores shared by the load generator, the simulator and the gateways; at c=32 throughput "
          "is CPU-bound and includes the simulator's and the load generator's own cost.")
    return {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "workload": {"bodies": {n: len(payloads[n, "json"]) for n in args.bodies}, "requests_per_cell_per_round": args.requests,
                     "tool_requests_per_round": args.tool_requests, "rounds": args.rounds, "instances": args.instances,
                     "warmup": args.warmup,
                     "stream_delay_ms": args.stream_delay_ms},
        "configurations": {s.name: s.stages or "shipped defaults" for s in stack.configurations},
        "nats": {s.name: ("nkeys" if s.nats_auth else "anonymous") if HAS_NATS_AUTH else "anonymous"
                 for s in stack.configurations},
        "has_masker": HAS_MASKER,
        "has_nats_auth": HAS_NATS_AUTH,
        "has_record_acknowledged": HAS_RECORD_ACK,
        "text": rows,
        "stage_costs": stage_costs,
        "tool_call": tool_rows,
        "nats_auth": nats_auth,
        "record_acknowledged": record_ack,
        "idle_stack_cores": idle_cores,
        "other_host_load_cores": max(other_cpu_s, 0) / phase_s,
        "gateway_rss_mb": {"after_warmup": rss_before, "end": rss_after},
    }


# --------------------------------------------------------------------------- throughput mode (wrk)

WRK_SCRIPT = r"""
-- Written by bench/overhead.py: POST one body, cycling through one header set per line of the tokens file.
init = function(args)
  local f = assert(io.open(args[1], "rb")); local body = f:read("*a"); f:close()
  requests, n = {}, 0
  for token in io.lines(args[2]) do
    requests[#requests + 1] = wrk.format("POST", nil, {["content-type"] = "application/json",
      ["anthropic-version"] = "2023-06-01", ["user-agent"] = "lockgate-bench/1", ["x-api-key"] = token}, body)
  end
end
request = function() n = n % #requests + 1; return requests[n] end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "errors": %d, "non2xx": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""
WRK_INSTALL = "install it with `apt-get install wrk` (Debian, Ubuntu) or `brew install wrk` (macOS)"


NO_RECORDER = "[recorder]\nenabled = false"


def throughput_setups(processes: list[int], breakdown: bool) -> list[Setup]:
    """Every stage on (the shipped defaults) with each number of gateway processes; with ``breakdown``, one process
    also without the recorder (it records elsewhere) and without any stage either: where the CPU goes."""
    out = [Setup(f"every stage, {n} process{'es' if n > 1 else ''}", {"processes": n}) for n in processes]
    if breakdown:
        out.append(Setup("every stage but the recorder, 1 process", {"processes": 1}, sections=NO_RECORDER))
        out.append(Setup("no stage, no recorder, 1 process",
                         {"processes": 1, "required_stages": [], "tool_use_stages": [], "mask_stages": []}, sections=NO_RECORDER))
    return out


def process_tree(proc: psutil.Process) -> list[psutil.Process]:
    """A gateway and the processes it started (its gateway children), listed anew for each cell: a child may restart."""
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def cpu_seconds(procs: list[psutil.Process]) -> float:
    total = 0.0
    for proc in procs:
        try:
            times = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def queued_seconds(procs: list[psutil.Process]) -> float:
    """Seconds the processes' threads spent ready to run but waiting for a core (Linux ``schedstat``; 0 elsewhere):
    queueing for the CPU, which CPU time alone does not show."""
    total = 0
    for proc in procs:
        for path in Path(f"/proc/{proc.pid}/task").glob("*/schedstat"):
            try:
                total += int(path.read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue  # a thread that ended meanwhile
    return total / 1e9


@dataclass
class WrkCell:
    """One wrk run against one target: its figures, the CPU each part of the system spent meanwhile, and how long
    each part waited for a core (``queued_s``)."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int
    cpu_s: dict[str, float]
    queued_s: dict[str, float]

    @property
    def rps(self) -> float:
        return (self.requests - self.errors) / self.seconds


def run_wrk(wrk: str, script: Path, url: str, body: Path, tokens: Path, concurrency: int, seconds: float,
            watched: dict[str, list[psutil.Process]]) -> WrkCell:
    """wrk with one thread (the load generator's cost stays small and is measured like the rest)."""
    before = {name: cpu_seconds(procs) for name, procs in watched.items()}
    queued_before = {name: queued_seconds(procs) for name, procs in watched.items()}
    command = [wrk, "-t1", f"-c{concurrency}", f"-d{seconds:g}s", "--timeout", "10s", "-s", str(script), url, "--",
               str(body), str(tokens)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    load_generator = psutil.Process(process.pid)
    wrk_cpu = 0.0
    while process.poll() is None:
        try:
            times = load_generator.cpu_times()
            wrk_cpu = times.user + times.system
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    output = process.stdout.read() if process.stdout else ""
    line = next((line for line in output.splitlines() if line.startswith("WRK ")), None)
    if process.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed (exit {process.returncode}):\n{output}")
    figures = json.loads(line[4:])
    cpu = {name: cpu_seconds(procs) - before[name] for name, procs in watched.items()}
    cpu["load generator (wrk)"] = wrk_cpu
    queued = {name: queued_seconds(procs) - queued_before[name] for name, procs in watched.items()}
    return WrkCell(figures["requests"], figures["duration_us"] / 1e6, figures["p50_us"] / 1000, figures["p99_us"] / 1000,
                   figures["errors"] + figures["non2xx"], cpu, queued)


def throughput(args: argparse.Namespace) -> dict:
    """``--throughput``: req/s and latency at c=1 and c=32 from wrk, direct and through each gateway, in one run."""
    wrk = shutil.which("wrk")
    if wrk is None:
        print(f"skipped: the throughput mode needs wrk, a low-overhead HTTP load generator, on PATH; {WRK_INSTALL}")
        return {"skipped": "wrk not installed"}
    configurations = throughput_setups(args.processes, args.breakdown)
    print(f"machine: {os.cpu_count()} CPU cores, shared by wrk, the simulator and every gateway and nats-server "
          f"(all on this host); Python {platform.python_version()}; load generator: {wrk} (one thread)")
    print("configurations (each its own `lockgate up` + nats-server, the shipped defaults: every stage on, "
          "recorder and approver included; a bench policy whose rate and budget never bind):")
    for setup in configurations:
        settings = ", ".join(f"{key} = {toml_value(value)}" for key, value in setup.stages.items())
        print(f"  {setup.name}: [gateway] {settings}" + (f"; {setup.sections}".replace("\n", " ") if setup.sections else ""))
    with tempfile.TemporaryDirectory(prefix="lockgate-throughput-") as tmp:
        workdir = Path(tmp)
        stack = Stack(workdir, 0.0, configurations, 1)
        try:
            stack.start()
            return measure_throughput(stack, workdir, wrk, args)
        finally:
            stack.stop()


def measure_throughput(stack: Stack, workdir: Path, wrk: str, args: argparse.Namespace) -> dict:
    script = workdir / "post.lua"
    script.write_text(WRK_SCRIPT)
    bodies, tokens = {}, {}
    for mode in args.modes:
        bodies[mode] = workdir / f"body-{mode}.json"
        bodies[mode].write_text(json.dumps({**small_body(), "stream": mode == "stream"}))
    tokens["direct"] = workdir / "tokens-direct.txt"
    tokens["direct"].write_text(UPSTREAM_KEY + "\n")
    urls = {"direct": stack.simulator.url + "/v1/messages"}
    gateway_proc = {}
    for name, (gateway,) in stack.gateways.items():
        tokens[name] = workdir / f"tokens-{len(tokens)}.txt"
        tokens[name].write_text("\n".join(gateway.tokens(max(CONCURRENCIES))) + "\n")
        urls[name] = gateway.url + "/v1/messages"
        gateway_proc[name] = gateway.procs
    names = list(urls)

    def watched(name: str) -> dict[str, list[psutil.Process]]:
        out = {"simulator": [stack.sim_proc]}
        if name != "direct":
            out["gateway"] = process_tree(gateway_proc[name]["gateway"])
            out["nats-server"] = [gateway_proc[name]["nats-server"]]
        return out

    print(f"warm-up: {args.tp_warmup:g} s at c={max(CONCURRENCIES)} per target and mode", flush=True)
    for mode in args.modes:
        for name in names:
            run_wrk(wrk, script, urls[name], bodies[mode], tokens[name], max(CONCURRENCIES), args.tp_warmup, watched(name))
    cells: dict[tuple[str, int], dict[str, list[WrkCell]]] = {}
    host_before, started = host_busy_s(), time.perf_counter()
    for round_no in range(args.rounds):
        for mode in args.modes:
            for concurrency in CONCURRENCIES:
                cell = cells.setdefault((mode, concurrency), {name: [] for name in names})
                shift = round_no % len(names)
                for name in names[shift:] + names[:shift]:
                    cell[name].append(run_wrk(wrk, script, urls[name], bodies[mode], tokens[name], concurrency,
                                              args.seconds, watched(name)))
                    behind, caught_up_s = recorders_caught_up(stack)
                    if behind:
                        done = cell[name][-1].requests
                        print(f"  {mode} c={concurrency} {name}: its recorder was {behind} events behind at the end; caught up "
                              f"{caught_up_s:.1f} s later (sustained {done / (args.seconds + caught_up_s):.0f} req/s); "
                              "the next cell waited for it", flush=True)
        print(f"round {round_no + 1}/{args.rounds} done", flush=True)
    busy_cores = (host_busy_s() - host_before) / (time.perf_counter() - started)
    return report_throughput(cells, names, args, busy_cores)


async def _recorder_backlog(gateway: LockgateUp) -> int:
    """Events the gateway's recorder has not acknowledged yet (0 without a recorder consumer)."""
    import nats
    from nats.js.errors import NotFoundError

    from schemas import subjects
    from services.common.nats_auth import Credentials

    directory = gateway.workdir / "credentials"
    options = {"nkeys_seed": str(Credentials(directory).seed_file("admin"))} if gateway.authenticated else {}
    assert gateway.nats is not None
    nc = await nats.connect(gateway.nats.url, **options)
    try:
        info = await nc.jetstream().consumer_info(subjects.STREAM, subjects.RECORDER_CONSUMER)
        return info.num_pending + info.num_ack_pending
    except NotFoundError:
        return 0
    finally:
        await nc.close()


def recorders_caught_up(stack: Stack, timeout_s: float = 300.0) -> tuple[int, float]:
    """Wait until every configuration's recorder has stored what it was sent: at c=32 a recorder falls behind and
    drains its backlog after the cell, which would take the cores from the next cell measured (another
    configuration's). Returns the largest backlog found and how long the wait took."""
    started = time.perf_counter()
    largest = 0
    while time.perf_counter() - started < timeout_s:
        backlog = sum(asyncio.run(_recorder_backlog(gateway)) for instances in stack.gateways.values() for gateway in instances
                      if NO_RECORDER not in gateway.setup.sections)
        largest = max(largest, backlog)
        if backlog == 0:
            break
        time.sleep(0.2)
    return largest, time.perf_counter() - started if largest else 0.0


def report_throughput(cells: dict, names: list[str], args: argparse.Namespace, busy_cores: float) -> dict:
    print()
    print(f"THROUGHPUT (wrk, small body ~2 KB, {args.seconds:g} s per cell and round, {args.rounds} rounds; "
          "p50/p99: median over rounds of wrk's per-run percentile; CPU: ms per completed request)")
    out: dict = {"cells": {}, "busy_cores": busy_cores}
    for (mode, concurrency), by_name in cells.items():
        print(f"\n{mode}, c={concurrency}")
        rows = []
        summary = {}
        for name in names:
            runs = by_name[name]
            ok = sum(run.requests - run.errors for run in runs)
            seconds = sum(run.seconds for run in runs)
            rps = ok / seconds
            p50 = statistics.median(run.p50_ms for run in runs)
            p99 = statistics.median(run.p99_ms for run in runs)
            cpu = {part: sum(run.cpu_s.get(part, 0.0) for run in runs) * 1000 / max(ok, 1) for part in runs[0].cpu_s}
            cores = {part: sum(run.cpu_s.get(part, 0.0) for run in runs) / seconds for part in runs[0].cpu_s}
            queued = {part: sum(run.queued_s.get(part, 0.0) for run in runs) * 1000 / max(ok, 1) for part in runs[0].queued_s}
            summary[name] = {"rps": rps, "rps_per_round": [run.rps for run in runs], "p50_ms": p50, "p99_ms": p99,
                             "errors": sum(run.errors for run in runs), "cpu_ms_per_request": cpu, "cores_busy": cores,
                             "queued_ms_per_request": queued}
        direct = summary["direct"]
        for name in names:
            s = summary[name]
            s["x_direct"] = s["rps"] / direct["rps"]
            s["added_p50_ms"] = s["p50_ms"] - direct["p50_ms"] if name != "direct" else 0.0
            cpu, queued = s["cpu_ms_per_request"], s["queued_ms_per_request"]
            rows.append((name, fmt(s["rps"], 0), f"{min(s['rps_per_round']):.0f}..{max(s['rps_per_round']):.0f}",
                         fmt(s["x_direct"], 3), fmt(s["p50_ms"]), fmt(s["p99_ms"]),
                         fmt(s["added_p50_ms"], sign=True) if name != "direct" else "-",
                         fmt(cpu.get("gateway"), 3), fmt(queued.get("gateway"), 3), fmt(cpu.get("nats-server"), 3),
                         fmt(queued.get("nats-server"), 3), fmt(cpu.get("simulator"), 3),
                         fmt(cpu.get("load generator (wrk)"), 3), fmt(s["cores_busy"].get("simulator"), 2), str(s["errors"])))
        print_rows(("target", "req/s", "per round", "x direct", "p50", "p99", "ADDED p50", "gw CPU", "gw queue", "nats CPU",
                    "nats queue", "sim CPU", "wrk CPU", "sim cores", "err"), rows, left=1)
        out["cells"][f"{mode} c={concurrency}"] = summary
    print(f"\nhost busy meanwhile (all processes): {busy_cores:.2f} of {os.cpu_count()} cores")
    print("'sim cores': the simulator's share of a core during the cell; well below 1, it was not the bottleneck.")
    print("'queue': ms per request the gateway's processes (nats-server's threads) were ready to run but waited for a "
          "core; near or above 'CPU', the cores are what limits the cell, whatever else runs on them.")
    for mode in args.modes:
        key = f"{mode} c={max(CONCURRENCIES)}"
        if key in out["cells"]:
            line = ", ".join(f"{name} {s['rps']:.0f}" for name, s in out["cells"][key].items())
            print(f"headline {key}: req/s {line}")
    return out


def _interrupted(signum, frame) -> None:
    raise KeyboardInterrupt


def _finite(value):
    """JSON has no NaN: figures that do not apply (TTFT of a JSON call) become null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=600, help="text workload: requests per cell, target and round (default 600)")
    parser.add_argument("--tool-requests", type=int, default=300,
                        help="tool-call workload: requests per target and round, c=1 (default 300; 0 skips it)")
    parser.add_argument("--rounds", type=int, default=4, help="interleaved rounds (default 4)")
    parser.add_argument("--instances", type=int, default=2,
                        help="independent lockgate up processes per configuration, taking turns by round (default 2)")
    parser.add_argument("--warmup", type=int, default=100, help="warm-up requests per body, mode and target (default 100)")
    parser.add_argument("--bodies", default="small,large", help="comma-separated: small (~2 KB), large (~44 KB)")
    parser.add_argument("--stream-delay-ms", type=float, default=0.0,
                        help="have the simulator pause this long between stream events (default 0: one write)")
    parser.add_argument("--json", metavar="PATH", help="also write every figure to PATH as JSON")
    parser.add_argument("--baseline", metavar="FILE",
                        help="a --json file of an earlier run: print this run's figures beside it, cell by cell (a no-regression check)")
    parser.add_argument("--throughput", action="store_true",
                        help="throughput mode instead: wrk at c=1 and c=32, direct and through every stage with each "
                             "--processes count, req/s, p50/p99 and CPU per request (needs wrk)")
    parser.add_argument("--processes", default=f"1,{os.cpu_count() or 1}",
                        help="throughput mode: comma-separated gateway process counts (default 1 and the cores)")
    parser.add_argument("--seconds", type=float, default=10.0, help="throughput mode: seconds per cell and round (default 10)")
    parser.add_argument("--tp-warmup", type=float, default=3.0, help="throughput mode: warm-up seconds per target and mode (default 3)")
    parser.add_argument("--modes", default="json,stream", help="throughput mode: comma-separated json, stream")
    parser.add_argument("--breakdown", action="store_true",
                        help="throughput mode: also one process without the recorder, and without any stage either")
    args = parser.parse_args(argv)
    if args.throughput:
        counts = [n.strip() for n in args.processes.split(",") if n.strip()]
        if not all(n.isdigit() for n in counts):
            parser.error(f"--processes: comma-separated whole numbers, not {args.processes!r}")
        args.processes = list(dict.fromkeys(int(n) for n in counts))
        args.modes = [m.strip() for m in args.modes.split(",") if m.strip()]
        if not args.processes or min(args.processes) < 1 or not args.modes or set(args.modes) - set(MODES) or args.seconds <= 0:
            parser.error("--processes: counts >= 1; --modes: json and/or stream; --seconds > 0")
        signal.signal(signal.SIGTERM, _interrupted)
        try:
            figures = throughput(args)
        except KeyboardInterrupt:
            print("interrupted; stopped every process this benchmark started", file=sys.stderr)
            sys.exit(130)
        if args.json:
            Path(args.json).write_text(json.dumps(_finite(figures), indent=2))
        return
    args.bodies = [b.strip() for b in args.bodies.split(",") if b.strip()]
    unknown = [b for b in args.bodies if b not in BODIES]
    if unknown or not args.bodies or args.requests < 1 or args.rounds < 1 or args.warmup < 1 or args.tool_requests < 0:
        parser.error(f"unknown bodies {unknown}" if unknown else
                     "need a body; --requests, --rounds and --warmup must be >= 1, --tool-requests >= 0")

    # SIGTERM becomes KeyboardInterrupt, so the finally blocks stop every process this script started.
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    try:
        report = runner(benchmark(args))
    except KeyboardInterrupt:
        print("interrupted; stopped every process this benchmark started", file=sys.stderr)
        sys.exit(130)
    if args.json:
        Path(args.json).write_text(json.dumps(_finite(report), indent=2))
        print(f"figures written to {args.json}")
    if args.baseline:
        print("\n".join(baseline_comparison(report, json.loads(Path(args.baseline).read_text()), args.baseline)))


def baseline_comparison(report: dict, baseline: dict, name: str) -> list[str]:
    """This run beside a saved one, for every cell and configuration both have: added p50 and p99 (ms), throughput as
    a ratio to direct calls in the same run (so a busier machine moves both sides alike) and gateway CPU per request."""

    def row(label: str, now: dict, then: dict) -> str:
        def pair(key: str, fmt: str) -> str:
            a, b = now.get(key), then.get(key)
            if a is None or b is None:
                return "-"
            return f"{format(a, fmt)} vs {format(b, fmt)} ({a - b:+{fmt}})"

        cpu_now, cpu_then = now.get("cpu_ms_per_request", {}).get("gateway"), then.get("cpu_ms_per_request", {}).get("gateway")
        cpu = f"{cpu_now:.2f} vs {cpu_then:.2f} ({cpu_now - cpu_then:+.2f})" if cpu_now is not None and cpu_then is not None else "-"
        return (f"{label:<58} added p50 {pair('added_p50_ms', '.2f')}  p99 {pair('added_p99_ms', '.2f')}  "
                f"x direct {pair('rps_ratio', '.3f')}  gateway CPU ms/req {cpu}")

    lines = [f"\n=== this run vs the baseline {name} (now vs then (difference); machine load differs between runs: "
             f"other load now {report.get('other_host_load_cores', 0):.2f} cores, then {baseline.get('other_host_load_cores', 0):.2f}) ==="]
    then_cells = {(c["body"], c["mode"], c["concurrency"]): c for c in baseline.get("text", [])}
    for cell in report.get("text", []):
        key = (cell["body"], cell["mode"], cell["concurrency"])
        if key not in then_cells:
            continue
        for config, figures in cell["configs"].items():
            then = then_cells[key]["configs"].get(config)
            if then is not None:
                lines.append(row(f"{key[0]} {key[1]} c={key[2]} {config}", figures, then))
    for config, figures in report.get("tool_call", {}).items():
        then = baseline.get("tool_call", {}).get(config)
        if config in report.get("configurations", {}) and isinstance(then, dict):
            lines.append(row(f"tool call c=1 {config}", figures, then))
    return lines


if __name__ == "__main__":
    main()
