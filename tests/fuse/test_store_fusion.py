"""The fused view in the store: built on ingest, incremental, sources and contested facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import bilateral
from tests.fuse.conftest import DEAL, DENIAL, write


def fused_rows(kb: bilateral.Bilateral) -> list[tuple]:
    return kb.con.execute(
        "SELECT type, source, target, first_year, n_facts, n_documents, n_sources, contested "
        "FROM fused ORDER BY ALL"
    ).fetchall()


def test_ingest_fuses_the_same_deal_from_two_pages_of_one_outlet(store):
    deal = store.fused(actor="CHN", type="ARMS_TRANSFER")
    assert len(deal) == 1
    row = deal.iloc[0]
    assert (row.source, row.target, row.first_year) == ("CHN", "PAK", 2022)
    assert (row.n_facts, row.n_documents, row.n_sources) == (2, 2, 1)  # one URL host
    assert store.pending_fusion() == 0


def test_every_fact_is_evidence_of_exactly_one_fused_fact(store):
    facts = store.facts()
    assert facts["fused_id"].notna().all()
    fused = store.fused()
    assert sorted(fused["n_facts"].tolist()) == sorted(facts.groupby("fused_id").size().tolist())


def test_same_story_in_two_files_without_url_is_two_documents_and_two_sources(tmp_path: Path):
    story = "Deal\n\nChina delivered 36 J-10C fighter jets to Pakistan in 2022.\n"
    write(tmp_path, "one.txt", story)
    write(tmp_path, "two.txt", story)  # the same text: one stored document, two sources
    with bilateral.open(tmp_path / "s.duckdb") as kb:
        kb.ingest([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")])
        assert kb.counts()["documents"] == 1
        [row] = fused_rows(kb)
    assert row[:3] == ("ARMS_TRANSFER", "CHN", "PAK")
    assert row[5:7] == (2, 2)


def test_same_story_in_two_files_with_one_url_host_is_one_source(tmp_path: Path):
    write(tmp_path, "one.md", DEAL)
    write(tmp_path, "two.md", DEAL)
    with bilateral.open(tmp_path / "s.duckdb") as kb:
        kb.ingest([str(tmp_path)])
        [row] = fused_rows(kb)
    assert row[5:7] == (2, 1)


def test_a_denial_flags_the_fused_fact_contested_and_updates_only_its_key(news, tmp_path: Path):
    folder = tmp_path / "news"
    shutil.copytree(news, folder)
    with bilateral.open(tmp_path / "s.duckdb") as kb:
        kb.ingest([str(folder)])
        before = {r.id: r for r in kb.fused().itertuples()}
        write(folder, "denial.txt", DENIAL)
        kb.ingest([str(folder)])
        after = {r.id: r for r in kb.fused().itertuples()}
        deal = kb.fused(actor="CHN", type="ARMS_TRANSFER").iloc[0]
        assert bool(deal.contested) and list(deal.conflicts) == ["polarity"]
        assert deal.polarity == "affirmed" and deal.n_documents == 3
        unchanged = {i for i, r in before.items() if r.type != "ARMS_TRANSFER"}
        assert unchanged <= set(after)
        incremental = fused_rows(kb)
        kb.fuse(rebuild=True)
        assert fused_rows(kb) == incremental  # incremental = from scratch


def test_removing_a_source_document_updates_the_fused_fact(news, tmp_path: Path):
    folder = tmp_path / "news"
    shutil.copytree(news, folder)
    with bilateral.open(tmp_path / "s.duckdb") as kb:
        kb.ingest([str(folder)])
        write(folder, "deal_again.md", "Nothing here about arms.\n")  # the file changed
        kb.ingest([str(folder)])
        deal = kb.fused(actor="CHN", type="ARMS_TRANSFER").iloc[0]
    assert (deal.n_facts, deal.n_documents) == (1, 1)


def test_an_interrupted_fusion_is_finished_by_the_next_run(news, tmp_path: Path):
    with bilateral.open(tmp_path / "s.duckdb") as kb:
        kb.ingest([str(news)])
        expected = fused_rows(kb)
        kb.con.execute("DELETE FROM fused")
        kb.con.execute(
            "INSERT INTO fuse_queue SELECT DISTINCT type, source, target FROM facts "
            "ON CONFLICT DO NOTHING"
        )  # as a kill between the batch and its fusion leaves it
        assert kb.pending_fusion() > 0
        assert kb.fused().shape[0] == len(expected)  # a writable store catches up on read
        assert fused_rows(kb) == expected
