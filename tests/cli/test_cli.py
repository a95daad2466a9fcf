"""The `bilateral` command end to end, on files written by the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilateral.cli.main import cli

GOOD = (
    "Naval cooperation\n\n"
    "The navies of Chile and Peru held a joint exercise off Arica in March 2023. "
    "Officials said the drill tested search and rescue at sea.\n\n"
    "Both governments plan a second round next year, according to the defence ministry.\n"
)


def run(*args: str, input: bytes | None = None):  # noqa: A002
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(tmp_path / "t.duckdb")


def test_every_command_has_help():
    for command in ("ingest", "docs", "show", "export", "bench"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_ingest_docs_show_export(tmp_path, store):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "chile.txt").write_text(GOOD, encoding="utf-8")
    result = run("ingest", str(tmp_path / "in"), "--db", store)
    assert result.exit_code == 0, result.output
    assert "ingested 1 new" in result.output

    listing = run("docs", "--db", store, "--format", "jsonl")
    rows = [json.loads(line) for line in listing.output.splitlines()]
    assert [(r["name"], r["lang"], r["title"]) for r in rows] == [
        ("chile.txt", "en", "Naval cooperation")
    ]
    assert rows[0]["sentences"] == 4  # the heading is a sentence of its own

    shown = run("show", "chile.txt", "--db", store)
    assert shown.exit_code == 0
    assert "== Naval cooperation" in shown.output
    assert "(en) Officials said the drill tested search and rescue at sea." in shown.output

    exported = run("export", "--db", store, "--table", "sentences")
    sentences = [json.loads(line) for line in exported.output.splitlines()]
    assert [s["text"] for s in sentences][-1].startswith("Both governments plan")

    out = tmp_path / "docs.csv"
    assert (
        run(
            "export", "--db", store, "--table", "documents", "--format", "csv", "-o", str(out)
        ).exit_code
        == 0
    )
    assert out.read_text(encoding="utf-8").startswith("id,name,path")


def test_ingesting_twice_adds_nothing(tmp_path, store):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    run("ingest", str(path), "--db", store)
    again = run("ingest", str(path), "--db", store)
    assert again.exit_code == 0
    assert "ingested 0 new, 1 already stored" in again.output
    rows = run("docs", "--db", store, "--format", "jsonl").output.splitlines()
    assert len(rows) == 1


def test_changed_file_replaces_its_old_version(tmp_path, store):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    run("ingest", str(path), "--db", store)
    path.write_text(GOOD.replace("Arica", "Iquique"), encoding="utf-8")
    result = run("ingest", str(path), "--db", store)
    assert "1 replaced" in result.output
    exported = run("export", "--db", store, "--table", "documents").output.splitlines()
    assert len(exported) == 1 and "Iquique" in json.loads(exported[0])["text"]


def test_stdin_is_a_document(store):
    result = run("ingest", "-", "--db", store, input=GOOD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    rows = [
        json.loads(x) for x in run("docs", "--db", store, "--format", "jsonl").output.splitlines()
    ]
    assert rows[0]["name"] == "stdin"


def test_bad_inputs_warn_once_each_and_good_one_is_ingested(tmp_path, store):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    )
    (folder / "broken-utf8.txt").write_bytes(
        "Quân đội hai nước tập trận. ".encode() * 5 + b"\xff\xfe\xc3("
    )
    (folder / "huge.txt").write_bytes(b"x" * 2_100_000)
    (folder / "bad.html").write_text("<html><body><div><p>unclosed", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": GOOD}) + "\n{not json}\n", encoding="utf-8"
    )
    result = run("ingest", str(folder), "--db", store, "--max-size", "2")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    for name in (
        "empty.txt",
        "binary.txt",
        "broken-utf8.txt",
        "huge.txt",
        "bad.html",
        "broken.pdf",
        "feed.jsonl:2",
    ):
        assert sum(name in w for w in warnings) == 1, (name, warnings)
    assert len(warnings) == 7
    assert "ingested 1 new, 1 already stored" in result.output  # the JSONL line repeats good.txt
    assert "7 skipped" in result.output


def test_nothing_ingested_exits_1(tmp_path, store):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("ingest", str(tmp_path / "empty.txt"), "--db", store)
    assert result.exit_code == 1
    assert "warning:" in result.output and "empty" in result.output


def test_usage_errors_exit_2(store):
    assert run("ingest", "--db", store).exit_code == 2  # no input
    assert run("export", "--db", store, "--format", "parquet").exit_code == 2


def test_missing_store_is_one_clear_line(tmp_path):
    result = run("docs", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert result.output.strip().startswith("error:") and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_document_is_one_clear_line(tmp_path, store):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"), "--db", store)
    result = run("show", "nope.txt", "--db", store)
    assert result.exit_code == 1 and "no document named 'nope.txt'" in result.output


def test_parquet_export(tmp_path, store):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"), "--db", store)
    out = tmp_path / "s.parquet"
    assert (
        run(
            "export", "--db", store, "--table", "sentences", "--format", "parquet", "-o", str(out)
        ).exit_code
        == 0
    )
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 4
