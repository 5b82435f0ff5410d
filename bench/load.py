"""Load benchmark (triples per second) and the datasets every other benchmark reads.

A dataset of size ``n`` is the synthetic N-Triples of :func:`bench.synthetic.write_dataset`
(about ``n`` triples for ``tgraph:curated``) plus the real ontology, program vocabulary and
gazetteer, each in its own named graph, as Tiru's own build writes them. The same bytes reach
every engine: Tiru's embedded store (``store.load``), rdflib (``Dataset.parse``) and Virtuoso
(its bulk loader, ``ld_dir`` + ``rdf_loader_run``).

The load benchmark times only the synthetic file into one named graph, on each engine:

- Tiru: a fresh on-disk :class:`graph.store.EmbeddedStore`, ``load`` then ``close`` (durable);
- rdflib: ``Graph().parse`` in memory, in a child process with a time cap;
- Virtuoso: the bulk loader, checkpoint included (durable), when Debian's
  ``virtuoso-opensource-7-bin`` is installed.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench import synthetic
from bench.report import Table, fmt_rate, fmt_ratio, fmt_seconds

__all__ = [
    "Dataset",
    "base_graphs",
    "prepare_dataset",
    "load_tiru",
    "virtuoso_support",
    "start_virtuoso_or_none",
    "run_capped",
    "bench_load",
]

BASE_GRAPHS = ("ontology", "vocabulary", "gazetteer")


@dataclass(frozen=True)
class Dataset:
    """Files of one benchmark dataset.

    Attributes
    ----------
    size : int
        The requested number of synthetic triples.
    curated : Path
        N-Triples of the synthetic visits (graph ``curated``).
    quads : Path
        N-Quads of everything: the base graphs and the synthetic visits.
    triples : int
        Triples in ``curated``.
    total : int
        Quads in ``quads``.
    """

    size: int
    curated: Path
    quads: Path
    triples: int
    total: int


@cache
def base_graphs() -> dict[str, bytes]:
    """N-Triples of the ontology, program vocabulary and gazetteer, by short graph name."""
    from graph.build import read_rdf_file
    from graph.gazetteer import gazetteer_graph, load_gazetteer
    from graph.programs import vocabulary_graph
    from graph.vocab import ONTOLOGY_DIR

    graphs = {"ontology": read_rdf_file(ONTOLOGY_DIR / "tiru.ttl"),
              "vocabulary": vocabulary_graph(),
              "gazetteer": gazetteer_graph(load_gazetteer())}
    return {name: g.serialize(format="nt", encoding="utf-8") for name, g in graphs.items()}


def _as_quads(nt_lines: Iterator[str], graph_iri: str) -> Iterator[str]:
    # An N-Triples line ends in " ."; the graph goes in before that final dot.
    for line in nt_lines:
        line = line.rstrip()
        if line and not line.startswith("#"):
            yield f"{line[:-1].rstrip()} <{graph_iri}> .\n"


def prepare_dataset(directory: Path, size: int, *, seed: int = 0) -> Dataset:
    """Write the dataset of about ``size`` synthetic triples into ``directory`` (reused when
    already there, since generating a few million triples takes a while).

    The file names carry a digest of the generator's code, of this module and of the base
    graphs, so that a dataset written before any of them changed is not reused by mistake.

    The curated graph leaves out the synthetic region triples that the gazetteer graph already
    holds (see :func:`bench.synthetic.write_dataset`).
    """
    import pyoxigraph as ox

    from graph.vocab import graph_iri

    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(Path(synthetic.__file__).read_bytes() + Path(__file__).read_bytes())
    for name, data in sorted(base_graphs().items()):
        digest.update(name.encode() + data)
    tag = f"{size}-s{seed}-{digest.hexdigest()[:10]}"
    curated = directory / f"curated-{tag}.nt"
    quads = directory / f"all-{tag}.nq"
    if not curated.exists():
        partial = curated.with_suffix(".part")
        gazetteer = set(ox.parse(base_graphs()["gazetteer"], format=ox.RdfFormat.N_TRIPLES))
        synthetic.write_dataset(partial, size, seed=seed, known=gazetteer)
        partial.rename(curated)
    if not quads.exists():
        partial = quads.with_suffix(".part")
        with partial.open("w", encoding="utf-8") as out:
            for name, data in base_graphs().items():
                out.writelines(_as_quads(iter(data.decode("utf-8").splitlines()), graph_iri(name)))
            with curated.open(encoding="utf-8") as lines:
                out.writelines(_as_quads(lines, graph_iri("curated")))
        partial.rename(quads)
    with curated.open("rb") as fh:
        triples = sum(1 for _ in fh)
    with quads.open("rb") as fh:
        total = sum(1 for _ in fh)
    return Dataset(size, curated, quads, triples, total)


def load_tiru(store: Any, dataset: Dataset) -> None:
    """Write ``dataset`` into a Tiru store the way ``tiru build`` does: one load per graph."""
    for name, data in base_graphs().items():
        store.load(data, "nt", name)
    store.load(dataset.curated, "nt", "curated")


def virtuoso_support() -> Any | None:
    """The module ``tests/support/virtuoso.py`` (start, bulk load), or None without Virtuoso.

    It lives with the tests because the end-to-end tests start the same server; the benchmark
    reuses it rather than keeping a second copy of the ini.
    """
    support_dir = Path(__file__).resolve().parent.parent / "tests"
    if str(support_dir) not in sys.path:
        sys.path.append(str(support_dir))
    import support.virtuoso as virtuoso  # type: ignore[import-not-found]

    return virtuoso if virtuoso.find_virtuoso() is not None else None


def start_virtuoso_or_none(notes: list[str]) -> Any | None:
    """A fresh Virtuoso on loopback, or None with a note saying why it is not compared."""
    support = virtuoso_support()
    if support is None:
        notes.append("Virtuoso not compared: not installed "
                     "(sudo apt-get install -y virtuoso-opensource-7-bin).")
        return None
    try:
        return support.start_virtuoso()
    except RuntimeError as exc:
        notes.append(f"Virtuoso not compared: it did not start ({str(exc).splitlines()[0]}).")
        return None


def _child(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        conn.send(("ok", fn(*args)))
    except BaseException as exc:  # the parent reports it; the child must not die silently
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_capped(fn: Callable[..., Any], args: tuple[Any, ...], cap: float) -> tuple[str, Any]:
    """Run ``fn(*args)`` in a fresh child process, killed after ``cap`` seconds.

    A child rather than a thread, so that an engine over its cap stops using the CPU the next
    measurement needs, and its memory goes back to the system.

    Returns
    -------
    tuple
        ``("ok", result)``, ``("timeout", None)`` or ``("error", message)``.
    """
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    # Not a daemon: the rdflib query benchmark forks children of its own from this process.
    process = ctx.Process(target=_child, args=(child, fn, args))
    process.start()
    child.close()
    try:
        if parent.poll(cap):
            status, value = parent.recv()
            return status, value
        return "timeout", None
    except EOFError:
        return "error", f"child exited with code {process.exitcode}"
    finally:
        if process.is_alive():
            process.kill()
        process.join(10)
        parent.close()


def _rdflib_parse(path: str) -> float:
    from rdflib import Graph

    start = time.perf_counter()
    Graph().parse(path, format="nt")
    return time.perf_counter() - start


def _time_tiru_load(directory: Path, dataset: Dataset) -> float:
    from graph.store import open_store

    target = directory / f"tiru-load-{uuid.uuid4().hex}"
    try:
        start = time.perf_counter()
        store = open_store(target)
        store.load(dataset.curated, "nt", "curated")
        store.close()
        return time.perf_counter() - start
    finally:
        shutil.rmtree(target, ignore_errors=True)


def _time_virtuoso_load(support: Any, server: Any, dataset: Dataset) -> float:
    graph = f"urn:tiru-bench:load:{dataset.size}:{uuid.uuid4().hex}"
    start = time.perf_counter()
    support.bulk_load(server, dataset.curated, graph)
    seconds = time.perf_counter() - start
    # Remove what we loaded: the server may be shared (the tests' session fixture). Untimed.
    server.isql(f"DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id ('{graph}');\n"
                "DELETE FROM DB.DBA.load_list;\n")
    return seconds


def bench_load(sizes: Sequence[int], *, workdir: Path | None = None, seed: int = 0,
               runs: int = 1, rdflib_cap: float = 600.0, virtuoso: Any | bool = True) -> Table:
    """Triples per second into Tiru, rdflib and Virtuoso at each size.

    Parameters
    ----------
    sizes : sequence of int
        Synthetic triples per dataset.
    workdir : Path, optional
        Where datasets and stores go (a temporary directory by default).
    runs : int
        Loads per engine and size; the median counts.
    rdflib_cap : float
        Seconds after which an rdflib parse is stopped and reported as ``> cap``.
    virtuoso : VirtuosoServer or bool
        A running server to use, True to start one, False to leave Virtuoso out.
    """
    import statistics

    table = Table("Load: triples per second into one named graph",
                  ["triples", "Tiru (on disk)", "rdflib (memory)", "Virtuoso (bulk)",
                   "Tiru vs rdflib", "Tiru vs Virtuoso"])
    owned_tmp = workdir is None
    work = Path(tempfile.mkdtemp(prefix="tiru-bench-")) if workdir is None else workdir
    support = virtuoso_support() if virtuoso is not False else None
    server: Any | None = None
    if virtuoso is True:
        server = start_virtuoso_or_none(table.notes)
    elif virtuoso is not False:
        server = virtuoso
    elif virtuoso is False:
        table.notes.append("Virtuoso not compared (left out by the caller).")
    try:
        for size in sizes:
            ds = prepare_dataset(work / "data", size, seed=seed)
            tiru = statistics.median(_time_tiru_load(work, ds) for _ in range(runs))
            rdf_times: list[float] = []
            rdf_capped = False
            for _ in range(runs):
                status, value = run_capped(_rdflib_parse, (str(ds.curated),), rdflib_cap)
                if status == "ok":
                    rdf_times.append(float(value))
                else:
                    rdf_capped = True
                    if status == "error":
                        table.notes.append(f"rdflib failed at {ds.triples:,}: {value}")
                    break
            virt: float | None = None
            if server is not None and support is not None:
                virt = statistics.median(_time_virtuoso_load(support, server, ds)
                                         for _ in range(runs))
            rdf = statistics.median(rdf_times) if rdf_times and not rdf_capped else None
            n = ds.triples
            table.rows.append([
                f"{n:,}",
                f"{fmt_rate(n / tiru)} ({fmt_seconds(tiru)})",
                f"{fmt_rate(n / rdf)} ({fmt_seconds(rdf)})" if rdf else f"> {rdflib_cap:g} s",
                f"{fmt_rate(n / virt)} ({fmt_seconds(virt)})" if virt else "n/a",
                fmt_ratio(rdf / tiru) if rdf else fmt_ratio(rdflib_cap / tiru, lower_bound=True),
                fmt_ratio(virt / tiru) if virt else "n/a",
            ])
            table.series.setdefault("Tiru", []).append((n, tiru))
            if rdf:
                table.series.setdefault("rdflib", []).append((n, rdf))
            if virt:
                table.series.setdefault("Virtuoso", []).append((n, virt))
        table.notes.append(f"Median of {runs} load(s) per engine and size; ratio = peer time / "
                           "Tiru time (above 1: Tiru is faster).")
        table.notes.append("Tiru parses into a scratch store first (bad input changes nothing), "
                           "then writes in one transaction (with pyoxigraph's bulk loader "
                           "above 200,000 quads) and closes (flushed to disk); "
                           "Virtuoso's time includes its checkpoint; rdflib keeps memory only.")
    finally:
        if virtuoso is True and server is not None:
            server.stop()
        if owned_tmp:
            shutil.rmtree(work, ignore_errors=True)
    return table
