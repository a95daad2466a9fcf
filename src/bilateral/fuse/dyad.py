"""The relationship between two actors at a glance.

`dyad(con, "PAK", "CHN")` gathers the fused facts between them (either
direction) and their evidence, and derives the views an analyst asks for
first: what kinds of ties and since when, how the balance of cooperation and
conflict moved, the latest change of state (RAPPROCHEMENT / ESTRANGEMENT),
the equipment and money that moved and in which direction, and the best
sentence for each type in its original language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from bilateral.extract.lexicon import SYMMETRIC
from bilateral.fuse import balance as weights
from bilateral.fuse.frames import Filter, facts_frame, fused_frame, plain_records
from bilateral.fuse.timeline import period_labels, timeline

CHANGE_TYPES = ("RAPPROCHEMENT", "ESTRANGEMENT")


@dataclass
class Dyad:
    """Everything known about the relationship of `a` and `b`; one DataFrame per view."""

    a: str
    b: str
    names: dict[str, str | None]
    fused: pd.DataFrame  # one row per fused fact
    facts: pd.DataFrame  # one row per piece of evidence
    types: pd.DataFrame = field(default_factory=pd.DataFrame)
    timeline: pd.DataFrame = field(default_factory=pd.DataFrame)
    quads: pd.DataFrame = field(default_factory=pd.DataFrame)
    balance: float | None = None
    balance_over_time: pd.DataFrame = field(default_factory=pd.DataFrame)
    latest_change: dict[str, Any] | None = None
    equipment: pd.DataFrame = field(default_factory=pd.DataFrame)
    money: pd.DataFrame = field(default_factory=pd.DataFrame)
    evidence: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def empty(self) -> bool:
        return self.fused.empty

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready summary, each fused relation with all its evidence."""
        return {
            "dyad": [self.a, self.b],
            "names": self.names,
            "balance": self.balance,
            "latest_change": self.latest_change,
            "types": plain_records(self.types),
            "relations": [self._relation(row) for row in plain_records(self.fused)],
            "timeline": plain_records(self.timeline),
            "quad_classes": plain_records(self.quads),
            "balance_over_time": plain_records(self.balance_over_time),
            "equipment": plain_records(self.equipment),
            "money": plain_records(self.money),
            "best_evidence": plain_records(self.evidence),
        }

    def _relation(self, row: dict[str, Any]) -> dict[str, Any]:
        pieces = self.facts[self.facts["fused_id"] == row["id"]]
        row["evidence"] = [
            {
                "fact": e["id"],
                "doc": e["doc"],
                "doc_date": e["doc_date"],
                "lang": e["lang"],
                "polarity": e["polarity"],
                "modality": e["modality"],
                "time": e["time_text"],
                "sentence": e["text"],
                "start": e["start"],
                "end": e["end"],
            }
            for e in plain_records(pieces)
        ]
        return row


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "auto") -> Dyad:
    """The dyad summary of actors `a` and `b` (ids as in spec/actors.md)."""
    a, b = a.upper(), b.upper()
    where = Filter(actor=a, partner=b)
    fused = fused_frame(con, where)
    facts = facts_frame(con, where)
    result = Dyad(a, b, _names(facts, a, b), fused, facts)
    if fused.empty:
        return result
    result.types = _types(fused, facts)
    result.timeline = timeline(fused, by)
    result.quads = _quads(fused, by)
    result.balance = weights.balance(facts)
    dated = facts[facts["first_year"].notna()]
    result.balance_over_time = weights.balance_by_period(
        dated, period_labels(dated["first_year"], by)
    )
    result.latest_change = _latest_change(fused, facts)
    result.equipment = equipment_moved(facts)
    result.money = money_moved(facts)
    result.evidence = best_evidence(facts)
    return result


def _names(facts: pd.DataFrame, a: str, b: str) -> dict[str, str | None]:
    names: dict[str, str | None] = {a: None, b: None}
    for side in ("source", "target"):
        for actor, name in zip(facts[side], facts[f"{side}_name"], strict=True):
            if actor in names and names[actor] is None and isinstance(name, str):
                names[actor] = name
    return names


