"""What masking adds to a streamed answer: time to first token, held-back text, masker round trip.

    python bench/masker_overhead.py [--requests N] [--json out.json]

Starts the simulated Claude upstream and four ``lockgate up`` processes, each with its own
nats-server, the same policy and the default stages except masking: ``unmasked``
(``mask_stages = []``) and ``masked`` (``["masker"]``, the shipped default: the in-process
masker replica is asked directly), and the same two with ``deliver_in_process = false``
(every request, verdict and masking question crosses NATS, as with workers in other
processes). It sends the same streamed request to each in turn, at concurrency 1, and reports
the time to the first ``content_block_delta`` and what masking adds to it: each masked
gateway against the unmasked one with the same delivery. Three answers: ``burst`` (the
whole answer in one write, so one masking request covers it), ``paced`` (one SSE event
per write, ``--paced-ms`` apart, so each delta is masked on its own as a model's stream
would be; 8-character deltas, the first ends inside a word and releases the one before it) and
``words`` (paced, each delta a word with its leading space, as a model's tokens come: the
masker holds a delta's last word until the next delta shows it is whole, so the first token
waits for the second delta). All hold secrets. Each TTFT is also given from the response's headers to the
first delta (``stream``): the streaming path alone, where masking works. The request path before
it (verdict wait, recording, opening the upstream) has no masking in it but differs between two
gateway instances by up to a few ms p50 from run to run. Probes with timestamps per step inside
the gateways (load ~6) put the first paced delta, from its parsing to its write, at ~0.07 ms
unmasked, ~0.5 ms masked in process and ~0.75-1.1 ms via NATS, with no single cause: two hops
through nats-server (~0.12-0.4 ms each), masking one 8-character delta in a process that slept
between answers (~0.17 ms: the liveness programs ~0.08, the session key's HMAC ~0.03, the hit
search and shapes ~0.03), task switches on both sides (~0.15 ms: nats-py's request and flusher,
the subscription's task and a task per answered request) and the egress's request and rewritten
delta (~0.09 ms).

After the timed requests, a pass of its own through the via-NATS masked gateway reads every
masking reply on its NATS (the carried state says how much text the masker held back): the
listener gets a copy of every reply there, which slowed the requests it watched when it ran
during the timed ones. A direct client measures the masking request's round trip to that
worker. Figures only; nothing is judged against a target.

``--breakdown`` measures, without any gateway, what masking the first delta of a paced answer
costs piece by piece: the stream masker's scan alone (hold-back decision, keyword pass), the
worker's pure ``mask_request`` (state decoding and encoding around it), and the egress's masking
stage asking that worker through the bus, in process and via NATS, each against the one before.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import aiohttp
import msgspec
import nats

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.overhead import pct, stop_process, wait_http  # noqa: E402
from schemas.events import Identity, MaskChunk, MaskReply, MaskRequest  # noqa: E402
from schemas.subjects import mask_subject  # noqa: E402
from services.common.embedded_nats import EmbeddedNats, free_port  # noqa: E402
from services.identity import DevIssuer  # noqa: E402
from services.masker import MaskerPolicy, StreamMasker, StreamState, compile_policy  # noqa: E402

UPSTREAM_KEY = "sk-ant-bench-upstream-key-0123456789"
MODEL = "claude-sonnet-4-5"
TTFT_MARK = b"event: content_block_delta"
ANSWER = (
    "I checked the deployment. The failing step reads its credentials from the environment; the "
    "variable currently holds AKIAQYLPMN5HHHFPZAM2, which IAM reports as deactivated. Rotate it, "
    "update the secret in the CI settings, and rerun the job. For the billing question: the card "
    "on file is 4539 1488 0343 6467 and receipts go to dana.kovacs@fastmail.fm. Order 4111111111111112 "
    "and build 550e8400-e29b-41d4-a716-446655440000 are fine as they are. "
) * 3
WORDS = re.findall(r"\s*\S+(?:\s+$)?", ANSWER)
"""The answer in deltas that end where a word does, as a model's tokens arrive ('I', ' checked', ' the'): the stream
masker cannot tell a delta's last word is whole until the next delta shows what follows it."""
POLICY = """\
version = "masker-bench"

[roles.developer]
models = ["claude-*"]
max_tokens = 32000
rate = { requests = 1000000000, period_s = 1 }
"""
BODY = json.dumps({"model": MODEL, "max_tokens": 1024, "stream": True,
                   "messages": [{"role": "user", "content": "Why does the deploy fail?"}]}).encode()


