"""Entry point of the `bilateral` console script."""

from __future__ import annotations

from bilateral.cli import (  # noqa: F401 - registers commands
    bench_cmd,
    fact_cmds,
    fuse_cmds,
    ingest_cmd,
    kb_cmds,
    read_cmds,
)
from bilateral.cli.group import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="bilateral")