def _types(fused: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Per type: fused facts, documents, directions, years, contested or not."""
    rows = []
    for type_name, group in fused.groupby("type", sort=False):
        evidence = facts[facts["type"] == type_name]
        arrow = "–" if type_name in SYMMETRIC else "→"
        pairs = zip(group["source"], group["target"], strict=True)
        directions = sorted({f"{s}{arrow}{t}" for s, t in pairs})
        rows.append(
            {
                "type": type_name,
                "quad_class": _int(group["quad_class"].iloc[0]),
                "facts": len(group),
                "documents": int(evidence["doc_id"].nunique()),
                "langs": sorted({lang for langs in group["langs"] for lang in langs}),
                "directions": directions,
                "first_year": _int(group["first_year"].min()),
                "last_year": _int(group["last_year"].max()),
                "contested": bool(group["contested"].any()),
                "negated_only": bool((group["polarity"] == "negated").all()),
                "confidence": float(group["confidence"].max()),
            }
        )
    table = pd.DataFrame(rows).astype({"first_year": "Int64", "last_year": "Int64"})
    return table.sort_values(
        ["documents", "facts", "type"], ascending=[False, False, True]
    ).reset_index(drop=True)


def _quads(fused: pd.DataFrame, by: str) -> pd.DataFrame:
    dated = fused[fused["first_year"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=["period", "quad_class", "facts"])
    dated = dated.assign(period=period_labels(dated["first_year"], by))
    table = dated.groupby(["period", "quad_class"]).agg(facts=("id", "count")).reset_index()
    table["quad"] = table["quad_class"].map(weights.QUAD_NAME)
    return table


def _latest_change(fused: pd.DataFrame, facts: pd.DataFrame) -> dict[str, Any] | None:
    """The most recent RAPPROCHEMENT or ESTRANGEMENT, with its years and best sentence."""
    changes = fused[fused["type"].isin(CHANGE_TYPES) & (fused["polarity"] != "negated")]
    if changes.empty:
        return None
    changes = changes.assign(
        _order=changes["last_year"].fillna(changes["first_year"]).fillna(-10_000)
    ).sort_values(["_order", "n_documents"], ascending=[False, False])
    row = changes.iloc[0]
    best = best_evidence(facts[facts["fused_id"] == row["id"]])
    return {
        "type": row["type"],
        "first_year": _int(row["first_year"]),
        "last_year": _int(row["last_year"]),
        "documents": int(row["n_documents"]),
        "evidence": plain_records(best)[0] if not best.empty else None,
    }


def equipment_moved(facts: pd.DataFrame) -> pd.DataFrame:
    """Equipment named in transfers, per direction: the largest quantity reported, years."""
    rows = []
    for e in plain_records(facts[facts["equipment"].notna() & (facts["polarity"] != "negated")]):
        for item in json.loads(e["equipment"]) or []:
            rows.append(
                {
                    "source": e["source"],
                    "target": e["target"],
                    "type": e["type"],
                    "equipment": item.get("id"),
                    "name": item.get("name"),
                    "quantity": e["quantity"],
                    "year": e["first_year"],
                    "doc_id": e["doc_id"],
                }
            )
    columns = [
        "source",
        "target",
        "type",
        "equipment",
        "name",
        "quantity",
        "first_year",
        "last_year",
        "documents",
    ]
    if not rows:
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame(rows)
    grouped = table.groupby(["source", "target", "type", "equipment"], dropna=False).agg(
        name=("name", lambda names: names.mode().iloc[0] if not names.mode().empty else None),
        quantity=("quantity", "max"),
        first_year=("year", "min"),
        last_year=("year", "max"),
        documents=("doc_id", "nunique"),
    )
    return grouped.reset_index()[columns]


def money_moved(facts: pd.DataFrame) -> pd.DataFrame:
    """Money per direction and currency. One deal reported by many documents is one
    fused fact: its largest reported amount counts once."""
    columns = ["source", "target", "type", "currency", "total", "deals"]
    valued = facts[facts["amount"].notna() & (facts["polarity"] != "negated")]
    if valued.empty:
        return pd.DataFrame(columns=columns)
    deals = valued.groupby(["source", "target", "type", "currency", "fused_id"], dropna=False)[
        "amount"
    ].max()
    table = (
        deals.reset_index()
        .groupby(["source", "target", "type", "currency"], dropna=False)
        .agg(total=("amount", "sum"), deals=("amount", "count"))
        .reset_index()
    )
    return table[columns]


def best_evidence(facts: pd.DataFrame) -> pd.DataFrame:
    """For each type, the strongest sentence: affirmed, most confident, earliest document."""
    columns = [
        "type",
        "source",
        "target",
        "lang",
        "text",
        "doc",
        "doc_date",
        "time_text",
        "polarity",
        "modality",
        "confidence",
        "id",
    ]
    if facts.empty:
        return pd.DataFrame(columns=columns)
    ranked = facts.assign(_affirmed=facts["polarity"] != "negated").sort_values(
        ["type", "_affirmed", "confidence", "doc_date", "doc", "start"],
        ascending=[True, False, False, True, True, True],
        na_position="last",
    )
    return ranked.drop_duplicates("type")[columns].reset_index(drop=True)


def _int(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)
