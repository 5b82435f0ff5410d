"""The SPARQL 1.1 Protocol at /sparql, in process: forms, formats, conneg, errors, safety."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import httpx
import pytest
from rdflib import Graph

pytestmark = pytest.mark.anyio

SELECT_REGIONS = """
PREFIX tiru: <https://w3id.org/tiru/ontology#>
SELECT ?r ?code WHERE { ?r tiru:kemendagriCode ?code } ORDER BY ?code
"""
CONSTRUCT_VISITS = """
PREFIX tiru: <https://w3id.org/tiru/ontology#>
CONSTRUCT { ?v tiru:visitor ?a ; tiru:host ?b } WHERE { ?v tiru:visitor ?a ; tiru:host ?b }
"""
CODES = ["35", "35.10", "63", "63.11", "64", "64.09", "64.72"]


async def test_get_select_json(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": SELECT_REGIONS},
                         headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    data = r.json()
    assert data["head"]["vars"] == ["r", "code"]
    assert [b["code"]["value"] for b in data["results"]["bindings"]] == CODES
    assert r.headers["x-tiru-truncated"] == "false"


async def test_post_form_and_post_direct_give_the_same_rows(client: httpx.AsyncClient) -> None:
    accept = {"Accept": "text/csv"}
    a = await client.post("/sparql", data={"query": SELECT_REGIONS}, headers=accept)
    b = await client.post("/sparql", content=SELECT_REGIONS.encode(),
                          headers={**accept, "Content-Type": "application/sparql-query"})
    assert a.status_code == b.status_code == 200
    assert a.text == b.text
    rows = list(csv.reader(io.StringIO(a.text)))
    assert rows[0] == ["r", "code"]
    assert [row[1] for row in rows[1:]] == CODES


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("text/*;q=0.5, application/sparql-results+json;q=0.1", "text/csv"),
        ("application/sparql-results+json;q=0, */*;q=0.2", "application/sparql-results+xml"),
    ],
)
async def test_select_conneg(client: httpx.AsyncClient, accept: str, expected: str) -> None:
    r = await client.get("/sparql", params={"query": SELECT_REGIONS}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected


async def test_tsv_uses_ntriples_terms(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": SELECT_REGIONS, "format": "tsv"})
    lines = r.text.strip().split("\n")
    assert lines[0] == "?r\t?code"
    assert lines[1] == '<https://w3id.org/tiru/id/region/35>\t"35"'


async def test_format_parameter_overrides_accept(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": SELECT_REGIONS, "format": "xml"},
                         headers={"Accept": "application/sparql-results+json"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    assert "<sparql" in r.text


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
async def test_construct_formats(
    client: httpx.AsyncClient, accept: str, rdflib_format: str
) -> None:
    r = await client.get("/sparql", params={"query": CONSTRUCT_VISITS}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == accept
    g = Graph().parse(data=r.text, format=rdflib_format)
    assert len(g) == 6  # three visits, a visitor and a host each


async def test_ask(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"},
                         headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is True


async def test_syntax_error_is_400_with_parser_message(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400
    message = r.json()["error"]["message"]
    assert message  # the parser's own words, not a generic text
    assert "Traceback" not in r.text


async def test_default_graph_uri_restricts_the_dataset(client: httpx.AsyncClient) -> None:
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    whole = await client.get("/sparql", params={"query": q, "format": "json"})
    only = await client.get("/sparql", params={
        "query": q, "format": "json",
        "default-graph-uri": "https://w3id.org/tiru/graph/vocabulary"})
    n_whole = int(whole.json()["results"]["bindings"][0]["n"]["value"])
    n_only = int(only.json()["results"]["bindings"][0]["n"]["value"])
    assert n_only == 12 < n_whole


async def test_named_graph_uri(client: httpx.AsyncClient) -> None:
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = await client.post("/sparql", data={
        "query": q, "named-graph-uri": "https://w3id.org/tiru/graph/analytics"},
        headers={"Accept": "application/sparql-results+json"})
    graphs = [b["g"]["value"] for b in r.json()["results"]["bindings"]]
    assert graphs == ["https://w3id.org/tiru/graph/analytics"]


async def test_update_is_refused_when_read_only(client: httpx.AsyncClient) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    for kwargs in (
        {"data": {"update": update}},
        {"content": update.encode(), "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"query": update}},
    ):
        r = await client.post("/sparql", **kwargs)  # type: ignore[arg-type]
        assert r.status_code == 403, kwargs
    check = await client.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }", "format": "json"})
    assert check.json()["boolean"] is False


async def test_update_with_token(make_client: Callable[..., httpx.AsyncClient]) -> None:
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    async with make_client(update_token="s3cret") as c:
        wrong = await c.post("/sparql", data={"update": update},
                             headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        ok = await c.post("/sparql", data={"update": update},
                          headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 204
        check = await c.get("/sparql", params={"query": "ASK { <urn:a> ?p ?o }", "format": "json"})
        assert check.json()["boolean"] is True


async def test_service_refused_unless_allow_listed(
    make_client: Callable[..., httpx.AsyncClient]
) -> None:
    q = ("PREFIX wd: <https://query.wikidata.org/>\n"
         "SELECT * WHERE { SERVICE wd:sparql { ?s ?p ?o } }")
    async with make_client() as c:
        r = await c.get("/sparql", params={"query": q, "format": "json"})
        assert r.status_code == 403
        assert "https://query.wikidata.org/sparql" in r.json()["error"]["message"]
        # A keyword inside a string literal is not a SERVICE call.
        harmless = 'SELECT ("SERVICE <http://evil/>" AS ?x) WHERE {}'
        assert (await c.get("/sparql", params={"query": harmless})).status_code == 200
        variable = "SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }"
        assert (await c.get("/sparql", params={"query": variable})).status_code == 403
    async with make_client(service_allowlist=["http://localhost:1/none"]) as c:
        r = await c.get("/sparql", params={"query": q})
        assert r.status_code == 403


async def test_row_cap_is_flagged(make_client: Callable[..., httpx.AsyncClient]) -> None:
    async with make_client(max_rows=3) as c:
        r = await c.get("/sparql", params={"query": SELECT_REGIONS, "format": "json"})
        assert r.status_code == 200
        assert len(r.json()["results"]["bindings"]) == 3
        assert r.headers["x-tiru-truncated"] == "true"


async def test_body_cap_is_413(make_client: Callable[..., httpx.AsyncClient]) -> None:
    async with make_client(max_body=200) as c:
        big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 500
        r = await c.post("/sparql", content=big.encode(),
                         headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413
        r = await c.get("/sparql", params={"query": big})
        assert r.status_code == 413


async def test_unsupported_post_type_is_415(client: httpx.AsyncClient) -> None:
    r = await client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 415


async def test_not_acceptable(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": SELECT_REGIONS},
                         headers={"Accept": "image/png"})
    assert r.status_code == 406


async def test_service_description_with_void_counts(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    rows = g.query("""
        PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
        PREFIX void: <http://rdfs.org/ns/void#>
        SELECT ?name ?n WHERE { ?s sd:defaultDataset/sd:namedGraph ?ng .
                                ?ng sd:name ?name ; sd:graph/void:triples ?n }""")
    counts = {str(name): int(n) for name, n in rows}  # type: ignore[misc]
    assert counts["https://w3id.org/tiru/graph/vocabulary"] == 12
    assert counts["https://w3id.org/tiru/graph/gazetteer"] == 41


async def test_browser_without_query_gets_the_query_page(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.status_code == 303
    assert r.headers["location"] == "/query"


async def test_cors_on_get(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": "ASK {}", "format": "json"},
                         headers={"Origin": "https://notebook.example"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert "x-tiru-truncated" in r.headers["access-control-expose-headers"].lower()


async def test_errors_as_html_for_browsers(client: httpx.AsyncClient) -> None:
    r = await client.get("/sparql", params={"query": "SELECT <script>"},
                         headers={"Accept": "text/html"})
    # the browser is redirected to the query page; the endpoint itself answers JSON to clients
    assert r.status_code in (303, 400)
    r = await client.get("/no/such/page", headers={"Accept": "text/html"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    r = await client.get("/no/such/page", headers={"Accept": "application/json"})
    assert r.json()["error"]["status"] == 404
