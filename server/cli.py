"""The full ``tiru`` command: the graph commands plus ``serve``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from graph.cli import (
    DEFAULT_STORE,
    EndpointOpt,
    StoreOpt,
    UpdateEndpointOpt,
    app,
    console,
    handle_errors,
)
from graph.errors import StoreError

__all__ = ["app", "main", "serve", "ensure_default_graph"]


def ensure_default_graph(path: Path) -> bool:
    """Build the default graph into the embedded store at ``path`` when it holds nothing yet.

    Returns True when a build ran. A store that already has data is left alone, so restarting
    the server never rebuilds over a researcher's ingested or analysed graphs.
    """
    from graph.store import open_store

    store = open_store(path)
    try:
        if store.counts():
            from graph.build import upgrade_vocabulary

            if upgrade_vocabulary(store):
                console.print(f"added the programs' skos:broaderTransitive links to {path}")
            return False
        try:
            from graph.build import build_graph
        except ImportError as exc:  # pragma: no cover - only in a partial checkout
            raise StoreError(
                f"the store at {path} is empty and graph.build is missing: {exc}"
            ) from exc
        console.print(f"building the default graph into {path} ...")
        try:
            build_graph(store)
        except BaseException as exc:
            # Leave the store empty, not half built, so that the next start builds again.
            for graph in list(store.counts()):
                store.clear_graph(graph)
            if isinstance(exc, ImportError):
                raise StoreError(f"cannot build the default graph: {exc}") from exc
            raise
        return True
    finally:
        store.close()


@app.command()
@handle_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    update_endpoint: UpdateEndpointOpt = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Worker processes (needs --endpoint when > 1).")
    ] = 1,
    timeout: Annotated[
        float | None, typer.Option(help="Query time limit in seconds (TIRU_QUERY_TIMEOUT).")
    ] = None,
) -> None:
    """Serve the SPARQL endpoint, query page, entity pages and network views."""
    import uvicorn

    if endpoint:
        os.environ["TIRU_ENDPOINT"] = endpoint
        if update_endpoint:
            os.environ["TIRU_UPDATE_ENDPOINT"] = update_endpoint
    else:
        if workers > 1:
            # The embedded store is one process's on-disk database; workers share a remote one.
            raise StoreError("--workers > 1 needs a shared remote store: add --endpoint URL")
        path = store or DEFAULT_STORE
        ensure_default_graph(path)
        os.environ["TIRU_STORE"] = str(path)
        os.environ.pop("TIRU_ENDPOINT", None)
    if timeout is not None:
        os.environ["TIRU_QUERY_TIMEOUT"] = str(timeout)
    console.print(f"Tiru on http://{host}:{port}/  (SPARQL endpoint: /sparql)")
    # An import string + factory: each worker process builds its own app from the environment.
    uvicorn.run("server.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info")


def main() -> None:
    app()
