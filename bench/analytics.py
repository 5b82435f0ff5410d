"""Benchmark of the measure suite, from national scale to village scale.

Synthetic, seeded learning networks: ``n`` regions make ``visits`` visits; the learner is drawn
uniformly and the host by a Zipf law over a random ranking of the regions (a few famous hosts
draw most delegations, as in the real data), with no self-visits. Visits between the same pair
are aggregated into one edge with a ``visits`` count, as :func:`graph.network.learning_network`
does. The suite is :func:`graph.measures.compute_measures` with every measure (betweenness is
exact up to ``DEFAULT_EXACT_LIMIT`` nodes and sampled from 32 seeded pivots above).

Run ``python -m bench.analytics`` (``--quick`` skips the village scale; ``--csv FILE`` writes
the growth curve). Targets: under 0.2 s at 514 regions / 10,000 visits and under 10 s at
80,000 nodes / 1,000,000 visits, on one core.

Examples
--------
>>> G = synthetic_network(50, 400, seed=1)
>>> G.number_of_nodes(), sum(d["visits"] for _, _, d in G.edges(data=True))
(50, 400)
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

import networkx as nx
import numpy as np

from graph.measures import MEASURES, compute_measures

__all__ = ["SIZES", "synthetic_network", "time_suite", "main"]

SIZES: tuple[tuple[int, int], ...] = (
    (514, 10_000), (2_000, 40_000), (5_000, 100_000), (20_000, 250_000), (80_000, 1_000_000))
TARGETS = {(514, 10_000): 0.2, (80_000, 1_000_000): 10.0}


def synthetic_network(n: int, visits: int, *, seed: int = 0, zipf: float = 1.0) -> nx.DiGraph:
    """A seeded learning network of ``n`` nodes and ``visits`` visits (Zipf-skewed hosts)."""
    rng = np.random.default_rng(seed)
    rank = rng.permutation(n)
    weights = 1.0 / (np.arange(1, n + 1) ** zipf)
    weights /= weights.sum()
    learners = rng.integers(0, n, size=visits)
    hosts = rank[rng.choice(n, size=visits, p=weights)]
    clash = learners == hosts
    while clash.any():  # nobody visits itself: redraw those hosts
        hosts[clash] = rank[rng.choice(n, size=int(clash.sum()), p=weights)]
        clash = learners == hosts
    pairs, counts = np.unique(np.stack([learners, hosts], axis=1), axis=0, return_counts=True)
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from((int(u), int(w), {"visits": int(c), "weight": int(c)})
                     for (u, w), c in zip(pairs, counts, strict=True))
    return G


def time_suite(G: nx.DiGraph, *, seed: int = 0,
               community_method: str = "louvain") -> dict[str, float]:
    """Seconds per measure (and ``total``) for one run of the full suite.

    ``community_method`` is passed to :func:`graph.measures.compute_measures` (Louvain by
    default; ``"louvain_directed"`` or ``"label_propagation"`` to time the alternatives).
    """
    # A one-off import (igraph, for Louvain) is not part of any measure's time.
    import igraph  # noqa: F401

    out: dict[str, float] = {}
    groups = [("degrees", ["in_degree", "out_degree", "in_visits", "out_visits"]),
              ("pagerank", ["pagerank"]), ("hits", ["authority", "hub"]),
              ("betweenness", ["betweenness"]), ("reciprocity", ["reciprocity"]),
              ("community", ["community"])]
    assert sorted(m for _, ms in groups for m in ms) == sorted(MEASURES)
    for name, measures in groups:
        start = time.perf_counter()
        compute_measures(G, measures, seed=seed, community_method=community_method)
        out[name] = time.perf_counter() - start
    start = time.perf_counter()
    compute_measures(G, seed=seed, community_method=community_method)
    out["total"] = time.perf_counter() - start
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="stop below village scale")
    parser.add_argument("--csv", type=Path, help="write the growth curve to this CSV file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--community-method", default="louvain",
                        help="louvain (default), louvain_directed or label_propagation")
    args = parser.parse_args(argv)
    sizes = [s for s in SIZES if not args.quick or s[0] <= 20_000]
    print(f"# measure suite, one process (pid {os.getpid()}), seed {args.seed}")
    header = ["nodes", "visits", "edges", "degrees", "pagerank", "hits", "betweenness",
              "reciprocity", "community", "total", "target"]
    print(" ".join(f"{h:>11}" for h in header))
    rows = []
    failed = False
    for n, v in sizes:
        G = synthetic_network(n, v, seed=args.seed)
        t = time_suite(G, seed=args.seed, community_method=args.community_method)
        target = TARGETS.get((n, v))
        ok = "" if target is None else (f"<{target}s ok" if t["total"] < target
                                         else f"<{target}s MISSED")
        failed |= target is not None and t["total"] >= target
        row = [n, v, G.number_of_edges(), *(round(t[k], 3) for k in header[3:10]), ok]
        rows.append(row)
        print(" ".join(f"{x!s:>11}" for x in row), flush=True)
    if args.csv:
        with args.csv.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