class Gateway:
    """``lockgate up`` on its own nats-server, against the shared simulator."""

    def __init__(self, workdir: Path, sim_url: str, mask_stages: list[str], in_process: bool = True):
        self.workdir, self.sim_url, self.mask_stages, self.in_process = workdir, sim_url, mask_stages, in_process

    def start(self) -> None:
        self.workdir.mkdir(parents=True)
        self.nats = EmbeddedNats(self.workdir / "nats").start()
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.data_dir = self.workdir / "data"
        (self.workdir / "policy.toml").write_text(POLICY)
        config = self.workdir / "lockgate.toml"
        config.write_text(f'[policy]\nfile = "{self.workdir / "policy.toml"}"\n[gateway]\nmask_stages = {json.dumps(self.mask_stages)}\n'
                          f'deliver_in_process = {json.dumps(self.in_process)}\n')
        env = {**os.environ, "LOCKGATE_LISTEN": f"127.0.0.1:{port}", "LOCKGATE_UPSTREAM_URL": self.sim_url,
               "LOCKGATE_UPSTREAM_KEY": UPSTREAM_KEY, "NATS_URL": self.nats.url, "LOCKGATE_DATA_DIR": str(self.data_dir)}
        log_path = self.workdir / "gateway.log"
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "services.cli.main", "up", "--config", str(config)],
                                            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        wait_http(self.url + "/readyz", self.process, log_path)
        self.token = DevIssuer(self.data_dir, f"{self.url}/dev-issuer").mint("bench-agent", ["developer"], 4 * 3600)

    def stop(self) -> None:
        stop_process(getattr(self, "process", None))
        if hasattr(self, "nats"):
            self.nats.stop()


def script(sim_url: str, reply: dict) -> None:
    """Every call from now on gets ``reply``."""
    for method, payload in (("DELETE", None), ("POST", [{**reply, "repeat": 10**9}])):
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(sim_url + "/_simulator/script", data=data, method=method,
                                         headers={"content-type": "application/json"})
        with urllib.request.urlopen(request, timeout=5) as response:
            response.read()


async def ttft_ms(session: aiohttp.ClientSession, gateway: Gateway) -> tuple[float, float, str]:
    """Time to the first content_block_delta from the request, and from the response's headers; the answer's text."""
    headers = {"content-type": "application/json", "anthropic-version": "2023-06-01", "x-api-key": gateway.token}
    started = time.perf_counter()
    first, seen = None, b""
    async with session.post(gateway.url + "/v1/messages", data=BODY, headers=headers) as response:
        headers_at = time.perf_counter()
        async for chunk in response.content.iter_any():
            seen += chunk
            if first is None and TTFT_MARK in seen:
                first = time.perf_counter()
    if response.status != 200 or first is None or b"message_stop" not in seen:
        raise RuntimeError(f"{gateway.url}: status {response.status}, answer {seen[-300:]!r}")
    text = "".join(json.loads(line[5:])["delta"].get("text", "") for line in seen.split(b"\n")
                   if line.startswith(b"data:") and b'"text_delta"' in line)
    return (first - started) * 1000, (first - headers_at) * 1000, text


