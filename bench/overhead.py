"""What Lockgate adds to a Claude API call: latency, time to first token, throughput and memory.

    python bench/overhead.py [--requests N] [--rounds R] [--bodies small,large] [--json out.json]

Starts its own nats-server (JetStream), the simulated Claude upstream (``lockgate simulate``)
and the gateway (``lockgate up``), each a separate process on a free loopback port. Then it
sends the same Messages requests, JSON and streaming, at concurrency 1 and 32, straight to
the simulator and through Lockgate, interleaved in rounds within one run, and prints the
difference. Everything it started is stopped at the end. Nothing leaves loopback.

It reports figures only; it does not judge them against any target.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import signal
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

from services.common.embedded_nats import EmbeddedNats, free_port  # noqa: E402

UPSTREAM_KEY = "sk-ant-bench-upstream-key-0123456789"
CLIENT_KEY = "sk-ant-bench-client-key"  # the gateway never forwards it; it uses UPSTREAM_KEY
MODEL = "claude-sonnet-4-5"
CONCURRENCIES = (1, 32)
MODES = ("json", "stream")
TTFT_MARK = b"event: content_block_delta"


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


BODIES = {"small": small_body, "large": large_body}


# --------------------------------------------------------------------------- processes


def wait_http(url: str, process: subprocess.Popen, log_path: Path, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}; log:\n{tail(log_path)}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {timeout_s}s; log:\n{tail(log_path)}")


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


class Stack:
    """nats-server, the simulator and ``lockgate up``: three processes this script owns."""

    def __init__(self, workdir: Path, stream_delay_ms: float):
        self.workdir = workdir
        self.stream_delay_ms = stream_delay_ms
        self.nats: EmbeddedNats | None = None
        self.simulator: subprocess.Popen | None = None
        self.gateway: subprocess.Popen | None = None

    async def start(self) -> None:
        self.nats = await EmbeddedNats(self.workdir / "nats").start()

        sim_port = free_port()
        self.sim_url = f"http://127.0.0.1:{sim_port}"
        sim_log = self.workdir / "simulator.log"
        with open(sim_log, "ab") as log:
            self.simulator = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "simulate", "--port", str(sim_port), "--key", UPSTREAM_KEY],
                stdout=log, stderr=subprocess.STDOUT, cwd=REPO,
            )
        wait_http(self.sim_url + "/_simulator/stats", self.simulator, sim_log)
        if self.stream_delay_ms:
            script = [{"delay_ms": self.stream_delay_ms, "repeat": 10**9}]
            request = urllib.request.Request(self.sim_url + "/_simulator/script", data=json.dumps(script).encode(),
                                             method="POST", headers={"content-type": "application/json"})
            urllib.request.urlopen(request, timeout=5).read()

        gw_port = free_port()
        self.gw_url = f"http://127.0.0.1:{gw_port}"
        gw_log = self.workdir / "gateway.log"
        config = self.workdir / "lockgate.toml"
        config.write_text("")
        env = {
            **os.environ,
            "LOCKGATE_LISTEN": f"127.0.0.1:{gw_port}",
            "LOCKGATE_UPSTREAM_URL": self.sim_url,
            "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY,
            "NATS_URL": self.nats.url,
            "LOCKGATE_DATA_DIR": str(self.workdir / "data"),
        }
        with open(gw_log, "ab") as log:
            self.gateway = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "up", "--config", str(config)],
                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO,
            )
        wait_http(self.gw_url + "/readyz", self.gateway, gw_log)
        self.procs = {
            "gateway": psutil.Process(self.gateway.pid),
            "simulator": psutil.Process(self.simulator.pid),
            "nats-server": psutil.Process(self.nats.process.pid),
            "load generator": psutil.Process(),
        }

    def rss_mb(self, name: str = "gateway") -> float:
        return self.procs[name].memory_info().rss / 2**20

    def cpu_s(self) -> dict[str, float]:
        out = {}
        for name, proc in self.procs.items():
            times = proc.cpu_times()
            out[name] = times.user + times.system
        return out

    def stop(self) -> None:
        stop_process(self.gateway)
        stop_process(self.simulator)
        if self.nats is not None:
            self.nats.stop()


def host_busy_s() -> float:
    """CPU-seconds the machine's processes have spent (all cores; interrupts excluded), for spotting other load."""
    times = psutil.cpu_times()
    return times.user + times.nice + times.system


