"""A real ``tiru serve`` on a loopback port, queried with SPARQLWrapper in every format and
with raw httpx for the protocol's corners: conneg, 400, 403, 413, the time limit while other
requests are served, the row cap and SERVICE refusal."""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph
from server_harness import fixture_store, running_server
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

TOKEN = "e2e-secret-token"
PREFIX = "PREFIX tiru: <https://w3id.org/tiru/ontology#>\nPREFIX schema: <http://schema.org/>\n"
VISITS = PREFIX + (
    "SELECT ?v ?date WHERE { ?v a tiru:Visit ; schema:startDate ?date } ORDER BY ?date")
CONSTRUCT = PREFIX + "CONSTRUCT { ?v tiru:host ?h } WHERE { ?v tiru:host ?h }"
DATES = ["2023-02-14", "2024-06-20", "2025-12-03"]
# Five unconstrained patterns over ~130 triples: far more work than any time limit allows.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?p ?q }"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("serve")
    store = fixture_store(tmp / "store")
    env = {"TIRU_QUERY_TIMEOUT": "1", "TIRU_MAX_ROWS": "6", "TIRU_UPDATE_TOKEN": TOKEN,
           "TIRU_MAX_BODY": "20000"}
    with running_server(["--store", str(store)], env=env, log=tmp / "server.log") as url:
        yield url


