"""`bilateral ingest`: read files, folders or stdin into the store."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

import bilateral
from bilateral.cli.group import cli, db_option, user_errors
from bilateral.document import Document
from bilateral.ingest.skipped import Skipped
from bilateral.pipeline import IngestOptions, IngestReport


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--max-size",
    default=20.0,
    show_default=True,
    type=click.FloatRange(min=0.001),
    help="Skip input files larger than this many MB.",
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Processes for the text stages.",
)
@click.option(
    "--batch",
    default=200,
    show_default=True,
    type=click.IntRange(min=1),
    help="Documents per transaction (an interrupted run loses at most one batch).",
)
@click.option(
    "--kb",
    "kb_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="A user KB file or folder (docs/kb.md schema); wins over built-ins.",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar and no warnings, only the summary."
)
@user_errors
def ingest(
    inputs: tuple[str, ...],
    db: str,
    max_size: float,
    jobs: int,
    batch: int,
    kb_paths: tuple[str, ...],
    quiet: bool,
) -> None:
    """Ingest INPUTS (files, folders, or - for stdin) into the store.

    Supported: .txt .md .html .htm .pdf .jsonl (one document a line: text,
    and optionally id, title, url, date, lang). Content already stored is
    not added again; a changed file replaces its old version.
    """
    console = Console(stderr=True)
    options = IngestOptions(
        max_bytes=int(max_size * 1_000_000),
        jobs=jobs,
        batch_docs=batch,
        kb_paths=tuple(kb_paths),
        stdin=sys.stdin.buffer if "-" in inputs else None,
    )
    with bilateral.open(db) as kb, _progress(console, quiet) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_item(item: Document | Skipped) -> None:
            if isinstance(item, Skipped) and not quiet:
                progress.console.print(
                    f"warning: {item.message()}", markup=False, highlight=False, soft_wrap=True
                )
            progress.advance(task)

        report = kb.ingest(inputs, options, on_item)
    click.echo(summary(report), err=True)
    if report.interrupted:
        click.echo(
            "interrupted: committed batches are kept; run the same command again to finish",
            err=True,
        )
        sys.exit(130)
    sys.exit(0 if report.ok else 1)


def _progress(console: Console, quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} items"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=quiet,
    )


def summary(report: IngestReport) -> str:
    """The end-of-run summary line."""
    langs = ", ".join(f"{code} {n}" for code, n in report.languages.most_common()) or "none"
    mb = report.chars / 1e6
    rate = mb / report.seconds if report.seconds else 0.0
    return (
        f"ingested {report.inserted} new, {report.unchanged} already stored, "
        f"{report.replaced} replaced, {len(report.skipped)} skipped · languages: {langs} · "
        f"{mb:.2f} M chars in {report.seconds:.1f} s ({rate:.2f} M chars/s)"
    )
