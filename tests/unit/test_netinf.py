"""NetInf recovers a planted network from synthetic cascades (seeded)."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from graph.errors import TiruError
from graph.netinf import (
    edge_overlap,
    edge_precision_recall,
    netinf,
    planted_network,
    simulate_cascades,
    transmission_loglik,
)


@pytest.mark.parametrize(("model", "alpha", "floor"), [("exponential", 1.0, 0.85),
                                                        ("powerlaw", 2.0, 0.85)])
def test_recovers_a_planted_network(model: str, alpha: float, floor: float,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    truth = planted_network(50, 100, seed=11)
    cascades = simulate_cascades(truth, 500, model=model, alpha=alpha, seed=12)  # type: ignore[arg-type]
    result = netinf(cascades, k=truth.number_of_edges(), model=model, alpha=alpha)  # type: ignore[arg-type]
    scores = edge_precision_recall(result.graph, truth)
    with capsys.disabled():
        print(f"\nNetInf on a planted network (50 nodes, 100 edges, 500 {model} cascades): "
              f"precision {scores['precision']:.3f}, recall {scores['recall']:.3f}; "
              f"{result.evaluations} gain evaluations for {result.candidates} candidates")
    assert scores["precision"] >= floor and scores["recall"] >= floor
    # Lazy evaluation: far fewer evaluations than plain greedy's k x candidates.
    assert result.evaluations < 0.2 * truth.number_of_edges() * result.candidates
    # Greedy gains of a submodular objective never increase.
    assert all(a >= b - 1e-9 for a, b in zip(result.gains, result.gains[1:], strict=False))
    assert math.isclose(result.objective, sum(result.gains))


def test_lazy_greedy_equals_plain_greedy() -> None:
    truth = planted_network(15, 30, seed=4)
    cascades = simulate_cascades(truth, 80, seed=5)
    lazy = netinf(cascades, k=20)
    # Plain greedy, written independently: evaluate every candidate every round.
    chosen: list[tuple[int, int]] = []
    best_parent: dict[tuple[int, int], float] = {}
    eps, beta = 1e-9, 0.5
    for _ in range(20):
        scores = {}
        for u in truth:
            for v in truth:
                if u == v or (u, v) in chosen:
                    continue
                g = 0.0
                for c, cas in enumerate(cascades):
                    if u in cas and v in cas and cas[u] < cas[v]:
                        base = math.log(eps) + max(transmission_loglik(cas[v] - t)
                                                   for t in cas.values() if t < cas[v])
                        cur = best_parent.get((c, v), base)
                        g += max(0.0, math.log(beta) + transmission_loglik(cas[v] - cas[u]) - cur)
                scores[(u, v)] = g
        edge = max(sorted(scores, key=str), key=lambda e: scores[e])
        chosen.append(edge)
        u, v = edge
        for c, cas in enumerate(cascades):
            if u in cas and v in cas and cas[u] < cas[v]:
                base = math.log(eps) + max(transmission_loglik(cas[v] - t)
                                           for t in cas.values() if t < cas[v])
                w = math.log(beta) + transmission_loglik(cas[v] - cas[u])
                best_parent[(c, v)] = max(best_parent.get((c, v), base), w)
    assert [round(g, 6) for g in lazy.gains] == [
        round(x, 6) for x in _plain_gains(cascades, chosen)]
    assert set(lazy.graph.edges()) == set(chosen)


def _plain_gains(cascades: list[dict], edges: list[tuple[int, int]]) -> list[float]:  # type: ignore[type-arg]
    out: list[float] = []
    best: dict[tuple[int, int], float] = {}
    for u, v in edges:
        g = 0.0
        for c, cas in enumerate(cascades):
            if u in cas and v in cas and cas[u] < cas[v]:
                base = math.log(1e-9) + max(transmission_loglik(cas[v] - t)
                                            for t in cas.values() if t < cas[v])
                w = math.log(0.5) + transmission_loglik(cas[v] - cas[u])
                cur = best.get((c, v), base)
                g += max(0.0, w - cur)
                best[(c, v)] = max(cur, w)
        out.append(g)
    return out


def test_simulation_is_seeded() -> None:
    G = planted_network(20, 40, seed=1)
    assert simulate_cascades(G, 30, seed=9) == simulate_cascades(G, 30, seed=9)
    assert simulate_cascades(G, 30, seed=9) != simulate_cascades(G, 30, seed=10)
    for cascade in simulate_cascades(G, 30, seed=9):
        assert len(cascade) >= 2 and min(cascade.values()) == 0.0


def test_overlap_turns_the_learning_network_round() -> None:
    inferred = nx.DiGraph([("model", "learner"), ("x", "y")])
    learning = nx.DiGraph([("learner", "model"), ("z", "x")])
    ov = edge_overlap(inferred, learning)
    assert ov["shared"] == 1 and ov["precision"] == 0.5 and ov["observed"] == 2
    assert ov["shared_undirected"] == 1


def test_bad_parameters() -> None:
    with pytest.raises(TiruError):
        netinf([], epsilon=0.9, beta=0.5)
    with pytest.raises(TiruError):
        transmission_loglik(1.0, model="powerlaw", alpha=1.0)
    with pytest.raises(TiruError):
        planted_network(3, 10)
    assert netinf([]).graph.number_of_edges() == 0
