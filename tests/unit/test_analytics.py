"""Measures written to the analytics graph and read back by SPARQL."""

from __future__ import annotations

from datetime import UTC, datetime

from graph.analytics import TOP_AUTHORITY_QUERY, run_iri, run_parameters, write_measures
from graph.measures import compute_measures, top
from graph.network import learning_network
from graph.store import SelectResult
from graph.vocab import sparql_prefixes
from tests.unit.network_fixtures import fixture_store


def _count(store, run: str) -> int:  # type: ignore[no-untyped-def]
    r = store.query(sparql_prefixes() + f"""
        SELECT (COUNT(?m) AS ?n) WHERE {{ GRAPH tgraph:analytics {{
          ?m a tiru:Measurement ; prov:wasGeneratedBy <{run}> }} }}""")
    assert isinstance(r, SelectResult)
    return int(r.rows[0]["n"])  # type: ignore[call-overload]


def test_top_ten_authority_for_mpp_since_2020_by_sparql() -> None:
    store = fixture_store()
    G = learning_network(store, program="MPP", since="2020")
    measures = compute_measures(G, seed=0)
    run = write_measures(store, G, measures, seed=0)
    assert run.measurements == G.number_of_nodes() * 9  # every measure with an ontology term
    result = store.query(TOP_AUTHORITY_QUERY)
    assert isinstance(result, SelectResult)
    got = [(str(r["region"]).rsplit("/", 1)[-1], float(r["authority"])) for r in result.rows]  # type: ignore[arg-type]
    expected = [(n, v) for n, v in top(measures, "authority", 10)]
    assert [n for n, _ in got] == [n for n, _ in expected]
    assert all(abs(a - b) < 1e-12 for (_, a), (_, b) in zip(got, expected, strict=True))
    # Since 2020 only Paser -> Badung and PPU -> Kukar are MPP visits: the two models share it.
    assert {n for n, v in got if v > 0.4} == {"51.03", "64.02"}
    assert str(result.rows[0]["label"]).startswith("Kabupaten")


def test_run_records_parameters_date_and_version() -> None:
    store = fixture_store()
    G = learning_network(store, program="MPP", since="2020")
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    run = write_measures(store, G, ["pagerank"], seed=3, started=when)
    assert run.iri == run_iri(run_parameters(G, ["pagerank"], 3))
    r = store.query(sparql_prefixes() + f"""
        SELECT ?p ?o WHERE {{ GRAPH tgraph:analytics {{ <{run.iri}> ?p ?o }} }}""")
    assert isinstance(r, SelectResult)
    props = {str(row["p"]).rsplit("#", 1)[-1]: row["o"] for row in r.rows}
    assert str(props["type"]).endswith("AnalyticsRun")
    # The value, not the lexical form: the store writes UTC as "Z".
    assert props["startedAtTime"].toPython() == when  # type: ignore[union-attr]
    assert '"seed": 3' in str(props["parameters"]) and '"since": "2020-01-01"' in str(
        props["parameters"])
    assert str(props["sliceProgram"]) == "https://w3id.org/tiru/id/program/mpp"
    assert str(props["sliceSince"]) == "2020-01-01" and str(props["level"]) == "region"
    assert str(props["softwareVersion"])


def test_same_parameters_replace_other_parameters_stay() -> None:
    store = fixture_store()
    G = learning_network(store)
    first = write_measures(store, G, ["pagerank", "in_degree"])
    again = write_measures(store, G, ["pagerank", "in_degree"])
    assert first.iri == again.iri
    assert _count(store, first.iri) == 2 * G.number_of_nodes()
    runs = store.query(sparql_prefixes() + """
        SELECT (COUNT(*) AS ?n) WHERE { ?run a tiru:AnalyticsRun ; prov:startedAtTime ?t }""")
    assert isinstance(runs, SelectResult) and int(runs.rows[0]["n"]) == 1  # type: ignore[call-overload]
    # Another slice is another run: both stay.
    other = write_measures(store, learning_network(store, program="SAKIP"), ["pagerank"])
    assert other.iri != first.iri and _count(store, first.iri) == 2 * G.number_of_nodes()
    assert _count(store, other.iri) == 2
    # The same parameters with fewer results: nothing of the earlier run is left over.
    fewer = write_measures(store, G, {"pagerank": {"64.09": 0.5}, "in_degree": {"64.09": 1.0}})
    assert fewer.iri == first.iri and _count(store, first.iri) == 2
    assert _count(store, other.iri) == 2
