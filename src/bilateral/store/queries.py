"""Reading the store back: document lists, one document with its units."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from bilateral.document import Document, Mention, OffsetMap, Paragraph, RemovedSpan, Sentence
from bilateral.errors import BilateralError

DOCUMENT_SUMMARY = """
SELECT id, name, title, lang, langs, n_chars AS chars, n_sentences AS sentences,
       date, url, path, fmt, ingested_at
FROM documents ORDER BY name, id
"""


def list_documents(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cursor = con.execute(DOCUMENT_SUMMARY)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def resolve(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """The id of the document named `key`: a file name, a source path, an id or an id prefix."""
    rows = con.execute(
        """
        SELECT DISTINCT id FROM documents WHERE name = ? OR id = ? OR path = ?
        UNION SELECT DISTINCT doc_id FROM sources WHERE source = ? OR name = ?
        """,
        [key, key, key, key, key],
    ).fetchall()
    if not rows and len(key) >= 4:
        rows = con.execute("SELECT id FROM documents WHERE starts_with(id, ?)", [key]).fetchall()
    if not rows:
        raise BilateralError(f"no document named {key!r} in the store; `bilateral docs` lists them")
    if len(rows) > 1:
        ids = ", ".join(sorted(r[0] for r in rows))
        raise BilateralError(f"{key!r} names several documents ({ids}); give an id instead")
    return str(rows[0][0])


def load_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> Document:
    row = con.execute(
        """SELECT name, path, fmt, title, url, date, lang, langs, raw_text, text,
                  removed, offset_map FROM documents WHERE id = ?""",
        [doc_id],
    ).fetchone()
    if row is None:
        raise BilateralError(f"no document with id {doc_id}")
    name, path, fmt, title, url, date, lang, langs, raw, text, removed, offsets = row
    doc = Document(
        name=name, raw_text=raw, source=path or "", fmt=fmt, title=title, url=url, date=date
    )
    doc.text, doc.lang, doc.langs = text, lang, list(langs or [])
    doc.removed = [RemovedSpan(**r) for r in json.loads(removed or "[]")]
    doc.offsets = OffsetMap.from_json(json.loads(offsets or "[]"))
    doc.paragraphs = [
        Paragraph(start, end, kind, plang, conf)
        for start, end, kind, plang, conf in con.execute(
            'SELECT start, "end", kind, lang, lang_confidence FROM paragraphs '
            "WHERE doc_id = ? ORDER BY idx",
            [doc_id],
        ).fetchall()
    ]
    doc.sentences = [
        Sentence(start, end, para, slang)
        for start, end, para, slang in con.execute(
            'SELECT start, "end", paragraph, lang FROM sentences WHERE doc_id = ? ORDER BY idx',
            [doc_id],
        ).fetchall()
    ]
    doc.mentions = [
        Mention(*row)
        for row in con.execute(
            'SELECT start, "end", sentence, text, actor_id, endpoint, kind, confidence '
            'FROM mentions WHERE doc_id = ? ORDER BY start, "end", endpoint',
            [doc_id],
        ).fetchall()
    ]
    return doc


def actor_summary(
    con: duckdb.DuckDBPyConnection, doc_id: str | None = None
) -> list[dict[str, Any]]:
    """Actors found: endpoint, mentions, documents, languages, kinds, the ids matched."""
    conditions, params = ["m.endpoint IS NOT NULL"], []
    if doc_id:
        conditions.append("m.doc_id = ?")
        params.append(doc_id)
    cursor = con.execute(
        f"""SELECT m.endpoint AS actor, count(*) AS mentions,
                   count(DISTINCT m.doc_id) AS documents,
                   list(DISTINCT s.lang ORDER BY s.lang) AS langs,
                   list(DISTINCT m.kind ORDER BY m.kind) AS kinds,
                   list(DISTINCT m.actor_id ORDER BY m.actor_id) AS ids
            FROM mentions m
            LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
            WHERE {" AND ".join(conditions)}
            GROUP BY m.endpoint ORDER BY mentions DESC, actor""",
        params,
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = ("documents", "sources", "paragraphs", "sentences", "mentions", "facts")
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}  # type: ignore[index]


def fact_records(
    con: duckdb.DuckDBPyConnection,
    actor: str | None = None,
    type_name: str | None = None,
    lang: str | None = None,
    since: int | None = None,
    doc_id: str | None = None,
) -> list[dict[str, Any]]:
    """Fact records (spec/facts.md), filtered; `since` compares the fact's first year."""
    conditions: list[str] = ["TRUE"]
    params: list[Any] = []
    if actor:
        conditions.append("(source = ? OR target = ?)")
        params += [actor.upper(), actor.upper()]
    if type_name:
        conditions.append("type = ?")
        params.append(type_name.upper())
    if lang:
        conditions.append("json_extract_string(record, '$.evidence.lang') = ?")
        params.append(lang)
    if doc_id:
        conditions.append("doc_id = ?")
        params.append(doc_id)
    if since is not None:
        conditions.append(
            "TRY_CAST(left(json_extract_string(record, '$.time.start'), 4) AS INTEGER) >= ?"
        )
        params.append(since)
    rows = con.execute(
        f"SELECT record FROM facts WHERE {' AND '.join(conditions)} "
        "ORDER BY doc_id, json_extract(record, '$.evidence.start'), type",
        params,
    ).fetchall()
    return [json.loads(row[0]) for row in rows]
