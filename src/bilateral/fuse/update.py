"""Keeping the fused view in step with the facts, incrementally.

The store queues the keys (type, source, target) of every fact whose
documents were added, linked, replaced or re-extracted (`fuse_queue`). Here
each queued key is fused again from all its facts and its rows in `fused`
are replaced, in one transaction: a key's fusion depends only on its own
facts, so refreshing the queued keys gives the same view as a full rebuild
at a fraction of the cost. A crash leaves the queue in place for next time.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

import duckdb

from bilateral.fuse.fusion import Evidence, FusedFact, fuse
from bilateral.store.documents import insert_columns

Key = tuple[str, str, str]

# Only what fusion reads, extracted by DuckDB: parsing whole records in Python
# would cost more than the fusion itself.
_QUEUED_FACTS = """
SELECT f.id, f.doc_id, f.type, f.source, f.target, f.polarity, f.modality, f.confidence,
       json_extract_string(f.record, '$.time.start') AS time_start,
       json_extract_string(f.record, '$.time.end') AS time_end,
       json_extract_string(f.record, '$.time.precision') AS precision,
       json_extract_string(f.record, '$.evidence.lang') AS lang,
       TRY_CAST(json_extract(f.record, '$.quad_class') AS INTEGER) AS quad_class,
       json_extract_string(f.record, '$.cameo') AS cameo,
       json_extract_string(f.record, '$.plover') AS plover,
       json_extract_string(f.record, '$.source_name') AS source_name,
       json_extract_string(f.record, '$.target_name') AS target_name
FROM facts f JOIN fuse_queue q
  ON q.type = f.type AND q.source = f.source AND q.target = f.target
ORDER BY f.type, f.source, f.target, f.id
"""
_DOCUMENT_ORIGINS = """
SELECT d.id, d.url, d.date, list(s.source ORDER BY s.source) AS sources
FROM documents d LEFT JOIN sources s ON s.doc_id = d.id
WHERE d.id IN (SELECT unnest(?))
GROUP BY d.id, d.url, d.date
"""
_FUSED_COLUMNS = (
    "id",
    "type",
    "source",
    "target",
    "polarity",
    "modality",
    "contested",
    "conflicts",
    "first_year",
    "last_year",
    "n_facts",
    "n_documents",
    "n_sources",
    "langs",
    "confidence",
    "quad_class",
    "record",
)


def pending(con: duckdb.DuckDBPyConnection) -> int:
    """Keys waiting to be fused again."""
    row = con.execute("SELECT count(*) FROM fuse_queue").fetchone()
    return int(row[0]) if row else 0


def rebuild(con: duckdb.DuckDBPyConnection) -> int:
    """Fuse every fact again (after a change to the fusion rules); returns fused facts."""
    con.execute(
        "INSERT INTO fuse_queue SELECT DISTINCT type, source, target FROM facts "
        "ON CONFLICT DO NOTHING"
    )
    update(con)
    row = con.execute("SELECT count(*) FROM fused").fetchone()
    return int(row[0]) if row else 0


def update(con: duckdb.DuckDBPyConnection) -> int:
    """Fuse the queued keys again and empty the queue, in one transaction; returns keys done."""
    con.execute("BEGIN TRANSACTION")
    try:
        keys = [tuple(r) for r in con.execute("SELECT * FROM fuse_queue").fetchall()]
        if keys:
            fused = _fuse_queued(con)
            con.execute(
                "DELETE FROM fused_evidence WHERE fused_id IN (SELECT f.id FROM fused f "
                "JOIN fuse_queue q ON q.type = f.type AND q.source = f.source "
                "AND q.target = f.target)"
            )
            con.execute(
                "DELETE FROM fused WHERE EXISTS (SELECT 1 FROM fuse_queue q WHERE "
                "q.type = fused.type AND q.source = fused.source AND q.target = fused.target)"
            )
            _write(con, fused)
            con.execute("DELETE FROM fuse_queue")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(keys)


def _fuse_queued(con: duckdb.DuckDBPyConnection) -> list[FusedFact]:
    by_key: dict[Key, list[tuple[str, str, dict]]] = defaultdict(list)
    cursor = con.execute(_QUEUED_FACTS)
    while rows := cursor.fetchmany(10_000):
        for row in rows:
            fact_id, doc_id, type_name, source, target = row[:5]
            by_key[(type_name, source, target)].append((fact_id, doc_id, _record(row)))
    doc_ids = sorted({doc_id for rows in by_key.values() for _, doc_id, _ in rows})
    origins = _origins(con, doc_ids)
    fused: list[FusedFact] = []
    for key in sorted(by_key):
        evidence = [
            Evidence(fact_id, doc_id, record, *origins.get(doc_id, ((doc_id,), 1, None)))
            for fact_id, doc_id, record in by_key[key]
        ]
        fused.extend(fuse(evidence))
    return fused


def _record(row: tuple) -> dict:
    """The part of a fact record fusion reads, shaped as the record (spec/facts.md)."""
    (_, _, type_name, source, target, polarity, modality, confidence, start, end, precision,
     lang, quad_class, cameo, plover, source_name, target_name) = row  # fmt: skip
    return {
        "type": type_name,
        "source": source,
        "target": target,
        "source_name": source_name,
        "target_name": target_name,
        "polarity": polarity,
        "modality": modality,
        "confidence": confidence,
        "time": {"start": start, "end": end, "precision": precision} if start else None,
        "quad_class": quad_class,
        "cameo": cameo,
        "plover": plover,
        "evidence": {"lang": lang},
    }


def _origins(
    con: duckdb.DuckDBPyConnection, doc_ids: list[str]
) -> dict[str, tuple[tuple[str, ...], int, int | None]]:
    """doc id → (origins, copies, year of the document)."""
    found = {}
    for doc_id, url, date, sources in con.execute(_DOCUMENT_ORIGINS, [doc_ids]).fetchall():
        files = tuple(s for s in (sources or []) if s) or (doc_id,)
        host = host_of(url)
        year = int(date[:4]) if date and date[:4].isdigit() else None
        found[doc_id] = ((host,) if host else files, len(files), year)
    return found


def host_of(url: str | None) -> str | None:
    """The host a URL names, without `www.`: two pages of one outlet are one source."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _write(con: duckdb.DuckDBPyConnection, fused: Iterable[FusedFact]) -> None:
    rows: dict[str, list] = {name: [] for name in _FUSED_COLUMNS}
    links: dict[str, list] = {"fused_id": [], "fact_id": [], "doc_id": []}
    for fact in fused:
        record = fact.record()
        for name in _FUSED_COLUMNS:
            value = record.get(name)
            rows[name].append(json.dumps(record, ensure_ascii=False) if name == "record" else value)
        for e in fact.evidence:
            links["fused_id"].append(record["id"])
            links["fact_id"].append(e.fact_id)
            links["doc_id"].append(e.doc_id)
    insert_columns(con, "fused", rows)
    insert_columns(con, "fused_evidence", links)
