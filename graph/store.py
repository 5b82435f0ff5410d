"""The store: one small typed interface over two real backends.

* :class:`EmbeddedStore` wraps pyoxigraph (an on-disk directory, or in memory for tests).
* :class:`RemoteStore` speaks the SPARQL 1.1 Protocol to any endpoint (Virtuoso in CI).

Nothing outside this module imports the store engine. Results cross this boundary as rdflib
terms (see :mod:`graph.terms` for the conversion), as bytes already serialised in a standard
SPARQL results / RDF format (:meth:`Store.query_serialized`), which the server passes through
untouched, or as plain lexical strings (:meth:`Store.select_strings`), the fast path for large
reads such as :func:`graph.network.learning_network`, where building rdflib terms cost more
than the query. :meth:`Store.data_version` tells callers when what they cached may be stale.

Time limits that really stop the work
-------------------------------------
pyoxigraph cannot cancel a query, and an ORDER BY, GROUP BY or aggregate does all its work
inside the call that starts the query, before the first row exists; a deadline checked between
rows would fire only after the work is done. So, for an on-disk store, every query given a
``timeout`` runs in a *query worker*, a separate process. When the time is up the worker is
killed, which ends the CPU work at once, and a fresh one takes its place; the caller gets
:class:`~graph.errors.QueryTimeoutError` and other requests go on being served by the other
workers.

Workers are forked by a *worker factory*: a process started with ``python -c`` that reads the
store once per write generation, then forks a worker on request. Decisions, checked against
pyoxigraph 0.5 (RocksDB):

* **Workers answer from memory.** The factory copies a store whose directory is at most
  ``query_mirror_mb`` (default :data:`MIRROR_MAX_MB`) into an in-memory pyoxigraph store, and
  its forked workers share that copy's pages; each worker reads the whole copy once before it
  reports ready, so that its first queries do not pay the page faults. RocksDB pays about 10 us
  per index lookup and per term it decodes, the in-memory backend well under 1 us, so timed
  queries (every query the server runs) are 5-8x faster. The copy costs memory, about 2.5x
  the directory's size (shared by the workers, less the pages each one writes to), and time
  after every write (reading the store: about 1.5 s at 100k triples, 20 s at 1M), during which
  a query waits for it. A larger store is read from disk by each worker.
* **A read-only instance** (what the factory copies, or each worker opens) may open while this
  process holds the store read-write (RocksDB's read-only mode takes no lock) and it replays the
  write-ahead log, so it sees every committed write made before it opened, flushed or not.
* **It does not see writes made after it opened.** Every write (``load``, ``update``,
  ``replace_graph``, ``clear_graph``, ``add_quads``) bumps a generation counter; the factory
  and the idle workers of an older generation are retired instead of reused, and replacements
  are started in the background right after the write so that the next query finds a warm
  worker.
* **Fork only in the factory.** Forking this process, whose RocksDB and server threads may
  hold locks, could deadlock the child. The factory runs one Python thread and holds no RocksDB
  instance when it forks, so its children start in milliseconds, even after a killed query.
* Queries without ``timeout`` (the CLI, analytics, ``counts``) run in this process, on disk: no
  copy and no serialisation round trip.

An in-memory store cannot be shared with another process, so its time limit is best effort: the
deadline is checked between result rows and the query is stopped there; an aggregate that does
all its work before the first row runs to its end. (pyoxigraph releases the GIL while it works,
so other threads keep serving meanwhile.) The in-memory store is for tests and small jobs.

Remote stores pass the time limit to the endpoint (Virtuoso's ``timeout`` parameter, in ms) and
to the HTTP client.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib.term import Node

from graph import terms
from graph.errors import QuerySyntaxError, QueryTimeoutError, StoreError, TiruError
from graph.sparql import Operation, parse_operation
from graph.vocab import GRAPHS, PREFIXES, TGRAPH, graph_iri

if TYPE_CHECKING:  # httpx is imported where used: query workers start faster without it
    import httpx

__all__ = [
    "Store",
    "EmbeddedStore",
    "RemoteStore",
    "SelectResult",
    "StringRows",
    "SerializedResult",
    "QueryResult",
    "ResultKind",
    "Operation",
    "parse_operation",
    "open_store",
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "TIRU_GRAPH_PREFIX",
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
TIRU_GRAPH_PREFIX = str(TGRAPH)
"""Named graphs under this IRI are Tiru's; :meth:`RemoteStore.counts` reports only these."""

ResultKind = TypingLiteral["select", "ask", "graph"]

_OX_RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_OX_RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"

# Internal format name: whatever reads back into terms without loss (TSV rows, JSON booleans,
# N-Triples graphs). Used to carry query() results out of workers and remote endpoints.
_LOSSLESS = "_lossless"


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


