"""Measures of the learning network: who are the models, the eager learners and the brokers.

Edges point learner -> model (see :func:`graph.network.learning_network`), so in-degree counts a
region's learners, PageRank and HITS authority gather at the models, HITS hubs are the eager
learners who visit good models, and betweenness finds the brokers that sit on learning paths.

Every measure here is deterministic: the only random one, Louvain, takes an explicit ``seed``,
and sampled betweenness (for graphs above ``exact_limit`` nodes) draws its pivots from ``seed``.

Examples
--------
>>> import networkx as nx
>>> G = nx.DiGraph()
>>> G.add_edge("63.11", "64.09", visits=1)
>>> G.add_edge("64.09", "64.02", visits=2)
>>> m = compute_measures(G)
>>> m["in_visits"]["64.02"], m["out_degree"]["63.11"]
(2.0, 1.0)
>>> top(m, "pagerank", 1)
[('64.02', 0.47...)]
>>> m["betweenness"]["64.09"] > 0
True
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graph.errors import TiruError

__all__ = [
    "MEASURES",
    "Adjacency",
    "DEFAULT_EXACT_LIMIT",
    "compute_measures",
    "degree_measures",
    "pagerank",
    "hits",
    "betweenness",
    "node_reciprocity",
    "communities",
    "COMMUNITY_METHODS",
    "top",
]

MEASURES: tuple[str, ...] = (
    "in_degree", "out_degree", "in_visits", "out_visits", "pagerank", "authority", "hub",
    "betweenness", "reciprocity", "community",
)
# Above this many nodes betweenness is estimated from a seeded sample of source nodes.
DEFAULT_EXACT_LIMIT = 2000
_SAMPLE_PIVOTS = 32
_BATCH = 64

Scores = dict[Hashable, float]


def _weight_key(G: nx.DiGraph) -> str | None:
    """Use visit counts as weights when the edges carry them."""
    for _, _, data in G.edges(data=True):
        return "visits" if "visits" in data else None
    return None


class Adjacency:
    """The network as scipy sparse matrices, built once and shared by the measures.

    ``W[i, j]`` is the number of visits from ``nodes[i]`` to ``nodes[j]`` (1 without a
    ``visits`` attribute), ``A`` the same pattern with ones.
    """

    def __init__(self, G: nx.DiGraph) -> None:
        self.nodes: list[Hashable] = list(G)
        n, m = len(self.nodes), G.number_of_edges()
        index = {node: i for i, node in enumerate(self.nodes)}
        # np.fromiter over the edge view is several times faster than networkx's converter.
        rows = np.fromiter((index[u] for u, _ in G.edges()), dtype=np.int64, count=m)
        cols = np.fromiter((index[w] for _, w in G.edges()), dtype=np.int64, count=m)
        vals = np.fromiter((d.get("visits", 1) for _, _, d in G.edges(data=True)),
                           dtype=float, count=m)
        self.W = sp.csr_array((vals, (rows, cols)), shape=(n, n))
        self.W.sum_duplicates()
        self.A = self.W.copy()
        self.A.data[:] = 1.0
        self.AT = self.A.T.tocsr()

    def scores(self, values: np.ndarray) -> Scores:
        return {node: float(v) for node, v in zip(self.nodes, values.tolist(), strict=True)}


def degree_measures(G: nx.DiGraph, *, adjacency: Adjacency | None = None) -> dict[str, Scores]:
    """Degrees as distinct partners and as visit counts.

    ``in_degree`` is the number of distinct regions that learned from a node, ``out_degree`` the
    number of distinct models it visited; ``in_visits`` / ``out_visits`` count the visits
    (edge attribute ``visits``, 1 when absent).

    References
    ----------
    .. [1] Wasserman, S. and Faust, K. (1994). *Social Network Analysis: Methods and
       Applications*, ch. 5. Cambridge University Press.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", visits=3)
    >>> G.add_edge("c", "b", visits=1)
    >>> d = degree_measures(G)
    >>> d["in_degree"]["b"], d["in_visits"]["b"], d["out_visits"]["a"]
    (2.0, 4.0, 3.0)
    """
    adj = adjacency or Adjacency(G)
    return {
        "in_degree": adj.scores(np.asarray(adj.A.sum(axis=0))),
        "out_degree": adj.scores(np.asarray(adj.A.sum(axis=1))),
        "in_visits": adj.scores(np.asarray(adj.W.sum(axis=0))),
        "out_visits": adj.scores(np.asarray(adj.W.sum(axis=1))),
    }


def pagerank(G: nx.DiGraph, alpha: float = 0.85, *, max_iter: int = 100, tol: float = 1e-6,
             adjacency: Adjacency | None = None) -> Scores:
    """PageRank over learner -> model edges weighted by visits: rank gathers at the models.

    Power iteration with scipy sparse matrices, as :func:`networkx.pagerank` does (dangling
    nodes, the models nobody taught, spread their rank uniformly; same stopping rule), but on
    the adjacency shared with the other measures.

    References
    ----------
    .. [1] Brin, S. and Page, L. (1998). The anatomy of a large-scale hypertextual Web search
       engine. *Computer Networks and ISDN Systems* 30(1-7), 107-117.

    Examples
    --------
    >>> G = nx.DiGraph([("a", "m"), ("b", "m"), ("m", "x")])
    >>> pr = pagerank(G)
    >>> max(pr, key=pr.get)
    'x'
    >>> round(sum(pr.values()), 6)
    1.0
    """
    if G.number_of_nodes() == 0:
        return {}
    adj = adjacency or Adjacency(G)
    n = len(adj.nodes)
    out_w = np.asarray(adj.W.sum(axis=1)).ravel()
    dangling = out_w == 0
    inv = np.divide(1.0, out_w, out=np.zeros(n), where=~dangling)
    PT = (sp.diags_array(inv) @ adj.W).T.tocsr()  # column-stochastic transition matrix
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = alpha * (PT @ x + last[dangling].sum() / n) + (1.0 - alpha) / n
        if float(np.abs(x - last).sum()) < n * tol:
            break
    else:
        raise TiruError(f"PageRank did not converge in {max_iter} iterations")
    return adj.scores(x)


def hits(G: nx.DiGraph, max_iter: int = 1000, tol: float = 1e-10, *,
         adjacency: Adjacency | None = None) -> tuple[Scores, Scores]:
    """HITS hub and authority scores (authorities are models, hubs are eager learners).

    Power iteration on the visit-weighted adjacency matrix with scipy, started from the uniform
    vector so that the result is reproducible even when the leading singular value is repeated
    (several disconnected learning clusters). Both score vectors sum to 1; a graph without
    edges gives zeros.

    Returns
    -------
    (hubs, authorities) : tuple of dict

    References
    ----------
    .. [1] Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment.
       *Journal of the ACM* 46(5), 604-632.

    Examples
    --------
    >>> G = nx.DiGraph([("a", "m"), ("b", "m"), ("b", "n")])
    >>> h, a = hits(G)
    >>> max(a, key=a.get), max(h, key=h.get)
    ('m', 'b')
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}, {}
    if G.number_of_edges() == 0:
        zero = dict.fromkeys(nodes, 0.0)
        return zero, dict(zero)
    adj = adjacency or Adjacency(G)
    A = adj.W
    AT = A.T.tocsr()
    h = np.full(n, 1.0 / n)
    a = AT @ h
    for _ in range(max_iter):
        a = AT @ h
        a /= a.max()
        h_new = A @ a
        h_new /= h_new.max()
        done = float(np.abs(h_new - h).sum()) < tol * n
        h = h_new
        if done:
            break
    a = AT @ h
    return adj.scores(h / h.sum()), adj.scores(a / a.sum())


