"""Views benchmark: the time to build ``/graph`` for the national network, step by step.

The store holds the real gazetteer, vocabulary and ontology and ``n`` synthetic visits between
the 514 regencies and cities (:func:`bench.synthetic.visit_triples`). The steps are those of the
``/graph`` route: read the learning network from the store (:func:`graph.network.learning_network`),
compute the measure that sizes the nodes (PageRank), assemble the vis-network data with pyvis
(:func:`server.routes.graph.network_view`) and serialise it as JSON. Each step is timed apart, so
that a slow view says which step to look at.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

from bench.load import base_graphs
from bench.report import Stats, Table, fmt_seconds, summarise
from bench.synthetic import region_triples, visit_triples

__all__ = ["STEPS", "time_view", "bench_views"]

STEPS = ("read network", "PageRank", "pyvis data", "JSON", "total")


def time_view(n_visits: int, *, seed: int = 0, runs: int = 5) -> tuple[dict[str, Stats], int, int]:
    """Time each step of ``/graph`` on ``n_visits`` visits (in-memory store).

    Returns
    -------
    tuple
        Statistics per step of :data:`STEPS`, the number of nodes and of edges drawn.
    """
    from graph.measures import compute_measures
    from graph.network import learning_network
    from graph.store import open_store
    from server.routes.graph import network_view

    store = open_store(":memory:")
    try:
        for name, data in base_graphs().items():
            store.load(data, "nt", name)
        lines = [*region_triples(), *visit_triples(n_visits, seed=seed)]
        store.load("\n".join(lines).encode("utf-8"), "nt", "curated")
        times: dict[str, list[float]] = {step: [] for step in STEPS}
        nodes = edges = 0
        for _ in range(runs + 1):  # the first round warms caches and is not counted
            t0 = time.perf_counter()
            G = learning_network(store)
            t1 = time.perf_counter()
            values = compute_measures(G, ["pagerank"], seed=0)["pagerank"]
            t2 = time.perf_counter()
            view = network_view(G, {str(k): float(v) for k, v in values.items()}, "pagerank")
            t3 = time.perf_counter()
            json.dumps(view)
            t4 = time.perf_counter()
            for step, seconds in zip(STEPS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0),
                                     strict=True):
                times[step].append(seconds)
            nodes, edges = G.number_of_nodes(), G.number_of_edges()
    finally:
        store.close()
    return {step: summarise(ts[1:]) for step, ts in times.items()}, nodes, edges


def bench_views(visit_counts: Sequence[int], *, seed: int = 0, runs: int = 5) -> Table:
    """Median time of each ``/graph`` step for each number of visits (the growth curve)."""
    table = Table("Views: building /graph for the national network (region level)",
                  ["visits", "nodes", "edges", *(f"{s} (median)" for s in STEPS), "total p95"],
                  xlabel="visits")
    for n in visit_counts:
        stats, nodes, edges = time_view(n, seed=seed, runs=runs)
        table.rows.append([f"{n:,}", f"{nodes:,}", f"{edges:,}",
                           *(fmt_seconds(stats[s].median) for s in STEPS),
                           fmt_seconds(stats["total"].p95)])
        for step in STEPS:
            table.series.setdefault(step, []).append((n, stats[step].median))
    table.notes.append(f"Median and p95 of {runs} builds after one untimed build, in one process "
                       "on an in-memory store; the HTTP side is in the server benchmark.")
    table.notes.append("The untimed build also fills learning_network's gazetteer cache (kept "
                       "per store until its data version changes), as a running server's "
                       "first request does; the server then caches whole views as well.")
    return table