@dataclass
class StringRows:
    """Rows of a SELECT query as plain strings: the fast read path (:meth:`Store.select_strings`).

    Each cell is the lexical form of its term (an IRI without ``<>``, a literal's text without
    its language tag or datatype, a blank node's label) or ``None`` when the variable is
    unbound. Rows are tuples in the order of ``variables``.

    Attributes
    ----------
    variables : list of str
        The projected variable names, without ``?``.
    rows : list of tuple
        One tuple of ``str | None`` per solution.
    truncated : bool
        True when the row cap (``limit``) cut the result short.
    """

    variables: list[str]
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    truncated: bool = False

    def __iter__(self) -> Iterator[tuple[str | None, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


_LEXICAL = operator.attrgetter("value")


def _strings_from_json(body: bytes, limit: int | None = None) -> StringRows:
    """Lexical cells out of a SPARQL 1.1 JSON results document.

    Every cell's ``value`` already is its lexical form, whatever the ``type`` (Virtuoso's
    pre-standard ``typed-literal`` included), so no term is built at all.
    """
    try:
        document = json.loads(body)
        variables = [str(v) for v in document["head"].get("vars", [])]
        bindings = document["results"]["bindings"]
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"unreadable SELECT result: {exc}") from exc
    truncated = limit is not None and len(bindings) > limit
    if limit is not None:
        bindings = bindings[:limit]
    rows = [
        tuple(cell["value"] if (cell := b.get(name)) is not None else None for name in variables)
        for b in bindings
    ]
    return StringRows(variables, rows, truncated)


@dataclass(frozen=True)
class SerializedResult:
    """A query result already written in a standard format.

    Attributes
    ----------
    body : bytes
        The serialised result.
    media_type : str
        Its media type, for a ``Content-Type`` header.
    truncated : bool
        True when the row cap (``limit``) cut the result short.
    kind : {"select", "ask", "graph"}
        SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples.
    fmt : str
        The format key (a key of :data:`RESULT_FORMATS` or :data:`RDF_FORMATS`).
    """

    body: bytes
    media_type: str
    truncated: bool
    kind: ResultKind
    fmt: str = ""


QueryResult = SelectResult | bool | list[tuple[Node, Node, Node]]


def _format_for(kind: ResultKind, fmt: str | None) -> str:
    """The format key to write a result of ``kind`` in (``None`` is the natural default)."""
    if fmt == _LOSSLESS:
        return {"select": "tsv", "ask": "json", "graph": "nt"}[kind]
    table = RDF_FORMATS if kind == "graph" else RESULT_FORMATS
    if fmt is None:
        return "ttl" if kind == "graph" else "json"
    if fmt in table:
        return fmt
    for key, media_type in table.items():
        if fmt == media_type:
            return key
    what = "CONSTRUCT/DESCRIBE" if kind == "graph" else "SELECT/ASK"
    raise StoreError(
        f"format {fmt!r} cannot hold the result of a {what} query; use one of {', '.join(table)}"
    )


class Store:
    """The interface every backend implements.

    Parameters of the query methods
    -------------------------------
    timeout : seconds before the query is stopped with :class:`QueryTimeoutError`.
    limit : maximum number of rows (triples for CONSTRUCT/DESCRIBE) returned;
        ``truncated`` says when it was hit.
    default_graph_uris, named_graph_uris : the SPARQL Protocol's dataset parameters
        (short graph names such as ``"curated"`` are accepted too).

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
        """Run a SPARQL query; SELECT gives a :class:`SelectResult`, ASK a bool and
        CONSTRUCT/DESCRIBE a list of rdflib triples."""
        raise NotImplementedError

    def query_serialized(
        self,
        sparql: str,
        fmt: str | None = None,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> SerializedResult:
        """Run a SPARQL query and return its result serialised in ``fmt``.

        ``fmt`` is ``json|xml|csv|tsv`` for SELECT/ASK and ``ttl|nt|jsonld|rdfxml`` (or ``nq``,
        ``trig``) for CONSTRUCT/DESCRIBE, or a media type of those tables; ``None`` means JSON
        for SELECT/ASK and Turtle for graphs. A format that does not fit the query's kind raises
        :class:`StoreError` (use :meth:`query_kind` first to choose).
        """
        raise NotImplementedError

    def query_kind(self, sparql: str) -> TypingLiteral["select", "ask", "graph", "update"]:
        """Whether ``sparql`` is a SELECT, ASK, graph (CONSTRUCT/DESCRIBE) query or an update,
        found without running it (see :func:`graph.sparql.parse_operation`)."""
        return parse_operation(sparql).result_kind

    def select_strings(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> StringRows:
        """Run a SELECT query and return its cells as lexical strings (see :class:`StringRows`).

        The fast read path for code that only needs the text of each cell (IRIs, dates,
        labels): no rdflib term is built, which is most of the cost of :meth:`query` on large
        results. A language tag or datatype that matters must be asked for in the query itself
        (``BIND(LANG(?label) AS ?lang)``). Anything but a SELECT raises :class:`StoreError`.

        This default goes through :meth:`query`; the backends override it with native paths.
        """
        result = self.query(
            sparql, timeout=timeout, limit=limit,
            default_graph_uris=default_graph_uris, named_graph_uris=named_graph_uris,
        )
        if not isinstance(result, SelectResult):
            raise StoreError("select_strings needs a SELECT query")
        rows = [
            tuple(None if (term := row.get(name)) is None else str(term)
                  for name in result.variables)
            for row in result.rows
        ]
        return StringRows(list(result.variables), rows, result.truncated)

    def data_version(self) -> Hashable | None:
        """A cheap token that changes whenever the data this store answers from may have changed.

        Callers cache what they computed from the store under this token (the server's network
        views, :func:`graph.network.learning_network`'s gazetteer look-up) and recompute when it
        differs. ``None`` means the backend cannot tell, and nothing may be cached. No query is
        run: the token must cost nothing next to the work it saves.
        """
        return None

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
        """Remove every triple of one named graph."""
        raise NotImplementedError

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """Serialise one named graph, or the whole dataset (``trig``/``nq``) when ``graph`` is
        None."""
        raise NotImplementedError

    def counts(self, *, timeout: float | None = None) -> dict[str, int]:
        """Number of triples per named graph IRI (``timeout`` as for :meth:`query`)."""
        raise NotImplementedError

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, str]]) -> int:
        """Add rdflib ``(s, p, o, graph)`` tuples in one batch; returns how many."""
        raise NotImplementedError

    def start_workers(self, *, wait: float | None = None) -> bool:
        """Get ready to answer timed queries; True when ready (see EmbeddedStore)."""
        return True

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        """Release the backend's resources (files, worker processes, connections)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _graph_name(graph: str) -> str:
    return graph_iri(graph) if graph in GRAPHS else graph


def _read_bytes(data: bytes | str | Path) -> bytes:
    if isinstance(data, Path):
        try:
            return data.read_bytes()
        except OSError as exc:
            raise StoreError(f"cannot read {data}: {exc}") from exc
    if isinstance(data, str):
        return data.encode("utf-8")
    return data


def _rdf_format(fmt: str) -> ox.RdfFormat:
    if fmt in _OX_RDF_FORMATS:
        return _OX_RDF_FORMATS[fmt]
    rdf_format = ox.RdfFormat.from_media_type(fmt)
    if rdf_format is None:
        raise StoreError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    return rdf_format


def _scratch(data: bytes | str | Path, fmt: str, graph: str) -> ox.Store:
    """Parse RDF completely into an in-memory store before anything real is written, so that
    broken input changes nothing.

    pyoxigraph's native loader does the work (fast, and it gives blank nodes fresh names so
    that two loads never share one by accident). Triples go to ``graph``; the quads of a
    dataset format (TriG, N-Quads) that name their own graph keep it.
    """
    payload = _read_bytes(data)
    rdf_format = _rdf_format(fmt)
    target = _graph_name(graph)
    scratch = ox.Store()
    try:
        if rdf_format.supports_datasets:
            scratch.load(payload, format=rdf_format)
            # ADD, not MOVE: MOVE would first clear the target, which the document itself may
            # fill (a TriG file with a block for the very graph it is loaded into).
            scratch.update(f"ADD SILENT DEFAULT TO GRAPH <{target}> ; CLEAR SILENT DEFAULT")
        else:
            scratch.load(payload, format=rdf_format, to_graph=ox.NamedNode(target))
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot parse {fmt} data: {exc}") from exc
    return scratch


def _parse_quads(data: bytes | str | Path, fmt: str, graph: str) -> list[ox.Quad]:
    """The quads of an RDF document (see :func:`_scratch`)."""
    return list(_scratch(data, fmt, graph))


def _insert_data(scratch: ox.Store) -> str:
    """One INSERT DATA operation holding every quad of ``scratch``, grouped by graph."""
    blocks = []
    for name in scratch.named_graphs():
        body = scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name) or b""
        blocks.append(f"GRAPH {name} {{\n{body.decode('utf-8')}\n}}")
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def _dataset_kwargs(
    default_graph_uris: Sequence[str] | None, named_graph_uris: Sequence[str] | None
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if default_graph_uris:
        kwargs["default_graph"] = [ox.NamedNode(_graph_name(g)) for g in default_graph_uris]
    else:
        kwargs["use_default_graph_as_union"] = True
    if named_graph_uris:
        kwargs["named_graphs"] = [ox.NamedNode(_graph_name(g)) for g in named_graph_uris]
    return kwargs


def _term_text(term: object) -> str:
    # str() of a pyoxigraph term is its N-Triples form, which is exactly a TSV results cell.
    return "" if term is None else str(term)


def _timed_out(timeout: float | None) -> QueryTimeoutError:
    return QueryTimeoutError(f"the query was stopped after its time limit of {timeout:g} s")


def _execute(
    store: ox.Store,
    sparql: str,
    fmt: str | None,
    limit: int | None,
    dataset: dict[str, Any],
    deadline: float | None = None,
    timeout: float | None = None,
) -> SerializedResult:
    """Run one query on a pyoxigraph store and serialise its result.

    Without ``limit`` and ``deadline`` the native serialisers stream the whole result. With
    either, rows are taken one by one (checking the deadline between them), written as TSV (the
    results format whose cells are plain N-Triples terms) and converted by pyoxigraph's own
    parser and serialiser, so every output format keeps coming from the native writers.
    """
    try:
        raw = store.query(sparql, **dataset)
    except SyntaxError as exc:
        raise QuerySyntaxError(str(exc)) from exc
    except OSError as exc:
        raise StoreError(f"the query failed: {exc}") from exc
    try:
        if isinstance(raw, ox.QueryBoolean):
            key = _format_for("ask", fmt)
            body = raw.serialize(format=_OX_RESULT_FORMATS[key]) or b""
            return SerializedResult(bytes(body), RESULT_FORMATS[key], False, "ask", key)
        if isinstance(raw, ox.QuerySolutions):
            key = _format_for("select", fmt)
            if limit is None and deadline is None:
                body = raw.serialize(format=_OX_RESULT_FORMATS[key]) or b""
                return SerializedResult(bytes(body), RESULT_FORMATS[key], False, "select", key)
            variables = [v.value for v in raw.variables]
            lines = ["\t".join(f"?{name}" for name in variables)]
            truncated = False
            for count, solution in enumerate(raw):
                if deadline is not None and time.monotonic() > deadline:
                    raise _timed_out(timeout)
                if limit is not None and count >= limit:
                    truncated = True
                    break
                lines.append("\t".join(_term_text(solution[name]) for name in variables))
            tsv = ("\n".join(lines) + "\n").encode("utf-8")
            if key != "tsv":
                parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
                tsv = bytes(parsed.serialize(format=_OX_RESULT_FORMATS[key]) or b"")
            return SerializedResult(tsv, RESULT_FORMATS[key], truncated, "select", key)
        key = _format_for("graph", fmt)
        rdf_format = _OX_RDF_FORMATS[key]
        prefixes = PREFIXES if key in ("ttl", "trig", "rdfxml") else None
        triples: Iterable[ox.Triple] = raw
        truncated = False
        if limit is not None or deadline is not None:
            kept: list[ox.Triple] = []
            for count, triple in enumerate(raw):
                if deadline is not None and time.monotonic() > deadline:
                    raise _timed_out(timeout)
                if limit is not None and count >= limit:
                    truncated = True
                    break
                kept.append(triple)
            triples = kept
        graph_body = ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b""
        return SerializedResult(bytes(graph_body), RDF_FORMATS[key], truncated, "graph", key)
    except OSError as exc:
        raise StoreError(f"the query failed: {exc}") from exc


def _decode(result: SerializedResult) -> QueryResult:
    """Turn a lossless serialised result back into rdflib terms."""
    try:
        if result.kind == "graph":
            quads = ox.parse(result.body, format=_rdf_format(result.fmt))
            return [
                (
                    terms.to_rdflib(q.subject),
                    terms.to_rdflib(q.predicate),
                    terms.to_rdflib(q.object),
                )
                for q in quads
            ]
        if result.kind == "select":  # a lossless SELECT result is TSV (see _format_for)
            variables, table = terms.rows_from_tsv(result.body)
            return SelectResult(variables, table, result.truncated)
        parsed = ox.parse_query_results(result.body, format=_OX_RESULT_FORMATS[result.fmt])
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"unreadable query result: {exc}") from exc
    if not isinstance(parsed, ox.QueryBoolean):
        raise StoreError("unreadable query result: an ASK answer without a boolean")
    return bool(parsed)


# ---------------------------------------------------------------------------------------------
# Query workers (on-disk embedded store)

# Stores whose directory is at most this many megabytes are answered from an in-memory copy
# (see _memory_copy, and the module docstring for what it costs and gains).
MIRROR_MAX_MB = 1024


def _memory_copy(path: str, mirror_max_mb: int) -> ox.Store | None:
    """An in-memory copy of the store for a generation's workers, or None when it is too large.

    Read once, before any worker exists, by the worker factory (:func:`_factory_main`); the
    workers forked from it share the copy's pages.
    """
    if _directory_mb(Path(path)) > mirror_max_mb:
        return None
    disk = ox.Store.read_only(path)
    data = disk.dump(format=ox.RdfFormat.N_QUADS)
    del disk
    memory = ox.Store()
    # Parsed without renaming blank nodes (Store.load renames them), so that a worker names a
    # blank node as the store does; lenient: the data was validated when it was written.
    memory.bulk_extend(ox.parse(data, format=ox.RdfFormat.N_QUADS, lenient=True))
    return memory


def _directory_mb(path: Path) -> float:
    total = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(path):
            with contextlib.suppress(OSError):
                total += entry.stat(follow_symlinks=False).st_size
    return total / 1e6


def _factory_main(path: str, fd: int, owner: int, mirror_max_mb: int) -> None:
    """Body of a worker factory: read the store once, then fork a query worker per request.

    Started as ``python -c`` with one end of a socket pair (``fd``) rather than through
    :mod:`multiprocessing`, whose ``spawn`` method re-runs the parent's ``__main__`` script and
    so breaks any user script without an ``if __name__ == "__main__"`` guard. Forking is safe
    here, unlike in the owner: this process runs one Python thread and holds no RocksDB
    instance when it forks (an in-memory copy, or nothing open at all).

    Protocol on ``fd``: the factory sends ``R`` when ready (or ``E`` and a message, then
    exits); each ``F`` from the owner is answered with the worker's pid (4 bytes) and, as
    ancillary data, the owner's end of a socket pair connected to that worker. End of file
    ends the factory; its workers live on until they are stopped or the owner dies.
    """
    control = socket.socket(fileno=fd)
    try:
        # Without a copy, each worker opens its own read-only instance after the fork: RocksDB's
        # threads and file handles must not be shared across a fork.
        engine = _memory_copy(path, mirror_max_mb)
    except (OSError, ValueError, SyntaxError) as exc:
        with contextlib.suppress(OSError):
            control.sendall(b"E" + f"cannot read the store at {path}: {exc}".encode())
        return
    # Workers end on their own; the kernel reaps them, no zombie is left behind.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    control.sendall(b"R")
    while True:
        try:
            request = control.recv(1)
        except OSError:
            return
        if not request:
            return
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                control.close()
                ours.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _exit_with(owner)
                conn = Connection(theirs.detach())
                if engine is not None:
                    # Touch the whole copy once before saying ready: a forked worker's first
                    # reads of each page fault (and its first writes copy the page), which made
                    # its first queries 2-5x slower than the same query a moment later.
                    engine.dump(format=ox.RdfFormat.N_QUADS)
                # The owner may close the connection at any moment (it killed or retired us).
                with contextlib.suppress(EOFError, OSError):
                    _serve(engine if engine is not None else path, conn)
            finally:
                os._exit(0)
        theirs.close()
        try:
            socket.send_fds(control, [pid.to_bytes(4, "little")], [ours.fileno()])
        except OSError:
            return
        finally:
            ours.close()


def _serve(engine: ox.Store | str, conn: Connection) -> None:
    if isinstance(engine, str):
        try:
            engine = ox.Store.read_only(engine)
        except OSError as exc:
            conn.send(("error", f"cannot open the store at {engine} read-only: {exc}"))
            return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        sparql, fmt, limit, default_graphs, named_graphs = request
        try:
            dataset = _dataset_kwargs(default_graphs, named_graphs)
            conn.send(("ok", _execute(engine, sparql, fmt, limit, dataset)))
        except QuerySyntaxError as exc:
            conn.send(("syntax", str(exc)))
        except TiruError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # a worker must answer, whatever happened
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _alive(pid: int) -> bool:
    """Whether a process runs; a zombie (ended, not yet reaped) counts as gone.

    A worker whose factory was retired is reparented to PID 1, which in a container may never
    reap it: without the zombie check, stopping it would wait for a process that has ended.
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[-1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (not Linux): os.kill's answer stands
    return state not in (b"Z", b"X")


def _exit_with(owner: int) -> None:
    """End this worker when the process that owns the store dies, even mid-query.

    A watchdog thread rather than Linux's ``PR_SET_PDEATHSIG``, which fires when the parent
    *thread* ends; and the parent here is the factory, which may be retired (after a write)
    while this worker still answers. pyoxigraph releases the GIL while it evaluates, so the
    watchdog runs during a long query too.
    """

    def watch() -> None:
        while _alive(owner):
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="tiru-owner-watch", daemon=True).start()


_FACTORY_CODE = (
    "import sys; from graph.store import _factory_main; "
    "_factory_main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))"
)


@dataclass
class _Worker:
    pid: int
    conn: Connection
    generation: int

    def alive(self) -> bool:
        return _alive(self.pid)

    def _wait_gone(self, seconds: float) -> bool:
        # Not our child (the factory's), so there is no waitpid: poll until the pid is gone.
        end = time.monotonic() + seconds
        while self.alive():
            if time.monotonic() > end:
                return False
            time.sleep(0.005)
        return True

    def stop(self, *, kill: bool = False) -> None:
        if not kill and self.alive():
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
            self._wait_gone(1.0)
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._wait_gone(5.0)
        with contextlib.suppress(OSError):
            self.conn.close()


class _Factory:
    """A worker factory process for one write generation of the store (see _factory_main)."""

    def __init__(self, path: Path, generation: int, mirror_max_mb: int) -> None:
        self.generation = generation
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        # The factory imports this package: make sure it finds this very copy of it.
        package_root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _FACTORY_CODE, str(path), str(theirs.fileno()),
                 str(os.getpid()), str(mirror_max_mb)],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        finally:
            theirs.close()
        self._control = ours
        self._lock = threading.Lock()
        self._ready = False
        self.error: str | None = None

    def fork(self, deadline: float) -> _Worker:
        """A new worker of this generation; ``TimeoutError`` if the factory is not ready in time."""
        if not self._lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise TimeoutError
        try:
            if self.error is not None:
                raise StoreError(self.error)
            self._control.settimeout(max(0.001, deadline - time.monotonic()))
            try:
                if not self._ready:
                    first = self._control.recv(65536)
                    if first != b"R":
                        self.error = (first[1:].decode("utf-8", "replace")
                                      or "the query worker factory ended")
                        raise StoreError(self.error)
                    self._ready = True
                self._control.sendall(b"F")
                message, fds, _, _ = socket.recv_fds(self._control, 4, 1)
            except TimeoutError:
                if self._ready:
                    # A request is out and its answer may still come: this conversation can no
                    # longer be trusted, so the factory is done.
                    self.error = "the query worker factory stopped answering"
                raise
            except OSError as exc:
                self.error = f"the query worker factory failed: {exc}"
                raise StoreError(self.error) from exc
            if len(message) != 4 or not fds:
                self.error = "the query worker factory ended"
                raise StoreError(self.error)
            return _Worker(int.from_bytes(message, "little"), Connection(fds[0]), self.generation)
        finally:
            self._lock.release()

    def stop(self) -> None:
        # Killed rather than asked: it may be busy reading the store, and its workers do not
        # depend on it.
        with contextlib.suppress(OSError):
            self._control.close()
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5.0)


def _retire_all(workers: list[_Worker], factory: _Factory | None) -> None:
    for worker in workers:
        worker.stop()
    if factory is not None:
        factory.stop()


# How RocksDB reports a table file that compaction deleted under a read-only instance.
_FILES_GONE = "No such file"


class _WorkerPool:
    """Warm worker processes that answer timed queries over a read-only view of the store."""

    def __init__(self, path: Path, size: int, mirror_max_mb: int = MIRROR_MAX_MB) -> None:
        self.path = path
        self.size = max(1, size)
        self.mirror_max_mb = mirror_max_mb
        self.generation = 0
        self._idle: list[_Worker] = []
        self._live = 0  # idle + busy + starting
        self._cond = threading.Condition()
        self._closed = False
        self._factory: _Factory | None = None

    def _current_factory(self) -> _Factory:
        with self._cond:
            if self._closed:
                raise StoreError("the store is closed")
            old = self._factory
            if old is not None and old.generation == self.generation and old.error is None:
                return old
            factory = self._factory = _Factory(self.path, self.generation, self.mirror_max_mb)
        if old is not None:
            old.stop()
        return factory

    def _start(self, deadline: float) -> _Worker:
        factory = self._current_factory()
        try:
            return factory.fork(deadline)
        except StoreError:
            if factory.error is None or _FILES_GONE not in factory.error:
                raise
        # A compaction in the writing process removed files the factory was reading; a new
        # factory sees the current files. Retry once.
        return self._current_factory().fork(deadline)

    def _wait_ready(self, worker: _Worker, deadline: float | None) -> None:
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not worker.conn.poll(remaining):
            raise TimeoutError
        try:
            status, message = worker.conn.recv()
        except (EOFError, OSError) as exc:
            raise StoreError("a query worker failed to start") from exc
        if status != "ready":
            raise StoreError(str(message))

    def _unreserve(self) -> None:
        with self._cond:
            self._live -= 1
            self._cond.notify_all()

    def _retire(self, worker: _Worker, *, kill: bool = False) -> None:
        worker.stop(kill=kill)
        self._unreserve()

    def refresh(self) -> None:
        """Retire idle workers that predate a write and start current ones in the background."""
        with self._cond:
            self.generation += 1
            stale, self._idle = self._idle, []
            self._live -= len(stale)
            wanted = len(stale)
            factory, self._factory = self._factory, None
            self._cond.notify_all()
        # Retired in the background: a write must not wait for old processes to end. Workers go
        # first, while their factory still reaps them.
        threading.Thread(target=_retire_all, args=(stale, factory), name="tiru-retire",
                         daemon=True).start()
        if wanted:
            self.prewarm(wanted)

    def wait_ready(self, timeout: float) -> bool:
        """Wait until an idle worker of the current generation exists, or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not any(w.generation == self.generation for w in self._idle):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed or self._live == 0:
                    return False
                self._cond.wait(remaining)
            return True

    def prewarm(self, count: int | None = None) -> None:
        """Start up to ``count`` workers (default: the pool size) in a background thread."""
        with self._cond:
            if self._closed:
                return
            count = min(self.size - self._live, self.size if count is None else count)
            if count <= 0:
                return
            self._live += count

        def start_all() -> None:
            for _ in range(count):
                try:
                    # The factory may first have to read a large store into memory.
                    worker = self._start(time.monotonic() + 600.0)
                    self._wait_ready(worker, time.monotonic() + 60.0)
                except (StoreError, TimeoutError, OSError):
                    self._unreserve()
                    continue
                self._release(worker)

        threading.Thread(target=start_all, name="tiru-prewarm", daemon=True).start()

    def _acquire(self, deadline: float) -> _Worker:
        with self._cond:
            while True:
                if self._closed:
                    raise StoreError("the store is closed")
                # Newest first: the worker released last has this process's recent queries in
                # its caches; taking the oldest made queries in a row alternate between cold
                # workers (about 10% on a small query).
                for index in range(len(self._idle) - 1, -1, -1):
                    if self._idle[index].generation == self.generation:
                        return self._idle.pop(index)
                if self._live < self.size:
                    self._live += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                self._cond.wait(remaining)
        # Start a worker outside the lock; its start-up counts against the query's time.
        try:
            worker = self._start(deadline)
        except OSError as exc:
            self._unreserve()
            raise StoreError(f"cannot start a query worker: {exc}") from exc
        except BaseException:
            self._unreserve()
            raise
        try:
            self._wait_ready(worker, deadline)
        except BaseException:
            self._retire(worker, kill=True)
            raise
        return worker

    def _release(self, worker: _Worker) -> None:
        with self._cond:
            if self._closed or worker.generation != self.generation:
                stale = True
            else:
                stale = False
                self._idle.append(worker)
                self._cond.notify_all()
        if stale:
            self._retire(worker)

    def run(self, request: tuple[Any, ...], timeout: float) -> SerializedResult:
        return self._run(request, time.monotonic() + timeout, timeout, retried=False)

    def _run(
        self, request: tuple[Any, ...], deadline: float, timeout: float, *, retried: bool
    ) -> SerializedResult:
        try:
            worker = self._acquire(deadline)
        except TimeoutError:
            raise _timed_out(timeout) from None
        try:
            worker.conn.send(request)
            answered = worker.conn.poll(max(0.0, deadline - time.monotonic()))
        except (OSError, ValueError) as exc:
            self._retire(worker, kill=True)
            self.prewarm(1)
            raise StoreError(f"a query worker failed: {exc}") from exc
        if not answered:
            # The point of the workers: killing the process is what really stops the query.
            self._retire(worker, kill=True)
            self.prewarm(1)
            raise _timed_out(timeout)
        try:
            status, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._retire(worker, kill=True)
            self.prewarm(1)
            raise StoreError("a query worker died while answering (out of memory?)") from exc
        if status == "error" and not retried and _FILES_GONE in str(payload):
            # A compaction in the writing process removed files this worker had not opened
            # yet; a worker opened now sees the current files. Retry once.
            self._retire(worker, kill=True)
            return self._run(request, deadline, timeout, retried=True)
        self._release(worker)
        if status == "ok":
            return payload  # type: ignore[no-any-return]
        if status == "syntax":
            raise QuerySyntaxError(payload)
        raise StoreError(payload)

    def pids(self) -> list[int]:
        with self._cond:
            return [worker.pid for worker in self._idle]

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._live -= len(idle)
            factory, self._factory = self._factory, None
            self._cond.notify_all()
        _retire_all(idle, factory)


# ---------------------------------------------------------------------------------------------
# Embedded backend


class _ClosedStore:
    """Stands in for the engine after :meth:`EmbeddedStore.close`: any use is a clear error."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        raise StoreError(f"the store at {self._path} is closed")

    def __len__(self) -> int:
        raise StoreError(f"the store at {self._path} is closed")


class EmbeddedStore(Store):
    """pyoxigraph, on disk (``path``) or in memory (``path=None``).

    Parameters
    ----------
    path : str or Path, optional
        Directory of the on-disk store; ``None`` for an in-memory store.
    read_only : bool
        Open an existing on-disk store without write access.
    query_workers : int, optional
        Size of the pool of worker processes that run queries given a ``timeout`` on an on-disk
        store (default: between 2 and 4, following the CPU count). See the module docstring.
    query_mirror_mb : int, optional
        Those workers answer from an in-memory copy of an on-disk store whose directory is at
        most this many megabytes (default :data:`MIRROR_MAX_MB`); 0 makes them read the disk.
    """

    kind = "embedded"

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        query_workers: int | None = None,
        query_mirror_mb: int | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
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
        size = query_workers if query_workers is not None else min(4, max(2, os.cpu_count() or 1))
        mirror = MIRROR_MAX_MB if query_mirror_mb is None else query_mirror_mb
        self._pool = _WorkerPool(self.path, size, mirror) if self.path is not None else None
        # Bumped by every write through this object (see data_version).
        self._version = 0
        self._counts: tuple[int, dict[str, int]] | None = None
        self._version_lock = threading.Lock()

    # -- queries ----------------------------------------------------------------------------

    def start_workers(self, *, wait: float | None = None) -> bool:
        """Start the query workers now rather than at the first timed query.

        A server calls this at start-up so that its first request does not wait for a worker.
        Does nothing for an in-memory store.

        Parameters
        ----------
        wait : float, optional
            Block for at most this many seconds until a worker is ready (its generation's
            in-memory copy made); by default return at once and start them in the background.

        Returns
        -------
        bool
            Whether a worker is ready (always True for an in-memory store).
        """
        if self._pool is None:
            return True
        self._pool.prewarm()
        return self._pool.wait_ready(wait) if wait is not None else False

    def worker_pids(self) -> list[int]:
        """Process ids of the idle query workers (for diagnostics and tests)."""
        return self._pool.pids() if self._pool is not None else []

    def data_version(self) -> Hashable | None:
        """The number of writes made through this object so far.

        Only this object can change what it reads: an in-memory store belongs to this process;
        a read-write on-disk store holds RocksDB's lock, so no other process writes to it; and a
        read-only instance keeps seeing the data as it was when it was opened (see the module
        docstring), whatever another process writes later. So a counter bumped after every
        write is exact, and costs nothing.
        """
        return self._version

    def select_strings(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> StringRows:
        if timeout is not None and (timeout <= 0 or self._pool is not None):
            # Timed queries on disk run in a worker (the only way to really stop them); its
            # answer crosses the process boundary as TSV, read cell by distinct cell.
            result = self.query_serialized(
                sparql, "tsv", timeout=timeout, limit=limit,
                default_graph_uris=default_graph_uris, named_graph_uris=named_graph_uris,
            )
            if result.kind != "select":
                raise StoreError("select_strings needs a SELECT query")
            try:
                variables, cells = terms.strings_from_tsv(result.body)
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"unreadable query result: {exc}") from exc
            return StringRows(variables, cells, result.truncated)
        deadline = time.monotonic() + timeout if timeout is not None else None
        try:
            raw = self._store.query(sparql, **_dataset_kwargs(default_graph_uris, named_graph_uris))
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from exc
        if not isinstance(raw, ox.QuerySolutions):
            raise StoreError("select_strings needs a SELECT query")
        out = StringRows([v.value for v in raw.variables])
        rows = out.rows
        lexical = _LEXICAL
        try:
            # This loop is the Python cost of a large read, so it does one C-level map per row
            # (``.value`` is the lexical form, one string copied out of Rust); only a row with
            # an unbound cell (None has no ``.value``) takes the slower way.
            for solution in raw:
                if limit is not None and len(rows) >= limit:
                    out.truncated = True
                    break
                if deadline is not None and time.monotonic() > deadline:
                    raise _timed_out(timeout)
                try:
                    rows.append(tuple(map(lexical, solution)))
                except AttributeError:
                    rows.append(tuple([None if t is None else t.value for t in solution]))
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from exc
        return out

    def query_serialized(
        self,
        sparql: str,
        fmt: str | None = None,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> SerializedResult:
        if timeout is not None and timeout <= 0:
            raise _timed_out(timeout)
        if timeout is not None and self._pool is not None:
            request = (
                sparql,
                fmt,
                limit,
                list(default_graph_uris or ()),
                list(named_graph_uris or ()),
            )
            return self._pool.run(request, timeout)
        deadline = time.monotonic() + timeout if timeout is not None else None
        dataset = _dataset_kwargs(default_graph_uris, named_graph_uris)
        return _execute(self._store, sparql, fmt, limit, dataset, deadline, timeout)

    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> QueryResult:
        if timeout is not None:
            return _decode(
                self.query_serialized(
                    sparql,
                    _LOSSLESS,
                    timeout=timeout,
                    limit=limit,
                    default_graph_uris=default_graph_uris,
                    named_graph_uris=named_graph_uris,
                )
            )
        # Untimed queries convert terms directly: no serialisation round trip.
        try:
            raw = self._store.query(sparql, **_dataset_kwargs(default_graph_uris, named_graph_uris))
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from exc
        try:
            if isinstance(raw, ox.QueryBoolean):
                return bool(raw)
            if isinstance(raw, ox.QuerySolutions):
                variables = [v.value for v in raw.variables]
                result = SelectResult(variables)
                for solution in raw:
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
                if limit is not None and len(triples) >= limit:
                    break
                triples.append(
                    (
                        terms.to_rdflib(t.subject),
                        terms.to_rdflib(t.predicate),
                        terms.to_rdflib(t.object),
                    )
                )
            return triples
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from exc

    # -- writes -----------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")

    def _written(self) -> None:
        # After the write, never before: bumped before it, a reader could take the new token,
        # read the old data and cache it under the token that stays current.
        with self._version_lock:
            self._version += 1
        if self._pool is None:
            return
        # Flushed data need not be replayed from the write-ahead log by every new worker,
        # which keeps their start fast after a large load.
        with contextlib.suppress(OSError):
            self._store.flush()
        # Workers opened before this write would answer from the old data.
        self._pool.refresh()

    def update(self, sparql: str, *, timeout: float | None = None) -> None:
        self._check_writable()
        try:
            with self._lock:
                self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"the update failed: {exc}") from exc
        finally:
            self._written()

    def load(self, data: bytes | str | Path, fmt: str, graph: str) -> int:
        self._check_writable()
        scratch = _scratch(data, fmt, graph)
        # N-Quads out of the scratch store and into this one: native on both sides. Up to
        # BULK_LOAD_QUADS quads in one transaction (pyoxigraph's load writes all or nothing).
        # Above, the bulk loader: about 3x faster at a million triples, and the input has been
        # parsed completely already, so bad input still changes nothing; what it gives up is
        # atomicity against an I/O failure midway and readers seeing the data arrive gradually.
        nquads = scratch.dump(format=ox.RdfFormat.N_QUADS) or b""
        bulk = self.path is not None and len(scratch) > BULK_LOAD_QUADS
        try:
            with self._lock:
                if bulk:
                    self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
                else:
                    self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        finally:
            self._written()
        return len(scratch)

    def replace_graph(self, graph: str, data: bytes | str | Path, fmt: str) -> int:
        self._check_writable()
        scratch = _scratch(data, fmt, graph)
        name = _graph_name(graph)
        # One SPARQL Update is one transaction: readers see the old graph or the new one,
        # never an empty or half-written one.
        statement = f"CLEAR SILENT GRAPH <{name}> ;\n{_insert_data(scratch)}"
        try:
            with self._lock:
                self._store.update(statement)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        finally:
            self._written()
        return len(scratch)

    def clear_graph(self, graph: str) -> None:
        self._check_writable()
        try:
            with self._lock:
                self._store.clear_graph(ox.NamedNode(_graph_name(graph)))
        except OSError as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        finally:
            self._written()

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, str]]) -> int:
        self._check_writable()
        batch = [terms.to_oxigraph_quad(s, p, o, _graph_name(g)) for s, p, o, g in quads]
        try:
            with self._lock:
                self._store.extend(batch)
        except OSError as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        finally:
            self._written()
        return len(batch)

    # -- whole-store reads ------------------------------------------------------------------

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        rdf_format = _rdf_format(fmt)
        try:
            if graph is None:
                if not rdf_format.supports_datasets:
                    raise StoreError(
                        f"{fmt} cannot hold several graphs; use trig or nq, or name a graph"
                    )
                return bytes(self._store.dump(format=rdf_format) or b"")
            prefixes = PREFIXES if fmt in ("ttl", "trig") else None
            quads = self._store.quads_for_pattern(
                None, None, None, ox.NamedNode(_graph_name(graph))
            )
            triples = (q.triple for q in quads)
            return bytes(ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b"")
        except OSError as exc:
            raise StoreError(f"cannot read the store: {exc}") from exc

    def counts(self, *, timeout: float | None = None) -> dict[str, int]:
        # Remembered per data version: counting reads every quad (about a second at a million
        # triples), and the server's home page asks on every visit.
        version = self._version
        memo = self._counts
        if memo is not None and memo[0] == version:
            return dict(memo[1])
        result = self.query(_COUNTS, timeout=timeout)
        assert isinstance(result, SelectResult)
        counts = {str(r["g"]): int(r["n"]) for r in result.rows}  # type: ignore[call-overload]
        # Under the version read before counting: a write meanwhile makes the next call count.
        self._counts = (version, counts)
        return dict(counts)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self.path is None or isinstance(self._store, _ClosedStore):
            return
        if not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        # pyoxigraph releases the directory's lock only when its Store object is freed; without
        # dropping our reference, the same process (a notebook, a test, the CLI runner) could
        # not open the directory again while this object lives.
        self._store = _ClosedStore(self.path)  # type: ignore[assignment]


# ---------------------------------------------------------------------------------------------
# Remote backend (SPARQL 1.1 Protocol)

_VIRTUOSO_BNODE = re.compile(rb"<bnode>nodeID://([A-Za-z0-9_]+)</bnode>")

# Triples per INSERT DATA request: large enough to load fast, small enough for Virtuoso's
# limits on the size of one SPARQL request's code (it compiles INSERT DATA into SQL).
_INSERT_CHUNK = 5000
# Loads into an on-disk store larger than this use pyoxigraph's bulk loader (see load()).
BULK_LOAD_QUADS = 200_000
# Triples per INSERT template (used for blank nodes): Virtuoso 7.2 refuses a request whose
# generated SQL exceeds 10,000 lines, which a template of about 1,500 triples reaches.
_TEMPLATE_CHUNK = 500


class RemoteStore(Store):
    """Any SPARQL 1.1 endpoint, through the SPARQL 1.1 Protocol.

    Parameters
    ----------
    query_url : str
        The query endpoint (Virtuoso: ``http://host:8890/sparql``).
    update_url : str, optional
        The update endpoint; defaults to ``query_url`` (Virtuoso takes both at ``/sparql``).
    timeout : float
        HTTP time limit for requests without their own ``timeout`` (loads, updates).
    graph_prefix : str
        :meth:`counts` and :meth:`dump` without a graph report only named graphs whose IRI starts
        with this (default Tiru's ``https://w3id.org/tiru/graph/``), because a Virtuoso server
        carries its own system graphs (``http://www.openlinksw.com/schemas/virtrdf#`` and
        others) that are not Tiru's data. Pass ``""`` to see every graph.
    headers : mapping, optional
        Extra HTTP headers (for example ``Authorization``).

    Notes
    -----
    The query's default graph is left to the endpoint; Virtuoso's is the union of all graphs,
    as Tiru's design expects. Virtuoso's ``timeout`` parameter (ms) is sent along with the
    SPARQL Protocol request; Virtuoso then stops the query and reports it in the
    ``X-SQL-State`` header, which becomes :class:`QueryTimeoutError` here rather than silently
    partial results.
    """

    kind = "remote"
    version_ttl: float = 5.0
    """Seconds for which :meth:`data_version` may stay unchanged (other clients write too)."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        *,
        timeout: float = 60.0,
        graph_prefix: str = TIRU_GRAPH_PREFIX,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.timeout = timeout
        self.graph_prefix = graph_prefix
        import httpx

        self._httpx = httpx
        self._client = httpx.Client(headers=dict(headers or {}), follow_redirects=True)
        self._writes = 0
        self._writes_lock = threading.Lock()

    # -- protocol ---------------------------------------------------------------------------

    def _post(
        self, url: str, data: list[tuple[str, str]], headers: dict[str, str], timeout: float
    ) -> httpx.Response:
        try:
            form: dict[str, list[str]] = {}
            for key, value in data:
                form.setdefault(key, []).append(value)
            response = self._client.post(url, data=form, headers=headers, timeout=timeout)
        except self._httpx.TimeoutException as exc:
            raise QueryTimeoutError(
                f"the SPARQL endpoint {url} did not answer within {timeout:g} s"
            ) from exc
        except self._httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc}") from exc
        if response.status_code >= 400:
            self._raise_for(response, url)
        return response

    @staticmethod
    def _raise_for(response: httpx.Response, url: str) -> None:
        # Virtuoso appends the whole request after "SPARQL query:"; a loaded chunk is long.
        text = response.text.split("\nSPARQL query:", 1)[0].strip()
        # Virtuoso answers syntax errors with 400 and "Virtuoso 37000 Error SP030: SPARQL
        # compiler, line N: ..."; other endpoints put the parser message in the body too.
        message = text[:2000] or response.reason_phrase
        lowered = text.lower()
        if response.status_code == 400 and (
            "syntax" in lowered or "sp030" in lowered or "parse" in lowered or "37000" in lowered
        ):
            raise QuerySyntaxError(message)
        # Virtuoso's time-outs: S1TAT (anytime query), S1T00 / SR171 (transaction timed out),
        # and HY008 / SR203 (the statement cancelled when its time limit passed; which of them
        # Virtuoso answers depends on where the query was when the time ran out).
        if any(code in lowered for code in ("s1tat", "s1t00", "sr171", "hy008", "sr203")) or (
            response.status_code in (500, 503, 504)
            and ("timeout" in lowered or "timed out" in lowered)
        ):
            raise QueryTimeoutError(message)
        raise StoreError(f"the SPARQL endpoint {url} answered {response.status_code}: {message}")

    def _dataset_params(
        self, default_graph_uris: Sequence[str] | None, named_graph_uris: Sequence[str] | None
    ) -> list[tuple[str, str]]:
        params = [("default-graph-uri", _graph_name(g)) for g in default_graph_uris or ()]
        params += [("named-graph-uri", _graph_name(g)) for g in named_graph_uris or ()]
        return params

    def _fetch(
        self,
        sparql: str,
        accept: str,
        timeout: float | None,
        default_graph_uris: Sequence[str] | None,
        named_graph_uris: Sequence[str] | None,
    ) -> bytes:
        """POST a query with its dataset and time limit; the answer's body, or a time-out."""
        data = [("query", sparql), *self._dataset_params(default_graph_uris, named_graph_uris)]
        http_timeout = self.timeout
        if timeout is not None:
            data.append(("timeout", str(max(1, int(timeout * 1000)))))
            # Leave the endpoint a moment to report its own time-out before giving up on it.
            http_timeout = timeout + 5.0
        response = self._post(self.query_url, data, {"Accept": accept}, http_timeout)
        if response.headers.get("X-SQL-State", "").upper() in ("S1TAT", "S1T00"):
            raise _timed_out(timeout)
        return response.content

    def query_serialized(
        self,
        sparql: str,
        fmt: str | None = None,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> SerializedResult:
        operation = parse_operation(sparql)
        if operation.is_update:
            raise QuerySyntaxError("this is a SPARQL Update, not a query; use update()")
        kind: ResultKind = operation.result_kind  # type: ignore[assignment]
        key = _format_for(kind, fmt)
        # The result is always fetched as SPARQL/XML or N-Triples, which every endpoint writes
        # to the standard, and rewritten by pyoxigraph when another format is asked for:
        # Virtuoso's CSV/TSV quote IRIs and its JSON uses the pre-standard "typed-literal", so
        # passing them through would hand clients non-standard results. It is also how the
        # row cap is applied.
        fetch = "nt" if kind == "graph" else "xml"
        table = RDF_FORMATS if kind == "graph" else RESULT_FORMATS
        body = self._fetch(sparql, table[fetch], timeout, default_graph_uris, named_graph_uris)
        if fetch == key and limit is None and kind != "ask":
            return SerializedResult(body, table[key], False, kind, key)
        try:
            if kind == "graph":
                triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
                truncated = limit is not None and len(triples) > limit
                kept = triples[:limit] if limit is not None else triples
                prefixes = PREFIXES if key in ("ttl", "trig", "rdfxml") else None
                out = ox.serialize(kept, format=_OX_RDF_FORMATS[key], prefixes=prefixes)
                return SerializedResult(bytes(out or b""), table[key], truncated, kind, key)
            # Virtuoso writes blank nodes as "nodeID://b1", not a valid label; keep them apart.
            body = _VIRTUOSO_BNODE.sub(rb"<bnode>v\1</bnode>", body)
            parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
            if kind == "ask" and not isinstance(parsed, ox.QueryBoolean):
                # Virtuoso 7.2 answers ASK with a one-cell table (__ASK_RETVAL 1 or 0).
                cells = [solution[0] for solution in parsed]
                truth = bool(cells) and cells[0] is not None and cells[0].value not in ("0", "")
                answer = ox.parse_query_results(
                    b'{"head":{},"boolean":' + (b"true" if truth else b"false") + b"}",
                    format=ox.QueryResultsFormat.JSON,
                )
                out = answer.serialize(format=_OX_RESULT_FORMATS[key]) or b""
                return SerializedResult(bytes(out), table[key], False, kind, key)
            if isinstance(parsed, ox.QueryBoolean):
                out = parsed.serialize(format=_OX_RESULT_FORMATS[key]) or b""
                return SerializedResult(bytes(out), table[key], False, kind, key)
            variables = [v.value for v in parsed.variables]
            lines = ["\t".join(f"?{name}" for name in variables)]
            truncated = False
            for solution in itertools.islice(parsed, None if limit is None else limit + 1):
                if limit is not None and len(lines) > limit:
                    truncated = True
                    break
                lines.append("\t".join(_term_text(solution[name]) for name in variables))
            tsv = ("\n".join(lines) + "\n").encode("utf-8")
            if key != "tsv":
                again = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
                tsv = bytes(again.serialize(format=_OX_RESULT_FORMATS[key]) or b"")
            return SerializedResult(tsv, table[key], truncated, kind, key)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"unreadable answer from {self.query_url}: {exc}") from exc

    def query(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> QueryResult:
        result = self.query_serialized(
            sparql,
            _LOSSLESS,
            timeout=timeout,
            limit=limit,
            default_graph_uris=default_graph_uris,
            named_graph_uris=named_graph_uris,
        )
        return _decode(result)

    def data_version(self) -> Hashable | None:
        """Writes made through this object, and the current :attr:`version_ttl` time slot.

        Other clients of the endpoint write without telling us, and asking the endpoint would
        cost a query, so a cached result is trusted for at most ``version_ttl`` seconds; this
        object's own writes change the token at once.
        """
        return (self._writes, int(time.monotonic() // self.version_ttl))

    def select_strings(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        limit: int | None = None,
        default_graph_uris: Sequence[str] | None = None,
        named_graph_uris: Sequence[str] | None = None,
    ) -> StringRows:
        if parse_operation(sparql).result_kind != "select":
            raise StoreError("select_strings needs a SELECT query")
        # SPARQL JSON straight from the endpoint: each cell's "value" is its lexical form on
        # every endpoint (Virtuoso's "typed-literal" and "nodeID://" labels included), so it
        # is read by the json module alone, with no term parsing (query() goes through XML).
        body = self._fetch(sparql, RESULT_FORMATS["json"], timeout, default_graph_uris,
                           named_graph_uris)
        return _strings_from_json(body, limit)

    def update(self, sparql: str, *, timeout: float | None = None) -> None:
        try:
            self._post(
                self.update_url,
                [("update", sparql)],
                {"Accept": "*/*"},
                timeout if timeout is not None else self.timeout,
            )
        finally:
            # Every write goes through here (loads too); bumped after it (see EmbeddedStore),
            # and after a failure as well, which may have written part of a multi-request load.
            with self._writes_lock:
                self._writes += 1

    # -- loading ----------------------------------------------------------------------------

    def _insert_statements(self, quads: list[ox.Quad], graph: str) -> Iterator[str]:
        name = _graph_name(graph)
        for chunk in _chunks(quads, _INSERT_CHUNK, _TEMPLATE_CHUNK):
            body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in chunk)
            if any(isinstance(t, ox.BlankNode) for q in chunk for t in (q.subject, q.object)):
                # Virtuoso refuses blank nodes in INSERT DATA ("not allowed in a constant
                # clause"); an INSERT template with one empty solution makes fresh blank
                # nodes, shared within the request, which is what the data means.
                yield f"INSERT {{ GRAPH <{name}> {{\n{body}\n}} }} WHERE {{ }}"
            else:
                yield f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}"

    def load(self, data: bytes | str | Path, fmt: str, graph: str) -> int:
        quads = _parse_quads(data, fmt, graph)
        for statement in self._insert_statements(quads, graph):
            self.update(statement)
        return len(quads)

    def replace_graph(self, graph: str, data: bytes | str | Path, fmt: str) -> int:
        quads = _parse_quads(data, fmt, graph)
        statements = list(self._insert_statements(quads, graph))
        name = _graph_name(graph)
        if len(statements) <= 1:
            # Small graphs (the usual case) are replaced in one request, hence atomically.
            self.update(f"CLEAR SILENT GRAPH <{name}> ;\n" + "".join(statements))
        else:
            self.update(f"CLEAR SILENT GRAPH <{name}>")
            for statement in statements:
                self.update(statement)
        return len(quads)

    def clear_graph(self, graph: str) -> None:
        self.update(f"CLEAR SILENT GRAPH <{_graph_name(graph)}>")

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, str]]) -> int:
        by_graph: dict[str, list[ox.Quad]] = {}
        for s, p, o, g in quads:
            name = _graph_name(g)
            by_graph.setdefault(name, []).append(terms.to_oxigraph_quad(s, p, o, name))
        total = 0
        for name, batch in by_graph.items():
            for statement in self._insert_statements(batch, name):
                self.update(statement)
            total += len(batch)
        return total

    # -- whole-store reads ------------------------------------------------------------------

    def _graph_names(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, SelectResult)
        return sorted(
            str(row["g"]) for row in result if str(row["g"]).startswith(self.graph_prefix)
        )

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        rdf_format = _rdf_format(fmt)
        names = [_graph_name(graph)] if graph is not None else self._graph_names()
        if graph is None and not rdf_format.supports_datasets:
            raise StoreError(f"{fmt} cannot hold several graphs; use trig or nq, or name a graph")
        quads: list[ox.Quad] = []
        for name in names:
            response = self._post(
                self.query_url,
                [("query", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")],
                {"Accept": RDF_FORMATS["nt"]},
                self.timeout,
            )
            try:
                parsed = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
                quads.extend(
                    ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(name)) for q in parsed
                )
            except SyntaxError as exc:
                raise StoreError(f"unreadable answer from {self.query_url}: {exc}") from exc
        prefixes = PREFIXES if fmt in ("ttl", "trig") else None
        if graph is None:
            return bytes(ox.serialize(quads, format=rdf_format, prefixes=prefixes) or b"")
        triples = [q.triple for q in quads]
        return bytes(ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b"")

    def counts(self, *, timeout: float | None = None) -> dict[str, int]:
        result = self.query(_COUNTS, timeout=timeout)
        assert isinstance(result, SelectResult)
        return {
            str(row["g"]): int(row["n"])  # type: ignore[call-overload]
            for row in result
            if str(row["g"]).startswith(self.graph_prefix)
        }

    def close(self) -> None:
        self._client.close()


def _chunks(quads: Sequence[ox.Quad], size: int, bnode_size: int) -> Iterator[list[ox.Quad]]:
    """Cut quads into batches without splitting what a blank node joins.

    A blank node label means the same node only inside one request, so every triple that
    mentions a blank node, and everything connected to it through other blank nodes, must
    travel in the same request (components found with union-find over the labels). Batches
    without blank nodes hold up to ``size`` quads, batches with them up to ``bnode_size``
    (they become INSERT templates, which Virtuoso compiles into much more code).
    """
    parent: dict[str, str] = {}

    def find(label: str) -> str:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    def bnodes(quad: ox.Quad) -> list[str]:
        return [t.value for t in (quad.subject, quad.object) if isinstance(t, ox.BlankNode)]

    for quad in quads:
        labels = bnodes(quad)
        if len(labels) == 2:
            parent[find(labels[0])] = find(labels[1])
        elif labels:
            find(labels[0])
    groups: dict[str, list[ox.Quad]] = {}
    batch: list[ox.Quad] = []
    for quad in quads:
        labels = bnodes(quad)
        if labels:
            groups.setdefault(find(labels[0]), []).append(quad)
            continue
        batch.append(quad)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
    batch = []
    for group in groups.values():
        # A component larger than a batch still goes in one request: correctness over size.
        if batch and len(batch) + len(group) > bnode_size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


def open_store(
    path: str | Path | None = None,
    *,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    read_only: bool = False,
    query_workers: int | None = None,
    query_mirror_mb: int | None = None,
) -> Store:
    """Open the store a user selected with ``--store PATH`` or ``--endpoint URL``.

    ``path=":memory:"`` (or ``None``) gives an in-memory store.
    """
    if endpoint:
        return RemoteStore(endpoint, update_endpoint)
    if path is None or str(path) == ":memory:":
        return EmbeddedStore(None)
    return EmbeddedStore(path, read_only=read_only, query_workers=query_workers,
                         query_mirror_mb=query_mirror_mb)
