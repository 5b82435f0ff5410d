"""``build_graph`` on the real curated data, into an in-memory store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from graph.build import BuildReport, build_graph, build_steps, read_rdf_file, validate_graph
from graph.errors import DataError
from graph.store import SelectResult, Store, open_store
from graph.vocab import TIRU, graph_iri, sparql_prefixes, visit_iri


@pytest.fixture(scope="module")
def built() -> tuple[Store, BuildReport]:
    store = open_store(":memory:")
    report = build_graph(store)
    return store, report


ID = "https://w3id.org/tiru/id/"


def ask(store: Store, body: str) -> bool:
    result = store.query(sparql_prefixes() + "ASK { " + body + " }")
    assert isinstance(result, bool)
    return result


def test_every_part_lands_in_its_named_graph(built: tuple[Store, BuildReport]) -> None:
    store, report = built
    counts = store.counts()
    for name in ("ontology", "vocabulary", "gazetteer", "curated"):
        assert counts.get(graph_iri(name), 0) > 0, name
        assert report.triples[graph_iri(name)] == counts[graph_iri(name)]
    assert report.visits >= 140
    assert report.adoptions > 400
    # Visits live in the curated graph, regions in the gazetteer graph.
    assert ask(store, "GRAPH tgraph:curated { ?v a tiru:Visit }")
    assert not ask(store, "GRAPH tgraph:gazetteer { ?v a tiru:Visit }")
    assert ask(store, "GRAPH tgraph:gazetteer { <https://w3id.org/tiru/id/region/64.09> a ?c }")


@pytest.mark.parametrize(
    ("visitors", "hosts", "start"),
    [
        (["63.11"], ["64.09"], "2025-12-03"),  # Balangan -> Penajam Paser Utara
        (["64.01"], ["51.03"], "2024-05-29"),  # Paser -> Badung
        (["62.07"], ["35.10"], "2019-10-09"),  # Seruyan -> Banyuwangi
        (["64.09"], ["64.02"], "2025-06-19"),  # Penajam Paser Utara -> Kutai Kartanegara
    ],
)
def test_the_seed_visits_are_present(built: tuple[Store, BuildReport], visitors: list[str],
                                     hosts: list[str], start: str) -> None:
    store, _ = built
    iri = visit_iri(visitors, hosts, start)
    assert ask(store, f"<{iri}> a tiru:Visit ; schema:startDate \"{start}\"^^xsd:date ; "
                      "prov:wasDerivedFrom ?a . ?a a tiru:SourceArticle")


def test_seed_details(built: tuple[Store, BuildReport]) -> None:
    store, _ = built
    paser = visit_iri(["64.01"], ["51.03"], "2024-05-29")
    assert ask(store, f"<{paser}> tiru:recommendedBy <{ID}org/kementerian-panrb> ; "
                      f"tiru:program <{ID}program/mpp>")
    seruyan = visit_iri(["62.07"], ["35.10"], "2019-10-09")
    assert ask(store, f"<{seruyan}> schema:endDate \"2019-10-10\"^^xsd:date")
    assert ask(store, f"?a a tiru:Adoption ; tiru:adopter <{ID}region/64.09> ; "
                      f"tiru:program <{ID}program/sippn> ; tiru:status tiru:Integrated")


def test_distinct_events_and_sources(built: tuple[Store, BuildReport]) -> None:
    store, _ = built
    result = store.query(sparql_prefixes() + """
        SELECT (COUNT(DISTINCT ?v) AS ?visits) (COUNT(DISTINCT ?a) AS ?articles)
               (MAX(?outlets) AS ?most) WHERE {
          { SELECT ?v (COUNT(DISTINCT ?b) AS ?outlets) WHERE {
              GRAPH tgraph:curated { ?v a tiru:Visit ; prov:wasDerivedFrom ?b } } GROUP BY ?v }
          GRAPH tgraph:curated { ?v prov:wasDerivedFrom ?a } }""")
    assert isinstance(result, SelectResult)
    row = result.rows[0]
    # data/visits.csv has 142 events; each is one visit however many outlets reported it.
    assert int(row["visits"]) == 142  # type: ignore[call-overload]
    # Some events have two outlets (one visit, two sources); some articles report two visits.
    assert int(row["most"]) >= 2  # type: ignore[call-overload]
    assert int(row["articles"]) > 100  # type: ignore[call-overload]


def test_the_build_conforms(built: tuple[Store, BuildReport]) -> None:
    _, report = built
    assert report.validated
    assert report.conforms, report.report_text


def test_rebuilding_is_idempotent(built: tuple[Store, BuildReport]) -> None:
    store, _ = built
    before = store.counts()
    build_graph(store, validate=False)
    assert store.counts() == before


def test_a_broken_copy_fails_with_a_readable_report(built: tuple[Store, BuildReport]) -> None:
    store, _ = built
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, list)
    g = Graph()
    for t in triples:
        g.add(t)  # type: ignore[arg-type]
    victim = URIRef(visit_iri(["63.11"], ["64.09"], "2025-12-03"))
    # Break it on purpose: a visit without visitors, whose host is a visit, not a region.
    g.remove((victim, TIRU.visitor, None))
    g.add((victim, TIRU.host, URIRef("https://example.org/not-a-region")))
    g.add((URIRef("https://example.org/not-a-region"), RDF.type, TIRU.Visit))
    outcome = validate_graph(g)
    assert not outcome["conforms"]
    assert outcome["violations"] >= 1
    assert str(victim) in outcome["text"] or "63.11_to_64.09" in outcome["text"]


def test_broken_turtle_is_a_data_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix x: <https://example.org/> .\nx:a x:b \n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_rdf_file(bad)
    assert "broken.ttl" in str(info.value)


def test_broken_ontology_leaves_the_store_alone(tmp_path: Path) -> None:
    from graph.vocab import ONTOLOGY_DIR

    folder = tmp_path / "ontology"
    folder.mkdir()
    for name in ("programs.ttl", "shapes.ttl"):
        (folder / name).write_bytes((ONTOLOGY_DIR / name).read_bytes())
    (folder / "tiru.ttl").write_text("this is not turtle", encoding="utf-8")
    store = open_store(":memory:")
    with pytest.raises(DataError, match="tiru.ttl"):
        build_graph(store, ontology_dir=folder)
    assert store.counts() == {}


def test_the_build_writes_the_default_measures(built: tuple[Store, BuildReport]) -> None:
    from graph.analytics import DEFAULT_SLICES
    from graph.library import load_query, render

    store, report = built
    assert report.analytics_runs == len(DEFAULT_SLICES)
    result = store.query(render(load_query("ranked_by_measure")))
    assert isinstance(result, SelectResult)
    # The library's default slice (MPP since 2020) is one of the runs the build writes.
    assert len(result.rows) == 10
    values = [float(r["value"]) for r in result.rows]  # type: ignore[arg-type]
    assert values == sorted(values, reverse=True) and values[0] > 0


@pytest.mark.parametrize(("validate", "analytics"), [(False, False), (True, False), (False, True)])
def test_progress_steps_match_the_options(validate: bool, analytics: bool) -> None:
    # The CLI's bar is sized by build_steps: it must end full whatever the options.
    steps: list[str] = []
    store = open_store(":memory:")
    try:
        build_graph(store, progress=steps.append, validate=validate, analytics=analytics)
    finally:
        store.close()
    assert len(steps) == build_steps(validate=validate, analytics=analytics)
    assert ("computing the network measures" in steps) is analytics
    assert ("validating against the shapes" in steps) is validate


def test_a_vocabulary_written_without_the_transitive_links_is_upgraded() -> None:
    from graph.build import upgrade_vocabulary
    from graph.vocab import ONTOLOGY_DIR

    store = open_store(":memory:")
    try:
        # What a build wrote before the links existed: the file as it is.
        store.replace_graph("vocabulary", (ONTOLOGY_DIR / "programs.ttl").read_bytes(), "ttl")
        ask = ("ASK { <https://w3id.org/tiru/id/program/mpp-digital> "
               "<http://www.w3.org/2004/02/skos/core#broaderTransitive> "
               "<https://w3id.org/tiru/id/program/mpp> }")
        assert store.query(ask) is False
        assert upgrade_vocabulary(store) is True
        assert store.query(ask) is True
        assert upgrade_vocabulary(store) is False  # once is enough
    finally:
        store.close()
