"""SQL understanding with sqlglot: which statements destroy data or widen access.

Parsed rather than grepped so that case, comments (``DROP/**/TABLE``), quoting and several
statements in one string do not matter. When no dialect parses the text, a regex over the
comment-stripped text still reports risky statements: unparseable is never a free pass.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import sqlglot
from sqlglot import exp

logging.getLogger("sqlglot").setLevel(logging.ERROR)  # it warns on every statement it keeps as a Command

DIALECTS = (None, "postgres", "mysql", "tsql", "sqlite", "snowflake", "bigquery")

RISKS = {
    "drop_database": "drops a whole database",
    "drop_schema": "drops a whole schema",
    "drop_table": "drops a table and its data",
    "truncate": "deletes every row of a table",
    "delete_all": "DELETE without a WHERE clause deletes every row",
    "update_all": "UPDATE without a WHERE clause rewrites every row",
    "alter_drop": "ALTER … DROP removes a column or constraint and its data",
    "grant_all": "GRANT ALL hands out every privilege",
    "grant_public": "GRANT … TO PUBLIC hands privileges to every user",
    "grant_superuser": "makes a role a superuser (or lets it create roles or bypass row security)",
    "drop_other": "drops a database object",
}


@dataclass(frozen=True, slots=True)
class SqlStatement:
    kind: str
    """Lower-case statement keyword: select, insert, update, delete, drop, truncate, grant, alter…"""
    risk: str = ""
    """A key of RISKS, or empty when the statement is harmless."""
    text: str = ""


@dataclass(frozen=True, slots=True)
class SqlAnalysis:
    statements: tuple[SqlStatement, ...]
    parsed: bool = True


@lru_cache(maxsize=2048)
def parse_sql(text: str) -> SqlAnalysis:
    """Try the default dialect, then a few others; fall back to a regex scan if none parses."""
    for dialect in DIALECTS:
        try:
            trees = sqlglot.parse(text, read=dialect)
        except Exception:  # ParseError, TokenError and the odd internal error on hostile input
            continue
        stmts = tuple(_classify(t) for t in trees if t is not None and not isinstance(t, exp.Semicolon))
        return SqlAnalysis(stmts)
    return SqlAnalysis(tuple(_scan(part) for part in _strip_comments(text).split(";") if part.strip()), parsed=False)


def _classify(tree: exp.Expr) -> SqlStatement:
    text = _short(tree.sql())
    if _SUPERUSER.search(text.upper()):
        return SqlStatement(tree.key.lower(), "grant_superuser", text)
    if isinstance(tree, exp.Command):
        return _scan(f"{tree.this} {tree.expression or ''}")
    if isinstance(tree, exp.Drop):
        kind = str(tree.args.get("kind") or "").upper()
        risk = {"DATABASE": "drop_database", "SCHEMA": "drop_schema", "TABLE": "drop_table"}.get(kind, "drop_other")
        if kind == "TABLE" and tree.args.get("exists") and _fixture(tree):
            risk = ""
        return SqlStatement("drop", risk, text)
    if isinstance(tree, exp.TruncateTable):
        return SqlStatement("truncate", "truncate", text)
    if isinstance(tree, (exp.Delete, exp.Update)):
        kind = "delete" if isinstance(tree, exp.Delete) else "update"
        where = tree.args.get("where")
        unbounded = where is None or _tautology(where.this)
        return SqlStatement(kind, f"{kind}_all" if unbounded else "", text)
    if isinstance(tree, exp.Grant):
        privileges = {p.sql().upper() for p in tree.args.get("privileges") or []}
        principals = {p.sql().upper() for p in tree.args.get("principals") or []}
        if privileges & {"ALL", "ALL PRIVILEGES"}:
            return SqlStatement("grant", "grant_all", text)
        return SqlStatement("grant", "grant_public" if "PUBLIC" in principals else "", text)
    if isinstance(tree, exp.Alter):
        drops = any(isinstance(a, exp.Drop) or "DROP" in a.sql().upper()[:12] for a in tree.args.get("actions") or [])
        return SqlStatement("alter", "alter_drop" if drops else "", text)
    return SqlStatement(tree.key.lower(), "", text)


_FIXTURE_TABLE = re.compile(r"^(tests?|tmp|temp|fixtures?|scratch|pytest|dummy|samples?|examples?|bench|mock|fake|seed)(_|$)|_(tests?|tmp|temp|fixtures?|scratch|mock|fake)$", re.I)


def _fixture(tree: exp.Drop) -> bool:
    """``DROP TABLE IF EXISTS test_users``: every dropped table is named as a test or scratch fixture."""
    tables = [t.name for t in tree.find_all(exp.Table)]
    return bool(tables) and all(_FIXTURE_TABLE.search(name) for name in tables)


def _tautology(cond: exp.Expression) -> bool:
    """``WHERE 1=1``, ``WHERE TRUE``, ``WHERE 1``: a filter that keeps every row."""
    if isinstance(cond, exp.Paren):
        return _tautology(cond.this)
    if isinstance(cond, exp.Boolean):
        return bool(cond.this)
    if isinstance(cond, exp.Literal):
        return not cond.is_string and cond.this not in {"0", "0.0"}
    if isinstance(cond, exp.Or):
        return _tautology(cond.this) or _tautology(cond.expression)
    if isinstance(cond, (exp.EQ, exp.Like)):
        return cond.this.sql() == cond.expression.sql() and not isinstance(cond.this, exp.Null)
    return False


_SUPERUSER = re.compile(r"\b(?:ALTER|CREATE)\s+(?:USER|ROLE)\b.*\b(?:SUPERUSER|CREATEROLE|BYPASSRLS)\b")
_COMMENTS = re.compile(r"/\*.*?\*/|--[^\n]*|#[^\n]*", re.S)
_SCAN = [
    ("grant_superuser", _SUPERUSER),
    ("drop_database", re.compile(r"\bDROP\s+DATABASE\b")),
    ("drop_schema", re.compile(r"\bDROP\s+SCHEMA\b")),
    ("drop_table", re.compile(r"\bDROP\s+(TEMPORARY\s+)?TABLE\b")),
    ("truncate", re.compile(r"\bTRUNCATE\b")),
    ("grant_all", re.compile(r"\bGRANT\s+ALL\b")),
    ("grant_public", re.compile(r"\bGRANT\b.*\bTO\s+PUBLIC\b")),
    ("alter_drop", re.compile(r"\bALTER\b.*\bDROP\b")),
    ("drop_other", re.compile(r"\bDROP\b")),
]


def _strip_comments(text: str) -> str:
    return _COMMENTS.sub(" ", text)


def _scan(text: str) -> SqlStatement:
    """Regex judgement of one statement sqlglot could not structure."""
    flat = " ".join(_strip_comments(text).upper().split())
    kind = flat.split(" ", 1)[0].lower() if flat else ""
    for risk, pattern in _SCAN:
        if pattern.search(flat):
            return SqlStatement(kind, risk, _short(flat))
    if kind in {"delete", "update"} and " WHERE " not in f" {flat} ":
        return SqlStatement(kind, f"{kind}_all", _short(flat))
    return SqlStatement(kind, "", _short(flat))


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
