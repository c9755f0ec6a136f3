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
from pathlib import Path
from typing import Any

from .hyperscan_patterns import Pattern, Triple, group_pattern


def _hyperscan() -> Any:
    try:
        return importlib.import_module("hyperscan")
    except ImportError:  # no wheel for this platform
        return None


hyperscan: Any = _hyperscan()

FORMAT = 1
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


def build(groups: list[tuple[Triple, ...]], directory: Path | None = None) -> Path:
    """Compile the database of ``groups`` into the cache (atomically: a reader sees all of the file or none)."""
    patterns = [group_pattern(g) for g in groups]
    path = cache_path(patterns, directory)
    database = compile_database(patterns)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".masker-keywords-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(hyperscan.dumpb(database))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


class Search:
    """One ruleset's Hyperscan hit search over ``groups`` (``hyperscan_patterns.grouped``); ``patterns`` once
    ready, in the same order."""

    def __init__(self, groups: list[tuple[Triple, ...]]) -> None:
        self.groups = groups
        self.patterns: list[Pattern] = []
        self._database: Any = None
        self._scratch: Any = None
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

    def ends(self, data: bytes) -> list[tuple[int, int]]:
        """Every (pattern, end offset) Hyperscan reports in ``data``."""
        found: list[tuple[int, int]] = []
        add = found.append

        def on_match(index: int, start: int, end: int, flags: int, context: object) -> None:
            add((index, end))
        with self._lock:  # one scratch space: scans from several threads take turns
            self._database.scan(data, match_event_handler=on_match, scratch=self._scratch)
        return found

    def _obtain(self, child: bool) -> None:
        try:
            patterns = [group_pattern(g) for g in self.groups]
            path = cache_path(patterns)
            database = _loaded(path)
            if database is None:  # none there, or a file that does not load: compile it (again)
                if child:
                    _build_in_child(self.groups, path.parent)
                else:
                    build(self.groups, path.parent)
                database = hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
            scratch = hyperscan.Scratch(database)
        except Exception as exc:  # a refused pattern, an unwritable cache, a truncated file: RE2 keeps serving
            self.failure = f"{type(exc).__name__}: {exc}"
            return
        with self._lock:
            self.patterns, self._scratch, self._database = patterns, scratch, database


def _loaded(path: Path) -> Any:
    """The database in ``path``, or None if there is none or it does not load (truncated, another build)."""
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error):
        return None


def _build_in_child(groups: list[tuple[Triple, ...]], directory: Path) -> None:
    subprocess.run([sys.executable, "-m", "services.masker.hyperscan_build", "--stdin", str(directory)],
                   input=json.dumps(groups).encode(), check=True, timeout=BUILD_TIMEOUT,
                   cwd=Path(__file__).resolve().parents[2], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
