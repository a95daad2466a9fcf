"""`dyad`, `actor`, `timeline`, `fuse` and the fused/graph exports, end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from bilateral.cli.main import cli
from tests.fuse.conftest import DEAL, DEAL_AGAIN, OTHER, write


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("news")
    for name, text in (("deal.md", DEAL), ("deal_again.md", DEAL_AGAIN), ("other.txt", OTHER)):
        write(folder, name, text)
    path = str(folder / "news.duckdb")
    assert run("ingest", str(folder), "--db", path).exit_code == 0
    return path


def test_fusion_commands_have_help():
    for command in ("dyad", "actor", "timeline", "fuse"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_dyad_json(db):
    result = run("dyad", "PAK", "CHN", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    deal = next(r for r in data["relations"] if r["type"] == "ARMS_TRANSFER")
    assert deal["n_documents"] == 2 and len(deal["evidence"]) == 2
    assert data["names"] == {"PAK": "Pakistan", "CHN": "China"}


def test_dyad_table_shows_types_and_evidence(db):
    result = run("dyad", "PAK", "USA", "--db", db)
    assert result.exit_code == 0, result.output
    assert "SANCTION_PRESSURE" in result.output and "USA→PAK" in result.output
    assert "imposed sanctions on Pakistan" in result.output


def test_dyad_of_strangers_says_so(db):
    result = run("dyad", "FRA", "BRA", "--db", db)
    assert result.exit_code == 0 and "No fused facts" in result.output


def test_actor_ranks_partners(db):
    result = run("actor", "PAK", "--db", db, "--format", "json")
    assert [p["partner"] for p in json.loads(result.output)["partners"]] == ["CHN", "USA"]
    table = run("actor", "PAK", "--db", db)
    assert "partners" in table.output and "China" in table.output


def test_timeline_csv_and_chart(db):
    result = run("timeline", "--actor", "PAK", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[-1] == {"period": "2022", "type": "ARMS_TRANSFER", "facts": "1", "documents": "2"}
    chart = run("timeline", "--actor", "PAK", "--partner", "CHN", "--db", db)
    assert "█" in chart.output and "2019" in chart.output and "1990" not in chart.output


def test_export_fused_and_graphml(db, tmp_path: Path):
    result = run("export", "--db", db, "--table", "fused", "--format", "jsonl")
    fused = [json.loads(line) for line in result.output.splitlines()]
    assert all(row["evidence"] for row in fused)
    out = tmp_path / "g.graphml"
    result = run("export", "--db", db, "--format", "graphml", "-o", str(out))
    assert result.exit_code == 0
    assert nx.read_graphml(out, force_multigraph=True).number_of_edges() == len(fused)


def test_fuse_rebuild_and_missing_store(db, tmp_path: Path):
    result = run("fuse", "--db", db, "--rebuild")
    assert result.exit_code == 0 and "fused facts rebuilt" in result.output
    missing = CliRunner().invoke(cli, ["dyad", "A", "B", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no store here" in missing.output


def test_document_text_is_never_read_as_markup(tmp_path: Path):
    text = (
        "Markup\n\nThe United States imposed sanctions on Iran [/bold] in 2019 [red]today[/red].\n"
    )
    write(tmp_path, "m.txt", text)
    db = str(tmp_path / "m.duckdb")
    run("ingest", str(tmp_path / "m.txt"), "--db", db)
    for args in (("dyad", "USA", "IRN"), ("facts",)):
        result = run(*args, "--db", db)
        assert result.exit_code == 0 and "Iran [/bold] in 2019 [red]" in result.output
