"""Hyperscan databases for the engine's keyword hit search, compiled once per set of keywords and kept in a file.

Hyperscan scans the keywords with their tails several times faster than RE2's DFA, but compiling a rule set's
~300 patterns takes seconds (3-12 on this machine). No start waits for that: a ruleset keeps its RE2 hit search
until its database is ready. Once it has scanned START_AFTER bytes (a test's few texts never get there), a
background thread loads the database from the cache, or has a child process compile it into the cache first
(compiling in this process would stop the interpreter for up to half a second at a time), then hands it over.
``python -m services.masker.hyperscan_build`` (run by ``make`` at install) fills the cache for the default
policy and all detectors. A cache file is named by a hash of its patterns, this module's FORMAT and
Hyperscan's version, written whole or not at all, and refused if it does not load. Without the wheel (other
platforms) or with LOCKGATE_MASKER_HYPERSCAN=0 the RE2 search serves throughout.

Each ruleset has two databases of the same patterns: whole, and without their non-ASCII members (the case
variants such as ``ſ`` that every folded keyword carries make Hyperscan ~40% slower). The ASCII-only one scans
the text; the whole one only the blocks holding non-ASCII bytes (see ``Search.ends``): the reports are the same.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any

from .hyperscan_patterns import Pattern, Triple, example, group_pattern


def _hyperscan() -> Any:
    try:
        return importlib.import_module("hyperscan")
    except ImportError:  # no wheel for this platform
        return None


hyperscan: Any = _hyperscan()

FORMAT = 2
"""Bumped whenever the cache file's meaning changes: part of its name."""
START_AFTER = 1 << 20
"""Bytes a ruleset scans before it looks for its database: rulesets that mask little never pay for one."""
BUILD_TIMEOUT = 600


def enabled() -> bool:
    return hyperscan is not None and os.environ.get("LOCKGATE_MASKER_HYPERSCAN", "1") != "0"


