import subprocess
import sys

import pytest

from bilateral.errors import StoreError
from bilateral.store import db


def test_new_store_is_migrated_to_the_newest_schema(tmp_path):
    con = db.connect(tmp_path / "s.duckdb")
    newest = max(version for version, _, _ in db.migrations())
    assert db.schema_version(con) == newest
    tables = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    assert {
        "documents",
        "paragraphs",
        "sentences",
        "sources",
        "mentions",
        "facts",
        "evidence",
    } <= tables
    assert db.migrate(con) == newest  # applying again changes nothing
    con.close()


def test_migration_files_are_numbered_without_gaps():
    versions = [version for version, _, _ in db.migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="bilateral ingest"):
        db.connect(tmp_path / "missing.duckdb", read_only=True)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        db.connect(tmp_path / "no" / "such" / "s.duckdb")


def test_a_second_writer_gets_a_locked_error(tmp_path):
    path = tmp_path / "s.duckdb"
    con = db.connect(path)
    code = (
        "import sys\n"
        "from bilateral.store import db\n"
        "from bilateral.errors import StoreLockedError\n"
        f"try:\n    db.connect({str(path)!r})\nexcept StoreLockedError as e:\n"
        "    print(e); sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    con.close()
    assert proc.returncode == 3, proc.stderr
    assert "store is locked by another process" in proc.stdout


def test_a_file_that_is_not_a_store_is_reported(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("just some notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a bilateral store|cannot open store"):
        db.connect(path)
