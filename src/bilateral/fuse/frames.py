"""Facts and fused facts as pandas DataFrames: the currency of the analysis views.

Each frame is one SQL query over the store that flattens the JSON records
into typed columns (DuckDB does the work, so a 100,000-fact store answers
in milliseconds); filters are pushed into the SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

_FACTS = """
SELECT f.id, x.fused_id, d.name AS doc, f.doc_id, f.type, f.source, f.target,
       json_extract_string(f.record, '$.source_name') AS source_name,
       json_extract_string(f.record, '$.target_name') AS target_name,
       f.polarity, f.modality,
       TRY_CAST(left(json_extract_string(f.record, '$.time.start'), 4) AS INTEGER) AS first_year,
       TRY_CAST(left(json_extract_string(f.record, '$.time.end'), 4) AS INTEGER) AS last_year,
       json_extract_string(f.record, '$.time.precision') AS time_precision,
       json_extract_string(f.record, '$.time.text') AS time_text,
       TRY_CAST(json_extract(f.record, '$.quantity') AS BIGINT) AS quantity,
       TRY_CAST(json_extract(f.record, '$.value.amount') AS DOUBLE) AS amount,
       json_extract_string(f.record, '$.value.currency') AS currency,
       json_extract_string(f.record, '$.equipment') AS equipment,
       json_extract_string(f.record, '$.agents') AS agents,
       TRY_CAST(json_extract(f.record, '$.quad_class') AS INTEGER) AS quad_class,
       f.confidence, e.lang, e.sentence, e.start, e."end",
       json_extract_string(f.record, '$.evidence.sentence') AS text,
       d.date AS doc_date, d.url, f.extractor,
       json_extract_string(f.record, '$.rule') AS rule
FROM facts f
JOIN documents d ON d.id = f.doc_id
LEFT JOIN evidence e ON e.fact_id = f.id
LEFT JOIN fused_evidence x ON x.fact_id = f.id
"""

_FUSED = """
SELECT id, type, source, target,
       json_extract_string(record, '$.source_name') AS source_name,
       json_extract_string(record, '$.target_name') AS target_name,
       polarity, modality, contested, conflicts, first_year, last_year,
       n_facts, n_documents, n_sources, langs, confidence, quad_class,
       CAST(json_extract(record, '$.evidence') AS VARCHAR[]) AS evidence
FROM fused
"""


@dataclass(slots=True)
class Filter:
    """Which facts a view is about; every field optional."""

    actor: str | None = None
    partner: str | None = None  # with `actor`: the dyad actor–partner, either direction
    type: str | None = None
    lang: str | None = None
    since: int | None = None
    until: int | None = None
    doc_id: str | None = None

    def sql(self, alias: str = "", fused: bool = False) -> tuple[str, list[Any]]:
        """A WHERE clause (without the keyword) and its parameters."""
        p = f"{alias}." if alias else ""
        conditions: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.actor and self.partner:
            conditions.append(
                f"(({p}source = ? AND {p}target = ?) OR ({p}source = ? AND {p}target = ?))"
            )
            a, b = self.actor.upper(), self.partner.upper()
            params += [a, b, b, a]
        elif self.actor:
            conditions.append(f"({p}source = ? OR {p}target = ?)")
            params += [self.actor.upper(), self.actor.upper()]
        if self.type:
            conditions.append(f"{p}type = ?")
            params.append(self.type.upper())
        year = (
            "first_year"
            if fused
            else (f"TRY_CAST(left(json_extract_string({p}record, '$.time.start'), 4) AS INTEGER)")
        )
        if self.since is not None:
            conditions.append(f"{year} >= ?")
            params.append(self.since)
        if self.until is not None:
            conditions.append(f"{year} <= ?")
            params.append(self.until)
        if self.lang and not fused:
            conditions.append(f"json_extract_string({p}record, '$.evidence.lang') = ?")
            params.append(self.lang)
        if self.doc_id and not fused:
            conditions.append(f"{p}doc_id = ?")
            params.append(self.doc_id)
        return " AND ".join(conditions), params


def facts_frame(con: duckdb.DuckDBPyConnection, where: Filter | None = None) -> pd.DataFrame:
    """One row per fact (piece of evidence), with its record flattened."""
    clause, params = (where or Filter()).sql("f")
    query = f"{_FACTS} WHERE {clause} ORDER BY d.name, f.doc_id, e.start, f.type"
    return con.execute(query, params).df()


def fused_frame(con: duckdb.DuckDBPyConnection, where: Filter | None = None) -> pd.DataFrame:
    """One row per fused fact, with its evidence ids."""
    if where is not None and (where.lang or where.doc_id):
        clause, params = where.sql("f")
        query = (
            f"{_FUSED} WHERE id IN (SELECT x.fused_id FROM fused_evidence x "
            f"JOIN facts f ON f.id = x.fact_id WHERE {clause})"
        )
    else:
        clause, params = (where or Filter()).sql("", fused=True)
        query = f"{_FUSED} WHERE {clause}"
    return con.execute(
        query + " ORDER BY n_documents DESC, confidence DESC, type, source, target", params
    ).df()


def plain_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain Python (no NaN, no numpy scalars): ready for JSON."""
    if frame is None or frame.empty:
        return []
    clean = frame.astype(object).where(frame.notna(), None)
    return [
        {str(key): _plain_value(value) for key, value in row.items()}
        for row in clean.to_dict(orient="records")
    ]


def _plain_value(value: Any) -> Any:
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    return value
