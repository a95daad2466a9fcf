"""An actor's profile: its partners ranked, what ties it to each, and who acts for it.

Partners are ranked by documents (how much evidence ties them), then by
fused facts; each partner row says which types, in which years, and the
cooperation–conflict balance of the pair (docs of fuse/balance.py). Agents
are the persons, services and forces the facts name acting for the actor
(the `agents` of the fact records), with the name the texts use most.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from bilateral.fuse import balance as weights
from bilateral.fuse.frames import Filter, fused_frame, plain_records


@dataclass
class ActorProfile:
    """One actor's ties; one DataFrame per view."""

    actor: str
    name: str | None
    partners: pd.DataFrame = field(default_factory=pd.DataFrame)
    types: pd.DataFrame = field(default_factory=pd.DataFrame)
    agents: pd.DataFrame = field(default_factory=pd.DataFrame)
    balance: float | None = None

    @property
    def empty(self) -> bool:
        return self.partners.empty

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "name": self.name,
            "balance": self.balance,
            "partners": plain_records(self.partners),
            "types": plain_records(self.types),
            "agents": plain_records(self.agents),
        }


def profile(con: duckdb.DuckDBPyConnection, actor: str) -> ActorProfile:
    """The profile of `actor` (an id of spec/actors.md), aggregated in SQL: a hub with
    tens of thousands of facts still answers in well under a second."""
    actor = actor.upper()
    fused = fused_frame(con, Filter(actor=actor))
    result = ActorProfile(actor, _name(fused, actor))
    if fused.empty:
        return result
    reports = _reports(con, actor)
    result.partners = _partners(actor, fused, reports)
    result.types = (
        fused.groupby("type")
        .agg(facts=("id", "count"), documents=("n_documents", "sum"))
        .reset_index()
        .sort_values(["documents", "type"], ascending=[False, True])
        .reset_index(drop=True)
    )
    result.agents = _agents(con, actor)
    result.balance = _balance(reports["weight"])
    return result


def _name(fused: pd.DataFrame, actor: str) -> str | None:
    for side in ("source", "target"):
        names = fused.loc[fused[side] == actor, f"{side}_name"].dropna()
        if not names.empty:
            return str(names.iloc[0])
    return None


def _reports(con: duckdb.DuckDBPyConnection, actor: str) -> pd.DataFrame:
    """One row per (document, relation) of the actor's affirmed facts, with its partner
    and its balance weight (fuse/balance.py)."""
    weight = " ".join(f"WHEN {q} THEN {w}" for q, w in weights.QUAD_WEIGHT.items())
    return con.execute(
        f"""SELECT DISTINCT doc_id, type, source, target,
                   CASE WHEN source = ? THEN target ELSE source END AS partner,
                   CASE TRY_CAST(json_extract(record, '$.quad_class') AS INTEGER)
                        {weight} ELSE 0 END AS weight
            FROM facts WHERE (source = ? OR target = ?) AND polarity != 'negated'""",
        [actor, actor, actor],
    ).df()


def _balance(weight: pd.Series) -> float | None:
    total = float(weight.abs().sum())
    return round(float(weight.sum()) / total, 3) if total else None


def _partners(actor: str, fused: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    is_source = fused["source"] == actor
    fused = fused.assign(
        partner=fused["target"].where(is_source, fused["source"]),
        partner_name=fused["target_name"].where(is_source, fused["source_name"]),
    )
    table = fused.groupby("partner").agg(
        name=("partner_name", "first"),
        facts=("id", "count"),
        first_year=("first_year", "min"),
        last_year=("last_year", "max"),
    )
    type_counts = {
        partner: dict(Counter(group).most_common())
        for partner, group in fused.groupby("partner")["type"]
    }
    table["types"] = pd.Series(type_counts, dtype=object)
    by_partner = reports.groupby("partner")
    table["documents"] = by_partner["doc_id"].nunique()
    table["balance"] = by_partner["weight"].agg(_balance)
    table["documents"] = table["documents"].fillna(0).astype(int)
    table = table.reset_index()[
        ["partner", "name", "documents", "facts", "types", "first_year", "last_year", "balance"]
    ].astype({"first_year": "Int64", "last_year": "Int64"})
    return table.sort_values(
        ["documents", "facts", "partner"], ascending=[False, False, True]
    ).reset_index(drop=True)


def _agents(con: duckdb.DuckDBPyConnection, actor: str) -> pd.DataFrame:
    """Agents acting for `actor` in its facts, with fact counts and their commonest name."""
    return con.execute(
        """WITH acting AS (
               SELECT unnest(CAST(json_extract(record, '$.agents.source') AS VARCHAR[])) AS agent
               FROM facts WHERE source = ?
               UNION ALL
               SELECT unnest(CAST(json_extract(record, '$.agents.target') AS VARCHAR[]))
               FROM facts WHERE target = ?),
           counted AS (SELECT agent, count(*) AS facts FROM acting
                       WHERE agent IS NOT NULL GROUP BY agent)
           SELECT c.agent, (SELECT mode(m.text) FROM mentions m WHERE m.actor_id = c.agent)
                  AS name, c.facts
           FROM counted c ORDER BY c.facts DESC, c.agent""",
        [actor, actor],
    ).df()
