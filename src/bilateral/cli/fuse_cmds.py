"""Commands over the fused view: `dyad`, `actor`, `timeline`, `fuse`."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
import pandas as pd
from rich.console import Console
from rich.table import Table
from rich.text import Text

import bilateral
from bilateral.api import Bilateral
from bilateral.cli.group import cli, db_option, user_errors

BAR_WIDTH = 40
PERIODS = click.Choice(["auto", "year", "decade"])


def _console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 200
    return console


@contextmanager
def open_fused(db: str) -> Iterator[Bilateral]:
    """The store read-only, with one line of warning when its fused view lags."""
    with bilateral.open(db, read_only=True) as kb, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        waiting = kb.pending_fusion()
        if waiting:
            click.echo(
                f"note: {waiting} fact keys changed since the last fusion (an interrupted run?); "
                f"run `bilateral fuse --db {db}` to bring the fused view up to date",
                err=True,
            )
        yield kb


def _format_option() -> Any:
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
    )


@cli.command()
@db_option
@click.option("--rebuild", is_flag=True, help="Fuse every fact again, not only changed keys.")
@user_errors
def fuse(db: str, rebuild: bool) -> None:
    """Bring the fused view (one fact with all its evidence) up to date.

    `ingest` and `extract` do this themselves; run it after an interrupted run,
    or with --rebuild after upgrading bilateral.
    """
    with bilateral.open(db) as kb:
        done = kb.fuse(rebuild=rebuild)
        total = kb.con.execute("SELECT count(*) FROM fused").fetchone()
    what = "fused facts rebuilt" if rebuild else "fact keys fused again"
    click.echo(f"{done} {what}; the fused view holds {total[0] if total else 0} facts", err=True)


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
@_format_option()
@click.option("--by", type=PERIODS, default="auto", show_default=True, help="Timeline periods.")
@user_errors
def dyad(a: str, b: str, db: str, fmt: str, by: str) -> None:
    """The relationship of actors A and B: types, years, balance, transfers, evidence."""
    with open_fused(db) as kb:
        summary = kb.dyad(a, b, by)
    if fmt == "json":
        click.echo(json.dumps(summary.to_json(), ensure_ascii=False, indent=1, default=str))
        return
    console = _console()
    names = " – ".join(f"{k} ({v})" if v else k for k, v in summary.names.items())
    if summary.empty:
        console.print(f"No fused facts between {names}.", markup=False)
        return
    head = f"{len(summary.fused)} fused facts, balance {_balance(summary.balance)}"
    console.print(Text(names, style="bold") + Text(f": {head}"))
    if summary.latest_change:
        change = summary.latest_change
        years = _years(change["first_year"], change["last_year"])
        console.print(
            f"latest change of state: {change['type']} {years} ({change['documents']} documents)"
        )
    console.print(
        _table(
            summary.types,
            "relation types",
            [
                "type",
                "directions",
                "facts",
                "documents",
                "first_year",
                "last_year",
                "langs",
                "contested",
                "confidence",
            ],
        )
    )
    console.print(_chart(summary.timeline, "timeline (fused facts by first year)"))
    if not summary.balance_over_time.empty:
        console.print(_table(summary.balance_over_time, "cooperation–conflict balance", None))
    if not summary.equipment.empty:
        console.print(_table(summary.equipment, "equipment moved", None))
    if not summary.money.empty:
        console.print(_table(summary.money, "money moved (each deal once)", None))
    console.print(
        _table(
            summary.evidence,
            "best evidence per type",
            ["type", "source", "target", "lang", "doc", "time_text", "text"],
        )
    )


@cli.command()
@click.argument("actor_id", metavar="ACTOR")
@db_option
@_format_option()
@click.option("--top", default=20, show_default=True, help="Partners to show.")
@user_errors
def actor(actor_id: str, db: str, fmt: str, top: int) -> None:
    """An actor's partners ranked by ties, with cooperation–conflict balance and agents."""
    with open_fused(db) as kb:
        found = kb.actor(actor_id)
    if fmt == "json":
        click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=1, default=str))
        return
    console = _console()
    title = f"{found.actor} ({found.name})" if found.name else found.actor
    if found.empty:
        console.print(f"No fused facts involve {title}.", markup=False)
        return
    head = f"{len(found.partners)} partners, balance {_balance(found.balance)}"
    console.print(Text(title, style="bold") + Text(f": {head}"))
    partners = found.partners.head(top).assign(
        types=lambda f: f["types"].map(lambda t: ", ".join(f"{k} {v}" for k, v in t.items()))
    )
    console.print(
        _table(
            partners,
            "partners",
            [
                "partner",
                "name",
                "documents",
                "facts",
                "balance",
                "first_year",
                "last_year",
                "types",
            ],
        )
    )
    if not found.agents.empty:
        console.print(_table(found.agents.head(top), "acting for it", None))


@cli.command()
@db_option
@click.option("--actor", "actor_id", help="Only facts of this actor (e.g. PAK).")
@click.option("--partner", help="With --actor: only the dyad of the two.")
@click.option("--type", "type_name", help="Only this relation type.")
@click.option(
    "--by",
    type=PERIODS,
    default="auto",
    show_default=True,
    help="year, decade, or decades for years over 30 before the latest, years after.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@user_errors
def timeline(
    db: str, actor_id: str | None, partner: str | None, type_name: str | None, by: str, fmt: str
) -> None:
    """Fused facts per year (or decade) and type, as a chart or as data."""
    with open_fused(db) as kb:
        table = kb.timeline(actor_id, partner, type_name, by)
    if fmt == "json":
        click.echo(table.to_json(orient="records", force_ascii=False))
    elif fmt == "csv":
        click.echo(table.to_csv(index=False), nl=False)
    else:
        _console().print(_chart(table, "fused facts by first year"))


def _chart(table: pd.DataFrame, title: str) -> Table:
    """One row per period: a bar of its facts and the types that make it up."""
    chart = Table(title=title)
    for column in ("period", "facts", "", "types"):
        chart.add_column(column, overflow="fold")
    if table.empty:
        return chart
    totals = table.groupby("period", sort=False)["facts"].sum()
    widest = max(int(totals.max()), 1)
    for period, total in totals.items():
        rows = table[table["period"] == period]
        types = ", ".join(f"{t} {n}" for t, n in zip(rows["type"], rows["facts"], strict=True))
        bar = "█" * max(1, round(BAR_WIDTH * int(total) / widest))
        chart.add_row(Text(str(period)), str(int(total)), bar, Text(types))
    return chart


def _table(frame: pd.DataFrame, title: str, columns: list[str] | None) -> Table:
    shown = frame[columns] if columns else frame
    table = Table(title=title)
    for column in shown.columns:
        table.add_column(str(column), overflow="fold", max_width=80 if column == "text" else None)
    for row in shown.itertuples(index=False):
        table.add_row(*(Text(_cell(value)) for value in row))  # Text: document text is no markup
    return table


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if value is None or (not isinstance(value, dict) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


def _balance(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f} (-1 conflict … +1 cooperation)"


def _years(first: int | None, last: int | None) -> str:
    if first is None:
        return "(undated)"
    return str(first) if last in (None, first) else f"{first}–{last}"
