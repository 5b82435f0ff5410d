"""The application factory. Nothing is created at import time: ``create_app(settings)`` opens
the store, builds the app and mounts the routes table; ``app_from_env`` is the factory uvicorn
calls in each worker process (``tiru serve --workers N``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

import graph
from graph.store import Store, open_store
from server import links
from server.backend import QueryRunner
from server.errors import install_error_handler
from server.routes import ROUTERS
from server.routes.sparql import TRUNCATED_HEADER
from server.settings import Settings

__all__ = ["create_app", "app_from_env", "vis_assets_dir"]

HERE = Path(__file__).resolve().parent

# Pages load nothing from elsewhere; the policy makes a browser enforce it too.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'"
)


def vis_assets_dir() -> Path:
    """vis-network's JS and CSS as shipped inside the pyvis package (served, never fetched)."""
    lib = Path(str(files("pyvis"))) / "lib"
    candidates = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not candidates:
        raise RuntimeError(f"pyvis ships no vis-network build under {lib}")
    return candidates[-1].parent


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """Build the Tiru web application.

    Parameters
    ----------
    settings : configuration; ``Settings()`` (the environment) when omitted.
    store : an already opened store (tests pass an in-memory one); otherwise the store named by
        ``settings.endpoint`` or ``settings.store`` is opened here and closed at shutdown.
    """
    settings = settings or Settings()
    owns_store = store is None
    if store is None:
        store = open_store(
            None if settings.endpoint else settings.store,
            endpoint=settings.endpoint,
            update_endpoint=settings.update_endpoint,
            query_mirror_mb=settings.query_mirror_mb,
        )
    runner = QueryRunner(store, timeout=settings.query_timeout, max_rows=settings.max_rows,
                         workers=settings.query_workers)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Warm the store's query worker processes (if it has them) before the first request.
        store.start_workers()
        yield
        runner.close()
        if owns_store:
            store.close()

    app = FastAPI(
        title="Tiru",
        version=graph.__version__,
        description="Who learns from whom among Indonesia's regions: SPARQL endpoint, linked "
        "data pages, network views and a JSON API.",
        lifespan=lifespan,
        # Swagger UI and ReDoc load from CDNs; /api/docs renders the OpenAPI document itself.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.runner = runner
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # explicit: every label may come from news text
    links.install(templates.env)
    app.state.templates = templates

    install_error_handler(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static/vis", StaticFiles(directory=str(vis_assets_dir())), name="vis")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors,
        allow_methods=["GET"],
        allow_headers=["Accept"],
        expose_headers=[TRUNCATED_HEADER],
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory``: settings from ``TIRU_*`` variables."""
    return create_app(Settings())
