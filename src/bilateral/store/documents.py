"""Writing documents and their paragraphs and sentences, one batch a transaction.

A batch is committed whole or not at all, so a crash (or kill -9) at any
moment leaves the store as it was after the last committed batch, and a
re-run skips what is already there. Rows go in through Arrow tables:
DuckDB inserts a columnar batch orders of magnitude faster than row by row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from bilateral.document import Document

DERIVED_TABLES = ("paragraphs", "sentences", "mentions", "evidence", "facts", "fused_evidence")


@dataclass(slots=True)
class Link:
    """A source (file, JSONL line) whose content is an already stored document."""

    source: str
    doc_id: str
    name: str


@dataclass(slots=True)
class BatchResult:
    inserted: int = 0
    replaced: list[str] = field(default_factory=list)  # ids of deleted older versions


def known_documents(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT id FROM documents").fetchall()}


def known_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT source, doc_id FROM sources").fetchall())


def write_batch(
    con: duckdb.DuckDBPyConnection,
    docs: Sequence[Document],
    links: Sequence[Link],
    pipeline: str,
) -> BatchResult:
    """Store new documents and source links in one transaction."""
    result = BatchResult()
    now = datetime.now(UTC).replace(tzinfo=None)
    all_links = [Link(d.source or d.name, d.id, d.name) for d in docs] + list(links)
    con.execute("BEGIN TRANSACTION")
    try:
        if docs:
            insert_columns(con, "documents", _document_rows(docs, pipeline, now))
            insert_columns(con, "paragraphs", _paragraph_rows(docs))
            insert_columns(con, "sentences", _sentence_rows(docs))
            insert_columns(con, "mentions", _mention_rows(docs))
            facts, evidence = _fact_rows(docs)
            insert_columns(con, "facts", facts)
            insert_columns(con, "evidence", evidence)
        result.replaced = _upsert_sources(con, all_links, now)
        _mark_keys(con, {(f.type, f.source, f.target) for d in docs for f in d.facts})
        mark_stale(con, {link.doc_id for link in links})  # stored documents seen again
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    result.inserted = len(docs)
    return result


def delete_documents(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> None:
    """Delete documents and everything derived from them (inside the caller's transaction)."""
    id_list = list(ids)
    if not id_list:
        return
    mark_stale(con, id_list)
    for table in DERIVED_TABLES:
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [id_list])
    con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [id_list])


