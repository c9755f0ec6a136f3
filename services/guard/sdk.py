"""Database drivers, ORMs and cloud SDKs called from program code, as the CLI commands they amount to.

``psycopg2.connect(url).cursor().execute('DROP TABLE users')`` does what ``psql URL -c 'DROP TABLE users'`` does,
``Order.objects.all().delete()`` what ``DELETE FROM order`` does, ``boto3.client('s3').delete_bucket(…)`` what
``aws s3api delete-bucket`` does; rendered so, the SQL is judged like SQL (statement and database host) and the SDK
call by its verb and service, by the rules that judge the commands. Pure text functions, any language.
"""

from __future__ import annotations

import re

_STR = r"""(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1"""
_SQL_CALL = re.compile(
    r"\.(?:execute|executescript|executemany|exec|query|raw|run|unsafe|\$executeRawUnsafe|\$queryRawUnsafe|sql)\s*\(\s*(?:text\s*\(\s*)?" + _STR
)
"""A string literal handed to a driver's statement call (``cur.execute('…')``, ``client.query('…')``, ``text('…')``)."""
_SQL_VERB = re.compile(r"^\s*(?:drop\s+\w|truncate\b|delete\s+from\b|update\s+\S+\s+set\b|alter\s+\w|grant\b)", re.I)
"""Statements that can destroy data or widen access; reads need no judging."""
_DB_URL = re.compile(r"\b(?:postgres(?:ql)?|mysql|mariadb|cockroachdb|redshift)(?:\+\w+)?://[^'\"`\s)]+", re.I)
_HOST_KW = re.compile(r"\bhost\s*[=:]\s*['\"]([^'\"]+)['\"]")
_SQLITE_FILE = re.compile(r"\b(?:sqlite3\.connect|new\s+(?:sqlite3\.)?Database|better-sqlite3['\"]\)\s*\(|duckdb\.connect)\s*\(?\s*['\"]([^'\"]+)['\"]")
_ORM_DELETE_ALL = re.compile(
    r"\b(\w+)\.objects\.(?:all\(\)\.)?delete\(\)"  # Django
    r"|\bquery\(\s*(\w+)\s*\)\.delete\(\)"  # SQLAlchemy session.query(User).delete()
    r"|\b(\w+)\.query\.delete\(\)"  # Flask-SQLAlchemy
    r"|\(\s*['\"](\w+)['\"]\s*\)\s*\.(?:del|delete)\(\s*\)"  # knex('users').del()
    r"|\b(?:prisma|PrismaClient\(\))\.(\w+)\.deleteMany\(\s*(?:\{\s*\})?\s*\)"  # Prisma, no filter (mongosh is judged as itself)
    r"|\b(\w+)\.destroy\(\s*\{\s*(?:where\s*:\s*\{\s*\}\s*,?\s*)?truncate\s*:\s*true"  # Sequelize
)
"""An ORM call deleting every row of a model's table (no filter)."""
_ORM_TRUNCATE = re.compile(r"\(\s*['\"](\w+)['\"]\s*\)\s*\.truncate\(\s*\)")
_ORM_DROP_ALL = re.compile(r"\bmetadata\.drop_all\(|\bsequelize\.drop\(|\bschema\.drop(?:Table)?(?:IfExists)?\(\s*['\"](\w*)")
_AWS_PYTHON = re.compile(r"\bboto3\b")
_AWS_CLIENT = re.compile(r"\b(?:client|resource)\(\s*['\"]([\w-]+)['\"]")
_AWS_VERB_CALL = re.compile(r"\.((?:delete|terminate|purge|remove|deregister|disable|stop)_\w+)\s*\(")
_S3_BUCKET = re.compile(r"\bBucket\(\s*['\"]([^'\"]+)['\"]\s*\)")
_S3_EMPTY = re.compile(r"\bobjects\.all\(\)\.delete\(\)|\bobject_versions\.all\(\)\.delete\(\)|\bobjects\.delete\(\)")
_AWS_JS_COMMAND = re.compile(r"\b((?:Delete|Terminate|Purge|Remove|Deregister|Disable|Stop)\w*?)Command\b")
_AWS_JS_PACKAGE = re.compile(r"@aws-sdk/client-([\w-]+)")
_BUCKET_KW = re.compile(r"\bBucket\s*[=:]\s*['\"]([^'\"]+)['\"]")


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()


def _database(code: str) -> list[str]:
    """The client and database the code connects to: a sqlite file, a URL, a host, else nothing known (the environment's)."""
    if m := _SQLITE_FILE.search(code):
        return ["sqlite3", m.group(1)]
    if m := _DB_URL.search(code):
        return ["psql", m.group(0)]
    if m := _HOST_KW.search(code):
        return ["psql", "-h", m.group(1)]
    return ["psql"]


def _run_sql(database: list[str], sql: str) -> tuple[str, ...]:
    return (*database, sql) if database[0] == "sqlite3" else (*database, "-c", sql)


def database_commands(code: str) -> list[tuple[str, ...]]:
    """SQL the code sends, and ORM deletes, as database-client commands against the database it names."""
    statements = [m.group(2) for m in _SQL_CALL.finditer(code) if _SQL_VERB.match(m.group(2))]
    for m in _ORM_DELETE_ALL.finditer(code):
        statements.append(f"DELETE FROM {next(g for g in m.groups() if g)}")
    statements += [f"TRUNCATE TABLE {m.group(1)}" for m in _ORM_TRUNCATE.finditer(code)]
    statements += [f"DROP TABLE {m.group(1) or 'all_tables'}" for m in _ORM_DROP_ALL.finditer(code)]
    if not statements:
        return []
    database = _database(code)
    return [_run_sql(database, s) for s in statements]


def cloud_commands(code: str) -> list[tuple[str, ...]]:
    """Destructive AWS SDK calls (boto3, @aws-sdk/client-*) as the ``aws`` CLI commands with the same verb."""
    out: list[tuple[str, ...]] = []
    if _AWS_PYTHON.search(code):
        service = _AWS_CLIENT.search(code)
        name = service.group(1) if service else "unknown"
        bucket = _S3_BUCKET.search(code) or _BUCKET_KW.search(code)
        if _S3_EMPTY.search(code):
            out.append(("aws", "s3", "rm", f"s3://{bucket.group(1) if bucket else '*'}", "--recursive"))
        for m in _AWS_VERB_CALL.finditer(code):
            out.append(("aws", "s3api" if name == "s3" else name, _kebab(m.group(1)), *(("--bucket", bucket.group(1)) if bucket else ())))
    package = _AWS_JS_PACKAGE.search(code)
    if package:
        bucket = _BUCKET_KW.search(code)
        name = "s3api" if package.group(1) == "s3" else package.group(1)
        for m in _AWS_JS_COMMAND.finditer(code):
            out.append(("aws", name, _kebab(m.group(1)), *(("--bucket", bucket.group(1)) if bucket else ())))
    return out
