"""Dyad, actor profile, timeline and graph views on the small news store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from bilateral.fuse.balance import balance
from bilateral.fuse.timeline import period_labels, timeline


def test_dyad_types_balance_money_and_best_evidence(store):
    dyad = store.dyad("PAK", "USA")
    assert set(dyad.types["type"]) == {"SANCTION_PRESSURE", "MILITARY_AID"}
    aid = dyad.types.set_index("type").loc["MILITARY_AID"]
    assert list(aid.directions) == ["USA→PAK"] and aid.first_year == 2001
    assert dyad.balance == 0.0  # material cooperation +2, material conflict -2
    money = dyad.money.iloc[0]
    assert (money.source, money.target, money.currency, money.total) == (
        "USA",
        "PAK",
        "USD",
        1e9,
    )
    best = dyad.evidence.set_index("type").loc["SANCTION_PRESSURE"]
    assert best.text == "The United States imposed sanctions on Pakistan in 1990."
    assert best.lang == "en" and best.doc == "other.txt"


def test_dyad_is_the_same_whichever_actor_comes_first(store):
    one, other = store.dyad("CHN", "PAK"), store.dyad("pak", "chn")
    assert one.fused["id"].tolist() == other.fused["id"].tolist()


def test_dyad_equipment_takes_the_largest_reported_quantity(store):
    equipment = store.dyad("CHN", "PAK").equipment
    row = equipment.iloc[0]
    assert (row.source, row.target, row.equipment, row.quantity, row.documents) == (
        "CHN",
        "PAK",
        "j_10",
        36,
        2,
    )


def test_dyad_json_carries_each_relation_with_all_its_evidence(store):
    data = json.loads(json.dumps(store.dyad("CHN", "PAK").to_json()))
    deal = next(r for r in data["relations"] if r["type"] == "ARMS_TRANSFER")
    assert {e["doc"] for e in deal["evidence"]} == {"deal.md", "deal_again.md"}
    assert all("J-10C" in e["sentence"] for e in deal["evidence"])


def test_unknown_dyad_is_empty_not_an_error(store):
    dyad = store.dyad("FRA", "BRA")
    assert dyad.empty and dyad.to_json()["relations"] == []


def test_actor_profile_ranks_partners_by_documents(store):
    profile = store.actor("PAK")
    assert profile.partners["partner"].tolist() == ["CHN", "USA"]
    chn = profile.partners.iloc[0]
    assert chn.documents == 3 and chn.types == {"ARMS_TRANSFER": 1, "JOINT_EXERCISE": 1}
    assert (chn.first_year, chn.last_year) == (2019, 2022)
    assert profile.name == "Pakistan"


def test_timeline_counts_fused_facts_in_their_first_year(store):
    table = store.timeline(actor="PAK")
    assert table.to_dict("records") == [
        {"period": "1990s", "type": "SANCTION_PRESSURE", "facts": 1, "documents": 1},
        {"period": "2001", "type": "MILITARY_AID", "facts": 1, "documents": 1},
        {"period": "2019", "type": "JOINT_EXERCISE", "facts": 1, "documents": 1},
        {"period": "2022", "type": "ARMS_TRANSFER", "facts": 1, "documents": 2},
    ]
    assert store.timeline(actor="PAK", by="decade")["period"].tolist()[0] == "1990s"


def test_period_labels_group_older_years_by_decade():
    years = pd.Series([1954, 1987, 1995, 2020, None], dtype="Int64")
    assert period_labels(years).tolist()[:4] == ["1950s", "1980s", "1995", "2020"]
    assert pd.isna(period_labels(years).tolist()[4])
    assert period_labels(years, "year").tolist()[0] == "1954"
    with pytest.raises(ValueError):
        period_labels(years, "month")


def test_timeline_of_nothing_is_an_empty_table():
    empty = pd.DataFrame(columns=["id", "type", "first_year", "n_documents"])
    assert timeline(empty).empty


def test_balance_is_document_weighted_and_ignores_negations():
    facts = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2", "d3"],
            "type": ["ARMS_TRANSFER", "ARMS_TRANSFER", "ARMED_CONFLICT", "ALLIANCE"],
            "source": ["A", "A", "A", "A"],
            "target": ["B", "B", "B", "B"],
            "polarity": ["affirmed", "affirmed", "affirmed", "negated"],
            "quad_class": [2, 2, 4, 1],
        }
    )
    assert balance(facts) == 0.0  # one report +2 (two sentences of d1), one -2; the denial 0


def test_graph_has_one_edge_per_fused_fact_and_round_trips_graphml_and_gexf(store, tmp_path: Path):
    fused = store.fused()
    graph = store.graph()
    assert graph.number_of_edges() == len(fused)
    assert graph.nodes["PAK"]["kind"] == "state" and graph.nodes["PAK"]["name"] == "Pakistan"
    edge = next(d for _, _, d in graph.edges(data=True) if d["type"] == "ARMS_TRANSFER")
    assert edge["directed"] and edge["n_documents"] == 2 and edge["first_year"] == 2022
    path = tmp_path / "g.graphml"
    assert store.export("fused", "graphml", path) == len(fused)
    loaded = nx.read_graphml(path, force_multigraph=True)
    assert loaded.number_of_edges() == len(fused)
    stream = io.StringIO()
    store.export("fused", "gexf", stream)
    gexf = tmp_path / "g.gexf"
    gexf.write_text(stream.getvalue(), encoding="utf-8")
    assert nx.read_gexf(gexf).number_of_edges() == len(fused)
