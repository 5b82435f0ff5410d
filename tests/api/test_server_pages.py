"""Pages, entity pages, network views and the JSON API, in process; escaping of hostile labels."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from rdflib import Graph, URIRef

pytestmark = pytest.mark.anyio

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
PPU = "https://w3id.org/tiru/id/region/64.09"
HOSTILE = "<script>alert(1)</script>"


def _embedded_json(html: str, element_id: str) -> object:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', html, re.S)
    assert m, f"no embedded JSON {element_id}"
    return json.loads(m.group(1))


async def test_home_has_counts_tops_and_links(client: httpx.AsyncClient) -> None:
    r = await client.get("/", headers=HTML)
    assert r.status_code == 200
    for link in ('href="/graph"', 'href="/query"', 'href="/id/region/64.09"'):
        assert link in r.text
    twin = (await client.get("/index.json")).json()
    assert twin["resources"]["Visit"] == 3
    assert twin["top_models"][0]["iri"] == PPU and twin["top_models"][0]["visits"] == 2
    assert twin["top_models"][0]["label"] == "Kabupaten Penajam Paser Utara"
    learners = {(t["label"], t["visits"]) for t in twin["top_learners"]}
    assert learners == {("Kabupaten Balangan", 1), ("Kabupaten Penajam Paser Utara", 1),
                        (HOSTILE, 1)}
    assert twin["last_update"].startswith("2026-01-01")


async def test_region_page_html(client: httpx.AsyncClient) -> None:
    r = await client.get("/id/region/64.09", headers=HTML)
    assert r.status_code == 200
    text = r.text
    assert "Kabupaten Penajam Paser Utara" in text
    assert "2025-12-03" in text and "2023-02-14" in text  # visits in and out
    assert 'href="/id/article/a1b2c3d4e5f60718"' in text  # sources of its visits
    assert "inaugurated" in text.lower()  # its adoption
    assert "pagerank" in text and "0.41" in text  # measures of the analytics graph
    ego = _embedded_json(text, "ego-data")
    assert {n["id"] for n in ego["nodes"]} == {  # type: ignore[index]
        PPU, "https://w3id.org/tiru/id/region/63.11", "https://w3id.org/tiru/id/region/35.10",
        "https://w3id.org/tiru/id/region/64.72"}


async def test_region_json_twin_three_ways(client: httpx.AsyncClient) -> None:
    a = (await client.get("/id/region/64.09.json")).json()
    b = (await client.get("/id/region/64.09?format=json")).json()
    c = (await client.get("/id/region/64.09", headers={"Accept": "application/json"})).json()
    assert a == b == c
    assert a["kind"] == "region" and a["label"] == "Kabupaten Penajam Paser Utara"
    assert len(a["region"]["visits_in"]) == 2 and len(a["region"]["visits_out"]) == 1
    # The fixture's run has no program or period slice.
    assert {m["slice"] for m in a["region"]["measures"]} == {"all programs"}


def test_a_measures_slice_in_words() -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from server.pagedata import _slice

    mpp = URIRef("https://w3id.org/tiru/id/program/mpp")
    since = Literal("2020-01-01", datatype=XSD.date)
    assert _slice({"p": mpp, "program": Literal("MPP"), "since": since}) == "MPP since 2020-01-01"
    # A candidate program without notation is named by its IRI's last segment.
    assert _slice({"p": URIRef("https://w3id.org/tiru/id/program/candidate/bank-sampah")}) \
        == "bank-sampah"
    assert _slice({"until": Literal("2024-12-31", datatype=XSD.date)}) \
        == "all programs until 2024-12-31"


@pytest.mark.parametrize(("accept", "fmt"), [("text/turtle", "turtle"),
                                             ("application/ld+json", "json-ld"),
                                             ("application/n-triples", "nt"),
                                             ("application/rdf+xml", "xml")])
async def test_entity_rdf_by_accept(client: httpx.AsyncClient, accept: str, fmt: str) -> None:
    r = await client.get("/id/region/64.09", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = Graph().parse(data=r.text, format=fmt)
    assert (URIRef(PPU), None, None) in g
    assert all(s == URIRef(PPU) for s in g.subjects())


async def test_visit_page_includes_participants_in_rdf(client: httpx.AsyncClient) -> None:
    r = await client.get("/id/visit/2025-12-03/63.11_to_64.09.ttl")
    g = Graph().parse(data=r.text, format="turtle")
    assert any(str(s).endswith("/participant/visitor/hasmiati") for s in g.subjects())
    page = await client.get("/id/visit/2025-12-03/63.11_to_64.09", headers=HTML)
    assert "Hasmiati" in page.text and "DelegationLead" in page.text


async def test_article_page_links_to_its_source_and_facts(client: httpx.AsyncClient) -> None:
    r = await client.get("/id/article/0f1e2d3c4b5a6978", headers=HTML)
    assert 'href="https://news.example.id/2023/02/ppu-studi-tiru-mpp"' in r.text
    assert 'href="/id/visit/2023-02-14/64.09_to_35.10"' in r.text


@pytest.mark.parametrize("path", ["/id/program/mpp", "/id/person/63.11/hasmiati", "/id/region/64",
                                  "/id/island/java", "/id/analytics/run/00000000000000aa"])
async def test_other_entity_pages(client: httpx.AsyncClient, path: str) -> None:
    r = await client.get(path, headers=HTML)
    assert r.status_code == 200
    assert (await client.get(path + ".json")).json()["iri"].endswith(path[len("/id/"):])


async def test_unknown_entity_is_404_both_ways(client: httpx.AsyncClient) -> None:
    r = await client.get("/id/region/99.99", headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    r = await client.get("/id/region/99.99.json")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404
    r = await client.get('/id/region/a"b>c', headers=HTML)
    assert r.status_code == 400


async def test_hostile_label_is_text_everywhere(client: httpx.AsyncClient) -> None:
    for path in ("/id/region/64.72", "/id/region/64.09", "/", "/graph", "/id/program/mpp",
                 "/graph/diffusion?program=MPP",
                 "/query?query=" + "SELECT%20%3Fl%20WHERE%20%7B%3Fr%20%3Fp%20%3Fl%7D"):
        r = await client.get(path, headers=HTML)
        assert r.status_code == 200, path
        assert HOSTILE not in r.text, path
    page = (await client.get("/id/region/64.72", headers=HTML)).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    graph_page = (await client.get("/graph", headers=HTML)).text
    data = _embedded_json(graph_page, "network-data")
    labels = [n["label"] for n in data["nodes"]]  # type: ignore[index]
    assert HOSTILE in labels  # the JSON decodes back to the real label: shown as text by vis
    assert "content-security-policy" in {k.lower() for k in
                                          (await client.get("/graph", headers=HTML)).headers}


async def test_graph_filters_and_twin(client: httpx.AsyncClient) -> None:
    whole = (await client.get("/graph.json")).json()
    assert whole["summary"] == {"nodes": 4, "edges": 3, "visits": 3}
    mpp = (await client.get("/graph.json?program=MPP")).json()
    assert mpp["summary"]["edges"] == 2
    recent = (await client.get("/graph.json?since=2024")).json()
    assert recent["summary"]["edges"] == 2
    java = (await client.get("/graph.json?group=java")).json()
    assert {n["id"] for n in java["network"]["nodes"]} == {"35.10", "64.09"}
    islands = (await client.get("/graph.json?level=island")).json()
    assert {n["id"] for n in islands["network"]["nodes"]} == {"kalimantan", "java"}
    node = next(n for n in whole["network"]["nodes"] if n["id"] == "64.09")
    assert node["href"] == "/id/region/64.09" and node["color"] == "#009E73"
    sized = {n["id"]: n["size"] for n in whole["network"]["nodes"]}
    assert sized["64.09"] > sized["63.11"]  # PageRank gathers at the model
    assert whole["network"]["options"]["physics"]["stabilization"]["enabled"] is True
    bad = await client.get("/graph.json?measure=nonsense")
    assert bad.status_code == 400


async def test_graph_page_loads_nothing_external(client: httpx.AsyncClient) -> None:
    for path in ("/graph", "/query", "/", "/id/region/64.09", "/graph/diffusion?program=MPP"):
        text = (await client.get(path, headers=HTML)).text
        for m in re.finditer(r'(?:src|href)="([^"]+)"', text):
            url = m.group(1)
            if url.startswith(("http://", "https://")):
                # Only links a person clicks may point out (article sources); never assets.
                assert not re.search(rf'<(script|link)[^>]+"{re.escape(url)}"', text), url


async def test_diffusion_twin(client: httpx.AsyncClient) -> None:
    r = await client.get("/graph/diffusion?program=MPP&format=json")
    data = r.json()
    assert [a["date"] for a in data["events"]["adoptions"]] == ["2019-01-01", "2023-05-12"]
    assert len(data["events"]["visits"]) == 2
    assert (await client.get("/graph/diffusion?program=NOPE")).status_code == 400


async def test_query_page_runs_a_library_query(client: httpx.AsyncClient) -> None:
    r = await client.get("/query?name=top_learners", headers=HTML)
    assert r.status_code == 200
    assert 'id="results"' in r.text
    twin = (await client.get("/query.json?name=top_learners")).json()
    assert twin["selected"]["name"] == "top_learners"
    assert twin["result"]["kind"] == "select" and twin["result"]["rows"]


async def test_query_page_shows_errors_next_to_the_editor(client: httpx.AsyncClient) -> None:
    r = await client.get("/query?query=SELECT%20%3Fx%20WHERE%20%7B", headers=HTML)
    assert r.status_code == 400
    assert 'class="error-message"' in r.text and "SELECT ?x WHERE {" in r.text


async def test_query_page_network_link_for_two_iri_columns(client: httpx.AsyncClient) -> None:
    q = ("PREFIX tiru: <https://w3id.org/tiru/ontology#> "
         "SELECT ?a ?b WHERE { ?v tiru:visitor ?a ; tiru:host ?b }")
    twin = (await client.get("/query.json", params={"query": q})).json()
    assert twin["result"]["network"] is True
    net = (await client.get("/graph/query", params={"query": q, "format": "json"})).json()
    assert net["summary"] == {"nodes": 4, "edges": 3}


async def test_api(client: httpx.AsyncClient) -> None:
    regions = (await client.get("/api/regions", params={"province": "64"})).json()
    assert {r["code"] for r in regions} == {"64.09", "64.72"}
    visits = (await client.get("/api/visits", params={"program": "MPP", "until": "2023"})).json()
    assert [v["date"] for v in visits] == ["2023-02-14"]
    assert visits[0]["sources"][0]["url"] == "https://news.example.id/2023/02/ppu-studi-tiru-mpp"
    by_region = (await client.get("/api/visits", params={"region": "63.11"})).json()
    assert len(by_region) == 1
    programs = {p["notation"]: p for p in (await client.get("/api/programs")).json()}
    assert programs["MPP"]["adoptions"] == 2
    net = (await client.get("/api/network", params={"level": "province"})).json()
    assert {(e["source"], e["target"]) for e in net["edges"]} == {("63", "64"), ("64", "35")}
    assert (await client.get("/api/visits", params={"since": "yesterday"})).status_code == 400
    spec = (await client.get("/openapi.json")).json()
    for path in ("/api/regions", "/api/visits", "/api/programs", "/api/network"):
        assert path in spec["paths"]


async def test_every_library_query_runs_from_the_query_page(client: httpx.AsyncClient) -> None:
    pytest.importorskip("graph.programs", reason="program parameters need graph.programs")
    from graph.library import list_queries

    queries = list_queries()
    assert queries
    for q in queries:
        if any("SERVICE" in line.upper() for line in q.text.splitlines()
               if not line.lstrip().startswith("#")):
            # A federated query is refused (403) unless its endpoint is allow-listed.
            r = await client.get("/query.json", params={"name": q.name})
            assert r.status_code == 403, q.name
            continue
        r = await client.get("/query", params={"name": q.name, "run": "1"}, headers=HTML)
        assert r.status_code == 200, (q.name, r.text[-500:])
        assert 'class="error-message"' not in r.text, q.name


def _count_network_reads(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Record each call of learning_network made by the /graph view (narrow: that module only)."""
    import server.routes.graph as graph_route

    calls: list[dict[str, object]] = []
    real = graph_route.learning_network

    def counting(store: object, **kwargs: object) -> object:
        calls.append(kwargs)
        return real(store, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(graph_route, "learning_network", counting)
    return calls


async def test_graph_view_is_computed_once_per_filters(
        client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_network_reads(monkeypatch)
    first = await client.get("/graph.json")
    again = await client.get("/graph.json")
    page_html = await client.get("/graph", headers=HTML)
    assert first.status_code == again.status_code == page_html.status_code == 200
    assert first.json() == again.json()
    assert _embedded_json(page_html.text, "network-data") == first.json()["network"]
    assert len(calls) == 1  # the twin, its repeat and the HTML page share one computation
    mpp = await client.get("/graph.json?program=MPP")
    assert mpp.json()["summary"]["edges"] == 2
    assert len(calls) == 2  # other filters are another view
    await client.get("/graph.json?program=MPP")
    assert len(calls) == 2


async def test_a_write_invalidates_the_graph_view(
        client: httpx.AsyncClient, store: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.store import Store

    assert isinstance(store, Store)
    calls = _count_network_reads(monkeypatch)
    before = (await client.get("/graph.json")).json()
    assert before["summary"]["edges"] == 3 and len(calls) == 1
    store.update("""
        PREFIX tiru: <https://w3id.org/tiru/ontology#>
        INSERT DATA { GRAPH <https://w3id.org/tiru/graph/curated> {
          <https://w3id.org/tiru/id/visit/2025-01-05/35.10_to_63.11> a tiru:Visit ;
            tiru:visitor <https://w3id.org/tiru/id/region/35.10> ;
            tiru:host <https://w3id.org/tiru/id/region/63.11> . } }""")
    after = (await client.get("/graph.json")).json()
    assert len(calls) == 2
    assert after["summary"]["edges"] == 4
    assert (await client.get("/graph.json")).json() == after and len(calls) == 2


def test_view_cache_is_bounded_and_keeps_the_recently_used() -> None:
    from server.state import ViewCache

    cache = ViewCache(size=2)
    computed: list[str] = []

    def make(name: str) -> str:
        computed.append(name)
        return name.upper()

    assert cache.get_or_compute("a", 1, lambda: make("a")) == "A"
    assert cache.get_or_compute("b", 1, lambda: make("b")) == "B"
    assert cache.get_or_compute("a", 1, lambda: make("a")) == "A"  # a is now the most recent
    assert cache.get_or_compute("c", 1, lambda: make("c")) == "C"  # b goes
    assert len(cache) == 2
    cache.get_or_compute("a", 1, lambda: make("a"))
    cache.get_or_compute("b", 1, lambda: make("b"))
    assert computed == ["a", "b", "c", "b"]
    cache.get_or_compute("a", 2, lambda: make("a2"))  # a new version replaces the old entry
    assert computed[-1] == "a2" and len(cache) == 2
    assert cache.get_or_compute("x", None, lambda: make("x")) == "X"  # no version: no cache
    cache.get_or_compute("x", None, lambda: make("x"))
    assert computed[-2:] == ["x", "x"]


async def test_region_page_names_the_island_group_in_english_first() -> None:
    # Two names and LIMIT 1 once let the engine pick: Oxigraph gave "Java", Virtuoso "Jawa".
    from graph.store import open_store
    from server.backend import QueryRunner
    from server.pagedata import region_data

    store = open_store(":memory:")
    store.load(rb"""@prefix tiru: <https://w3id.org/tiru/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix tid: <https://w3id.org/tiru/id/> .
        tid:island\/java rdfs:label "Java"@en, "Jawa"@id .
        tid:island\/sulawesi rdfs:label "Sulawesi"@id .
        tid:region\/35.10 tiru:islandGroup tid:island\/java .
        tid:region\/73.71 tiru:islandGroup tid:island\/sulawesi .
        """, "ttl", "gazetteer")
    runner = QueryRunner(store, timeout=10.0, max_rows=100)
    try:
        java = await region_data(runner, "https://w3id.org/tiru/id/region/35.10", "Banyuwangi")
        sulawesi = await region_data(runner, "https://w3id.org/tiru/id/region/73.71", "Makassar")
    finally:
        runner.close()
        store.close()
    assert java["island"]["label"] == "Java"
    assert sulawesi["island"]["label"] == "Sulawesi"  # no English name: the one there is


async def test_last_update_is_when_tiru_last_wrote_not_the_newest_article(
        store: object, make_client: object) -> None:
    # An article published "later" than anything else must not count: the last update is the
    # latest run (analytics 2026-01-01 in the fixture, this ingest run's end 2026-03-02).
    store.load(  # type: ignore[attr-defined]
        """@prefix tiru: <https://w3id.org/tiru/ontology#> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        <https://w3id.org/tiru/id/article/future> a tiru:SourceArticle ;
            dct:issued "2030-05-05"^^xsd:date .
        <https://w3id.org/tiru/id/run/ingest/20260302T080000Z-00000000> a tiru:IngestRun ;
            prov:startedAtTime "2026-03-02T08:00:00+00:00"^^xsd:dateTime ;
            prov:endedAtTime "2026-03-02T08:05:00+00:00"^^xsd:dateTime ;
            prov:used <https://w3id.org/tiru/id/article/future> .""", "ttl", "extracted")
    async with make_client() as c:  # type: ignore[operator]
        twin = (await c.get("/index.json")).json()
    assert twin["last_update"].startswith("2026-03-02T08:05")
