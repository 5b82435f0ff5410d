"""Learning chains, adoption cascades, innovativeness and the timeline on the fixtures."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.diffusion import (
    adoption_cascade,
    adoption_records,
    adoption_times,
    cascade_summary,
    diffusion_timeline,
    innovativeness,
    learning_chains,
    walker_scores,
)
from graph.errors import TiruError
from graph.network import learning_network
from tests.unit.network_fixtures import fixture_store


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    return fixture_store()


def test_seed_chain_balangan_ppu_kukar_is_time_respecting(store) -> None:  # type: ignore[no-untyped-def]
    chains = learning_chains(learning_network(store, layer="curated"))
    assert [c.regions for c in chains] == [("63.11", "64.09", "64.02")]
    assert chains[0].dates == ("2025-12-03", "2025-06-19")
    assert chains[0].length == 2


def test_chain_needs_the_model_to_have_learned_first() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", visit_iris=["v1", "v3"], dates=["2020-01-01", "2023-01-01"])
    G.add_edge("b", "c", visit_iris=["v2"], dates=["2021-06-01"])
    G.add_edge("c", "d", visit_iris=["v0"], dates=["2019-01-01"])
    G.add_edge("x", "y", visit_iris=["u"], dates=[""])  # undated: never in a chain
    chains = learning_chains(G)
    # Only a's 2023 visit comes after b learned from c (2021), which came after c -> d (2019).
    assert [(c.regions, c.visit_iris) for c in chains] == [
        (("a", "b", "c", "d"), ("v3", "v2", "v0"))]
    # Capped at two visits, both windows of that chain are reported.
    assert [c.regions for c in learning_chains(G, max_length=2)] == [("a", "b", "c"),
                                                                      ("b", "c", "d")]
    with pytest.raises(TiruError):
        learning_chains(G, max_length=1)


def test_chains_do_not_loop() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", visit_iris=["v3"], dates=["2022-01-01"])
    G.add_edge("b", "a", visit_iris=["v2"], dates=["2021-01-01"])
    G.add_edge("a", "c", visit_iris=["v1"], dates=["2020-01-01"])
    # a -> b -> a would revisit a: the only chain is b -> a -> c, and it is maximal because
    # the one later visit into b comes from a, already in the chain.
    assert [c.regions for c in learning_chains(G)] == [("b", "a", "c")]


def test_mpp_cascade_orders_openings_and_finds_the_visits_before_them(store) -> None:  # type: ignore[no-untyped-def]
    events = adoption_cascade(store, "MPP")
    # Planned adoptions (Kutai Kartanegara) are not openings; Seruyan's plan does not count.
    assert [(e.region, e.date, e.status) for e in events] == [
        ("35.10", "2017-12-01", "Inaugurated"), ("51.03", "2018-01-01", "Launched"),
        ("62.07", "2021-03-15", "Inaugurated"), ("64.01", "2024-11-01", "SoftLaunch")]
    seruyan = events[2]
    assert seruyan.label == "Seruyan" and seruyan.precision == "day"
    assert [(v.host, v.date, v.days_to_adoption) for v in seruyan.preceding_visits] == [
        ("35.10", "2019-10-09", 523)]
    assert seruyan.preceding_visits[0].sources == ("https://example.org/news/seruyan-banyuwangi",)
    paser = events[3]
    assert paser.days_from_last_visit == 156  # 2024-05-29 to 2024-11-01
    assert events[0].preceding_visits == ()
    summary = cascade_summary(events)
    assert summary["adopters"] == 4 and summary["with_preceding_visit"] == 2
    assert summary["median_days_visit_to_adoption"] == (523 + 156) / 2


def test_walker_innovativeness(store) -> None:  # type: ignore[no-untyped-def]
    scores = innovativeness(store)
    mpp = scores["https://w3id.org/tiru/id/program/mpp"]
    assert mpp["35.10"] == 1.0 and mpp["64.01"] == 0.0
    assert mpp["51.03"] > mpp["62.07"] > 0
    assert "64.02" not in mpp  # only planned
    assert scores["overall"] == mpp
    assert walker_scores({"a": "2020-01-01", "b": "2020-01-01"}) == {"a": 1.0, "b": 1.0}


def test_timeline_and_times(store) -> None:  # type: ignore[no-untyped-def]
    timeline = diffusion_timeline(store, "MPP")
    assert timeline[0] == ("2017-12", "35.10", "Inaugurated")
    assert ("2020-01", "62.07", "Planned") in timeline and timeline[-1] == ("2025-01", "64.02",
                                                                          "Planned")
    assert [m for m, _, _ in timeline] == sorted(m for m, _, _ in timeline)
    times = adoption_times(store, ["MPP"])["https://w3id.org/tiru/id/program/mpp"]
    assert list(times) == ["35.10", "51.03", "62.07", "64.01"]
    assert times["35.10"] < times["51.03"] < times["62.07"]
    assert len(adoption_records(store, "MPP", layer="extracted")) == 0


def test_cascade_with_visits_about_any_program() -> None:
    # Balangan visited PPU about SAKIP; count it as a visit before Balangan's MPP only when asked.
    store = fixture_store()
    store.update("""
        PREFIX tiru: <https://w3id.org/tiru/ontology#> PREFIX schema: <http://schema.org/>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        INSERT DATA { GRAPH <https://w3id.org/tiru/graph/curated> {
          <https://w3id.org/tiru/id/adoption/64.09/mpp/launched/2023-05-12> a tiru:Adoption ;
            tiru:adopter <https://w3id.org/tiru/id/region/64.09> ;
            tiru:program <https://w3id.org/tiru/id/program/mpp> ; tiru:status tiru:Launched ;
            schema:startDate "2023-05-12"^^xsd:date .
          <https://w3id.org/tiru/id/adoption/63.11/mpp/launched/2026-02-01> a tiru:Adoption ;
            tiru:adopter <https://w3id.org/tiru/id/region/63.11> ;
            tiru:program <https://w3id.org/tiru/id/program/mpp> ; tiru:status tiru:Launched ;
            schema:startDate "2026-02-01"^^xsd:date . } }""")
    strict = {e.region: e for e in adoption_cascade(store, "MPP")}
    loose = {e.region: e for e in adoption_cascade(store, "MPP", any_program=True)}
    assert strict["63.11"].preceding_visits == ()
    assert [(v.host, v.days_to_adoption) for v in loose["63.11"].preceding_visits] == [
        ("64.09", 60)]
