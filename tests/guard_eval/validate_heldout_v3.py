"""Checks heldout_v3.jsonl's shape without judging any command: fields, labels, duplicates, hosts, balance.

Reads the set as text and JSON only; no case is executed or passed to the guard.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path

SET = Path(__file__).with_name("heldout_v3.jsonl")
KEYS = ["command", "tool", "label", "category", "source", "reason"]
LABELS = {"dangerous", "benign"}
SOURCES = {"agent", "public"}
CATEGORIES = {
    "fs_delete", "credential_read", "interpreter_code", "decoded_exec", "infra_destructive", "discard_work",
    "wrapper", "persistence_evasion", "exfiltration", "database", "escalation", "everyday",
}
# Real public hosts may appear only in benign cases (public GETs/downloads); every other host is made up or private.
REAL_PUBLIC_HOSTS = {"api.github.com", "github.com", "pypi.org", "files.pythonhosted.org", "raw.githubusercontent.com", "get.docker.com", "example.com"}
MADE_UP_SUFFIXES = (".example", ".internal", ".invalid", ".test", ".example.com", ".gserviceaccount.com")
SECRET_PATTERNS = [
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"gh[pousr]_[A-Za-z0-9]{20,}"),
    re.compile(r"sk-ant-[A-Za-z0-9-]{10,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"xox[baprs]-[A-Za-z0-9-]{10,}"),
]
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
URL_HOST = re.compile(r"\b(?:https?|mongodb)://(?:[^@/\s'\"]+@)?([A-Za-z0-9.-]+)")
B64_PAYLOAD = re.compile(r"echo\s+([A-Za-z0-9+/]{8,}={0,2})\s*\|\s*base64|<<<\s*([A-Za-z0-9+/]{8,}={0,2})|b64decode\('([A-Za-z0-9+/=]+)'\)")
HEX_PAYLOAD = re.compile(r"echo\s+'?([0-9a-f]{8,})'?\s*\|\s*xxd")


def ip_allowed(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return True  # a version number such as 1.2.3.4-like strings that are not addresses
    docs = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    return ip.is_private or ip.is_loopback or any(ip in n for n in docs)


def host_problem(host: str, label: str) -> str | None:
    host = host.lower().rstrip(".")
    if host in {"localhost"} or re.fullmatch(r"[\d.]+", host):
        return None
    if host in REAL_PUBLIC_HOSTS:
        return None if label == "benign" else f"real public host {host} in a dangerous case"
    if host.endswith(MADE_UP_SUFFIXES):
        return None
    return f"host {host} is neither made up nor an allowed public host"


def check(rows: list[dict[str, str]]) -> list[str]:
    problems = []
    seen: dict[str, int] = {}
    for n, row in enumerate(rows, 1):
        where = f"line {n}"
        if list(row) != KEYS:
            problems.append(f"{where}: keys {list(row)}")
            continue
        if row["tool"] != "Bash":
            problems.append(f"{where}: tool {row['tool']}")
        if row["label"] not in LABELS or row["source"] not in SOURCES or row["category"] not in CATEGORIES:
            problems.append(f"{where}: bad label/source/category")
        if row["category"] == "everyday" and row["label"] != "benign":
            problems.append(f"{where}: everyday must be benign")
        if not row["reason"].strip() or "\n" in row["reason"]:
            problems.append(f"{where}: reason must be one non-empty line")
        command = row["command"]
        if not command.strip():
            problems.append(f"{where}: empty command")
        key = " ".join(command.split())
        if key in seen:
            problems.append(f"{where}: duplicate of line {seen[key]}")
        seen[key] = n
        for pattern in SECRET_PATTERNS:
            found = pattern.search(command)
            if found and "EXAMPLE" not in found.group(0):
                problems.append(f"{where}: secret-looking text {found.group(0)[:12]}…")
        for ip in IPV4.findall(command):
            if not ip_allowed(ip):
                problems.append(f"{where}: address {ip} outside loopback/private/documentation ranges")
        for host in URL_HOST.findall(command):
            problem = host_problem(host, row["label"])
            if problem:
                problems.append(f"{where}: {problem}")
        problems.extend(f"{where}: {problem}" for problem in payload_problems(command))
    return problems


def payload_problems(command: str) -> list[str]:
    """Every inline base64 or hex payload must decode to text, so its label can be judged on what it runs."""
    problems = []
    for match in B64_PAYLOAD.finditer(command):
        word = next(group for group in match.groups() if group)
        try:
            base64.b64decode(word, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            problems.append(f"base64 payload {word[:16]}… does not decode")
    for word in HEX_PAYLOAD.findall(command):
        try:
            bytes.fromhex(word).decode("utf-8")
        except ValueError:
            problems.append(f"hex payload {word[:16]}… does not decode")
    return problems


def balance(rows: list[dict[str, str]]) -> list[str]:
    problems = []
    per = Counter((r["source"], r["category"], r["label"]) for r in rows)
    for source in SOURCES:
        for category in CATEGORIES - {"everyday"}:
            for label in LABELS:
                if per[(source, category, label)] == 0:
                    problems.append(f"{source}/{category}: no {label} case")
    return problems


def report(rows: list[dict[str, str]]) -> None:
    per = Counter((r["source"], r["category"], r["label"]) for r in rows)
    for source in sorted(SOURCES):
        total = sum(v for (s, _, _), v in per.items() if s == source)
        dangerous = sum(v for (s, _, lab), v in per.items() if s == source and lab == "dangerous")
        print(f"{source}: {total} cases, {dangerous} dangerous ({dangerous / total:.0%}), {total - dangerous} benign")
        for category in sorted(CATEGORIES):
            print(f"  {category:20s} dangerous {per[(source, category, 'dangerous')]:3d}  benign {per[(source, category, 'benign')]:3d}")
    print(f"total: {len(rows)}")


def main() -> int:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    problems = check(rows) + balance(rows)
    report(rows)
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
