"""`actors`, `kb lookup`, `kb stats` and user KB files, end to end."""

from __future__ import annotations

import json

from click.testing import CliRunner

from bilateral.cli.main import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_lookup_finds_a_state_by_its_vietnamese_name():
    result = run("kb", "lookup", "Hoa Kỳ", "--format", "json")
    assert result.exit_code == 0
    found = json.loads(result.output)
    assert [e["id"] for e in found] == ["USA"]
    assert "en" in found[0]["names"] and "ar" in found[0]["names"]


def test_lookup_of_an_arabic_demonym_and_an_agent():
    demonym = json.loads(run("kb", "lookup", "باكستاني", "--format", "json").output)
    assert [(e["id"], e["matched"][0]["as"]) for e in demonym] == [("PAK", "demonym")]
    agent = json.loads(run("kb", "lookup", "ISI", "--format", "json").output)
    assert agent[0]["id"] == "PAK.ISI" and agent[0]["endpoint"] == "PAK"


def test_lookup_of_nothing_known_exits_1():
    result = run("kb", "lookup", "Atlantis Republic of Nowhere")
    assert result.exit_code == 1 and "no KB entry" in result.output


def test_stats_counts_kinds_and_languages():
    data = json.loads(run("kb", "stats", "--format", "json").output)
    assert data["entities"]["state"] >= 253
    assert data["entities"]["person"] >= 1500
    assert data["entities"]["equipment"] >= 400
    assert all(data["names"].get(code, 0) > 100 for code in ("en", "ar", "vi", "ru", "zh"))


def test_user_kb_file_adds_an_entity_that_wins(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "- id: ZZ_FRONT\n  kind: armed_group\n  name: Zeta Liberation Front\n"
        "  aliases: [Zeta Front, ZLF]\n",
        encoding="utf-8",
    )
    doc = tmp_path / "doc.txt"
    doc.write_text("Chile accused the Zeta Front of attacks near the border.\n", encoding="utf-8")
    store = str(tmp_path / "s.duckdb")
    assert (
        run("ingest", str(doc), "--db", store, "--kb", str(tmp_path / "mine.yaml")).exit_code == 0
    )
    actors = [
        json.loads(line)
        for line in run("actors", "--db", store, "--format", "jsonl").output.splitlines()
    ]
    assert {a["actor"] for a in actors} == {"CHL", "ZZ_FRONT"}
    looked = json.loads(
        run("kb", "lookup", "ZLF", "--kb", str(tmp_path / "mine.yaml"), "--format", "json").output
    )
    assert looked[0]["id"] == "ZZ_FRONT"


def test_actors_per_document(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(
        "Kenya and Ethiopia held talks in Nairobi on border security.\n", encoding="utf-8"
    )
    store = str(tmp_path / "s.duckdb")
    run("ingest", str(doc), "--db", store)
    rows = [
        json.loads(line)
        for line in run(
            "actors", "--db", store, "--doc", "a.txt", "--format", "jsonl"
        ).output.splitlines()
    ]
    by_actor = {r["actor"]: r for r in rows}
    assert set(by_actor) == {"KEN", "ETH"}
    assert by_actor["KEN"]["mentions"] == 2 and "capital" in by_actor["KEN"]["kinds"]
