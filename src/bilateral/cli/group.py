"""The `bilateral` command group and what every command shares.

Every command is a thin layer over `bilateral.open(...)`.

Errors a user can meet are printed as one line naming what failed and what
to do; tracebacks only with --debug. Exit codes: 0 success, 1 failure (or
nothing ingested), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from bilateral import __version__
from bilateral.errors import BilateralError

DEFAULT_DB = os.environ.get("BILATERAL_DB", "bilateral.duckdb")
F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The DuckDB store file (env BILATERAL_DB).",
)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def user_errors(func: F) -> F:
    """Turn errors into one-line messages unless --debug was given."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(click.get_current_context().find_root().params.get("debug"))
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit):
            raise
        except BilateralError as err:
            if debug:
                raise
            fail(str(err))
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except Exception as err:  # noqa: BLE001 - the last line of defence for users
            if debug:
                raise
            fail(f"internal error: {err!r} (run again with --debug for the traceback)")
        return None

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilateral")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def cli(debug: bool) -> None:
    """bilateral: turn documents in any language into an evidence-backed
    knowledge graph of international relations."""
