"""Timelines: how many relations of each type began in each year (or decade).

A fused fact counts once, in its first year, so a 40-document story is one
event, and an alliance dated 1954–1977 is one alliance (of 1954), not
twenty-four. Older periods are grouped by decade (`by="auto"`: years more
than 30 before the latest year of the data), recent ones by year; undated
fused facts are counted apart.
"""

from __future__ import annotations

import pandas as pd

RECENT_YEARS = 30


def period_labels(years: pd.Series, by: str = "auto", latest: int | None = None) -> pd.Series:
    """'1980s' or '2008' for each year (NA stays NA); `by` is year, decade or auto."""
    if by not in ("year", "decade", "auto"):
        raise ValueError(f"unknown period {by!r}: year, decade or auto")
    known = years.dropna()
    newest = latest if latest is not None else (int(known.max()) if len(known) else 0)
    cutoff = newest - RECENT_YEARS

    def label(year: object) -> object:
        if pd.isna(year):  # type: ignore[call-overload]
            return pd.NA
        value = int(year)  # type: ignore[call-overload]
        if by == "decade" or (by == "auto" and value < cutoff):
            return f"{value - value % 10}s"
        return str(value)

    return years.map(label)


def timeline(fused: pd.DataFrame, by: str = "auto") -> pd.DataFrame:
    """Rows: period × type with fused facts and documents, in time order."""
    columns = ["period", "type", "facts", "documents"]
    dated = fused[fused["first_year"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    dated = dated.assign(
        period=period_labels(dated["first_year"], by),
        order=dated["first_year"].astype(int),
    )
    table = (
        dated.groupby(["period", "type"], sort=False)
        .agg(facts=("id", "count"), documents=("n_documents", "sum"), order=("order", "min"))
        .reset_index()
    )
    table["order"] = table.groupby("period")["order"].transform("min")
    table = table.sort_values(["order", "facts", "type"], ascending=[True, False, True])
    return table[columns].reset_index(drop=True)


def undated(fused: pd.DataFrame) -> int:
    """Fused facts without a year of their own."""
    return int(fused["first_year"].isna().sum()) if not fused.empty else 0