def _wrapper(base: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(base + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_select_json(base: str) -> None:
    data = _wrapper(base, VISITS, JSON).queryAndConvert()
    assert [b["date"]["value"] for b in data["results"]["bindings"]] == DATES  # type: ignore[index]


def test_select_xml(base: str) -> None:
    doc = _wrapper(base, VISITS, XML).queryAndConvert()
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]  # type: ignore[union-attr]
    assert literals == DATES


@pytest.mark.parametrize(("fmt", "delimiter"), [(CSV, ","), (TSV, "\t")])
def test_select_csv_tsv(base: str, fmt: str, delimiter: str) -> None:
    body = _wrapper(base, VISITS, fmt).queryAndConvert()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8")), delimiter=delimiter))  # type: ignore[union-attr]
    assert len(rows) == 4
    assert [r[1].split("^^")[0].strip('"') for r in rows[1:]] == DATES


@pytest.mark.parametrize("fmt", [TURTLE, N3, JSONLD, RDFXML])
def test_construct_formats(base: str, fmt: str) -> None:
    result = _wrapper(base, CONSTRUCT, fmt).queryAndConvert()
    if isinstance(result, bytes):
        graph = Graph().parse(data=result.decode("utf-8"), format="turtle" if fmt in (TURTLE, N3)
                              else "json-ld")
    else:
        graph = result  # SPARQLWrapper parsed RDF/XML into an rdflib graph itself
    assert len(graph) == 3  # type: ignore[arg-type]


def test_construct_ntriples_by_conneg_only(base: str) -> None:
    sparql = _wrapper(base, CONSTRUCT, N3)
    sparql.setOnlyConneg(True)
    sparql.addCustomHttpHeader("Accept", "application/n-triples")
    result = sparql.query()
    assert result.response.headers["Content-Type"].startswith("application/n-triples")
    lines = [ln for ln in result.response.read().decode().splitlines() if ln.strip()]
    assert len(lines) == 3 and all(ln.endswith(" .") for ln in lines)


def test_ask(base: str) -> None:
    assert _wrapper(base, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_conneg_q_values_and_format(base: str) -> None:
    r = httpx.get(base + "/sparql", params={"query": VISITS},
                  headers={"Accept": "text/csv;q=0.3, application/sparql-results+xml;q=0.8"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    r = httpx.get(base + "/sparql", params={"query": VISITS, "format": "tsv"},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")
    r = httpx.get(base + "/sparql", params={"query": VISITS}, headers={"Accept": "*/*"})
    assert r.headers["content-type"].startswith("application/sparql-results+json")


def test_syntax_error_400(base: str) -> None:
    r = httpx.post(base + "/sparql", content=b"SELECT ?x WHERE { ?x }",
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400
    assert r.json()["error"]["message"] and "Traceback" not in r.text


def test_update_403_without_token_and_204_with(base: str) -> None:
    update = "INSERT DATA { GRAPH <urn:e2e> { <urn:e2e:s> <urn:e2e:p> 1 } }"
    r = httpx.post(base + "/sparql", data={"update": update})
    assert r.status_code == 403
    r = httpx.post(base + "/sparql", content=update.encode(),
                   headers={"Content-Type": "application/sparql-update",
                            "Authorization": "Bearer wrong"})
    assert r.status_code == 403
    ask = {"query": "ASK { <urn:e2e:s> ?p ?o }", "format": "json"}
    assert httpx.get(base + "/sparql", params=ask).json()["boolean"] is False
    r = httpx.post(base + "/sparql", data={"update": update},
                   headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204
    assert httpx.get(base + "/sparql", params=ask).json()["boolean"] is True
    httpx.post(base + "/sparql", data={"update": "DROP SILENT GRAPH <urn:e2e>"},
               headers={"Authorization": f"Bearer {TOKEN}"})


def test_row_cap_header(base: str) -> None:
    q = PREFIX + "SELECT ?r WHERE { ?r tiru:kemendagriCode ?c }"
    r = httpx.get(base + "/sparql", params={"query": q, "format": "json"})
    assert len(r.json()["results"]["bindings"]) == 6
    assert r.headers["x-tiru-truncated"] == "true"
    r = httpx.get(base + "/sparql", params={"query": VISITS, "format": "json"})
    assert r.headers["x-tiru-truncated"] == "false"


def test_service_refused(base: str) -> None:
    q = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    r = httpx.get(base + "/sparql", params={"query": q, "format": "json"})
    assert r.status_code == 403
    assert "allow-list" in r.json()["error"]["message"]


def test_body_cap_413(base: str) -> None:
    r = httpx.post(base + "/sparql", content=("ASK {} #" + "x" * 30000).encode(),
                   headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_cors_header_on_get(base: str) -> None:
    r = httpx.get(base + "/sparql", params={"query": "ASK {}", "format": "json"},
                  headers={"Origin": "https://elsewhere.example"})
    assert r.headers["access-control-allow-origin"] == "*"


def test_service_description(base: str) -> None:
    r = httpx.get(base + "/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    endpoints = [str(o) for o in g.objects(None, None) if str(o).endswith("/sparql")]
    assert base + "/sparql" in endpoints


def test_timeout_while_others_are_served(base: str) -> None:
    """A heavy query with a 1 s limit fails with 503 while a concurrent request succeeds."""
    def heavy() -> tuple[int, float, float, str]:
        start = time.monotonic()
        r = httpx.get(base + "/sparql", params={"query": HEAVY, "format": "json"}, timeout=60)
        return r.status_code, time.monotonic() - start, time.monotonic(), r.text

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        slow = pool.submit(heavy)
        time.sleep(0.3)  # the heavy query is running now
        quick = httpx.get(base + "/sparql", params={"query": VISITS, "format": "json"}, timeout=30)
        quick_done = time.monotonic()
        status, elapsed, heavy_done, body = slow.result()
    assert quick.status_code == 200
    # An order, not a duration, so that a loaded CI machine does not make it flaky: a light
    # query queued behind the heavy one would be answered after it.
    assert quick_done < heavy_done, "a light query waited behind a heavy one"
    assert status == 503
    assert "time limit" in json.loads(body)["error"]["message"]
    assert elapsed < 5, f"the time limit took {elapsed:.1f} s to answer"


def test_pages_served_by_the_real_server(base: str) -> None:
    r = httpx.get(base + "/id/region/64.09", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "Penajam Paser Utara" in r.text
    r = httpx.get(base + "/id/region/64.09", headers={"Accept": "text/turtle"})
    assert r.headers["content-type"].startswith("text/turtle")


def test_serve_builds_nothing_over_existing_data(base: str, tmp_path: Path) -> None:
    # The fixture store already held data: the server answered with exactly the fixture's visits.
    r = httpx.get(base + "/api/visits")
    assert len(r.json()) == 3
