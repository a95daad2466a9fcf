"""Exporting store tables as JSON Lines, CSV or Parquet.

Each exportable table is one SQL query, so the record a user gets is
defined in one place; offsets are code-point indices into the document's
clean text, and `text` columns are the exact slices they point to.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb

from bilateral.errors import BilateralError

FORMATS = ("jsonl", "csv", "parquet")

QUERIES: dict[str, str] = {
    "documents": """
        SELECT id, name, path, fmt, lang, langs, title, url, date, text,
               n_chars AS chars, n_paragraphs AS paragraphs, n_sentences AS sentences,
               removed, pipeline, ingested_at
        FROM documents ORDER BY name, id""",
    "paragraphs": """
        SELECT d.name AS doc, p.doc_id, p.idx, p.start, p."end", p.kind, p.lang,
               p.lang_confidence, substring(d.text, p.start + 1, p."end" - p.start) AS text
        FROM paragraphs p JOIN documents d ON d.id = p.doc_id
        ORDER BY d.name, p.doc_id, p.idx""",
    "sentences": """
        SELECT d.name AS doc, s.doc_id, s.idx, s.paragraph, s.start, s."end", s.lang,
               substring(d.text, s.start + 1, s."end" - s.start) AS text
        FROM sentences s JOIN documents d ON d.id = s.doc_id
        ORDER BY d.name, s.doc_id, s.idx""",
    "sources": "SELECT source, doc_id, name, seen_at FROM sources ORDER BY source",
    "mentions": """
        SELECT d.name AS doc, m.doc_id, m.sentence, m.start, m."end", m.text,
               m.actor_id AS id, m.endpoint, m.kind, m.confidence
        FROM mentions m JOIN documents d ON d.id = m.doc_id
        ORDER BY d.name, m.doc_id, m.start""",
    "facts": "SELECT record FROM facts ORDER BY doc_id, id",
    "fused": """
        SELECT id, type, source, target,
               json_extract_string(record, '$.source_name') AS source_name,
               json_extract_string(record, '$.target_name') AS target_name,
               polarity, modality, contested, conflicts, first_year, last_year,
               n_facts, n_documents, n_sources, langs, confidence, quad_class,
               json_extract_string(record, '$.cameo') AS cameo,
               json_extract_string(record, '$.plover') AS plover,
               CAST(json_extract(record, '$.evidence') AS VARCHAR[]) AS evidence
        FROM fused ORDER BY type, source, target, first_year NULLS FIRST, id""",
}
JSON_COLUMNS = {"removed", "record"}


def tables() -> list[str]:
    return list(QUERIES)


def export(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: TextIO | Path | None) -> int:
    """Write `table` in `fmt` to `out` (a text stream, or a path); returns rows written."""
    if table not in QUERIES:
        raise BilateralError(f"unknown table {table!r}; choose one of {', '.join(QUERIES)}")
    if fmt not in FORMATS:
        raise BilateralError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    query = QUERIES[table]
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise BilateralError("parquet is binary: give an output file with -o FILE")
        con.execute(f"COPY ({query}) TO '{_sql_path(out)}' (FORMAT parquet)")
        row = con.execute(f"SELECT count(*) FROM ({query})").fetchone()
        return int(row[0]) if row else 0
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return _write_text(con, query, fmt, stream)
    if out is None:
        raise BilateralError("no output given")
    return _write_text(con, query, fmt, out)


def _write_text(con: duckdb.DuckDBPyConnection, query: str, fmt: str, stream: TextIO) -> int:
    rows = 0
    writer = csv.writer(stream) if fmt == "csv" else None
    for names, record in _records(con, query):
        if writer is not None:
            if rows == 0:
                writer.writerow(names)
            writer.writerow([_csv_cell(record[name]) for name in names])
        elif names == ["record"]:
            stream.write(json.dumps(record["record"], ensure_ascii=False) + "\n")
        else:
            stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        rows += 1
    return rows


def _records(
    con: duckdb.DuckDBPyConnection, query: str
) -> Iterator[tuple[list[str], dict[str, Any]]]:
    cursor = con.execute(query)
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(1000):
        for row in chunk:
            record = dict(zip(names, row, strict=True))
            for name in JSON_COLUMNS.intersection(record):
                if isinstance(record[name], str):
                    record[name] = json.loads(record[name])
            yield names, record


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
