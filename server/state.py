"""Accessors for what :func:`server.app.create_app` puts on ``app.state``: routes read the
store runner, settings and templates from the request, never from module globals.

It also holds :class:`ViewCache`, the server's memory of views it has already computed (the
``/graph`` network): built once per app, on first use, by :func:`view_cache`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from fastapi import Request
from fastapi.templating import Jinja2Templates

from server.backend import QueryRunner
from server.settings import Settings

__all__ = ["runner", "settings", "templates", "view_cache", "ViewCache", "VIEW_CACHE_SIZE"]

T = TypeVar("T")

VIEW_CACHE_SIZE = 16
"""Views kept by :func:`view_cache`: the filter combinations a few users click through. Bounded
for memory: the national view at 30,000 visits is 4 MB as JSON, several times that as Python
objects, and a filtered view is smaller."""


def runner(request: Request) -> QueryRunner:
    return request.app.state.runner  # type: ignore[no-any-return]


def settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates  # type: ignore[no-any-return]


class ViewCache:
    """A bounded least-recently-used memory of computed views, valid for one data version.

    An entry is found under ``(key, version)``, where ``version`` is the store's
    :meth:`graph.store.Store.data_version` read *before* computing: a write during the
    computation makes the next request look under the new version, so a stale view is never
    served after the write that made it stale. ``version=None`` (a store that cannot tell)
    disables caching.

    Concurrent requests for the same missing entry compute it once: the others wait for the
    first and take its result (a national view costs seconds; eight clients asking at once
    must not cost eight times that). Methods are thread-safe; they run in the query runner's
    worker threads.

    Parameters
    ----------
    size : int
        Entries kept; the least recently used one goes first.

    Examples
    --------
    >>> cache = ViewCache(size=2)
    >>> cache.get_or_compute("graph", 1, lambda: "view at version 1")
    'view at version 1'
    >>> cache.get_or_compute("graph", 1, lambda: "not computed again")
    'view at version 1'
    >>> cache.get_or_compute("graph", 2, lambda: "view at version 2")
    'view at version 2'
    """

    def __init__(self, size: int = VIEW_CACHE_SIZE) -> None:
        self.size = max(1, size)
        self._entries: OrderedDict[tuple[Hashable, Hashable], Any] = OrderedDict()
        self._computing: dict[tuple[Hashable, Hashable], threading.Lock] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def _lookup(self, full: tuple[Hashable, Hashable]) -> tuple[bool, Any]:
        with self._lock:
            if full in self._entries:
                self._entries.move_to_end(full)
                return True, self._entries[full]
        return False, None

    def get_or_compute(self, key: Hashable, version: Hashable | None,
                       compute: Callable[[], T]) -> T:
        """The entry for ``key`` at ``version``, computed by ``compute()`` when missing."""
        if version is None:
            return compute()
        full = (key, version)
        found, value = self._lookup(full)
        if found:
            return value  # type: ignore[no-any-return]
        with self._lock:
            turn = self._computing.setdefault(full, threading.Lock())
        with turn:
            found, value = self._lookup(full)  # computed by the request we waited for
            if found:
                return value  # type: ignore[no-any-return]
            try:
                value = compute()
                with self._lock:
                    self._entries[full] = value
                    self._entries.move_to_end(full)
                    # Entries of older versions are never asked for again: drop them first.
                    for old in [k for k in self._entries if k[0] == key and k != full]:
                        del self._entries[old]
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
            finally:
                with self._lock:
                    self._computing.pop(full, None)
        return value  # type: ignore[no-any-return]

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()


def view_cache(request: Request) -> ViewCache:
    """The app's :class:`ViewCache`, made on first use (accessors run on the event loop, one
    at a time, so two requests never both make one)."""
    cache = getattr(request.app.state, "view_cache", None)
    if cache is None:
        cache = request.app.state.view_cache = ViewCache()
    return cache  # type: ignore[no-any-return]
