"""Fixtures for the in-process API tests: an app over an in-memory store holding the tiny
server fixture graphs, and an httpx client speaking ASGI to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from graph.store import Store, open_store
from server.app import create_app
from server.settings import Settings

TTL = Path(__file__).resolve().parent.parent / "fixtures" / "ttl"
GRAPH_FILES = ("gazetteer", "vocabulary", "curated", "analytics")


def load_fixture_store(store: Store) -> Store:
    """Load ``tests/fixtures/ttl/server_<graph>.ttl`` into their named graphs."""
    for name in GRAPH_FILES:
        store.load((TTL / f"server_{name}.ttl").read_text("utf-8"), "ttl", name)
    return store


@pytest.fixture
def store() -> Iterator[Store]:
    s = load_fixture_store(open_store(":memory:"))
    yield s
    s.close()


@pytest.fixture
def make_client(store: Store) -> Callable[..., httpx.AsyncClient]:
    """Build a client for an app with the given settings overrides."""

    def make(**overrides: object) -> httpx.AsyncClient:
        settings = Settings(store=":memory:", **overrides)  # type: ignore[arg-type]
        app = create_app(settings, store=store)
        # raise_app_exceptions=False: a 500 must reach the test as a response, like a user sees it.
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        return httpx.AsyncClient(transport=transport, base_url="http://tiru.test")

    return make


@pytest.fixture
async def client(make_client: Callable[..., httpx.AsyncClient]) -> AsyncIterator[httpx.AsyncClient]:
    async with make_client() as c:
        yield c


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