def cache_dir() -> Path:
    """``$LOCKGATE_MASKER_CACHE``, else ``$XDG_CACHE_HOME/lockgate``, else ``cache/`` in the data directory
    (``$LOCKGATE_DATA_DIR``, ``./data`` by default, where the masker keeps its secret)."""
    if os.environ.get("LOCKGATE_MASKER_CACHE"):
        return Path(os.environ["LOCKGATE_MASKER_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "lockgate"
    return Path(os.environ.get("LOCKGATE_DATA_DIR") or "./data") / "cache"


def cache_path(patterns: list[Pattern], directory: Path | None = None) -> Path:
    digest = hashlib.sha256(f"{FORMAT}\0{hyperscan.__version__}\0".encode())
    for p in patterns:
        digest.update(p.expression.encode() + b"\0")
    return (directory or cache_dir()) / f"masker-keywords-{digest.hexdigest()[:32]}.hsdb"


def compile_database(patterns: list[Pattern]):
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=[p.expression.encode() for p in patterns], ids=list(range(len(patterns))),
                     elements=len(patterns), flags=[0] * len(patterns))
    return database


def build(groups: list[tuple[Triple, ...]], directory: Path | None = None, bounded: list[bool] | None = None) -> Path:
    """Compile the databases of ``groups`` (whole and ASCII-only) into the cache; returns the whole one's path.
    ``bounded``: per group, whether its keywords are hits only after a ``\\b`` (``group_pattern``). The files are
    named by the patterns asked for, whatever ``_compiled`` had to drop."""
    marks = bounded or [False] * len(groups)
    _write(cache_path([group_pattern(g, True, b) for g, b in zip(groups, marks, strict=True)], directory),
           _compiled(groups, marks, ascii_only=True))
    path = cache_path([group_pattern(g, False, b) for g, b in zip(groups, marks, strict=True)], directory)
    _write(path, _compiled(groups, marks, ascii_only=False))
    return path


def _compiled(groups: list[tuple[Triple, ...]], marks: list[bool], ascii_only: bool) -> Any:
    """The groups' database, each bounded group's ``\\b`` kept only where the database reports its keywords.

    Hyperscan 0.9.1 (the wheel) drops matches of some ``\\b`` alternations before a counted repetition once 22
    bytes or more precede them (``\\b(?:Set|With|set|with)[A-Za-z]{0,20}Password`` in ' ... setPassword('):
    a prefilter that misses would leave a secret unmasked. So the compiled database scans every bounded keyword
    with its tail's ``example`` after a run of filler, and a group it does not report is compiled without its
    ``\\b`` (more reports, none missed). A probe, not a proof: it tries one path of each tail."""
    while True:
        database = compile_database([group_pattern(g, ascii_only, b) for g, b in zip(groups, marks, strict=True)])
        missed = _unreported(database, groups, marks, ascii_only)
        if not missed:
            return database
        marks = [b and k not in missed for k, b in enumerate(marks)]


PROBE_LEAD = b"x" * 64 + b" "
"""What precedes each probed keyword: well past the 22 bytes the fault needs, ending at a word boundary."""


def _unreported(database: Any, groups: list[tuple[Triple, ...]], marks: list[bool], ascii_only: bool) -> set[int]:
    """The bounded groups some keyword of which, after ``PROBE_LEAD`` and before its tail's example, the
    database does not report."""
    text, probes = bytearray(), []
    for k, (group, bounded) in enumerate(zip(groups, marks, strict=True)):
        if not bounded:
            continue
        tail = example(group[0][2]).encode()
        for word, _, _ in group:
            probe = word.encode() + tail
            if ascii_only and not probe.isascii():
                continue  # the ASCII-only database never sees it: the whole one's blocks do
            text += PROBE_LEAD
            probes.append((k, len(text), len(text) + len(probe)))
            text += probe
    if not probes:
        return set()
    ends: defaultdict[int, list[int]] = defaultdict(list)
    database.scan(bytes(text + b" "), match_event_handler=lambda index, start, end, flags, context:
                  ends[index].append(end))
    return {k for k, start, stop in probes if not any(start < end <= stop for end in ends[k])}


def _write(path: Path, database: Any) -> None:
    """Write one database into the cache (atomically: a reader sees all of the file or none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".masker-keywords-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(hyperscan.dumpb(database))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


class Search:
    """One ruleset's Hyperscan hit search over ``groups`` (``hyperscan_patterns.grouped``); ``patterns`` once
    ready, in the same order."""

    def __init__(self, groups: list[tuple[Triple, ...]], bounded: list[bool] | None = None) -> None:
        self.groups = groups
        self.bounded = bounded or [False] * len(groups)
        """Per group, whether its keywords are hits only after a ``\\b`` (``hyperscan_patterns.starts_at_boundary``)."""
        self.patterns: list[Pattern] = []
        self._database: Any = None
        self._scratch: Any = None
        self._ascii: Any = None
        """The database of the same patterns without their non-ASCII members (``hyperscan_patterns.pattern``)."""
        self._ascii_scratch: Any = None
        self._reach = 0
        """The most bytes a match of any pattern spans."""
        self._scanned = 0
        self._started = False
        self._lock = threading.Lock()
        self.failure = ""
        """Why no database is in use, once an attempt failed."""

    @property
    def ready(self) -> bool:
        return self._database is not None

    def note(self, scanned: int) -> None:
        """Count scanned bytes; past START_AFTER, get the database in the background."""
        self._scanned += scanned
        if not self._started and self._scanned >= START_AFTER:
            self._started = True
            threading.Thread(target=self._obtain, kwargs={"child": True}, name="masker-hyperscan",
                             daemon=True).start()

    def wait(self) -> bool:
        """Get the database now, compiling it in this process if the cache has none (bench, tests, make)."""
        if not self.ready:
            self._started = True
            self._obtain(child=False)
        return self.ready

    def ends(self, data: bytes) -> dict[int, list[int]]:
        """Per pattern, the offsets where the whole pattern's matches in ``data`` end: each at least once, unsorted
        (a list per pattern: a keyword-dense text makes tens of thousands of reports).

        The ASCII-only database (no case variant such as ``ſ`` or the Kelvin sign, no multi-byte member: a
        third less time) finds every match made of ASCII bytes; a match holding a non-ASCII byte lies within
        ``_reach`` bytes of it, so the whole database searches only the blocks holding one, widened by that."""
        found: defaultdict[int, list[int]] = defaultdict(list)

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
            found[index].append(end)
        regions = _non_ascii(data, self._reach)
        with self._lock:  # one scratch space per database: scans from several threads take turns
            if regions is None:
                self._database.scan(data, match_event_handler=on_match, scratch=self._scratch)
                return found
            self._ascii.scan(data, match_event_handler=on_match, scratch=self._ascii_scratch)
            for lo, hi in regions:
                def on_region(index: int, start: int, end: int, flags: int, context: object, lo: int = lo) -> None:
                    found[index].append(lo + end)
                self._database.scan(data[lo:hi], match_event_handler=on_region, scratch=self._scratch)
        return found

    def _obtain(self, child: bool) -> None:
        try:
            marked = list(zip(self.groups, self.bounded, strict=True))
            patterns = [group_pattern(g, False, b) for g, b in marked]
            path = cache_path(patterns)
            ascii_path = cache_path([group_pattern(g, True, b) for g, b in marked], path.parent)
            database, ascii_database = _loaded(path), _loaded(ascii_path)
            if database is None or ascii_database is None:  # none there, or a file that does not load: compile
                if child:
                    _build_in_child(self.groups, path.parent, self.bounded)
                else:
                    build(self.groups, path.parent, self.bounded)
                database = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
                ascii_database = hyperscan.loadb(ascii_path.read_bytes(), hyperscan.HS_MODE_BLOCK)
            scratch, ascii_scratch = hyperscan.Scratch(database), hyperscan.Scratch(ascii_database)
        except Exception as exc:  # a refused pattern, an unwritable cache, a truncated file: RE2 keeps serving
            self.failure = f"{type(exc).__name__}: {exc}"
            return
        with self._lock:
            self.patterns, self._reach = patterns, max(p.longest for p in patterns)
            self._ascii, self._ascii_scratch = ascii_database, ascii_scratch
            self._scratch, self._database = scratch, database


BLOCK = 1 << 14
"""Bytes looked at together for non-ASCII text: a block holding some is searched with the whole database."""
MOSTLY = 4
"""With non-ASCII bytes in more than one block in MOSTLY, the whole database searches all of the text at once."""


def _non_ascii(data: bytes, reach: int) -> list[tuple[int, int]] | None:
    """The ranges of ``data`` holding every match that contains a non-ASCII byte (the blocks holding one, widened
    by ``reach`` bytes on each side and the byte before a match, which a ``\\b`` reads; joined where they touch), or
    None when most of the text holds some."""
    if data.isascii():
        return []
    regions: list[tuple[int, int]] = []
    blocks = 0
    for at in range(0, len(data), BLOCK):
        if data[at:at + BLOCK].isascii():
            continue
        blocks += 1
        lo, hi = max(0, at - reach - 1), min(len(data), at + BLOCK + reach)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    return None if blocks * MOSTLY > -(-len(data) // BLOCK) else regions


def _loaded(path: Path) -> Any:
    """The database in ``path``, or None if there is none or it does not load (truncated, another build)."""
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error):
        return None


def _build_in_child(groups: list[tuple[Triple, ...]], directory: Path, bounded: list[bool]) -> None:
    subprocess.run([sys.executable, "-m", "services.masker.hyperscan_build", "--stdin", str(directory)],
                   input=json.dumps({"groups": groups, "bounded": bounded}).encode(), check=True, timeout=BUILD_TIMEOUT,
                   cwd=Path(__file__).resolve().parents[2], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
