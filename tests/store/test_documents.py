import duckdb
import pytest

from bilateral.document import Document, OffsetMap, Paragraph, RemovedSpan, Sentence
from bilateral.store import db, queries
from bilateral.store.documents import Link, known_sources, write_batch


def _doc(name: str, text: str, source: str | None = None) -> Document:
    doc = Document(name=name, raw_text=text + " [1]", source=source or f"/in/{name}")
    doc.text = text
    doc.offsets = OffsetMap.identity(len(text))
    doc.removed = [RemovedSpan(len(text) + 1, len(text) + 4, "citation")]
    doc.paragraphs = [Paragraph(0, len(text), "body", "en", 0.9)]
    doc.sentences = [Sentence(0, len(text), 0, "en")]
    doc.lang, doc.langs = "en", ["en"]
    return doc


def test_batch_round_trips_a_document(tmp_path):
    con = db.connect(tmp_path / "s.duckdb")
    doc = _doc("a.txt", "Two states signed a pact.")
    write_batch(con, [doc], [], "test")
    loaded = queries.load_document(con, doc.id)
    assert loaded.text == doc.text and loaded.raw_text == doc.raw_text
    assert loaded.removed == doc.removed and loaded.offsets == doc.offsets
    assert loaded.sentences == doc.sentences and loaded.paragraphs == doc.paragraphs
    assert queries.resolve(con, "a.txt") == doc.id
    assert queries.resolve(con, doc.id[:6]) == doc.id


def test_changed_source_replaces_old_version_and_its_rows(tmp_path):
    con = db.connect(tmp_path / "s.duckdb")
    old = _doc("a.txt", "First version.")
    write_batch(con, [old], [], "test")
    new = _doc("a.txt", "Second version.")
    result = write_batch(con, [new], [], "test")
    assert result.replaced == [old.id]
    assert queries.counts(con)["documents"] == 1
    assert (
        con.execute("SELECT count(*) FROM sentences WHERE doc_id = ?", [old.id]).fetchone()[0] == 0
    )
    assert known_sources(con) == {"/in/a.txt": new.id}


def test_old_version_kept_while_another_source_still_points_to_it(tmp_path):
    con = db.connect(tmp_path / "s.duckdb")
    doc = _doc("a.txt", "Shared text.")
    write_batch(con, [doc], [Link("/in/copy.txt", doc.id, "copy.txt")], "test")
    changed = _doc("a.txt", "Edited text.")
    result = write_batch(con, [changed], [], "test")
    assert result.replaced == []
    assert queries.counts(con)["documents"] == 2


def test_failed_batch_leaves_nothing_behind(tmp_path):
    con = db.connect(tmp_path / "s.duckdb")
    doc = _doc("a.txt", "Some text.")
    write_batch(con, [doc], [], "test")
    with pytest.raises(duckdb.ConstraintException):
        write_batch(con, [_doc("b.txt", "Other."), doc], [], "test")  # duplicate key
    assert queries.counts(con)["documents"] == 1
    assert queries.counts(con)["sentences"] == 1