def betweenness(
    G: nx.DiGraph,
    *,
    k: int | None = None,
    seed: int = 0,
    normalized: bool = True,
    exact_limit: int = DEFAULT_EXACT_LIMIT,
    adjacency: Adjacency | None = None,
) -> Scores:
    """Betweenness centrality on directed shortest (fewest-hop) learning paths: the brokers.

    Brandes' accumulation written as sparse-matrix products over batches of source nodes (the
    algebraic formulation), so that the inner loops run in scipy rather than in Python. The
    result equals :func:`networkx.betweenness_centrality` (same normalisation). With ``k``
    pivots, or by default when the graph has more than ``exact_limit`` nodes (then 32 pivots),
    the sum runs over a sample of sources drawn with ``seed`` and is scaled by ``n / k``.

    References
    ----------
    .. [1] Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
       *Sociometry* 40(1), 35-41.
    .. [2] Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
       Mathematical Sociology* 25(2), 163-177.
    .. [3] Brandes, U. and Pich, C. (2007). Centrality estimation in large networks.
       *International Journal of Bifurcation and Chaos* 17(7), 2303-2318.
    .. [4] Kepner, J. and Gilbert, J. (2011). *Graph Algorithms in the Language of Linear
       Algebra*, ch. 6. SIAM.

    Examples
    --------
    >>> G = nx.DiGraph([("63.11", "64.09"), ("64.09", "64.02")])
    >>> betweenness(G)["64.09"]
    0.5
    >>> betweenness(G, normalized=False)["64.09"]
    1.0
    """
    nodes = list(G)
    n = len(nodes)
    if n < 3 or G.number_of_edges() == 0:
        return dict.fromkeys(nodes, 0.0)
    adj = adjacency or Adjacency(G)
    A, AT = adj.A, adj.AT
    if k is None and n > exact_limit:
        k = _SAMPLE_PIVOTS
    if k is None or k >= n:
        sources = np.arange(n)
        scale = 1.0
    else:
        rng = np.random.default_rng(seed)
        sources = np.sort(rng.choice(n, size=k, replace=False))
        scale = n / k
    bc = np.zeros(n)
    for start in range(0, len(sources), _BATCH):
        bc += _brandes_batch(A, AT, sources[start:start + _BATCH])
    bc *= scale
    if normalized:
        bc /= (n - 1) * (n - 2)
    return adj.scores(bc)


