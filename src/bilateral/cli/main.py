"""Entry point of the `bilateral` console script."""

from __future__ import annotations

from bilateral.cli import bench_cmd, ingest_cmd, read_cmds  # noqa: F401 - registers commands
from bilateral.cli.group import cli

__all__ = ["cli", "main"]


def main() -> None:
    cli(prog_name="bilateral")