# --------------------------------------------------------------------------- load generator


@dataclass
class Run:
    """One batch of requests against one target."""

    latencies_ms: list[float] = field(default_factory=list)
    ttft_ms: list[float] = field(default_factory=list)
    errors: int = 0
    wall_s: float = 0.0
    requests: int = 0
    cpu_s: dict[str, float] = field(default_factory=dict)

    def extend(self, other: "Run") -> None:
        self.latencies_ms += other.latencies_ms
        self.ttft_ms += other.ttft_ms
        self.errors += other.errors
        self.wall_s += other.wall_s
        self.requests += other.requests
        for name, seconds in other.cpu_s.items():
            self.cpu_s[name] = self.cpu_s.get(name, 0.0) + seconds


async def one_request(session: aiohttp.ClientSession, url: str, payload: bytes, headers: dict, stream: bool, run: Run) -> None:
    started = time.perf_counter()
    try:
        async with session.post(url, data=payload, headers=headers) as response:
            if not stream:
                await response.read()
                ok = response.status == 200
            else:
                ok = response.status == 200
                seen = b""
                first = None
                complete = False
                async for chunk in response.content.iter_any():
                    if first is None:
                        seen = seen[-len(TTFT_MARK):] + chunk
                        if TTFT_MARK in seen:
                            first = time.perf_counter()
                            seen = b""
                    if not complete:
                        complete = b"event: message_stop" in chunk
                ok = ok and first is not None and complete
    except (aiohttp.ClientError, asyncio.TimeoutError):
        ok = False
    done = time.perf_counter()
    if not ok:
        run.errors += 1
        return
    run.latencies_ms.append((done - started) * 1000)
    if stream:
        run.ttft_ms.append((first - started) * 1000)


async def drive(session: aiohttp.ClientSession, url: str, payload: bytes, headers: dict, stream: bool,
                concurrency: int, requests: int, stack: Stack | None = None) -> Run:
    """``requests`` calls, ``concurrency`` at a time, each worker sending its next as soon as one ends."""
    run = Run(requests=requests)
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await one_request(session, url, payload, headers, stream, run)

    cpu_before = stack.cpu_s() if stack else {}
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    run.wall_s = time.perf_counter() - started
    if stack:
        cpu_after = stack.cpu_s()
        run.cpu_s = {name: cpu_after[name] - cpu_before[name] for name in cpu_after}
    return run


# --------------------------------------------------------------------------- figures


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile; NaN when there is nothing to rank."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def summarize(run: Run) -> dict:
    ok = len(run.latencies_ms)
    return {
        "requests": run.requests,
        "errors": run.errors,
        "p50_ms": pct(run.latencies_ms, 50),
        "p99_ms": pct(run.latencies_ms, 99),
        "ttft_p50_ms": pct(run.ttft_ms, 50),
        "ttft_p99_ms": pct(run.ttft_ms, 99),
        "rps": ok / run.wall_s if run.wall_s else math.nan,
        "cpu_ms_per_request": {name: s * 1000 / max(ok, 1) for name, s in run.cpu_s.items()},
    }