def _brandes_batch(A: sp.csr_array, AT: sp.csr_array, sources: np.ndarray) -> np.ndarray:
    """Dependencies of every node on the sources of one batch, summed (Brandes' delta)."""
    n, b = A.shape[0], len(sources)
    cols = np.arange(b)
    sigma = np.zeros((n, b))
    sigma[sources, cols] = 1.0
    depth = np.full((n, b), -1, dtype=np.int32)
    depth[sources, cols] = 0
    frontier = sigma.copy()
    d = 0
    while True:
        # Paths reaching each node through the current frontier, kept only where first seen.
        nxt = np.asarray(AT @ frontier)
        new = (nxt > 0) & (depth < 0)
        if not new.any():
            break
        d += 1
        depth[new] = d
        frontier = np.where(new, nxt, 0.0)
        sigma += frontier
    delta = np.zeros((n, b))
    safe_sigma = np.where(sigma > 0, sigma, 1.0)
    for level in range(d, 0, -1):
        coeff = np.where(depth == level, (1.0 + delta) / safe_sigma, 0.0)
        pulled = np.asarray(A @ coeff)
        delta += np.where(depth == level - 1, sigma * pulled, 0.0)
    delta[depth <= 0] = 0.0  # a source's own dependency and unreachable nodes do not count
    return np.asarray(delta.sum(axis=1))


def node_reciprocity(G: nx.DiGraph, *, adjacency: Adjacency | None = None) -> Scores:
    """Share of each node's learning ties that run both ways (0 for an isolated node).

    References
    ----------
    .. [1] Garlaschelli, D. and Loffredo, M. I. (2004). Patterns of link reciprocity in directed
       networks. *Physical Review Letters* 93(26), 268701.

    Examples
    --------
    >>> G = nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")])
    >>> node_reciprocity(G)["a"], node_reciprocity(G)["c"]
    (0.666..., 0.0)
    """
    if G.number_of_nodes() == 0:
        return {}
    adj = adjacency or Adjacency(G)
    ties = np.asarray(adj.A.sum(axis=0)).ravel() + np.asarray(adj.A.sum(axis=1)).ravel()
    mutual = np.asarray(adj.A.multiply(adj.AT).sum(axis=1)).ravel()
    return adj.scores(np.divide(2.0 * mutual, ties, out=np.zeros_like(ties), where=ties > 0))


