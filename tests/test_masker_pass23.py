"""The twenty-third pass's formats, pinned: Algolia admin/write keys (and the public search-only key left alone),
Azure DevOps PATs, Fly.io tokens (two macaroons joined by a comma), Aadhaar numbers (Verhoeff), 1Password
service-account tokens longer than a generic value may run, Tencent SecretKey beside its SecretId, X bearer tokens
with the 21 ``A`` of X's own example. Cases come from ``tests/masker_eval/dev_pass23.jsonl`` (generated from formats
by ``dev_pass23_make.py``) and from the formats themselves; whole and streamed in 7-character deltas alike.

``dev_pass23_holdout.jsonl`` is not read here: it measures the pass from outside (see tests/masker_eval/README.md).
"""

import base64
import json
from pathlib import Path

import pytest

from bench.masker_eval import altered_look_alikes, load, missed_spans
from services.masker import MaskerPolicy, compile_policy
from tests.test_masker_formats import masked_values

KEY = b"pass23"
RULES = compile_policy(MaskerPolicy())
CASES = load(Path(__file__).resolve().parent / "masker_eval" / "dev_pass23.jsonl")
STILL_MISSED: set[str] = set()
"""Pass 24 found the last one (an X token whose body has five ``%2F`` in a row): the run of ``A`` decides the format."""

OPS = "ops_" + base64.b64encode(json.dumps({
    "signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                                                      "iterations": 650000, "salt": "Qm3xZ8rT1vK9pL2wN7yB4c"},
    "email": "q4x9z2k7m1v8t@1passwordserviceaccounts.com", "srpX": "9f3c" * 16,
    "muk": {"alg": "A256GCM", "ext": False, "k": "Zq8xR2mT7vK1pL9wN3yB6cF4hJ0dS5gA8eU2iO7tY1r",
            "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
    "secretKey": "A3-Q7XK2M-R9TB4W-P3L8N-Z6C1V-H2J5D-F8G4S", "deviceUuid": "k3m8x1q9z2v7t4p6r5n0w8y2b1"},
    separators=(",", ":")).encode()).decode().rstrip("=")
FLY = ("fm2_lJPECAAAAAAAAMLEEHq7" + "Rk9vX2mT8qW3zL5nB1cY7pF4hJ6dS0gA" * 6 + "wrVodHRwczovL2FwaS5mbHkuaW8vdjGWAJLOAAuX"
       + ",fm2_lJPEThm3vK8qT2xN5zR7wL1cP9bY4mH6jF0dS3gA" + "8eU2iO7tY1rZq8xR2mT7vK1pL9wN3yB6cF4h" * 2)
BEARER = "AAAAAAAAAAAAAAAAAAAAAK7x3QAAAAAAr9T%2BqW2zL5nB1cY7pF4hJ6dS0gA8eU%3DZq8xR2mT7vK1pL9wN3yB6cF4hJ0dS5gA8eU2iO7tY1rWq4"


def test_the_pass23_set_is_as_documented():
    families = {cls.split("/")[0].removesuffix("_lookalike") for _, _, cls in CASES}
    assert len(CASES) >= 100 and sum(bool(spans) for _, spans, _ in CASES) >= 80
    assert families == {"algolia", "azure_devops", "flyio", "aadhaar", "onepassword", "tencent", "twitter"}


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_every_pass23_span_is_masked_but_the_generators_one(mode):
    assert {value for _, value in missed_spans(CASES, RULES, KEY, mode)} == STILL_MISSED


@pytest.mark.parametrize("mode", ["whole", "streamed"])
def test_no_pass23_look_alike_is_altered(mode):
    assert altered_look_alikes(CASES, RULES, KEY, mode) == []


@pytest.mark.parametrize("text, values", [
    ("| Algolia admin API key | 6dedbf52cd2c7473fded2efcd4ae9a4f |", ["6dedbf52cd2c7473fded2efcd4ae9a4f"]),
    ("our algolia write key is 6dedbf52cd2c7473fded2efcd4ae9a4f", ["6dedbf52cd2c7473fded2efcd4ae9a4f"]),
    ("ALGOLIA_SEARCH_KEY=0c21ce065b0de8ab4ba2aa61f3460821 ALGOLIA_ADMIN_KEY=6dedbf52cd2c7473fded2efcd4ae9a4f",
     ["6dedbf52cd2c7473fded2efcd4ae9a4f"]),
    (f"OP_SERVICE_ACCOUNT_TOKEN={OPS}", [OPS]),
    (f"The service account token is {OPS} and it reads the CI vault.", [OPS]),
    (f"FLY_API_TOKEN={FLY}", [FLY]),
    (f"curl -H 'Authorization: FlyV1 {FLY}' https://api.machines.dev/v1/apps", [f"FlyV1 {FLY}"]),  # its scheme too
    ("coscmd config -a AKIDx3M4ynPz8VqRLYWTGgwErj9UzWw9QUUP -s VeVzfIpUn0JD1MmUSvEJPbimbdziLa9v -b b-125 -r ap-beijing",
     ["AKIDx3M4ynPz8VqRLYWTGgwErj9UzWw9QUUP", "VeVzfIpUn0JD1MmUSvEJPbimbdziLa9v"]),
    ("| AKIDLn4xuTA1ZdhFNhPnk0Nud1kZvlmmQ9B2 | EvSKojotu4xjk2yz7vywIq4933K91vNr |",
     ["AKIDLn4xuTA1ZdhFNhPnk0Nud1kZvlmmQ9B2", "EvSKojotu4xjk2yz7vywIq4933K91vNr"]),
    (f"My X API bearer token is {BEARER}; why do I get 403?", [BEARER]),
    ("UID no. 4973-1805-1628 linked to PAN", ["4973-1805-1628"]),
    ("Aadhaar: 8392 0471 6354", ["8392 0471 6354"]),
])
def test_a_pass23_format_is_masked_to_its_extent(text, values):
    assert masked_values(text) == values


@pytest.mark.parametrize("text", [
    "ALGOLIA_SEARCH_API_KEY=9c21ce065b0de8ab4ba2aa61f3460829",
    "export ALGOLIA_SEARCH_ONLY_API_KEY=9c21ce065b0de8ab4ba2aa61f3460829",
    'algolia_search_key: "9c21ce065b0de8ab4ba2aa61f3460829"',
    "the algolia index object 1b4e28ba-2fa1-11d2-883f-0016d3cca427 was re-synced",
    "algolia export checksum (md5) 9c21ce065b0de8ab4ba2aa61f3460829 matches the backup",
    "Aadhaar: 4973 1805 1621",
    "UID no. 497318051621 linked to PAN",
    "Order #497318051628 has shipped.",
    "OP_SERVICE_ACCOUNT_TOKEN=<your-service-account-token>",
    'curl -H "Authorization: FlyV1 ${FLY_API_TOKEN}" https://api.machines.dev/v1/apps',
    "the padding row reads " + "A" * 40 + " in the hexdump",
])
def test_a_pass23_look_alike_stays(text):
    assert masked_values(text) == []


def test_a_kubernetes_secret_block_stays_masked_whole_beside_the_algolia_name_check():
    """The Algolia admin/write name check once reused the name of the Secret block's key-name pattern and replaced it:
    each value of the block was then masked alone, the key names and the block's shape left showing."""
    text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  username: bob\n  password: Kq7#rTz91!xW\n"
    assert masked_values(text) == ["  username: bob\n  password: Kq7#rTz91!xW"]
