"""Server benchmark: requests per second and latency under a bounded load, on loopback.

Two real servers answer over HTTP, each in its own process on a free loopback port:

- ``tiru serve`` on an embedded store holding the dataset (:func:`bench.load.load_tiru`);
- ``rdflib-endpoint serve`` (PyPI) on the same N-Quads, in rdflib's in-memory Dataset.

The load generator (:func:`load`) is an httpx ``AsyncClient`` with a fixed number of
concurrent clients sending one request after another for a fixed duration; it reports completed
requests per second and latency percentiles. The typical SPARQL query is the library's
``most_visited`` (grouping, two joins, labels, sources) with its defaults; ``/graph.json`` is
Tiru's national network view, which rdflib-endpoint has no counterpart for.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.load import Dataset, load_tiru, prepare_dataset, run_capped
from bench.queries import rendered_queries
from bench.report import Table, fmt_ratio, fmt_seconds

__all__ = ["LoadResult", "load", "free_port", "start_tiru", "start_rdflib_endpoint",
           "bench_server", "TYPICAL_QUERY"]

TYPICAL_QUERY = "most_visited"
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class LoadResult:
    """Completed requests, errors, requests per second and latency percentiles (seconds)."""

    requests: int
    errors: int
    per_second: float
    p50: float
    p95: float
    p99: float


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pct(ordered: Sequence[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, max(0, int(q * len(ordered) + 0.5) - 1))]


async def _load(url: str, params: dict[str, str], headers: dict[str, str], concurrency: int,
                duration: float, timeout: float) -> LoadResult:
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:

        async def one_client() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                try:
                    response = await client.get(url, params=params, headers=headers)
                    await response.aread()
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    ordered = sorted(latencies) or [float("nan")]
    return LoadResult(len(latencies), errors, len(latencies) / elapsed,
                      _pct(ordered, 0.50), _pct(ordered, 0.95), _pct(ordered, 0.99))


def load(url: str, *, params: dict[str, str] | None = None,
         headers: dict[str, str] | None = None, concurrency: int = 8, duration: float = 10.0,
         timeout: float = 60.0) -> LoadResult:
    """Send GET requests to ``url`` from ``concurrency`` clients for ``duration`` seconds.

    Each client waits for its answer before sending the next request (a closed loop), so the
    load is bounded: at most ``concurrency`` requests are in flight.
    """
    return asyncio.run(_load(url, params or {}, headers or {}, concurrency, duration, timeout))


def _wait_ready(process: subprocess.Popen[bytes], url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with code {process.returncode}")
        try:
            response = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"},
                                 headers={"Accept": "application/sparql-results+json"},
                                 timeout=5.0)
            if response.status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout:g} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def start_tiru(store_dir: Path, port: int, *, timeout: float = 120.0) -> subprocess.Popen[bytes]:
    """``tiru serve`` on ``store_dir`` at ``127.0.0.1:port``, ready to answer."""
    # The ``tiru`` entry point of this checkout, run from its root: an older editable install's
    # console script can resolve ``graph`` to a bare namespace package instead.
    log = store_dir.parent / f"tiru-serve-{port}.log"
    with log.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-c", "from server.cli import main; main()", "serve", "--store",
             str(store_dir), "--host", "127.0.0.1", "--port", str(port)],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
    try:
        _wait_ready(process, f"http://127.0.0.1:{port}/sparql", timeout)
    except BaseException as exc:
        _stop(process)
        tail = log.read_text("utf-8", "replace").strip().splitlines()[-1:]
        raise RuntimeError(f"tiru serve did not start: {exc} {' '.join(tail)}") from exc
    return process


def start_rdflib_endpoint(quads: Path, port: int, *, timeout: float = 3600.0
                          ) -> subprocess.Popen[bytes]:
    """``rdflib-endpoint serve`` of ``quads`` at ``127.0.0.1:port``, ready to answer.

    Raises
    ------
    RuntimeError
        When rdflib-endpoint is not installed (``pip install -e '.[bench]'``) or does not start.
    """
    script = Path(sys.executable).parent / "rdflib-endpoint"
    if not script.exists() and shutil.which("rdflib-endpoint") is None:
        raise RuntimeError("rdflib-endpoint not installed: pip install -e '.[bench]'")
    binary = str(script) if script.exists() else "rdflib-endpoint"
    process = subprocess.Popen(
        [binary, "serve", str(quads), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(process, f"http://127.0.0.1:{port}/", timeout)
    except BaseException:
        _stop(process)
        raise
    return process


def _build_store(directory: str, dataset: Dataset) -> None:
    from graph.store import open_store

    store = open_store(directory)
    try:
        load_tiru(store, dataset)
    finally:
        store.close()


def _row(name: str, server: str, r: LoadResult) -> list[str]:
    return [name, server, f"{r.per_second:.1f}", fmt_seconds(r.p50), fmt_seconds(r.p95),
            fmt_seconds(r.p99), f"{r.requests:,}", str(r.errors)]


def bench_server(size: int, *, workdir: Path | None = None, seed: int = 0,
                 concurrency: int = 8, duration: float = 10.0, rdflib: bool = True) -> Table:
    """Requests/s and latency for the typical query (Tiru vs rdflib-endpoint) and /graph.json.

    Parameters
    ----------
    size : int
        Synthetic triples in the served dataset.
    concurrency : int
        Clients in flight at any time.
    duration : float
        Seconds of load per target.
    """
    table = Table(f"Server at {size:,} synthetic triples: {concurrency} concurrent clients, "
                  f"{duration:g} s each",
                  ["request", "server", "requests/s", "p50", "p95", "p99", "completed",
                   "errors"])
    owned_tmp = workdir is None
    work = Path(tempfile.mkdtemp(prefix="tiru-bench-")) if workdir is None else workdir
    sparql = rendered_queries([TYPICAL_QUERY])[TYPICAL_QUERY]
    accept = {"Accept": "application/sparql-results+json"}
    store_dir = work / f"tiru-server-{size}-{os.getpid()}"
    try:
        ds = prepare_dataset(work / "data", size, seed=seed)
        shutil.rmtree(store_dir, ignore_errors=True)
        # Built in a child process: the store's lock is surely released when the child exits,
        # before the server opens the same directory.
        status, message = run_capped(_build_store, (str(store_dir), ds), 7200.0)
        if status != "ok":
            raise RuntimeError(f"could not build the served store: {status} {message or ''}")
        port = free_port()
        tiru = start_tiru(store_dir, port)
        try:
            base = f"http://127.0.0.1:{port}"
            t_query = load(f"{base}/sparql", params={"query": sparql}, headers=accept,
                           concurrency=concurrency, duration=duration)
            t_graph = load(f"{base}/graph.json", concurrency=concurrency, duration=duration)
        finally:
            _stop(tiru)
        table.rows.append(_row(f"SPARQL `{TYPICAL_QUERY}`", "Tiru", t_query))
        peer = None
        if rdflib:
            try:
                port = free_port()
                endpoint = start_rdflib_endpoint(ds.quads, port)
            except RuntimeError as exc:
                table.notes.append(f"rdflib-endpoint not compared: {exc}")
            else:
                try:
                    peer = load(f"http://127.0.0.1:{port}/", params={"query": sparql},
                                headers=accept, concurrency=concurrency, duration=duration)
                finally:
                    _stop(endpoint)
                table.rows.append(_row(f"SPARQL `{TYPICAL_QUERY}`", "rdflib-endpoint", peer))
        table.rows.append(_row("`/graph.json` (national network)", "Tiru", t_graph))
        if peer is not None and peer.requests and t_query.requests:
            table.notes.append(
                f"Tiru vs rdflib-endpoint: {fmt_ratio(t_query.per_second / peer.per_second)} "
                f"the requests per second, {fmt_ratio(peer.p50 / t_query.p50)} lower median "
                "latency.")
        table.notes.append("Closed loop: each client sends its next request when the answer "
                           "has arrived. Latency percentiles are of completed requests; "
                           "errors count non-200 answers and failed connections.")
        table.notes.append("rdflib-endpoint has no network view; /graph.json is Tiru alone "
                           "(its cost: read the network, PageRank, pyvis layout data, JSON).")
    finally:
        shutil.rmtree(store_dir, ignore_errors=True)
        if owned_tmp:
            shutil.rmtree(work, ignore_errors=True)
    return table