COMMUNITY_METHODS: tuple[str, ...] = ("louvain", "louvain_directed", "label_propagation")


def _louvain_igraph(G: nx.DiGraph, seed: int, resolution: float,
                    adjacency: Adjacency | None) -> list[set[Hashable]]:
    """Louvain in igraph (C) on the undirected graph, visit counts summed over both directions.

    igraph's multilevel method has no directed modularity; symmetrising keeps who is tied to
    whom and how strongly, which is what a community is about.
    """
    import random

    import igraph as ig

    adj = adjacency or Adjacency(G)
    sym = (adj.W + adj.W.T).tocoo()
    upper = sym.row < sym.col
    g = ig.Graph(n=len(adj.nodes))
    # Pairs of Python ints: igraph converts them several times faster than a numpy edge array.
    g.add_edges(zip(sym.row[upper].tolist(), sym.col[upper].tolist(), strict=True))
    # igraph draws from a module-level generator: seed it for this call, then restore it.
    ig.set_random_number_generator(random.Random(seed))
    try:
        clusters = g.community_multilevel(weights=sym.data[upper].tolist(),
                                          resolution=resolution)
    finally:
        ig.set_random_number_generator(random)
    return [{adj.nodes[i] for i in members} for members in clusters]


def communities(G: nx.DiGraph, seed: int = 0, resolution: float = 1.0, *,
                method: str = "louvain", adjacency: Adjacency | None = None) -> Scores:
    """Communities of the learning network, numbered by size.

    Community 0 is the largest; ties are broken by the smallest member. The partition depends
    on ``seed`` only.

    Parameters
    ----------
    G : networkx.DiGraph
        A learning network; edge ``visits`` are the weights when present.
    seed : int
        Seed of the random node order.
    resolution : float
        Louvain's resolution (above 1: smaller communities). Ignored by label propagation.
    method : {"louvain", "louvain_directed", "label_propagation"}
        ``"louvain"`` (the default): Louvain [1]_ in igraph's C implementation [4]_ on the
        undirected network, visits summed over both directions: a community is about who is
        tied to whom, and it takes 0.01 s at the national scale (514 regions, 10,000 visits)
        and seconds at village scale (80,000 nodes, 1M visits).
        ``"louvain_directed"``: networkx's Louvain on directed, visit-weighted modularity [2]_;
        the direction of learning counts, but its local moving is pure Python (0.2 s at the
        national scale, about 30 s at village scale). ``"label_propagation"``: seeded fast
        label propagation [3]_, near
        linear and an order of magnitude faster on large graphs, for when Louvain is too slow.
        It maximises no quality function, and on networks dominated by a few famous hosts
        (the synthetic benchmark's Zipf hosts) one label can flood the whole graph, giving a
        single community: check the number of communities before using it.

    References
    ----------
    .. [1] Blondel, V. D., Guillaume, J.-L., Lambiotte, R. and Lefebvre, E. (2008). Fast
       unfolding of communities in large networks. *J. Stat. Mech.* P10008.
    .. [2] Leicht, E. A. and Newman, M. E. J. (2008). Community structure in directed networks.
       *Physical Review Letters* 100(11), 118703.
    .. [3] Traag, V. A. and Šubelj, L. (2023). Large network community detection by fast label
       propagation. *Scientific Reports* 13, 2701.
    .. [4] Csárdi, G. and Nepusz, T. (2006). The igraph software package for complex network
       research. *InterJournal, Complex Systems* 1695.

    Examples
    --------
    >>> G = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x")])
    >>> c = communities(G, seed=1)
    >>> c["a"] == c["b"] == c["c"], c["a"] != c["x"]
    (True, True)
    >>> directed = communities(G, seed=1, method="louvain_directed")
    >>> directed["a"] == directed["b"] == directed["c"], directed["a"] != directed["x"]
    (True, True)
    >>> fast = communities(G, seed=1, method="label_propagation")
    >>> fast["a"] == fast["b"] == fast["c"], fast["a"] != fast["x"]
    (True, True)
    """
    if method not in COMMUNITY_METHODS:
        raise TiruError(
            f"unknown community method {method!r}; choose from {', '.join(COMMUNITY_METHODS)}")
    if G.number_of_nodes() == 0:
        return {}
    if G.number_of_edges() == 0:
        return {n: float(i) for i, n in enumerate(sorted(G, key=str))}
    parts: Iterable[set[Hashable]]
    if method == "louvain":
        parts = _louvain_igraph(G, seed, resolution, adjacency)
    elif method == "louvain_directed":
        parts = nx.community.louvain_communities(G, weight=_weight_key(G),
                                                 resolution=resolution, seed=seed)
    else:
        parts = nx.community.fast_label_propagation_communities(G, weight=_weight_key(G),
                                                                seed=seed)
    ordered = sorted(parts, key=lambda c: (-len(c), min(str(x) for x in c)))
    return {n: float(i) for i, part in enumerate(ordered) for n in part}


