"""Issue acceptance on the development documents (skips without ../shared)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import bilateral

BOILERPLATE = [
    "Bản mẫu:",
    "[edit]",
    "You can edit almost every page",
    "İlgili İçerikler",
    "Retrieved 15 July 2013",
    "Template:",
    "Son Yazılar",
]
CITATION = re.compile(r"\[(?:\d+|edit)\]")


@pytest.fixture(scope="module")
def kb(tmp_path_factory, request):
    docs = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev" / "docs"
    if not docs.is_dir():
        pytest.skip("../shared/eval/dev is not checked out beside the repository")
    store = bilateral.open(tmp_path_factory.mktemp("dev") / "dev.duckdb")
    report = store.ingest([str(docs)])
    assert not report.skipped
    yield store
    store.close()


def test_four_documents_with_their_languages(kb):
    rows = kb.documents()
    assert [r["lang"] for r in sorted(rows, key=lambda r: r["name"])] == ["vi", "en", "ar", "en"]


def test_ingesting_again_adds_nothing(kb, dev_docs):
    report = kb.ingest([str(dev_docs)])
    assert (report.inserted, report.unchanged) == (0, 4)
    assert kb.counts()["documents"] == 4


def test_boilerplate_is_gone(kb):
    for row in kb.documents():
        text = kb.document(row["id"]).text
        for marker in BOILERPLATE:
            assert marker not in text, (row["name"], marker)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", CITATION.sub("", text))


def test_every_body_sentence_is_kept(kb):
    """Each long raw line (article body), minus citation markers, survives cleaning.

    Spaces are ignored because un-gluing inserts some.
    """
    for row in kb.documents():
        doc = kb.document(row["id"])
        clean = _squeeze(doc.text)
        for line in doc.raw_text.splitlines():
            line = " ".join(line.split())  # no-break spaces and runs of blanks
            if len(line) < 120 or any(
                m in line for m in BOILERPLATE + ["Note: The views", "Retrieved"]
            ):
                continue
            for piece in re.split(r"(?<=[.!?])\s+", line):
                assert _squeeze(piece).rstrip(".") in clean, (row["name"], piece[:80])


def test_glued_words_are_separated(kb):
    texts = {r["name"]: kb.document(r["id"]).text for r in kb.documents()}
    vi = next(t for n, t in texts.items() if n.startswith("000"))
    assert "Anh Quốc Hoa Kỳ" in vi and "Pakistan Trung Quốc" in vi
    ar = next(t for n, t in texts.items() if n.startswith("002"))
    assert "2001 كانت" in ar


def test_every_sentence_span_lies_in_a_paragraph_and_the_map_leads_back(kb):
    for row in kb.documents():
        doc = kb.document(row["id"])
        assert doc.sentences
        for sent in doc.sentences:
            para = doc.paragraphs[sent.paragraph]
            assert para.start <= sent.start < sent.end <= para.end
            raw_start, _ = doc.offsets.raw_span(sent.start, sent.end)
            assert doc.raw_text[raw_start] == doc.text[sent.start]


def test_every_gold_actor_is_among_the_mentions_of_its_document(kb):
    """Issue 3 acceptance: recall 1.0 of the gold facts' endpoints per document."""
    import json

    gold_path = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
    wanted: dict[str, set[str]] = {}
    for line in (gold_path / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            wanted.setdefault(record["doc"], set()).update((record["source"], record["target"]))
    for row in kb.documents():
        found = {m.endpoint for m in kb.document(row["id"]).mentions}
        assert wanted[row["name"]] <= found, (row["name"], sorted(wanted[row["name"]] - found))


def test_dyad_pak_usa_fuses_military_aid_across_vietnamese_and_arabic(kb):
    dyad = kb.dyad("PAK", "USA")
    aid = dyad.fused[dyad.fused["type"] == "MILITARY_AID"]
    assert len(aid) == 1 and {"vi", "ar"} <= set(aid.iloc[0]["langs"])
    relation = next(r for r in dyad.to_json()["relations"] if r["type"] == "MILITARY_AID")
    assert {e["lang"] for e in relation["evidence"]} >= {"vi", "ar"}
    assert (relation["source"], relation["target"]) == ("USA", "PAK")
    estrangement = dyad.types.set_index("type").loc["ESTRANGEMENT"]
    assert estrangement["first_year"] is not None and not pd.isna(estrangement["first_year"])


def test_dyad_pak_chn_shows_the_ties_of_the_gold(kb):
    types = set(kb.dyad("PAK", "CHN").types["type"])
    assert {
        "ARMS_TRANSFER",
        "DEFENCE_INDUSTRY",
        "JOINT_EXERCISE",
        "ALLIANCE",
        "ECONOMIC_SUPPORT",
    } <= types
