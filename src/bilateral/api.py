"""The one Python API. The CLI, the web app and Spark all call these methods.

import bilateral
with bilateral.open("news.duckdb") as kb:
    report = kb.ingest(["docs/", "feed.jsonl"])
    for row in kb.documents():
        print(row["name"], row["lang"])
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

import duckdb

from bilateral.document import Document
from bilateral.export import tables as export_tables
from bilateral.ingest.skipped import Skipped
from bilateral.pipeline import IngestOptions, IngestReport, reextract
from bilateral.pipeline import ingest as run_ingest
from bilateral.store import db, queries


class Bilateral:
    """A bilateral store: a DuckDB file of documents, their units and facts."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = db.connect(self.path, read_only=read_only)

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for SQL the API does not cover."""
        if self._con is None:
            raise RuntimeError(f"{self.path}: store is closed")
        return self._con

    def ingest(
        self,
        inputs: Iterable[str],
        options: IngestOptions | None = None,
        on_item: Callable[[Document | Skipped], None] | None = None,
    ) -> IngestReport:
        """Read, clean and store documents from files, folders or "-" (stdin)."""
        return run_ingest(self.con, inputs, options, on_item)

    def documents(self) -> builtins.list[dict[str, Any]]:
        """One summary row per stored document."""
        return queries.list_documents(self.con)

    def document(self, key: str) -> Document:
        """A stored document with its paragraphs and sentences, by file name, path or id."""
        return queries.load_document(self.con, queries.resolve(self.con, key))

    def actors(self, document: str | None = None) -> builtins.list[dict[str, Any]]:
        """Actors found (endpoints), with mention and document counts and languages."""
        doc_id = queries.resolve(self.con, document) if document else None
        return queries.actor_summary(self.con, doc_id)

    def facts(
        self,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the name analysts use
        lang: str | None = None,
        since: int | None = None,
        document: str | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """Fact records (../shared/spec/facts.md), filtered."""
        doc_id = queries.resolve(self.con, document) if document else None
        return queries.fact_records(self.con, actor, type, lang, since, doc_id)

    def extract(self, kb_paths: tuple[str, ...] = (), rematch: bool = False) -> tuple[int, int]:
        """Derive facts again from stored documents; returns (documents, facts)."""
        return reextract(self.con, kb_paths, rematch)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return queries.counts(self.con)

    def export(self, table: str, fmt: str = "jsonl", out: TextIO | Path | None = None) -> int:
        """Write a table (documents, sentences, ...) as jsonl, csv or parquet."""
        return export_tables.export(self.con, table, fmt, out)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Bilateral:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open(path: str | Path, *, read_only: bool = False) -> Bilateral:  # noqa: A001
    """Open (or create) the store at `path`."""
    return Bilateral(path, read_only=read_only)