def compute_measures(
    G: nx.DiGraph,
    measures: Iterable[str] | None = None,
    seed: int = 0,
    *,
    betweenness_k: int | None = None,
    community_method: str = "louvain",
) -> dict[str, Scores]:
    """Compute the named measures (default: all of :data:`MEASURES`) for every node.

    Parameters
    ----------
    G : networkx.DiGraph
        A learning network (learner -> model), typically from
        :func:`graph.network.learning_network`.
    measures : iterable of str, optional
        Names from :data:`MEASURES`.
    seed : int
        Seed of every random choice (Louvain, sampled betweenness).
    betweenness_k : int, optional
        Number of sampled sources for betweenness (see :func:`betweenness`).
    community_method : {"louvain", "louvain_directed", "label_propagation"}
        How ``community`` is found (see :func:`communities`); Louvain by default.

    Returns
    -------
    dict
        ``{measure: {node: value}}``; ``community`` values are community numbers.

    References
    ----------
    See the individual measures: :func:`degree_measures`, :func:`pagerank`, :func:`hits`,
    :func:`betweenness`, :func:`node_reciprocity`, :func:`communities`.

    Examples
    --------
    >>> G = nx.DiGraph([("a", "m"), ("b", "m")])
    >>> sorted(compute_measures(G, ["authority", "in_degree"]))
    ['authority', 'in_degree']
    >>> compute_measures(G, ["authority"])["authority"]["m"]
    1.0
    """
    wanted = list(MEASURES if measures is None else measures)
    unknown = [m for m in wanted if m not in MEASURES]
    if unknown:
        raise TiruError(f"unknown measure {', '.join(unknown)}; choose from {', '.join(MEASURES)}")
    out: dict[str, Scores] = {}
    adj = Adjacency(G)
    if any(m in wanted for m in ("in_degree", "out_degree", "in_visits", "out_visits")):
        for name, values in degree_measures(G, adjacency=adj).items():
            if name in wanted:
                out[name] = values
    if "pagerank" in wanted:
        out["pagerank"] = pagerank(G, adjacency=adj)
    if "authority" in wanted or "hub" in wanted:
        hub, authority = hits(G, adjacency=adj)
        if "hub" in wanted:
            out["hub"] = hub
        if "authority" in wanted:
            out["authority"] = authority
    if "betweenness" in wanted:
        out["betweenness"] = betweenness(G, k=betweenness_k, seed=seed, adjacency=adj)
    if "reciprocity" in wanted:
        out["reciprocity"] = node_reciprocity(G, adjacency=adj)
    if "community" in wanted:
        out["community"] = communities(G, seed=seed, method=community_method, adjacency=adj)
    return {m: out[m] for m in wanted if m in out}


def top(measures: dict[str, Scores], name: str, n: int = 10,
        nodes: Sequence[Hashable] | None = None) -> list[tuple[Hashable, float]]:
    """The ``n`` highest-scoring nodes for one measure, ties broken by node name.

    Examples
    --------
    >>> top({"pagerank": {"a": 0.2, "b": 0.5, "c": 0.2}}, "pagerank", 2)
    [('b', 0.5), ('a', 0.2)]
    """
    if name not in measures:
        raise TiruError(f"measure {name!r} was not computed")
    values = measures[name]
    keys = list(values) if nodes is None else [x for x in nodes if x in values]
    keys.sort(key=lambda x: (-values[x], str(x)))
    return [(x, values[x]) for x in keys[:n]]