def fmt(value: float, digits: int = 2) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def print_table(rows: list[dict]) -> None:
    head = ("body", "mode", "c", "direct p50", "p99", "lockgate p50", "p99", "ADDED p50", "p99",
            "+TTFT p50", "direct rps", "lockgate rps", "ratio", "errors")
    lines = [head]
    for row in rows:
        d, t = row["direct"], row["lockgate"]
        lines.append((
            row["body"], row["mode"], str(row["concurrency"]),
            fmt(d["p50_ms"]), fmt(d["p99_ms"]), fmt(t["p50_ms"]), fmt(t["p99_ms"]),
            fmt(row["added_p50_ms"]), fmt(row["added_p99_ms"]), fmt(row["added_ttft_p50_ms"]),
            fmt(d["rps"], 0), fmt(t["rps"], 0), fmt(row["rps_ratio"]),
            f"{d['errors']}/{t['errors']}",
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for n, line in enumerate(lines):
        print("  ".join(cell.rjust(w) if i > 1 else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_cpu(rows: list[dict]) -> None:
    print("\nCPU time per completed request, ms (psutil user+system, 10 ms tick resolution), through Lockgate | direct:")
    head = ("body", "mode", "c", "gateway", "simulator", "nats-server", "load gen", "| direct: simulator", "load gen")
    lines = [head]
    for row in rows:
        through = row["lockgate"]["cpu_ms_per_request"]
        direct = row["direct"]["cpu_ms_per_request"]
        lines.append((row["body"], row["mode"], str(row["concurrency"]), fmt(through.get("gateway")),
                      fmt(through.get("simulator")), fmt(through.get("nats-server")), fmt(through.get("load generator")),
                      fmt(direct.get("simulator")), fmt(direct.get("load generator"))))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for n, line in enumerate(lines):
        print("  ".join(cell.rjust(w) if i > 1 else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


# --------------------------------------------------------------------------- main


async def benchmark(args: argparse.Namespace) -> dict:
    cpus = os.cpu_count()
    print(f"machine: {cpus} CPU cores, shared by the load generator, the simulator, the gateway and "
          f"nats-server (all on this host); Python {platform.python_version()}, {platform.machine()}")
    print(f"workload: bodies {args.bodies}, modes {list(MODES)}, concurrency {list(CONCURRENCIES)}, "
          f"{args.requests} requests per cell per round, {args.rounds} rounds, direct and through interleaved"
          + (f", simulator streams with {args.stream_delay_ms} ms between events" if args.stream_delay_ms else ""))

    with tempfile.TemporaryDirectory(prefix="lockgate-bench-") as tmp:
        stack = Stack(Path(tmp), args.stream_delay_ms)
        try:
            await stack.start()
            return await measure(stack, args)
        finally:
            stack.stop()


async def measure(stack: Stack, args: argparse.Namespace) -> dict:
    headers = {"content-type": "application/json", "anthropic-version": "2023-06-01", "user-agent": "lockgate-bench/1"}
    direct_headers = {**headers, "x-api-key": UPSTREAM_KEY}
    through_headers = {**headers, "x-api-key": CLIENT_KEY}
    targets = {"direct": (stack.sim_url + "/v1/messages", direct_headers),
               "lockgate": (stack.gw_url + "/v1/messages", through_headers)}
    payloads = {}
    for name in args.bodies:
        body = BODIES[name]()
        for mode in MODES:
            payloads[name, mode] = json.dumps({**body, "stream": mode == "stream"}).encode()
    for name in args.bodies:
        print(f"body '{name}': {len(payloads[name, 'json']):,} bytes")

    connector = aiohttp.TCPConnector(limit=0, force_close=False, enable_cleanup_closed=False)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, skip_auto_headers=("User-Agent",)) as session:
        rss_start = stack.rss_mb()
        # Warm up both targets: connection pools, imports, JIT-less caches, JetStream's first writes.
        for (name, mode), payload in payloads.items():
            for target, (url, hdrs) in targets.items():
                await drive(session, url, payload, hdrs, mode == "stream", 32, args.warmup)
        rss_before = stack.rss_mb()
        print(f"gateway RSS: {rss_start:.1f} MB at start, {rss_before:.1f} MB after warm-up")

        results: dict[tuple, dict[str, Run]] = {}
        rss_peak = rss_before
        host_busy_before, stack_cpu_before, phase_started = host_busy_s(), sum(stack.cpu_s().values()), time.perf_counter()
        for round_no in range(args.rounds):
            order = ("direct", "lockgate") if round_no % 2 == 0 else ("lockgate", "direct")
            for name in args.bodies:
                for mode in MODES:
                    for concurrency in CONCURRENCIES:
                        cell = results.setdefault((name, mode, concurrency), {"direct": Run(), "lockgate": Run()})
                        for target in order:
                            url, hdrs = targets[target]
                            run = await drive(session, url, payloads[name, mode], hdrs, mode == "stream",
                                              concurrency, args.requests, stack)
                            cell[target].extend(run)
                        rss_peak = max(rss_peak, stack.rss_mb())
            print(f"round {round_no + 1}/{args.rounds} done", flush=True)
        rss_after = stack.rss_mb()
        phase_s = time.perf_counter() - phase_started
        other_cpu_s = (host_busy_s() - host_busy_before) - (sum(stack.cpu_s().values()) - stack_cpu_before)

    rows = []
    for (name, mode, concurrency), cell in results.items():
        direct, through = summarize(cell["direct"]), summarize(cell["lockgate"])
        rows.append({
            "body": name, "mode": mode, "concurrency": concurrency,
            "direct": direct, "lockgate": through,
            "added_p50_ms": through["p50_ms"] - direct["p50_ms"],
            "added_p99_ms": through["p99_ms"] - direct["p99_ms"],
            "added_ttft_p50_ms": (through["ttft_p50_ms"] - direct["ttft_p50_ms"]) if mode == "stream" else math.nan,
            "rps_ratio": through["rps"] / direct["rps"] if direct["rps"] else math.nan,
        })

    print("\nlatency in ms (client-side, request sent to response complete); rps = completed requests per second")
    print("ADDED = Lockgate percentile minus direct percentile; +TTFT = added time to the first content_block_delta")
    print("ratio = Lockgate rps / direct rps; errors = direct/Lockgate\n")
    print_table(rows)
    print_cpu(rows)
    print(f"\ngateway (`lockgate up`) resident memory: {rss_before:.1f} MB before the measured runs, "
          f"{rss_after:.1f} MB after, {rss_peak:.1f} MB peak between cells (started at {rss_start:.1f} MB)")
    print(f"other load on the host during the measured runs: {max(other_cpu_s, 0):.1f} CPU-seconds in {phase_s:.1f} s "
          f"({max(other_cpu_s, 0) / phase_s:.2f} cores) used by processes this benchmark did not start"
          + (" -- figures are contended, rerun on a quiet machine" if other_cpu_s / phase_s > 0.25 else ""))
    print(f"note: {os.cpu_count()} cores shared by load generator, simulator, gateway and nats-server; "
          "CPU spent by one process is taken from the others, so c=32 throughput is CPU-bound, not I/O-bound.")
    return {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "shared": "load generator, simulator, gateway and nats-server share these cores"},
        "workload": {"bodies": {n: len(payloads[n, "json"]) for n in args.bodies}, "requests_per_cell_per_round": args.requests,
                     "rounds": args.rounds, "warmup": args.warmup, "stream_delay_ms": args.stream_delay_ms},
        "rows": rows,
        "other_host_load_cores": max(other_cpu_s, 0) / phase_s,
        "gateway_rss_mb": {"start": rss_start, "before": rss_before, "after": rss_after, "peak": rss_peak},
    }


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
    parser.add_argument("--requests", type=int, default=1000, help="requests per cell per round (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--warmup", type=int, default=200, help="warm-up requests per body, mode and target (default 200)")
    parser.add_argument("--bodies", default="small,large", help="comma-separated: small (~2 KB), large (~40 KB)")
    parser.add_argument("--stream-delay-ms", type=float, default=0.0,
                        help="have the simulator pause this long between stream events (default 0: one write)")
    parser.add_argument("--json", metavar="PATH", help="also write every figure to PATH as JSON")
    args = parser.parse_args(argv)
    args.bodies = [b.strip() for b in args.bodies.split(",") if b.strip()]
    unknown = [b for b in args.bodies if b not in BODIES]
    if unknown or args.requests < 1 or args.rounds < 1 or args.warmup < 0:
        parser.error(f"unknown bodies {unknown}" if unknown else "--requests and --rounds must be >= 1")

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


if __name__ == "__main__":
    main()
