"""The store: one small typed interface over two real backends.

* :class:`EmbeddedStore` wraps pyoxigraph (an on-disk directory, or in memory for tests).
* :class:`RemoteStore` speaks the SPARQL 1.1 Protocol to any endpoint (Virtuoso in CI).

Nothing outside this module imports the store engine. Results cross this boundary as rdflib
terms (see :mod:`graph.terms` for the conversion) or as bytes already serialised in a standard
SPARQL results / RDF format, which the server passes through untouched.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib.term import Node

from graph import terms
from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreError
from graph.vocab import GRAPHS, graph_iri

__all__ = [
    "Store",
    "EmbeddedStore",
    "RemoteStore",
    "SelectResult",
    "QueryResult",
    "open_store",
    "RDF_FORMATS",
    "RESULT_FORMATS",
]

RDF_FORMATS: dict[str, str] = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


@dataclass
class SelectResult:
    """Rows of a SELECT query; each row maps a variable name to an rdflib term (or is unbound)."""

    variables: list[str]
    rows: list[dict[str, Node]] = field(default_factory=list)
    truncated: bool = False

    def __iter__(self) -> Iterator[dict[str, Node]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


QueryResult = SelectResult | bool | list[tuple[Node, Node, Node]]


class Store:
    """The interface every backend implements.

    Parameters of the query methods
    -------------------------------
    timeout : seconds before the query is stopped with :class:`QueryTimeoutError`.
    limit : maximum number of rows returned; ``SelectResult.truncated`` says when it was hit.
    default_graph_uris, named_graph_uris : the SPARQL Protocol's dataset parameters.

    By default the query's default graph is the union of all named graphs.
    """

    kind: TypingLiteral["embedded", "remote"]

    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> QueryResult:
        raise NotImplementedError

    def update(self, sparql: str, *, timeout: float | None = None) -> None:
        """Run a SPARQL Update in one transaction."""
        raise NotImplementedError

    def load(self, data: bytes | str | Path, fmt: str, graph: str) -> int:
        """Bulk-load RDF (``fmt`` a key of :data:`RDF_FORMATS`) into named graph ``graph``
        (a short name such as ``"curated"`` or a full IRI); returns the number of triples added."""
        raise NotImplementedError

    def replace_graph(self, graph: str, data: bytes | str | Path, fmt: str) -> int:
        """Atomically replace the content of one named graph."""
        raise NotImplementedError

    def clear_graph(self, graph: str) -> None:
        raise NotImplementedError

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """Serialise one named graph, or the whole dataset (``trig``/``nq``) when ``graph`` is None."""
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """Number of triples per named graph IRI."""
        raise NotImplementedError

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _graph_name(graph: str) -> str:
    return graph_iri(graph) if graph in GRAPHS else graph


def _read_bytes(data: bytes | str | Path) -> bytes:
    if isinstance(data, Path):
        return data.read_bytes()
    if isinstance(data, str):
        return data.encode("utf-8")
    return data


class EmbeddedStore(Store):
    """pyoxigraph, on disk (``path``) or in memory (``path=None``)."""

    kind = "embedded"

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc
        self._lock = threading.Lock()

    def _dataset_kwargs(
        self, default_graph_uris: Sequence[str] | None, named_graph_uris: Sequence[str] | None
    ) -> dict[str, object]:
        kwargs: dict[str, object] = {}
        if default_graph_uris:
            kwargs["default_graph"] = [ox.NamedNode(_graph_name(g)) for g in default_graph_uris]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graph_uris:
            kwargs["named_graphs"] = [ox.NamedNode(_graph_name(g)) for g in named_graph_uris]
        return kwargs

    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> QueryResult:
        deadline = time.monotonic() + timeout if timeout else None
        try:
            raw = self._store.query(
                sparql, **self._dataset_kwargs(default_graph_uris, named_graph_uris)  # type: ignore[arg-type]
            )
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(str(exc)) from exc
        if isinstance(raw, ox.QueryBoolean):
            return bool(raw)
        if isinstance(raw, ox.QuerySolutions):
            variables = [v.value for v in raw.variables]
            result = SelectResult(variables)
            for solution in raw:
                if deadline is not None and time.monotonic() > deadline:
                    raise QueryTimeoutError(f"query stopped after {timeout} s")
                if limit is not None and len(result.rows) >= limit:
                    result.truncated = True
                    break
                row: dict[str, Node] = {}
                for name in variables:
                    value = solution[name]
                    if value is not None:
                        row[name] = terms.to_rdflib(value)
                result.rows.append(row)
            return result
        triples: list[tuple[Node, Node, Node]] = []
        for t in raw:
            if deadline is not None and time.monotonic() > deadline:
                raise QueryTimeoutError(f"query stopped after {timeout} s")
            triples.append(
                (terms.to_rdflib(t.subject), terms.to_rdflib(t.predicate), terms.to_rdflib(t.object))
            )
        return triples

    def update(self, sparql: str, *, timeout: float | None = None) -> None:
        try:
            with self._lock:
                self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(str(exc)) from exc

    def load(self, data: bytes | str | Path, fmt: str, graph: str) -> int:
        mime = RDF_FORMATS.get(fmt, fmt)
        name = ox.NamedNode(_graph_name(graph))
        payload = _read_bytes(data)
        # Parse into a scratch store first: a syntax error must leave the real store untouched.
        scratch = ox.Store()
        try:
            scratch.load(payload, format=ox.RdfFormat.from_media_type(mime), to_graph=name)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot parse {fmt} data: {exc}") from exc
        quads = list(scratch)
        with self._lock:
            self._store.extend(quads)
        return len(quads)

    def replace_graph(self, graph: str, data: bytes | str | Path, fmt: str) -> int:
        name = ox.NamedNode(_graph_name(graph))
        payload = _read_bytes(data)
        scratch = ox.Store()
        try:
            scratch.load(
                payload, format=ox.RdfFormat.from_media_type(RDF_FORMATS.get(fmt, fmt)), to_graph=name
            )
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot parse {fmt} data: {exc}") from exc
        quads = list(scratch)
        with self._lock:
            self._store.clear_graph(name)
            self._store.extend(quads)
        return len(quads)

    def clear_graph(self, graph: str) -> None:
        with self._lock:
            self._store.clear_graph(ox.NamedNode(_graph_name(graph)))

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        mime = RDF_FORMATS.get(fmt, fmt)
        rdf_format = ox.RdfFormat.from_media_type(mime)
        if rdf_format is None:
            raise StoreError(f"unknown RDF format {fmt!r}")
        if graph is None:
            if not rdf_format.supports_datasets:
                raise StoreError(f"{fmt} cannot hold several graphs; use trig or nq, or name a graph")
            return bytes(self._store.dump(format=rdf_format))
        return bytes(self._store.dump(format=rdf_format, from_graph=ox.NamedNode(_graph_name(graph))))

    def counts(self) -> dict[str, int]:
        result = self.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            named_graph_uris=None,
        )
        assert isinstance(result, SelectResult)
        return {str(r["g"]): int(r["n"]) for r in result.rows}  # type: ignore[call-overload]

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, str]]) -> int:
        """Add rdflib (s, p, o, graph) tuples in one batch."""
        batch = [terms.to_oxigraph_quad(s, p, o, _graph_name(g)) for s, p, o, g in quads]
        with self._lock:
            self._store.extend(batch)
        return len(batch)

    def close(self) -> None:
        if self.path is not None:
            try:
                self._store.flush()
            except OSError:
                pass


class RemoteStore(Store):
    """Any SPARQL 1.1 endpoint (query URL and update URL). Implemented in the store issue."""

    kind = "remote"

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 30.0) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.timeout = timeout


def open_store(
    path: str | Path | None = None,
    *,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    read_only: bool = False,
) -> Store:
    """Open the store a user selected with ``--store PATH`` or ``--endpoint URL``.

    ``path=":memory:"`` gives an in-memory store.
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint)
    if path is None or str(path) == ":memory:":
        return EmbeddedStore(None)
    return EmbeddedStore(path, read_only=read_only)
