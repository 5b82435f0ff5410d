"""The server's way into the store: every query runs in a worker thread, off the event loop,
under the time limit, so a slow query never blocks other requests.

The store (:mod:`graph.store`) does the real work. When it offers ``query_serialized`` (results
already in a standard format, with a time limit that stops the engine), that is used directly;
otherwise this adapter serialises rdflib terms itself. Either way the event loop gives up
waiting shortly after the limit, so a client always gets its answer in time.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from rdflib import Graph, Variable
from rdflib.query import Result
from rdflib.term import Literal as RdfLiteral
from rdflib.term import Node

from graph.errors import QueryTimeoutError, StoreError
from graph.store import RDF_FORMATS, RESULT_FORMATS, SelectResult, Store
from graph.vocab import PREFIXES

__all__ = ["Outcome", "QueryRunner", "MEDIA_TO_FORMAT", "SELECT_MEDIA", "GRAPH_MEDIA"]

T = TypeVar("T")

SELECT_MEDIA: list[str] = [
    RESULT_FORMATS["json"],
    RESULT_FORMATS["xml"],
    RESULT_FORMATS["csv"],
    RESULT_FORMATS["tsv"],
]
GRAPH_MEDIA: list[str] = [
    RDF_FORMATS["ttl"],
    RDF_FORMATS["nt"],
    RDF_FORMATS["jsonld"],
    RDF_FORMATS["rdfxml"],
]
MEDIA_TO_FORMAT: dict[str, str] = {
    **{v: k for k, v in RESULT_FORMATS.items()},
    **{v: k for k, v in RDF_FORMATS.items() if k in ("ttl", "nt", "jsonld", "rdfxml")},
}

# Seconds the event loop waits beyond the store's own limit before answering "timed out" by
# itself: the store should stop first, this is the guarantee when it cannot.
_GRACE = 1.5


@dataclass
class Outcome:
    """A serialised query result."""

    body: bytes
    media_type: str
    truncated: bool
    kind: Literal["select", "ask", "graph"]


class QueryRunner:
    """Runs store calls in a bounded thread pool with a time limit.

    Parameters
    ----------
    store : the opened store.
    timeout : default time limit in seconds.
    max_rows : default row cap.
    workers : threads available to queries; requests beyond that wait their turn.
    """

    def __init__(self, store: Store, *, timeout: float, max_rows: int, workers: int = 8) -> None:
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tiru-query")

    async def call(self, func: Callable[..., T], *args: Any, timeout: float | None = None,
                   **kwargs: Any) -> T:
        """Run ``func(*args, **kwargs)`` in the pool; raise :class:`QueryTimeoutError` when it
        takes longer than the limit (plus a short grace for the store to stop on its own)."""
        limit = self.timeout if timeout is None else timeout
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._pool, functools.partial(func, *args, **kwargs))
        try:
            return await asyncio.wait_for(future, limit + _GRACE)
        except TimeoutError:
            raise QueryTimeoutError(
                f"the query did not finish within the time limit of {limit:g} s"
            ) from None

    async def serialized(
        self,
        sparql: str,
        media_type: str,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> Outcome:
        """Run a query and return its result serialised in ``media_type`` (a key of
        :data:`MEDIA_TO_FORMAT`); the caller negotiated it for the query's form."""
        fmt = MEDIA_TO_FORMAT[media_type]
        limit = self.max_rows if limit is None else limit
        t = self.timeout if timeout is None else timeout
        native = getattr(self.store, "query_serialized", None)
        if native is not None:
            result = await self.call(
                _native, native, sparql, fmt, t, limit, default_graph_uris, named_graph_uris,
                timeout=t,
            )
            return Outcome(result.body, result.media_type, bool(result.truncated), result.kind)
        raw = await self.call(
            self.store.query, sparql, timeout=t, limit=limit,
            default_graph_uris=default_graph_uris, named_graph_uris=named_graph_uris,
        )
        return serialize(raw, fmt, limit)

    async def select(self, sparql: str, *, limit: int | None = None,
                     timeout: float | None = None) -> SelectResult:
        """Rows of a SELECT query as rdflib terms (for pages and the JSON API)."""
        raw = await self.call(
            self.store.query, sparql, timeout=self.timeout if timeout is None else timeout,
            limit=self.max_rows if limit is None else limit,
        )
        if not isinstance(raw, SelectResult):
            raise StoreError("expected a SELECT result")
        return raw

    async def triples(self, sparql: str) -> list[tuple[Node, Node, Node]]:
        """Triples of a CONSTRUCT query."""
        raw = await self.call(self.store.query, sparql, timeout=self.timeout)
        if not isinstance(raw, list):
            raise StoreError("expected a graph result")
        return raw

    async def update(self, sparql: str) -> None:
        await self.call(self.store.update, sparql, timeout=self.timeout)

    def close(self) -> None:
        # Do not wait: a runaway query thread must not hold the process at shutdown.
        self._pool.shutdown(wait=False, cancel_futures=True)


def _native(native: Callable[..., Any], sparql: str, fmt: str, timeout: float, limit: int,
            default_graph_uris: Sequence[str] | None,
            named_graph_uris: Sequence[str] | None) -> Any:
    return native(sparql, fmt, timeout=timeout, limit=limit,
                  default_graph_uris=default_graph_uris, named_graph_uris=named_graph_uris)


def serialize(raw: object, fmt: str, limit: int) -> Outcome:
    """Serialise a :meth:`Store.query` result (rdflib terms) in ``fmt``."""
    if isinstance(raw, bool):
        if fmt not in RESULT_FORMATS:
            fmt = "json"
        if fmt == "json":
            body = json.dumps({"head": {}, "boolean": raw}).encode()
        elif fmt in ("csv", "tsv"):
            body = (b"true\n" if raw else b"false\n")
        else:
            res = Result("ASK")
            res.askAnswer = raw
            body = res.serialize(format="xml") or b""
        return Outcome(body, RESULT_FORMATS[fmt], False, "ask")
    if isinstance(raw, SelectResult):
        if fmt not in RESULT_FORMATS:
            fmt = "json"
        if fmt == "tsv":
            body = _tsv(raw)
        else:
            res = Result("SELECT")
            res.vars = [Variable(v) for v in raw.variables]
            res.bindings = [
                {Variable(k): v for k, v in row.items()} for row in raw.rows  # type: ignore[misc]
            ]
            body = res.serialize(format=fmt) or b""
        return Outcome(body, RESULT_FORMATS[fmt], raw.truncated, "select")
    triples = list(raw)  # type: ignore[call-overload]
    truncated = len(triples) > limit
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for triple in triples[:limit]:
        graph.add(triple)
    if fmt not in RDF_FORMATS:
        fmt = "ttl"
    name = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[fmt]
    data = graph.serialize(format=name)
    body = data.encode("utf-8") if isinstance(data, str) else data
    return Outcome(body, RDF_FORMATS[fmt], truncated, "graph")


def _tsv(result: SelectResult) -> bytes:
    """SPARQL 1.1 TSV: a header of ?vars, then terms in their N-Triples form."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        cells = []
        for v in result.variables:
            term = row.get(v)
            if term is None:
                cells.append("")
            elif isinstance(term, RdfLiteral):
                cells.append(term.n3().replace("\t", "\\t"))
            else:
                cells.append(term.n3())
        lines.append("\t".join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")
