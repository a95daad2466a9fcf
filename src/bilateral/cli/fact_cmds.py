"""Commands about facts: `facts`, `explain`, `eval`, `extract`."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

import bilateral
from bilateral.cli.group import cli, db_option, user_errors
from bilateral.evaluate.metric import evaluate, report_lines
from bilateral.extract.explain import explain_sentences


def _console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 220
    return console


@cli.command()
@db_option
@click.option("--actor", help="Only facts with this actor as source or target (e.g. PAK).")
@click.option("--type", "type_name", help="Only this relation type (e.g. ARMS_TRANSFER).")
@click.option("--lang", help="Only facts whose evidence is in this language.")
@click.option("--since", type=int, help="Only facts whose time starts in or after this year.")
@click.option("--doc", "document", help="Only facts from this document.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
@user_errors
def facts(
    db: str,
    actor: str | None,
    type_name: str | None,
    lang: str | None,
    since: int | None,
    document: str | None,
    fmt: str,
) -> None:
    """List extracted facts, one per piece of evidence."""
    with bilateral.open(db, read_only=True) as kb:
        records = kb.records(actor, type_name, lang, since, document)
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    table = Table(title=f"{len(records)} facts")
    for column in (
        "doc",
        "type",
        "source",
        "target",
        "pol.",
        "modality",
        "time",
        "conf.",
        "evidence",
    ):
        table.add_column(column, overflow="fold", max_width=70 if column == "evidence" else None)
    for r in records:
        time = (r.get("time") or {}).get("start") or ""
        cells = (
            r["doc"],
            r["type"],
            r["source"],
            r["target"],
            "" if r["polarity"] == "affirmed" else "NOT",
            r["modality"],
            str(time),
            f"{r['confidence']:.2f}",
            r["evidence"]["sentence"][:200],
        )
        table.add_row(*(Text(cell) for cell in cells))  # document text is never markup
    _console().print(table)


@cli.command()
@click.argument("document")
@db_option
@user_errors
def explain(document: str, db: str) -> None:
    """For each sentence of DOCUMENT: its actors, triggers, and the facts with their rules."""
    with bilateral.open(db, read_only=True) as kb:
        doc = kb.document(document)
        stored = kb.records(document=document)
    by_sentence: dict[int, list[dict]] = {}
    for record in stored:
        index = next(
            (i for i, s in enumerate(doc.sentences) if s.start == record["evidence"]["start"]), -1
        )
        by_sentence.setdefault(index, []).append(record)
    for trace in explain_sentences(doc):
        click.echo(f"[{trace.index}] ({trace.lang or '?'}) {trace.text}")
        if trace.actors:
            click.echo("    actors:   " + "; ".join(trace.actors))
        if trace.triggers:
            click.echo("    triggers: " + "; ".join(trace.triggers))
        for record in by_sentence.get(trace.index, []):
            negated = " NOT" if record["polarity"] == "negated" else ""
            click.echo(
                f"    fact:    {record['type']}{negated} {record['source']} → "
                f"{record['target']} ({record['modality']}, {record['confidence']:.2f}) "
                f"rule {record['rule']} on '{record['trigger']}'"
            )
        click.echo("")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@user_errors
def eval_command(gold: Path, db: str, as_json: bool) -> None:
    """Score the store's facts against GOLD (JSONL): P/R/F1 overall, per language, per type."""
    with bilateral.open(db, read_only=True) as kb:
        result = evaluate(gold, kb.records())
    if as_json:
        click.echo(
            json.dumps(
                {k: (v._asdict() if hasattr(v, "_asdict") else v) for k, v in result.items()},
                default=lambda o: (
                    o.__dict__ if hasattr(o, "__dict__") else [o.precision, o.recall, o.f1]
                ),
            )
        )
        return
    for line in report_lines(result):
        click.echo(line)


@cli.command()
@db_option
@click.option(
    "--actors", "rematch", is_flag=True, help="Also match actor mentions again (after a KB change)."
)
@click.option(
    "--kb",
    "kb_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="A user KB file or folder; wins over built-ins.",
)
@user_errors
def extract(db: str, rematch: bool, kb_paths: tuple[str, ...]) -> None:
    """Derive facts again from the stored documents (after a lexicon change), no re-ingest."""
    with bilateral.open(db) as kb:
        documents, count = kb.extract(tuple(kb_paths), rematch)
    click.echo(f"extracted {count} facts from {documents} documents", err=True)
