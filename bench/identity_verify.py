"""Token verification with issuer-bound claim rules, and the JWKS load of a forged-kid flood.

1. Full verification (cache off) of a token, with no role mapping (the baseline) and with six
   claim rules (patterns, dotted and namespaced claims, required scopes), same run: the ratio is
   what issuer-bound roles add to a signature check.
2. A flood of tokens with made-up kids from a few concurrent tasks for ``--flood-s`` seconds,
   with a key rotated in the middle: requests refused, JWKS fetches (at most one per floor), and
   whether the rotated key's token was accepted.

    .venv/bin/python bench/identity_verify.py [--tokens 3000] [--flood-s 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from services.identity import AuthenticationFailed, IdentityConfig, IssuerConfig, RoleRule, TokenVerifier  # noqa: E402
from tests.oidc_issuer import OidcTestIssuer  # noqa: E402

RULES = [
    RoleRule(role="developer", claims={"groups": "Lockgate-Developers"}),
    RoleRule(role="ci", claims={"sub": "repo:acme/*:ref:refs/heads/main", "repository_owner": "acme"}),
    RoleRule(role="ci", claims={"sub": "system:serviceaccount:agents:*"}),
    RoleRule(role="analyst", claims={"kubernetes.io.namespace": "analytics"}),
    RoleRule(role="auditor", claims={"https://lockgate.example/roles": "auditor"}),
    RoleRule(role="developer", claims={"realm_access.roles": ["engineering", "platform"]}),
]


async def per_call_us(verifier: TokenVerifier, tokens: list[str]) -> list[float]:
    times = []
    for token in tokens:
        started = time.perf_counter()
        await verifier.verify(token)
        times.append((time.perf_counter() - started) * 1e6)
    return times


async def verification(issuer: OidcTestIssuer, http: aiohttp.ClientSession, count: int) -> None:
    claims = dict(
        groups=["Everyone", "Lockgate-Developers"],
        sub="repo:acme/api:ref:refs/heads/main",
        repository_owner="acme",
        realm_access={"roles": ["offline_access"]},
        scope="lockgate.use openid",
    )
    plain = TokenVerifier(IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])]), http, cache_size=0)
    ruled = TokenVerifier(
        IdentityConfig(
            issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"], roles=RULES, required_scopes=["lockgate.use"])]
        ),
        http,
        cache_size=0,
    )
    tokens = [issuer.mint(**claims) for _ in range(count)]
    assert (await ruled.verify(tokens[0])).roles == ("developer", "ci")
    await per_call_us(plain, tokens[:200])
    base, rules = [], []
    for _ in range(3):  # interleaved rounds
        base += await per_call_us(plain, tokens)
        rules += await per_call_us(ruled, tokens)
    p50_base, p50_rules = statistics.median(base), statistics.median(rules)
    print(f"full verification, RS256, {len(base)} calls each (interleaved)")
    print(f"  no role mapping (baseline)   p50 {p50_base:7.1f} us")
    print(f"  6 claim rules + scopes       p50 {p50_rules:7.1f} us   ratio {p50_rules / p50_base:.3f}x")


async def flood(issuer: OidcTestIssuer, http: aiohttp.ClientSession, seconds: float) -> None:
    config = IdentityConfig(issuers=[IssuerConfig(issuer=issuer.issuer, audience=["lockgate"])])
    verifier = TokenVerifier(config, http)
    await verifier.verify(issuer.mint())
    before = issuer.jwks_fetches
    deadline = time.monotonic() + seconds
    refused = 0

    async def forge() -> None:
        nonlocal refused
        while time.monotonic() < deadline:
            try:
                await verifier.verify(issuer.mint(headers_overrides={"kid": uuid.uuid4().hex}))
            except AuthenticationFailed:
                refused += 1

    tasks = [asyncio.create_task(forge()) for _ in range(8)]
    await asyncio.sleep(seconds / 2)
    issuer.rotate()
    await asyncio.sleep(2.0)
    accepted = (await verifier.verify(issuer.mint())).subject == "alice"
    await asyncio.gather(*tasks)
    fetches = issuer.jwks_fetches - before
    print(f"forged-kid flood, 8 tasks, {seconds:g} s, floor {config.jwks_refetch_floor_s:g} s")
    print(f"  refused {refused} tokens ({refused / seconds:.0f}/s); JWKS fetches {fetches} ({fetches / seconds:.2f}/s)")
    print(f"  token signed with the key rotated in 2 s before: {'accepted' if accepted else 'REFUSED'}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tokens", type=int, default=3000)
    parser.add_argument("--flood-s", type=float, default=5.0)
    args = parser.parse_args()
    issuer = await OidcTestIssuer().start()
    try:
        async with aiohttp.ClientSession() as http:
            await verification(issuer, http, args.tokens)
            await flood(issuer, http, args.flood_s)
    finally:
        await issuer.stop()


if __name__ == "__main__":
    asyncio.run(main())
