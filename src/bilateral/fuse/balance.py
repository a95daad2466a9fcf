"""The cooperation–conflict balance of a set of facts, weighted by documents.

Each (document, relation) pair counts once — a relation being a type
between two actors in a direction: forty sentences of one article
about one deal weigh as one report, forty articles as forty. Its weight comes
from the QuadClass of the type (spec/ontology.md), material acts counting
double verbal ones, as in the Goldstein-style scales analysts know:

    1 verbal cooperation +1     2 material cooperation +2
    3 verbal conflict    -1     4 material conflict    -2

balance = Σ weights / Σ |weights|, from -1 (only conflict) to +1 (only
cooperation); 0 is an even mix. Negated facts do not count.
"""

from __future__ import annotations

import pandas as pd

QUAD_WEIGHT = {1: 1.0, 2: 2.0, 3: -1.0, 4: -2.0}
QUAD_NAME = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def weighted_reports(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, fact key) of affirmed facts, with its weight."""
    affirmed = facts[facts["polarity"] != "negated"]
    reports = affirmed.drop_duplicates(["doc_id", "type", "source", "target"]).copy()
    reports["weight"] = reports["quad_class"].map(QUAD_WEIGHT).fillna(0.0)
    return reports


def balance(facts: pd.DataFrame) -> float | None:
    """The balance of these facts (None when no fact counts)."""
    if facts.empty:
        return None
    weights = weighted_reports(facts)["weight"]
    total = float(weights.abs().sum())
    return round(float(weights.sum()) / total, 3) if total else None


def balance_by_period(facts: pd.DataFrame, period: pd.Series) -> pd.DataFrame:
    """The balance per period (a label per row of `facts`), with the reports counted."""
    if facts.empty:
        return pd.DataFrame(columns=["period", "reports", "cooperation", "conflict", "balance"])
    reports = weighted_reports(facts.assign(period=period))
    rows = []
    for label, group in reports.groupby("period", sort=True):
        weights = group["weight"]
        total = float(weights.abs().sum())
        rows.append(
            {
                "period": label,
                "reports": len(group),
                "cooperation": int((weights > 0).sum()),
                "conflict": int((weights < 0).sum()),
                "balance": round(float(weights.sum()) / total, 3) if total else None,
            }
        )
    return pd.DataFrame(rows)