async def round_trips(url: str, count: int) -> list[float]:
    """A masking request of one ~100-character chunk, straight to the masked gateway's worker."""
    nc = await nats.connect(url)
    request = MaskRequest(request_id="bench", session_id="bench", identity=Identity(subject="bench", roles=("developer",)),
                          chunks=[MaskChunk(block_index=0, field="text", text=ANSWER[:100])])
    payload = msgspec.json.encode(request)
    out = []
    try:
        for _ in range(count):
            started = time.perf_counter()
            msg = await nc.request(mask_subject("masker"), payload, timeout=2)
            out.append((time.perf_counter() - started) * 1000)
            assert not msgspec.json.decode(msg.data, type=MaskReply).error
    finally:
        await nc.close()
    return out


class HeldBack:
    """Reads every masking reply on the masked gateway's NATS: the carried tail is what was held back."""

    def __init__(self) -> None:
        self.max_chars = 0
        self.replies = 0

    async def listen(self, url: str):
        self.nc = await nats.connect(url)

        async def on_reply(msg) -> None:
            try:
                reply = msgspec.json.decode(msg.data, type=MaskReply)
            except msgspec.DecodeError:
                return
            self.replies += 1
            for chunk in reply.chunks:
                if bytes(chunk.state) != b"null":
                    self.max_chars = max(self.max_chars, len(msgspec.json.decode(chunk.state, type=StreamState).tail))

        await self.nc.subscribe("_INBOX.>", cb=on_reply)

    async def close(self) -> None:
        await self.nc.close()


def row(answer: str, gateway: str, plain: list[float], masked: list[float], plain_stream: list[float], masked_stream: list[float]) -> dict:
    p50, p99 = pct(plain, 50), pct(plain, 99)
    m50, m99 = pct(masked, 50), pct(masked, 99)
    s50, ms50 = pct(plain_stream, 50), pct(masked_stream, 50)
    return {"answer": answer, "gateway": gateway, "requests": len(masked), "unmasked_p50_ms": p50, "unmasked_p99_ms": p99,
            "masked_p50_ms": m50, "masked_p99_ms": m99, "added_p50_ms": m50 - p50, "added_p99_ms": m99 - p99,
            "unmasked_stream_p50_ms": s50, "masked_stream_p50_ms": ms50, "added_stream_p50_ms": ms50 - s50}


async def held_back(session: aiohttp.ClientSession, sim_url: str, gateway: Gateway, answers: dict, requests: int) -> HeldBack:
    """Held-back text, read in a pass of its own after the timed ones: the listener gets a copy of every reply on
    that nats-server (JetStream acknowledgements, verdict and masking replies), which slowed the very requests it
    watched (the via-NATS masked gateway's verdict wait, +1.5 ms p50 on paced answers)."""
    held = HeldBack()
    await held.listen(gateway.nats.url)
    try:
        for shape in answers.values():
            script(sim_url, {"content": [{"type": "text", "text": ANSWER}], **shape})
            for _ in range(requests):
                await ttft_ms(session, gateway)
    finally:
        await held.close()
    return held


