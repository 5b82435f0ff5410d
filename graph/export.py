"""Exports: the RDF dataset in standard syntaxes and the learning network for Gephi,
Cytoscape and pandas.

Network formats keep the direction (learner -> model), the weights (``visits``, also as
``weight``) and every node and edge attribute. GEXF and GraphML cannot hold lists, so list
attributes (``visit_iris``, ``dates``, ``programs``, ``sources`` ...) become strings joined by
:data:`LIST_SEPARATOR`; missing values are left out. CSV is one row per edge with the node
labels beside the codes; JSON is networkx's node-link format with the lists intact.

Examples
--------
>>> import networkx as nx
>>> G = nx.DiGraph(level="region")
>>> G.add_node("63.11", label="Kabupaten Balangan", province="63")
>>> G.add_node("64.09", label="Kabupaten Penajam Paser Utara", province="64")
>>> G.add_edge("63.11", "64.09", visits=1, weight=1, sources=["https://x.org/1"])
>>> print(network_bytes(G, "csv").decode().splitlines()[1])
63.11,Kabupaten Balangan,64.09,Kabupaten Penajam Paser Utara,1,1,https://x.org/1
>>> b"<edge" in network_bytes(G, "gexf")
True
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph

from graph.errors import TiruError
from graph.store import Store
from graph.vocab import GRAPHS, PREFIXES

__all__ = [
    "NETWORK_FORMATS",
    "RDF_EXPORT_FORMATS",
    "LIST_SEPARATOR",
    "flatten_attributes",
    "network_bytes",
    "write_network",
    "rdf_bytes",
]

NETWORK_FORMATS: tuple[str, ...] = ("gexf", "graphml", "csv", "json")
RDF_EXPORT_FORMATS: tuple[str, ...] = ("ttl", "nt", "jsonld", "trig", "nq")
LIST_SEPARATOR = " | "
_DATASET_FORMATS = ("trig", "nq", "jsonld")


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return LIST_SEPARATOR.join(str(v) for v in items)
    return value


def flatten_attributes(G: nx.DiGraph) -> nx.DiGraph:
    """A copy of ``G`` whose list attributes are joined strings and without ``None`` values
    (what GEXF and GraphML can hold).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", dates=["2024-01-01", "2025-01-01"], note=None)
    >>> flatten_attributes(G).edges["a", "b"]
    {'dates': '2024-01-01 | 2025-01-01'}
    """
    H = nx.DiGraph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if v is not None})
    for n, data in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in data.items() if v is not None})
    for u, w, data in G.edges(data=True):
        H.add_edge(u, w, **{k: _flat(v) for k, v in data.items() if v is not None})
    return H


def _csv(G: nx.DiGraph) -> bytes:
    edge_keys: list[str] = []
    for _, _, data in G.edges(data=True):
        for key in data:
            if key not in edge_keys:
                edge_keys.append(key)
    lead = [k for k in ("visits", "weight") if k in edge_keys]
    keys = lead + [k for k in edge_keys if k not in lead]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["source", "source_label", "target", "target_label", *keys])

    def label(n: Hashable) -> str:
        return str(G.nodes[n].get("label", n))

    for u, w, data in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        writer.writerow([u, label(u), w, label(w),
                         *[_flat(data[k]) if data.get(k) is not None else "" for k in keys]])
    return buf.getvalue().encode("utf-8")


def network_bytes(G: nx.DiGraph, fmt: str) -> bytes:
    """Serialise a learning network as ``gexf``, ``graphml``, ``csv`` or ``json``."""
    if fmt not in NETWORK_FORMATS:
        raise TiruError(f"unknown network format {fmt!r}; choose from {', '.join(NETWORK_FORMATS)}")
    if fmt == "csv":
        return _csv(G)
    if fmt == "json":
        data = nx.node_link_data(G, edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")
    H = flatten_attributes(G)
    buf = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(H, buf)
    else:
        nx.write_graphml(H, buf)
    return buf.getvalue()


def write_network(G: nx.DiGraph, fmt: str, path: str | Path) -> None:
    """Write :func:`network_bytes` to ``path``."""
    Path(path).write_bytes(network_bytes(G, fmt))


def rdf_bytes(store: Store, fmt: str, graph: str | None = None) -> bytes:
    """The store's data as ``ttl``, ``nt``, ``jsonld``, ``trig`` or ``nq``.

    With ``graph`` (a short name such as ``"curated"`` or an IRI) one named graph is written.
    Without it, the dataset formats (TriG, N-Quads, JSON-LD) keep every named graph, and Turtle
    and N-Triples hold the union of all graphs (the store's default graph).

    Examples
    --------
    >>> from graph.store import open_store
    >>> store = open_store(":memory:")
    >>> _ = store.load(b"<http://x.org/a> <http://x.org/b> <http://x.org/c> .", "nt", "curated")
    >>> rdf_bytes(store, "nt")
    b'<http://x.org/a> <http://x.org/b> <http://x.org/c> .\\n'
    >>> b"curated" in rdf_bytes(store, "trig")
    True
    """
    if fmt not in RDF_EXPORT_FORMATS:
        raise TiruError(f"unknown RDF format {fmt!r}; choose from {', '.join(RDF_EXPORT_FORMATS)}")
    if graph is not None and graph not in GRAPHS and not graph.startswith(("http://", "https://")):
        raise TiruError(f"unknown named graph {graph!r}; choose from {', '.join(GRAPHS)} or an IRI")
    if graph is not None or fmt in _DATASET_FORMATS:
        return store.dump(fmt, graph)
    ds = Dataset()
    ds.parse(data=store.dump("nq"), format="nquads")
    union = Graph()
    for prefix, iri in PREFIXES.items():
        union.bind(prefix, iri, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    out = union.serialize(format="turtle" if fmt == "ttl" else "nt", encoding="utf-8")
    return out
