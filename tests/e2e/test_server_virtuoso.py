"""``tiru serve --endpoint`` in front of a real Virtuoso (the ``virtuoso`` fixture of
tests/conftest.py): the same protocol, pages and network view over a remote store, with two
worker processes sharing it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from server_harness import GRAPH_FILES, TTL, running_server

pytestmark = pytest.mark.virtuoso

PREFIX = "PREFIX tiru: <https://w3id.org/tiru/ontology#>\n"


@pytest.fixture(scope="module")
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[str]:
    try:
        virtuoso = request.getfixturevalue("virtuoso")
    except pytest.FixtureLookupError:
        pytest.skip("the virtuoso fixture (tests/conftest.py) is unavailable; it needs Debian's "
                    "Virtuoso: apt-get install -y virtuoso-opensource-7-bin")
    # The fixture's one URL answers queries and updates alike.
    query_url: str = virtuoso.sparql_url
    update_url: str | None = None
    from graph.store import open_store

    store = open_store(endpoint=query_url, update_endpoint=update_url)
    try:
        for name in GRAPH_FILES:
            store.replace_graph(name, (TTL / f"server_{name}.ttl").read_text("utf-8"), "ttl")
    finally:
        store.close()
    tmp: Path = tmp_path_factory.mktemp("serve-virtuoso")
    args = ["--endpoint", query_url, "--workers", "2"]
    if update_url:
        args += ["--update-endpoint", update_url]
    with running_server(args, log=tmp / "server.log") as url:
        yield url


def test_select_through_virtuoso(served: str) -> None:
    q = PREFIX + "SELECT ?c WHERE { ?r tiru:kemendagriCode ?c } ORDER BY ?c"
    r = httpx.get(served + "/sparql", params={"query": q},
                  headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.status_code == 200
    codes = [b["c"]["value"] for b in r.json()["results"]["bindings"]]
    assert {"64.09", "63.11", "35.10"} <= set(codes)


def test_construct_and_conneg_through_virtuoso(served: str) -> None:
    q = PREFIX + "CONSTRUCT { ?v tiru:host ?h } WHERE { ?v a tiru:Visit ; tiru:host ?h }"
    r = httpx.get(served + "/sparql", params={"query": q, "format": "nt"}, timeout=30)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/n-triples")
    assert len([ln for ln in r.text.splitlines() if ln.strip()]) == 3


def test_refusals_do_not_reach_virtuoso(served: str) -> None:
    r = httpx.post(served + "/sparql", data={"update": "CLEAR ALL"}, timeout=30)
    assert r.status_code == 403
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    assert httpx.get(served + "/sparql", params={"query": q}, timeout=30).status_code == 403
    r = httpx.get(served + "/sparql", params={"query": "SELECT ?x WHERE { ?x"}, timeout=30)
    assert r.status_code == 400


def test_region_page_and_network_over_virtuoso(served: str) -> None:
    r = httpx.get(served + "/id/region/64.09.json", timeout=30)
    assert r.status_code == 200
    data = r.json()
    assert len(data["region"]["visits_in"]) == 2
    net = httpx.get(served + "/graph.json", timeout=60).json()
    assert net["summary"]["edges"] == 3
