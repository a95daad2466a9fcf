"""Commands that read the store: `docs`, `show`, `export`."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

import bilateral
from bilateral.cli.fuse_cmds import open_fused
from bilateral.cli.group import cli, db_option, user_errors
from bilateral.document import Document
from bilateral.export.graph import GRAPH_FORMATS
from bilateral.export.tables import FORMATS, tables

DOC_COLUMNS = ("id", "name", "title", "lang", "langs", "chars", "sentences", "date")


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
@user_errors
def docs(db: str, fmt: str) -> None:
    """List stored documents: id, file name, title, language(s), chars, sentences, date."""
    with bilateral.open(db, read_only=True) as kb:
        rows = kb.documents()
    if fmt == "jsonl":
        for row in rows:
            click.echo(
                json.dumps({k: row[k] for k in DOC_COLUMNS}, ensure_ascii=False, default=str)
            )
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(DOC_COLUMNS)
        for row in rows:
            writer.writerow(
                ["|".join(row[k] or []) if k == "langs" else row[k] for k in DOC_COLUMNS]
            )
        return
    table = Table(title=f"{len(rows)} documents in {db}")
    for column in DOC_COLUMNS:
        table.add_column(
            column,
            no_wrap=column != "title",
            max_width=48 if column == "title" else None,
            overflow="ellipsis",
            justify="right" if column in ("chars", "sentences") else "left",
        )
    for row in rows:
        table.add_row(*[Text(_cell(column, row[column])) for column in DOC_COLUMNS])
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 240  # a pipe or file: no need to wrap at 80 columns
    console.print(table)


def _cell(column: str, value: object) -> str:
    if column == "langs" and isinstance(value, list):
        return ",".join(value)
    return "" if value is None else str(value)


@cli.command()
@click.argument("document")
@db_option
@click.option("--removed", is_flag=True, help="Also list what cleaning removed, and why.")
@user_errors
def show(document: str, db: str, removed: bool) -> None:
    """Show a DOCUMENT (file name, path or id): clean text, sentence by sentence, with language."""
    with bilateral.open(db, read_only=True) as kb:
        doc = kb.document(document)
    for line in render(doc, removed):
        click.echo(line)


def render(doc: Document, with_removed: bool = False) -> list[str]:
    """The lines `show` prints."""
    lines = [
        f"# {doc.name}  (id {doc.id})",
        f"title: {doc.title or ''}",
        f"language: {doc.lang or '?'}"
        + (f"  (all: {', '.join(doc.langs)})" if len(doc.langs) > 1 else ""),
        f"date: {doc.date or ''}   url: {doc.url or ''}",
        f"{len(doc.text)} chars, {len(doc.paragraphs)} paragraphs, {len(doc.sentences)} sentences",
        "",
    ]
    by_paragraph: dict[int, list[int]] = {}
    for i, sent in enumerate(doc.sentences):
        by_paragraph.setdefault(sent.paragraph, []).append(i)
    for p_index, para in enumerate(doc.paragraphs):
        if para.kind == "heading":
            lines.append(f"== {doc.text[para.start : para.end]}  [{para.lang or '?'}]")
            continue
        for i in by_paragraph.get(p_index, []):
            sent = doc.sentences[i]
            lines.append(f"[{i}] ({sent.lang or '?'}) {doc.text[sent.start : sent.end]}")
        lines.append("")
    if with_removed:
        lines.append(f"-- removed by cleaning ({len(doc.removed)} spans):")
        for span in doc.removed:
            piece = doc.raw_text[span.start : span.end].replace("\n", "⏎")
            lines.append(f"   {span.start}-{span.end} {span.reason}: {piece[:120]}")
    return lines


@cli.command()
@db_option
@click.option("--table", "table", type=click.Choice(tables()), default="facts", show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS + GRAPH_FORMATS),
    default="jsonl",
    show_default=True,
    help="Table formats, or graphml/gexf for the graph of fused facts (--table is then ignored).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output (required for parquet).",
)
@user_errors
def export(db: str, table: str, fmt: str, output: Path | None) -> None:
    """Export a table of the store as JSON Lines, CSV or Parquet, or the graph of fused
    facts as GraphML or GEXF (for Gephi, networkx, Neo4j)."""
    if fmt == "parquet" and output is None:
        raise click.UsageError("parquet is binary: give an output file with -o FILE")
    with open_fused(db) as kb:
        count = kb.export(table, fmt, output if output is not None else sys.stdout)
    if output is not None:
        what = "edges" if fmt in GRAPH_FORMATS else f"{table} rows"
        click.echo(f"wrote {count} {what} to {output}", err=True)
