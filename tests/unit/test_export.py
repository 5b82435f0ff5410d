"""Network exports keep direction, weights and attributes; RDF exports round-trip."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from graph.errors import TiruError
from graph.export import LIST_SEPARATOR, network_bytes, rdf_bytes
from graph.network import learning_network
from tests.unit.network_fixtures import fixture_store


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    return fixture_store()


@pytest.fixture(scope="module")
def G(store):  # type: ignore[no-untyped-def]
    return learning_network(store)


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_gephi_and_cytoscape_formats(G, fmt: str) -> None:  # type: ignore[no-untyped-def]
    data = network_bytes(G, fmt)
    H = nx.read_gexf(io.BytesIO(data)) if fmt == "gexf" else nx.read_graphml(io.BytesIO(data))
    assert H.is_directed()
    assert set(H.edges()) == set(G.edges())
    edge = H.edges["64.09", "64.02"]
    assert float(edge["weight"]) == 1 and int(edge["visits"]) == 1
    assert edge["sources"].split(LIST_SEPARATOR) == G.edges["64.09", "64.02"]["sources"]
    assert H.nodes["64.09"]["label"] == "Kabupaten Penajam Paser Utara"
    assert H.nodes["64.09"]["island"] == "kalimantan"


def test_csv_is_one_row_per_edge(G) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(network_bytes(G, "csv").decode())))
    assert len(rows) == G.number_of_edges()
    row = next(r for r in rows if r["source"] == "63.11" and r["target"] == "64.09")
    assert row["source_label"] == "Kabupaten Balangan" and row["visits"] == "1"
    assert row["dates"] == "2025-12-03" and row["program_labels"] == "SAKIP"


def test_json_keeps_lists(G) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(network_bytes(G, "json"))
    H = nx.node_link_graph(data, edges="edges")
    assert H.is_directed() and H.edges["64.09", "64.02"] == G.edges["64.09", "64.02"]
    with pytest.raises(TiruError):
        network_bytes(G, "dot")


def test_rdf_exports(store) -> None:  # type: ignore[no-untyped-def]
    total = sum(store.counts().values())
    ds = Dataset()
    ds.parse(data=rdf_bytes(store, "trig"), format="trig")
    assert len(list(ds.quads((None, None, None, None)))) == total
    union = Graph().parse(data=rdf_bytes(store, "ttl"), format="turtle")
    # Union: the visit in both layers has its shared triples once.
    assert 0 < len(union) < total
    curated = Graph().parse(data=rdf_bytes(store, "nt", "curated"), format="nt")
    assert len(curated) == store.counts()["https://w3id.org/tiru/graph/curated"]
    assert len(Graph().parse(data=rdf_bytes(store, "jsonld", "curated"), format="json-ld")) == len(
        curated)
    with pytest.raises(TiruError):
        rdf_bytes(store, "xml")
    with pytest.raises(TiruError):
        rdf_bytes(store, "ttl", "nonsense")