def mark_stale(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> None:
    """Queue the fact keys of these documents for fusion (their evidence or sources changed)."""
    id_list = list(doc_ids)
    if id_list:
        con.execute(
            "INSERT INTO fuse_queue SELECT DISTINCT type, source, target FROM facts "
            "WHERE doc_id IN (SELECT unnest(?)) ON CONFLICT DO NOTHING",
            [id_list],
        )


def _mark_keys(con: duckdb.DuckDBPyConnection, keys: set[tuple[str, str, str]]) -> None:
    """Queue fact keys known in memory (new facts): no scan of the facts table."""
    if keys:
        ordered = sorted(keys)
        stale_keys = pa.table(  # noqa: F841 - read by name by the SQL below
            {name: [k[i] for k in ordered] for i, name in enumerate(("type", "source", "target"))}
        )
        con.execute("INSERT INTO fuse_queue SELECT * FROM stale_keys ON CONFLICT DO NOTHING")


def _upsert_sources(
    con: duckdb.DuckDBPyConnection, links: Sequence[Link], now: datetime
) -> list[str]:
    """Point each source at its document; delete documents no source points to any more."""
    if not links:
        return []
    latest = {link.source: link for link in links}  # the last version of a source wins
    sources = list(latest)
    previous = dict(
        con.execute(
            "SELECT source, doc_id FROM sources WHERE source IN (SELECT unnest(?))", [sources]
        ).fetchall()
    )
    con.execute("DELETE FROM sources WHERE source IN (SELECT unnest(?))", [sources])
    insert_columns(
        con,
        "sources",
        {
            "source": sources,
            "doc_id": [latest[s].doc_id for s in sources],
            "name": [latest[s].name for s in sources],
            "seen_at": [now] * len(sources),
        },
    )
    candidates = {old for src, old in previous.items() if old != latest[src].doc_id}
    if not candidates:
        return []
    still_used = {
        row[0]
        for row in con.execute(
            "SELECT DISTINCT doc_id FROM sources WHERE doc_id IN (SELECT unnest(?))",
            [list(candidates)],
        ).fetchall()
    }
    orphans = sorted(candidates - still_used)
    delete_documents(con, orphans)
    return orphans


def insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    """Insert a columnar batch (column name → values) through Arrow."""
    if not columns or not next(iter(columns.values())):
        return
    batch_rows = pa.table(columns)  # noqa: F841 - read by name by the SQL below (replacement scan)
    names = ", ".join(f'"{name}"' for name in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM batch_rows")


def _document_rows(docs: Sequence[Document], pipeline: str, now: datetime) -> dict[str, list]:
    return {
        "id": [d.id for d in docs],
        "name": [d.name for d in docs],
        "path": [d.source or None for d in docs],
        "fmt": [d.fmt for d in docs],
        "title": [d.title for d in docs],
        "url": [d.url for d in docs],
        "date": [d.date for d in docs],
        "lang": [d.lang for d in docs],
        "langs": [list(d.langs) for d in docs],
        "raw_text": [d.raw_text for d in docs],
        "text": [d.text for d in docs],
        "removed": [json.dumps([r.to_json() for r in d.removed]) for d in docs],
        "offset_map": [json.dumps(d.offsets.to_json()) for d in docs],
        "n_chars": [len(d.text) for d in docs],
        "n_paragraphs": [len(d.paragraphs) for d in docs],
        "n_sentences": [len(d.sentences) for d in docs],
        "pipeline": [pipeline] * len(docs),
        "ingested_at": [now] * len(docs),
    }


def _paragraph_rows(docs: Sequence[Document]) -> dict[str, list]:
    rows: dict[str, list] = {k: [] for k in ("doc_id", "idx", "start", "end", "kind", "lang")}
    rows["lang_confidence"] = []
    for doc in docs:
        doc_id = doc.id
        for i, para in enumerate(doc.paragraphs):
            rows["doc_id"].append(doc_id)
            rows["idx"].append(i)
            rows["start"].append(para.start)
            rows["end"].append(para.end)
            rows["kind"].append(para.kind)
            rows["lang"].append(para.lang)
            rows["lang_confidence"].append(para.lang_confidence)
    return rows


def _sentence_rows(docs: Sequence[Document]) -> dict[str, list]:
    rows: dict[str, list] = {k: [] for k in ("doc_id", "idx", "paragraph", "start", "end", "lang")}
    for doc in docs:
        doc_id = doc.id
        for i, sent in enumerate(doc.sentences):
            rows["doc_id"].append(doc_id)
            rows["idx"].append(i)
            rows["paragraph"].append(sent.paragraph)
            rows["start"].append(sent.start)
            rows["end"].append(sent.end)
            rows["lang"].append(sent.lang)
    return rows


def _mention_rows(docs: Sequence[Document]) -> dict[str, list]:
    names = (
        "doc_id",
        "sentence",
        "start",
        "end",
        "text",
        "actor_id",
        "endpoint",
        "kind",
        "confidence",
    )
    rows: dict[str, list] = {k: [] for k in names}
    for doc in docs:
        for mention in doc.mentions:
            rows["doc_id"].append(doc.id)
            rows["sentence"].append(mention.sentence)
            rows["start"].append(mention.start)
            rows["end"].append(mention.end)
            rows["text"].append(mention.text)
            rows["actor_id"].append(mention.actor_id)
            rows["endpoint"].append(mention.endpoint)
            rows["kind"].append(mention.kind)
            rows["confidence"].append(mention.confidence)
    return rows


def _fact_rows(docs: Sequence[Document]) -> tuple[dict[str, list], dict[str, list]]:
    facts: dict[str, list] = {
        k: []
        for k in (
            "id",
            "doc_id",
            "type",
            "source",
            "target",
            "polarity",
            "modality",
            "record",
            "confidence",
            "extractor",
        )
    }
    evidence: dict[str, list] = {
        k: [] for k in ("fact_id", "doc_id", "sentence", "start", "end", "lang")
    }
    for doc in docs:
        for fact in doc.facts:
            record = fact.record(doc)
            for key, value in (
                ("id", record["id"]),
                ("doc_id", doc.id),
                ("type", fact.type),
                ("source", fact.source),
                ("target", fact.target),
                ("polarity", fact.polarity),
                ("modality", fact.modality),
                ("record", json.dumps(record, ensure_ascii=False)),
                ("confidence", fact.confidence),
                ("extractor", fact.extractor),
            ):
                facts[key].append(value)
            for key, value in (
                ("fact_id", record["id"]),
                ("doc_id", doc.id),
                ("sentence", fact.sentence),
                ("start", fact.start),
                ("end", fact.end),
                ("lang", fact.lang),
            ):
                evidence[key].append(value)
    return facts, evidence


def replace_facts(
    con: duckdb.DuckDBPyConnection, docs: Sequence[Document], with_mentions: bool
) -> int:
    """Replace the facts (and mentions, if re-matched) of stored documents, in one transaction."""
    ids = [d.id for d in docs]
    con.execute("BEGIN TRANSACTION")
    try:
        tables = ("facts", "evidence", "mentions") if with_mentions else ("facts", "evidence")
        mark_stale(con, ids)
        for table in tables:
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
        if with_mentions:
            insert_columns(con, "mentions", _mention_rows(docs))
        facts, evidence = _fact_rows(docs)
        insert_columns(con, "facts", facts)
        insert_columns(con, "evidence", evidence)
        _mark_keys(con, {(f.type, f.source, f.target) for d in docs for f in d.facts})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return sum(len(d.facts) for d in docs)
