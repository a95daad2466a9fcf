"""`bilateral bench`: print throughput (docs/s, MB/s) and peak memory."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from bilateral import bench
from bilateral.cli.group import cli, user_errors
from bilateral.errors import BilateralError


@cli.command(name="bench")
@click.argument("corpus", nargs=-1)
@click.option(
    "--db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A new store file to ingest into (must not exist).",
)
@click.option(
    "--size",
    default=20.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="MB of corpus to build from --examples when no CORPUS is given.",
)
@click.option(
    "--examples",
    default="examples",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of documents to repeat into a corpus.",
)
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1))
@click.option(
    "--text-only",
    is_flag=True,
    help="Measure ingest alone: stop after sentences (no actors, no facts).",
)
@click.option(
    "--fusion",
    "fusion_facts",
    type=click.IntRange(min=100),
    help="Instead: write this many synthetic facts (e.g. 100000) and time fusion and the "
    "analysis queries (dyad, actor, timeline, graph).",
)
@user_errors
def bench_command(
    corpus: tuple[str, ...],
    db: Path,
    size: float,
    examples: Path,
    jobs: int,
    text_only: bool,
    fusion_facts: int | None,
) -> None:
    """Ingest CORPUS (or a corpus built from the examples) into a new store and
    print docs/s, MB/s, peak RSS and time per stage; with --fusion, time the fused
    view and its queries on a large store."""
    if fusion_facts:
        from bilateral.fuse.bench import run_fusion_bench

        for line in run_fusion_bench(db, fusion_facts).lines():
            click.echo(line)
        return
    if corpus:
        result = bench.run(db, list(corpus), jobs, text_only)
    else:
        if not examples.is_dir():
            raise BilateralError(
                f"{examples}: no such folder; give a CORPUS or run from the repository root"
            )
        workdir = Path(tempfile.mkdtemp(prefix="bilateral-bench-"))
        try:
            files, total = bench.build_corpus(examples, workdir, int(size * 1_000_000))
            click.echo(f"built corpus: {files} files, {total / 1e6:.1f} MB in {workdir}", err=True)
            result = bench.run(db, [str(workdir)], jobs, text_only)
        finally:
            bench.cleanup(workdir)
    for line in result.lines():
        click.echo(line)