async def measure(args: argparse.Namespace, sim_url: str, gateways: dict[str, Gateway]) -> dict:
    via_nats = gateways["masked, via NATS"]
    answers = {"burst": {"chunk_size": 8}, "paced": {"chunk_size": 8, "delay_ms": args.paced_ms},
               "words": {"chunks": WORDS, "delay_ms": args.paced_ms}}
    rows = []
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout, skip_auto_headers=("User-Agent",)) as session:
        for name, shape in answers.items():
            script(sim_url, {"content": [{"type": "text", "text": ANSWER}], **shape})
            requests = args.requests if name == "burst" else args.paced_requests or max(1, args.requests // 5)
            for _ in range(args.warmup):
                for gateway in gateways.values():
                    await ttft_ms(session, gateway)
            times = {label: [] for label in gateways}
            stream_times = {label: [] for label in gateways}
            labels = list(gateways)
            for n in range(requests):
                shift = n % len(labels)
                for label in labels[shift:] + labels[:shift]:
                    ms, stream_ms, text = await ttft_ms(session, gateways[label])
                    times[label].append(ms)
                    stream_times[label].append(stream_ms)
                    if label.startswith("masked") and "AKIA" in text:
                        raise RuntimeError(f"the {label} gateway let a secret through")
            rows += [row(name, label, times[label.replace("masked", "unmasked", 1)], times[label],
                         stream_times[label.replace("masked", "unmasked", 1)], stream_times[label])
                     for label in labels if label.startswith("masked")]
        held = await held_back(session, sim_url, via_nats, answers, max(1, args.requests // 10))
    rtt = await round_trips(via_nats.nats.url, args.requests)
    bound = compile_policy(MaskerPolicy()).bound
    return {"rows": rows, "held_back_max_chars": held.max_chars, "held_back_bound_chars": bound,
            "replies_observed": held.replies,
            "round_trip_ms": {"p50": pct(rtt, 50), "p99": pct(rtt, 99), "requests": len(rtt)}}


def print_report(report: dict, args: argparse.Namespace) -> None:
    print(f"\nTTFT in ms (request sent -> first content_block_delta), concurrency 1, alternating gateways; "
          f"paced = one SSE event per write, {args.paced_ms} ms apart, 8 characters each; words = paced, one word each")
    print("stream = from the response's headers to the first content_block_delta: the streaming path alone, where masking "
          "works, without the request path before it (verdicts, recording, opening the upstream), which varies by a few ms "
          "between gateway instances and where masking plays no part")
    head = ("answer", "masking gateway", "n", "unmasked p50", "p99", "masked p50", "p99", "ADDED p50", "ADDED p99",
            "stream: unmasked p50", "masked p50", "ADDED p50")
    lines = [head] + [(r["answer"], r["gateway"], str(r["requests"]), *(f"{r[k]:.2f}" for k in (
        "unmasked_p50_ms", "unmasked_p99_ms", "masked_p50_ms", "masked_p99_ms", "added_p50_ms", "added_p99_ms",
        "unmasked_stream_p50_ms", "masked_stream_p50_ms", "added_stream_p50_ms")))
        for r in report["rows"]]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for n, line in enumerate(lines):
        print("  ".join(cell.rjust(w) if i > 1 else cell.ljust(w) for i, (cell, w) in enumerate(zip(line, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    rtt = report["round_trip_ms"]
    print(f"\nmasking request round trip over NATS (one ~100-character chunk, client -> worker -> client): "
          f"p50 {rtt['p50']:.3f} ms, p99 {rtt['p99']:.3f} ms over {rtt['requests']} requests")
    print(f"largest held-back text observed: {report['held_back_max_chars']} characters "
          f"over {report['replies_observed']} masking replies (bound for the default rules: {report['held_back_bound_chars']})")


async def benchmark(args: argparse.Namespace) -> dict:
    print(f"machine: {os.cpu_count()} cores shared by the load generator, simulator, four gateways and nats-servers")
    with tempfile.TemporaryDirectory(prefix="lockgate-masker-bench-") as tmp:
        workdir = Path(tmp)
        port = free_port()
        sim_url = f"http://127.0.0.1:{port}"
        with open(workdir / "simulator.log", "ab") as log:
            simulator = subprocess.Popen(
                [sys.executable, "-m", "services.cli.main", "simulate", "--port", str(port), "--key", UPSTREAM_KEY],
                stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        gateways = {
            "unmasked": Gateway(workdir / "unmasked", sim_url, []),
            "masked": Gateway(workdir / "masked", sim_url, ["masker"]),
            "unmasked, via NATS": Gateway(workdir / "unmasked-via-nats", sim_url, [], in_process=False),
            "masked, via NATS": Gateway(workdir / "masked-via-nats", sim_url, ["masker"], in_process=False),
        }
        try:
            wait_http(sim_url + "/_simulator/stats", simulator, workdir / "simulator.log")
            for gateway in gateways.values():
                gateway.start()
            report = await measure(args, sim_url, gateways)
        finally:
            for gateway in gateways.values():
                gateway.stop()
            stop_process(simulator)
    print_report(report, args)
    return report


async def breakdown(samples: int, paced_ms: float) -> None:
    """Where the first delta's masking time goes: scan, worker, and the stage's request through the bus."""
    from schemas.events import RequestReceived
    from services.common.bus import Bus
    from services.egress.masking import MaskerClient, MaskingStage, MaskSettings
    from services.egress.sse import sse_event
    from services.masker.worker import DEFAULT_POLICY, MaskerWorker, mask_request

    logging.getLogger("lockgate").setLevel(logging.ERROR)  # closing the bench's own connections is not news
    identity = Identity(subject="bench", roles=("developer",))
    deltas = [sse_event("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                "delta": {"type": "text_delta", "text": ANSWER[i:i + 8]}})
              for i in range(0, 24, 8)]
    times: dict[str, list[float]] = {"scan (StreamMasker.feed)": [], "worker (mask_request, pure)": []}
    request = MaskRequest(request_id="r", session_id="s", identity=identity,
                          chunks=[MaskChunk(block_index=0, field="text", text=ANSWER[:8])])
    for _ in range(samples):
        started = time.perf_counter()
        StreamMasker(DEFAULT_POLICY.rules, b"k").feed(ANSWER[:8])
        times["scan (StreamMasker.feed)"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        mask_request(request, DEFAULT_POLICY, b"k")
        times["worker (mask_request, pure)"].append((time.perf_counter() - started) * 1000)
    with tempfile.TemporaryDirectory(prefix="lockgate-masker-breakdown-") as tmp:
        server = EmbeddedNats(Path(tmp)).start()
        try:
            for label, in_process in (("stage -> worker, in process", True), ("stage -> worker, via NATS", False)):
                bus = await Bus.connect(server.url, in_process=in_process)
                served = bus if in_process else await Bus.connect(server.url)
                worker = MaskerWorker(served)
                await worker.start()
                times[label] = []
                for n in range(samples):
                    received = RequestReceived(request_id=f"r{n}", gateway="bench", method="POST", path="/v1/messages",
                                               endpoint="messages", identity=identity)
                    stage = MaskingStage(MaskerClient(bus, MaskSettings(("masker",), 2.0), received))
                    for k, event in enumerate(deltas):
                        started = time.perf_counter()
                        async for _ in stage.releases([event]):
                            pass
                        if k == 0:
                            times[label].append((time.perf_counter() - started) * 1000)
                        await asyncio.sleep(paced_ms / 1000)
                await worker.stop()
                for connection in {id(bus): bus, id(served): served}.values():
                    await connection.nc.drain()
        finally:
            server.stop()
    print(f"\nfirst delta of a paced answer ({samples} answers, {paced_ms} ms between deltas), ms:")
    for label, values in times.items():
        print(f"  {label:32} p50 {pct(values, 50):.3f}  p99 {pct(values, 99):.3f}")


def _interrupted(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=500, help="burst requests per gateway (paced: a fifth); default 500")
    parser.add_argument("--warmup", type=int, default=30, help="warm-up requests per gateway and answer (default 30)")
    parser.add_argument("--paced-requests", type=int, default=0, help="paced requests per gateway (default: a fifth of --requests)")
    parser.add_argument("--paced-ms", type=float, default=2.0, help="pause between SSE events of the paced answer (default 2)")
    parser.add_argument("--json", metavar="PATH", help="also write the figures to PATH as JSON")
    parser.add_argument("--breakdown", action="store_true", help="only the per-piece cost of masking a first delta (no gateways)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupted)
    if args.breakdown:
        asyncio.run(breakdown(args.requests, args.paced_ms))
        return
    try:
        report = asyncio.run(benchmark(args))
    except KeyboardInterrupt:
        print("interrupted; stopped every process this benchmark started", file=sys.stderr)
        sys.exit(130)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
