"""Many streams held at once awaiting approval: the gateway's memory per held stream, and ordinary calls alongside.

    python bench/approver_hold.py [--streams 5000] [--ordinary 200] [--keepalive 5] [--json out.json]

Starts, all on loopback: a nats-server admitting only Lockgate's nkeys, the simulated upstream,
``lockgate gateway`` (ingress and egress alone, one process, so its memory is the holding's) and one
``lockgate worker`` per stage (authz, guard, masker, approver). The policy makes the guard hold
``docker system prune`` for approval. Then:

1. ordinary calls (a streamed text answer) straight to the simulator and through the gateway,
   ``--ordinary`` each at concurrency 4: the baseline, before anything is held;
2. the gateway's RSS, then ``--streams`` streamed calls whose answer is a Bash ``docker system
   prune`` tool call, opened in waves of ``--wave`` (the next once these are held) and kept open;
   a stream counts as held once a ``ping`` arrives (the egress holds the tool block and pings every
   ``--keepalive`` seconds); one that ends first is counted and reported;
3. with every stream held: the gateway's RSS again (memory per held stream = delta / streams),
   the same ordinary calls through the gateway and direct, and pings still flowing;
4. 20 of the held requests approved through the reviewer API: how long until their streams end
   with the tool call released; then every client disconnects.

It prints figures; it does not judge them against the issue's target (<= 64 KB per held stream).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from services.common.embedded_nats import EmbeddedNats, free_port  # noqa: E402
from services.common.nats_auth import Credentials  # noqa: E402
from services.identity import DevIssuer  # noqa: E402
from tests.harness import wait_http  # noqa: E402

UPSTREAM_KEY = "sk-ant-bench-upstream-key-0123456789"
MODEL = "claude-haiku-4-5"
ASK = [{"role": "user", "content": "Tidy up."}]
POLICY_EXTRA = """
[guard]
rules = [{ id = "ops.prune", message = "Pruning Docker needs a human", severity = "approve", command = "docker system prune*" }]
"""


def raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def start(args: list[str], env: dict, log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen([sys.executable, "-m", "services.cli.main", *args], env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_for_line(log: Path, text: str, process: subprocess.Popen, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while text not in log.read_text(errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{log.name}: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.05)


def post_json(url: str, payload) -> None:
    import urllib.request

    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST", headers={"content-type": "application/json"})
    urllib.request.urlopen(request, timeout=30).read()


async def ordinary(session: aiohttp.ClientSession, url: str, headers: dict, count: int, concurrency: int = 4) -> list[float]:
    """Latencies (ms) of ``count`` streamed text calls, read to their end."""
    body = json.dumps({"model": MODEL, "max_tokens": 64, "messages": ASK, "stream": True}).encode()
    latencies: list[float] = []
    queue = list(range(count))

    async def one() -> None:
        while queue:
            queue.pop()
            started = time.perf_counter()
            async with session.post(url + "/v1/messages", data=body, headers=headers) as response:
                data = await response.read()
                assert response.status == 200 and b"message_stop" in data, (response.status, data[:300])
            latencies.append((time.perf_counter() - started) * 1000)

    await asyncio.gather(*(one() for _ in range(concurrency)))
    return latencies


class HeldStream:
    """One streamed call answered with a tool call that needs approval."""

    def __init__(self) -> None:
        self.held = asyncio.Event()
        self.pings = 0
        self.released = False
        self.ending = ""
        """What ended a stream that was not released: the replacement text or error, ids removed."""
        self.ended = asyncio.Event()

    async def run(self, session: aiohttp.ClientSession, url: str, headers: dict) -> None:
        body = json.dumps({"model": MODEL, "max_tokens": 64, "messages": ASK, "stream": True}).encode()
        try:
            async with session.post(url + "/v1/messages", data=body, headers=headers) as response:
                async for line in response.content:
                    if line.startswith(b"event: ping"):
                        self.pings += 1
                        self.held.set()
                    elif b'"type":"tool_use"' in line:
                        self.released = True
                    elif b"Lockgate blocked" in line or line.startswith(b"event: error"):
                        self.ending = re.sub(r"[0-9a-f]{32}", "…", line.decode(errors="replace"))[:160]
                if response.status != 200:
                    self.ending = f"HTTP {response.status}"
        except aiohttp.ClientError as exc:
            self.ending = type(exc).__name__
            raise
        finally:
            self.ended.set()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(name: str, values: list[float]) -> dict:
    return {"name": name, "n": len(values), "p50_ms": statistics.median(values), "p99_ms": pct(values, 0.99)}


async def bench(args: argparse.Namespace) -> dict:
    raise_fd_limit()
    work = Path(tempfile.mkdtemp(prefix="lockgate-approver-bench-"))
    processes: list[subprocess.Popen] = []
    nats = None
    try:
        credentials = Credentials(work / "credentials").ensure()
        nats = EmbeddedNats(work / "nats", credentials=credentials).start()
        sim_port, port = free_port(), free_port()
        env = {
            **__import__("os").environ,
            "NATS_URL": nats.url,
            "LOCKGATE_NATS_CREDENTIALS": str(credentials.directory),
            "LOCKGATE_LISTEN": f"127.0.0.1:{port}",
            "LOCKGATE_UPSTREAM_URL": f"http://127.0.0.1:{sim_port}",
            "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY,
            "LOCKGATE_DATA_DIR": str(work / "data"),
        }
        simulator = start(["simulate", "--port", str(sim_port), "--key", UPSTREAM_KEY], env, work / "simulator.log")
        processes.append(simulator)
        wait_http(f"http://127.0.0.1:{sim_port}/_simulator/stats", process=simulator)
        policy = work / "policy.toml"
        shipped = (REPO / "policies" / "default.toml").read_text()
        unbound = shipped.replace("rate = { requests = 120, period_s = 60 }", "rate = { requests = 1000000, period_s = 60 }")
        assert unbound != shipped, "the bench policy must lift the developer role's rate limit"
        policy.write_text(unbound + POLICY_EXTRA)
        config = work / "lockgate.toml"
        config.write_text(
            f"[gateway]\nprocesses = 1\napproval_timeout_s = 3600\nkeepalive_s = {args.keepalive}\nmax_connections = {args.streams + 1000}\n"
            f"[policy]\nfile = \"{policy}\"\n"
        )
        gateway = start(["gateway", "--config", str(config)], env, work / "gateway.log")
        processes.append(gateway)
        wait_http(f"http://127.0.0.1:{port}/readyz", timeout_s=60, process=gateway)
        workers = {}
        for stage in ("authz", "guard", "masker", "approver"):
            workers[stage] = start(["worker", stage, "--config", str(config)], env, work / f"{stage}.log")
            processes.append(workers[stage])
            wait_for_line(work / f"{stage}.log", "worker consuming", workers[stage])

        print(f"gateway, workers, simulator and NATS running (logs in {work})", flush=True)
        url = f"http://127.0.0.1:{port}"
        direct_url = f"http://127.0.0.1:{sim_port}"
        issuer = DevIssuer(work / "data", f"{url}/dev-issuer")
        headers = {"content-type": "application/json", "x-api-key": issuer.mint("bench-agent", ["developer"], 4 * 3600)}
        direct_headers = {"content-type": "application/json", "x-api-key": UPSTREAM_KEY}
        reviewer = {"authorization": f"Bearer {issuer.mint('bench-reviewer', ['reviewer'], 4 * 3600)}"}
        gateway_ps, approver_ps = psutil.Process(gateway.pid), psutil.Process(workers["approver"].pid)

        connector = aiohttp.TCPConnector(limit=0, force_close=False)
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=120)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            await ordinary(session, url, headers, 50)
            await ordinary(session, direct_url, direct_headers, 50)
            before = [summary("gateway, nothing held", await ordinary(session, url, headers, args.ordinary)),
                      summary("direct, nothing held", await ordinary(session, direct_url, direct_headers, args.ordinary))]

            tool = {"content": [{"type": "text", "text": "Let me clean up."},
                                {"type": "tool_use", "id": "toolu_bench_hold", "name": "Bash", "input": {"command": "docker system prune -af"}}],
                    "repeat": args.streams}
            post_json(f"{direct_url}/_simulator/script", [tool])
            rss_before, approver_rss_before = gateway_ps.memory_info().rss, approver_ps.memory_info().rss
            streams: list[HeldStream] = []
            tasks: list[asyncio.Task] = []
            started = time.monotonic()
            while len(streams) < args.streams:
                wave = [HeldStream() for _ in range(min(args.wave, args.streams - len(streams)))]
                streams += wave
                tasks += [asyncio.create_task(s.run(session, url, headers)) for s in wave]
                while not all(s.held.is_set() or s.ended.is_set() for s in wave):
                    await asyncio.sleep(0.2)
                held = sum(s.held.is_set() and not s.ended.is_set() for s in streams)
                print(f"  {held} of {args.streams} held after {time.monotonic() - started:.0f} s", flush=True)
            all_held_s = time.monotonic() - started
            await asyncio.sleep(2.0)
            rss_held, approver_rss_held = gateway_ps.memory_info().rss, approver_ps.memory_info().rss
            held = sum(s.held.is_set() and not s.ended.is_set() for s in streams)
            failed = sum(not s.held.is_set() for s in streams)
            pings_before = sum(s.pings for s in streams)
            during = [summary("gateway, streams held", await ordinary(session, url, headers, args.ordinary)),
                      summary("direct, streams held", await ordinary(session, direct_url, direct_headers, args.ordinary))]
            await asyncio.sleep(args.keepalive + 1)
            pings_flowing = sum(s.pings for s in streams) - pings_before
            still_held = sum(not s.ended.is_set() for s in streams)

            async with session.get(f"{url}/v1/lockgate/approvals?state=pending", headers=reviewer) as response:
                pending = (await response.json())["data"]
            sample = pending[:20]
            approve_started = time.monotonic()
            for record in sample:
                async with session.post(f"{url}/v1/lockgate/approvals/{record['approval_id']}/approve", headers=reviewer) as response:
                    assert response.status == 200, await response.text()
            while sum(s.released for s in streams) < len(sample) and time.monotonic() - approve_started < 60:
                await asyncio.sleep(0.05)
            released_s = time.monotonic() - approve_started
            released = sum(s.released for s in streams)
            endings = collections.Counter(s.ending or "(closed, no reason seen)" for s in streams if s.ended.is_set() and not s.released)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        per_stream = (rss_held - rss_before) / held
        return {
            "streams": args.streams,
            "held": held,
            "never_held": failed,
            "all_held_s": all_held_s,
            "gateway_rss_before_mb": rss_before / 2**20,
            "gateway_rss_held_mb": rss_held / 2**20,
            "gateway_bytes_per_held_stream": per_stream,
            "approver_bytes_per_request": (approver_rss_held - approver_rss_before) / held,
            "still_held_after_measuring": still_held,
            "pings_in_one_keepalive": pings_flowing,
            "ordinary": before + during,
            "approved_sample": len(sample),
            "released": released,
            "released_within_s": released_s,
            "endings": dict(endings),
        }
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        if nats is not None:
            nats.stop()
        shutil.rmtree(work, ignore_errors=True)


def report(result: dict) -> None:
    n = result["streams"]
    print(f"\n{result['held']} of {n} streams held at once awaiting approval after {result['all_held_s']:.1f} s"
          f" ({result['never_held']} ended before being held)")
    print(f"  gateway RSS: {result['gateway_rss_before_mb']:.1f} MB before, {result['gateway_rss_held_mb']:.1f} MB held"
          f" -> {result['gateway_bytes_per_held_stream'] / 1024:.1f} KB per held stream (target <= 64 KB)")
    print(f"  approver worker: {result['approver_bytes_per_request'] / 1024:.1f} KB per open request")
    print(f"  pings in one keepalive interval: {result['pings_in_one_keepalive']} ({result['still_held_after_measuring']} streams still held)")
    print(f"  {result['approved_sample']} approved through the API while held: {result['released']} released within {result['released_within_s']:.2f} s")
    for ending, count in result["endings"].items():
        print(f"  ended without release ({count}): {ending}")
    print("\n  ordinary streamed calls (concurrency 4)")
    print(f"  {'':28} {'n':>5} {'p50 ms':>8} {'p99 ms':>8}")
    for row in result["ordinary"]:
        print(f"  {row['name']:28} {row['n']:>5} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f}")
    rows = {row["name"]: row for row in result["ordinary"]}
    for when in ("nothing held", "streams held"):
        g, d = rows[f"gateway, {when}"], rows[f"direct, {when}"]
        print(f"  {when}: gateway / direct p50 = x{g['p50_ms'] / d['p50_ms']:.2f} (added {g['p50_ms'] - d['p50_ms']:.2f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=5000)
    parser.add_argument("--ordinary", type=int, default=200)
    parser.add_argument("--wave", type=int, default=250, help="streams opened together; the next wave once these are held")
    parser.add_argument("--keepalive", type=float, default=5.0)
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    result = asyncio.run(bench(args))
    report(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
