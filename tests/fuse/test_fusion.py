"""Fusion rules on hand-made evidence: time compatibility, conflicts, counts, confidence."""

from __future__ import annotations

from typing import Any

from bilateral.fuse.fusion import Evidence, fuse, years_of


def evidence(
    fact_id: str,
    doc_id: str,
    time: dict[str, Any] | None = None,
    polarity: str = "affirmed",
    modality: str = "actual",
    confidence: float = 0.8,
    origins: tuple[str, ...] | None = None,
    copies: int = 1,
    doc_year: int | None = None,
    lang: str = "en",
) -> Evidence:
    record = {
        "type": "ARMS_TRANSFER",
        "source": "CHN",
        "target": "PAK",
        "polarity": polarity,
        "modality": modality,
        "confidence": confidence,
        "time": time,
        "quad_class": 2,
        "evidence": {"lang": lang},
    }
    return Evidence(fact_id, doc_id, record, origins or (doc_id,), copies, doc_year)


def year(y: int, last: int | None = None) -> dict[str, Any]:
    return {"text": str(y), "start": str(y), "end": str(last or y), "precision": "year"}


def test_document_date_is_no_time_of_the_fact():
    assert years_of({"start": "2013-04-01", "end": "2013-04-01", "precision": "document"}) is None
    assert years_of({"start": "1980", "end": "1989", "precision": "decade"}) == (1980, 1989)
    assert years_of({"start": "2008-05", "end": "2008-05", "precision": "month"}) == (2008, 2008)
    assert years_of(None) is None


def test_equal_nested_and_overlapping_times_fuse_disjoint_ones_do_not():
    fused = fuse(
        [
            evidence("f1", "d1", year(2008)),
            evidence("f2", "d2", year(2008)),
            evidence("f3", "d3", {"start": "2000", "end": "2009", "precision": "decade"}),
            evidence("f4", "d4", year(2018)),
        ]
    )
    assert [sorted(e.fact_id for e in f.evidence) for f in fused] == [["f1", "f2", "f3"], ["f4"]]
    assert [f.years for f in fused] == [(2000, 2009), (2018, 2018)]


def test_undated_fact_joins_the_latest_group_begun_by_its_document_year():
    fused = fuse(
        [
            evidence("f1", "d1", year(2008)),
            evidence("f2", "d2", year(2018)),
            evidence("f3", "d3", doc_year=2012),  # reported in 2012: the 2008 deal
            evidence("f4", "d4"),  # no date at all: the largest group
        ]
    )
    groups = {f.years: sorted(e.fact_id for e in f.evidence) for f in fused}
    assert groups[(2008, 2008)][:2] == ["f1", "f3"]
    assert len(fused) == 2
    assert sum(len(f.evidence) for f in fused) == 4  # nothing lost


def test_only_undated_facts_make_one_fused_fact_without_years():
    fused = fuse([evidence("f1", "d1"), evidence("f2", "d2")])
    assert len(fused) == 1
    assert fused[0].years == (None, None)


def test_affirmed_and_negated_evidence_is_kept_and_flagged():
    [fused] = fuse([evidence("f1", "d1", year(2022)), evidence("f2", "d2", polarity="negated")])
    assert fused.polarity == "affirmed"
    assert fused.conflicts == ["polarity"]
    assert fused.record()["contested"] is True
    assert fused.record()["n_facts"] == 2


def test_only_negated_evidence_gives_a_negated_fused_fact():
    [fused] = fuse([evidence("f1", "d1", polarity="negated")])
    assert fused.polarity == "negated"
    assert fused.conflicts == []


def test_strongest_modality_and_actual_versus_alleged_conflict():
    [fused] = fuse(
        [evidence("f1", "d1", modality="planned"), evidence("f2", "d2", modality="alleged")]
    )
    assert fused.modality == "alleged"
    assert fused.conflicts == []
    [fused] = fuse([evidence("f1", "d1"), evidence("f2", "d2", modality="alleged")])
    assert fused.modality == "actual"
    assert fused.conflicts == ["modality"]


def test_confidence_grows_with_documents_not_with_sentences_of_one_document():
    one_doc = fuse([evidence("f1", "d1", confidence=0.5), evidence("f2", "d1", confidence=0.5)])
    two_docs = fuse([evidence("f1", "d1", confidence=0.5), evidence("f2", "d2", confidence=0.5)])
    assert one_doc[0].confidence == 0.5
    assert two_docs[0].confidence == 0.75


def test_documents_count_copies_and_sources_count_origins():
    [fused] = fuse(
        [
            evidence("f1", "d1", origins=("dawn.com",), copies=2),  # one text, two files
            evidence("f2", "d1", origins=("dawn.com",), copies=2),  # a second sentence of it
            evidence("f3", "d2", origins=("dawn.com",)),
            evidence("f4", "d3", origins=("news/c.txt",), lang="ur"),
        ]
    )
    assert fused.n_documents == 4
    assert fused.n_sources == 2
    assert fused.langs == ["en", "ur"]


def test_fused_id_is_stable_whatever_the_order_of_evidence():
    items = [evidence("f1", "d1", year(2008)), evidence("f2", "d2", year(2008))]
    assert fuse(items)[0].id == fuse(list(reversed(items)))[0].id
