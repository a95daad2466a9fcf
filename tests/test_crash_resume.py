"""Kill -9 an ingest at random points; a re-run must leave every document stored once."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from bilateral.store import db

STATES = [
    "Chile",
    "Peru",
    "Norway",
    "Kenya",
    "Ghana",
    "Vietnam",
    "Poland",
    "Egypt",
    "Japan",
    "Brazil",
    "Canada",
    "Oman",
]
N_DOCS = 300


def _write_corpus(folder: Path) -> None:
    rng = random.Random(7)
    folder.mkdir()
    for i in range(N_DOCS):
        a, b = rng.sample(STATES, 2)
        body = " ".join(
            f"In {1990 + (i + k) % 30} the defence ministers of {a} and {b} met for talks "
            f"number {i}-{k} on training, spare parts and a joint naval drill."
            for k in range(rng.randint(20, 60))
        )
        (folder / f"doc{i:04d}.txt").write_text(f"{a} and {b}\n\n{body}\n", encoding="utf-8")


def _ingest(corpus: Path, store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bilateral",
            "ingest",
            str(corpus),
            "--db",
            str(store),
            "--batch",
            "7",
            "--quiet",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_killed_ingests_resume_to_exactly_one_copy_of_each(tmp_path):
    corpus, store = tmp_path / "corpus", tmp_path / "s.duckdb"
    _write_corpus(corpus)
    # how long start-up and a whole run take here, so that the kills land mid-run
    single = tmp_path / "single"
    single.mkdir()
    (single / "one.txt").write_text("Chile and Peru held talks.\n", encoding="utf-8")
    startup = _timed(single, tmp_path / "startup.duckdb")
    whole_run = _timed(corpus, tmp_path / "calibration.duckdb")
    work = max(whole_run - startup, 0.5)
    rng = random.Random(11)
    stored_after_kill: list[int] = []
    fraction = 0.5  # of the work phase; adapted when a kill lands too late or too early
    for attempt in range(10):
        proc = _ingest(corpus, store)
        time.sleep(startup + fraction * rng.uniform(0.7, 1.3) * work)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        stored = _check_consistent(store) if store.exists() else 0
        stored_after_kill.append(stored)
        if stored == N_DOCS:  # the run had finished: start again on a new store, earlier
            store = tmp_path / f"s{attempt}.duckdb"
            fraction *= 0.5
        elif stored == 0:
            fraction = min(0.9, fraction * 1.5)
        if sum(0 < n < N_DOCS for n in stored_after_kill) >= 3:
            break
    # kills landed mid-run, after some batches and before the last
    print("stored after each kill:", stored_after_kill)
    assert any(0 < n < N_DOCS for n in stored_after_kill), stored_after_kill
    final = _ingest(corpus, store)
    _, stderr = final.communicate(timeout=300)
    assert final.returncode == 0, stderr.decode()
    assert _check_consistent(store) == N_DOCS


def _timed(corpus: Path, store: Path) -> float:
    began = time.perf_counter()
    assert _ingest(corpus, store).wait(timeout=300) == 0
    return time.perf_counter() - began


def _check_consistent(store: Path) -> int:
    """Every stored document has all its sentences, once; returns the number stored."""
    con = db.connect(store, read_only=True)
    try:
        docs, names = con.execute("SELECT count(*), count(DISTINCT name) FROM documents").fetchone()
        assert docs == names
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == docs
        mismatched = con.execute(
            """SELECT count(*) FROM documents d
               LEFT JOIN (SELECT doc_id, count(*) AS n, count(DISTINCT idx) AS u
                          FROM sentences GROUP BY doc_id) s ON s.doc_id = d.id
               WHERE s.n IS NULL OR s.n <> d.n_sentences OR s.u <> s.n"""
        ).fetchone()[0]
        assert mismatched == 0
        orphans = con.execute(
            "SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0
        return int(docs)
    finally:
        con.close()
