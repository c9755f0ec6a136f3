"""How the SSE parser's cost grows with one event that never ends (an upstream sending no separator).

Feeds N and 4N bytes in 64 KiB network-sized chunks and prints the time of each and their ratio: about 4
means linear, about 16 quadratic. The cap is lifted so the whole event is buffered.

    .venv/bin/python bench/sse_parser.py [--mib 8]
"""

from __future__ import annotations

import argparse
import time

from services.egress.sse import SSEParser

CHUNK = b"x" * 65536


def feed_seconds(total: int) -> float:
    parser = SSEParser()
    parser.max_event_bytes = total + 1
    started = time.perf_counter()
    for _ in range(total // len(CHUNK)):
        parser.feed(CHUNK)
    return time.perf_counter() - started


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--mib", type=int, default=8, help="N, in MiB (4N is also fed)")
    n = args.parse_args().mib * 2**20
    small, large = feed_seconds(n), feed_seconds(4 * n)
    print(f"{n / 2**20:.0f} MiB: {small * 1000:.1f} ms; {4 * n / 2**20:.0f} MiB: {large * 1000:.1f} ms; ratio {large / small:.1f}")


if __name__ == "__main__":
    main()
