"""The learning network built from the Turtle fixtures (the seed visits)."""

from __future__ import annotations

import pytest

from graph.errors import TiruError, UnknownRegionError
from graph.network import UnknownProgramError, ego_network, learning_network, network_summary
from tests.unit.network_fixtures import fixture_store


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    return fixture_store()


def test_edges_point_from_learner_to_model(store) -> None:  # type: ignore[no-untyped-def]
    G = learning_network(store)
    assert G.has_edge("63.11", "64.09")  # Balangan visited Penajam Paser Utara
    assert not G.has_edge("64.09", "63.11")
    assert G.has_edge("64.09", "64.02")
    assert G.has_edge("64.01", "51.03") and G.has_edge("62.07", "35.10")
    # PPU both learns and is learned from.
    assert G.in_degree("64.09") == 1 and G.out_degree("64.09") == 1


def test_node_attributes_come_from_the_gazetteer_graph(store) -> None:  # type: ignore[no-untyped-def]
    G = learning_network(store)
    ppu = G.nodes["64.09"]
    assert ppu["iri"] == "https://w3id.org/tiru/id/region/64.09"
    assert ppu["label"] == "Kabupaten Penajam Paser Utara"
    assert (ppu["kind"], ppu["province"], ppu["island"]) == ("regency", "64", "kalimantan")
    assert G.nodes["35.78"]["kind"] == "city"


def test_one_visit_from_two_layers_is_one_visit_with_both_sources(store) -> None:  # type: ignore[no-untyped-def]
    edge = learning_network(store).edges["64.09", "64.02"]
    assert edge["visits"] == 1
    assert edge["visit_iris"] == ["https://w3id.org/tiru/id/visit/2025-06-19/64.09_to_64.02"]
    assert edge["dates"] == ["2025-06-19"]
    assert edge["programs"] == ["https://w3id.org/tiru/id/program/mpp"]
    assert edge["program_labels"] == ["MPP"]
    assert edge["sources"] == ["https://example.org/extracted/ppu-kukar-2",
                               "https://example.org/news/ppu-kukar"]


def test_layers(store) -> None:  # type: ignore[no-untyped-def]
    curated = learning_network(store, layer="curated")
    extracted = learning_network(store, layer="extracted")
    assert not curated.has_edge("63.11", "35.78")
    assert set(extracted.edges()) == {("64.09", "64.02"), ("63.11", "35.78")}
    assert curated.edges["64.09", "64.02"]["sources"] == ["https://example.org/news/ppu-kukar"]


def test_program_slice_includes_narrower_concepts(store) -> None:  # type: ignore[no-untyped-def]
    mpp = learning_network(store, program="MPP")
    assert set(mpp.edges()) == {("64.09", "64.02"), ("64.01", "51.03"), ("62.07", "35.10")}
    # "pelayanan-publik" is broader than MPP: the same visits, none about SAKIP.
    broad = learning_network(store, program="pelayanan-publik")
    assert set(broad.edges()) == set(mpp.edges())
    sakip = learning_network(store, program="https://w3id.org/tiru/id/program/sakip")
    assert set(sakip.edges()) == {("63.11", "64.09")}
    with pytest.raises(UnknownProgramError):
        learning_network(store, program="NOPE")


def test_period_and_delegation_slices(store) -> None:  # type: ignore[no-untyped-def]
    G = learning_network(store, since="2024", until="2025-06")
    assert set(G.edges()) == {("64.09", "64.02"), ("64.01", "51.03")}
    dprd = learning_network(store, delegation="legislative")
    assert set(dprd.edges()) == {("63.11", "35.78")}
    with pytest.raises(TiruError):
        learning_network(store, since="03/12/2025")
    with pytest.raises(TiruError):
        learning_network(store, level="village")


def test_province_and_island_levels(store) -> None:  # type: ignore[no-untyped-def]
    prov = learning_network(store, level="province")
    assert prov.has_edge("63", "64") and prov.has_edge("62", "35")
    # PPU -> Kukar stays inside Kalimantan Timur: counted, not a self-loop.
    assert not prov.has_edge("64", "64") and prov.nodes["64"]["internal_visits"] == 1
    assert prov.nodes["64"]["label"] == "Kalimantan Timur"
    isl = learning_network(store, level="island")
    assert isl.edges["kalimantan", "java"]["visits"] == 2
    assert isl.nodes["kalimantan"]["kind"] == "island"
    assert isl.nodes["java"]["label"] == "Java"


def test_ego_network_and_summary(store) -> None:  # type: ignore[no-untyped-def]
    G = learning_network(store)
    ego = ego_network(G, "64.09")
    assert set(ego) == {"63.11", "64.09", "64.02"}
    with pytest.raises(UnknownRegionError):
        ego_network(G, "99.99")
    summary = network_summary(G, top=3)
    assert summary["visits"] == 5
    brokers = [b["node"] for b in summary["brokers"]]
    assert brokers[0] == "64.09"  # the only region on a learning path of length two
    assert "https://example.org/news/balangan-ppu" in summary["brokers"][0]["sources"]
    assert summary["learners"][0]["node"] == "63.11"  # two visits, to PPU and Surabaya


def test_empty_store_gives_an_empty_graph() -> None:
    G = learning_network(fixture_store(("gazetteer",)))
    assert G.number_of_nodes() == 0
    assert network_summary(G)["models"] == []
