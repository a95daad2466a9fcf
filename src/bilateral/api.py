"""The one Python API. The CLI, the web app and Spark all call these methods.

import bilateral
with bilateral.open("news.duckdb") as kb:
    report = kb.ingest(["docs/", "feed.jsonl"])
    for row in kb.documents():
        print(row["name"], row["lang"])
"""

from __future__ import annotations

import builtins
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

import duckdb

from bilateral.document import Document
from bilateral.errors import BilateralError
from bilateral.export import tables as export_tables
from bilateral.fuse import update as fusion
from bilateral.fuse.dyad import Dyad
from bilateral.fuse.dyad import dyad as dyad_summary
from bilateral.fuse.frames import Filter, facts_frame, fused_frame
from bilateral.fuse.profile import ActorProfile, profile
from bilateral.fuse.timeline import timeline as timeline_table
from bilateral.ingest.skipped import Skipped
from bilateral.pipeline import IngestOptions, IngestReport, reextract
from bilateral.pipeline import ingest as run_ingest
from bilateral.store import db, queries

if TYPE_CHECKING:  # heavy imports only where used
    import networkx as nx
    import pandas as pd


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

    def records(
        self,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the name analysts use
        lang: str | None = None,
        since: int | None = None,
        document: str | None = None,
    ) -> builtins.list[dict[str, Any]]:
        """Fact records (../shared/spec/facts.md) as dicts, filtered: what `export` writes."""
        doc_id = queries.resolve(self.con, document) if document else None
        return queries.fact_records(self.con, actor, type, lang, since, doc_id)

    def facts(
        self,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the name analysts use
        lang: str | None = None,
        since: int | None = None,
        document: str | None = None,
        partner: str | None = None,
        until: int | None = None,
    ) -> pd.DataFrame:
        """Facts, one row per piece of evidence, as a pandas DataFrame.

        `actor` with `partner` keeps the dyad (either direction); `since` and
        `until` compare the first year of the fact's time.
        """
        doc_id = queries.resolve(self.con, document) if document else None
        where = Filter(actor, partner, type, lang, since, until, doc_id)
        return facts_frame(self.con, where)

    def fused(
        self,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the name analysts use
        since: int | None = None,
        partner: str | None = None,
        until: int | None = None,
    ) -> pd.DataFrame:
        """Fused facts (one per relation, all its evidence ids) as a DataFrame."""
        self._fused_current()
        return fused_frame(self.con, Filter(actor, partner, type, None, since, until))

    def dyad(self, a: str, b: str, by: str = "auto") -> Dyad:
        """The relationship of two actors: types, years, balance, transfers, best evidence."""
        self._fused_current()
        return dyad_summary(self.con, a, b, by)

    def actor(self, actor: str) -> ActorProfile:
        """An actor's partners ranked, its types of ties and the agents acting for it."""
        self._fused_current()
        return profile(self.con, actor)

    def timeline(
        self,
        actor: str | None = None,
        partner: str | None = None,
        type: str | None = None,  # noqa: A002 - the name analysts use
        by: str = "auto",
    ) -> pd.DataFrame:
        """Fused facts per period (year, or decade for older years) and type."""
        self._fused_current()
        return timeline_table(fused_frame(self.con, Filter(actor, partner, type)), by)

    def graph(
        self,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002
    ) -> nx.MultiDiGraph:
        """The fused facts as a networkx MultiDiGraph, edges typed and weighted by documents."""
        from bilateral.export.graph import build_graph

        fused = self.fused(actor=actor, type=type)
        ids = set(fused["source"]) | set(fused["target"])
        return build_graph(fused, _actor_info(ids))

    def fuse(self, rebuild: bool = False) -> int:
        """Bring the fused view up to date (all of it with `rebuild`); returns keys or facts."""
        return fusion.rebuild(self.con) if rebuild else fusion.update(self.con)

    def _fused_current(self) -> None:
        """Fuse what is queued; a read-only store can only warn that the view lags."""
        waiting = fusion.pending(self.con)
        if not waiting:
            return
        if self.read_only:
            warnings.warn(
                f"{self.path}: {waiting} fact keys changed since the last fusion; "
                "open the store writable (or run `bilateral fuse`) to update the fused view",
                stacklevel=3,
            )
            return
        fusion.update(self.con)

    def extract(self, kb_paths: tuple[str, ...] = (), rematch: bool = False) -> tuple[int, int]:
        """Derive facts again from stored documents; returns (documents, facts)."""
        return reextract(self.con, kb_paths, rematch)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return queries.counts(self.con)

    def export(self, table: str, fmt: str = "jsonl", out: TextIO | Path | None = None) -> int:
        """Write a table (documents, sentences, facts, fused …) as jsonl, csv or parquet,
        or the fused graph as graphml or gexf (then `table` is ignored); returns rows/edges."""
        from bilateral.export.graph import GRAPH_FORMATS, write_graph

        if fmt in GRAPH_FORMATS:
            if out is None:
                raise BilateralError("no output given")
            return write_graph(self.graph(), fmt, out)
        if table == "fused":
            self._fused_current()
        return export_tables.export(self.con, table, fmt, out)

    def pending_fusion(self) -> int:
        """Fact keys changed since the fused view was last brought up to date."""
        return fusion.pending(self.con)

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


def _actor_info(ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Name, kind and Wikidata id of actors, from the knowledge base."""
    from bilateral.kb.model import load

    entities = load().entities
    info = {}
    for actor in ids:
        entity = entities.get(actor)
        if entity is not None:
            info[actor] = {"name": entity.name, "kind": entity.kind, "qid": entity.qid}
    return info


def open(path: str | Path, *, read_only: bool = False) -> Bilateral:  # noqa: A001
    """Open (or create) the store at `path`."""
    return Bilateral(path, read_only=read_only)
