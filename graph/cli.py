"""The ``tiru`` command line (graph commands). ``server.cli`` adds ``serve`` on top.

Each concern registers its commands from its own module (``cli_*.py``) so that this file stays a
table of contents.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from graph.errors import TiruError
from graph.store import Store, open_store

__all__ = ["app", "console", "err_console", "StoreOpt", "EndpointOpt", "cli_store", "handle_errors",
           "DEFAULT_STORE"]

app = typer.Typer(
    name="tiru",
    help="Tiru: a knowledge graph of who learns from whom among Indonesia's regions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)

DEFAULT_STORE = Path(os.environ.get("TIRU_STORE", ".tiru/store"))

StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Embedded store directory (default $TIRU_STORE or .tiru/store).",
                 show_default=False),
]
EndpointOpt = Annotated[
    str | None,
    typer.Option("--endpoint", envvar="TIRU_ENDPOINT",
                 help="Remote SPARQL 1.1 query endpoint (e.g. Virtuoso's /sparql) instead of the "
                      "embedded store."),
]
UpdateEndpointOpt = Annotated[
    str | None,
    typer.Option("--update-endpoint", envvar="TIRU_UPDATE_ENDPOINT",
                 help="Remote SPARQL update endpoint (defaults to --endpoint)."),
]

F = TypeVar("F", bound=Callable[..., Any])


def cli_store(store: Path | None, endpoint: str | None, update_endpoint: str | None = None,
              *, read_only: bool = False) -> Store:
    """Open the store selected by ``--store`` / ``--endpoint``."""
    if endpoint:
        return open_store(endpoint=endpoint, update_endpoint=update_endpoint)
    return open_store(store or DEFAULT_STORE, read_only=read_only)


def handle_errors(func: F) -> F:
    """Turn every :class:`TiruError` into a one-line message and exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TiruError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err_console.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def main() -> None:
    app()


# Command modules register themselves on ``app`` when imported.
from graph import cli_extraction, cli_foundation, cli_network  # noqa: E402,F401,I001

if __name__ == "__main__":  # pragma: no cover
    main()
