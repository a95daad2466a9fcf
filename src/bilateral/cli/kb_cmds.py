"""Commands about actors and the knowledge base: `actors`, `kb lookup`, `kb stats`."""

from __future__ import annotations

import json
from collections import defaultdict

import click
from rich.console import Console
from rich.table import Table

import bilateral
from bilateral.cli.group import cli, db_option, user_errors
from bilateral.kb import lookup as kb_lookup
from bilateral.kb.model import load

kb_option = click.option(
    "--kb",
    "kb_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="A user KB file or folder (same schema as the built-in one); wins over built-ins.",
)


def _console() -> Console:
    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 200
    return console


@cli.command()
@db_option
@click.option("--doc", "document", help="Only this document (file name, path or id).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
@user_errors
def actors(db: str, document: str | None, fmt: str) -> None:
    """Actors found in the store, with mention counts, documents and languages."""
    with bilateral.open(db, read_only=True) as store:
        rows = store.actors(document)
    names = {e.id: e.name for e in load().entities.values()}
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps({**row, "name": names.get(row["actor"])}, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} actors" + (f" in {document}" if document else ""))
    for column in ("actor", "name", "mentions", "documents", "langs", "kinds", "ids"):
        table.add_column(column, overflow="fold")
    for row in rows:
        ids = ", ".join(row["ids"][:4]) + (" …" if len(row["ids"]) > 4 else "")
        table.add_row(
            row["actor"],
            names.get(row["actor"], ""),
            str(row["mentions"]),
            str(row["documents"]),
            ",".join(row["langs"] or []),
            ",".join(row["kinds"]),
            ids,
        )
    _console().print(table)


@cli.group()
def kb() -> None:
    """The knowledge base of actors and equipment."""


@kb.command()
@click.argument("text")
@kb_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@user_errors
def lookup(text: str, kb_paths: tuple[str, ...], fmt: str) -> None:
    """Which KB entries TEXT names (any language), with their names in other languages."""
    results = kb_lookup.lookup(text, kb_paths)
    if not results:
        click.echo(f"no KB entry is written {text!r}", err=True)
        raise SystemExit(1)
    if fmt == "json":
        click.echo(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=1))
        return
    for result in results:
        for line in result.lines():
            click.echo(line)


@kb.command()
@kb_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@user_errors
def stats(kb_paths: tuple[str, ...], fmt: str) -> None:
    """Entries per kind and names per language."""
    knowledge = load(kb_paths)
    data = knowledge.stats()
    by_kind_lang: dict[str, dict[str, int]] = defaultdict(dict)
    for name in knowledge.names:
        entity = knowledge.entities.get(name.entity)
        kind = entity.kind if entity else name.kind
        by_kind_lang[name.lang][kind] = by_kind_lang[name.lang].get(kind, 0) + 1
    if fmt == "json":
        click.echo(json.dumps({**data, "names_by_kind": by_kind_lang}, ensure_ascii=False))
        return
    console = _console()
    entities = Table(title="entries per kind")
    entities.add_column("kind")
    entities.add_column("entries", justify="right")
    for kind, count in sorted(data["entities"].items()):
        entities.add_row(kind, str(count))
    console.print(entities)
    kinds = sorted({k for per in by_kind_lang.values() for k in per})
    names = Table(
        title="names per language (* = written alike everywhere, "
        "~ = CLDR locales outside the manifest)"
    )
    names.add_column("lang")
    for kind in kinds:
        names.add_column(kind, justify="right")
    names.add_column("total", justify="right")
    for code in sorted(by_kind_lang, key=lambda c: (c in "*~", c)):
        per = by_kind_lang[code]
        names.add_row(code, *[str(per.get(k, 0)) for k in kinds], str(sum(per.values())))
    console.print(names)
