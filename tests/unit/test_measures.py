"""Measures against networkx's reference implementations and the seed network."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.errors import TiruError
from graph.measures import (
    MEASURES,
    betweenness,
    communities,
    compute_measures,
    hits,
    node_reciprocity,
    top,
)
from graph.network import learning_network
from tests.unit.network_fixtures import fixture_store


@pytest.mark.parametrize("seed", range(4))
def test_betweenness_equals_networkx(seed: int) -> None:
    G = nx.gnp_random_graph(70, 0.04, seed=seed, directed=True)
    ours, ref = betweenness(G), nx.betweenness_centrality(G)
    assert max(abs(ours[n] - ref[n]) for n in G) < 1e-9
    raw = betweenness(G, normalized=False)
    ref_raw = nx.betweenness_centrality(G, normalized=False)
    assert max(abs(raw[n] - ref_raw[n]) for n in G) < 1e-7


def test_sampled_betweenness_is_seeded_and_close() -> None:
    G = nx.gnp_random_graph(300, 0.02, seed=3, directed=True)
    a = betweenness(G, k=150, seed=7)
    assert a == betweenness(G, k=150, seed=7)
    exact = betweenness(G)
    best = max(exact, key=exact.__getitem__)
    assert sorted(a, key=a.__getitem__, reverse=True).index(best) < 10


@pytest.mark.parametrize("seed", range(3))
def test_hits_equals_networkx(seed: int) -> None:
    G = nx.gnp_random_graph(50, 0.08, seed=seed, directed=True)
    hub, auth = hits(G)
    ref_hub, ref_auth = nx.hits(G, max_iter=10000, tol=1e-12)
    assert max(abs(auth[n] - ref_auth[n]) for n in G) < 1e-7
    assert max(abs(hub[n] - ref_hub[n]) for n in G) < 1e-7


def test_seed_network_measures() -> None:
    G = learning_network(fixture_store(), layer="curated")
    m = compute_measures(G, seed=0)
    assert set(m) == set(MEASURES)
    # Penajam Paser Utara learns (from Kukar) and is learned from (by Balangan): a broker.
    assert m["in_degree"]["64.09"] == 1 and m["out_degree"]["64.09"] == 1
    assert m["betweenness"]["64.09"] > 0
    assert all(v == 0 for n, v in m["betweenness"].items() if n != "64.09")
    # Rank gathers at models: Kukar, at the end of the chain, beats the pure learner Balangan.
    assert m["pagerank"]["64.02"] > m["pagerank"]["64.09"] > m["pagerank"]["63.11"]
    assert m["hub"]["64.02"] == 0 and m["authority"]["63.11"] == 0


def test_visit_counts_are_weights() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "m", visits=5)
    G.add_edge("a", "n", visits=1)
    G.add_edge("b", "c", visits=1)
    G.add_edge("d", "c", visits=2)
    m = compute_measures(G, ["in_degree", "in_visits", "pagerank"])
    assert m["in_degree"]["c"] == 2 and m["in_degree"]["m"] == 1
    assert m["in_visits"]["m"] == 5 and m["in_visits"]["c"] == 3
    # a sends five of its six visits to m: rank follows the visits, not the partner count.
    assert m["pagerank"]["m"] > m["pagerank"]["n"]


def test_reciprocity_and_communities_are_seeded() -> None:
    G = nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    r = node_reciprocity(G)
    assert r["a"] == 1.0 and r["c"] == 0.0
    K = nx.DiGraph(nx.karate_club_graph())
    assert communities(K, seed=4) == communities(K, seed=4)
    assert len(set(communities(K, seed=4).values())) >= 2


def test_degenerate_graphs_and_errors() -> None:
    assert compute_measures(nx.DiGraph()) == {m: {} for m in MEASURES}
    lonely = nx.DiGraph()
    lonely.add_nodes_from(["a", "b"])
    m = compute_measures(lonely)
    assert m["authority"] == {"a": 0.0, "b": 0.0} and m["betweenness"]["a"] == 0.0
    with pytest.raises(TiruError):
        compute_measures(lonely, ["charisma"])
    with pytest.raises(TiruError):
        top(m, "charisma")
    assert top({"x": {"b": 1.0, "a": 1.0}}, "x") == [("a", 1.0), ("b", 1.0)]


@pytest.mark.parametrize("seed", range(3))
def test_pagerank_equals_networkx(seed: int) -> None:
    G = nx.gnp_random_graph(80, 0.05, seed=seed, directed=True)
    for u, w in G.edges():
        G.edges[u, w]["visits"] = 1 + (u * w) % 4
    from graph.measures import pagerank

    ours, ref = pagerank(G), nx.pagerank(G, weight="visits")
    assert max(abs(ours[n] - ref[n]) for n in G) < 1e-6


def test_label_propagation_is_a_seeded_opt_in() -> None:
    two = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x")])
    fast = communities(two, seed=3, method="label_propagation")
    assert fast == communities(two, seed=3, method="label_propagation")
    assert fast["a"] == fast["b"] == fast["c"] != fast["x"] == fast["y"] == fast["z"]
    via_suite = compute_measures(two, ["community"], seed=3, community_method="label_propagation")
    assert via_suite["community"] == fast
    # Louvain stays the default of the suite.
    assert compute_measures(two, ["community"], seed=3)["community"] == communities(two, seed=3)
    with pytest.raises(TiruError):
        communities(two, method="leiden")


@pytest.mark.parametrize("method", ["louvain", "louvain_directed"])
def test_louvain_finds_planted_groups_reproducibly(method: str) -> None:
    import random

    import graph.measures as measures

    # Two groups of eight, dense inside, one weak tie between them.
    G = nx.DiGraph()
    for group in ("a", "b"):
        names = [f"{group}{i}" for i in range(8)]
        G.add_edges_from(((u, w) for u in names for w in names if u != w), visits=3)
    G.add_edge("a0", "b0", visits=1)
    state = random.getstate()
    first = measures.communities(G, seed=7, method=method)
    assert random.getstate() == state  # the caller's generator is neither used nor reseeded
    assert first == measures.communities(G, seed=7, method=method)
    assert len({first[f"a{i}"] for i in range(8)}) == 1
    assert len({first[f"b{i}"] for i in range(8)}) == 1
    assert first["a0"] != first["b0"]
    assert sorted(set(first.values())) == [0.0, 1.0]
