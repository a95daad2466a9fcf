"""Opening the DuckDB store: locking, read-only access and migrations.

Schema changes are numbered SQL files in `migrations/`, applied in order
inside one transaction each and recorded in `schema_migrations`, so a store
written by an older bilateral is upgraded on the next write.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import duckdb

from bilateral.errors import StoreError, StoreLockedError

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_PID = re.compile(r"PID (\d+)")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration, in order."""
    folder = resources.files(__package__).joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store at `path`, migrated to the newest schema when writable."""
    db_path = Path(path)
    if read_only and not db_path.exists():
        raise StoreError(
            f"{db_path}: no store here; create one with `bilateral ingest ... --db {db_path}`"
        )
    if not read_only and db_path.parent and not db_path.parent.exists():
        raise StoreError(f"{db_path}: folder {db_path.parent} does not exist")
    try:
        con = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as err:
        raise _explain(db_path, err) from err
    except duckdb.Error as err:
        raise StoreError(f"{db_path}: not a bilateral store ({_first_line(err)})") from err
    if not read_only:
        migrate(con)
    elif schema_version(con) == 0:
        con.close()
        raise StoreError(f"{db_path}: not a bilateral store (no schema); ingest into it first")
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations the store lacks; returns the schema version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    for version, name, sql in migrations():
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name]
            )
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        current = version
    return current


def _explain(path: Path, err: duckdb.IOException) -> StoreError:
    message = str(err)
    if "lock" in message.lower():
        pid = _PID.search(message)
        who = f" (PID {pid.group(1)})" if pid else ""
        return StoreLockedError(
            f"{path}: store is locked by another process{who}; "
            "wait for it to finish or use another --db"
        )
    return StoreError(f"{path}: cannot open store ({_first_line(err)})")


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
